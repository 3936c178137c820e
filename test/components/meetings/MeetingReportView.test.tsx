import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MeetingReportView } from '../../../src/renderer/features/meetings/MeetingReportView';
import { formatDate } from '../../../src/renderer/features/mentees/format';
import type { MeetingReport } from '../../../src/shared/meetings/meeting';
import { renderInEnglish } from '../render-app';

function report(over: Partial<MeetingReport>): MeetingReport {
  return {
    // The view shows what was captured; the meeting itself is named by the page around it.
    meeting: {} as MeetingReport['meeting'],
    decisions: [],
    actions: [],
    carriedForward: { count: 0, toMeetingId: null, toDate: null },
    wins: [],
    evidence: [],
    scores: [],
    selfAssessment: null,
    recalibrations: [],
    unfinished: [],
    itemNotes: [],
    pilotReviewed: false,
    pilotNotBegun: false,
    ...over,
  };
}

describe('MeetingReportView', () => {
  it("opens with the mentee's self-assessment: the reflection and each goal's rating", () => {
    renderInEnglish(
      <MeetingReportView
        report={report({
          selfAssessment: {
            reflection: 'The incident review went better than I feared.',
            source: 'import',
            recordedAt: '2026-12-01T10:00:00.000Z',
            ratings: [
              { goalId: 4, goalTitle: 'Lead design reviews', rating: 4, comment: 'Two chaired' },
              { goalId: 7, goalTitle: 'Write the RFC', rating: 2, comment: '' },
            ],
          },
        })}
      />,
    );
    const section = screen.getByRole('region', { name: 'Self-assessment' });
    expect(within(section).getByText('The incident review went better than I feared.')).toBeTruthy();
    expect(within(section).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Lead design reviews: 4 of 5 · Two chaired', 'Write the RFC: 2 of 5']);
  });

  it('shows a recalibrated target date in words, with the reason', () => {
    renderInEnglish(
      <MeetingReportView
        report={report({
          recalibrations: [{ goalId: 4, goalTitle: 'Lead design reviews', field: 'timeBound.targetDate', from: '2027-04-02', to: '2027-05-02', why: 'The freeze moves two reviews' }],
        })}
      />,
    );
    const item = within(screen.getByRole('region', { name: 'Recalibrations' })).getByRole('listitem');
    expect(item.textContent).toBe(`Lead design reviews: target date ${formatDate('2027-04-02')} → ${formatDate('2027-05-02')} — The freeze moves two reviews`);
    expect(item.textContent).not.toContain('2027-04-02');
  });

  it('leaves the self-assessment out when none was recorded', () => {
    renderInEnglish(<MeetingReportView report={report({})} />);
    expect(screen.queryByRole('region', { name: 'Self-assessment' })).toBeNull();
  });

  it('names the capture boxes whose typed text was never added, in words, not field keys', () => {
    renderInEnglish(
      <MeetingReportView
        report={report({
          unfinished: [
            { field: 'decision-rationale', text: 'because the pilot ends' },
            { field: 'action', text: 'send the deck' },
          ],
        })}
      />,
    );
    const section = screen.getByRole('region', { name: 'Typed but not added' });
    expect(within(section).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Reason for the decision: because the pilot ends', 'Action item: send the deck']);
  });

  it('shows the notes written on each agenda item under its title, line breaks kept, and says so when there are none', () => {
    const { unmount } = renderInEnglish(
      <MeetingReportView
        report={report({
          itemNotes: [
            { itemId: 3, title: 'Review action items', notes: 'Nothing carried.' },
            { itemId: 5, title: 'Obstacles', notes: 'Blocked on the doc.\nAsked the lead.' },
          ],
        })}
      />,
    );
    const section = screen.getByRole('region', { name: 'Notes on the agenda' });
    expect(within(section).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['Review action items', 'Obstacles']);
    expect(within(section).getByText(/Blocked on the doc/).textContent).toBe('Blocked on the doc.\nAsked the lead.');
    // Read-only unless the page asks for editing.
    expect(within(section).queryByRole('button')).toBeNull();
    unmount();
    renderInEnglish(<MeetingReportView report={report({})} />);
    expect(screen.getByRole('region', { name: 'Notes on the agenda' }).textContent).toContain('No notes were taken on the agenda items.');
  });
});
