import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { Meeting } from '../../../shared/meetings/meeting';
import { aKind } from '../../../shared/meetings/schema';
import { errorMessage, isBridgeError } from '../../bridge/client';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { Panel } from '../../components/Panel';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { useToast } from '../../components/Toast';
import { ActionList } from './ActionList';
import { AgendaEditor } from './AgendaEditor';
import { StatusBadge } from './columns';
import { formatWhen } from './format';
import { HeldFarNotice } from './HeldFarNotice';
import { MEETING_KIND_LABELS, ORIGIN_LABELS } from './labels';
import { ConvertMeetingDialog, MoveMeetingDialog } from './MeetingDialogs';
import { MeetingReportView } from './MeetingReportView';
import { MEETING_QUERIES } from './stale';
import { RubricScoring } from './RubricScoring';
import { SelfAssessmentForm } from './SelfAssessmentForm';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormButtons } from '../forms/FormButtons';
import { SelfAssessedLevels } from '../forms/SelfAssessedLevels';
import './meetings.css';

/** One meeting: prepare it (agenda, self-assessment, rubric), move, skip or convert it, run it, read its summary. */
export default function MeetingPage() {
  const id = Number(useParams().meetingId);
  const valid = Number.isSafeInteger(id) && id > 0;
  const meeting = useVaultQuery('meetings.get', { id }, { enabled: valid });
  if (!valid || isBridgeError(meeting.error, 'NOT_FOUND')) {
    return (
      <div className="page">
        <EmptyState title="No such meeting" action={<Link to="/meetings">All meetings</Link>} />
      </div>
    );
  }
  if (meeting.error) {
    return (
      <div className="page">
        <ErrorBanner error={meeting.error} />
      </div>
    );
  }
  if (!meeting.data) {
    return (
      <div className="page">
        <ProgressIndicator label="Opening the meeting…" />
      </div>
    );
  }
  return <MeetingView meeting={meeting.data} />;
}

