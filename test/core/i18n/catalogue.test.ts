import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { catalogue, composeCatalogue, messagesFor } from '../../../src/shared/i18n/catalogue';
import { translator } from '../../../src/shared/i18n/intl';
import { LOCALES, matchLocale, PSEUDO_LOCALE, resolveLocale, weekStart } from '../../../src/shared/i18n/locales';
import { literalLength, pseudoText } from '../../../src/shared/i18n/pseudo';

/** A message's arguments and tags, each with its kind (and a plural's or select's keys), in a stable order. */
function signature(elements: MessageFormatElement[], into = new Set<string>()): string[] {
  for (const element of elements) {
    if (element.type === TYPE.argument) into.add(`${element.value}:text`);
    if (element.type === TYPE.number) into.add(`${element.value}:number`);
    if (element.type === TYPE.date) into.add(`${element.value}:date`);
    if (element.type === TYPE.time) into.add(`${element.value}:time`);
    if (element.type === TYPE.tag) {
      into.add(`<${element.value}>`);
      signature(element.children, into);
    }
    if (element.type === TYPE.select) {
      into.add(`${element.value}:select(${Object.keys(element.options).sort().join(',')})`);
      for (const option of Object.values(element.options)) signature(option.value, into);
    }
    if (element.type === TYPE.plural) {
      into.add(`${element.value}:plural`);
      for (const option of Object.values(element.options)) signature(option.value, into);
    }
  }
  return [...into].sort();
}

describe('the message catalogue', () => {
  const ids = Object.keys(catalogue.en);

  it('has a description for translators on every English message', () => {
    expect(ids.length).toBeGreaterThan(100);
    for (const id of ids) expect(catalogue.en[id]!.description.trim(), id).not.toBe('');
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('has every id in %s, with the same ICU arguments as English', (locale) => {
    const translated = catalogue[locale];
    expect(Object.keys(translated).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      const text = translated[id];
      expect(typeof text === 'string' && text.trim() !== '', `${id} is empty in ${locale}`).toBe(true);
      expect(signature(parse(text!)), `${id} in ${locale}`).toEqual(signature(parse(catalogue.en[id]!.message)));
    }
  });

  it('tells apart a translation whose arguments differ (the check above can fail)', () => {
    expect(signature(parse('{count, plural, one {# Ziel} other {# Ziele}}'))).not.toEqual(signature(parse('{n, plural, one {# goal} other {# goals}}')));
    expect(signature(parse('<b>{name}</b>'))).not.toEqual(signature(parse('{name}')));
  });

  it('refuses an id that two areas both declare', () => {
    const area = { en: { 'x.title': { message: 'Title', description: 'A title.' } }, de: { 'x.title': 'Titel' } };
    expect(() => composeCatalogue({ one: area, two: area })).toThrow(/'x.title' is declared by the area 'one' and again by 'two'/);
  });

  it('formats plurals, dates and numbers in each locale', () => {
    expect(translator('en').t('vault.fingerprint.covers', { links: 1 })).toMatch(/^covers 1 record \(/);
    expect(translator('de').t('vault.fingerprint.covers', { links: 1234 })).toMatch(/^umfasst 1\.234 Einträge \(/);
    expect(translator('de').intl.formatDate(new Date(2026, 2, 5), { dateStyle: 'long' })).toBe('5. März 2026');
  });

  it('builds the pseudo-locale from English: every letter accented, longer, arguments untouched', () => {
    expect(pseudoText('Lock')).toBe('Ļóóçķ');
    const one = translator(PSEUDO_LOCALE).t('vault.fingerprint.covers', { links: 3 });
    expect(one).toContain('3');
    expect(one).not.toMatch(/[a-zA-Z]/);
    const pseudo = messagesFor(PSEUDO_LOCALE) as Record<string, MessageFormatElement[]>;
    const english = ids.reduce((sum, id) => sum + literalLength(parse(catalogue.en[id]!.message)), 0);
    const ratio = ids.reduce((sum, id) => sum + literalLength(pseudo[id]!), 0) / english;
    expect(ratio).toBeLessThan(1.6);
    expect(ratio).toBeGreaterThan(1.35);
  });

  it('follows the system language, falling back to English', () => {
    expect(matchLocale(['de-AT', 'en-GB'])).toBe('de');
    expect(matchLocale(['fr-FR', 'en-US'])).toBe('en');
    expect(matchLocale(['fr-FR'])).toBe('en');
    expect(matchLocale([PSEUDO_LOCALE])).toBe(PSEUDO_LOCALE);
    expect(resolveLocale('system', ['de-DE'])).toBe('de');
    expect(resolveLocale('en', ['de-DE'])).toBe('en');
    expect(resolveLocale(undefined, ['de-CH'])).toBe('de');
  });

  it('starts the week as the locale does: Monday in German, Sunday in (US) English', () => {
    expect(weekStart('de')).toBe(1);
    expect(weekStart('en')).toBe(7);
  });
});
