import { escalationHandlers } from '../features/escalations/handlers';
import { appHandlers } from '../features/app/handlers';
import { backupHandlers } from '../features/backup/handlers';
import { calendarHandlers } from '../features/calendar/handlers';
import { dataExportHandlers } from '../features/data-export/handlers';
import { documentsHandlers } from '../features/documents/handlers';
import { formHandlers } from '../features/forms/handlers';
import { feedbackHandlers } from '../features/feedback/handlers';
import { meetingHandlers } from '../features/meetings/handlers';
import { templateHandlers } from '../features/templates/handlers';
import { menteeHandlers } from '../features/mentees/handlers';
import { mentorHandlers } from '../features/mentor/handlers';
import { noteHandlers } from '../features/notes/handlers';
import { assessmentHandlers } from '../features/assessment/handlers';
import { charterHandlers } from '../features/charter/handlers';
import { dashboardHandlers } from '../features/dashboard/handlers';
import { goalHandlers } from '../features/goals/handlers';
import { learningHandlers } from '../features/learning/handlers';
import { recordHandlers } from '../features/records/handlers';
import { searchHandlers } from '../features/search/handlers';
import { settingsHandlers } from '../features/settings/handlers';
import { syncHandlers } from '../features/sync/handlers';
import { vaultHandlers } from '../features/vault/handlers';
import { composeParts } from '../../shared/contract/compose';
import type { Handlers } from './router';

/** Every handler, one module per domain; the type makes a missing one a compile error. */
export const handlers: Handlers = composeParts(
  vaultHandlers,
  settingsHandlers,
  syncHandlers,
  menteeHandlers,
  backupHandlers,
  dataExportHandlers,
  documentsHandlers,
  assessmentHandlers,
  charterHandlers,
  goalHandlers,
  learningHandlers,
  recordHandlers,
  dashboardHandlers,
  noteHandlers,
  searchHandlers,
  escalationHandlers,
  meetingHandlers,
  templateHandlers,
  calendarHandlers,
  mentorHandlers,
  appHandlers,
  formHandlers,
  feedbackHandlers,
);