function MeetingView({ meeting: m }: { meeting: Meeting }) {
  const navigate = useNavigate();
  const { notify } = useToast();
  const [dialog, setDialog] = useState<'move' | 'convert' | null>(null);
  const [selfAssessmentSaved, setSelfAssessmentSaved] = useState(false);
  const fail = (err: unknown) => notify('error', errorMessage(err));
  const setStatus = useVaultMutation('meetings.setStatus', { invalidate: MEETING_QUERIES, onError: fail });
  const remove = useVaultMutation('meetings.delete', { invalidate: MEETING_QUERIES, onError: fail });
  const setAgenda = useVaultMutation('meetings.setAgenda', { invalidate: MEETING_QUERIES });
  const update = useVaultMutation('meetings.update', { invalidate: MEETING_QUERIES, onError: fail });
  const rubrics = useVaultQuery('templates.rubrics', {});
  const summary = useVaultQuery('meetings.summary', { id: m.id }, { enabled: m.status === 'held' || m.status === 'in-progress' });
  const ahead = m.status === 'planned';
  const runnable = m.status === 'planned' || m.status === 'in-progress';
  const { atRiskGoals, overdueMilestones, openActions } = m.pulledIn;

  return (
    <div className="page meeting-page">
      <header className="page-header">
        <div>
          <Link to={`/mentees/${m.menteeId}/meetings`} className="back-link">
            ← Meetings of {m.menteeName}
          </Link>
          <div className="mentee-title">
            <h1>{m.title}</h1>
            <StatusBadge status={m.status} />
          </div>
          <p>
            {MEETING_KIND_LABELS[m.kind]} with {m.menteeName} · {formatWhen(m)} · {m.plannedMinutes} minutes · {ORIGIN_LABELS[m.origin]}
            {m.convertedFrom && ` · was ${aKind(m.convertedFrom)}`}
            {m.statusReason && ` · ${m.statusReason}`}
          </p>
        </div>
        <div className="row">
          {runnable && (
            <Link className="btn btn-primary" to={`/meetings/${m.id}/run`}>
              {m.status === 'in-progress' ? 'Resume the meeting mode' : 'Start the meeting mode'}
            </Link>
          )}
          <FormButtons menteeId={m.menteeId} meetingId={m.id} />
          {(ahead || m.status === 'skipped' || m.status === 'cancelled') && <Button onClick={() => setDialog('move')}>Move…</Button>}
          {ahead && <Button onClick={() => setDialog('convert')}>Convert…</Button>}
          {ahead && (
            <Button busy={setStatus.isPending} onClick={() => setStatus.mutate({ id: m.id, status: 'skipped', reason: '' })}>
              Skip
            </Button>
          )}
          {ahead && (
            <Button busy={setStatus.isPending} onClick={() => setStatus.mutate({ id: m.id, status: 'cancelled', reason: '' })}>
              Cancel meeting
            </Button>
          )}
          {(m.status === 'skipped' || m.status === 'cancelled') && (
            <Button busy={setStatus.isPending} onClick={() => setStatus.mutate({ id: m.id, status: 'planned', reason: '' })}>
              Plan again
            </Button>
          )}
          {ahead && m.origin === 'manual' && (
            <Button
              variant="danger"
              busy={remove.isPending}
              onClick={() =>
                remove.mutate(
                  { id: m.id },
                  {
                    onSuccess: () => {
                      notify('success', 'Meeting deleted.');
                      void navigate(`/mentees/${m.menteeId}/meetings`);
                    },
                  },
                )
              }
            >
              Delete
            </Button>
          )}
        </div>
      </header>

      <HeldFarNotice meeting={m} />

      {(m.status === 'held' || m.status === 'in-progress') && summary.data && (
        <Panel title={m.status === 'held' ? 'Summary' : 'Captured so far'}>
          <MeetingReportView report={summary.data} editable={m.status === 'held'} />
        </Panel>
      )}

      <Panel
        title="Agenda"
        intro={
          atRiskGoals.length + overdueMilestones.length + openActions > 0
            ? `Pulled in automatically when the meeting starts: ${openActions} open action items, ${atRiskGoals.length} at-risk goals, ${overdueMilestones.length} overdue milestones.`
            : 'From the template of its kind; reorder and extend it for this meeting.'
        }
      >
        <AgendaEditor
          key={m.agenda.map((i) => `${i.id}:${i.position}:${i.title}:${i.plannedMinutes}:${i.context}`).join('|')}
          label="Agenda items"
          readOnly={m.status === 'held'}
          meetingMinutes={m.plannedMinutes}
          initial={m.agenda.map((i) => ({ id: i.id, title: i.title, minutes: i.plannedMinutes, context: i.context }))}
          saveLabel="Save agenda"
          save={(items) => setAgenda.mutateAsync({ meetingId: m.id, items: items.map((i) => ({ ...(i.id !== undefined ? { id: i.id } : {}), title: i.title, minutes: i.minutes, context: i.context })) })}
        />
      </Panel>

      <Panel title="Self-assessment" intro="The mentee's own rating of each active goal (1 to 5) and a short reflection, before the session.">
        <SelfAssessmentForm
          key={m.selfAssessment?.recordedAt ?? 'none'}
          meetingId={m.id}
          menteeId={m.menteeId}
          current={m.selfAssessment}
          // A save redraws the form from the stored copy (a new key): the new form takes focus on its Save button.
          onSaved={() => setSelfAssessmentSaved(true)}
          focusSave={selfAssessmentSaved}
        />
      </Panel>

      <Panel title="Feedback rubric" intro="A level per dimension, each with its descriptor, and a comment.">
        <div className="field field-inline">
          <label className="field-label" htmlFor="meeting-rubric">
            Rubric
          </label>
          <select
            id="meeting-rubric"
            className="input select"
            value={m.rubric.templateId ?? ''}
            disabled={m.status === 'held'}
            onChange={(e) => update.mutate({ id: m.id, title: m.title, minutes: m.plannedMinutes, rubricTemplateId: e.target.value ? Number(e.target.value) : null })}
          >
            <option value="">None</option>
            {(rubrics.data ?? []).map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
        <RubricScoring key={m.rubric.templateId ?? 'none'} meeting={m} readOnly={m.status === 'held'} />
        <SelfAssessedLevels meeting={m} />
      </Panel>

      <Panel title="Action items carried into this meeting" intro="Open action items from earlier meetings stay on the agenda until done.">
        <ActionList actions={m.actions.carried} meetingId={runnable ? m.id : null} readOnly={m.status === 'held'} label="Carried action items" empty="No open action items from earlier meetings." />
      </Panel>

      {dialog === 'move' && <MoveMeetingDialog meeting={m} onClose={() => setDialog(null)} />}
      {dialog === 'convert' && <ConvertMeetingDialog meeting={m} onClose={() => setDialog(null)} />}
    </div>
  );
}
