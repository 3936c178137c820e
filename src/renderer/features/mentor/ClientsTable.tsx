import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import type { z } from 'zod';
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
const columns = [
  column.accessor('menteeName', { header: 'Mentee', enableHiding: false, meta: { width: 'minmax(10rem, 1.2fr)' }, cell: (i) => <strong>{i.getValue()}</strong> }),
  column.accessor('listedAs', { header: 'In the log as', meta: { width: 'minmax(9rem, 1fr)' } }),
  column.accessor('payment', { header: 'Paid or pro bono', meta: { width: 'minmax(10rem, 0.9fr)', filter: { options: PAYMENT_OPTIONS } }, cell: (i) => PAYMENT_LABELS[i.getValue()] }),
  column.accessor((r) => r.hours?.firstSession ?? null, { id: 'first', header: 'First session', meta: { width: 'minmax(8rem, 0.8fr)' }, cell: (i) => formatDate(i.getValue()) }),
  column.accessor((r) => r.hours?.lastSession ?? null, { id: 'last', header: 'Last session', meta: { width: 'minmax(8rem, 0.8fr)' }, cell: (i) => formatDate(i.getValue()) }),
  column.accessor((r) => r.hours?.sessions ?? 0, { id: 'sessions', header: 'Sessions', meta: { width: 'minmax(6rem, 0.5fr)' } }),
  column.accessor((r) => r.hours?.totalHours ?? 0, { id: 'hours', header: 'Hours', meta: { width: 'minmax(6rem, 0.5fr)' }, cell: (i) => formatHours(i.getValue()) }),
];

/** Each mentee as the log lists them; open one to set paid or pro bono, consent and pseudonym. */
export function ClientsTable({ clients, hours }: { clients: Client[]; hours: ClientHours[] }) {
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
          label="Clients in the hours log"
          columns={columns}
          rows={rows}
          getRowId={(r) => String(r.menteeId)}
          onRowOpen={(r) => setEditing(r)}
          initialSorting={[{ id: 'hours', desc: true }]}
          filterLabel="Filter clients"
          countLabel={(n) => `${n} ${n === 1 ? 'client' : 'clients'}`}
          empty={<EmptyState title="No mentees yet">Each mentee you add appears here as a client of your log.</EmptyState>}
        />
      </TableBox>
      {editing && (
        <FormDialog
          title={`${editing.menteeName} in the hours log`}
          description="Without consent the log shows only the pseudonym, and never a contact."
          schema={clientUpdate}
          defaultValues={{ menteeId: editing.menteeId, payment: editing.payment, consentToList: editing.consentToList, pseudonym: editing.pseudonym, contact: editing.contact }}
          submitLabel="Save"
          onClose={() => setEditing(null)}
          save={async (values) => {
            await save.mutateAsync(values);
            notify('success', 'Saved.');
          }}
        >
          <ClientFields />
        </FormDialog>
      )}
    </>
  );
}

function ClientFields() {
  const { register, watch, formState } = useFormContext<z.input<typeof clientUpdate>>();
  const e = formState.errors;
  const consent = watch('consentToList');
  return (
    <>
      <SelectField label="Paid or pro bono" options={PAYMENT_OPTIONS} error={e.payment?.message} {...register('payment')} />
      <CheckboxField label="The mentee agreed to be named in my log" {...register('consentToList')} />
      <TextField label="Pseudonym" hint="Shown instead of the name when there is no consent." error={e.pseudonym?.message} {...register('pseudonym')} />
      <TextField
        label="Contact (listed only with consent)"
        disabled={!consent}
        hint={consent ? 'An email or phone an accreditation body may use to verify the hours.' : 'Needs the mentee’s consent.'}
        error={e.contact?.message}
        {...register('contact')}
      />
    </>
  );
}
