import { useState } from 'react';
import type { HoursExportResult } from '../../../shared/mentor/schema';
import type { PdfExportResult } from '../../../shared/documents/schema';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { SimpleTable } from '../../components/ChartFigure';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SelectField } from '../../components/Field';
import { Panel } from '../../components/Panel';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { SavedNote } from '../../components/SavedNote';
import { PdfResult } from '../documents/PdfResult';
import { ClientsTable } from './ClientsTable';
import { HoursByMonthChart } from './HoursByMonthChart';
import { formatHours } from './labels';
import { periodOf, PERIOD_OPTIONS, type PeriodChoice } from './period';
import { SessionsTable } from './SessionsTable';
import { ThresholdProgress } from './ThresholdProgress';

/**
 * The client-hours log, derived from held meetings: totals, a month-by-month chart,
 * progress toward each credential, the clients and sessions behind the figures, and
 * the exports. Every figure here and in the exports comes from one query.
 */
export default function HoursPage() {
  const [choice, setChoice] = useState<PeriodChoice>('this-year');
  const period = periodOf(choice);
  const summary = useVaultQuery('mentor.hours', period);
  const sessions = useVaultQuery('mentor.sessions', period);
  const clients = useVaultQuery('mentor.listClients', {});
  const s = summary.data;
  return (
    <div className="stack">
      <div className="practice-toolbar">
        <SelectField label="Period" options={PERIOD_OPTIONS} value={choice} onChange={(e) => setChoice(e.currentTarget.value as PeriodChoice)} />
        <ExportButtons period={period} />
      </div>
      {summary.error && <ErrorBanner error={summary.error} />}
      {!s ? (
        <ProgressIndicator label="Adding up your hours…" />
      ) : (
        <>
          <dl className="practice-tiles" aria-label="Totals for the period">
            <Tile label="Client hours" value={formatHours(s.totals.clientHours)} detail={`${formatHours(s.totals.paidHours)} paid · ${formatHours(s.totals.proBonoHours)} pro bono`} />
            <Tile label="Sessions held" value={String(s.totals.sessions)} detail={`${formatHours(s.totals.groupHours)} hours in groups`} />
            <Tile label="Training hours" value={formatHours(s.totals.trainingHours)} />
            <Tile label="Supervision hours" value={formatHours(s.totals.supervisionHours)} />
          </dl>
          <div className="practice-columns">
            <Panel title="Hours over time">
              <HoursByMonthChart months={s.byMonth} />
              {s.byYear.length > 0 && (
                <SimpleTable caption="Client hours per year" columns={['Year', 'Client hours']} numeric={[1]} rows={s.byYear.map((y) => [y.year, formatHours(y.clientHours)])} />
              )}
            </Panel>
            <Panel title="Progress toward credentials" intro="Against every hour you have logged, not only this period.">
              <ThresholdProgress thresholds={s.thresholds} />
            </Panel>
          </div>
          <Panel title="Clients" intro="How each mentee appears in the log. Open one to set paid or pro bono, consent and pseudonym.">
            {clients.error && <ErrorBanner error={clients.error} />}
            <ClientsTable clients={clients.data ?? []} hours={s.byClient} />
          </Panel>
          <Panel title="Sessions counted" intro="Held meetings: the meeting clock when it ran, otherwise the planned length. Open one to correct it.">
            {sessions.error && <ErrorBanner error={sessions.error} />}
            <SessionsTable sessions={sessions.data ?? []} />
          </Panel>
        </>
      )}
    </div>
  );
}

function Tile({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="practice-tile">
      <dt>{label}</dt>
      <dd>
        <span className="practice-tile-value">{value}</span>
        {detail && <span className="practice-tile-detail">{detail}</span>}
      </dd>
    </div>
  );
}

function ExportButtons({ period }: { period: { from: string | null; to: string | null } }) {
  const hours = useVaultMutation('mentor.exportHours');
  const record = useVaultMutation('mentor.exportRecord');
  const [saved, setSaved] = useState<{ kind: 'hours'; result: HoursExportResult } | { kind: 'record'; result: PdfExportResult } | null>(null);
  const exportHours = (format: 'csv' | 'xlsx') =>
    hours.mutate({ ...period, format }, { onSuccess: (result) => result && setSaved({ kind: 'hours', result }) });
  return (
    <div className="practice-exports">
      <div className="row" role="group" aria-label="Export the log">
        <Button busy={hours.isPending && hours.variables?.format === 'csv'} onClick={() => exportHours('csv')}>
          Hours log (CSV)
        </Button>
        <Button busy={hours.isPending && hours.variables?.format === 'xlsx'} onClick={() => exportHours('xlsx')}>
          Hours log (Excel)
        </Button>
        <Button busy={record.isPending} onClick={() => record.mutate(period, { onSuccess: (result) => result && setSaved({ kind: 'record', result }) })}>
          Development record (PDF)
        </Button>
      </div>
      {(hours.error || record.error) && <ErrorBanner error={hours.error ?? record.error} />}
      {saved?.kind === 'hours' && <SavedNote title={`Log saved: ${saved.result.rows} ${saved.result.rows === 1 ? 'row' : 'rows'}.`} path={saved.result.path} />}
      {saved?.kind === 'record' && <PdfResult result={saved.result} />}
    </div>
  );
}
