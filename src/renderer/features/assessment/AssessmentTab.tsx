import { createColumnHelper } from '@tanstack/react-table';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import type { AssessmentSummary, CompetencyGrowth } from '../../../shared/assessment/schema';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { SimpleTable } from '../../components/ChartFigure';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataTable } from '../../components/DataTable/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { Panel, TableBox } from '../../components/Panel';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { useToast } from '../../components/Toast';
import { formatDate } from '../mentees/format';
import { useCurrentMentee } from '../mentees/mentee-context';
import { AssessmentForm } from './AssessmentForm';
import { formatRating, kindLabel } from './labels';
import { ErrorBanner } from '../../components/ErrorBanner';
import './assessment.css';

const CompetencyGrowthChart = lazy(() => import('./CompetencyGrowthChart'));
const ASSESSMENT_QUERIES = ['assessments.', 'competencies.', 'dashboard.'] as const;

const column = createColumnHelper<AssessmentSummary>();
const roundColumns = (intl: IntlShape) => [
  column.accessor('date', { header: intl.formatMessage({ id: 'assessment.column.date' }), meta: { width: 'minmax(8rem, 0.8fr)' }, cell: (i) => formatDate(i.getValue()) }),
  column.accessor('kind', { header: intl.formatMessage({ id: 'assessment.column.round' }), meta: { width: 'minmax(12.5rem, 0.9fr)' }, cell: (i) => kindLabel(i.getValue()) }),
  column.accessor('ratingCount', { header: intl.formatMessage({ id: 'assessment.column.rated' }), meta: { width: 'minmax(8rem, 0.8fr)' } }),
  column.accessor('note', { header: intl.formatMessage({ id: 'assessment.column.note' }), meta: { width: 'minmax(12rem, 2fr)' } }),
];

/** Assessments: the baseline and re-assessment rounds (each kept), and the growth between them. */
export default function AssessmentTab() {
  const intl = useIntl();
  const columns = useMemo(() => roundColumns(intl), [intl]);
  const mentee = useCurrentMentee();
  const { notify } = useToast();
  const [params, setParams] = useSearchParams();
  const [recording, setRecording] = useState(false);
  const rounds = useVaultQuery('assessments.list', { menteeId: mentee.id, limit: 500 });
  const competencies = useVaultQuery('competencies.list', {});
  const growth = useVaultQuery('assessments.growth', { menteeId: mentee.id });
  const rows = rounds.data?.rows ?? [];
  const latest = [...rows].sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id)[0];
  const previous = useVaultQuery('assessments.get', { id: latest?.id ?? 0 }, { enabled: recording && latest !== undefined });
  const record = useVaultMutation('assessments.record', { invalidate: ASSESSMENT_QUERIES });
  const kind = rows.some((r) => r.kind === 'baseline') ? 'reassessment' : 'baseline';
  const openRound = Number(params.get('round'));

  if (rounds.error) return <ErrorBanner error={rounds.error} />;

  return (
    <div className="stack">
      {recording && competencies.data ? (
        <Panel
          title={intl.formatMessage({ id: 'assessment.form.label' }, { kind })}
          intro={intl.formatMessage({ id: 'assessment.tab.recordIntro' })}
        >
          <AssessmentForm
            menteeId={mentee.id}
            kind={kind}
            competencies={competencies.data}
            previous={previous.data?.ratings}
            onCancel={() => setRecording(false)}
            save={async (values) => {
              await record.mutateAsync(values);
              notify('success', intl.formatMessage({ id: 'assessment.tab.recorded' }, { kind }));
              setRecording(false);
            }}
          />
        </Panel>
      ) : (
        <Panel
          title={intl.formatMessage({ id: 'assessment.tab.title' })}
          intro={
            <>
              {intl.formatMessage({ id: 'assessment.tab.intro' })} <Link to="/competencies">{intl.formatMessage({ id: 'assessment.tab.editList' })}</Link>
            </>
          }
          actions={
            <Button variant="primary" onClick={() => setRecording(true)} disabled={!competencies.data}>
              {intl.formatMessage({ id: 'assessment.tab.record' }, { kind })}
            </Button>
          }
        >
          {openRound > 0 && <RoundDetail id={openRound} onClose={() => setParams({})} />}
          <TableBox rows={rows.length} max={5}>
            <DataTable
              label={intl.formatMessage({ id: 'assessment.tab.label' })}
              columns={columns}
              rows={rows}
              getRowId={(r) => String(r.id)}
              onRowOpen={(r) => setParams({ round: String(r.id) })}
              loading={rounds.isLoading}
              initialSorting={[{ id: 'date', desc: true }]}
              filterLabel={intl.formatMessage({ id: 'assessment.tab.filter' })}
              countLabel={(n) => intl.formatMessage({ id: 'assessment.tab.count' }, { count: n })}
              empty={<EmptyState title={intl.formatMessage({ id: 'assessment.tab.emptyTitle' })}>{intl.formatMessage({ id: 'assessment.tab.emptyText' })}</EmptyState>}
            />
          </TableBox>
        </Panel>
      )}
      <Panel title={intl.formatMessage({ id: 'assessment.growth.title' })} intro={intl.formatMessage({ id: 'assessment.growth.intro' })}>
        {growth.data ? (
          <>
            <Suspense fallback={<ProgressIndicator label={intl.formatMessage({ id: 'assessment.growth.drawing' })} />}>
              <CompetencyGrowthChart growth={growth.data} shape="bars" />
            </Suspense>
            <GrowthTable growth={growth.data} />
          </>
        ) : (
          <ProgressIndicator label={intl.formatMessage({ id: 'assessment.growth.loading' })} />
        )}
      </Panel>
    </div>
  );
}

