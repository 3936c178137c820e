import { appContract } from '../app/contract';
import { backupContract } from '../backup/contract';
import { calendarContract } from '../calendar/contract';
import { dataExportContract } from '../data-export/contract';
import { documentsContract } from '../documents/contract';
import { escalationsContract } from '../escalations/contract';
import { formsContract } from '../forms/contract';
import { feedbackContract } from '../feedback/contract';
import { meetingsContract } from '../meetings/contract';
import { menteesContract } from '../mentees/contract';
import { mentorContract } from '../mentor/contract';
import { notesContract } from '../notes/contract';
import { assessmentContract } from '../assessment/contract';
import { charterContract } from '../charter/contract';
import { dashboardContract } from '../dashboard/contract';
import { goalsContract } from '../goals/contract';
import { learningContract } from '../learning/contract';
import { recordsContract } from '../records/contract';
import { searchContract } from '../search/contract';
import { settingsContract } from '../settings/contract';
import { syncContract } from '../sync/contract';
import { templatesContract } from '../templates/contract';
import { vaultContract } from '../vault/contract';
import { composeParts } from './compose';
import type { InputOf, OutputOf } from './define';

/**
 * The whole API between the renderer and the main process: the composition of each
 * domain's part. The preload bridge, the router and the renderer client all derive
 * from this object; adding a method is one entry in a domain's contract + one handler.
 */
export const contract = composeParts(
  vaultContract,
  settingsContract,
  syncContract,
  menteesContract,
  backupContract,
  dataExportContract,
  documentsContract,
  assessmentContract,
  charterContract,
  goalsContract,
  learningContract,
  recordsContract,
  dashboardContract,
  notesContract,
  searchContract,
  escalationsContract,
  meetingsContract,
  templatesContract,
  calendarContract,
  mentorContract,
  appContract,
  formsContract,
  feedbackContract,
);

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = InputOf<Contract[M]>;
export type MethodOutput<M extends MethodName> = OutputOf<Contract[M]>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
