import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { useFormContext } from 'react-hook-form';
import type { z } from 'zod';
import type { MessageId } from '../../../shared/i18n/catalogue';
import { clientUpdate, type Client, type ClientHours } from '../../../shared/mentor/schema';
import { useVaultMutation } from '../../bridge/hooks';
import { DataTable } from '../../components/DataTable/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { CheckboxField, SelectField, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { TableBox } from '../../components/Panel';
import { useToast } from '../../components/Toast';
import { formatDate } from '../mentees/format';
import { formatHours, MENTOR_QUERIES, PAYMENT_LABELS, PAYMENT_OPTIONS } from './labels';

type Row = Client & { hours: ClientHours | null };
const column = createColumnHelper<Row>();
/** Headers in the language of the screens. */
const clientColumns = (intl: IntlShape) => [
  column.accessor('menteeName', { header: intl.formatMessage({ id: 'mentor.clients.mentee' }), enableHiding: false, meta: { width: 'minmax(9rem, 1.2fr)' }, cell: (i) => <strong>{i.getValue()}</strong> }),
  column.accessor('listedAs', { header: intl.formatMessage({ id: 'mentor.clients.listedAs' }), meta: { width: 'minmax(8rem, 1fr)' } }),
  column.accessor('payment', { header: intl.formatMessage({ id: 'mentor.clients.payment' }), meta: { width: 'minmax(8.5rem, 0.9fr)', filter: { options: PAYMENT_OPTIONS } }, cell: (i) => PAYMENT_LABELS[i.getValue()] }),
  column.accessor((r) => r.hours?.firstSession ?? null, { id: 'first', header: intl.formatMessage({ id: 'mentor.clients.first' }), meta: { width: 'minmax(7.5rem, 0.8fr)' }, cell: (i) => formatDate(i.getValue()) }),
  column.accessor((r) => r.hours?.lastSession ?? null, { id: 'last', header: intl.formatMessage({ id: 'mentor.clients.last' }), meta: { width: 'minmax(7.5rem, 0.8fr)' }, cell: (i) => formatDate(i.getValue()) }),
  column.accessor((r) => r.hours?.sessions ?? 0, { id: 'sessions', header: intl.formatMessage({ id: 'mentor.clients.sessions' }), meta: { width: 'minmax(8.5rem, 0.5fr)' } }),
  column.accessor((r) => r.hours?.totalHours ?? 0, { id: 'hours', header: intl.formatMessage({ id: 'mentor.clients.hours' }), meta: { width: 'minmax(7rem, 0.5fr)' }, cell: (i) => formatHours(i.getValue()) }),
];

/** Each mentee as the log lists them; open one to set paid or pro bono, consent and pseudonym. */
export function ClientsTable({ clients, hours }: { clients: Client[]; hours: ClientHours[] }) {
  const intl = useIntl();
  const columns = useMemo(() => clientColumns(intl), [intl]);
  const [editing, setEditing] = useState<Client | null>(null);
  const { notify } = useToast();
  const save = useVaultMutation('mentor.updateClient', { invalidate: MENTOR_QUERIES });
  const rows = useMemo(() => {
    const byMentee = new Map(hours.map((h) => [h.menteeId, h]));
    return clients.map((c) => ({ ...c, hours: byMentee.get(c.menteeId) ?? null }));
  }, [clients, hours]);
  return (
    <>
      <TableBox rows={rows.length} max={8} filters>
        <DataTable
          label={intl.formatMessage({ id: 'mentor.clients.label' })}
          columns={columns}
          rows={rows}
          getRowId={(r) => String(r.menteeId)}
          onRowOpen={(r) => setEditing(r)}
          initialSorting={[{ id: 'hours', desc: true }]}
          filterLabel={intl.formatMessage({ id: 'mentor.clients.filter' })}
          countLabel={(n) => intl.formatMessage({ id: 'mentor.clients.count' }, { count: n })}
          empty={
            <EmptyState title={intl.formatMessage({ id: 'mentor.clients.emptyTitle' })}>
              <FormattedMessage id="mentor.clients.emptyText" />
            </EmptyState>
          }
        />
      </TableBox>
      {editing && (
        <FormDialog
          title={intl.formatMessage({ id: 'mentor.clients.dialogTitle' }, { name: editing.menteeName })}
          description={intl.formatMessage({ id: 'mentor.clients.dialogText' })}
          schema={clientUpdate}
          defaultValues={{ menteeId: editing.menteeId, payment: editing.payment, consentToList: editing.consentToList, pseudonym: editing.pseudonym, contact: editing.contact }}
          submitLabel={intl.formatMessage({ id: 'mentor.save' })}
          onClose={() => setEditing(null)}
          save={async (values) => {
            await save.mutateAsync(values);
            notify('success', intl.formatMessage({ id: 'mentor.saved' }));
          }}
        >
          <ClientFields />
        </FormDialog>
      )}
    </>
  );
}

function ClientFields() {
  const intl = useIntl();
  const t = (id: MessageId) => intl.formatMessage({ id });
  const { register, watch, formState } = useFormContext<z.input<typeof clientUpdate>>();
  const e = formState.errors;
  const consent = watch('consentToList');
  return (
    <>
      <SelectField label={t('mentor.clients.payment')} options={PAYMENT_OPTIONS} error={e.payment?.message} {...register('payment')} />
      <CheckboxField label={t('mentor.clients.consent')} {...register('consentToList')} />
      <TextField label={t('mentor.clients.pseudonym')} hint={t('mentor.clients.pseudonymHint')} error={e.pseudonym?.message} {...register('pseudonym')} />
      <TextField
        label={t('mentor.clients.contact')}
        disabled={!consent}
        hint={consent ? t('mentor.clients.contactHint') : t('mentor.clients.contactNeedsConsent')}
        error={e.contact?.message}
        {...register('contact')}
      />
    </>
  );
}
