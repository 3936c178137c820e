import { useSharedIntl } from '../i18n/shared-intl';
/** A determinate progress bar (0..1) with its words and the percentage, announced as a progressbar. */
export function ProgressMeter({ fraction, label }: { fraction: number; label: string }) {
  const intl = useSharedIntl();
  const percent = Math.max(0, Math.min(100, Math.round(fraction * 100)));
  return (
    <div className="export-meter">
      <div className="export-meter-label">
        <span>{label}</span>
        <span>{intl.formatNumber(percent / 100, { style: 'percent' })}</span>
      </div>
      <div className="export-meter-track" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
        <div className="export-meter-fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
