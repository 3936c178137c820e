import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { useFormContext, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { localToday } from '../../../shared/dates';
import type { MessageId } from '../../../shared/i18n/catalogue';
import { createDecisionInput, type Decision } from '../../../shared/records/schema';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { DataTable } from '../../components/DataTable/DataTable';
import { Dialog, DialogActions } from '../../components/Dialog';
import { EmptyState } from '../../components/EmptyState';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { IdSelectField } from '../../components/IdSelectField';
import { Panel, TableBox } from '../../components/Panel';
import { useToast } from '../../components/Toast';
import { formatDate } from '../mentees/format';
import { NO_VALUE } from '../../i18n/symbols';
import { entityKindLabel, entityKindOptions } from './labels';
import { RECORD_QUERIES } from './stale';
import { useEntityOptions } from './useEntityOptions';
import { ErrorBanner } from '../../components/ErrorBanner';
import './records.css';

const column = createColumnHelper<Decision>();
/** The log's columns in the language of the screens. */
const columnsFor = (intl: IntlShape) => [
  column.accessor('date', { header: intl.formatMessage({ id: 'records.decisions.column.date' }), meta: { width: 'minmax(8rem, 0.7fr)' }, cell: (i) => formatDate(i.getValue()) }),
  column.accessor('decision', {
    header: intl.formatMessage({ id: 'records.decisions.column.decision' }),
    enableHiding: false,
    meta: { width: 'minmax(12rem, 1.6fr)' },
    cell: (i) => <strong>{i.getValue()}</strong>,
  }),
  column.accessor('rationale', { header: intl.formatMessage({ id: 'records.decisions.column.rationale' }), meta: { width: 'minmax(12rem, 1.6fr)' } }),
  column.accessor('changed', { header: intl.formatMessage({ id: 'records.decisions.column.changed' }), meta: { width: 'minmax(12rem, 1.4fr)' } }),
];

/** The decision log: added, never edited or deleted (a correction is a new decision referring to the old one). */
export function DecisionsPanel({ menteeId }: { menteeId: number }) {
  const { notify } = useToast();
  const intl = useIntl();
  const say = (id: MessageId) => intl.formatMessage({ id });
  const columns = useMemo(() => columnsFor(intl), [intl]);
  const [adding, setAdding] = useState(false);
  const [viewing, setViewing] = useState<Decision | null>(null);
  const list = useVaultQuery('decisions.list', { menteeId, limit: 500 });
  const create = useVaultMutation('decisions.create', { invalidate: RECORD_QUERIES });
  const rows = list.data?.rows ?? [];
  return (
    <Panel
      title={say('records.decisions.title')}
      intro={say('records.decisions.intro')}
      actions={
        <Button variant="primary" onClick={() => setAdding(true)}>
          <FormattedMessage id="records.decisions.add" />
        </Button>
      }
    >
      {list.error && <ErrorBanner error={list.error} />}
      <TableBox rows={rows.length} max={6}>
        <DataTable
          label={say('records.decisions.label')}
          columns={columns}
          rows={rows}
          getRowId={(d) => String(d.id)}
          onRowOpen={setViewing}
          loading={list.isLoading}
          initialSorting={[{ id: 'date', desc: true }]}
          filterLabel={say('records.decisions.filter')}
          countLabel={(count) => intl.formatMessage({ id: 'records.decisions.count' }, { count })}
          empty={
            <EmptyState title={say('records.decisions.emptyTitle')}>
              <FormattedMessage id="records.decisions.empty" />
            </EmptyState>
          }
        />
      </TableBox>
      {adding && (
        <FormDialog
          wide
          title={say('records.decisions.add')}
          description={<p className="append-only-note"><FormattedMessage id="records.decisions.appendOnly" /></p>}
          schema={createDecisionInput}
          defaultValues={{ menteeId, date: localToday(), decision: '', rationale: '', changed: '', entityKind: null, entityId: null }}
          submitLabel={say('records.decisions.submit')}
          onClose={() => setAdding(false)}
          save={async (values) => {
            await create.mutateAsync(values);
            notify('success', say('records.decisions.recorded'));
          }}
        >
          <DecisionFields menteeId={menteeId} />
        </FormDialog>
      )}
      <Dialog open={viewing !== null} onClose={() => setViewing(null)} title={viewing ? intl.formatMessage({ id: 'records.decisions.viewTitle' }, { date: formatDate(viewing.date) }) : ''}>
        {viewing && (
          <>
            <dl className="record-view">
              <dt>
                <FormattedMessage id="records.decisions.view.decision" />
              </dt>
              <dd>{viewing.decision}</dd>
              <dt>
                <FormattedMessage id="records.decisions.view.rationale" />
              </dt>
              <dd>{viewing.rationale}</dd>
              <dt>
                <FormattedMessage id="records.decisions.view.changed" />
              </dt>
              <dd>{viewing.changed || NO_VALUE}</dd>
              <dt>
                <FormattedMessage id="records.decisions.view.refersTo" />
              </dt>
              <dd>{viewing.entityKind ? entityKindLabel(viewing.entityKind) : NO_VALUE}</dd>
            </dl>
            <DialogActions>
              <Button onClick={() => setViewing(null)}>
                <FormattedMessage id="records.close" />
              </Button>
            </DialogActions>
          </>
        )}
      </Dialog>
    </Panel>
  );
}

function DecisionFields({ menteeId }: { menteeId: number }) {
  const { register, formState, control } = useFormContext<z.input<typeof createDecisionInput>>();
  const errors = formState.errors;
  const kind = useWatch({ control, name: 'entityKind' });
  const items = useEntityOptions(menteeId, kind);
  const intl = useIntl();
  const say = (id: MessageId) => intl.formatMessage({ id });
  return (
    <>
      <TextField label={say('records.decisions.field.date')} type="date" className="narrow-field" error={errors.date?.message} {...register('date')} />
      <TextField label={say('records.decisions.field.decision')} error={errors.decision?.message} {...register('decision')} />
      <TextAreaField label={say('records.decisions.field.rationale')} rows={3} error={errors.rationale?.message} {...register('rationale')} />
      <TextAreaField label={say('records.decisions.field.changed')} rows={2} error={errors.changed?.message} {...register('changed')} />
      <div className="form-pair">
        <SelectField
          label={say('records.decisions.field.entityKind')}
          options={entityKindOptions()}
          error={errors.entityKind?.message}
          {...register('entityKind', { setValueAs: (v: string | null) => (v ? v : null) })}
        />
        <IdSelectField name="entityId" label={say('records.decisions.field.entityId')} options={items} disabled={!kind} />
      </div>
    </>
  );
}
