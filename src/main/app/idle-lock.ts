/**
 * Locks the vault after a stretch without activity. Plain timers, so tests drive it
 * with fake timers; the Electron shell feeds it input events and bridge calls.
 */
export class IdleLock {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private minutes: () => number,
    private readonly onIdle: () => void,
  ) {}

  touch(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.onIdle();
    }, this.minutes() * 60_000);
    this.timer.unref?.();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
