import { useRef, useState } from 'react';
import { useIntl } from 'react-intl';
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
import { pilotStateLabel, pilotSummary } from './labels';
import { CHARTER_QUERIES } from './stale';
import { VersionView } from './VersionView';
import { VersionsTable } from './VersionsTable';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useContentLocale } from '../../i18n/content-locale';
import './charter.css';

type Dialogs = 'agree' | 'revise' | 'discard' | null;

/** The default pair to compare: the version before the newest, and the newest. */
function defaultPair(charter: Charter): [number, number] {
  const [newest, previous] = charter.versions;
  return [previous?.id ?? newest!.id, newest!.id];
}

/** The mentee's charter: the draft editor or the agreed text, its versions, and comparisons. */
export default function CharterTab() {
  const intl = useIntl();
  const mentee = useCurrentMentee();
  const [params, setParams] = useSearchParams();
  const { notify } = useToast();
  const charter = useVaultQuery('charter.get', { menteeId: mentee.id });
  const mentor = useVaultQuery('mentor.get', {});
  const contentLocale = useContentLocale();
  const create = useVaultMutation('charter.create', { invalidate: CHARTER_QUERIES });
  const update = useVaultMutation('charter.update', { invalidate: CHARTER_QUERIES });
  const revise = useVaultMutation('charter.revise', { invalidate: CHARTER_QUERIES });
  const discard = useVaultMutation('charter.discardDraft', { invalidate: CHARTER_QUERIES });
  const reviewed = useVaultMutation('charter.setPilotReviewed', { invalidate: CHARTER_QUERIES, onError: (err) => notify('error', errorMessage(err)) });
  const draftRef = useRef<CharterFormHandle>(null);
  const [dialog, setDialog] = useState<Dialogs>(null);

  if (charter.error) return <ErrorBanner error={charter.error} />;
  if (charter.data === undefined) return <ProgressIndicator label={intl.formatMessage({ id: 'charter.tab.opening' })} />;
  if (charter.data === null) {
    return (
      <Panel title={intl.formatMessage({ id: 'charter.tab.title' })}>
        <EmptyState
          title={intl.formatMessage({ id: 'charter.tab.emptyTitle' })}
          action={
            <Button variant="primary" busy={create.isPending} onClick={() => create.mutate({ menteeId: mentee.id, locale: contentLocale }, { onSuccess: () => notify('success', intl.formatMessage({ id: 'charter.tab.started' })) })}>
              {intl.formatMessage({ id: 'charter.tab.start' })}
            </Button>
          }
        >
          {intl.formatMessage({ id: 'charter.tab.emptyText' }, { name: mentee.name })}
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
        <span className={`charter-badge charter-badge-${current.status}`}>{intl.formatMessage({ id: isDraft ? 'charter.status.draft' : 'charter.status.agreed' })}</span>
        <p className="charter-facts">
          {intl.formatMessage({ id: 'charter.tab.version' }, { version: current.version })}
          {current.agreedOn &&
            intl.formatMessage({ id: 'charter.tab.agreedBy' }, { date: formatDate(current.agreedOn), mentor: current.agreedByMentor, mentee: current.agreedByMentee })}
          {isDraft && c.agreedVersionId && intl.formatMessage({ id: 'charter.tab.inForce' })}
        </p>
      </div>
      {current.reason && (
        <p className="charter-reason">
          <strong>{intl.formatMessage({ id: 'charter.tab.why' }, { version: current.version })}</strong> {current.reason}
        </p>
      )}
      <p className="charter-facts">
        <strong>{intl.formatMessage({ id: 'charter.pilot.stateLine' }, { state: pilotStateLabel(c.pilot.state) })}</strong> {pilotSummary(c.pilot)} {c.pilot.state === 'review-due' && (
          <Button size="small" busy={reviewed.isPending} onClick={() => reviewed.mutate({ menteeId: mentee.id, reviewedOn: localToday() })}>
            {intl.formatMessage({ id: 'charter.tab.markReviewed' })}
          </Button>
        )}
        {c.pilot.state === 'done' && (
          <Button size="small" variant="ghost" busy={reviewed.isPending} onClick={() => reviewed.mutate({ menteeId: mentee.id, reviewedOn: null })}>
            {intl.formatMessage({ id: 'charter.tab.undoReviewed' })}
          </Button>
        )}
      </p>
    </div>
  );

  const draftActions = (
    <>
      <Button variant="secondary" onClick={() => setDialog('agree')}>
        {intl.formatMessage({ id: 'charter.tab.agree' })}
      </Button>
      {c.versions.length > 1 && (
        <Button variant="ghost" onClick={() => setDialog('discard')}>
          {intl.formatMessage({ id: 'charter.tab.discard' })}
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
          title={intl.formatMessage({ id: 'charter.tab.panelTitle' }, { draft: isDraft ? 'yes' : 'no', version: current.version })}
          actions={
            <>
              {!isDraft && (
                <Button variant="primary" onClick={() => setDialog('revise')}>
                  {intl.formatMessage({ id: 'charter.tab.revise' })}
                </Button>
              )}
              {c.versions.length > 1 && <Button onClick={() => show({ compare: defaultPair(c).join('-') })}>{intl.formatMessage({ id: 'charter.tab.compare' })}</Button>}
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
                notify('success', intl.formatMessage({ id: 'charter.tab.saved' }));
                return stored.current;
              }}
            />
          ) : (
            <CharterView body={current.body} reviewDate={current.pilotReviewDate} />
          )}
        </Panel>
      )}

      <CharterCommentsPanel menteeId={mentee.id} isDraft={isDraft} />
      <Panel title={intl.formatMessage({ id: 'charter.versions.title' })} intro={intl.formatMessage({ id: 'charter.versions.intro' })}>
        <VersionsTable versions={c.versions} onOpen={(id) => show(id === current.id ? {} : { version: String(id) })} />
      </Panel>

      {dialog === 'agree' && isDraft && (
        <AgreeDialog version={current} menteeName={mentee.name} mentor={mentor.data ?? { name: '', title: '' }} draft={draftRef} onClose={() => setDialog(null)} />
      )}
      <ReasonDialog
        open={dialog === 'revise'}
        title={intl.formatMessage({ id: 'charter.revise.title' }, { version: current.version + 1 })}
        description={intl.formatMessage({ id: 'charter.revise.description' }, { version: current.version })}
        label={intl.formatMessage({ id: 'charter.revise.label' })}
        schema={changeReason}
        confirmLabel={intl.formatMessage({ id: 'charter.revise.confirm' })}
        onClose={() => setDialog(null)}
        onConfirm={async (reason) => {
          await revise.mutateAsync({ menteeId: mentee.id, reason });
          notify('success', intl.formatMessage({ id: 'charter.revise.done' }, { version: current.version + 1 }));
        }}
      />
      <ConfirmDialog
        open={dialog === 'discard'}
        title={intl.formatMessage({ id: 'charter.discard.title' }, { version: current.version })}
        description={intl.formatMessage({ id: 'charter.discard.description' })}
        confirmLabel={intl.formatMessage({ id: 'charter.discard.confirm' })}
        variant="danger"
        onClose={() => setDialog(null)}
        onConfirm={async () => {
          await discard.mutateAsync({ versionId: current.id });
          notify('success', intl.formatMessage({ id: 'charter.discard.done' }));
        }}
      />
    </div>
  );
}
