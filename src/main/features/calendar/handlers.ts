import type { calendarContract } from '../../../shared/calendar/contract';
import type { HandlersFor } from '../../ipc/router';
import { exportIcs } from './export';

export const calendarHandlers: HandlersFor<typeof calendarContract> = {
  'calendar.exportIcs': ({ menteeId, locale }, ctx) => exportIcs(ctx, menteeId, locale),
};
