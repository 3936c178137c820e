import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { HoursExportResult } from '../../../shared/mentor/schema';
import type { PdfExportResult } from '../../../shared/documents/schema';
import type { MessageId } from '../../../shared/i18n/catalogue';
import type { MessageValues } from '../../../shared/i18n/intl';
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
import { periodOf, periodOptions, type PeriodChoice } from './period';
import { SessionsTable } from './SessionsTable';
import { ThresholdProgress } from './ThresholdProgress';
import { useContentLocale } from '../../i18n/content-locale';

/**
 * The client-hours log, derived from held meetings: totals, a month-by-month chart,
 * progress toward each credential, the clients and sessions behind the figures, and
 * the exports. Every figure here and in the exports comes from one query.
 */
export default function HoursPage() {
  const intl = useIntl();
  const t = (id: MessageId, values?: MessageValues) => intl.formatMessage({ id }, values);
  const [choice, setChoice] = useState<PeriodChoice>('this-year');
  const period = periodOf(choice);
  const summary = useVaultQuery('mentor.hours', period);
  const sessions = useVaultQuery('mentor.sessions', period);
  const clients = useVaultQuery('mentor.listClients', {});
  const s = summary.data;
  return (
    <div className="stack">
      <div className="practice-toolbar">
        <SelectField label={t('mentor.period.label')} options={periodOptions()} value={choice} onChange={(e) => setChoice(e.currentTarget.value as PeriodChoice)} />
        <ExportButtons period={period} />
      </div>
      {summary.error && <ErrorBanner error={summary.error} />}
      {!s ? (
        <ProgressIndicator label={t('mentor.hours.loading')} />
      ) : (
        <>
          <dl className="practice-tiles" aria-label={t('mentor.hours.totals')}>
            <Tile
              label={t('mentor.hours.clientHours')}
              value={formatHours(s.totals.clientHours)}
              detail={t('mentor.hours.clientHoursDetail', { paid: formatHours(s.totals.paidHours), proBono: formatHours(s.totals.proBonoHours) })}
            />
            <Tile label={t('mentor.hours.sessions')} value={intl.formatNumber(s.totals.sessions)} detail={t('mentor.hours.sessionsDetail', { hours: formatHours(s.totals.groupHours) })} />
            <Tile label={t('mentor.hours.training')} value={formatHours(s.totals.trainingHours)} />
            <Tile label={t('mentor.hours.supervision')} value={formatHours(s.totals.supervisionHours)} />
          </dl>
          <div className="practice-columns">
            <Panel title={t('mentor.hours.overTime')}>
              <HoursByMonthChart months={s.byMonth} />
              {s.byYear.length > 0 && (
                <SimpleTable caption={t('mentor.hours.perYear')} columns={[t('mentor.hours.year'), t('mentor.hours.clientHours')]} numeric={[1]} rows={s.byYear.map((y) => [y.year, formatHours(y.clientHours)])} />
              )}
            </Panel>
            <Panel title={t('mentor.hours.progressTitle')} intro={t('mentor.hours.progressIntro')}>
              <ThresholdProgress thresholds={s.thresholds} />
            </Panel>
          </div>
          <Panel title={t('mentor.hours.clientsTitle')} intro={t('mentor.hours.clientsIntro')}>
            {clients.error && <ErrorBanner error={clients.error} />}
            <ClientsTable clients={clients.data ?? []} hours={s.byClient} />
          </Panel>
          <Panel title={t('mentor.hours.sessionsTitle')} intro={t('mentor.hours.sessionsIntro')}>
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
  const intl = useIntl();
  const hours = useVaultMutation('mentor.exportHours');
  const record = useVaultMutation('mentor.exportRecord');
  // The mentor's own documents, in the screens' language.
  const contentLocale = useContentLocale();
  const [saved, setSaved] = useState<{ kind: 'hours'; result: HoursExportResult } | { kind: 'record'; result: PdfExportResult } | null>(null);
  const exportHours = (format: 'csv' | 'xlsx') =>
    hours.mutate({ ...period, format, locale: contentLocale }, { onSuccess: (result) => result && setSaved({ kind: 'hours', result }) });
  return (
    <div className="practice-exports">
      <div className="row" role="group" aria-label={intl.formatMessage({ id: 'mentor.export.group' })}>
        <Button busy={hours.isPending && hours.variables?.format === 'csv'} onClick={() => exportHours('csv')}>
          <FormattedMessage id="mentor.export.csv" />
        </Button>
        <Button busy={hours.isPending && hours.variables?.format === 'xlsx'} onClick={() => exportHours('xlsx')}>
          <FormattedMessage id="mentor.export.xlsx" />
        </Button>
        <Button busy={record.isPending} onClick={() => record.mutate({ ...period, locale: contentLocale }, { onSuccess: (result) => result && setSaved({ kind: 'record', result }) })}>
          <FormattedMessage id="mentor.export.record" />
        </Button>
      </div>
      {(hours.error || record.error) && <ErrorBanner error={hours.error ?? record.error} />}
      {saved?.kind === 'hours' && <SavedNote title={intl.formatMessage({ id: 'mentor.export.saved' }, { rows: saved.result.rows })} path={saved.result.path} />}
      {saved?.kind === 'record' && <PdfResult result={saved.result} />}
    </div>
  );
}
