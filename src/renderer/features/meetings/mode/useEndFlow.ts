import { useEffect, useState, type RefObject } from 'react';
import type { MeetingReport } from '../../../../shared/meetings/meeting';

/**
 * The end of the meeting mode: the end panel (opened, closed), then the summary once the
 * meeting has ended. Each step moves focus to its own heading, as the button pressed
 * goes away with the step.
 */
export function useEndFlow(endHeading: RefObject<HTMLElement | null>, summaryTitle: RefObject<HTMLElement | null>, beforeEnd: () => void) {
  const [ending, setEnding] = useState(false);
  const [report, setReport] = useState<MeetingReport | null>(null);

  useEffect(() => {
    if (ending && !report) endHeading.current?.focus();
  }, [ending, report, endHeading]);
  useEffect(() => {
    if (report) summaryTitle.current?.focus();
  }, [report, summaryTitle]);

  return {
    ending,
    report,
    begin: () => {
      beforeEnd();
      setEnding(true);
    },
    cancel: () => setEnding(false),
    ended: setReport,
  };
}
