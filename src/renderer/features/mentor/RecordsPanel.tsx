import type { ColumnDef } from '@tanstack/react-table';
import { useState, type ReactNode } from 'react';
import type { DefaultValues, FieldValues } from 'react-hook-form';
import type { z } from 'zod';
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
  /** "course", "supervision session": for buttons and messages. */
  noun: string;
  plural: string;
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

type Editing<R> = { mode: 'create' } | { mode: 'edit'; row: R } | null;

/** One of the mentor's own record kinds: a table, and a dialog to add, edit or delete. */
export function RecordsPanel<R extends { id: number }, I extends FieldValues, O, U>(p: RecordsPanelProps<R, I, O, U>) {
  const { notify } = useToast();
  const [editing, setEditing] = useState<Editing<R>>(null);
  const capital = p.noun[0]!.toUpperCase() + p.noun.slice(1);
  const row = editing?.mode === 'edit' ? editing.row : null;
  return (
    <Panel
      title={p.title}
      intro={p.intro}
      actions={
        <Button variant="primary" onClick={() => setEditing({ mode: 'create' })}>
          Add {p.noun}
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
          filterLabel={`Filter ${p.plural}`}
          countLabel={(n) => `${n} ${n === 1 ? p.noun : p.plural}`}
          empty={<EmptyState title={`No ${p.plural} yet`}>{p.empty}</EmptyState>}
        />
      </TableBox>
      {editing?.mode === 'create' && (
        <FormDialog
          title={`Add ${p.noun}`}
          schema={p.createSchema}
          defaultValues={p.blank}
          submitLabel={`Add ${p.noun}`}
          wide={p.wide}
          onClose={() => setEditing(null)}
          save={async (values) => {
            await p.create(values);
            notify('success', `${capital} added.`);
          }}
        >
          {p.fields}
        </FormDialog>
      )}
      {row && (
        <FormDialog
          title={`Edit “${p.titleOf(row)}”`}
          schema={p.updateSchema}
          defaultValues={{ ...p.toValues(row), id: row.id } as unknown as DefaultValues<I & { id: number }>}
          submitLabel="Save"
          wide={p.wide}
          onClose={() => setEditing(null)}
          save={async (values) => {
            await p.update(values);
            notify('success', `${capital} saved.`);
          }}
          extraActions={
            <Button
              variant="ghost"
              className="list-editor-remove"
              onClick={() =>
                p.remove(row.id).then(
                  () => (setEditing(null), notify('success', `${capital} deleted.`)),
                  (err: unknown) => notify('error', errorMessage(err)),
                )
              }
            >
              Delete
            </Button>
          }
        >
          {p.fields}
        </FormDialog>
      )}
    </Panel>
  );
}
