import { z } from 'zod';
import { id } from '../primitives';
import { documentLocale } from '../documents/schema';

/** One mentee's planned meetings, or everyone's; the app's words in `locale` (absent = the mentee's document language, else English). */
export const exportIcsInput = z.strictObject({ menteeId: id.optional(), locale: documentLocale.optional() });

export interface IcsExport {
  path: string;
  /** Events written (planned and in-progress meetings, and cancelled ones so calendars drop them). */
  events: number;
  bytes: number;
}
