import type { dashboardContract } from '../../../shared/dashboard/contract';
import { localToday } from '../../../shared/dates';
import type { HandlersFor } from '../../ipc/router';
import { menteeDashboard } from './mentee';
import { overview } from './overview';

export const dashboardHandlers: HandlersFor<typeof dashboardContract> = {
  'dashboard.mentee': ({ menteeId, asOf, from, to }, { session }) =>
    menteeDashboard(session.db, menteeId, asOf ?? localToday(), from && to ? { from, to } : undefined),
  'dashboard.overview': ({ asOf, ...input }, { session }) => overview(session.db, input, asOf ?? localToday()),
};
