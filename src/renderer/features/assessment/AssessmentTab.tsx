import { createColumnHelper } from '@tanstack/react-table';
import { lazy, Suspense, useState } from 'react';
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
import { formatRating, KIND_LABELS } from './labels';
import { ErrorBanner } from '../../components/ErrorBanner';
import './assessment.css';

const CompetencyGrowthChart = lazy(() => import('./CompetencyGrowthChart'));
const ASSESSMENT_QUERIES = ['assessments.', 'competencies.', 'dashboard.'] as const;

const column = createColumnHelper<AssessmentSummary>();
const columns = [
  column.accessor('date', { header: 'Date', meta: { width: 'minmax(8rem, 0.8fr)' }, cell: (i) => formatDate(i.getValue()) }),
  column.accessor('kind', { header: 'Round', meta: { width: 'minmax(8rem, 0.8fr)' }, cell: (i) => KIND_LABELS[i.getValue()] }),
  column.accessor('ratingCount', { header: 'Competencies rated', meta: { width: 'minmax(8rem, 0.8fr)' } }),
  column.accessor('note', { header: 'Note', meta: { width: 'minmax(12rem, 2fr)' } }),
];

/** Assessments: the baseline and re-assessment rounds (each kept), and the growth between them. */
export default function AssessmentTab() {
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
          title={kind === 'baseline' ? 'Baseline assessment' : 'Re-assessment'}
          intro="Rate each competency from 1 (beginning) to 5 (exemplary), by the mentor and by the mentee. Leave a row empty to skip it. Earlier rounds are kept as they are."
        >
          <AssessmentForm
            menteeId={mentee.id}
            kind={kind}
            competencies={competencies.data}
            previous={previous.data?.ratings}
            onCancel={() => setRecording(false)}
            save={async (values) => {
              await record.mutateAsync(values);
              notify('success', kind === 'baseline' ? 'Baseline recorded.' : 'Re-assessment recorded.');
              setRecording(false);
            }}
          />
        </Panel>
      ) : (
        <Panel
          title="Assessments"
          intro={
            <>
              The mentee’s level in each competency, rated by both of you. Re-assessments are new rounds: nothing is overwritten.{' '}
              <Link to="/competencies">Edit the competency list</Link>
            </>
          }
          actions={
            <Button variant="primary" onClick={() => setRecording(true)} disabled={!competencies.data}>
              {kind === 'baseline' ? 'Record baseline' : 'Record re-assessment'}
            </Button>
          }
        >
          {openRound > 0 && <RoundDetail id={openRound} onClose={() => setParams({})} />}
          <TableBox rows={rows.length} max={5}>
            <DataTable
              label="Assessment rounds"
              columns={columns}
              rows={rows}
              getRowId={(r) => String(r.id)}
              onRowOpen={(r) => setParams({ round: String(r.id) })}
              loading={rounds.isLoading}
              initialSorting={[{ id: 'date', desc: true }]}
              filterLabel="Filter rounds"
              countLabel={(n) => `${n} ${n === 1 ? 'round' : 'rounds'}`}
              empty={<EmptyState title="No assessment yet">Start with the baseline: where the mentee stands today.</EmptyState>}
            />
          </TableBox>
        </Panel>
      )}
      <Panel title="Growth" intro="Baseline against the latest round, per competency.">
        {growth.data ? (
          <>
            <Suspense fallback={<ProgressIndicator label="Drawing the chart…" />}>
              <CompetencyGrowthChart growth={growth.data} shape="bars" />
            </Suspense>
            <GrowthTable growth={growth.data} />
          </>
        ) : (
          <ProgressIndicator label="Loading growth…" />
        )}
      </Panel>
    </div>
  );
}

/** Change from baseline to latest in words and sign, per competency. */
function GrowthTable({ growth }: { growth: CompetencyGrowth[] }) {
  const rated = growth.filter((g) => g.baseline && g.latest && g.latest.assessmentId !== g.baseline.assessmentId);
  if (rated.length === 0) return <p className="muted">Growth shows here after the first re-assessment.</p>;
  const delta = (a: number | null | undefined, b: number | null | undefined) => {
    if (a == null || b == null) return '—';
    const d = b - a;
    return d > 0 ? `+${d} (up)` : d < 0 ? `${d} (down)` : '0 (same)';
  };
  return (
    <SimpleTable
      caption="Change since the baseline"
      columns={['Competency', 'Mentor: baseline → latest', 'Change', 'Mentee: baseline → latest', 'Change']}
      rows={rated.map((g) => [
        g.competency,
        `${formatRating(g.baseline?.mentor)} → ${formatRating(g.latest?.mentor)}`,
        delta(g.baseline?.mentor, g.latest?.mentor),
        `${formatRating(g.baseline?.mentee)} → ${formatRating(g.latest?.mentee)}`,
        delta(g.baseline?.mentee, g.latest?.mentee),
      ])}
    />
  );
}

/** One round's ratings, read-only; a round entered by mistake can be removed. */
function RoundDetail({ id, onClose }: { id: number; onClose(): void }) {
  const round = useVaultQuery('assessments.get', { id });
  const { notify } = useToast();
  const [deleting, setDeleting] = useState(false);
  const remove = useVaultMutation('assessments.delete', { invalidate: ASSESSMENT_QUERIES });
  const r = round.data;
  return (
    <section className="card-inset-plain stack" aria-label="Assessment round">
      {round.error && <ErrorBanner error={round.error} />}
      {r && (
        <>
          <div className="row">
            <h3>
              {KIND_LABELS[r.kind]} of {formatDate(r.date)}
            </h3>
            <div className="row">
              <Button size="small" variant="ghost" className="list-editor-remove" onClick={() => setDeleting(true)}>
                Remove round…
              </Button>
              <Button size="small" onClick={onClose}>
                Close
              </Button>
            </div>
          </div>
          {r.note && <p>{r.note}</p>}
          <SimpleTable
            columns={['Competency', 'Mentor', 'Mentee', 'Note']}
            numeric={[1, 2]}
            rows={r.ratings.map((x) => [x.competency, formatRating(x.mentor), formatRating(x.mentee), x.note])}
          />
          <ConfirmDialog
            open={deleting}
            title="Remove this round?"
            description="Only for a round entered by mistake. The baseline can be removed only while no re-assessment follows it."
            confirmLabel="Remove round"
            variant="danger"
            onClose={() => setDeleting(false)}
            onConfirm={async () => {
              await remove.mutateAsync({ id: r.id });
              notify('success', 'Round removed.');
              onClose();
            }}
          />
        </>
      )}
    </section>
  );
}
