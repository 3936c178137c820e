import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpDatabase } from '../../helpers/vault';
import { fillForm, openMeetingVault, PYTHON, seedPlan, type FormPlan, type MeetingVault } from './harness';

let v: MeetingVault;
let other: MeetingVault;
let plan: FormPlan;
let blank: Buffer;
let blankPath: string;

beforeAll(async () => {
  v = await openMeetingVault('forms-refusals');
  other = await openMeetingVault('forms-other-vault');
  plan = await seedPlan(v, 'Ada Obi');
  v.platform.nextSavePath = join(v.dir, 'self.pdf');
  blankPath = (await v.call('forms.make', { kind: 'self-assessment', menteeId: plan.mentee.id, meetingId: plan.meetingId }))!.path;
  blank = readFileSync(blankPath);
});
afterAll(() => {
  v.close();
  other.close();
});

/** Previews a file and expects a refusal that wrote nothing at all. */
async function refused(bytes: Buffer) {
  const before = dumpDatabase(v.db);
  const error = await v.fail('forms.preview', { dropped: { name: 'returned.pdf', base64: bytes.toString('base64') } });
  expect(dumpDatabase(v.db)).toBe(before);
  return error;
}

function run(command: string, args: string[]): void {
  const r = spawnSync(command, args, { encoding: 'utf8' });
  if (r.status !== 0 && !(command === 'qpdf' && r.status === 3)) throw new Error(`${command} failed: ${r.stderr}`);
}

describe('a form is refused, with a message in words and nothing written', () => {
  it('when another vault made it', async () => {
    const m = await seedPlan(other, 'Ada Obi');
    other.platform.nextSavePath = join(other.dir, 'theirs.pdf');
    const theirs = await other.call('forms.make', { kind: 'feedback', menteeId: m.mentee.id, relationship: 'peer' });
    expect(await refused(readFileSync(theirs!.path))).toMatchObject({ code: 'FORBIDDEN', message: /made by another Mentor Vault/ });
  });

  it('when its seal was forged', async () => {
    const forged = fillForm(v.dir, blank, { mv_mac: 'a'.repeat(64), reflection: 'hello' }, 'forged');
    expect(await refused(forged)).toMatchObject({ code: 'FORBIDDEN', message: /seal does not match/ });
  });

  it('when its id was edited, to nothing known or to another form of this vault', async () => {
    expect(await refused(fillForm(v.dir, blank, { mv_form_id: '0'.repeat(32) }, 'edited'))).toMatchObject({ code: 'FORBIDDEN', message: /form id was changed/ });
    v.platform.nextSavePath = join(v.dir, 'second.pdf');
    const second = await v.call('forms.make', { kind: 'feedback', menteeId: plan.mentee.id, relationship: 'manager' });
    const swapped = fillForm(v.dir, blank, { mv_form_id: second!.formId }, 'swapped');
    expect(await refused(swapped)).toMatchObject({ code: 'FORBIDDEN', message: /forged or changed/ });
  });

  it('when it was "printed" to PDF, telling how to save it instead', async () => {
    const printed = join(v.dir, 'printed.pdf');
    run('pdftocairo', ['-pdf', blankPath, printed]);
    expect(await refused(readFileSync(printed))).toMatchObject({ code: 'INVALID_INPUT', message: /printed.*save it instead \(File > Save/ });
  });

  it('when it is encrypted, carries a script, or is not a PDF at all', async () => {
    const encrypted = join(v.dir, 'encrypted.pdf');
    run('qpdf', ['--encrypt', 'user', 'owner', '256', '--', blankPath, encrypted]);
    expect(await refused(readFileSync(encrypted))).toMatchObject({ code: 'INVALID_INPUT', message: /encrypted or password-protected/ });

    const scripted = join(v.dir, 'scripted.pdf');
    run(PYTHON, ['-c', 'import sys\nfrom pypdf import PdfReader, PdfWriter\nw = PdfWriter()\nw.append(PdfReader(sys.argv[1]))\nw.add_js("app.alert(1);")\nw.write(sys.argv[2])', blankPath, scripted]);
    expect(await refused(readFileSync(scripted))).toMatchObject({ code: 'INVALID_INPUT', message: /scripts or actions/ });

    expect(await refused(Buffer.from('{"reflection":"not a pdf"}'))).toMatchObject({ code: 'INVALID_INPUT', message: /not a PDF/ });
    expect(await refused(blank.subarray(0, 2000))).toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('when answers are out of range, naming each field in words', async () => {
    const [g1, g2] = plan.goalIds;
    const bad = fillForm(v.dir, blank, { [`goal_${g1}_rating`]: '9', [`goal_${g2}_rating`]: 'great', dimension_1_rating: '5' }, 'bad');
    const error = await refused(bad);
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/The rating of "Lead design reviews": The rating must be a whole number from 1 to 5 \(the form holds "9"\)/);
    expect(error.issues).toEqual([
      { path: [`goal_${g1}_rating`], message: expect.stringContaining('"9"') },
      { path: [`goal_${g2}_rating`], message: expect.stringContaining('"great"') },
      { path: ['dimension_1_rating'], message: expect.stringContaining('The level for "Milestones": The level must be a whole number from 1 to 4') },
    ]);
  });

  it('when a field changed type', async () => {
    const script = `import sys
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject
w = PdfWriter()
w.append(PdfReader(sys.argv[1]))
for f in w._root_object["/AcroForm"]["/Fields"]:
    f = f.get_object()
    if f.get("/T") == "reflection":
        f[NameObject("/FT")] = NameObject("/Btn")
w.write(sys.argv[2])`;
    const changed = join(v.dir, 'changed.pdf');
    run(PYTHON, ['-c', script, blankPath, changed]);
    const error = await refused(readFileSync(changed));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: ['reflection'], message: /not a text box any more/ }] });
  });

  it('then a good copy still imports, once, and a preview token works once', async () => {
    const good = fillForm(v.dir, blank, { reflection: 'Fine weeks.' }, 'good');
    const preview = await v.call('forms.preview', { dropped: { name: 'good.pdf', base64: good.toString('base64') } });
    await v.call('forms.import', { token: preview!.token });
    expect(await v.fail('forms.import', { token: preview!.token })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refused(good)).toMatchObject({ code: 'CONFLICT', message: /already imported on \d{4}-\d{2}-\d{2}; nothing was written again/ });
  });

  it('reads a file chosen in the open dialog; a cancelled dialog answers null', async () => {
    expect(await v.call('forms.preview', {})).toBeNull();
    const path = join(v.dir, 'chosen.pdf');
    writeFileSync(path, 'not a pdf');
    v.platform.nextOpenPath = path;
    expect(await v.fail('forms.preview', {})).toMatchObject({ code: 'INVALID_INPUT', message: /not a PDF/ });
  });
});
