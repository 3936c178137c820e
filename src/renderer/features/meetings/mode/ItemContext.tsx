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
  switch (item.context) {
    case 'actions':
      return (
        <div className="stack">
          <h3>Open action items from earlier meetings ({meeting.actions.carried.filter((a) => !a.doneOn).length})</h3>
          <ActionList actions={meeting.actions.carried} meetingId={meeting.id} label="Carried action items" empty="Nothing was left open: no action items carried into this meeting." />
          {meeting.actions.raised.length > 0 && (
            <>
              <h3>Raised in this meeting</h3>
              <ActionList actions={meeting.actions.raised} meetingId={meeting.id} label="Action items of this meeting" empty="" />
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
          <h3>Wins captured ({meeting.wins.length})</h3>
          {meeting.wins.length === 0 ? (
            <p className="muted">{`None yet: press ${hintOf('win')} to add one.`}</p>
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
          <h3>Action items agreed in this meeting ({meeting.actions.raised.length})</h3>
          <ActionList actions={meeting.actions.raised} meetingId={meeting.id} label="Action items of this meeting" empty={`None yet: press ${hintOf('action')} to add one.`} />
          <h3>Decisions ({meeting.decisions.length})</h3>
          {meeting.decisions.length === 0 ? (
            <p className="muted">{`None yet: press ${hintOf('decision')} to add one.`}</p>
          ) : (
            <ul className="plain-list">
              {meeting.decisions.map((d) => (
                <li key={d.id}>
                  <strong>{d.decision}</strong> — {d.rationale}
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
