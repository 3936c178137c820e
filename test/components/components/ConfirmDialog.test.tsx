import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { BridgeCallError } from '../../../src/renderer/bridge/client';
import { ConfirmDialog } from '../../../src/renderer/components/ConfirmDialog';

describe('ConfirmDialog with a typed confirmation', () => {
  it('waits for the exact text, confirms with what was typed, and says a refusal beside the field', async () => {
    const onClose = vi.fn();
    const onConfirm = vi.fn().mockRejectedValueOnce(new BridgeCallError('INVALID_INPUT', 'The title does not match')).mockResolvedValueOnce(undefined);
    render(
      <ConfirmDialog open title="Delete this goal?" confirmLabel="Delete for good" variant="danger" typeToConfirm={{ label: 'Goal title', text: 'Lead design reviews' }} onConfirm={onConfirm} onClose={onClose} />,
    );
    const confirm = screen.getByRole('button', { name: 'Delete for good' }) as HTMLButtonElement;
    const field = screen.getByLabelText('Goal title');
    fireEvent.change(field, { target: { value: 'Lead design' } });
    expect(confirm.disabled).toBe(true);
    fireEvent.submit(field.closest('form')!);
    expect(onConfirm).not.toHaveBeenCalled();

    fireEvent.change(field, { target: { value: 'Lead design reviews' } });
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);
    await waitFor(() => expect(screen.getByText('The title does not match')).toBeTruthy());
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(onClose).not.toHaveBeenCalled();

    // Enter in the field confirms, as in any form.
    fireEvent.submit(field.closest('form')!);
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(onConfirm).toHaveBeenLastCalledWith('Lead design reviews');
  });

  it('without one, confirms at once and shows a failure in the dialog', async () => {
    const onConfirm = vi.fn().mockRejectedValue(new BridgeCallError('VAULT_LOCKED', 'The vault is locked'));
    render(<ConfirmDialog open title="Delete this note?" confirmLabel="Delete note" onConfirm={onConfirm} onClose={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete note' }));
    await waitFor(() => expect(screen.getByText('The vault is locked')).toBeTruthy());
    expect(onConfirm).toHaveBeenCalledWith('');
  });
});
