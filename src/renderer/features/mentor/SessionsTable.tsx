import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { useFormContext } from 'react-hook-form';
import type { z } from 'zod';
import type { MessageId } from '../../../shared/i18n/catalogue';
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
import { FORMAT_LABELS, FORMAT_OPTIONS, formatHours, MENTOR_QUERIES, SOURCE_LABELS, SOURCE_OPTIONS } from './labels';

const column = createColumnHelper<LoggedSession>();
/** Headers in the language of the screens. */
const sessionColumns = (intl: IntlShape) => [
  column.accessor('date', { header: intl.formatMessage({ id: 'mentor.sessions.date' }), meta: { width: 'minmax(8rem, 0.7fr)' }, cell: (i) => formatDate(i.getValue()) }),
  column.accessor('listedAs', { header: intl.formatMessage({ id: 'mentor.sessions.client' }), enableHiding: false, meta: { width: 'minmax(9rem, 1fr)' }, cell: (i) => <strong>{i.getValue()}</strong> }),
  column.accessor('title', { header: intl.formatMessage({ id: 'mentor.sessions.meeting' }), meta: { width: 'minmax(10rem, 1.2fr)' } }),
  column.accessor('minutes', { header: intl.formatMessage({ id: 'mentor.sessions.hours' }), meta: { width: 'minmax(7rem, 0.5fr)' }, cell: (i) => formatHours(i.getValue() / 60) }),
  column.accessor('source', {
    header: intl.formatMessage({ id: 'mentor.sessions.source' }),
    meta: { width: 'minmax(8rem, 0.8fr)', filter: { options: SOURCE_OPTIONS } },
    cell: (i) => SOURCE_LABELS[i.getValue()],
  }),
  column.accessor('format', { header: intl.formatMessage({ id: 'mentor.sessions.format' }), meta: { width: 'minmax(6rem, 0.6fr)' }, cell: (i) => FORMAT_LABELS[i.getValue()] }),
];

type Values = z.input<typeof sessionAdjustment>;

/** The held meetings the log counts; open one to correct its length (with a reason) or mark it a group session. */
export function SessionsTable({ sessions }: { sessions: LoggedSession[] }) {
  const intl = useIntl();
  const columns = useMemo(() => sessionColumns(intl), [intl]);
  const [editing, setEditing] = useState<LoggedSession | null>(null);
  const { notify } = useToast();
  const adjust = useVaultMutation('mentor.adjustSession', { invalidate: MENTOR_QUERIES });
  return (
    <>
      <TableBox rows={sessions.length} max={10} filters>
        <DataTable
          label={intl.formatMessage({ id: 'mentor.hours.sessionsTitle' })}
          columns={columns}
          rows={sessions}
          getRowId={(r) => String(r.meetingId)}
          onRowOpen={(r) => setEditing(r)}
          initialSorting={[{ id: 'date', desc: true }]}
          filterLabel={intl.formatMessage({ id: 'mentor.sessions.filter' })}
          countLabel={(n) => intl.formatMessage({ id: 'mentor.sessions.count' }, { count: n })}
          empty={
            <EmptyState title={intl.formatMessage({ id: 'mentor.sessions.emptyTitle' })}>
              <FormattedMessage id="mentor.sessions.emptyText" />
            </EmptyState>
          }
        />
      </TableBox>
      {editing && (
        <FormDialog
          title={intl.formatMessage({ id: 'mentor.sessions.dialogTitle' }, { title: editing.title, date: formatDate(editing.date) })}
          description={intl.formatMessage({ id: 'mentor.sessions.dialogText' }, { hours: formatHours(editing.minutes / 60), source: editing.source })}
          schema={sessionAdjustment}
          defaultValues={{
            meetingId: editing.meetingId,
            minutes: editing.source === 'adjusted' ? editing.minutes : null,
            reason: editing.reason,
            format: editing.format,
            groupSize: editing.groupSize,
          }}
          submitLabel={intl.formatMessage({ id: 'mentor.save' })}
          onClose={() => setEditing(null)}
          save={async (values) => {
            await adjust.mutateAsync(values);
            notify('success', intl.formatMessage({ id: 'mentor.sessions.savedToast' }));
          }}
          extraActions={
            editing.source === 'adjusted' ? (
              <Button
                variant="ghost"
                onClick={() =>
                  adjust.mutate(
                    { meetingId: editing.meetingId, minutes: null, reason: '', format: editing.format, groupSize: editing.groupSize },
                    { onSuccess: () => (setEditing(null), notify('success', intl.formatMessage({ id: 'mentor.sessions.resetToast' }))) },
                  )
                }
              >
                <FormattedMessage id="mentor.sessions.reset" />
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
  const intl = useIntl();
  const t = (id: MessageId) => intl.formatMessage({ id });
  const { register, watch, formState } = useFormContext<Values>();
  const e = formState.errors;
  const group = watch('format') === 'group';
  return (
    <>
      <div className="form-pair">
        <TextField label={t('mentor.sessions.minutes')} type="number" min="1" inputMode="numeric" hint={t('mentor.sessions.minutesHint')} error={e.minutes?.message} {...register('minutes', numberOrNull)} />
        <TextField label={t('mentor.sessions.reason')} error={e.reason?.message} {...register('reason')} />
      </div>
      <div className="form-pair">
        <SelectField label={t('mentor.sessions.kind')} options={FORMAT_OPTIONS} error={e.format?.message} {...register('format')} />
        <TextField label={t('mentor.sessions.groupSize')} type="number" min="2" disabled={!group} error={e.groupSize?.message} {...register('groupSize', numberOrNull)} />
      </div>
    </>
  );
}
