import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { useFormContext } from 'react-hook-form';
import type { z } from 'zod';
import { localToday } from '../../../shared/dates';
import type { MessageId } from '../../../shared/i18n/catalogue';
import { createSponsorshipInput, updateSponsorshipInput, type SponsorshipMoment, type sponsorshipValues } from '../../../shared/records/schema';
import { errorMessage } from '../../bridge/client';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { DataTable } from '../../components/DataTable/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { Panel, TableBox } from '../../components/Panel';
import { useToast } from '../../components/Toast';
import { formatDate } from '../mentees/format';
import { sponsorshipKindLabel, sponsorshipKindOptions } from './labels';
import { RECORD_QUERIES } from './stale';
import { ErrorBanner } from '../../components/ErrorBanner';

const column = createColumnHelper<SponsorshipMoment>();
/** The moments' columns in the language of the screens; the kind filters on its choices. */
const columnsFor = (intl: IntlShape) => [
  column.accessor('date', { header: intl.formatMessage({ id: 'records.sponsorship.column.date' }), meta: { width: 'minmax(8rem, 0.7fr)' }, cell: (i) => formatDate(i.getValue()) }),
  column.accessor('kind', {
    header: intl.formatMessage({ id: 'records.sponsorship.column.kind' }),
    meta: { width: 'minmax(9rem, 0.9fr)', filter: { options: sponsorshipKindOptions() } },
    cell: (i) => sponsorshipKindLabel(i.getValue()),
  }),
  column.accessor('title', {
    header: intl.formatMessage({ id: 'records.sponsorship.column.title' }),
    enableHiding: false,
    meta: { width: 'minmax(12rem, 1.6fr)' },
    cell: (i) => <strong>{i.getValue()}</strong>,
  }),
  column.accessor('audience', { header: intl.formatMessage({ id: 'records.sponsorship.column.audience' }), meta: { width: 'minmax(9rem, 1fr)' } }),
  column.accessor('outcome', { header: intl.formatMessage({ id: 'records.sponsorship.column.outcome' }), meta: { width: 'minmax(12rem, 1.6fr)' } }),
];

type Editing = { mode: 'create' } | { mode: 'edit'; moment: SponsorshipMoment } | null;

/** Presentations, demos, leadership roles, introductions, nominations: when, to whom, with what outcome. */
export function SponsorshipPanel({ menteeId }: { menteeId: number }) {
  const { notify } = useToast();
  const intl = useIntl();
  const say = (id: MessageId) => intl.formatMessage({ id });
  const columns = useMemo(() => columnsFor(intl), [intl]);
  const [editing, setEditing] = useState<Editing>(null);
  const list = useVaultQuery('sponsorship.list', { menteeId, limit: 500 });
  const create = useVaultMutation('sponsorship.create', { invalidate: RECORD_QUERIES });
  const update = useVaultMutation('sponsorship.update', { invalidate: RECORD_QUERIES });
  const remove = useVaultMutation('sponsorship.delete', { invalidate: RECORD_QUERIES });
  const rows = list.data?.rows ?? [];
  const m = editing?.mode === 'edit' ? editing.moment : null;
  return (
    <Panel
      title={say('records.sponsorship.title')}
      intro={say('records.sponsorship.intro')}
      actions={
        <Button variant="primary" onClick={() => setEditing({ mode: 'create' })}>
          <FormattedMessage id="records.sponsorship.add" />
        </Button>
      }
    >
      {list.error && <ErrorBanner error={list.error} />}
      <TableBox rows={rows.length} max={6} filters>
        <DataTable
          label={say('records.sponsorship.label')}
          columns={columns}
          rows={rows}
          getRowId={(r) => String(r.id)}
          onRowOpen={(r) => setEditing({ mode: 'edit', moment: r })}
          loading={list.isLoading}
          initialSorting={[{ id: 'date', desc: true }]}
          filterLabel={say('records.sponsorship.filter')}
          countLabel={(count) => intl.formatMessage({ id: 'records.sponsorship.count' }, { count })}
          empty={
            <EmptyState title={say('records.sponsorship.emptyTitle')}>
              <FormattedMessage id="records.sponsorship.empty" />
            </EmptyState>
          }
        />
      </TableBox>
      {editing?.mode === 'create' && (
        <FormDialog
          title={say('records.sponsorship.createTitle')}
          schema={createSponsorshipInput}
          defaultValues={{ menteeId, kind: 'presentation', date: localToday(), title: '', audience: '', outcome: '' }}
          submitLabel={say('records.sponsorship.submit')}
          onClose={() => setEditing(null)}
          save={async (values) => {
            await create.mutateAsync(values);
            notify('success', say('records.sponsorship.added'));
          }}
        >
          <SponsorshipFields />
        </FormDialog>
      )}
      {m && (
        <FormDialog
          title={intl.formatMessage({ id: 'records.sponsorship.editTitle' }, { title: m.title })}
          schema={updateSponsorshipInput}
          defaultValues={{ id: m.id, kind: m.kind, date: m.date, title: m.title, audience: m.audience, outcome: m.outcome }}
          submitLabel={say('records.sponsorship.save')}
          onClose={() => setEditing(null)}
          save={async (values) => {
            await update.mutateAsync(values);
            notify('success', say('records.sponsorship.saved'));
          }}
          extraActions={
            <Button
              variant="ghost"
              className="list-editor-remove"
              onClick={() => remove.mutate({ id: m.id }, { onSuccess: () => (setEditing(null), notify('success', say('records.sponsorship.deleted'))), onError: (err) => notify('error', errorMessage(err)) })}
            >
              <FormattedMessage id="records.delete" />
            </Button>
          }
        >
          <SponsorshipFields />
        </FormDialog>
      )}
    </Panel>
  );
}

function SponsorshipFields() {
  const { register, formState } = useFormContext<z.input<typeof sponsorshipValues>>();
  const errors = formState.errors;
  const intl = useIntl();
  const say = (id: MessageId) => intl.formatMessage({ id });
  return (
    <>
      <div className="form-pair">
        <SelectField label={say('records.sponsorship.field.kind')} options={sponsorshipKindOptions()} error={errors.kind?.message} {...register('kind')} />
        <TextField label={say('records.sponsorship.field.date')} type="date" error={errors.date?.message} {...register('date')} />
      </div>
      <TextField
        label={say('records.sponsorship.field.title')}
        placeholder={say('records.sponsorship.field.titlePlaceholder')}
        error={errors.title?.message}
        {...register('title')}
      />
      <TextField label={say('records.sponsorship.field.audience')} error={errors.audience?.message} {...register('audience')} />
      <TextAreaField label={say('records.sponsorship.field.outcome')} rows={3} error={errors.outcome?.message} {...register('outcome')} />
    </>
  );
}
