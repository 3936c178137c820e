import { useCallback, useEffect, useRef, useState } from 'react';
import type { Meeting } from '../../../../shared/meetings/meeting';
import { call } from '../../../bridge/client';
import type { Autosave } from './autosave';

const PROGRESS_EVERY_MS = 5000;

/**
 * The meeting's and each item's clock, run on the wall clock while `running`, and where
 * the mode is (item, timers) saved every few seconds, on every move and when the page
 * goes, so a reload or a crash resumes to the second.
 */
export function useMeetingTimers(meeting: Meeting, currentId: number | null, running: boolean, autosave: Pick<Autosave, 'change' | 'flushAll'>) {
  const { change, flushAll } = autosave;
  const [elapsed, setElapsed] = useState(meeting.progress.elapsedSeconds);
  const [spent, setSpent] = useState<Record<number, number>>(() => Object.fromEntries(meeting.agenda.map((i) => [i.id, i.spentSeconds])));

  useEffect(() => {
    if (!running) return;
    let last = Date.now();
    const timer = setInterval(() => {
      const now = Date.now();
      const seconds = Math.round((now - last) / 1000);
      if (seconds < 1) return;
      last += seconds * 1000;
      setElapsed((e) => e + seconds);
      if (currentId !== null) setSpent((s) => ({ ...s, [currentId]: (s[currentId] ?? 0) + seconds }));
    }, 1000);
    return () => clearInterval(timer);
  }, [currentId, running]);

  const progress = useRef({ currentId, elapsed, spent });
  useEffect(() => {
    progress.current = { currentId, elapsed, spent };
  });
  const saveProgress = useCallback(() => {
    // What is sent is the text the saver holds (the latest snapshot), never a closure's copy.
    change('progress', JSON.stringify(progress.current), (text) => {
      const p = JSON.parse(text) as typeof progress.current;
      return call('meetings.saveProgress', {
        meetingId: meeting.id,
        currentItemId: p.currentId,
        elapsedSeconds: p.elapsed,
        items: Object.entries(p.spent).map(([id, spentSeconds]) => ({ id: Number(id), spentSeconds })),
      });
    });
  }, [change, meeting.id]);

  /** A move to another item is saved at once (before React has drawn it). */
  const savePosition = useCallback(
    (itemId: number) => {
      progress.current = { ...progress.current, currentId: itemId };
      saveProgress();
      void flushAll();
    },
    [flushAll, saveProgress],
  );

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(saveProgress, PROGRESS_EVERY_MS);
    // A reload or a closed window keeps the timers to the second, not to the last periodic save.
    const onHide = () => {
      saveProgress();
      void flushAll();
    };
    window.addEventListener('pagehide', onHide);
    return () => {
      clearInterval(timer);
      window.removeEventListener('pagehide', onHide);
    };
  }, [saveProgress, flushAll, running]);

  return { elapsed, spent, saveProgress, savePosition };
}
