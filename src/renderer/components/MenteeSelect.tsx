import { useSharedIntl } from '../i18n/shared-intl';
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
  const intl = useSharedIntl();
  // The first 500 by name: one page is plenty for one mentor's mentees.
  const mentees = useVaultQuery('mentees.list', { includeArchived: true, limit: 500, sort: 'name', direction: 'asc' });
  return (
    <Field label={label} error={error ?? (mentees.error ? intl.formatMessage({ id: 'components.menteeSelect.failed' }) : undefined)} hint={hint} className={className}>
      {(control) => (
        <select className="input select" {...select} {...control}>
          <option value="">{emptyLabel}</option>
          {mentees.data?.rows.map((m) => (
            <option key={m.id} value={String(m.id)}>
              {m.archived ? intl.formatMessage({ id: 'components.menteeSelect.archived' }, { name: m.name }) : m.name}
            </option>
          ))}
          {/* The current value stays selectable while the list loads (a form's default). */}
          {!mentees.data && select.value !== undefined && select.value !== '' && <option value={String(select.value)}>{intl.formatMessage({ id: 'components.loading' })}</option>}
        </select>
      )}
    </Field>
  );
}
