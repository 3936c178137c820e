import { describe, expect, it } from 'vitest';
import { wellFormed } from '../../src/main/ipc/well-formed';

/** The router's first step (src/main/ipc/well-formed.ts): lone surrogates out, nothing else touched. */
describe('well-formed text at the bridge', () => {
  it('replaces lone surrogates with U+FFFD in strings, arrays and objects, and keeps pairs', () => {
    expect(wellFormed('a\ud800b')).toBe('a\ufffdb');
    expect(wellFormed('\udfff\ud83d\ude00\ud800')).toBe('\ufffd\ud83d\ude00\ufffd');
    expect(wellFormed({ title: 'x\udc00', tags: ['ok', '\ud800'], nested: { what: ['\udbff'] } })).toEqual({ title: 'x\ufffd', tags: ['ok', '\ufffd'], nested: { what: ['\ufffd'] } });
  });

  it('returns an input with nothing to replace as the same object (copy on write)', () => {
    const input = { a: 'text 😀', b: [1, 'two', { c: null }] };
    expect(wellFormed(input)).toBe(input);
    const changed = { a: '\ud800', keep: [1, 2] };
    const out = wellFormed(changed) as typeof changed;
    expect(out).not.toBe(changed);
    expect(changed.a).toBe('\ud800');
    expect(out.keep).toBe(changed.keep);
  });

  it('keeps "__proto__" an own key (for the strict schema to refuse) and never touches Object.prototype', () => {
    const input = JSON.parse('{"__proto__": {"polluted": "\\ud800"}, "x": "\\udc00"}') as Record<string, unknown>;
    const out = wellFormed(input) as Record<string, unknown>;
    expect(Object.hasOwn(out, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(out.x).toBe('\ufffd');
  });

  it('leaves class instances and anything deeper than any schema as they are', () => {
    const date = new Date(0);
    expect(wellFormed({ date }) as { date: Date }).toEqual({ date });
    let deep: unknown = '\ud800';
    for (let i = 0; i < 40; i++) deep = [deep];
    expect(wellFormed(deep)).toBe(deep);
  });
});
