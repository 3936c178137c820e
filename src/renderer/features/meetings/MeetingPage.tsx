import { useIntl } from 'react-intl';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { MessageId } from '../../../shared/i18n/catalogue';
import type { Meeting } from '../../../shared/meetings/meeting';
import { errorMessage, isBridgeError } from '../../bridge/client';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { Panel } from '../../components/Panel';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { useToast } from '../../components/Toast';
import { ActionList } from './ActionList';
import { AgendaEditor } from './AgendaEditor';
import { StatusBadge } from './columns';
import { formatWhen } from './format';
import { HeldFarNotice } from './HeldFarNotice';
import { useMeetingWords } from './labels';
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
  const intl = useIntl();
  if (!valid || isBridgeError(meeting.error, 'NOT_FOUND')) {
    return (
      <div className="page">
        <EmptyState title={intl.formatMessage({ id: 'meetings.meeting.notFound' })} action={<Link to="/meetings">{intl.formatMessage({ id: 'meetings.meeting.all' })}</Link>} />
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
        <ProgressIndicator label={intl.formatMessage({ id: 'meetings.meeting.opening' })} />
      </div>
    );
  }
  return <MeetingView meeting={meeting.data} />;
}

function MeetingView({ meeting: m }: { meeting: Meeting }) {
  const navigate = useNavigate();
  const intl = useIntl();
  const words = useMeetingWords();
  const say = (id: MessageId, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const { notify } = useToast();
  const [dialog, setDialog] = useState<'move' | 'convert' | 'delete' | null>(null);
  const [selfAssessmentSaved, setSelfAssessmentSaved] = useState(false);
  const fail = (err: unknown) => notify('error', errorMessage(err));
  const setStatus = useVaultMutation('meetings.setStatus', { invalidate: MEETING_QUERIES, onError: fail });
  const remove = useVaultMutation('meetings.delete', { invalidate: MEETING_QUERIES });
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
            {say('meetings.meeting.back', { mentee: m.menteeName })}
          </Link>
          <div className="mentee-title">
            <h1>{m.title}</h1>
            <StatusBadge status={m.status} />
          </div>
          <p>
            {say('meetings.meeting.facts', { kind: words.kind(m.kind), mentee: m.menteeName, when: formatWhen(m), minutes: m.plannedMinutes, origin: words.origin(m.origin) })}
            {m.convertedFrom && say(`meetings.wasKind.${m.convertedFrom}`)}
            {m.statusReason && say('meetings.meeting.reason', { reason: m.statusReason })}
          </p>
        </div>
        <div className="row">
          {runnable && (
            <Link className="btn btn-primary" to={`/meetings/${m.id}/run`}>
              {say(m.status === 'in-progress' ? 'meetings.meeting.resume' : 'meetings.meeting.start')}
            </Link>
          )}
          <FormButtons menteeId={m.menteeId} meetingId={m.id} />
          {(ahead || m.status === 'skipped' || m.status === 'cancelled') && <Button onClick={() => setDialog('move')}>{say('meetings.meeting.move')}</Button>}
          {ahead && <Button onClick={() => setDialog('convert')}>{say('meetings.meeting.convert')}</Button>}
          {ahead && (
            <Button busy={setStatus.isPending} onClick={() => setStatus.mutate({ id: m.id, status: 'skipped', reason: '' })}>
              {say('meetings.meeting.skip')}
            </Button>
          )}
          {ahead && (
            <Button busy={setStatus.isPending} onClick={() => setStatus.mutate({ id: m.id, status: 'cancelled', reason: '' })}>
              {say('meetings.meeting.cancel')}
            </Button>
          )}
          {(m.status === 'skipped' || m.status === 'cancelled') && (
            <Button busy={setStatus.isPending} onClick={() => setStatus.mutate({ id: m.id, status: 'planned', reason: '' })}>
              {say('meetings.meeting.planAgain')}
            </Button>
          )}
          {ahead && m.origin === 'manual' && (
            <Button variant="danger" onClick={() => setDialog('delete')}>
              {say('meetings.meeting.delete')}
            </Button>
          )}
        </div>
      </header>

      <HeldFarNotice meeting={m} />

      {(m.status === 'held' || m.status === 'in-progress') && summary.data && (
        <Panel title={say(m.status === 'held' ? 'meetings.meeting.summary' : 'meetings.meeting.captured')}>
          <MeetingReportView report={summary.data} editable={m.status === 'held'} />
        </Panel>
      )}

      <Panel
        title={say('meetings.meeting.agenda')}
        intro={
          atRiskGoals.length + overdueMilestones.length + openActions > 0
            ? say('meetings.meeting.pulledIn', { actions: openActions, goals: atRiskGoals.length, milestones: overdueMilestones.length })
            : say('meetings.meeting.fromTemplate')
        }
      >
        <AgendaEditor
          key={m.agenda.map((i) => `${i.id}:${i.position}:${i.title}:${i.plannedMinutes}:${i.context}`).join('|')}
          label={say('meetings.meeting.agendaItems')}
          readOnly={m.status === 'held'}
          meetingMinutes={m.plannedMinutes}
          initial={m.agenda.map((i) => ({ id: i.id, title: i.title, minutes: i.plannedMinutes, context: i.context }))}
          saveLabel={say('meetings.meeting.saveAgenda')}
          save={(items) => setAgenda.mutateAsync({ meetingId: m.id, items: items.map((i) => ({ ...(i.id !== undefined ? { id: i.id } : {}), title: i.title, minutes: i.minutes, context: i.context })) })}
        />
      </Panel>

      <Panel title={say('meetings.meeting.selfAssessment')} intro={say('meetings.meeting.selfAssessmentIntro')}>
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

      <Panel title={say('meetings.meeting.rubric')} intro={say('meetings.meeting.rubricIntro')}>
        <div className="field field-inline">
          <label className="field-label" htmlFor="meeting-rubric">
            {say('meetings.meeting.rubricSelect')}
          </label>
          <select
            id="meeting-rubric"
            className="input select"
            value={m.rubric.templateId ?? ''}
            disabled={m.status === 'held'}
            onChange={(e) => update.mutate({ id: m.id, title: m.title, minutes: m.plannedMinutes, rubricTemplateId: e.target.value ? Number(e.target.value) : null })}
          >
            <option value="">{say('meetings.meeting.noRubric')}</option>
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

      <Panel title={say('meetings.meeting.carried')} intro={say('meetings.meeting.carriedIntro')}>
        <ActionList actions={m.actions.carried} meetingId={runnable ? m.id : null} readOnly={m.status === 'held'} label={say('meetings.meeting.carriedList')}
          empty={say('meetings.meeting.noCarried')}
        />
      </Panel>

      {dialog === 'move' && <MoveMeetingDialog meeting={m} onClose={() => setDialog(null)} />}
      {dialog === 'convert' && <ConvertMeetingDialog meeting={m} onClose={() => setDialog(null)} />}
      <ConfirmDialog
        open={dialog === 'delete'}
        title={say('meetings.meeting.deleteTitle', { title: m.title })}
        description={say('meetings.meeting.deleteBody')}
        confirmLabel={say('meetings.meeting.delete')}
        variant="danger"
        onConfirm={async () => {
          await remove.mutateAsync({ id: m.id });
          notify('success', say('meetings.meeting.deleted'));
          void navigate(`/mentees/${m.menteeId}/meetings`);
        }}
        onClose={() => setDialog(null)}
      />
    </div>
  );
}
