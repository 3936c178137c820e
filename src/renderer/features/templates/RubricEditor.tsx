import { useIntl } from 'react-intl';
import { useFieldArray, useWatch, type Control, type FieldErrors, type UseFormRegister, type UseFormSetValue } from 'react-hook-form';
import { MAX_RUBRIC_LEVELS, MIN_RUBRIC_LEVELS, rubricTemplateFields, type RubricTemplate, type RubricTemplateFormInput, type RubricTemplateValues } from '../../../shared/templates/rubric';
import { useVaultMutation } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextField } from '../../components/Field';
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
  const intl = useIntl();
  const { form, errors, failure, onSubmit } = useSchemaForm(
    rubricTemplateFields,
    { name: rubric?.name ?? '', dimensions: rubric?.dimensions.map((d) => ({ id: d.id, name: d.name, descriptors: [...d.descriptors] })) ?? [blank()] },
    (values) => (rubric ? update.mutateAsync({ id: rubric.id, ...values }) : create.mutateAsync(values)),
    {
      after: (outcome) => {
        if (outcome !== 'saved') return;
        notify('success', intl.formatMessage({ id: 'templates.rubric.saved' }));
        onDone();
      },
    },
  );
  const dimensions = useFieldArray({ control: form.control, name: 'dimensions' });

  return (
    <form
      className="rubric-editor stack"
      aria-label={rubric ? intl.formatMessage({ id: 'templates.rubric.editName' }, { name: rubric.name }) : intl.formatMessage({ id: 'templates.rubric.new' })}
      noValidate
      onSubmit={onSubmit}
    >
      <TextField label={intl.formatMessage({ id: 'templates.rubric.name' })} error={errors.name?.message} {...form.register('name')} />
      {dimensions.fields.map((field, i) => (
        <DimensionFields
          key={field.id}
          index={i}
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
        <Button onClick={() => dimensions.append(blank(), { shouldFocus: true })}>{intl.formatMessage({ id: 'templates.rubric.addDimension' })}</Button>
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {intl.formatMessage({ id: 'templates.rubric.save' })}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          {intl.formatMessage({ id: 'templates.cancel' })}
        </Button>
      </div>
    </form>
  );
}

interface DimensionProps {
  index: number;
  control: Control<RubricTemplateFormInput, unknown, RubricTemplateValues>;
  register: UseFormRegister<RubricTemplateFormInput>;
  setValue: UseFormSetValue<RubricTemplateFormInput>;
  errors: NonNullable<FieldErrors<RubricTemplateFormInput>['dimensions']>[number] | undefined;
  removable: boolean;
  onRemove(): void;
}

/** One dimension: its name and a descriptor per level, levels added or removed at the top of the scale. */
function DimensionFields({ index: i, control, register, setValue, errors, removable, onRemove }: DimensionProps) {
  const descriptors = useWatch({ control, name: `dimensions.${i}.descriptors` });
  const setLevels = (next: string[]) => setValue(`dimensions.${i}.descriptors`, next);
  const intl = useIntl();
  const number = i + 1;
  return (
    <fieldset className="rubric-dimension-editor">
      <legend>{intl.formatMessage({ id: 'templates.dimension.legend' }, { number })}</legend>
      <TextField label={intl.formatMessage({ id: 'templates.dimension.name' }, { number })} error={errors?.name?.message} {...register(`dimensions.${i}.name`)} />
      {descriptors.map((_, level) => (
        <TextField
          key={level}
          label={intl.formatMessage({ id: 'templates.dimension.level' }, { level: level + 1, levels: descriptors.length })}
          error={errors?.descriptors?.[level]?.message}
          {...register(`dimensions.${i}.descriptors.${level}`)}
        />
      ))}
      {errors?.descriptors?.message && <p className="field-error">{errors.descriptors.message}</p>}
      <div className="row">
        <Button size="small" disabled={descriptors.length >= MAX_RUBRIC_LEVELS} onClick={() => setLevels([...descriptors, ''])}>
          {intl.formatMessage({ id: 'templates.dimension.addLevel' })}
        </Button>
        <Button size="small" disabled={descriptors.length <= MIN_RUBRIC_LEVELS} onClick={() => setLevels(descriptors.slice(0, -1))}>
          {intl.formatMessage({ id: 'templates.dimension.removeLevel' })}
        </Button>
        <Button size="small" variant="ghost" disabled={!removable} onClick={onRemove}>
          {intl.formatMessage({ id: 'templates.dimension.remove' }, { number })}
        </Button>
      </div>
    </fieldset>
  );
}
