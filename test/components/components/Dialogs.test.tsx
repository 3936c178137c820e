import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Dialog } from '../../../src/renderer/components/Dialog';
import { DeleteMenteeDialog } from '../../../src/renderer/features/mentees/DeleteMenteeDialog';
import type { Mentee } from '../../../src/shared/mentees/schema';
import { installFakeBridge } from '../fake-bridge';
import { renderWithVault, vaultStatus } from '../render-app';

function Harness({ onClose }: { onClose(): void }) {
  const [open, setOpen] = useState(true);
  return (
    <>
      <button>outside</button>
      <Dialog
        open={open}
        title="Rename"
        onClose={() => {
          onClose();
          setOpen(false);
        }}
      >
        <input aria-label="First" />
        <button>Last</button>
      </Dialog>
    </>
  );
}

describe('Dialog', () => {
  it('is a labelled modal that takes the focus, keeps Tab inside and closes on Escape', () => {
    const onClose = vi.fn();
    render(<Harness onClose={onClose} />);
    const dialog = screen.getByRole('dialog', { name: 'Rename' });
    expect(dialog.hasAttribute('open')).toBe(true);
    expect(document.activeElement).toBe(screen.getByLabelText('First'));

    screen.getByRole('button', { name: 'Last' }).focus();
    fireEvent.keyDown(screen.getByRole('button', { name: 'Last' }), { key: 'Tab' });
    expect(document.activeElement).toBe(screen.getByLabelText('First'));
    fireEvent.keyDown(screen.getByLabelText('First'), { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Last' }));

    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(dialog.hasAttribute('open')).toBe(false);
  });
});

const ADA: Mentee = {
  id: 7,
  name: 'Ada Lovelace',
  role: '',
  team: '',
  startDate: null,
  status: 'active',
  archived: false,
  updatedAt: '',
  createdAt: '',
  aspirations: '',
  documentLocale: null,
  careerAims: [],
  strengths: [],
  gaps: [],
  interests: [],
};

describe('DeleteMenteeDialog', () => {
  it('deletes only after the exact name is typed, and sends it as the confirmation', async () => {
    const bridge = installFakeBridge({ 'mentees.delete': () => ({ deleted: true as const }) });
    const onDeleted = vi.fn();
    renderWithVault(<DeleteMenteeDialog mentee={ADA} open onClose={() => undefined} onDeleted={onDeleted} />, vaultStatus({ state: 'unlocked' }));
    const remove = screen.getByRole('button', { name: 'Delete for good' }) as HTMLButtonElement;
    expect(remove.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Mentee’s name'), { target: { value: 'ada lovelace' } });
    expect(remove.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Mentee’s name'), { target: { value: 'Ada Lovelace' } });
    expect(remove.disabled).toBe(false);
    fireEvent.click(remove);
    await waitFor(() => expect(onDeleted).toHaveBeenCalled());
    expect(bridge.callsTo('mentees.delete')).toEqual([{ id: 7, confirmName: 'Ada Lovelace' }]);
  });
});
