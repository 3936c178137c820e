import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import EscalationPage from '../../../src/renderer/features/escalations/EscalationPage';
import { Timeline } from '../../../src/renderer/features/escalations/Timeline';
import type { ChainVerification, Escalation, EscalationEntry } from '../../../src/shared/escalations/schema';
import type { Charter } from '../../../src/shared/charter/schema';
import { installFakeBridge, type FakeHandlers } from '../fake-bridge';
import { renderWithVault, vaultStatus } from '../render-app';

const H = (n: number) => String(n).repeat(64).slice(0, 64);

function entry(id: number, sequence: number, kind: EscalationEntry['kind'], what: string, extra: Partial<EscalationEntry> = {}): EscalationEntry {
  return {
    id,
    escalationId: 5,
    sequence,
    kind,
    what,
    informed: [],
    outcome: '',
    occurredAt: '2025-03-0' + sequence + 'T09:00:00.000Z',
    recordedAt: '2025-03-0' + sequence + 'T09:05:00.000Z',
    correctsEntryId: null,
    correctedBy: [],
    newStatus: null,
    newSeverity: null,
    newNeedToKnow: null,
    hash: H(sequence),
    confidential: true,
    ...extra,
  };
}

const ENTRIES = [
  entry(101, 1, 'note', 'Said they sleep four hours on Tuesday.', { correctedBy: [104] }),
  entry(102, 2, 'action', 'Suggested a talk with the manager.', { informed: ['Line manager'], outcome: 'Meeting booked' }),
  entry(103, 3, 'status-change', 'Load reduced.', { newStatus: 'monitoring', newSeverity: 'medium' }),
  entry(104, 4, 'correction', 'It was Wednesday.', { correctsEntryId: 101 }),
];

const INTACT: ChainVerification = { intact: true, head: 'ab'.repeat(32), fingerprint: 'abab-abab-abab-abab', entryCount: 4 };
const BROKEN: ChainVerification = {
  intact: false,
  firstBrokenEntryId: 102,
  sequence: 2,
  reason: 'entry-changed',
  message: 'Record 5, entry 102 (number 2): its content no longer matches its hash.',
};

function record(verification: ChainVerification): Escalation {
  return {
    id: 5,
    menteeId: 1,
    menteeName: 'Ada Lovelace',
    category: 'wellbeing',
    severity: 'medium',
    status: 'monitoring',
    title: 'Signs of burnout',
    openedAt: '2025-03-01T08:00:00.000Z',
    ageDays: 12,
    lastEntryAt: '2025-03-04T09:05:00.000Z',
    entryCount: 4,
    intact: verification.intact,
    summary: 'Working late.',
    needToKnow: ['HR business partner'],
    initialSeverity: 'high',
    initialNeedToKnow: ['HR business partner'],
    createdAt: '2025-03-01T08:00:00.000Z',
    entries: ENTRIES,
    verification,
    confidential: true,
  };
}

const CHARTER = {
  menteeId: 1,
  versions: [],
  current: { id: 9, version: 2, status: 'agreed', agreedOn: '2025-02-01', body: { escalation: [{ step: 'Talk first', who: 'Mentor' }, { step: 'Then HR', who: 'HR partner' }] } },
  agreedVersionId: 9,
  draftVersionId: null,
} as unknown as Charter;

function open(verification: ChainVerification, extra: FakeHandlers = {}) {
  const bridge = installFakeBridge({
    'escalations.get': () => record(verification),
    'escalations.verify': () => verification,
    'charter.get': () => CHARTER,
    'settings.get': () => ({ idleLockMinutes: 10, clipboardClearSeconds: 30 }),
    'escalations.copyFingerprint': () => ({ copied: true as const, fingerprint: 'abab-abab-abab-abab', head: 'ab'.repeat(32), clearsAfterSeconds: 30 }),
    ...extra,
  });
  renderWithVault(
    <MemoryRouter initialEntries={['/escalations/5']}>
      <Routes>
        <Route path="/escalations/:escalationId" element={<EscalationPage />} />
      </Routes>
    </MemoryRouter>,
    vaultStatus({ state: 'unlocked' }),
  );
  return bridge;
}

