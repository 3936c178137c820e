import type { EscalationEntry } from '../../../shared/escalations/schema';
import { errorMessage } from '../../bridge/client';
import { useVaultMutation } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { useToast } from '../../components/Toast';
import { formatDateTime } from '../mentees/format';
import { KIND_LABELS, SEVERITY_LABELS, STATUS_LABELS } from './labels';

export const entryElementId = (entryId: number) => `escalation-entry-${entryId}`;

/** Moves to an entry of the timeline (a hash link would be taken as a route here). */
function goTo(entryId: number) {
  const el = document.getElementById(entryElementId(entryId));
  el?.scrollIntoView?.({ block: 'center' });
  el?.focus();
}

function EntryRef({ entry, prefix }: { entry: EscalationEntry | undefined; prefix: string }) {
  if (!entry) return null;
  return (
    <button type="button" className="link-button" onClick={() => goTo(entry.id)}>
      {prefix} #{entry.sequence}
    </button>
  );
}

function changes(e: EscalationEntry): string[] {
  const out: string[] = [];
  if (e.newStatus) out.push(`Status → ${STATUS_LABELS[e.newStatus]}`);
  if (e.newSeverity) out.push(`Severity → ${SEVERITY_LABELS[e.newSeverity]}`);
  if (e.newNeedToKnow) out.push(`Need to know → ${e.newNeedToKnow.length ? e.newNeedToKnow.join(', ') : 'nobody'}`);
  return out;
}

/**
 * The record's append-only timeline, oldest first. Entries are shown, copied and
 * linked (a correction to the entry it corrects and back), never edited or deleted:
 * there is deliberately no such control here.
 */
export function Timeline({ entries, brokenEntryId }: { entries: EscalationEntry[]; brokenEntryId: number | null }) {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const { notify } = useToast();
  const copy = useVaultMutation('escalations.copyEntry', {
    onSuccess: (r) => notify('success', `Entry copied. The clipboard is cleared again in ${r.clearsAfterSeconds} seconds.`),
    onError: (err) => notify('error', `Not copied: ${errorMessage(err)}`),
  });

  if (entries.length === 0) return <p className="muted">No entries yet. Add the first one below: what happened, who was told, what came of it.</p>;
  return (
    <ol className="timeline">
      {entries.map((e) => {
        const broken = e.id === brokenEntryId;
        const corrected = e.correctedBy.map((id) => byId.get(id));
        return (
          <li
            key={e.id}
            id={entryElementId(e.id)}
            tabIndex={-1}
            className={['timeline-entry', `timeline-${e.kind}`, broken ? 'timeline-broken' : '', corrected.length ? 'timeline-corrected' : ''].join(' ')}
            aria-labelledby={`${entryElementId(e.id)}-head`}
          >
            <div className="timeline-head" id={`${entryElementId(e.id)}-head`}>
              <span className="timeline-seq">#{e.sequence}</span>
              <span className={`timeline-kind kind-${e.kind}`}>{KIND_LABELS[e.kind]}</span>
              <time dateTime={e.occurredAt}>{formatDateTime(e.occurredAt)}</time>
            </div>
            {broken && (
              <p className="timeline-alert">
                <span aria-hidden="true">✗ </span>This entry no longer matches its hash: it was changed after it was written.
              </p>
            )}
            {e.correctsEntryId !== null && (
              <p className="timeline-link">
                <EntryRef entry={byId.get(e.correctsEntryId)} prefix="Corrects entry" />
              </p>
            )}
            {corrected.length > 0 && (
              <p className="timeline-link timeline-corrected-by">
                <span aria-hidden="true">⚠ </span>
                {corrected.map((c, i) => (
                  <span key={c?.id ?? i}>
                    {i > 0 && ', '}
                    <EntryRef entry={c} prefix="Corrected by" />
                  </span>
                ))}
              </p>
            )}
            <dl className="timeline-fields">
              <dt>{e.kind === 'action' ? 'What was done' : e.kind === 'correction' ? 'What is correct' : 'What happened'}</dt>
              <dd className="timeline-text">{e.what}</dd>
              <dt>Who was informed</dt>
              <dd>{e.informed.length ? e.informed.join(', ') : <span className="muted">Nobody recorded</span>}</dd>
              {e.outcome && (
                <>
                  <dt>Outcome</dt>
                  <dd className="timeline-text">{e.outcome}</dd>
                </>
              )}
              {changes(e).length > 0 && (
                <>
                  <dt>Changes</dt>
                  <dd>{changes(e).join(' · ')}</dd>
                </>
              )}
            </dl>
            <div className="timeline-foot">
              <span className="muted">Recorded {formatDateTime(e.recordedAt)}</span>
              <Button size="small" variant="ghost" onClick={() => copy.mutate({ entryId: e.id })} aria-label={`Copy entry #${e.sequence}`}>
                Copy
              </Button>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
