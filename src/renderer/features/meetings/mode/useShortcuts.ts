import { useEffect } from 'react';
import { commandOf, type ModeCommand } from './shortcuts';

/**
 * The meeting mode's keyboard: Alt+key commands (shortcuts.ts), taken anywhere in the
 * document while `enabled`. A plain key is never taken, so typing always stays text.
 */
export function useShortcuts(run: (command: ModeCommand) => void, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      const command = commandOf(event);
      if (!command) return;
      event.preventDefault();
      run(command);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [run, enabled]);
}
