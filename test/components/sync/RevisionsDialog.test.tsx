import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RevisionView } from '../../../src/shared/sync/contract';
import { RevisionsDialog } from '../../../src/renderer/features/sync/RevisionsDialog';
import { installFakeBridge } from '../fake-bridge';
import { renderWithVault, vaultStatus } from '../render-app';

const kept = (over: Partial<RevisionView>): RevisionView => ({
  id: 1,
  record: 'note',
  field: 'body',
  mentee: 'Ada Lovelace',
  title: 'Stretch assignment',
  kept: 'Lead the design review.',
  keptAt: '2026-03-02T09:15:00.000Z',
  keptHere: true,
  current: 'Shadow the design review first.',
  currentAt: '2026-03-02T09:20:00.000Z',
  currentHere: false,
  refused: null,
  ...over,
});

const LIST: RevisionView[] = [
  kept({ id: 4 }),
  kept({ id: 3, record: 'charter', field: 'purpose', title: null, kept: 'Grow into leading a team.', current: 'Grow into a staff role.', refused: 'frozen' }),
  kept({ id: 2, record: 'goal', field: 'metric', title: 'Speak at a conference', kept: 'Talks given', current: 'Talks accepted', refused: 'ownScreen' }),
  kept({ id: 1, record: 'milestone', field: 'indicator', title: 'Draft the proposal', current: null, currentAt: null, currentHere: null, refused: 'deleted' }),
];

const item = (name: RegExp) => screen.getByRole('article', { name });

describe('Revisions to review', () => {
  it('offers to put a text back only where it can go back, and says why elsewhere', async () => {
    let list = LIST;
    const bridge = installFakeBridge({
      'sync.revisions': () => list,
      'sync.restoreRevision': () => (list = LIST.slice(1)),
    });
    renderWithVault(<RevisionsDialog open onClose={() => undefined} />, vaultStatus({ state: 'unlocked' }));
    await screen.findByRole('dialog', { name: 'Revisions to review' });

    expect(screen.getAllByRole('button', { name: 'Put this text back' })).toHaveLength(1);
    const note = item(/^Note: Text “Stretch assignment” of Ada Lovelace$/);
    expect(within(note).getByText(/^In the record now, written .* on another computer$/)).toBeTruthy();
    expect(within(item(/^Charter: Purpose of Ada Lovelace$/)).getByText(/agreed since and no longer changes/)).toBeTruthy();
    expect(within(item(/^Goal: Metric “Speak at a conference”/)).getByText(/^Changing a goal’s metric or unit is a recalibration/)).toBeTruthy();
    expect(within(item(/^Milestone: What proves it “Draft the proposal”/)).getByText(/deleted since/)).toBeTruthy();
    for (const name of [/^Charter/, /^Goal/, /^Milestone/]) {
      expect(within(item(name)).queryByRole('button', { name: 'Put this text back' })).toBeNull();
      expect(within(item(name)).getByRole('button', { name: 'Dismiss…' })).toBeTruthy();
    }

    fireEvent.click(within(note).getByRole('button', { name: 'Put this text back' }));
    await waitFor(() => expect(bridge.callsTo('sync.restoreRevision')).toEqual([{ id: 4 }]));
    // The list the bridge answered is shown at once, and the focus is on the text now first.
    await waitFor(() => expect(screen.queryByRole('article', { name: /^Note:/ })).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(item(/^Charter: Purpose/)));
  });

  it('shows a kept list (a charter draft’s roles from another computer) as lines, not as stored JSON', async () => {
    installFakeBridge({
      'sync.revisions': () => [
        kept({ record: 'charter', field: 'communicationChannels', title: null, kept: '[{"channel":"Chat","expectedResponse":"Same working day"},{"channel":"Email","expectedResponse":""}]', current: '[]' }),
      ],
    });
    renderWithVault(<RevisionsDialog open onClose={() => undefined} />, vaultStatus({ state: 'unlocked' }));
    const charter = await screen.findByRole('article', { name: /^Charter: / });
    const texts = charter.querySelectorAll('blockquote');
    expect(texts[0]!.textContent).toBe('• Chat – Same working day\n• Email');
    expect(charter.textContent).not.toContain('expectedResponse');
    // An empty list is said to be empty, as an empty text is.
    expect(texts[1]!.textContent).toBe('(empty)');
  });
});

