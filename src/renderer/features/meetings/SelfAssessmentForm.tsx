import { useEffect, useRef, useState } from 'react';
import { selfAssessmentFields, type SelfAssessment } from '../../../shared/meetings/capture';
import { OPEN_GOAL_STATUSES } from '../../../shared/plan/goals/schema';
import { errorMessage } from '../../bridge/client';
import { useVaultMutation, useVaultQuery } from '../../bridge/queries';
import { Button } from '../../components/Button';
import { SelectField, TextAreaField } from '../../components/Field';
import { formatDateTime } from '../mentees/format';
import type { Autosave } from './mode/autosave';
import { MEETING_QUERIES } from './queries';
import { ErrorBanner } from '../../components/ErrorBanner';

const RATING_OPTIONS = [
  { value: '', label: 'Not rated' },
  { value: '1', label: '1 · Not started' },
  { value: '2', label: '2 · Some progress' },
  { value: '3', label: '3 · On the way' },
  { value: '4', label: '4 · Nearly there' },
  { value: '5', label: '5 · Done or ahead' },
];

export interface SelfAssessmentFormProps {
  meetingId: number;
  menteeId: number;
  current: SelfAssessment | null;
  /** In the meeting mode the import button is left out (no file dialogs mid-meeting). */
  allowImport?: boolean;
  /** In the meeting mode: every change is saved as it is made, like the rest of the mode (a reload loses nothing). */
  autosave?: Autosave;
  /** Where focus goes after a save (the Save button is disabled while it runs); by default back to that button. */
  onSaved?(): void;
  /** The page's answer to onSaved when a save redraws the form: this form's Save button takes focus. */
  focusSave?: boolean;
}

/**
 * The mentee's own rating of each active goal (1-5) and a short reflection, as the
 * mentor records it before or at the start of a session (or imports it from a file).
 * Checked with the shared schema before it is sent.
 */
export function SelfAssessmentForm({ meetingId, menteeId, current, allowImport = true, autosave, onSaved, focusSave = false }: SelfAssessmentFormProps) {
  const saveButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusSave) saveButton.current?.focus();
  }, [focusSave]);
  const goals = useVaultQuery('goals.list', { menteeId, statuses: [...OPEN_GOAL_STATUSES], limit: 50 });
  const initial = () => Object.fromEntries((current?.ratings ?? []).map((r) => [r.goalId, String(r.rating)]));
  const [ratings, setRatings] = useState<Record<number, string>>(initial);
  const [reflection, setReflection] = useState(current?.reflection ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const record = useVaultMutation('meetings.recordSelfAssessment', { invalidate: MEETING_QUERIES });
  const importFile = useVaultMutation('meetings.importSelfAssessment', { invalidate: MEETING_QUERIES });
  // As typed: only the meeting itself is read again (the goals context shows the rating), not every list.
  const recordAsTyped = useVaultMutation('meetings.recordSelfAssessment', { invalidate: ['meetings.get'] });

  const rows = goals.data?.rows ?? [];
  const values = (r: Record<number, string>, text: string) => ({
    reflection: text,
    ratings: rows.filter((g) => r[g.id]).map((g) => ({ goalId: g.id, rating: Number(r[g.id]) })),
  });
  /** The meeting mode's save as typed: what the shared schema refuses waits for the Save button, which names the problem. */
  const saveAsTyped = (r: Record<number, string>, text: string) => {
    if (!autosave) return;
    setSaved(null);
    const parsed = selfAssessmentFields.safeParse(values(r, text));
    if (!parsed.success) return;
    autosave.change('self-assessment', JSON.stringify(parsed.data), (v) => recordAsTyped.mutateAsync({ meetingId, ...(JSON.parse(v) as typeof parsed.data) }));
  };
  const submit = async () => {
    setFailure(null);
    setSaved(null);
    const rated = rows.filter((g) => ratings[g.id]);
    const parsed = selfAssessmentFields.safeParse(values(ratings, reflection));
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] === 'ratings' ? `goal-${rated[Number(issue.path[1])]?.id}` : String(issue.path[0]);
        next[key] ??= issue.message;
      }
      setErrors(next);
      return;
    }
    setErrors({});
    try {
      const result = await record.mutateAsync({ meetingId, ...parsed.data });
      setSaved(`Self-assessment saved (${result.ratings.length} ${result.ratings.length === 1 ? 'goal' : 'goals'} rated).`);
      // After React has drawn the button enabled again.
      requestAnimationFrame(() => (onSaved ? onSaved() : saveButton.current?.focus()));
    } catch (err) {
      setFailure(errorMessage(err));
      requestAnimationFrame(() => saveButton.current?.focus());
    }
  };

  return (
    <form
      className="stack self-assessment-form"
      aria-label="Self-assessment"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {current && (
        <p className="muted">
          {current.source === 'import' ? 'Imported from a file' : 'Recorded'} {formatDateTime(current.recordedAt)}.
        </p>
      )}
      {rows.length === 0 && !goals.isLoading && <p className="muted">No active goals to rate yet.</p>}
      <div className="rating-grid">
        {rows.map((g) => (
          <SelectField
            key={g.id}
            label={`Rating: ${g.title}`}
            options={RATING_OPTIONS}
            value={ratings[g.id] ?? ''}
            error={errors[`goal-${g.id}`]}
            onChange={(e) => {
              const next = { ...ratings, [g.id]: e.target.value };
              setRatings(next);
              saveAsTyped(next, reflection);
            }}
          />
        ))}
      </div>
      <TextAreaField
        label="Reflection (the mentee's words)"
        rows={3}
        maxLength={5000}
        value={reflection}
        error={errors.reflection}
        onChange={(e) => {
          setReflection(e.target.value);
          saveAsTyped(ratings, e.target.value);
        }}
      />
      {failure && (
        <ErrorBanner>
          {failure}
        </ErrorBanner>
      )}
      <div className="row">
        <Button ref={saveButton} type="submit" variant="primary" busy={record.isPending}>
          Save self-assessment
        </Button>
        {allowImport && (
          <Button
            busy={importFile.isPending}
            onClick={() =>
              importFile.mutate(
                { meetingId },
                {
                  onSuccess: (sa) => {
                    if (!sa) return;
                    setRatings(Object.fromEntries(sa.ratings.map((r) => [r.goalId, String(r.rating)])));
                    setReflection(sa.reflection);
                    setSaved('Self-assessment imported.');
                  },
                  onError: (err) => setFailure(errorMessage(err)),
                },
              )
            }
          >
            Import from a file…
          </Button>
        )}
        <span role="status" className="muted">
          {saved}
        </span>
      </div>
    </form>
  );
}
