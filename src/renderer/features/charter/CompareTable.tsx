import type { CharterComparison, CharterFieldChange, ListItemChange, TextPart } from '../../../shared/charter/schema';
import { VisuallyHidden } from '../../components/Field';
import { formatDate } from '../mentees/format';
import './charter.css';

/** The visible mark is a strike-through or an underline (not colour alone); the words are for screen readers. */
function Added({ children }: { children: string }) {
  return (
    <ins className="diff-added">
      <VisuallyHidden>[added: </VisuallyHidden>
      {children}
      <VisuallyHidden>]</VisuallyHidden>
    </ins>
  );
}
function Removed({ children }: { children: string }) {
  return (
    <del className="diff-removed">
      <VisuallyHidden>[removed: </VisuallyHidden>
      {children}
      <VisuallyHidden>]</VisuallyHidden>
    </del>
  );
}

/** One side of a word-level difference: the old side marks what went, the new side what came. */
function Parts({ parts, side }: { parts: TextPart[]; side: 'from' | 'to' }) {
  return (
    <>
      {parts.map((p, i) => {
        if (side === 'from' && p.added) return null;
        if (side === 'to' && p.removed) return null;
        if (p.removed) return <Removed key={i}>{p.value}</Removed>;
        if (p.added) return <Added key={i}>{p.value}</Added>;
        return <span key={i}>{p.value}</span>;
      })}
    </>
  );
}

function ListSide({ items, side }: { items: ListItemChange[]; side: 'from' | 'to' }) {
  const shown = items.filter((i) => (side === 'from' ? i.from !== null : i.to !== null));
  if (shown.length === 0) return <span className="diff-none">None</span>;
  return (
    <ul>
      {shown.map((item, i) => {
        const text = (side === 'from' ? item.from : item.to) ?? '';
        if (item.status === 'removed') {
          return (
            <li key={i} className="diff-item-removed">
              <Removed>{text}</Removed>
            </li>
          );
        }
        if (item.status === 'added') {
          return (
            <li key={i} className="diff-item-added">
              <Added>{text}</Added>
            </li>
          );
        }
        if (item.status === 'changed' && item.parts) {
          return (
            <li key={i}>
              <Parts parts={item.parts} side={side} />
            </li>
          );
        }
        return <li key={i}>{text}</li>;
      })}
    </ul>
  );
}

function shownValue(value: string | number | boolean | null): string {
  if (value === null || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  return String(value);
}

function Cell({ change, side }: { change: CharterFieldChange; side: 'from' | 'to' }) {
  if (change.kind === 'text') {
    if (!change.changed) return <>{change.from || <span className="diff-none">Empty</span>}</>;
    return <Parts parts={change.parts} side={side} />;
  }
  if (change.kind === 'list') return <ListSide items={change.items} side={side} />;
  const value = shownValue(side === 'from' ? change.from : change.to);
  if (!change.changed) return <>{value}</>;
  return side === 'from' ? <Removed>{value}</Removed> : <Added>{value}</Added>;
}

const versionName = (v: CharterComparison['from']) =>
  `Version ${v.version} (${v.status === 'agreed' ? `agreed ${formatDate(v.agreedOn)}` : 'draft'})`;

/**
 * Two versions side by side, part by part. Changed parts are marked: removed words
 * struck through on the left, added words underlined on the right.
 */
export function CompareTable({ comparison, showUnchanged }: { comparison: CharterComparison; showUnchanged: boolean }) {
  const fields = showUnchanged ? comparison.fields : comparison.fields.filter((f) => f.changed);
  return (
    <table className="compare-table">
      <caption>
        {versionName(comparison.from)} compared with {versionName(comparison.to)}: {comparison.changedCount}{' '}
        {comparison.changedCount === 1 ? 'part changed' : 'parts changed'}
      </caption>
      <thead>
        <tr>
          <th scope="col">Part</th>
          <th scope="col">Version {comparison.from.version}</th>
          <th scope="col">Version {comparison.to.version}</th>
        </tr>
      </thead>
      <tbody>
        {fields.length === 0 && (
          <tr>
            <td colSpan={3}>The two versions are the same.</td>
          </tr>
        )}
        {fields.map((f) => (
          <tr key={f.field} className={f.changed ? 'is-changed' : undefined} data-field={f.field}>
            <th scope="row">
              {f.label}
              {f.changed && <span className="changed-tag">Changed</span>}
            </th>
            <td>
              <Cell change={f} side="from" />
            </td>
            <td>
              <Cell change={f} side="to" />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
