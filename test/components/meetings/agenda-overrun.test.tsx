import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AgendaEditor, type EditableItem } from '../../../src/renderer/features/meetings/AgendaEditor';
import { renderInEnglish } from '../render-app';

const items: EditableItem[] = [
  { key: 'a', title: 'Review action items', minutes: 20, context: 'actions' },
  { key: 'b', title: 'Goals', minutes: 25, context: 'goals' },
  { key: 'c', title: 'Next steps', minutes: 15, context: 'next-steps' },
];

describe('AgendaEditor: an agenda longer than its meeting', () => {
  it('is flagged in words with both figures, goes away once it fits, and still saves', async () => {
    let saved: unknown = null;
    renderInEnglish(<AgendaEditor label="Agenda items" initial={items} saveLabel="Save agenda" meetingMinutes={45} save={async (v) => (saved = v)} />);
    expect(screen.getByText(/This agenda adds up to 60 minutes, but the meeting is 45 minutes long \(15 over\)/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save agenda' }));
    await screen.findByText(/saved/i);
    expect((saved as unknown[]).length).toBe(3);
    fireEvent.change(screen.getByLabelText('Minutes for item 2'), { target: { value: '10' } });
    expect(screen.queryByText(/adds up to/)).toBeNull();
    expect(screen.getByText('3 items, 45 minutes planned.')).toBeTruthy();
  });

  it('says nothing on a held meeting (read only) or a template (no meeting length)', () => {
    const { unmount } = renderInEnglish(<AgendaEditor label="Agenda items" initial={items} saveLabel="Save" meetingMinutes={45} readOnly save={async () => undefined} />);
    expect(screen.queryByText(/adds up to/)).toBeNull();
    unmount();
    renderInEnglish(<AgendaEditor label="Agenda items" initial={items} saveLabel="Save" save={async () => undefined} />);
    expect(screen.queryByText(/adds up to/)).toBeNull();
  });
});
