import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../../../src/main/features/escalations/verify-check';
import { verifyDatabase } from '../../../src/main/vault/verify';
import { dumpDatabase } from '../../helpers/vault';
import { fillForm, openMeetingVault, PYTHON, seedPlan, type MeetingVault } from './harness';
import { seeded } from '../../hardening/support/random';

/**
 * 1,000 mutated and hostile returned forms (FORMS_FUZZ_RUNS), each a typed refusal with
 * nothing written. The bases are forms any intact parse must refuse (one already imported,
 * one from another vault, one encrypted, one with a script), so every mutation must be
 * refused whatever survives it; what matters is that the reader never crashes, never
 * answers INTERNAL and never writes.
 */
const RUNS = Number(process.env.FORMS_FUZZ_RUNS ?? 1000);
const SEED = Number(process.env.FORMS_FUZZ_SEED ?? Date.now() % 1_000_000);
const REFUSALS = new Set(['INVALID_INPUT', 'FORBIDDEN', 'CONFLICT']);

let v: MeetingVault;
let other: MeetingVault;
const bases: Buffer[] = [];

function sh(command: string, args: string[]): void {
  const r = spawnSync(command, args, { encoding: 'utf8' });
  if (r.status !== 0 && !(command === 'qpdf' && r.status === 3)) throw new Error(`${command}: ${r.stderr}`);
}

beforeAll(async () => {
  v = await openMeetingVault('forms-fuzz');
  other = await openMeetingVault('forms-fuzz-other');
  const plan = await seedPlan(v, 'Kenji Sato');
  v.platform.nextSavePath = join(v.dir, 'self.pdf');
  const made = await v.call('forms.make', { kind: 'self-assessment', menteeId: plan.mentee.id, meetingId: plan.meetingId });
  const filled = fillForm(v.dir, made!.path, { [`goal_${plan.goalIds[0]}_rating`]: '4', reflection: 'Good weeks.' }, 'filled');
  const preview = await v.call('forms.preview', { dropped: { name: 'f.pdf', base64: filled.toString('base64') } });
  await v.call('forms.import', { token: preview!.token });
  const otherPlan = await seedPlan(other, 'Kenji Sato');
  other.platform.nextSavePath = join(other.dir, 'theirs.pdf');
  const theirs = await other.call('forms.make', { kind: 'feedback', menteeId: otherPlan.mentee.id, relationship: 'peer' });
  // Uncompressed copies too (qpdf --qdf), so mutations hit field dictionaries as text.
  const imported = join(v.dir, 'filled.pdf');
  const qdf = join(v.dir, 'filled-qdf.pdf');
  sh('qpdf', ['--qdf', '--object-streams=disable', imported, qdf]);
  const encrypted = join(v.dir, 'encrypted.pdf');
  sh('qpdf', ['--encrypt', 'u', 'o', '256', '--', imported, encrypted]);
  const scripted = join(v.dir, 'scripted.pdf');
  sh(PYTHON, ['-c', 'import sys\nfrom pypdf import PdfReader, PdfWriter\nw = PdfWriter()\nw.append(PdfReader(sys.argv[1]))\nw.add_js("app.alert(1);")\nw.write(sys.argv[2])', imported, scripted]);
  bases.push(readFileSync(imported), readFileSync(qdf), readFileSync(theirs!.path), readFileSync(encrypted), readFileSync(scripted));
}, 60_000);
afterAll(() => {
  v.close();
  other.close();
});

const SWAPS: [string, string][] = [
  ['/FT /Tx', '/FT /Btn'],
  ['/FT /Ch', '/FT /Tx'],
  ['/FT /Btn', '/FT /Sig'],
  ['/Fields [', '/Fields [ 1 0 R '],
  ['/Type /Catalog', '/Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >>'],
  ['/Type /Catalog', '/Type /Catalog /AA << /O << /S /Launch /F (calc.exe) >> >>'],
  ['/AcroForm', '/AcroFrom'],
  ['/T (mv_mac)', '/T (mv_mac2)'],
  ['/T (reflection)', '/T (mv_form_id)'],
  ['/Length ', '/Length 9'],
  ['xref', 'xref\n0 99999999'],
  ['/Kids [', '/Kids [ 0 0 R 99999 0 R '],
];

function mutate(base: Buffer, next: () => number, i: number): Buffer {
  const pick = (n: number) => Math.floor(next() * n);
  switch (i % 8) {
    case 0:
      return base.subarray(0, pick(base.length));
    case 1: {
      const copy = Buffer.from(base);
      for (let k = 0, n = 1 + pick(64); k < n; k++) copy[pick(copy.length)] = pick(256);
      return copy;
    }
    case 2: {
      const [from, to] = SWAPS[pick(SWAPS.length)]!;
      return Buffer.from(base.toString('latin1').split(from).join(to), 'latin1');
    }
    case 3: {
      const at = pick(base.length);
      return Buffer.concat([base.subarray(0, at), Buffer.from('<< /JS (x) /S /JavaScript >> ) ] >> endobj %%EOF \u0000\u00ff', 'latin1'), base.subarray(at)]);
    }
    case 4: {
      const at = pick(base.length);
      const len = pick(4096);
      return Buffer.concat([base.subarray(0, at), base.subarray(at, at + len), base.subarray(at)]);
    }
    case 5:
      return Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(Array.from({ length: pick(5000) }, () => pick(256)))]);
    case 6: {
      const copy = Buffer.from(base);
      const at = pick(Math.max(1, copy.length - 512));
      copy.fill(0, at, at + pick(512));
      return copy;
    }
    default:
      return Buffer.from(base.toString('latin1').replace(/\/V \([^)]*\)/g, () => `/V (${'9'.repeat(1 + pick(5000))})`), 'latin1');
  }
}

describe('hostile returned forms', () => {
  it(`${RUNS} mutations (seed ${SEED}) are each a typed refusal; nothing is written; the vault verifies after`, async () => {
    const next = seeded(SEED);
    const before = dumpDatabase(v.db);
    const codes = new Map<string, number>();
    for (let i = 0; i < RUNS; i++) {
      const base = bases[i % bases.length]!;
      const bytes = i === 7 ? Buffer.alloc(11 * 1024 * 1024, 0x25) : mutate(base, next, Math.floor(i / bases.length));
      const result = await v.dispatch('forms.preview', { dropped: { name: 'hostile.pdf', base64: bytes.toString('base64') } });
      if (result.ok) throw new Error(`mutation ${i} (seed ${SEED}) was accepted`);
      if (!REFUSALS.has(result.error.code)) throw new Error(`mutation ${i} (seed ${SEED}) answered ${result.error.code}: ${result.error.message}`);
      expect(result.error.message).not.toMatch(/undefined|\[object|Error:/);
      codes.set(result.error.code, (codes.get(result.error.code) ?? 0) + 1);
    }
    expect(dumpDatabase(v.db)).toBe(before);
    expect(verifyDatabase(v.db).problems).toEqual([]);
    // Each kind of refusal was reached, so the bases did their job.
    expect([...codes.keys()].sort()).toEqual(['CONFLICT', 'FORBIDDEN', 'INVALID_INPUT']);
  }, 120_000);
});
