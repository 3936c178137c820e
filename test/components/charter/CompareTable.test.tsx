import { render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { CompareTable } from '../../../src/renderer/features/charter/CompareTable';
import { formatDate } from '../../../src/renderer/features/mentees/format';
import { defaultCharterBody } from '../../../src/shared/charter/defaults';
import type { CharterComparison, CharterVersion } from '../../../src/shared/charter/schema';
import { messagesFor } from '../../../src/shared/i18n/catalogue';

/** The screens speak through the catalogue, as under the app's locale provider. */
const inEnglish = ({ children }: { children: ReactNode }) => (
  <IntlProvider locale="en" messages={messagesFor('en')}>
    {children}
  </IntlProvider>
);

function version(n: number, status: 'draft' | 'agreed'): CharterVersion {
  return {
    id: n,
    menteeId: 1,
    version: n,
    status,
    reason: n > 1 ? 'The pilot moved' : '',
    agreedOn: status === 'agreed' ? '2025-03-03' : null,
    agreedByMentor: '',
    agreedByMentee: '',
    pilotReviewDate: null,
    createdAt: '',
    updatedAt: '',
    body: defaultCharterBody(),
  };
}

const comparison: CharterComparison = {
  from: version(1, 'agreed'),
  to: version(2, 'draft'),
  changedCount: 3,
  fields: [
    {
      field: 'purpose',
      label: 'Purpose',
      kind: 'text',
      changed: true,
      from: 'Grow fast into a staff role.',
      to: 'Grow steadily into a staff role.',
      parts: [
        { value: 'Grow ', added: false, removed: false },
        { value: 'fast', added: false, removed: true },
        { value: 'steadily', added: true, removed: false },
        { value: ' into a staff role.', added: false, removed: false },
      ],
    },
    { field: 'pilot.weeks', label: 'Pilot length (weeks)', kind: 'value', changed: true, from: 6, to: 8 },
    {
      field: 'glossary',
      label: 'Glossary',
      kind: 'list',
      changed: true,
      items: [
        { status: 'unchanged', from: 'Review: a formal meeting', to: 'Review: a formal meeting' },
        { status: 'added', from: null, to: 'Sponsor: opens doors' },
        { status: 'removed', from: 'Touchpoint: a short check-in', to: null },
        {
          status: 'changed',
          from: 'Milestone: a dated step',
          to: 'Milestone: a proved step',
          parts: [
            { value: 'Milestone: a ', added: false, removed: false },
            { value: 'dated', added: false, removed: true },
            { value: 'proved', added: true, removed: false },
            { value: ' step', added: false, removed: false },
          ],
        },
      ],
    },
    { field: 'confidentiality', label: 'Confidentiality agreement', kind: 'text', changed: false, from: 'Between us.', to: 'Between us.', parts: [{ value: 'Between us.', added: false, removed: false }] },
  ],
};

const row = (label: string) => screen.getByRole('rowheader', { name: new RegExp(label) }).closest('tr')!;
const cells = (label: string) => within(row(label)).getAllByRole('cell');

describe('CompareTable', () => {
  it('puts the two versions side by side and says how many parts changed', () => {
    render(<CompareTable comparison={comparison} showUnchanged={false} />, { wrapper: inEnglish });
    expect(screen.getByRole('table').querySelector('caption')!.textContent).toBe(`Version 1 (agreed ${formatDate('2025-03-03')}) compared with Version 2 (draft): 3 parts changed`);
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Part', 'Version 1', 'Version 2']);
  });

  it('marks removed words on the old side and added words on the new side, with words for screen readers', () => {
    render(<CompareTable comparison={comparison} showUnchanged={false} />, { wrapper: inEnglish });
    const [before, after] = cells('Purpose');
    expect(before!.querySelectorAll('del')).toHaveLength(1);
    expect(before!.querySelector('del')!.textContent).toBe('[removed: fast]');
    expect(before!.querySelector('ins')).toBeNull();
    expect(after!.querySelector('ins')!.textContent).toBe('[added: steadily]');
    expect(after!.querySelector('del')).toBeNull();
    // Unchanged words are plain, so each side reads back as its own version.
    expect(before!.textContent!.replace(/\[removed: (.*?)\]/g, '$1')).toBe('Grow fast into a staff role.');
    expect(after!.textContent!.replace(/\[added: (.*?)\]/g, '$1')).toBe('Grow steadily into a staff role.');
    expect(within(row('Purpose')).getByText('Changed')).toBeTruthy();
  });

  it('marks a changed value and list items added, removed and changed', () => {
    render(<CompareTable comparison={comparison} showUnchanged={false} />, { wrapper: inEnglish });
    const [weeksBefore, weeksAfter] = cells('Pilot length');
    expect(weeksBefore!.querySelector('del')!.textContent).toBe('[removed: 6]');
    expect(weeksAfter!.querySelector('ins')!.textContent).toBe('[added: 8]');

    const [before, after] = cells('Glossary');
    expect([...before!.querySelectorAll('del')].map((d) => d.textContent)).toEqual(['[removed: Touchpoint: a short check-in]', '[removed: dated]']);
    expect([...after!.querySelectorAll('ins')].map((d) => d.textContent)).toEqual(['[added: Sponsor: opens doors]', '[added: proved]']);
    // The unchanged item is on both sides, unmarked.
    expect(within(before!).getByText('Review: a formal meeting').closest('del, ins')).toBeNull();
    expect(within(after!).getByText('Review: a formal meeting').closest('del, ins')).toBeNull();
  });

  it('hides unchanged parts unless asked, and shows them unmarked', () => {
    const { rerender } = render(<CompareTable comparison={comparison} showUnchanged={false} />, { wrapper: inEnglish });
    expect(screen.queryByRole('rowheader', { name: /Confidentiality/ })).toBeNull();
    rerender(<CompareTable comparison={comparison} showUnchanged />);
    const r = row('Confidentiality');
    expect(r.querySelector('del, ins')).toBeNull();
    expect(within(r).queryByText('Changed')).toBeNull();
    expect(r.className).not.toContain('is-changed');
  });

  it('says so when two versions are the same', () => {
    render(<CompareTable comparison={{ ...comparison, changedCount: 0, fields: [comparison.fields[3]!] }} showUnchanged={false} />, { wrapper: inEnglish });
    expect(screen.getByText('The two versions are the same.')).toBeTruthy();
  });
});
