import { useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { changeReason, type Charter } from '../../../shared/charter/schema';
import { localToday } from '../../../shared/dates';
import { errorMessage } from '../../bridge/client';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { Panel } from '../../components/Panel';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { ReasonDialog } from '../../components/ReasonDialog';
import { useToast } from '../../components/Toast';
import { ExportCharterButton } from '../documents/ExportButtons';
import { CharterCommentsPanel } from '../forms/CharterCommentsPanel';
import { formatDate } from '../mentees/format';
import { useCurrentMentee } from '../mentees/mentee-context';
import { AgreeDialog } from './AgreeDialog';
import { CharterForm, type CharterFormHandle } from './CharterForm';
import { CharterView } from './CharterView';
import { CompareView } from './CompareView';
import { PILOT_STATE_LABELS, pilotSummary } from './labels';
import { CHARTER_QUERIES } from './stale';
import { VersionView } from './VersionView';
import { VersionsTable } from './VersionsTable';
import { ErrorBanner } from '../../components/ErrorBanner';
import './charter.css';

type Dialogs = 'agree' | 'revise' | 'discard' | null;

/** The default pair to compare: the version before the newest, and the newest. */
function defaultPair(charter: Charter): [number, number] {
  const [newest, previous] = charter.versions;
  return [previous?.id ?? newest!.id, newest!.id];
}

/** The mentee's charter: the draft editor or the agreed text, its versions, and comparisons. */
export default function CharterTab() {
  const mentee = useCurrentMentee();
  const [params, setParams] = useSearchParams();
  const { notify } = useToast();
  const charter = useVaultQuery('charter.get', { menteeId: mentee.id });
  const mentor = useVaultQuery('mentor.get', {});
  const create = useVaultMutation('charter.create', { invalidate: CHARTER_QUERIES });
  const update = useVaultMutation('charter.update', { invalidate: CHARTER_QUERIES });
  const revise = useVaultMutation('charter.revise', { invalidate: CHARTER_QUERIES });
  const discard = useVaultMutation('charter.discardDraft', { invalidate: CHARTER_QUERIES });
  const reviewed = useVaultMutation('charter.setPilotReviewed', { invalidate: CHARTER_QUERIES, onError: (err) => notify('error', errorMessage(err)) });
  const draftRef = useRef<CharterFormHandle>(null);
  const [dialog, setDialog] = useState<Dialogs>(null);

  if (charter.error) return <ErrorBanner error={charter.error} />;
  if (charter.data === undefined) return <ProgressIndicator label="Opening the charter…" />;
  if (charter.data === null) {
    return (
      <Panel title="Charter">
        <EmptyState
          title="No charter yet"
          action={
            <Button variant="primary" busy={create.isPending} onClick={() => create.mutate({ menteeId: mentee.id }, { onSuccess: () => notify('success', 'Charter started from the template.') })}>
              Start the charter
            </Button>
          }
        >
          The charter is the agreement between you and {mentee.name}: purpose, roles, rhythm, confidentiality, escalation, reviews, the pilot
          and shared words. It starts from a template you edit together, then both agree to it.
        </EmptyState>
        {create.error && <ErrorBanner error={create.error} />}
      </Panel>
    );
  }

  const c = charter.data;
  const current = c.current;
  const isDraft = current.status === 'draft';
  const viewing = Number(params.get('version'));
  const compare = params.get('compare');
  const show = (next: Record<string, string>) => setParams(next);

  if (compare) {
    const [from, to] = compare.split('-').map(Number);
    const pair: [number, number] = from && to ? [from, to] : defaultPair(c);
    return <CompareView charter={c} initial={pair} onClose={() => show({})} />;
  }

  const header = (
    <div className="stack">
      <div className="charter-head">
        <span className={`charter-badge charter-badge-${current.status}`}>{isDraft ? 'Draft' : 'Agreed'}</span>
        <p className="charter-facts">
          Version {current.version}
          {current.agreedOn && ` · agreed on ${formatDate(current.agreedOn)} by ${current.agreedByMentor} and ${current.agreedByMentee}`}
          {isDraft && c.agreedVersionId && ' · the agreed version stays in force until this draft is agreed'}
        </p>
      </div>
      {current.reason && (
        <p className="charter-reason">
          <strong>Why version {current.version}:</strong> {current.reason}
        </p>
      )}
      <p className="charter-facts">
        <strong>{PILOT_STATE_LABELS[c.pilot.state]}.</strong> {pilotSummary(c.pilot)}{' '}
        {c.pilot.state === 'review-due' && (
          <Button size="small" busy={reviewed.isPending} onClick={() => reviewed.mutate({ menteeId: mentee.id, reviewedOn: localToday() })}>
            Mark the pilot review as held
          </Button>
        )}
        {c.pilot.state === 'done' && (
          <Button size="small" variant="ghost" busy={reviewed.isPending} onClick={() => reviewed.mutate({ menteeId: mentee.id, reviewedOn: null })}>
            Undo “reviewed”
          </Button>
        )}
      </p>
    </div>
  );

  const draftActions = (
    <>
      <Button variant="secondary" onClick={() => setDialog('agree')}>
        Agree…
      </Button>
      {c.versions.length > 1 && (
        <Button variant="ghost" onClick={() => setDialog('discard')}>
          Discard draft…
        </Button>
      )}
    </>
  );

  return (
    <div className="stack">
      {viewing && viewing !== current.id ? (
        <VersionView menteeId={mentee.id} versionId={viewing} onClose={() => show({})} />
      ) : (
        <Panel
          title={isDraft ? `Charter, version ${current.version} (draft)` : `Charter, version ${current.version}`}
          actions={
            <>
              {!isDraft && (
                <Button variant="primary" onClick={() => setDialog('revise')}>
                  Revise…
                </Button>
              )}
              {c.versions.length > 1 && <Button onClick={() => show({ compare: defaultPair(c).join('-') })}>Compare versions</Button>}
              <ExportCharterButton menteeId={mentee.id} versionId={current.id} />
            </>
          }
        >
          {header}
          {isDraft ? (
            <CharterForm
              key={current.id}
              version={current}
              handleRef={draftRef}
              actions={draftActions}
              save={async (values) => {
                const stored = await update.mutateAsync(values);
                notify('success', 'Draft saved.');
                return stored.current;
              }}
            />
          ) : (
            <CharterView body={current.body} reviewDate={current.pilotReviewDate} />
          )}
        </Panel>
      )}

      <CharterCommentsPanel menteeId={mentee.id} isDraft={isDraft} />
      <Panel title="Versions" intro="Every version stays readable. Open one to read it, or compare two.">
        <VersionsTable versions={c.versions} onOpen={(id) => show(id === current.id ? {} : { version: String(id) })} />
      </Panel>

      {dialog === 'agree' && isDraft && (
        <AgreeDialog version={current} menteeName={mentee.name} mentor={mentor.data ?? { name: '', title: '' }} draft={draftRef} onClose={() => setDialog(null)} />
      )}
      <ReasonDialog
        open={dialog === 'revise'}
        title={`Start version ${current.version + 1}?`}
        description={`A new draft starts from version ${current.version}. Version ${current.version} stays agreed and readable until the new one is agreed.`}
        label="Why is the charter changing?"
        schema={changeReason}
        confirmLabel="Start new version"
        onClose={() => setDialog(null)}
        onConfirm={async (reason) => {
          await revise.mutateAsync({ menteeId: mentee.id, reason });
          notify('success', `Version ${current.version + 1} started as a draft.`);
        }}
      />
      <ConfirmDialog
        open={dialog === 'discard'}
        title={`Discard the draft of version ${current.version}?`}
        description="The draft and its reason are thrown away; the agreed versions stay as they are."
        confirmLabel="Discard draft"
        variant="danger"
        onClose={() => setDialog(null)}
        onConfirm={async () => {
          await discard.mutateAsync({ versionId: current.id });
          notify('success', 'Draft discarded.');
        }}
      />
    </div>
  );
}
