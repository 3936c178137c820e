import { join } from 'node:path';
import type { VaultSession } from '../../../src/main/app/session';
import { handlers } from '../../../src/main/ipc/handlers';
import { createRouter, type Dispatch } from '../../../src/main/ipc/router';
import type { Db } from '../../../src/main/vault/sqlite';
import { Vault } from '../../../src/main/vault/vault';
import type { CharterBodyInput } from '../../../src/shared/charter/schema';
import { TestPlatform } from '../../bridge/test-platform';
import { routerCalls, type RouterCalls } from '../../helpers/router-calls';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { PASSPHRASE } from '../../helpers/vault';

export interface MeetingVault extends RouterCalls {
  db: Db;
  dir: string;
  vaultPath: string;
  platform: TestPlatform;
  dispatch: Dispatch;
  close(): void;
}

/** One real encrypted vault per test file, with the whole router (every domain) over it. */
export async function openMeetingVault(label: string): Promise<MeetingVault> {
  const dir = makeTempDir(`meetings-${label}`);
  const vaultPath = join(dir, 'meetings.mentorvault');
  const vault = await Vault.create(vaultPath, PASSPHRASE);
  const session = {
    isUnlocked: true,
    get db() {
      return vault.db;
    },
    get current() {
      return vault;
    },
  } as unknown as VaultSession;
  const platform = new TestPlatform(dir);
  const dispatch = createRouter(handlers, { session, platform }, { onUnexpected: (method, err) => console.error(method, err) });
  return {
    db: vault.db,
    dir,
    vaultPath,
    platform,
    dispatch,
    ...routerCalls(dispatch),
    close() {
      vault.close();
      removeTempDir(dir);
    },
  };
}

let menteeCount = 0;

/** A mentee with a career aim, through mentees.create. */
export async function addMentee(v: MeetingVault, name = `Mentee ${++menteeCount}`) {
  const m = await v.call('mentees.create', { name, status: 'active', careerAims: [{ title: 'Become a staff engineer' }] });
  return { id: m.id, aimId: m.careerAims[0]!.id, name: m.name };
}

/** A charter with the given rhythm and pilot, agreed (unless `draft`). */
export async function addCharter(
  v: MeetingVault,
  menteeId: number,
  rhythm: { pilotStart: string | null; pilotWeeks?: number; formal: number | null; informal: number | null; frequency?: 'weekly' | 'biweekly' | 'monthly'; minutes?: number; afterMajor?: boolean },
  options: { draft?: boolean; agreedOn?: string } = {},
) {
  const defaults = await v.call('charter.defaults', {});
  const body: CharterBodyInput = {
    ...defaults,
    purpose: 'Grow into a staff engineer.',
    meetingRhythm: { ...defaults.meetingRhythm, frequency: rhythm.frequency ?? 'biweekly', lengthMinutes: rhythm.minutes ?? 45 },
    reviewRhythm: { formalEveryWeeks: rhythm.formal, informalEveryWeeks: rhythm.informal, afterMajorMilestones: rhythm.afterMajor ?? true },
    pilot: { startDate: rhythm.pilotStart, weeks: rhythm.pilotWeeks ?? 6 },
  };
  const charter = await v.call('charter.create', { menteeId, body });
  if (options.draft) return charter;
  await v.call('mentor.update', { name: 'Jordan Avery', title: '' });
  return v.call('charter.agree', { versionId: charter.current.id, agreedOn: options.agreedOn ?? '2025-01-01' });
}

/** A SMART goal of the mentee (target date far ahead so it is valid on any day the tests run). */
export async function addGoal(v: MeetingVault, mentee: { id: number; aimId: number }, title: string, status: 'not-started' | 'on-track' | 'at-risk' = 'on-track') {
  return v.call('goals.create', {
    menteeId: mentee.id,
    title,
    area: 'leadership',
    status,
    startDate: '2025-01-01',
    specific: { statement: `${title}, measurably.` },
    measurable: { metric: 'Design reviews led', unit: 'reviews', baseline: 0, target: 6 },
    attainable: { whyRealistic: 'Two teams ask for reviews.' },
    relevant: { careerAimId: mentee.aimId },
    timeBound: { targetDate: '2099-06-30' },
  });
}

/** Row count of a table, straight from SQLite. */
export function count(v: MeetingVault, table: string, where = '1', ...params: unknown[]): number {
  return v.db.prepare(`SELECT count(*) FROM ${table} WHERE ${where}`).pluck().get(...params) as number;
}
