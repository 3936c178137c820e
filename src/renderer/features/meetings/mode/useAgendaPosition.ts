import { useCallback, useState, type RefObject } from 'react';
import type { Meeting } from '../../../../shared/meetings/meeting';
import { useFocusAfterCommit } from '../../../components/useFocusAfterCommit';

/**
 * Which agenda item the mode shows. A move puts focus on the item's heading (the mode's
 * home) once the item is drawn, whatever had it before, and returns the item's id so the
 * caller can save the position at once.
 */
export function useAgendaPosition(meeting: Meeting, heading: RefObject<HTMLElement | null>) {
  const agenda = meeting.agenda;
  const [currentId, setCurrentId] = useState<number | null>(() => meeting.progress.currentItemId ?? agenda[0]?.id ?? null);
  const focusAfterCommit = useFocusAfterCommit();
  const index = Math.max(0, agenda.findIndex((i) => i.id === currentId));

  const moveTo = useCallback(
    (to: number): number | null => {
      const next = agenda[Math.min(Math.max(to, 0), agenda.length - 1)];
      if (!next) return null;
      setCurrentId(next.id);
      focusAfterCommit(() => heading.current);
      return next.id;
    },
    [agenda, focusAfterCommit, heading],
  );

  return { currentId, index, item: agenda[index], moveTo };
}
