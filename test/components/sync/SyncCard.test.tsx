import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SyncResultView, SyncStatusView } from '../../../src/shared/sync/contract';
import { SyncCard } from '../../../src/renderer/features/sync/SyncCard';
import { SyncStatusLine } from '../../../src/renderer/features/sync/SyncStatusLine';
import { description } from '../aria';
import { installFakeBridge, refuse } from '../fake-bridge';
import { renderWithVault, vaultStatus } from '../render-app';

const FOLDER = '/home/mentor/Dropbox/mentoring';
const LAPTOP = '3f9c0a1b2c3d4e5f3f9c0a1b2c3d4e5f';

const notSetUp: SyncStatusView = { folder: null, deviceName: null, unlocked: false, otherDevices: [], lastSync: null, pendingChanges: 0, revisions: 0, heldDeletions: 0 };
const round: SyncResultView = { sent: 4, received: 12, applied: 9, revisions: 1, skipped: 0, forks: 0, fromSnapshot: false, clockAhead: 0, renewedIdentity: false, heldDeletions: 0 };
const setUp = (over: Partial<SyncStatusView> = {}): SyncStatusView => ({
  folder: FOLDER,
  deviceName: 'Study laptop',
  unlocked: true,
  otherDevices: [{ id: LAPTOP, lastSeen: '2026-03-02T09:15:00.000Z' }],
  lastSync: { ...round, at: '2026-03-02T09:15:00.000Z' },
  pendingChanges: 3,
  revisions: 2,
  heldDeletions: 0,
  ...over,
});

const unlocked = () => vaultStatus({ state: 'unlocked' });

