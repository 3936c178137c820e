import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Platform } from '../../src/main/app/platform';
import type { VaultSession } from '../../src/main/app/session';
import { assessmentHandlers } from '../../src/main/features/assessment/handlers';
import { charterHandlers } from '../../src/main/features/charter/handlers';
import { dashboardHandlers } from '../../src/main/features/dashboard/handlers';
import { goalHandlers } from '../../src/main/features/goals/handlers';
import { learningHandlers } from '../../src/main/features/learning/handlers';
import { menteeHandlers } from '../../src/main/features/mentees/handlers';
import { mentorHandlers } from '../../src/main/features/mentor/handlers';
import { recordHandlers } from '../../src/main/features/records/handlers';
import { createRouter, type Dispatch, type Handlers } from '../../src/main/ipc/router';
import type { Db } from '../../src/main/vault/sqlite';
import { Vault } from '../../src/main/vault/vault';
import { localToday, plusDays } from '../../src/shared/dates';
import { routerCalls, type RouterCalls } from './router-calls';

const PASSPHRASE = 'lantern orchard quietly 42 rivers';

export interface PlanVault extends RouterCalls {
  db: Db;
  dispatch: Dispatch;
  close(): void;
}

/**
 * One real encrypted vault per test file (the KDF runs once), with the router over the
 * plan's handlers, the mentees' (the plan hangs off a mentee) and the mentor's.
 */
export async function openPlanVault(label: string): Promise<PlanVault> {
  const dir = mkdtempSync(join(tmpdir(), `mv-plan-${label}-`));
  const vault = await Vault.create(join(dir, 'plan.mentorvault'), PASSPHRASE);
  const session = { isUnlocked: true, get db() { return vault.db; } } as unknown as VaultSession;
  const handlers = {
    ...menteeHandlers,
    ...assessmentHandlers,
    ...charterHandlers,
    // The mentor's name, which a charter is agreed with.
    ...mentorHandlers,
    ...goalHandlers,
    ...learningHandlers,
    ...recordHandlers,
    ...dashboardHandlers,
  } as unknown as Handlers;
  const dispatch = createRouter(handlers, { session, platform: {} as Platform }, {
    onUnexpected: (method, err) => console.error(method, err),
  });
  return {
    db: vault.db,
    dispatch,
    ...routerCalls(dispatch),
    close() {
      vault.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A mentee with two career aims, through the real mentees.create. */
export async function addMentee(v: PlanVault, name: string) {
  const mentee = await v.call('mentees.create', {
    name,
    status: 'active',
    careerAims: [{ title: 'Become a staff engineer' }, { title: 'Lead a cross-team initiative' }],
  });
  return { id: mentee.id, aims: mentee.careerAims.map((a) => a.id) };
}

/** A SMART goal 100 days out serving the mentee's first aim, through the real goals.create; its id. */
export async function addGoal(v: PlanVault, mentee: { id: number; aims: number[] }, title: string): Promise<number> {
  const goal = await v.call('goals.create', {
    menteeId: mentee.id,
    title,
    area: 'visibility',
    specific: { statement: 'Give talks outside the team' },
    measurable: { metric: 'Talks', unit: 'talks', baseline: 0, target: 3 },
    attainable: { whyRealistic: 'Has material worth showing' },
    relevant: { careerAimId: mentee.aims[0]! },
    timeBound: { targetDate: plusDays(localToday(), 100) },
  });
  return goal.id;
}

