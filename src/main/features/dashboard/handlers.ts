import type { dashboardContract } from '../../../shared/plan/dashboard/contract';
import { localToday } from '../../../shared/plan/dates';
import type { HandlersFor } from '../../ipc/router';
import { menteeDashboard } from './mentee';
import { overview } from './overview';

export const dashboardHandlers: HandlersFor<typeof dashboardContract> = {
  'dashboard.mentee': ({ menteeId, asOf }, { session }) => menteeDashboard(session.db, menteeId, asOf ?? localToday()),
  'dashboard.overview': ({ asOf, ...input }, { session }) => overview(session.db, input, asOf ?? localToday()),
};
