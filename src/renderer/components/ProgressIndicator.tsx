import './ProgressIndicator.css';

/**
 * An indeterminate progress bar with its words, for work whose length is unknown
 * (key derivation, re-keying). Announced politely; the bar itself is decoration.
 */
export function ProgressIndicator({ label }: { label: string }) {
  return (
    <div className="progress" role="status" aria-live="polite">
      <div className="progress-track" role="progressbar" aria-label={label} aria-valuetext={label}>
        <div className="progress-bar" />
      </div>
      <span className="progress-label">{label}</span>
    </div>
  );
}
