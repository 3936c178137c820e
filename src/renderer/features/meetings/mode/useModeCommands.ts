import { useCallback, type RefObject } from 'react';
import { useFocusAfterCommit } from '../../../components/useFocusAfterCommit';
import type { CaptureRefs } from './CapturePanel';
import type { ModeCommand } from './shortcuts';
import { useShortcuts } from './useShortcuts';

export interface ModeTargets {
  index: number;
  go(to: number): void;
  capture: CaptureRefs;
  notes: RefObject<HTMLTextAreaElement | null>;
  end(): void;
}

/**
 * What each of the mode's commands does (moves, a capture field, the notes, the end),
 * taken from the keyboard while `enabled`. Returns the same `run` for the buttons.
 */
export function useModeCommands({ index, go, capture, notes, end }: ModeTargets, enabled: boolean): (command: ModeCommand) => void {
  const focusAfterCommit = useFocusAfterCommit();
  const { action, decision, win, evidence } = capture;
  const run = useCallback(
    (command: ModeCommand) => {
      switch (command) {
        case 'next':
          return go(index + 1);
        case 'previous':
          return go(index - 1);
        case 'action':
          return focusAfterCommit(() => action.current);
        case 'decision':
          return focusAfterCommit(() => decision.current);
        case 'win':
          return focusAfterCommit(() => win.current);
        case 'evidence':
          return focusAfterCommit(() => evidence.current);
        case 'notes':
          return focusAfterCommit(() => notes.current);
        case 'end':
          return end();
      }
    },
    [go, index, action, decision, win, evidence, notes, end, focusAfterCommit],
  );
  useShortcuts(run, enabled);
  return run;
}
