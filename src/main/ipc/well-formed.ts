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

export function wellFormed(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? value.replace(LONE_SURROGATES, '\ufffd') : value;
  if (typeof value !== 'object' || value === null || depth >= MAX_DEPTH) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const next = wellFormed(value[i], depth + 1);
      if (next !== value[i]) (copy ??= value.slice())[i] = next;
    }
    return copy ?? value;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return value;
  let copy: object | undefined;
  for (const [key, item] of Object.entries(value)) {
    const next = wellFormed(item, depth + 1);
    if (next === item) continue;
    copy ??= Object.defineProperties({}, Object.getOwnPropertyDescriptors(value));
    Object.defineProperty(copy, key, { value: next, enumerable: true, writable: true, configurable: true });
  }
  return copy ?? value;
}
