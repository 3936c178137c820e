import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { KeyMaterial } from '../../../src/main/vault/kdf';
import type { Vault } from '../../../src/main/vault/vault';
import { verifyDatabase } from '../../../src/main/vault/verify';
import '../../../src/main/features/escalations/verify-check';
import { agreeCharter, createCharter, reviseCharter } from '../../../src/main/features/charter/store';
import { createMentee, deleteMentee, getMentee, updateMentee } from '../../../src/main/features/mentees/store';
import { createNote, deleteNote, getNote, updateNote } from '../../../src/main/features/notes/store';
import { menteeProfile } from '../../../src/shared/mentees/schema';
import { noteFields } from '../../../src/shared/notes/schema';
import { defaultCharterBody } from '../../../src/shared/charter/defaults';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { comparableExport, exchange, openDevices, vaultTemplate } from './replicas';
import { seeded } from '../../hardening/support/random';

/**
 * Two or three real vaults take random operations through the feature stores and random
 * deliveries of each other's changes (devices interleaved at random, each device's own
 * changes in its order as its segments carry them, parts delivered twice), then everyone
 * gets everything: their exports must be identical (local ids aside), every value typed
 * must be there or kept as a revision (unless its row was deleted), and verify must pass.
 *
 * Any computer begins a mentee's charter, maybe while another does too, and leaves it a
 * draft or agrees it; any computer agrees its draft or a new version, two at once among them.
 * All must hold the same versions, numbered alike, with one draft at most.
 * Shared escalation timelines have their own property: timeline-merge.property.test.ts.
 */

let dir: string;
let template: { path: string; key: KeyMaterial };
beforeAll(async () => {
  dir = makeTempDir('sync-convergence');
  template = await vaultTemplate(dir);
});
afterAll(() => removeTempDir(dir));

type Op =
  | { kind: 'mentee'; device: number; name: string }
  | { kind: 'edit-mentee'; device: number; pick: number; team: string }
  | { kind: 'delete-mentee'; device: number; pick: number }
  | { kind: 'note'; device: number; pick: number; body: string; tags: string[] }
  | { kind: 'edit-note'; device: number; pick: number; body: string }
  | { kind: 'delete-note'; device: number; pick: number }
  | { kind: 'tag-note'; device: number; pick: number; tag: string }
  | { kind: 'charter'; device: number; pick: number; purpose: string; agree: boolean }
  | { kind: 'revise-charter'; device: number; pick: number }
  | { kind: 'deliver'; from: number; to: number; picks: number[] };

const word = fc.stringMatching(/^[a-z]{1,8}( [a-z]{1,8}){0,2}$/);
const device = (n: number) => fc.integer({ min: 0, max: n - 1 });
const pick = fc.nat(50);
// Few tags, so two computers tag and untag the same note with the same tag.
const tag = fc.constantFrom('career', 'feedback', 'growth');

function ops(n: number): fc.Arbitrary<Op[]> {
  const op: fc.Arbitrary<Op> = fc.oneof(
    { arbitrary: fc.record({ kind: fc.constant('mentee' as const), device: device(n), name: word }), weight: 3 },
    { arbitrary: fc.record({ kind: fc.constant('edit-mentee' as const), device: device(n), pick, team: word }), weight: 3 },
    { arbitrary: fc.record({ kind: fc.constant('delete-mentee' as const), device: device(n), pick }), weight: 1 },
    { arbitrary: fc.record({ kind: fc.constant('note' as const), device: device(n), pick, body: word, tags: fc.uniqueArray(tag, { maxLength: 2 }) }), weight: 3 },
    { arbitrary: fc.record({ kind: fc.constant('edit-note' as const), device: device(n), pick, body: word }), weight: 3 },
    { arbitrary: fc.record({ kind: fc.constant('delete-note' as const), device: device(n), pick }), weight: 1 },
    { arbitrary: fc.record({ kind: fc.constant('tag-note' as const), device: device(n), pick, tag }), weight: 4 },
    { arbitrary: fc.record({ kind: fc.constant('charter' as const), device: device(n), pick, purpose: word, agree: fc.boolean() }), weight: 2 },
    { arbitrary: fc.record({ kind: fc.constant('revise-charter' as const), device: device(n), pick }), weight: 2 },
    {
      arbitrary: fc.record({ kind: fc.constant('deliver' as const), from: device(n), to: device(n), picks: fc.array(fc.nat(400), { maxLength: 30 }) }),
      weight: 4,
    },
  );
  return fc.array(op, { minLength: 5, maxLength: 30 });
}

