import { useId, type ReactNode } from 'react';
import './Panel.css';

export interface PanelProps {
  title: string;
  /** A line under the title saying what the section is for. */
  intro?: ReactNode;
  /** Buttons on the right of the title ("New goal"). */
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
  headingLevel?: 2 | 3;
}

/** A titled card section of a page, labelled by its heading. */
export function Panel({ title, intro, actions, children, className, headingLevel = 2 }: PanelProps) {
  const id = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className={['card', 'panel', className ?? ''].filter(Boolean).join(' ')} aria-labelledby={id}>
      <header className="panel-header">
        <div className="panel-heading">
          <Heading id={id}>{title}</Heading>
          {intro && <p className="panel-intro">{intro}</p>}
        </div>
        {actions && <div className="panel-actions">{actions}</div>}
      </header>
      {children}
    </section>
  );
}

/**
 * A box of fixed height for a DataTable inside a flowing page (its rows scroll inside):
 * the toolbar and count (about 6.5rem) over a scroll area that fits up to `max` rows
 * (44 px each, under a header with or without a filter row) and never less than the
 * table's own minimum (14rem).
 */
export function TableBox({ rows, max = 8, filters = false, children }: { rows: number; max?: number; filters?: boolean; children: ReactNode }) {
  const body = (filters ? 92 : 46) + Math.max(2, Math.min(rows, max)) * 44 + 4;
  const height = `calc(6.75rem + max(14rem, ${body}px))`;
  return (
    <div className="table-box" style={{ height }}>
      {children}
    </div>
  );
}