const timelineItems = () => within(screen.getByRole('region', { name: 'Timeline' })).getAllByRole('listitem');

describe('escalation timeline', () => {
  it('has no control that edits or deletes an entry, and links a correction both ways', () => {
    renderWithVault(<Timeline entries={ENTRIES} brokenEntryId={null} />, vaultStatus({ state: 'unlocked' }));
    const buttons = screen.getAllByRole('button').map((b) => b.textContent ?? '');
    expect(buttons.filter((b) => /edit|delete|remove|change|undo/i.test(b))).toEqual([]);
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByRole('button', { name: 'Corrected by #4' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Corrects entry #1' })).toBeTruthy();
    expect(screen.getByText('Status → Monitoring · Severity → Medium')).toBeTruthy();
  });
});

describe('EscalationPage', () => {
  it('shows an intact timeline with its fingerprint, the append-only note and the charter’s process beside it', async () => {
    const bridge = open(INTACT);
    expect(await screen.findByText('Timeline intact')).toBeTruthy();
    const check = screen.getByRole('region', { name: 'Timeline check' });
    expect(check.textContent).toContain('abab-abab-abab-abab');
    await waitFor(() => expect(check.textContent).toContain('cleared again 30 seconds after copying'));
    expect(screen.getByText(/Append-only\./).closest('p')!.textContent).toMatch(/cannot be edited or deleted.*correction/);
    expect(timelineItems()).toHaveLength(4);
    const page = document.body;
    expect(within(page).queryAllByRole('button', { name: /edit|delete/i })).toEqual([]);

    const process = await screen.findByRole('complementary', { name: 'Escalation process' });
    expect(within(process).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Talk firstWho: Mentor', 'Then HRWho: HR partner']);
    expect(process.textContent).toContain('agreed charter, version 2');

    fireEvent.click(within(check).getByRole('button', { name: 'Copy fingerprint' }));
    await waitFor(() => expect(bridge.callsTo('escalations.copyFingerprint')).toEqual([{ id: 5 }]));
    expect(await screen.findByText(/cleared again in 30 seconds/)).toBeTruthy();
  });

  it('names the first entry that no longer matches, by its number on the timeline', async () => {
    open(BROKEN);
    expect(await screen.findByText('Timeline broken at entry #2')).toBeTruthy();
    expect(screen.getByText(BROKEN.message)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Copy fingerprint' })).toBeNull();
    const [, second, third] = timelineItems();
    expect(second!.textContent).toContain('no longer matches its hash');
    expect(third!.textContent).not.toContain('no longer matches');
  });

  it('says so when the mentee has no charter, with a way to create one', async () => {
    open(INTACT, { 'charter.get': () => null });
    const process = await screen.findByRole('complementary', { name: 'Escalation process' });
    await waitFor(() => expect(process.textContent).toContain('no charter yet'));
    expect(within(process).getByRole('link', { name: 'Create a charter' }).getAttribute('href')).toBe('/mentees/1/charter');
  });

  it('adds a correction only once the entry it corrects is chosen', async () => {
    const bridge = open(INTACT, { 'escalations.addEntry': () => record(INTACT) });
    await screen.findByText('Timeline intact');
    fireEvent.click(screen.getByRole('radio', { name: /^Correction/ }));
    fireEvent.change(screen.getByLabelText('What is correct'), { target: { value: 'It was Thursday.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add correction to the timeline' }));
    const corrects = screen.getByLabelText('Corrects entry');
    await waitFor(() => expect(corrects.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(corrects.getAttribute('aria-describedby')!)!.textContent).toBe('Choose the entry this corrects');
    expect(bridge.callsTo('escalations.addEntry')).toEqual([]);

    fireEvent.change(corrects, { target: { value: '102' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add correction to the timeline' }));
    await waitFor(() =>
      expect(bridge.callsTo('escalations.addEntry')).toEqual([
        { escalationId: 5, kind: 'correction', what: 'It was Thursday.', informed: [], outcome: '', correctsEntryId: 102 },
      ]),
    );
  });
});
