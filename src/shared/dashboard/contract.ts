import { method } from '../contract/define';
import type { Page } from '../primitives';
import { menteeDashboardInput, overviewInput, type MenteeDashboard, type OverviewRow } from './schema';

export const dashboardContract = {
  /** Everything the mentee's dashboard draws, in one call. */
  'dashboard.mentee': method(menteeDashboardInput).returns<MenteeDashboard>(),
  /** One row per active mentee (next meeting, goals at risk, overdue milestones, pilot), in one call. */
  'dashboard.overview': method(overviewInput).returns<Page<OverviewRow>>(),
};
