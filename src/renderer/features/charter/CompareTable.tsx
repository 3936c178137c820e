import { useIntl, type IntlShape } from 'react-intl';
import { CHARTER_FIELD_LABELS } from '../../../shared/charter/defaults';
import { MEETING_FORMATS, MEETING_FREQUENCIES, type CharterComparison, type CharterFieldChange, type ListItemChange, type MeetingFormat, type MeetingFrequency, type TextPart } from '../../../shared/charter/schema';
import type { MessageId } from '../../../shared/i18n/catalogue';
import { VisuallyHidden } from '../../components/Field';
import { formatDate } from '../mentees/format';
import { formatLabel, frequencyLabel } from './labels';
import './charter.css';

/** The visible mark is a strike-through or an underline (not colour alone); the words are for screen readers. */
function Added({ children }: { children: string }) {
  const intl = useIntl();
  return (
    <ins className="diff-added">
      <VisuallyHidden>{intl.formatMessage({ id: 'charter.compare.added' })}</VisuallyHidden>
      {children}
      <VisuallyHidden>{intl.formatMessage({ id: 'charter.compare.close' })}</VisuallyHidden>
    </ins>
  );
}
function Removed({ children }: { children: string }) {
  const intl = useIntl();
  return (
    <del className="diff-removed">
      <VisuallyHidden>{intl.formatMessage({ id: 'charter.compare.removed' })}</VisuallyHidden>
      {children}
      <VisuallyHidden>{intl.formatMessage({ id: 'charter.compare.close' })}</VisuallyHidden>
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
  const intl = useIntl();
  const shown = items.filter((i) => (side === 'from' ? i.from !== null : i.to !== null));
  if (shown.length === 0) return <span className="diff-none">{intl.formatMessage({ id: 'charter.compare.none' })}</span>;
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

const isFrequency = (value: unknown): value is MeetingFrequency => (MEETING_FREQUENCIES as readonly unknown[]).includes(value);
const isFormat = (value: unknown): value is MeetingFormat => (MEETING_FORMATS as readonly unknown[]).includes(value);

/** A stored value in words: a frequency or format by its name, a date in the active locale. */
function shownValue(intl: IntlShape, field: string, value: string | number | boolean | null): string {
  if (value === null || value === '') return intl.formatMessage({ id: 'charter.compare.dash' });
  if (typeof value === 'boolean') return intl.formatMessage({ id: value ? 'charter.compare.yes' : 'charter.compare.no' });
  if (field === 'meetingRhythm.frequency' && isFrequency(value)) return frequencyLabel(value);
  if (field === 'meetingRhythm.format' && isFormat(value)) return formatLabel(value);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  return String(value);
}

function Cell({ change, side }: { change: CharterFieldChange; side: 'from' | 'to' }) {
  const intl = useIntl();
  if (change.kind === 'text') {
    if (!change.changed) return <>{change.from || <span className="diff-none">{intl.formatMessage({ id: 'charter.compare.empty' })}</span>}</>;
    return <Parts parts={change.parts} side={side} />;
  }
  if (change.kind === 'list') return <ListSide items={change.items} side={side} />;
  const value = shownValue(intl, change.field, side === 'from' ? change.from : change.to);
  if (!change.changed) return <>{value}</>;
  return side === 'from' ? <Removed>{value}</Removed> : <Added>{value}</Added>;
}

const versionName = (intl: IntlShape, v: CharterComparison['from']) =>
  intl.formatMessage({ id: 'charter.compare.versionName' }, { version: v.version, status: v.status, date: formatDate(v.agreedOn) });

/** A part of the charter by name; a part the catalogue does not know yet by the name the comparison gave. */
function partLabel(intl: IntlShape, change: CharterFieldChange): string {
  return change.field in CHARTER_FIELD_LABELS ? intl.formatMessage({ id: `charter.field.${change.field}` as MessageId }) : change.label;
}

/**
 * Two versions side by side, part by part. Changed parts are marked: removed words
 * struck through on the left, added words underlined on the right.
 */
export function CompareTable({ comparison, showUnchanged }: { comparison: CharterComparison; showUnchanged: boolean }) {
  const intl = useIntl();
  const fields = showUnchanged ? comparison.fields : comparison.fields.filter((f) => f.changed);
  return (
    <table className="compare-table">
      <caption>
        {intl.formatMessage(
          { id: 'charter.compare.caption' },
          { from: versionName(intl, comparison.from), to: versionName(intl, comparison.to), count: comparison.changedCount },
        )}
      </caption>
      <thead>
        <tr>
          <th scope="col">{intl.formatMessage({ id: 'charter.compare.part' })}</th>
          <th scope="col">{intl.formatMessage({ id: 'charter.compare.version' }, { version: comparison.from.version })}</th>
          <th scope="col">{intl.formatMessage({ id: 'charter.compare.version' }, { version: comparison.to.version })}</th>
        </tr>
      </thead>
      <tbody>
        {fields.length === 0 && (
          <tr>
            <td colSpan={3}>{intl.formatMessage({ id: 'charter.compare.same' })}</td>
          </tr>
        )}
        {fields.map((f) => (
          <tr key={f.field} className={f.changed ? 'is-changed' : undefined} data-field={f.field}>
            <th scope="row">
              {partLabel(intl, f)}
              {f.changed && <span className="changed-tag">{intl.formatMessage({ id: 'charter.compare.changed' })}</span>}
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
