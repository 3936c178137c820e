import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../../bridge/client';

/** How far the vault may lag behind the keyboard while typing goes on. */
export const SAVE_INTERVAL_MS = 250;
const RETRY_MS = 2000;

type Report = (state: 'pending' | 'saving' | 'saved' | 'error', error?: unknown) => void;

/**
 * Saves one field's whole text as it is typed: the first keystroke after a save starts a
 * SAVE_INTERVAL_MS timer (further keystrokes do not push it back, so steady typing is
 * still saved four times a second); one call at a time, the latest text always last.
 * A failed save keeps the text and tries again.
 */
export class FieldSaver {
  private pending: string | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private loop: Promise<void> | null = null;

  constructor(
    private readonly send: (text: string) => Promise<unknown>,
    private readonly report: Report,
    private readonly interval = SAVE_INTERVAL_MS,
  ) {}

  change(text: string): void {
    this.pending = text;
    this.report('pending');
    if (this.timer === undefined && !this.loop) this.timer = setTimeout(() => void this.flush(), this.interval);
  }

  get busy(): boolean {
    return this.pending !== null || this.loop !== null;
  }

  /** Sends what is waiting now (on leaving, hiding the window, or before a step that reads it back). */
  flush(): Promise<void> {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (!this.loop) this.loop = this.run().finally(() => (this.loop = null));
    return this.loop;
  }

  private async run(): Promise<void> {
    while (this.pending !== null) {
      const text = this.pending;
      this.pending = null;
      this.report('saving');
      try {
        await this.send(text);
      } catch (err) {
        this.pending ??= text;
        this.report('error', err);
        this.timer = setTimeout(() => void this.flush(), RETRY_MS);
        return;
      }
    }
    this.report('saved');
  }
}

export interface AutosaveStatus {
  state: 'saved' | 'saving' | 'error';
  error: string | null;
  savedAt: Date | null;
}

/**
 * The meeting mode's savers, one per field, and one status line for all of them. Every
 * saver is flushed when the screen goes away, the window is hidden or the page unloads.
 */
export function useAutosave() {
  const savers = useRef(new Map<string, FieldSaver>());
  const states = useRef(new Map<string, 'pending' | 'saving' | 'saved' | 'error'>());
  const [status, setStatus] = useState<AutosaveStatus>({ state: 'saved', error: null, savedAt: null });

  const recompute = useCallback((error?: unknown) => {
    const all = [...states.current.values()];
    const state = all.includes('error') ? 'error' : all.some((s) => s === 'pending' || s === 'saving') ? 'saving' : 'saved';
    setStatus((prev) => ({
      state,
      error: state === 'error' ? (error !== undefined ? errorMessage(error) : prev.error) : null,
      savedAt: state === 'saved' ? new Date() : prev.savedAt,
    }));
  }, []);

  // The latest send per field: a saver outlives the render that made it, and a send made
  // then may close over values (an id, the mode's progress) that have moved on since.
  const sends = useRef(new Map<string, (text: string) => Promise<unknown>>());

  const change = useCallback(
    (field: string, text: string, send: (text: string) => Promise<unknown>) => {
      sends.current.set(field, send);
      let saver = savers.current.get(field);
      if (!saver) {
        saver = new FieldSaver((t) => sends.current.get(field)!(t), (state, error) => {
          states.current.set(field, state);
          recompute(error);
        });
        savers.current.set(field, saver);
      }
      saver.change(text);
    },
    [recompute],
  );

  const flushAll = useCallback(() => Promise.all([...savers.current.values()].map((s) => s.flush())).then(() => undefined), []);

  useEffect(() => {
    const flush = () => void flushAll();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [flushAll]);

  return { change, flushAll, status };
}

export type Autosave = ReturnType<typeof useAutosave>;