const rowsOf = (v: Vault, table: string) => v.db.prepare(`SELECT id FROM ${table} ORDER BY id`).pluck().all() as number[];
const at = <T,>(list: T[], i: number): T | undefined => (list.length === 0 ? undefined : list[i % list.length]);

/**
 * FC_SEED and FC_RUNS replay a failing case or search wider, without editing the test. The suite
 * runs one fixed seed, so a red run can be replayed exactly; wider searches (300 runs over five
 * other seeds) are run by hand when the merge changes.
 */
const fcSeed = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20261204;
const fcRuns = process.env.FC_RUNS ? Number(process.env.FC_RUNS) : 25;

let run = 0;
it('devices converge whatever the order, duplicates and partial deliveries', () => {
  fc.assert(
    fc.property(fc.integer({ min: 2, max: 3 }).chain((n) => fc.tuple(fc.constant(n), ops(n), fc.nat())), ([n, list, seed]) => {
      const random = seeded(seed);
      run++;
      const vaults = openDevices(dir, template, Array.from({ length: n }, (_, i) => `p${run}-${i}`));
      try {
        const { replicas, sent, flush } = exchange(vaults);
        const uidOf = (v: Vault, dataset: string, localId: number) =>
          v.db.prepare('SELECT uid FROM sync_rows WHERE dataset = ? AND local_id = ?').pluck().get(dataset, localId) as string;
        const latest = new Map<string, { dataset: string; column: string; value: string; uid: string }>();
        const typedNow = (d: number, dataset: string, column: string, value: string, localId: number) => {
          const uid = uidOf(vaults[d]!, dataset, localId);
          // A device's later value of the same field supersedes its own earlier one.
          latest.set(`${d}/${dataset}/${uid}/${column}`, { dataset, column, value, uid });
        };

        for (const op of list) {
          if (op.kind === 'deliver') {
            const log = sent[op.from]!;
            // A stretch of the sender's log in its own order, as its segments carry it; earlier
            // stretches may come again (a duplicated segment).
            if (op.from !== op.to && log.length > 0) {
              const [from, to] = [op.picks[0] ?? 0, op.picks[1] ?? log.length].map((p) => p % (log.length + 1)).sort((x, y) => x - y);
              replicas[op.to]!.apply(log.slice(0, from).concat(log.slice(from, to)));
            }
            continue;
          }
          const v = vaults[op.device]!;
          const mentees = rowsOf(v, 'mentees');
          if (op.kind === 'mentee') {
            createMentee(v.db, menteeProfile.parse({ name: op.name, status: 'active' }));
          } else if (op.kind === 'edit-mentee') {
            const id = at(mentees, op.pick);
            if (id === undefined) continue;
            const m = getMentee(v.db, id);
            updateMentee(v.db, id, menteeProfile.parse({ name: m.name, status: m.status, team: op.team }));
            typedNow(op.device, 'mentees', 'team', op.team, id);
          } else if (op.kind === 'delete-mentee') {
            const id = at(mentees, op.pick);
            if (id === undefined) continue;
            deleteMentee(v.db, id, getMentee(v.db, id).name);
          } else if (op.kind === 'note') {
            const menteeId = at(mentees, op.pick);
            if (menteeId === undefined) continue;
            const id = createNote(v.db, noteFields.parse({ menteeId, title: 'Note', body: op.body, tags: op.tags }));
            typedNow(op.device, 'notes', 'body', op.body, id);
          } else if (op.kind === 'edit-note') {
            const id = at(rowsOf(v, 'notes'), op.pick);
            if (id === undefined) continue;
            const note = getNote(v.db, id);
            updateNote(v.db, id, noteFields.parse({ menteeId: note.menteeId, title: note.title, body: op.body, tags: note.tags }));
            typedNow(op.device, 'notes', 'body', op.body, id);
          } else if (op.kind === 'delete-note') {
            const id = at(rowsOf(v, 'notes'), op.pick);
            if (id !== undefined) deleteNote(v.db, id);
          } else if (op.kind === 'tag-note') {
            // Tags the note, or untags it if it has the tag; with no note yet, writes one so tags are
            // made and removed in short scenarios too.
            let id = at(rowsOf(v, 'notes'), op.pick);
            if (id === undefined) {
              const menteeId = at(mentees, op.pick) ?? createMentee(v.db, menteeProfile.parse({ name: 'Tagged', status: 'active' })).id;
              id = createNote(v.db, noteFields.parse({ menteeId, title: 'Note', body: 'Tagged', tags: [] }));
            }
            const note = getNote(v.db, id);
            const tags = note.tags.includes(op.tag) ? note.tags.filter((t) => t !== op.tag) : [...note.tags, op.tag];
            updateNote(v.db, id, noteFields.parse({ menteeId: note.menteeId, title: note.title, body: note.body, tags }));
          } else if (op.kind === 'charter') {
            const menteeId = at(mentees, op.pick);
            if (menteeId === undefined || v.db.prepare('SELECT 1 FROM charters WHERE mentee_id = ?').get(menteeId)) continue;
            const body = defaultCharterBody();
            const charter = createCharter(v.db, menteeId, { ...body, purpose: op.purpose, pilot: { ...body.pilot, startDate: '2026-01-05' } });
            flush(op.device);
            typedNow(op.device, 'charter_versions', 'purpose', op.purpose, charter.current.id);
            if (op.agree) agreeCharter(v.db, { versionId: charter.current.id, agreedOn: '2026-01-05', agreedByMentor: 'The mentor' }, '2026-12-01');
          } else if (op.kind === 'revise-charter') {
            // Any computer agrees its draft, or a new version, maybe while another does the same.
            const menteeId = at(v.db.prepare('SELECT mentee_id FROM charters ORDER BY mentee_id').pluck().all() as number[], op.pick);
            if (menteeId === undefined) continue;
            const draft = v.db.prepare("SELECT id FROM charter_versions WHERE mentee_id = ? AND status = 'draft'").pluck().get(menteeId) as number | undefined;
            const versionId = draft ?? reviseCharter(v.db, menteeId, 'The rhythm changes').current.id;
            agreeCharter(v.db, { versionId, agreedOn: '2026-02-01', agreedByMentor: 'The mentor' }, '2026-12-01');
          }
          // What the device wrote is acknowledged once it is in its outbox, stamped.
          flush(op.device);
        }

        // Everyone gets everything: every message twice, shuffled, in batches of random size.
        for (let round = 0; round < 2; round++) {
          for (const to of vaults.keys()) {
            // Senders' logs interleave at random; each arrives in its own order, some parts twice.
            const queues = [...vaults.keys()].filter((from) => from !== to).map((from) => [...sent[from]!]);
            while (queues.some((queue) => queue.length > 0)) {
              const queue = queues[Math.floor(random() * queues.length)]!;
              const batch = queue.splice(0, 1 + Math.floor(random() * 20));
              replicas[to]!.apply(random() < 0.3 ? batch.concat(batch) : batch);
            }
          }
          for (const d of vaults.keys()) flush(d);
        }

        const first = comparableExport(vaults[0]!.db);
        for (const v of vaults.slice(1)) expect(comparableExport(v.db)).toEqual(first);
        for (const v of vaults) expect(verifyDatabase(v.db).problems).toEqual([]);
        for (const r of replicas) expect(r.waitingRows()).toBe(0);

        // Each device's last value of a field is the row's value, a revision, or the row was deleted.
        for (const t of latest.values()) {
          // A device that overwrote another's value on purpose keeps no revision of it; the others do.
          const kept = vaults.some((v) => v.db.prepare('SELECT 1 FROM sync_revisions WHERE dataset = ? AND row_uid = ? AND "column" = ? AND value = ?').get(t.dataset, t.uid, t.column, t.value));
          for (const v of vaults) {
            const here = v.db.prepare(`SELECT x."${t.column}" FROM ${t.dataset} x JOIN sync_rows r ON r.dataset = ? AND r.local_id = x.id WHERE r.uid = ?`).pluck().get(t.dataset, t.uid);
            expect(here === t.value || kept || here === undefined, `${t.dataset}.${t.column} = ${t.value}`).toBe(true);
          }
        }
      } finally {
        for (const v of vaults) v.close();
      }
    }),
    { numRuns: fcRuns, seed: fcSeed },
  );
  // A wider search (FC_RUNS) on a busy machine takes longer; the property itself never reads the time taken.
}, Math.max(240_000, fcRuns * 10_000));
