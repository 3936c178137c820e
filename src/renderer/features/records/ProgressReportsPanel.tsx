import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import type { z } from 'zod';
import { localToday } from '../../../shared/dates';
import { createProgressReportInput, updateProgressReportInput, type ProgressReport, type progressReportValues } from '../../../shared/records/schema';
import { errorMessage } from '../../bridge/client';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { DataTable } from '../../components/DataTable/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { TextAreaField, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { Panel, TableBox } from '../../components/Panel';
import { useToast } from '../../components/Toast';
import { formatDate } from '../mentees/format';
import { RECORD_QUERIES } from './stale';
import { ErrorBanner } from '../../components/ErrorBanner';

const column = createColumnHelper<ProgressReport>();
const columns = [
  column.accessor('date', { header: 'Date', meta: { width: 'minmax(8rem, 0.6fr)' }, cell: (i) => formatDate(i.getValue()) }),
  column.accessor('body', { header: 'Report', enableHiding: false, meta: { width: 'minmax(16rem, 3fr)' }, cell: (i) => i.getValue().split('\n')[0] }),
];

type Editing = { mode: 'create' } | { mode: 'edit'; report: ProgressReport } | null;

/** Progress reports the mentee writes on their own between meetings. */
export function ProgressReportsPanel({ menteeId }: { menteeId: number }) {
  const { notify } = useToast();
  const [editing, setEditing] = useState<Editing>(null);
  const list = useVaultQuery('progressReports.list', { menteeId, limit: 500 });
  const create = useVaultMutation('progressReports.create', { invalidate: RECORD_QUERIES });
  const update = useVaultMutation('progressReports.update', { invalidate: RECORD_QUERIES });
  const remove = useVaultMutation('progressReports.delete', { invalidate: RECORD_QUERIES });
  const rows = list.data?.rows ?? [];
  const r = editing?.mode === 'edit' ? editing.report : null;
  return (
    <Panel
      title="Independent progress reports"
      intro="What the mentee reports on their own, between meetings."
      headingLevel={3}
      actions={
        <Button variant="primary" onClick={() => setEditing({ mode: 'create' })}>
          Add a report
        </Button>
      }
    >
      {list.error && <ErrorBanner error={list.error} />}
      <TableBox rows={rows.length} max={5}>
        <DataTable
          label="Progress reports"
          columns={columns}
          rows={rows}
          getRowId={(x) => String(x.id)}
          onRowOpen={(x) => setEditing({ mode: 'edit', report: x })}
          loading={list.isLoading}
          initialSorting={[{ id: 'date', desc: true }]}
          filterLabel="Filter reports"
          countLabel={(n) => `${n} ${n === 1 ? 'report' : 'reports'}`}
          empty={<EmptyState title="No reports yet">Paste or type the mentee’s own update here.</EmptyState>}
        />
      </TableBox>
      {editing?.mode === 'create' && (
        <FormDialog
          wide
          title="Add a progress report"
          schema={createProgressReportInput}
          defaultValues={{ menteeId, date: localToday(), body: '' }}
          submitLabel="Add report"
          onClose={() => setEditing(null)}
          save={async (values) => {
            await create.mutateAsync(values);
            notify('success', 'Report added.');
          }}
        >
          <ReportFields />
        </FormDialog>
      )}
      {r && (
        <FormDialog
          wide
          title={`Report of ${formatDate(r.date)}`}
          schema={updateProgressReportInput}
          defaultValues={{ id: r.id, date: r.date, body: r.body }}
          submitLabel="Save report"
          onClose={() => setEditing(null)}
          save={async (values) => {
            await update.mutateAsync(values);
            notify('success', 'Report saved.');
          }}
          extraActions={
            <Button
              variant="ghost"
              className="list-editor-remove"
              onClick={() => remove.mutate({ id: r.id }, { onSuccess: () => (setEditing(null), notify('success', 'Report deleted.')), onError: (err) => notify('error', errorMessage(err)) })}
            >
              Delete
            </Button>
          }
        >
          <ReportFields />
        </FormDialog>
      )}
    </Panel>
  );
}

function ReportFields() {
  const { register, formState } = useFormContext<z.input<typeof progressReportValues>>();
  const errors = formState.errors;
  return (
    <>
      <TextField label="Date" type="date" className="narrow-field" error={errors.date?.message} {...register('date')} />
      <TextAreaField label="Report" rows={8} error={errors.body?.message} {...register('body')} />
    </>
  );
}
