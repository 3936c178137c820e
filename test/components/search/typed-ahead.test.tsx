import { afterEach, describe, expect, it, vi } from 'vitest';
import { isHoldingKeys, startHoldingKeys, takeHeldKeys } from '../../../src/renderer/features/search/typed-ahead';

function press(key: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  document.body.dispatchEvent(event);
  return event;
}

const typeText = (text: string) => [...text].forEach((key) => press(key));

describe('keys typed right after Ctrl+K', () => {
  afterEach(() => {
    takeHeldKeys();
    vi.useRealTimers();
    window.location.hash = '';
  });

  it('are all kept however long the search page takes to appear', () => {
    vi.useFakeTimers();
    startHoldingKeys();
    typeText('reh');
    // A machine slow enough that the page comes a minute later still loses nothing.
    vi.advanceTimersByTime(60_000);
    typeText('earx');
    press('Backspace');
    typeText('s');
    expect(takeHeldKeys()).toBe('rehears');
    expect(isHoldingKeys()).toBe(false);
  });

  it('are kept from the page behind: held keys do not reach it', () => {
    startHoldingKeys();
    const seen: string[] = [];
    const listener = (event: KeyboardEvent) => seen.push(event.key);
    document.body.addEventListener('keydown', listener);
    const event = press('a');
    document.body.removeEventListener('keydown', listener);
    expect(event.defaultPrevented).toBe(true);
    expect(seen).toEqual([]);
  });

  it('leave chords and navigation keys alone', () => {
    startHoldingKeys();
    expect(press('k', { ctrlKey: true }).defaultPrevented).toBe(false);
    expect(press('ArrowDown').defaultPrevented).toBe(false);
    typeText('ok');
    expect(takeHeldKeys()).toBe('ok');
  });

  it.each([
    ['Escape', () => press('Escape')],
    ['Tab', () => press('Tab')],
    ['a click', () => document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }))],
  ])('stop being held after %s, and go to their target again', (_what, end) => {
    startHoldingKeys();
    typeText('ab');
    end();
    expect(isHoldingKeys()).toBe(false);
    expect(press('c').defaultPrevented).toBe(false);
    expect(takeHeldKeys()).toBeNull();
  });

  it('stop being held when the address leaves the search page, not while it stays there', () => {
    startHoldingKeys();
    window.location.hash = '#/search?q=x';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(isHoldingKeys()).toBe(true);
    window.location.hash = '#/mentees';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(isHoldingKeys()).toBe(false);
  });
});
