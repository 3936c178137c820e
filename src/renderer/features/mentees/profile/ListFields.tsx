import { useState } from 'react';
import { useController, useFieldArray, useFormContext, type FieldError } from 'react-hook-form';
import type { MenteeProfileInput } from '../../../../shared/mentees/schema';
import { Button } from '../../../components/Button';
import { CheckboxField, TextField } from '../../../components/Field';

type Form = MenteeProfileInput;

/** Message of the error at errors[name][index] (or of a field inside it). */
function itemError(list: unknown, index: number, key?: string): string | undefined {
  const item = (list as Record<number, (FieldError & Record<string, FieldError>) | undefined> | undefined)?.[index];
  return (key ? item?.[key]?.message : item?.message) ?? undefined;
}

/**
 * After a failed save the form re-validates as it changes, which would flag an item
 * the moment "Add" creates it empty. An item's errors show once it has been left
 * (blurred) or the form has been submitted with it.
 */
function useFreshItems(keys: string[]) {
  const { formState } = useFormContext<Form>();
  const [submitted, setSubmitted] = useState({ count: formState.submitCount, keys: new Set(keys) });
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  // A new submit: every item present now has been through it.
  if (submitted.count !== formState.submitCount) setSubmitted({ count: formState.submitCount, keys: new Set(keys) });
  return {
    leave: (key: string) => setLeft((all) => (all.has(key) ? all : new Set(all).add(key))),
    error: (key: string, message: string | undefined) => (submitted.keys.has(key) || left.has(key) ? message : undefined),
  };
}

function RemoveButton({ label, onClick }: { label: string; onClick(): void }) {
  return (
    <Button size="small" variant="ghost" className="list-remove" onClick={onClick} aria-label={label}>
      Remove
    </Button>
  );
}

export function CareerAimsField() {
  const { control, register, formState } = useFormContext<Form>();
  // keyName: the aims' own `id` (their database id) must stay theirs.
  const { fields, append, remove } = useFieldArray({ control, name: 'careerAims', keyName: '_key' });
  const errors = formState.errors.careerAims;
  const fresh = useFreshItems(fields.map((f) => f._key));
  return (
    <fieldset className="list-field">
      <legend>Long-term career aims</legend>
      {fields.length === 0 && <p className="muted list-empty">No career aims yet.</p>}
      {fields.map((field, i) => (
        <div key={field._key} className="list-item list-item-aim" onBlur={() => fresh.leave(field._key)}>
          <TextField label={`Aim ${i + 1}`} error={fresh.error(field._key, itemError(errors, i, 'title'))} {...register(`careerAims.${i}.title`)} />
          <TextField
            label="Horizon"
            placeholder="e.g. 2 years"
            error={fresh.error(field._key, itemError(errors, i, 'horizon'))}
            {...register(`careerAims.${i}.horizon`)}
          />
          <RemoveButton label={`Remove aim ${i + 1}`} onClick={() => remove(i)} />
        </div>
      ))}
      <Button size="small" onClick={() => append({ title: '', horizon: '' })}>
        Add career aim
      </Button>
    </fieldset>
  );
}

/** A list of short texts (strengths, gaps): useFieldArray needs objects, so this one is controlled. */
export function TextListField({ name, legend, itemLabel }: { name: 'strengths' | 'gaps'; legend: string; itemLabel: string }) {
  const { control, formState } = useFormContext<Form>();
  const { field } = useController({ control, name });
  const items = field.value ?? [];
  const errors = formState.errors[name];
  const fresh = useFreshItems(items.map((_, i) => String(i)));
  const set = (next: string[]) => field.onChange(next);
  return (
    <fieldset className="list-field">
      <legend>{legend}</legend>
      {items.length === 0 && <p className="muted list-empty">None yet.</p>}
      {items.map((value, i) => (
        <div key={i} className="list-item list-item-text" onBlur={() => fresh.leave(String(i))}>
          <TextField
            label={`${itemLabel} ${i + 1}`}
            name={`${name}.${i}`}
            value={value}
            ref={i === 0 ? field.ref : undefined}
            onBlur={field.onBlur}
            onChange={(e) => set(items.map((v, j) => (j === i ? e.target.value : v)))}
            error={fresh.error(String(i), itemError(errors, i))}
          />
          <RemoveButton label={`Remove ${itemLabel.toLowerCase()} ${i + 1}`} onClick={() => set(items.filter((_, j) => j !== i))} />
        </div>
      ))}
      <Button size="small" onClick={() => set([...items, ''])}>
        Add {itemLabel.toLowerCase()}
      </Button>
    </fieldset>
  );
}

export function InterestsField() {
  const { control, register, formState } = useFormContext<Form>();
  const { fields, append, remove } = useFieldArray({ control, name: 'interests', keyName: '_key' });
  const errors = formState.errors.interests;
  const fresh = useFreshItems(fields.map((f) => f._key));
  return (
    <fieldset className="list-field">
      <legend>Interests inventory</legend>
      <p className="muted list-hint">Areas the mentee is curious about, whether they want exposure now, and whether it is a long-term aspiration.</p>
      {fields.length === 0 && <p className="muted list-empty">No interests yet.</p>}
      {fields.map((field, i) => (
        <div key={field._key} className="list-item list-item-interest" onBlur={() => fresh.leave(field._key)}>
          <TextField label={`Area ${i + 1}`} error={fresh.error(field._key, itemError(errors, i, 'area'))} {...register(`interests.${i}.area`)} />
          <div className="interest-flags">
            <CheckboxField label="Wants exposure" {...register(`interests.${i}.wantsExposure`)} />
            <CheckboxField label="Long-term aspiration" {...register(`interests.${i}.longTermAspiration`)} />
          </div>
          <TextField label="Notes" error={fresh.error(field._key, itemError(errors, i, 'notes'))} {...register(`interests.${i}.notes`)} />
          <RemoveButton label={`Remove area ${i + 1}`} onClick={() => remove(i)} />
        </div>
      ))}
      <Button size="small" onClick={() => append({ area: '', wantsExposure: false, longTermAspiration: false, notes: '' })}>
        Add interest
      </Button>
    </fieldset>
  );
}
