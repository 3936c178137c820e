import type { Ref, SelectHTMLAttributes } from 'react';
import { useVaultQuery } from '../bridge/hooks';
import { Field } from './Field';

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'children'> & {
  label: string;
  error?: string | undefined;
  hint?: string;
  /** The first option, e.g. "All mentees" for a filter or "Choose a mentee" for a form. */
  emptyLabel: string;
  ref?: Ref<HTMLSelectElement>;
};

/**
 * Picks one mentee by id (option values are the ids as text). Archived mentees are
 * included, marked, so their records stay reachable. Spread register() or value/onChange.
 */
export function MenteeSelect({ label, error, hint, emptyLabel, className, ...select }: Props) {
  // The first 500 by name: one page is plenty for one mentor's mentees.
  const mentees = useVaultQuery('mentees.list', { includeArchived: true, limit: 500, sort: 'name', direction: 'asc' });
  return (
    <Field label={label} error={error ?? (mentees.error ? 'Mentees could not be loaded' : undefined)} hint={hint} className={className}>
      {(control) => (
        <select className="input select" {...select} {...control}>
          <option value="">{emptyLabel}</option>
          {mentees.data?.rows.map((m) => (
            <option key={m.id} value={String(m.id)}>
              {m.archived ? `${m.name} (archived)` : m.name}
            </option>
          ))}
          {/* The current value stays selectable while the list loads (a form's default). */}
          {!mentees.data && select.value !== undefined && select.value !== '' && <option value={String(select.value)}>Loading…</option>}
        </select>
      )}
    </Field>
  );
}
