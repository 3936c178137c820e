import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { useFormContext } from 'react-hook-form';
import type { z } from 'zod';
import { localToday } from '../../../shared/dates';
import type { MessageId } from '../../../shared/i18n/catalogue';
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
/** The reports' columns in the language of the screens; a report shows its first line. */
const columnsFor = (intl: IntlShape) => [
  column.accessor('date', { header: intl.formatMessage({ id: 'records.reports.column.date' }), meta: { width: 'minmax(8rem, 0.6fr)' }, cell: (i) => formatDate(i.getValue()) }),
  column.accessor('body', {
    header: intl.formatMessage({ id: 'records.reports.column.report' }),
    enableHiding: false,
    meta: { width: 'minmax(16rem, 3fr)' },
    cell: (i) => i.getValue().split('\n')[0],
  }),
];

type Editing = { mode: 'create' } | { mode: 'edit'; report: ProgressReport } | null;

/** Progress reports the mentee writes on their own between meetings. */
export function ProgressReportsPanel({ menteeId }: { menteeId: number }) {
  const { notify } = useToast();
  const intl = useIntl();
  const say = (id: MessageId) => intl.formatMessage({ id });
  const columns = useMemo(() => columnsFor(intl), [intl]);
  const [editing, setEditing] = useState<Editing>(null);
  const list = useVaultQuery('progressReports.list', { menteeId, limit: 500 });
  const create = useVaultMutation('progressReports.create', { invalidate: RECORD_QUERIES });
  const update = useVaultMutation('progressReports.update', { invalidate: RECORD_QUERIES });
  const remove = useVaultMutation('progressReports.delete', { invalidate: RECORD_QUERIES });
  const rows = list.data?.rows ?? [];
  const r = editing?.mode === 'edit' ? editing.report : null;
  return (
    <Panel
      title={say('records.reports.title')}
      intro={say('records.reports.intro')}
      headingLevel={3}
      actions={
        <Button variant="primary" onClick={() => setEditing({ mode: 'create' })}>
          <FormattedMessage id="records.reports.add" />
        </Button>
      }
    >
      {list.error && <ErrorBanner error={list.error} />}
      <TableBox rows={rows.length} max={5}>
        <DataTable
          label={say('records.reports.label')}
          columns={columns}
          rows={rows}
          getRowId={(x) => String(x.id)}
          onRowOpen={(x) => setEditing({ mode: 'edit', report: x })}
          loading={list.isLoading}
          initialSorting={[{ id: 'date', desc: true }]}
          filterLabel={say('records.reports.filter')}
          countLabel={(count) => intl.formatMessage({ id: 'records.reports.count' }, { count })}
          empty={
            <EmptyState title={say('records.reports.emptyTitle')}>
              <FormattedMessage id="records.reports.empty" />
            </EmptyState>
          }
        />
      </TableBox>
      {editing?.mode === 'create' && (
        <FormDialog
          wide
          title={say('records.reports.createTitle')}
          schema={createProgressReportInput}
          defaultValues={{ menteeId, date: localToday(), body: '' }}
          submitLabel={say('records.reports.submit')}
          onClose={() => setEditing(null)}
          save={async (values) => {
            await create.mutateAsync(values);
            notify('success', say('records.reports.added'));
          }}
        >
          <ReportFields />
        </FormDialog>
      )}
      {r && (
        <FormDialog
          wide
          title={intl.formatMessage({ id: 'records.reports.editTitle' }, { date: formatDate(r.date) })}
          schema={updateProgressReportInput}
          defaultValues={{ id: r.id, date: r.date, body: r.body }}
          submitLabel={say('records.reports.save')}
          onClose={() => setEditing(null)}
          save={async (values) => {
            await update.mutateAsync(values);
            notify('success', say('records.reports.saved'));
          }}
          extraActions={
            <Button
              variant="ghost"
              className="list-editor-remove"
              onClick={() => remove.mutate({ id: r.id }, { onSuccess: () => (setEditing(null), notify('success', say('records.reports.deleted'))), onError: (err) => notify('error', errorMessage(err)) })}
            >
              <FormattedMessage id="records.delete" />
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
  const intl = useIntl();
  const say = (id: MessageId) => intl.formatMessage({ id });
  return (
    <>
      <TextField label={say('records.reports.field.date')} type="date" className="narrow-field" error={errors.date?.message} {...register('date')} />
      <TextAreaField label={say('records.reports.field.report')} rows={8} error={errors.body?.message} {...register('body')} />
    </>
  );
}
