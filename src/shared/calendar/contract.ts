import { method } from '../contract/define';
import { exportIcsInput, type IcsExport } from './schema';

/** The meetings as a calendar file, for the mentor's own calendar app. */
export const calendarContract = {
  /** Planned meetings as an .ics file, at a path the mentor chooses (null when cancelled). */
  'calendar.exportIcs': method(exportIcsInput).returns<IcsExport | null>(),
};
