import { fireEvent, render } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { commandOf, SHORTCUTS, type ModeCommand } from '../../../src/renderer/features/meetings/mode/shortcuts';
import { useShortcuts } from '../../../src/renderer/features/meetings/mode/useShortcuts';

const key = (code: string, mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {}) => ({ code, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...mods });

describe('meeting mode shortcuts (WCAG 2.1.4: every one needs a modifier)', () => {
  it('takes no plain key at all: every letter and arrow without Alt is text', () => {
    for (const s of SHORTCUTS) for (const code of s.codes) expect(commandOf(key(code)), code).toBeNull();
  });

  it('takes each listed Alt chord for its command, and shows it in its hint', () => {
    for (const s of SHORTCUTS) {
      for (const code of s.codes) expect(commandOf(key(code, { altKey: true }))).toBe(s.command);
      expect(s.hint).toMatch(/^Alt\+/);
    }
    expect(commandOf(key('KeyE', { altKey: true }))).toBe('end');
    expect(commandOf(key('KeyQ', { altKey: true }))).toBeNull();
  });

  it("leaves other programs' chords alone (Ctrl, ⌘ or Shift with Alt)", () => {
    expect(commandOf(key('KeyN', { altKey: true, ctrlKey: true }))).toBeNull();
    expect(commandOf(key('KeyN', { altKey: true, metaKey: true }))).toBeNull();
    expect(commandOf(key('KeyN', { altKey: true, shiftKey: true }))).toBeNull();
  });
});

function Harness({ enabled }: { enabled: boolean }) {
  const [ran, setRan] = useState<ModeCommand[]>([]);
  useShortcuts((c) => setRan((r) => [...r, c]), enabled);
  return (
    <>
      <textarea aria-label="Notes" />
      <p data-testid="ran">{ran.join(',')}</p>
    </>
  );
}

describe('useShortcuts', () => {
  it('runs Alt chords from inside a text field and from the page, never plain letters, and nothing while disabled', () => {
    const { getByLabelText, getByTestId, rerender } = render(<Harness enabled />);
    const notes = getByLabelText('Notes');
    for (const k of 'we need a plan') fireEvent.keyDown(notes, { key: k, code: k === ' ' ? 'Space' : `Key${k.toUpperCase()}` });
    fireEvent.keyDown(document.body, { key: 'e', code: 'KeyE' });
    expect(getByTestId('ran').textContent).toBe('');
    const chord = fireEvent.keyDown(notes, { key: 'n', code: 'KeyN', altKey: true });
    fireEvent.keyDown(document.body, { key: 'ArrowLeft', code: 'ArrowLeft', altKey: true });
    expect(chord).toBe(false); // the chord is consumed (default prevented), so it types nothing
    expect(getByTestId('ran').textContent).toBe('next,previous');
    rerender(<Harness enabled={false} />);
    fireEvent.keyDown(document.body, { key: 'e', code: 'KeyE', altKey: true });
    expect(getByTestId('ran').textContent).toBe('next,previous');
  });
});
