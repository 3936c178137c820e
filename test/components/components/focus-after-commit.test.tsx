import { act, fireEvent, render, screen } from '@testing-library/react';
import { useRef, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useFocusAfterCommit } from '../../../src/renderer/components/useFocusAfterCommit';

/** A button that opens a field in the same update that asks for focus on it: the field exists only after that commit. */
function Opener() {
  const [open, setOpen] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const focusAfterCommit = useFocusAfterCommit();
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setOpen(true);
          focusAfterCommit(() => field.current);
        }}
      >
        Open
      </button>
      {open && <input aria-label="Drawn field" ref={field} />}
    </>
  );
}

describe('useFocusAfterCommit', () => {
  it('focuses an element drawn by the very update that asked for it', () => {
    render(<Opener />);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Drawn field' }));
  });

  it('reads its target when it runs, so a target that is gone leaves focus where it is', () => {
    function Gone() {
      const focusAfterCommit = useFocusAfterCommit();
      return (
        <button type="button" onClick={() => focusAfterCommit(() => null)}>
          Ask
        </button>
      );
    }
    render(<Gone />);
    const button = screen.getByRole('button', { name: 'Ask' });
    act(() => button.focus());
    fireEvent.click(button);
    expect(document.activeElement).toBe(button);
  });
});
