import type { ColumnDef } from '@tanstack/react-table';
import { useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { DefaultValues, FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import type { MessageId } from '../../../shared/i18n/catalogue';
import type { BridgeCallError } from '../../bridge/client';
import { errorMessage } from '../../bridge/client';
import { Button } from '../../components/Button';
import { DataTable } from '../../components/DataTable/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormDialog } from '../../components/FormDialog';
import { Panel, TableBox } from '../../components/Panel';
import { useToast } from '../../components/Toast';

export interface RecordsPanelProps<R extends { id: number }, I extends FieldValues, O, U> {
  title: string;
  intro: string;
  /** The words that name this kind of record: its button, count, filter, empty title and notices. */
  words: RecordWords;
  rows: R[];
  loading: boolean;
  error: BridgeCallError | null;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- TanStack's column helper types each column's value
  columns: ColumnDef<R, any>[];
  initialSorting?: { id: string; desc: boolean }[];
  createSchema: z.ZodType<O, I>;
  updateSchema: z.ZodType<U, I & { id: number }>;
  blank: DefaultValues<I>;
  toValues(row: R): DefaultValues<I>;
  titleOf(row: R): string;
  create(values: O): Promise<unknown>;
  update(values: U): Promise<unknown>;
  remove(id: number): Promise<unknown>;
  fields: ReactNode;
  empty: ReactNode;
  wide?: boolean;
}

/** Message ids for one kind of record; each language words and inflects its own noun. */
export interface RecordWords {
  /** "Add training": the button, the dialog's title and its submit button. */
  add: MessageId;
  /** Plural message with {count}: "3 trainings". */
  count: MessageId;
  filter: MessageId;
  emptyTitle: MessageId;
  added: MessageId;
  saved: MessageId;
  deleted: MessageId;
}

type Editing<R> = { mode: 'create' } | { mode: 'edit'; row: R } | null;

/** One of the mentor's own record kinds: a table, and a dialog to add, edit or delete. */
export function RecordsPanel<R extends { id: number }, I extends FieldValues, O, U>(p: RecordsPanelProps<R, I, O, U>) {
  const { notify } = useToast();
  const [editing, setEditing] = useState<Editing<R>>(null);
  const intl = useIntl();
  const w = p.words;
  const row = editing?.mode === 'edit' ? editing.row : null;
  return (
    <Panel
      title={p.title}
      intro={p.intro}
      actions={
        <Button variant="primary" onClick={() => setEditing({ mode: 'create' })}>
          <FormattedMessage id={w.add} />
        </Button>
      }
    >
      {p.error && <ErrorBanner error={p.error} />}
      <TableBox rows={p.rows.length} max={10} filters>
        <DataTable
          label={p.title}
          columns={p.columns}
          rows={p.rows}
          getRowId={(r) => String(r.id)}
          onRowOpen={(r) => setEditing({ mode: 'edit', row: r })}
          loading={p.loading}
          initialSorting={p.initialSorting}
          filterLabel={intl.formatMessage({ id: w.filter })}
          countLabel={(count) => intl.formatMessage({ id: w.count }, { count })}
          empty={<EmptyState title={intl.formatMessage({ id: w.emptyTitle })}>{p.empty}</EmptyState>}
        />
      </TableBox>
      {editing?.mode === 'create' && (
        <FormDialog
          title={intl.formatMessage({ id: w.add })}
          schema={p.createSchema}
          defaultValues={p.blank}
          submitLabel={intl.formatMessage({ id: w.add })}
          wide={p.wide}
          onClose={() => setEditing(null)}
          save={async (values) => {
            await p.create(values);
            notify('success', intl.formatMessage({ id: w.added }));
          }}
        >
          {p.fields}
        </FormDialog>
      )}
      {row && (
        <FormDialog
          title={intl.formatMessage({ id: 'mentorRecords.panel.editTitle' }, { title: p.titleOf(row) })}
          schema={p.updateSchema}
          defaultValues={{ ...p.toValues(row), id: row.id } as unknown as DefaultValues<I & { id: number }>}
          submitLabel={intl.formatMessage({ id: 'mentorRecords.panel.save' })}
          wide={p.wide}
          onClose={() => setEditing(null)}
          save={async (values) => {
            await p.update(values);
            notify('success', intl.formatMessage({ id: w.saved }));
          }}
          extraActions={
            <Button
              variant="ghost"
              className="list-editor-remove"
              onClick={() =>
                p.remove(row.id).then(
                  () => (setEditing(null), notify('success', intl.formatMessage({ id: w.deleted }))),
                  (err: unknown) => notify('error', errorMessage(err)),
                )
              }
            >
              <FormattedMessage id="mentorRecords.panel.delete" />
            </Button>
          }
        >
          {p.fields}
        </FormDialog>
      )}
    </Panel>
  );
}