/** Change from baseline to latest in words and sign, per competency. */
function GrowthTable({ growth }: { growth: CompetencyGrowth[] }) {
  const intl = useIntl();
  const rated = growth.filter((g) => g.baseline && g.latest && g.latest.assessmentId !== g.baseline.assessmentId);
  if (rated.length === 0) return <p className="muted">{intl.formatMessage({ id: 'assessment.growth.none' })}</p>;
  const delta = (a: number | null | undefined, b: number | null | undefined) => {
    if (a == null || b == null) return formatRating(null);
    const d = b - a;
    return intl.formatMessage({ id: 'assessment.growth.delta' }, { change: intl.formatNumber(d), direction: d > 0 ? 'up' : d < 0 ? 'down' : 'same' });
  };
  return (
    <SimpleTable
      caption={intl.formatMessage({ id: 'assessment.growth.caption' })}
      columns={[
        intl.formatMessage({ id: 'assessment.form.competency' }),
        intl.formatMessage({ id: 'assessment.growth.mentorSpan' }),
        intl.formatMessage({ id: 'assessment.growth.change' }),
        intl.formatMessage({ id: 'assessment.growth.menteeSpan' }),
        intl.formatMessage({ id: 'assessment.growth.change' }),
      ]}
      rows={rated.map((g) => [
        g.competency,
        intl.formatMessage({ id: 'assessment.growth.span' }, { from: formatRating(g.baseline?.mentor), to: formatRating(g.latest?.mentor) }),
        delta(g.baseline?.mentor, g.latest?.mentor),
        intl.formatMessage({ id: 'assessment.growth.span' }, { from: formatRating(g.baseline?.mentee), to: formatRating(g.latest?.mentee) }),
        delta(g.baseline?.mentee, g.latest?.mentee),
      ])}
    />
  );
}

/** One round's ratings, read-only; a round entered by mistake can be removed. */
function RoundDetail({ id, onClose }: { id: number; onClose(): void }) {
  const intl = useIntl();
  const round = useVaultQuery('assessments.get', { id });
  const { notify } = useToast();
  const [deleting, setDeleting] = useState(false);
  const remove = useVaultMutation('assessments.delete', { invalidate: ASSESSMENT_QUERIES });
  const r = round.data;
  return (
    <section className="card-inset-plain stack" aria-label={intl.formatMessage({ id: 'assessment.round.label' })}>
      {round.error && <ErrorBanner error={round.error} />}
      {r && (
        <>
          <div className="row">
            <h3>
              {intl.formatMessage({ id: 'assessment.round.title' }, { kind: r.kind, date: formatDate(r.date) })}
            </h3>
            <div className="row">
              <Button size="small" variant="ghost" className="list-editor-remove" onClick={() => setDeleting(true)}>
                {intl.formatMessage({ id: 'assessment.round.remove' })}
              </Button>
              <Button size="small" onClick={onClose}>
                {intl.formatMessage({ id: 'assessment.round.close' })}
              </Button>
            </div>
          </div>
          {r.note && <p>{r.note}</p>}
          <SimpleTable
            columns={[intl.formatMessage({ id: 'assessment.form.competency' }), intl.formatMessage({ id: 'assessment.round.mentor' }), intl.formatMessage({ id: 'assessment.round.mentee' }), intl.formatMessage({ id: 'assessment.column.note' })]}
            numeric={[1, 2]}
            rows={r.ratings.map((x) => [x.competency, formatRating(x.mentor), formatRating(x.mentee), x.note])}
          />
          <ConfirmDialog
            open={deleting}
            title={intl.formatMessage({ id: 'assessment.round.removeTitle' })}
            description={intl.formatMessage({ id: 'assessment.round.removeText' })}
            confirmLabel={intl.formatMessage({ id: 'assessment.round.removeConfirm' })}
            variant="danger"
            onClose={() => setDeleting(false)}
            onConfirm={async () => {
              await remove.mutateAsync({ id: r.id });
              notify('success', intl.formatMessage({ id: 'assessment.round.removed' }));
              onClose();
            }}
          />
        </>
      )}
    </section>
  );
}
