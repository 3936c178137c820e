/** One figure of the dashboard: a label, the value, an optional note; `alert` when it needs attention. */
export function Tile({ label, value, note, alert = false }: { label: string; value: string | number; note?: string; alert?: boolean }) {
  return (
    <li className={alert ? 'tile tile-alert' : 'tile'}>
      <p className="tile-label">{label}</p>
      <p className={typeof value === 'string' && !/\d/.test(value) ? 'tile-value tile-value-text' : 'tile-value'}>{value}</p>
      {note && <p className="tile-note">{note}</p>}
    </li>
  );
}
