import { FormattedMessage, useIntl } from 'react-intl';
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
      <FormattedMessage id="mentees.profile.remove" />
    </Button>
  );
}

export function CareerAimsField() {
  const { control, register, formState } = useFormContext<Form>();
  // keyName: the aims' own `id` (their database id) must stay theirs.
  const { fields, append, remove } = useFieldArray({ control, name: 'careerAims', keyName: '_key' });
  const errors = formState.errors.careerAims;
  const fresh = useFreshItems(fields.map((f) => f._key));
  const intl = useIntl();
  return (
    <fieldset className="list-field">
      <legend>
        <FormattedMessage id="mentees.profile.careerAims" />
      </legend>
      {fields.length === 0 && (
        <p className="muted list-empty">
          <FormattedMessage id="mentees.profile.noAims" />
        </p>
      )}
      {fields.map((field, i) => (
        <div key={field._key} className="list-item list-item-aim" onBlur={() => fresh.leave(field._key)}>
          <TextField label={intl.formatMessage({ id: 'mentees.profile.aim' }, { n: i + 1 })} error={fresh.error(field._key, itemError(errors, i, 'title'))} {...register(`careerAims.${i}.title`)} />
          <TextField
            label={intl.formatMessage({ id: 'mentees.profile.horizon' })}
            placeholder={intl.formatMessage({ id: 'mentees.profile.horizonExample' })}
            error={fresh.error(field._key, itemError(errors, i, 'horizon'))}
            {...register(`careerAims.${i}.horizon`)}
          />
          <RemoveButton label={intl.formatMessage({ id: 'mentees.profile.removeAim' }, { n: i + 1 })} onClick={() => remove(i)} />
        </div>
      ))}
      <Button size="small" onClick={() => append({ title: '', horizon: '' })}>
        <FormattedMessage id="mentees.profile.addAim" />
      </Button>
    </fieldset>
  );
}

/** The words of each list of short texts. */
const TEXT_LISTS = {
  strengths: { legend: 'mentees.profile.strengths', item: 'mentees.profile.strength', remove: 'mentees.profile.removeStrength', add: 'mentees.profile.addStrength' },
  gaps: { legend: 'mentees.profile.gaps', item: 'mentees.profile.gap', remove: 'mentees.profile.removeGap', add: 'mentees.profile.addGap' },
} as const;

/** A list of short texts (strengths, gaps): useFieldArray needs objects, so this one is controlled. */
export function TextListField({ name }: { name: 'strengths' | 'gaps' }) {
  const intl = useIntl();
  const words = TEXT_LISTS[name];
  const { control, formState } = useFormContext<Form>();
  const { field } = useController({ control, name });
  const items = field.value ?? [];
  const errors = formState.errors[name];
  const fresh = useFreshItems(items.map((_, i) => String(i)));
  const set = (next: string[]) => field.onChange(next);
  return (
    <fieldset className="list-field">
      <legend>
        <FormattedMessage id={words.legend} />
      </legend>
      {items.length === 0 && (
        <p className="muted list-empty">
          <FormattedMessage id="mentees.profile.noneYet" />
        </p>
      )}
      {items.map((value, i) => (
        <div key={i} className="list-item list-item-text" onBlur={() => fresh.leave(String(i))}>
          <TextField
            label={intl.formatMessage({ id: words.item }, { n: i + 1 })}
            name={`${name}.${i}`}
            value={value}
            ref={i === 0 ? field.ref : undefined}
            onBlur={field.onBlur}
            onChange={(e) => set(items.map((v, j) => (j === i ? e.target.value : v)))}
            error={fresh.error(String(i), itemError(errors, i))}
          />
          <RemoveButton label={intl.formatMessage({ id: words.remove }, { n: i + 1 })} onClick={() => set(items.filter((_, j) => j !== i))} />
        </div>
      ))}
      <Button size="small" onClick={() => set([...items, ''])}>
        <FormattedMessage id={words.add} />
      </Button>
    </fieldset>
  );
}

export function InterestsField() {
  const { control, register, formState } = useFormContext<Form>();
  const { fields, append, remove } = useFieldArray({ control, name: 'interests', keyName: '_key' });
  const errors = formState.errors.interests;
  const fresh = useFreshItems(fields.map((f) => f._key));
  const intl = useIntl();
  return (
    <fieldset className="list-field">
      <legend>
        <FormattedMessage id="mentees.profile.interests" />
      </legend>
      <p className="muted list-hint">
        <FormattedMessage id="mentees.profile.interestsHint" />
      </p>
      {fields.length === 0 && (
        <p className="muted list-empty">
          <FormattedMessage id="mentees.profile.noInterests" />
        </p>
      )}
      {fields.map((field, i) => (
        <div key={field._key} className="list-item list-item-interest" onBlur={() => fresh.leave(field._key)}>
          <TextField label={intl.formatMessage({ id: 'mentees.profile.area' }, { n: i + 1 })} error={fresh.error(field._key, itemError(errors, i, 'area'))} {...register(`interests.${i}.area`)} />
          <div className="interest-flags">
            <CheckboxField label={intl.formatMessage({ id: 'mentees.profile.wantsExposure' })} {...register(`interests.${i}.wantsExposure`)} />
            <CheckboxField label={intl.formatMessage({ id: 'mentees.profile.longTerm' })} {...register(`interests.${i}.longTermAspiration`)} />
          </div>
          <TextField label={intl.formatMessage({ id: 'mentees.profile.notes' })} error={fresh.error(field._key, itemError(errors, i, 'notes'))} {...register(`interests.${i}.notes`)} />
          <RemoveButton label={intl.formatMessage({ id: 'mentees.profile.removeArea' }, { n: i + 1 })} onClick={() => remove(i)} />
        </div>
      ))}
      <Button size="small" onClick={() => append({ area: '', wantsExposure: false, longTermAspiration: false, notes: '' })}>
        <FormattedMessage id="mentees.profile.addInterest" />
      </Button>
    </fieldset>
  );
}
