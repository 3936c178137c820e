import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import type { z } from 'zod';
import { sessionAdjustment, type LoggedSession } from '../../../shared/mentor/schema';
import { useVaultMutation } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { DataTable } from '../../components/DataTable/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { SelectField, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { TableBox } from '../../components/Panel';
import { useToast } from '../../components/Toast';
import { formatDate } from '../mentees/format';
import { FORMAT_LABELS, FORMAT_OPTIONS, formatHours, MENTOR_QUERIES, SOURCE_LABELS } from './labels';

const column = createColumnHelper<LoggedSession>();
const columns = [
  column.accessor('date', { header: 'Held on', meta: { width: 'minmax(8rem, 0.7fr)' }, cell: (i) => formatDate(i.getValue()) }),
  column.accessor('listedAs', { header: 'Client', enableHiding: false, meta: { width: 'minmax(9rem, 1fr)' }, cell: (i) => <strong>{i.getValue()}</strong> }),
  column.accessor('title', { header: 'Meeting', meta: { width: 'minmax(10rem, 1.2fr)' } }),
  column.accessor('minutes', { header: 'Hours', meta: { width: 'minmax(5rem, 0.5fr)' }, cell: (i) => formatHours(i.getValue() / 60) }),
  column.accessor('source', {
    header: 'Counted from',
    meta: { width: 'minmax(8rem, 0.8fr)', filter: { options: Object.entries(SOURCE_LABELS).map(([value, label]) => ({ value, label })) } },
    cell: (i) => SOURCE_LABELS[i.getValue()],
  }),
  column.accessor('format', { header: 'Kind', meta: { width: 'minmax(6rem, 0.6fr)' }, cell: (i) => FORMAT_LABELS[i.getValue()] }),
];

type Values = z.input<typeof sessionAdjustment>;

/** The held meetings the log counts; open one to correct its length (with a reason) or mark it a group session. */
export function SessionsTable({ sessions }: { sessions: LoggedSession[] }) {
  const [editing, setEditing] = useState<LoggedSession | null>(null);
  const { notify } = useToast();
  const adjust = useVaultMutation('mentor.adjustSession', { invalidate: MENTOR_QUERIES });
  return (
    <>
      <TableBox rows={sessions.length} max={10} filters>
        <DataTable
          label="Sessions counted"
          columns={columns}
          rows={sessions}
          getRowId={(r) => String(r.meetingId)}
          onRowOpen={(r) => setEditing(r)}
          initialSorting={[{ id: 'date', desc: true }]}
          filterLabel="Filter sessions"
          countLabel={(n) => `${n} ${n === 1 ? 'session' : 'sessions'}`}
          empty={<EmptyState title="No meetings held in this period">Hold a meeting in meeting mode and its hours appear here.</EmptyState>}
        />
      </TableBox>
      {editing && (
        <FormDialog
          title={`Hours of “${editing.title}”, ${formatDate(editing.date)}`}
          description={`Counted now: ${formatHours(editing.minutes / 60)} hours, from the ${SOURCE_LABELS[editing.source].toLowerCase()}.`}
          schema={sessionAdjustment}
          defaultValues={{
            meetingId: editing.meetingId,
            minutes: editing.source === 'adjusted' ? editing.minutes : null,
            reason: editing.reason,
            format: editing.format,
            groupSize: editing.groupSize,
          }}
          submitLabel="Save"
          onClose={() => setEditing(null)}
          save={async (values) => {
            await adjust.mutateAsync(values);
            notify('success', 'Hours saved.');
          }}
          extraActions={
            editing.source === 'adjusted' ? (
              <Button
                variant="ghost"
                onClick={() =>
                  adjust.mutate(
                    { meetingId: editing.meetingId, minutes: null, reason: '', format: editing.format, groupSize: editing.groupSize },
                    { onSuccess: () => (setEditing(null), notify('success', 'Back to the counted length.')) },
                  )
                }
              >
                Use the counted length
              </Button>
            ) : null
          }
        >
          <AdjustFields />
        </FormDialog>
      )}
    </>
  );
}

const numberOrNull = { setValueAs: (v: string | number | null) => (v === '' || v === null || Number.isNaN(Number(v)) ? null : Number(v)) };

function AdjustFields() {
  const { register, watch, formState } = useFormContext<Values>();
  const e = formState.errors;
  const group = watch('format') === 'group';
  return (
    <>
      <div className="form-pair">
        <TextField label="Minutes it really took" type="number" min="1" inputMode="numeric" hint="Leave empty to keep the counted length." error={e.minutes?.message} {...register('minutes', numberOrNull)} />
        <TextField label="Why it differs" error={e.reason?.message} {...register('reason')} />
      </div>
      <div className="form-pair">
        <SelectField label="Kind of session" options={FORMAT_OPTIONS} error={e.format?.message} {...register('format')} />
        <TextField label="People in the group" type="number" min="2" disabled={!group} error={e.groupSize?.message} {...register('groupSize', numberOrNull)} />
      </div>
    </>
  );
}
