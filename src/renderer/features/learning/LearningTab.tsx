import { useCurrentMentee } from '../mentees/mentee-context';
import { PracticePanel } from './PracticePanel';
import { ReflectionsPanel } from './ReflectionsPanel';
import { ResourcesPanel } from './ResourcesPanel';
import './learning.css';

/** The learning plan: resources, practice sessions with their debriefs, and the view across them. */
export default function LearningTab() {
  const mentee = useCurrentMentee();
  return (
    <div className="stack">
      <ResourcesPanel menteeId={mentee.id} />
      <PracticePanel menteeId={mentee.id} />
      <ReflectionsPanel menteeId={mentee.id} />
    </div>
  );
}
