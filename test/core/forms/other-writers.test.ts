import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMentee } from '../meetings/harness';
import { fillForm, openMeetingVault, type MeetingVault, inEnglish } from './harness';

/**
 * Readers and tools save a filled form in other shapes than the app wrote it: pypdf sets
 * NeedAppearances, qpdf packs objects into object streams, linearizes, or rewrites as QDF.
 * Each shape imports with the same values.
 */
const SHAPES: Record<string, string[]> = {
  'object streams': ['--object-streams=generate'],
  linearized: ['--linearize'],
  'QDF, uncompressed': ['--qdf', '--object-streams=disable'],
};

let v: MeetingVault;
let menteeId: number;
beforeAll(async () => {
  v = await openMeetingVault('forms-other-writers');
  menteeId = (await addMentee(v, 'Priya Natarajan')).id;
});
afterAll(() => v.close());

describe('a filled form rewritten by qpdf', () => {
  for (const [shape, args] of Object.entries(SHAPES)) {
    it(`imports from ${shape}`, async () => {
      const name = shape.replace(/\W+/g, '-');
      v.platform.nextSavePath = join(v.dir, `${name}.pdf`);
      const made = await v.call('forms.make', { kind: 'check-in', menteeId });
      fillForm(v.dir, made!.path, { attempted: `QPDF-CANARY ${shape} Ελληνικά`, new_deadline_1_title: `Ship ${shape}`, new_deadline_1_due: '2099-07-01' }, `${name}-filled`);
      const rewritten = join(v.dir, `${name}-rewritten.pdf`);
      const qpdf = spawnSync('qpdf', [...args, join(v.dir, `${name}-filled.pdf`), rewritten], { encoding: 'utf8' });
      expect(qpdf.status, qpdf.stderr).toBe(0);
      const bytes = readFileSync(rewritten);
      if (args.includes('--object-streams=generate')) expect(bytes.includes('/ObjStm')).toBe(true);
      const preview = await v.call('forms.preview', { dropped: { name: 'returned.pdf', base64: bytes.toString('base64') } });
      expect(inEnglish(preview!.lines)).toEqual(expect.arrayContaining([expect.objectContaining({ label: 'New deadline', value: `Ship ${shape}, by 2099-07-01` })]));
      await v.call('forms.import', { token: preview!.token });
      expect(v.db.prepare('SELECT count(*) FROM deadlines WHERE mentee_id = ? AND title = ?').pluck().get(menteeId, `Ship ${shape}`)).toBe(1);
      expect(v.db.prepare("SELECT count(*) FROM progress_reports WHERE mentee_id = ? AND body LIKE '%' || ? || '%'").pluck().get(menteeId, `QPDF-CANARY ${shape} Ελληνικά`)).toBe(1);
    });
  }
});
