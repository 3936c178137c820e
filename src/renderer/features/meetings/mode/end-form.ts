import { z } from 'zod';
import { endMeetingInput, recalibration } from '../../../../shared/meetings/capture';

/**
 * The end panel's values: one line per active goal (whether its timeline moves, to which
 * date, why), checked by the shared `recalibration` schema where it moves, and sent as
 * the shared `endMeetingInput`. An error sits on the line's own field.
 */
const goalLine = z
  .object({ goalId: z.number(), adjust: z.boolean(), targetDate: z.string(), reason: z.string() })
  .superRefine(({ goalId, adjust, targetDate, reason }, ctx) => {
    if (!adjust) return;
    const checked = recalibration.safeParse({ goalId, targetDate, reason });
    if (!checked.success) for (const issue of checked.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });

export const endPanelForm = z
  .object({ id: z.number(), goals: z.array(goalLine) })
  .transform(({ id, goals }, ctx) => {
    const recalibrations = goals.filter((g) => g.adjust).map(({ goalId, targetDate, reason }) => ({ goalId, targetDate, reason }));
    const input = endMeetingInput.safeParse({ id, recalibrations });
    if (input.success) return input.data;
    for (const issue of input.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    return z.NEVER;
  });

export type EndPanelValues = z.input<typeof endPanelForm>;
