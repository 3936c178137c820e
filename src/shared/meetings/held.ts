import { daysBetween } from '../dates';
import type { MeetingSummary } from './schema';

/** A meeting held more than this many days from its planned date says so and offers to move the rest of the rhythm. */
export const HELD_FAR_DAYS = 7;

/** Days from the planned date to the day it was held (negative: held early); 0 for a meeting not run. */
export function heldShiftDays(m: Pick<MeetingSummary, 'status' | 'date' | 'plannedDate'>): number {
  if (m.status !== 'held' && m.status !== 'in-progress') return 0;
  return daysBetween(m.plannedDate, m.date);
}

export function heldFarFromPlan(m: Pick<MeetingSummary, 'status' | 'date' | 'plannedDate'>): boolean {
  return Math.abs(heldShiftDays(m)) > HELD_FAR_DAYS;
}