describe('Settings > Sync', () => {
  it('not set up: says what sync does, chooses a folder, and puts each refusal next to its field in words', async () => {
    let answer: () => SyncResultView | ReturnType<typeof refuse> = () => refuse('WRONG_PASSPHRASE', 'The passphrase does not open the sync folder’s keys.');
    const bridge = installFakeBridge({
      'sync.status': () => notSetUp,
      'sync.chooseFolder': () => ({ folder: FOLDER }),
      'sync.start': () => answer(),
    });
    renderWithVault(<SyncCard />, unlocked());
    expect(await screen.findByText(/The vault itself stays on this computer/)).toBeTruthy();
    const start = screen.getByRole('button', { name: 'Start syncing' });
    const passphrase = screen.getByLabelText('Vault passphrase');

    fireEvent.click(start);
    await waitFor(() => expect(description(passphrase)).toContain('Type the vault’s passphrase'));
    expect(description(screen.getByRole('button', { name: 'Choose folder…' }))).toContain('Choose a sync folder');
    expect(bridge.callsTo('sync.start')).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Choose folder…' }));
    expect(await screen.findByText(FOLDER)).toBeTruthy();
    fireEvent.change(passphrase, { target: { value: 'not the one' } });
    fireEvent.click(start);
    await waitFor(() => expect(description(passphrase)).toContain('This passphrase is not right'));
    expect(bridge.callsTo('sync.start')).toEqual([{ folder: FOLDER, passphrase: 'not the one' }]);
    // The passphrase is not kept once the call has settled.
    expect((passphrase as HTMLInputElement).value).toBe('');

    answer = () => refuse('PATH_NOT_WRITABLE', 'The sync folder cannot be written to.');
    fireEvent.change(passphrase, { target: { value: 'the right one' } });
    fireEvent.click(start);
    await waitFor(() => expect(description(screen.getByRole('button', { name: 'Choose folder…' }))).toContain('cannot write in this folder'));
    expect(description(passphrase)).toBe('It unlocks the key of the sync folder. It is not kept: after the app restarts, sync asks for it again.');
  });

  it('shows the first sync as busy, in words, until it returns', async () => {
    let finish: (value: SyncResultView) => void = () => undefined;
    installFakeBridge({
      'sync.status': () => notSetUp,
      'sync.chooseFolder': () => ({ folder: FOLDER }),
      'sync.start': () => new Promise<SyncResultView>((done) => (finish = done)),
    });
    renderWithVault(<SyncCard />, unlocked());
    fireEvent.click(await screen.findByRole('button', { name: 'Choose folder…' }));
    await screen.findByText(FOLDER);
    fireEvent.change(screen.getByLabelText('Vault passphrase'), { target: { value: 'the right one' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start syncing' }));
    expect(await screen.findByRole('progressbar', { name: /First sync: sending this computer’s records/ })).toBeTruthy();
    finish(round);
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
  });

  it('set up: folder, this computer, the others with when they were last read, the counts, and Sync now', async () => {
    const bridge = installFakeBridge({ 'sync.status': () => setUp(), 'sync.now': () => round });
    renderWithVault(<SyncCard />, unlocked());
    expect(await screen.findByText(FOLDER)).toBeTruthy();
    expect((screen.getByLabelText('This computer’s name') as HTMLInputElement).value).toBe('Study laptop');
    expect(screen.getByText('3f9c0a1b')).toBeTruthy();
    expect(screen.getByText(/^last read /)).toBeTruthy();
    expect(screen.getByText('Waiting to be sent').nextElementSibling?.textContent).toBe('3');
    // The count, and the way to the kept texts beside it.
    expect(screen.getByText('Revisions to review').nextElementSibling?.textContent).toBe('2Review…');
    expect(screen.getByRole('button', { name: 'Review…' })).toBeTruthy();
    expect(screen.getByText(/\(4 sent, 12 received, 9 applied\)/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    await waitFor(() => expect(bridge.callsTo('sync.now')).toHaveLength(1));
  });

  it('renames this computer, refusing an empty name next to the field', async () => {
    const bridge = installFakeBridge({ 'sync.status': () => setUp(), 'sync.rename': ({ name }) => setUp({ deviceName: name }) });
    renderWithVault(<SyncCard />, unlocked());
    const name = await screen.findByLabelText('This computer’s name');
    fireEvent.change(name, { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    await waitFor(() => expect(description(name)).toContain('Give this computer a name'));
    expect(bridge.callsTo('sync.rename')).toEqual([]);
    fireEvent.change(name, { target: { value: 'Kitchen desktop' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    await waitFor(() => expect(bridge.callsTo('sync.rename')).toEqual([{ name: 'Kitchen desktop' }]));
  });

  it('after a restart asks for the passphrase, as a step and not as an error, and syncs with the known folder', async () => {
    const bridge = installFakeBridge({ 'sync.status': () => setUp({ unlocked: false }), 'sync.start': () => round });
    renderWithVault(<SyncCard />, unlocked());
    expect(await screen.findByText('Type your passphrase to sync again')).toBeTruthy();
    // Nothing is shown as an error: no banner, nothing next to a field.
    expect(document.querySelector('.form-error-banner, .field-error')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Sync now' })).toBeNull();
    fireEvent.change(screen.getByLabelText('Vault passphrase'), { target: { value: 'the right one' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sync again' }));
    await waitFor(() => expect(bridge.callsTo('sync.start')).toEqual([{ folder: FOLDER, passphrase: 'the right one' }]));
  });

  it('warns when another computer’s changes are dated ahead of this clock', async () => {
    installFakeBridge({ 'sync.status': () => setUp({ lastSync: { ...round, clockAhead: 1, at: '2026-03-02T09:15:00.000Z' } }) });
    renderWithVault(<SyncCard />, unlocked());
    expect(await screen.findByText(/dated ahead of this computer’s clock/)).toBeTruthy();
  });

  it('says when this vault took a new sync identity because a copy of it was syncing', async () => {
    installFakeBridge({ 'sync.status': () => setUp({ lastSync: { ...round, renewedIdentity: true, at: '2026-03-02T09:15:00.000Z' } }) });
    renderWithVault(<SyncCard />, unlocked());
    expect(await screen.findByText(/this computer now syncs under a new one/)).toBeTruthy();
  });
});

describe('the sidebar’s sync line', () => {
  const line = () => document.querySelector('.sidebar-sync')!;

  it('says nothing while sync is not set up', async () => {
    const bridge = installFakeBridge({ 'sync.status': () => notSetUp });
    renderWithVault(<SyncStatusLine />, unlocked());
    await waitFor(() => expect(bridge.callsTo('sync.status')).toHaveLength(1));
    expect(line().textContent).toBe('');
    expect(line().getAttribute('aria-live')).toBe('polite');
  });

  it('says when it synced and what waits, or that it needs the passphrase', async () => {
    installFakeBridge({ 'sync.status': () => setUp({ lastSync: { ...round, at: new Date().toISOString() } }) });
    const { unmount } = renderWithVault(<SyncStatusLine />, unlocked());
    await waitFor(() => expect(line().textContent).toMatch(/^Synced at .+ · 3 changes waiting$/));
    unmount();
    installFakeBridge({ 'sync.status': () => setUp({ unlocked: false }) });
    renderWithVault(<SyncStatusLine />, unlocked());
    await waitFor(() => expect(line().textContent).toBe('Sync paused — passphrase needed'));
  });

  it('says when deletions from another computer wait for the mentor', async () => {
    installFakeBridge({ 'sync.status': () => setUp({ heldDeletions: 3, pendingChanges: 0, lastSync: { ...round, at: new Date().toISOString() } }) });
    renderWithVault(<SyncStatusLine />, unlocked());
    await waitFor(() => expect(line().textContent).toMatch(/^Synced at .+ · 3 deletions wait for you$/));
  });
});
