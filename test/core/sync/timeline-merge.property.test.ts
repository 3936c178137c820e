import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { getEscalation } from '../../../src/main/features/escalations/queries';
import { addEntry, createEscalation } from '../../../src/main/features/escalations/store';
import '../../../src/main/features/escalations/verify-check';
import { createMentee } from '../../../src/main/features/mentees/store';
import type { KeyMaterial } from '../../../src/main/vault/kdf';
import type { Vault } from '../../../src/main/vault/vault';
import { verifyDatabase } from '../../../src/main/vault/verify';
import { addEntryInput } from '../../../src/shared/escalations/schema';
import { menteeProfile } from '../../../src/shared/mentees/schema';
import { VaultError } from '../../../src/main/vault/vault-error';
import { seeded } from '../../hardening/support/random';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { comparableExport, exchange, openDevices, vaultTemplate } from './replicas';

/**
 * Two or three computers append to one or two escalation timelines at random (notes,
 * status changes, closures, corrections), with random partial deliveries between them;
 * then everyone gets everything, senders interleaved at random. Every computer must then
 * hold the same records (exports equal, local ids aside), show each timeline in the same
 * order with the same state, wait for nothing, and pass verify: each device's chain holds.
 */

let dir: string;
let template: { path: string; key: KeyMaterial };
beforeAll(async () => {
  dir = makeTempDir('timeline-merge');
  template = await vaultTemplate(dir);
});
afterAll(() => removeTempDir(dir));

type Op =
  | { kind: 'append'; device: number; timeline: number; entry: 'note' | 'status' | 'closure' | 'correction'; pick: number }
  | { kind: 'deliver'; from: number; to: number; picks: number[] };

function ops(devices: number, timelines: number): fc.Arbitrary<Op[]> {
  const device = fc.integer({ min: 0, max: devices - 1 });
  const op: fc.Arbitrary<Op> = fc.oneof(
    {
      arbitrary: fc.record({
        kind: fc.constant('append' as const),
        device,
        timeline: fc.integer({ min: 0, max: timelines - 1 }),
        entry: fc.constantFrom('note' as const, 'status' as const, 'closure' as const, 'correction' as const),
        pick: fc.nat(20),
      }),
      weight: 3,
    },
    { arbitrary: fc.record({ kind: fc.constant('deliver' as const), from: device, to: device, picks: fc.array(fc.nat(200), { maxLength: 2 }) }), weight: 2 },
  );
  return fc.array(op, { minLength: 4, maxLength: 16 });
}

const fcSeed = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20261205;
const fcRuns = process.env.FC_RUNS ? Number(process.env.FC_RUNS) : 10;
const STATUSES = ['open', 'monitoring'] as const;
const SEVERITIES = ['low', 'medium', 'high', 'urgent'] as const;

let run = 0;
it('appends to shared timelines converge in (clock, device) order whatever the delivery order, and every chain verifies', () => {
  const scenario = fc
    .record({ devices: fc.integer({ min: 2, max: 3 }), timelines: fc.integer({ min: 1, max: 2 }) })
    .chain(({ devices, timelines }) => fc.tuple(fc.constant(devices), fc.constant(timelines), ops(devices, timelines), fc.nat()));
  fc.assert(
    fc.property(scenario, ([n, timelines, list, seed]) => {
      const random = seeded(seed);
      run++;
      const vaults = openDevices(dir, template, Array.from({ length: n }, (_, i) => `t${run}-${i}`));
      try {
        const { replicas, sent, flush } = exchange(vaults);
        // The first computer opens the records; every other has them before anyone appends.
        const first = vaults[0]!;
        const mentee = createMentee(first.db, menteeProfile.parse({ name: 'Shared mentee', status: 'active' }));
        for (let t = 0; t < timelines; t++) createEscalation(first.db, { menteeId: mentee.id, category: 'other', severity: 'low', title: `Record ${t}`, summary: '', needToKnow: [] });
        flush(0);
        for (const r of replicas.slice(1)) r.apply(sent[0]!);
        const recordUids = first.db.prepare("SELECT uid FROM sync_rows WHERE dataset = 'escalations' ORDER BY local_id").pluck().all() as string[];
        const localId = (v: Vault, uid: string) => v.db.prepare("SELECT local_id FROM sync_rows WHERE dataset = 'escalations' AND uid = ?").pluck().get(uid) as number;

        let written = 0;
        for (const op of list) {
          if (op.kind === 'deliver') {
            const log = sent[op.from]!;
            if (op.from !== op.to && log.length > 0) {
              const [from, to] = [op.picks[0] ?? 0, op.picks[1] ?? log.length].map((p) => p % (log.length + 1)).sort((x, y) => x - y);
              // A stretch of the sender's log in its order; what came before may come again.
              replicas[op.to]!.apply(log.slice(0, from).concat(log.slice(from, to)));
            }
            continue;
          }
          const v = vaults[op.device]!;
          const record = getEscalation(v.db, localId(v, recordUids[op.timeline]!));
          const what = `${op.entry} ${op.device}.${written}`;
          const input =
            op.entry === 'status'
              ? { kind: 'status-change', status: STATUSES[op.pick % 2], severity: SEVERITIES[op.pick % 4] }
              : op.entry === 'correction'
                ? { kind: 'correction', correctsEntryId: record.entries[op.pick % Math.max(1, record.entries.length)]?.id ?? 0 }
                : { kind: op.entry };
          if (op.entry === 'correction' && record.entries.length === 0) continue;
          try {
            addEntry(v.db, addEntryInput.parse({ ...input, escalationId: record.id, what }));
            written++;
          } catch (err) {
            // A closure of a resolved record, or a status change that changes nothing, is refused as it would be on screen.
            if (!(err instanceof VaultError) || !['CONFLICT', 'INVALID_INPUT'].includes(err.code)) throw err;
          }
          flush(op.device);
        }

        // Everyone gets everything: senders interleaved at random, each in its own order, some parts twice.
        for (let round = 0; round < 2; round++) {
          for (const to of vaults.keys()) {
            const queues = [...vaults.keys()].filter((from) => from !== to).map((from) => [...sent[from]!]);
            while (queues.some((queue) => queue.length > 0)) {
              const queue = queues[Math.floor(random() * queues.length)]!;
              const batch = queue.splice(0, 1 + Math.floor(random() * 8));
              replicas[to]!.apply(random() < 0.3 ? batch.concat(batch) : batch);
            }
          }
          for (const d of vaults.keys()) flush(d);
        }

        const exported = comparableExport(first.db);
        for (const v of vaults.slice(1)) expect(comparableExport(v.db)).toEqual(exported);
        for (const v of vaults) expect(verifyDatabase(v.db).problems).toEqual([]);
        for (const r of replicas) expect(r.waitingRows()).toBe(0);
        const total = first.db.prepare('SELECT count(*) FROM escalation_entries').pluck().get();
        expect(total).toBe(written);
        // The timeline each shows: the same entries in the same order, the same state and head.
        for (const uid of recordUids) {
          const shown = vaults.map((v) => {
            const r = getEscalation(v.db, localId(v, uid));
            return { entries: r.entries.map((e) => [e.sequence, e.what, e.kind]), state: [r.status, r.severity, r.needToKnow], verification: r.verification };
          });
          for (const other of shown.slice(1)) expect(other).toEqual(shown[0]);
        }
      } finally {
        for (const v of vaults) v.close();
      }
    }),
    { numRuns: fcRuns, seed: fcSeed },
  );
}, Math.max(120_000, fcRuns * 10_000));
