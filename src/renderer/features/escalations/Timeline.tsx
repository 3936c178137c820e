import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import type { EscalationEntry } from '../../../shared/escalations/schema';
import { errorMessage } from '../../bridge/client';
import { useVaultMutation } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { useToast } from '../../components/Toast';
import { formatDateTime } from '../mentees/format';
import { WORD_SPACE } from '../../i18n/symbols';
import { BROKEN_MARK, CORRECTED_MARK, LINK_SEPARATOR } from './signs';
import { kindLabel, severityLabel, statusLabel } from './labels';

export const entryElementId = (entryId: number) => `escalation-entry-${entryId}`;

/** Moves to an entry of the timeline (a hash link would be taken as a route here). */
function goTo(entryId: number) {
  const el = document.getElementById(entryElementId(entryId));
  el?.scrollIntoView?.({ block: 'center' });
  el?.focus();
}

function EntryRef({ entry, link }: { entry: EscalationEntry | undefined; link: 'escalations.timeline.corrects' | 'escalations.timeline.correctedBy' }) {
  if (!entry) return null;
  return (
    <button type="button" className="link-button" onClick={() => goTo(entry.id)}>
      <FormattedMessage id={link} values={{ sequence: entry.sequence }} />
    </button>
  );
}

function changes(e: EscalationEntry, intl: IntlShape): string[] {
  const out: string[] = [];
  if (e.newStatus) out.push(intl.formatMessage({ id: 'escalations.timeline.changeStatus' }, { status: statusLabel(e.newStatus) }));
  if (e.newSeverity) out.push(intl.formatMessage({ id: 'escalations.timeline.changeSeverity' }, { severity: severityLabel(e.newSeverity) }));
  if (e.newNeedToKnow) {
    const people = e.newNeedToKnow.length ? intl.formatList(e.newNeedToKnow, { type: 'unit' }) : intl.formatMessage({ id: 'escalations.timeline.nobody' });
    out.push(intl.formatMessage({ id: 'escalations.timeline.changeNeedToKnow' }, { people }));
  }
  return out;
}

/**
 * The record's append-only timeline, oldest first. Entries are shown, copied and
 * linked (a correction to the entry it corrects and back), never edited or deleted:
 * there is deliberately no such control here.
 */
export function Timeline({ entries, brokenEntryId }: { entries: EscalationEntry[]; brokenEntryId: number | null }) {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const intl = useIntl();
  const { notify } = useToast();
  const copy = useVaultMutation('escalations.copyEntry', {
    onSuccess: (r) => notify('success', intl.formatMessage({ id: 'escalations.timeline.copied' }, { seconds: r.clearsAfterSeconds })),
    onError: (err) => notify('error', intl.formatMessage({ id: 'escalations.timeline.notCopied' }, { reason: errorMessage(err) })),
  });

  if (entries.length === 0)
    return (
      <p className="muted">
        <FormattedMessage id="escalations.timeline.empty" />
      </p>
    );
  return (
    <ol className="timeline">
      {entries.map((e) => {
        const broken = e.id === brokenEntryId;
        const corrected = e.correctedBy.map((id) => byId.get(id));
        const changed = changes(e, intl);
        return (
          <li
            key={e.id}
            id={entryElementId(e.id)}
            tabIndex={-1}
            className={['timeline-entry', `timeline-${e.kind}`, broken ? 'timeline-broken' : '', corrected.length ? 'timeline-corrected' : ''].join(' ')}
            aria-labelledby={`${entryElementId(e.id)}-head`}
          >
            <div className="timeline-head" id={`${entryElementId(e.id)}-head`}>
              <span className="timeline-seq">
                <FormattedMessage id="escalations.timeline.sequence" values={{ sequence: e.sequence }} />
              </span>
              <span className={`timeline-kind kind-${e.kind}`}>{kindLabel(e.kind)}</span>
              <time dateTime={e.occurredAt}>{formatDateTime(e.occurredAt)}</time>
            </div>
            {broken && (
              <p className="timeline-alert">
                <span aria-hidden="true">
                  {BROKEN_MARK}
                  {WORD_SPACE}
                </span>
                <FormattedMessage id="escalations.timeline.brokenEntry" />
              </p>
            )}
            {e.correctsEntryId !== null && (
              <p className="timeline-link">
                <EntryRef entry={byId.get(e.correctsEntryId)} link="escalations.timeline.corrects" />
              </p>
            )}
            {corrected.length > 0 && (
              <p className="timeline-link timeline-corrected-by">
                <span aria-hidden="true">
                  {CORRECTED_MARK}
                  {WORD_SPACE}
                </span>
                {corrected.map((c, i) => (
                  <span key={c?.id ?? i}>
                    {i > 0 && LINK_SEPARATOR}
                    <EntryRef entry={c} link="escalations.timeline.correctedBy" />
                  </span>
                ))}
              </p>
            )}
            <dl className="timeline-fields">
              <dt>
                <FormattedMessage id="escalations.timeline.what" values={{ kind: e.kind }} />
              </dt>
              <dd className="timeline-text">{e.what}</dd>
              <dt>
                <FormattedMessage id="escalations.timeline.informed" />
              </dt>
              <dd>{e.informed.length ? e.informed.join(', ') : <span className="muted">{intl.formatMessage({ id: 'escalations.timeline.nobodyRecorded' })}</span>}</dd>
              {e.outcome && (
                <>
                  <dt>
                    <FormattedMessage id="escalations.timeline.outcome" />
                  </dt>
                  <dd className="timeline-text">{e.outcome}</dd>
                </>
              )}
              {changed.length > 0 && (
                <>
                  <dt>
                    <FormattedMessage id="escalations.timeline.changes" />
                  </dt>
                  <dd>{changed.join(' · ')}</dd>
                </>
              )}
            </dl>
            <div className="timeline-foot">
              <span className="muted">
                <FormattedMessage id="escalations.timeline.recorded" values={{ when: formatDateTime(e.recordedAt) }} />
              </span>
              <Button size="small" variant="ghost" onClick={() => copy.mutate({ entryId: e.id })} aria-label={intl.formatMessage({ id: 'escalations.timeline.copyLabel' }, { sequence: e.sequence })}>
                <FormattedMessage id="escalations.timeline.copy" />
              </Button>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
