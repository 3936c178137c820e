import { useId } from 'react';
import { useFieldArray, useWatch, type Control, type FieldErrors, type UseFormRegister, type UseFormSetValue } from 'react-hook-form';
import { MAX_RUBRIC_LEVELS, MIN_RUBRIC_LEVELS, rubricTemplateFields, type RubricTemplate, type RubricTemplateFormInput, type RubricTemplateValues } from '../../../shared/templates/rubric';
import { useVaultMutation } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useToast } from '../../components/Toast';
import { useSchemaForm } from '../../components/useSchemaForm';
import { TEMPLATE_QUERIES } from './stale';

const blank = () => ({ name: '', descriptors: ['', '', '', ''] });

/** A rubric's name and dimensions; each dimension's scale is as long as its list of level descriptors. */
export function RubricEditor({ rubric, onDone }: { rubric?: RubricTemplate; onDone(): void }) {
  const opts = { invalidate: TEMPLATE_QUERIES };
  const create = useVaultMutation('templates.createRubric', opts);
  const update = useVaultMutation('templates.updateRubric', opts);
  const { notify } = useToast();
  const id = useId();
  const { form, errors, failure, onSubmit } = useSchemaForm(
    rubricTemplateFields,
    { name: rubric?.name ?? '', dimensions: rubric?.dimensions.map((d) => ({ id: d.id, name: d.name, descriptors: [...d.descriptors] })) ?? [blank()] },
    (values) => (rubric ? update.mutateAsync({ id: rubric.id, ...values }) : create.mutateAsync(values)),
    {
      after: (outcome) => {
        if (outcome !== 'saved') return;
        notify('success', 'Rubric saved.');
        onDone();
      },
    },
  );
  const dimensions = useFieldArray({ control: form.control, name: 'dimensions' });

  return (
    <form className="rubric-editor stack" aria-label={rubric ? `Edit ${rubric.name}` : 'New rubric'} noValidate onSubmit={onSubmit}>
      <div className={errors.name ? 'field field-has-error' : 'field'}>
        <label className="field-label" htmlFor={`${id}-name`}>
          Rubric name
        </label>
        <input id={`${id}-name`} className="input" aria-invalid={errors.name ? true : undefined} aria-describedby={errors.name ? `${id}-name-error` : undefined} {...form.register('name')} />
        {errors.name && (
          <p className="field-error" id={`${id}-name-error`}>
            {errors.name.message}
          </p>
        )}
      </div>
      {dimensions.fields.map((field, i) => (
        <DimensionFields
          key={field.id}
          index={i}
          fieldId={`${id}-${field.id}`}
          control={form.control}
          register={form.register}
          setValue={form.setValue}
          errors={errors.dimensions?.[i]}
          removable={dimensions.fields.length > 1}
          onRemove={() => dimensions.remove(i)}
        />
      ))}
      {errors.dimensions?.root?.message && <ErrorBanner>{errors.dimensions.root.message}</ErrorBanner>}
      {failure && <ErrorBanner>{failure}</ErrorBanner>}
      <div className="row">
        <Button onClick={() => dimensions.append(blank(), { shouldFocus: true })}>Add a dimension</Button>
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          Save rubric
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

interface DimensionProps {
  index: number;
  fieldId: string;
  control: Control<RubricTemplateFormInput, unknown, RubricTemplateValues>;
  register: UseFormRegister<RubricTemplateFormInput>;
  setValue: UseFormSetValue<RubricTemplateFormInput>;
  errors: NonNullable<FieldErrors<RubricTemplateFormInput>['dimensions']>[number] | undefined;
  removable: boolean;
  onRemove(): void;
}

/** One dimension: its name and a descriptor per level, levels added or removed at the top of the scale. */
function DimensionFields({ index: i, fieldId, control, register, setValue, errors, removable, onRemove }: DimensionProps) {
  const descriptors = useWatch({ control, name: `dimensions.${i}.descriptors` });
  const setLevels = (next: string[]) => setValue(`dimensions.${i}.descriptors`, next);
  return (
    <fieldset className="rubric-dimension-editor">
      <legend>Dimension {i + 1}</legend>
      <div className={errors?.name ? 'field field-has-error' : 'field'}>
        <label className="field-label" htmlFor={`${fieldId}-name`}>
          Dimension {i + 1} name
        </label>
        <input id={`${fieldId}-name`} className="input" aria-invalid={errors?.name ? true : undefined} {...register(`dimensions.${i}.name`)} />
        {errors?.name && <p className="field-error">{errors.name.message}</p>}
      </div>
      {descriptors.map((_, level) => {
        const error = errors?.descriptors?.[level];
        return (
          <div key={level} className={error ? 'field field-has-error' : 'field'}>
            <label className="field-label" htmlFor={`${fieldId}-${level}`}>
              Level {level + 1} of {descriptors.length}: descriptor
            </label>
            <input id={`${fieldId}-${level}`} className="input" aria-invalid={error ? true : undefined} {...register(`dimensions.${i}.descriptors.${level}`)} />
            {error && <p className="field-error">{error.message}</p>}
          </div>
        );
      })}
      {errors?.descriptors?.message && <p className="field-error">{errors.descriptors.message}</p>}
      <div className="row">
        <Button size="small" disabled={descriptors.length >= MAX_RUBRIC_LEVELS} onClick={() => setLevels([...descriptors, ''])}>
          Add a level
        </Button>
        <Button size="small" disabled={descriptors.length <= MIN_RUBRIC_LEVELS} onClick={() => setLevels(descriptors.slice(0, -1))}>
          Remove the top level
        </Button>
        <Button size="small" variant="ghost" disabled={!removable} onClick={onRemove}>
          Remove dimension {i + 1}
        </Button>
      </div>
    </fieldset>
  );
}
