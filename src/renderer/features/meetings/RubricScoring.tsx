import { useIntl } from 'react-intl';
import { useId, useRef, useState } from 'react';
import type { Meeting } from '../../../shared/meetings/meeting';
import type { RubricDimension } from '../../../shared/templates/rubric';
import { errorMessage } from '../../bridge/client';
import { useVaultMutation } from '../../bridge/hooks';
import { FieldSaver, type Autosave } from './mode/autosave';
import { MEETING_QUERIES } from './stale';

export interface RubricScoringProps {
  meeting: Pick<Meeting, 'id' | 'rubric'>;
  readOnly?: boolean;
  /** In the meeting mode: comments go through the mode's savers, flushed when the page goes (a reload loses nothing). */
  autosave?: Autosave;
}

/**
 * The feedback rubric of a meeting: per dimension, one level (each with its descriptor)
 * as a radio group, and a comment saved as it is typed.
 */
export function RubricScoring({ meeting, readOnly = false, autosave }: RubricScoringProps) {
  const { rubric } = meeting;
  const intl = useIntl();
  if (rubric.dimensions.length === 0 && rubric.scores.length === 0) {
    return <p className="muted">{intl.formatMessage({ id: 'meetings.rubric.none' })}</p>;
  }
  // Scores whose dimension was removed from the rubric since keep their own words.
  const orphans = rubric.scores.filter((s) => s.dimensionId === null || !rubric.dimensions.some((d) => d.id === s.dimensionId));
  return (
    <div className="rubric">
      {rubric.name && <p className="muted">{intl.formatMessage({ id: 'meetings.rubric.name' }, { name: rubric.name })}</p>}
      {rubric.dimensions.map((d) => (
        <DimensionScore key={d.id} meetingId={meeting.id} dimension={d} score={rubric.scores.find((s) => s.dimensionId === d.id)} readOnly={readOnly} autosave={autosave} />
      ))}
      {orphans.map((s, i) => (
        <p key={i} className="muted">
          {intl.formatMessage(
            { id: 'meetings.rubric.orphan' },
            { dimension: s.dimension, score: s.score ?? '–', levels: s.levels, described: s.descriptor ? 'yes' : 'no', descriptor: s.descriptor, comment: s.comment },
          )}
        </p>
      ))}
    </div>
  );
}

const COMMENT_QUERIES = ['meetings.get', 'meetings.summary'] as const;

function DimensionScore({
  meetingId,
  dimension,
  score,
  readOnly,
  autosave,
}: {
  meetingId: number;
  dimension: RubricDimension;
  score: Meeting['rubric']['scores'][number] | undefined;
  readOnly: boolean;
  autosave: Autosave | undefined;
}) {
  const id = useId();
  const intl = useIntl();
  const [value, setValue] = useState<number | null>(score?.score ?? null);
  const [comment, setComment] = useState(score?.comment ?? '');
  const [failure, setFailure] = useState<string | null>(null);
  const mutation = useVaultMutation('meetings.score', { invalidate: MEETING_QUERIES, onError: (err) => setFailure(errorMessage(err)) });
  // A comment is saved as it is typed: only the meeting and its summary show it, so only
  // they go stale (every meeting, goal and dashboard list was refetched a few times a second).
  const commentMutation = useVaultMutation('meetings.score', { invalidate: COMMENT_QUERIES, onError: (err) => setFailure(errorMessage(err)) });
  // The comment's saver outlives renders and reads the latest level through a ref;
  // it is made on the first keystroke (refs are for handlers, not render).
  const level = useRef(value);
  const saver = useRef<FieldSaver | null>(null);
  const send = (text: string) => commentMutation.mutateAsync({ meetingId, dimensionId: dimension.id, score: level.current, comment: text });
  const saveComment = (text: string) => {
    if (autosave) return autosave.change(`score:${dimension.id}`, text, send);
    (saver.current ??= new FieldSaver(send, (state) => state !== 'error' && setFailure(null))).change(text);
  };

  const choose = (chosen: number) => {
    level.current = chosen;
    setValue(chosen);
    setFailure(null);
    mutation.mutate({ meetingId, dimensionId: dimension.id, score: chosen, comment });
  };

  return (
    <fieldset className="rubric-dimension" disabled={readOnly}>
      <legend>{dimension.name}</legend>
      <div className="rubric-levels">
        {dimension.descriptors.map((descriptor, i) => (
          <label key={i} className={value === i + 1 ? 'rubric-level is-chosen' : 'rubric-level'}>
            <input type="radio" name={`${id}-level`} value={i + 1} checked={value === i + 1} onChange={() => choose(i + 1)} />
            <span className="level-number">{i + 1}</span>
            <span className="level-text">{descriptor}</span>
          </label>
        ))}
      </div>
      <label className="field-label" htmlFor={`${id}-comment`}>
        {intl.formatMessage({ id: 'meetings.rubric.comment' }, { dimension: dimension.name })}
      </label>
      <input
        id={`${id}-comment`}
        className="input"
        value={comment}
        maxLength={2000}
        onChange={(e) => {
          setComment(e.target.value);
          saveComment(e.target.value);
        }}
        onBlur={() => void (autosave ? autosave.flushAll() : saver.current?.flush())}
      />
      {failure && (
        <p className="field-error" role="alert">
          {intl.formatMessage({ id: 'meetings.rubric.notSaved' }, { reason: failure })}
        </p>
      )}
    </fieldset>
  );
}
