/**
 * Text from the renderer made well-formed before anything reads it: a lone UTF-16
 * surrogate (a broken paste, or a hostile caller) becomes U+FFFD. Left in, SQLite would
 * store it as invalid UTF-8 that reads back as three U+FFFD, so a hashed escalation
 * entry would no longer match its hash (found by the hardening hostile-input test).
 * Copy on write: an input with nothing to replace is returned as it came; own keys
 * such as "__proto__" stay own keys for the schema to refuse.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');
/** Deeper than any schema of the contract goes; whatever is below is refused as it is. */
const MAX_DEPTH = 32;

type WellFormedCheck = (s: string) => boolean;
// String.prototype.isWellFormed (ES2024, Node 20, Electron's V8) is native and fast; the regex is the fallback.
const nativeCheck = (String.prototype as { isWellFormed?: () => boolean }).isWellFormed;
const isWellFormed: WellFormedCheck = nativeCheck ? (s) => nativeCheck.call(s) : (s) => !LONE_SURROGATE.test(s);

function fix(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return isWellFormed(value) ? value : value.replace(LONE_SURROGATES, '\ufffd');
  return typeof value === 'object' && value !== null ? wellFormed(value, depth) : value;
}

export function wellFormed(value: unknown, depth = 0): unknown {
  if (typeof value !== 'object' || value === null) return fix(value, depth);
  if (depth >= MAX_DEPTH) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item !== 'string' && (typeof item !== 'object' || item === null)) continue;
      const next = fix(item, depth + 1);
      if (next !== item) (copy ??= value.slice())[i] = next;
    }
    return copy ?? value;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return value;
  let copy: object | undefined;
  for (const [key, item] of Object.entries(value)) {
    const next = fix(item, depth + 1);
    if (next === item) continue;
    copy ??= Object.defineProperties({}, Object.getOwnPropertyDescriptors(value));
    Object.defineProperty(copy, key, { value: next, enumerable: true, writable: true, configurable: true });
  }
  return copy ?? value;
}
