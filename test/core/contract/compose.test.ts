import { describe, expect, it } from 'vitest';
import { contract } from '../../../src/shared/contract';
import { composeParts, type SharedNames } from '../../../src/shared/contract/compose';
import { handlers } from '../../../src/main/ipc/handlers';

describe('composing the parts of the API', () => {
  it('keeps every name of every part', () => {
    const whole = composeParts({ 'a.list': 1 }, { 'b.list': 2, 'b.get': 3 });
    expect(whole).toEqual({ 'a.list': 1, 'b.list': 2, 'b.get': 3 });
  });

  it('refuses a name declared by two parts, naming it and both parts', () => {
    // Typed as plain objects, so only the run-time check can see the clash.
    const first: object = { 'a.list': 1, 'notes.get': 2 };
    const third: object = { 'notes.get': 4 };
    expect(() => composeParts(first, { 'b.list': 3 }, third)).toThrow("The method name 'notes.get' is declared by part 1 and again by part 3");
  });

  it('makes a name declared twice a compile error when the names are known', () => {
    const shared: SharedNames<[{ 'a.list': 1; 'a.get': 1 }, { 'b.list': 2 }, { 'a.get': 3 }]> = 'a.get';
    expect(shared).toBe('a.get');
    // @ts-expect-error 'a.get' is declared by the first and the third part.
    expect(() => composeParts({ 'a.list': 1, 'a.get': 2 }, { 'b.list': 3 }, { 'a.get': 4 })).toThrow(/'a.get'/);
  });

  it('has one handler for each method of the composed contract, and no other', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(contract).sort());
  });
});
