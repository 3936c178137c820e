import type { Db } from '../../../src/main/vault/sqlite';
import { CRASH_PREFIX, noteDigest } from './crash-protocol';

/** The step the child had announced (T line) and not finished when it was killed. */
export type Pending =
  | { kind: 'note'; id: number; next: string | 'deleted' }
  | { kind: 'bulk'; batch: string; size: number }
  | { kind: 'goal'; id: number; status: string }
  | { kind: 'rekey'; next: number }
  | { kind: 'backup'; path: string; keyIndex: number };

interface NoteState {
  deleted: boolean;
  /** Of the note's title and body; for a deleted note, of what was deleted. */
  digest: string;
}

/**
 * Everything one vault's crash children reported as committed, across all their runs,
 * and the checks of a reopened vault against it: each reported write is there, and the
 * step cut short by the kill shows its old state or its new one, never a mix.
 */
export class CrashLedger {
  keyIndex = 0;
  committedLines = 0;
  /** The step between its B and E lines, if any: where the kill landed. */
  step: string | undefined;
  pending: Pending | undefined;
  readonly notes = new Map<number, NoteState>();
  readonly goals = new Map<number, string>();
  readonly readings = new Set<number>();
  readonly escalations = new Set<number>();
  readonly entries = new Map<number, string>();
  /** Reported backups (path -> key index) not yet checked. */
  readonly backups = new Map<string, number>();
  readonly durations = new Map<string, number[]>();

  read(line: string): void {
    const [tag, what, ...rest] = line.split(' ');
    if (tag === 'B') this.step = what;
    else if (tag === 'E') {
      this.step = undefined;
      this.pending = undefined;
      const list = this.durations.get(what!) ?? [];
      list.push(Number(rest[0]));
      this.durations.set(what!, list.slice(-20));
    } else if (tag === 'T') this.pending = parsePending(what!, rest);
    else if (tag === 'C') {
      this.committedLines++;
      this.commit(what!, rest);
    }
  }

  /** Mean duration of a step over its last runs (ms), for aiming kills inside it. */
  meanDuration(step: string, fallback: number): number {
    const list = this.durations.get(step);
    return list?.length ? list.reduce((a, b) => a + b, 0) / list.length : fallback;
  }

  private commit(what: string, [a, b]: string[]): void {
    switch (what) {
      case 'note':
        this.notes.set(Number(a), { deleted: false, digest: b! });
        break;
      case 'note-deleted':
        this.notes.set(Number(a), { deleted: true, digest: b! });
        break;
      case 'goal':
        this.goals.set(Number(a), b!);
        break;
      case 'reading':
        this.readings.add(Number(a));
        break;
      case 'escalation':
        this.escalations.add(Number(a));
        break;
      case 'entry':
        this.entries.set(Number(a), b!);
        break;
      case 'rekey':
        this.keyIndex = Number(a);
        break;
      case 'backup':
        this.backups.set(a!, Number(b));
        break;
      default:
        throw new Error(`crash ledger: unknown committed line "${what}"`);
    }
  }

  /**
   * Problems of a reopened vault (none is the pass), counting what was checked. Settles
   * the cut-short step to the state found, so later checks expect that state.
   */
  check(db: Db): { problems: string[]; checked: number } {
    const problems: string[] = [];
    const pending = this.pending;
    const notes = new Map(
      (db.prepare(`SELECT id, title, body FROM notes WHERE title LIKE '${CRASH_PREFIX}%'`).all() as { id: number; title: string; body: string }[]).map((r) => [
        r.id,
        noteDigest(r.title, r.body),
      ]),
    );
    const holds = (state: NoteState, actual: string | undefined) => (state.deleted ? actual !== state.digest : actual === state.digest);
    for (const [id, want] of this.notes) {
      const actual = notes.get(id);
      if (holds(want, actual)) continue;
      if (pending?.kind === 'note' && pending.id === id) {
        const next: NoteState = pending.next === 'deleted' ? { deleted: true, digest: want.digest } : { deleted: false, digest: pending.next };
        if (holds(next, actual)) continue;
      }
      problems.push(`note ${id}: expected ${want.deleted ? 'deleted' : want.digest}, found ${actual ?? 'nothing'}`);
    }
    if (pending?.kind === 'note') {
      const actual = notes.get(pending.id);
      if (pending.next === 'deleted' ? actual === undefined : actual === pending.next) {
        this.notes.set(pending.id, pending.next === 'deleted' ? { deleted: true, digest: this.notes.get(pending.id)?.digest ?? '' } : { deleted: false, digest: pending.next });
      }
    }
    if (pending?.kind === 'bulk') {
      const count = db.prepare('SELECT count(*) FROM notes WHERE title LIKE ?').pluck().get(`${pending.batch}%`) as number;
      if (count !== 0 && count !== pending.size) problems.push(`bulk insert ${pending.batch}: ${count} of ${pending.size} notes (not all or nothing)`);
    }

    const goals = new Map((db.prepare(`SELECT id, status FROM goals WHERE title LIKE '${CRASH_PREFIX}%'`).all() as { id: number; status: string }[]).map((r) => [r.id, r.status]));
    for (const [id, status] of this.goals) {
      const actual = goals.get(id);
      if (actual === status || (pending?.kind === 'goal' && pending.id === id && actual === pending.status)) continue;
      problems.push(`goal ${id}: expected status ${status}, found ${actual ?? 'no goal'}`);
    }
    if (pending?.kind === 'goal' && goals.get(pending.id) === pending.status) this.goals.set(pending.id, pending.status);

    const present = (table: string) => new Set(db.prepare(`SELECT id FROM ${table}`).pluck().all() as number[]);
    const readings = present('goal_readings');
    for (const id of this.readings) if (!readings.has(id)) problems.push(`goal reading ${id} missing`);
    const escalations = present('escalations');
    for (const id of this.escalations) if (!escalations.has(id)) problems.push(`escalation ${id} missing`);
    const entries = new Map((db.prepare('SELECT id, hash FROM escalation_entries').all() as { id: number; hash: string }[]).map((r) => [r.id, r.hash]));
    for (const [id, hash] of this.entries) if (entries.get(id) !== hash) problems.push(`escalation entry ${id}: expected hash ${hash}, found ${entries.get(id) ?? 'no entry'}`);

    for (const row of db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[]) {
      problems.push(`foreign key: ${row.table} row ${row.rowid} points at a missing ${row.parent}`);
    }
    this.pending = undefined;
    this.step = undefined;
    return { problems, checked: this.notes.size + this.goals.size + this.readings.size + this.escalations.size + this.entries.size };
  }
}

function parsePending(what: string, [a, b]: string[]): Pending {
  switch (what) {
    case 'note':
      return { kind: 'note', id: Number(a), next: b! };
    case 'bulk':
      return { kind: 'bulk', batch: a!, size: Number(b) };
    case 'goal':
      return { kind: 'goal', id: Number(a), status: b! };
    case 'rekey':
      return { kind: 'rekey', next: Number(a) };
    case 'backup':
      return { kind: 'backup', path: a!, keyIndex: Number(b) };
    default:
      throw new Error(`crash ledger: unknown pending line "${what}"`);
  }
}
