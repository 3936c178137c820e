/** What the keyboard does in the meeting mode, shown on screen from this same list. */
export type ModeCommand = 'next' | 'previous' | 'action' | 'decision' | 'win' | 'evidence' | 'notes' | 'end' | 'help';

export interface Shortcut {
  command: ModeCommand;
  /** Plain keys, taken only when focus is not in a text field. */
  keys: string[];
  /** With Alt: taken everywhere, also while typing. */
  altCodes: string[];
  label: string;
  /** As shown: "N or Alt+→". */
  hint: string;
}

export const SHORTCUTS: Shortcut[] = [
  { command: 'next', keys: ['n', 'ArrowRight'], altCodes: ['ArrowRight', 'KeyN'], label: 'Next item', hint: 'N, → or Alt+→' },
  { command: 'previous', keys: ['p', 'ArrowLeft'], altCodes: ['ArrowLeft', 'KeyP'], label: 'Previous item', hint: 'P, ← or Alt+←' },
  { command: 'action', keys: ['a'], altCodes: ['KeyA'], label: 'Add an action item', hint: 'A or Alt+A' },
  { command: 'decision', keys: ['d'], altCodes: ['KeyD'], label: 'Add a decision', hint: 'D or Alt+D' },
  { command: 'win', keys: ['w'], altCodes: ['KeyW'], label: 'Add a win', hint: 'W or Alt+W' },
  { command: 'evidence', keys: ['v'], altCodes: ['KeyV'], label: 'Add evidence', hint: 'V or Alt+V' },
  { command: 'notes', keys: ['t'], altCodes: ['KeyT'], label: 'Take notes on this item', hint: 'T or Alt+T' },
  { command: 'end', keys: ['e'], altCodes: ['KeyE'], label: 'End the meeting', hint: 'E or Alt+E' },
  { command: 'help', keys: ['?'], altCodes: [], label: 'Show or hide the shortcuts', hint: '?' },
];

/** Where typing goes: letters pressed there are text, not commands. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  return false;
}

/** The command a key press asks for, or null (a plain letter while typing, a Ctrl/⌘ chord, an arrow on a radio). */
export function commandOf(event: Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'target'>): ModeCommand | null {
  if (event.ctrlKey || event.metaKey) return null;
  if (event.altKey) return SHORTCUTS.find((s) => s.altCodes.includes(event.code))?.command ?? null;
  if (isTypingTarget(event.target)) return null;
  // Arrows move between radio buttons (the rubric's levels) and in lists: leave them there.
  const target = event.target as HTMLElement | null;
  if (event.key.startsWith('Arrow') && target instanceof HTMLInputElement) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  return SHORTCUTS.find((s) => s.keys.includes(key))?.command ?? null;
}
