import { useSharedIntl } from '../../i18n/shared-intl';
import type { Table } from '@tanstack/react-table';
import { useEffect, useId, useRef, useState } from 'react';
import { columnLabel } from './labels';

/** A disclosure listing the hideable columns as checkboxes. Escape or a click outside closes it. */
export function ColumnMenu<T>({ table }: { table: Table<T> }) {
  const intl = useSharedIntl();
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLInputElement>('input')?.focus();
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const columns = table.getAllLeafColumns().filter((c) => c.getCanHide());
  return (
    <div
      className="dt-menu"
      ref={root}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button ref={button} type="button" className="btn btn-secondary" aria-expanded={open} aria-controls={`${id}-panel`} onClick={() => setOpen((o) => !o)}>
        {intl.formatMessage({ id: 'components.table.columns' })}
      </button>
      <fieldset id={`${id}-panel`} className="dt-menu-panel" hidden={!open}>
        <legend>{intl.formatMessage({ id: 'components.table.showColumns' })}</legend>
        {columns.map((column) => (
          <label key={column.id} className="dt-menu-item">
            <input type="checkbox" checked={column.getIsVisible()} onChange={column.getToggleVisibilityHandler()} />
            {columnLabel(column)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
