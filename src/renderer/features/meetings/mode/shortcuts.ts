/**
 * What the keyboard does in the meeting mode, shown on screen from this same list.
 *
 * Every shortcut needs the Alt key (Option on a Mac): a plain letter is always text, in a
 * field or not, so a sentence typed where focus happens to be can never move an item or
 * end the meeting (WCAG 2.1.4, character key shortcuts). Keys are matched by their
 * physical position (`code`), so Option's special characters on a Mac do not matter.
 */
import type { MessageId } from '../../../../shared/i18n/catalogue';

export type ModeCommand = 'next' | 'previous' | 'action' | 'decision' | 'win' | 'evidence' | 'notes' | 'end';

export interface Shortcut {
  command: ModeCommand;
  /** KeyboardEvent.code values taken together with Alt. */
  codes: string[];
  label: MessageId;
  /** As shown: "Alt+N / Alt+→" (no words, so the same in every language). */
  hint: string;
}

export const SHORTCUTS: Shortcut[] = [
  { command: 'next', codes: ['KeyN', 'ArrowRight'], label: 'meetingsMode.shortcut.next', hint: 'Alt+N / Alt+→' },
  { command: 'previous', codes: ['KeyP', 'ArrowLeft'], label: 'meetingsMode.shortcut.previous', hint: 'Alt+P / Alt+←' },
  { command: 'notes', codes: ['KeyT'], label: 'meetingsMode.shortcut.notes', hint: 'Alt+T' },
  { command: 'win', codes: ['KeyW'], label: 'meetingsMode.shortcut.win', hint: 'Alt+W' },
  { command: 'decision', codes: ['KeyD'], label: 'meetingsMode.shortcut.decision', hint: 'Alt+D' },
  { command: 'action', codes: ['KeyA'], label: 'meetingsMode.shortcut.action', hint: 'Alt+A' },
  { command: 'evidence', codes: ['KeyV'], label: 'meetingsMode.shortcut.evidence', hint: 'Alt+V' },
  { command: 'end', codes: ['KeyE'], label: 'meetingsMode.shortcut.end', hint: 'Alt+E' },
];

/** The hint shown beside a field or a button for a command. */
export function hintOf(command: ModeCommand): string {
  return SHORTCUTS.find((s) => s.command === command)!.hint;
}

/** The command a key press asks for, or null: without Alt, or with Ctrl, ⌘ or Shift (other programs' chords), nothing. */
export function commandOf(event: Pick<KeyboardEvent, 'code' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>): ModeCommand | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  return SHORTCUTS.find((s) => s.codes.includes(event.code))?.command ?? null;
}
