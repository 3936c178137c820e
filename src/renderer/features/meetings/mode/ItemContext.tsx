import { FormattedMessage, useIntl } from 'react-intl';
import type { AgendaItem } from '../../../../shared/meetings/agenda';
import type { Meeting } from '../../../../shared/meetings/meeting';
import { ActionList } from '../ActionList';
import { RubricScoring } from '../RubricScoring';
import { SelfAssessedLevels } from '../../forms/SelfAssessedLevels';
import { SelfAssessmentForm } from '../SelfAssessmentForm';
import type { Autosave } from './autosave';
import { GoalsContext } from './GoalsContext';
import { hintOf } from './shortcuts';

/** What an agenda item brings on screen besides its notes, by its context type. */
export function ItemContext({ item, meeting, autosave, focusAfterSelfAssessment }: { item: AgendaItem; meeting: Meeting; autosave: Autosave; focusAfterSelfAssessment(): HTMLElement | null }) {
  const intl = useIntl();
  const noneYet = (command: 'win' | 'action' | 'decision') => intl.formatMessage({ id: 'meetingsMode.item.noneYet' }, { keys: hintOf(command) });
  switch (item.context) {
    case 'actions':
      return (
        <div className="stack">
          <h3>
            <FormattedMessage id="meetingsMode.item.carried" values={{ count: meeting.actions.carried.filter((a) => !a.doneOn).length }} />
          </h3>
          <ActionList actions={meeting.actions.carried} meetingId={meeting.id} label={intl.formatMessage({ id: 'meetingsMode.item.carriedLabel' })}
            empty={intl.formatMessage({ id: 'meetingsMode.item.carriedNone' })}
          />
          {meeting.actions.raised.length > 0 && (
            <>
              <h3>
                <FormattedMessage id="meetingsMode.item.raised" />
              </h3>
              <ActionList actions={meeting.actions.raised} meetingId={meeting.id} label={intl.formatMessage({ id: 'meetingsMode.item.raisedLabel' })} empty="" />
            </>
          )}
        </div>
      );
    case 'self-assessment':
      // Saved as typed, so no key from the stored copy: each save would remount the form under the mentor's fingers.
      return <SelfAssessmentForm meetingId={meeting.id} menteeId={meeting.menteeId} current={meeting.selfAssessment} allowImport={false} autosave={autosave} focusAfterSave={focusAfterSelfAssessment} />;
    case 'goals':
      return <GoalsContext meeting={meeting} />;
    case 'feedback':
      return (
        <>
          <RubricScoring meeting={meeting} autosave={autosave} />
          <SelfAssessedLevels meeting={meeting} />
        </>
      );
    case 'wins':
      return (
        <div className="stack">
          <h3>
            <FormattedMessage id="meetingsMode.item.wins" values={{ count: meeting.wins.length }} />
          </h3>
          {meeting.wins.length === 0 ? (
            <p className="muted">{noneYet('win')}</p>
          ) : (
            <ul className="plain-list">
              {meeting.wins.map((w) => (
                <li key={w.id}>{w.text}</li>
              ))}
            </ul>
          )}
        </div>
      );
    case 'next-steps':
      return (
        <div className="stack">
          <h3>
            <FormattedMessage id="meetingsMode.item.agreed" values={{ count: meeting.actions.raised.length }} />
          </h3>
          <ActionList actions={meeting.actions.raised} meetingId={meeting.id} label={intl.formatMessage({ id: 'meetingsMode.item.raisedLabel' })} empty={noneYet('action')} />
          <h3>
            <FormattedMessage id="meetingsMode.item.decisions" values={{ count: meeting.decisions.length }} />
          </h3>
          {meeting.decisions.length === 0 ? (
            <p className="muted">{noneYet('decision')}</p>
          ) : (
            <ul className="plain-list">
              {meeting.decisions.map((d) => (
                <li key={d.id}>
                  <FormattedMessage id="meetingsMode.item.decision" values={{ decision: d.decision, rationale: d.rationale, strong: (text) => <strong>{text}</strong> }} />
                </li>
              ))}
            </ul>
          )}
        </div>
      );
    default:
      return null;
  }
}
