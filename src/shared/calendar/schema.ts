import { z } from 'zod';
import { id } from '../primitives';

/** One mentee's planned meetings, or everyone's. */
export const exportIcsInput = z.strictObject({ menteeId: id.optional() });

export interface IcsExport {
  path: string;
  /** Events written (planned and in-progress meetings, and cancelled ones so calendars drop them). */
  events: number;
  bytes: number;
}
