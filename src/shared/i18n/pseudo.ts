import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

const ACCENTED: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ó', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ú', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ó', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ú', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};
const VOWELS = new Set('aeiouAEIOU');

/** Accents every letter and doubles every vowel: still readable, and every letter changed. */
export function pseudoText(text: string): string {
  let out = '';
  for (const char of text) {
    const accented = ACCENTED[char] ?? char;
    out += VOWELS.has(char) ? accented + accented : accented;
  }
  return out;
}

function pseudoElements(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    if (element.type === TYPE.literal) return { ...element, value: pseudoText(element.value) };
    if (element.type === TYPE.tag) return { ...element, children: pseudoElements(element.children) };
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      const options = Object.fromEntries(Object.entries(element.options).map(([key, option]) => [key, { ...option, value: pseudoElements(option.value) }]));
      return { ...element, options };
    }
    return element;
  });
}

/**
 * An English message in the pseudo-locale, as a parsed message (FormatJS formats one as it
 * would the string): only the words change, never an argument, a plural's keys or a tag.
 */
export function pseudoMessage(message: string): MessageFormatElement[] {
  const english = parse(message);
  const accented = pseudoElements(english);
  // Padded to about 40% longer than English in all (German runs 30% longer and more), in
  // brackets, so a cut-off end shows.
  const grown = literalLength(accented) - literalLength(english);
  const padding = Math.max(0, Math.ceil(literalLength(english) * 0.4) - grown - 3);
  const literal = (value: string): MessageFormatElement => ({ type: TYPE.literal, value });
  return [literal('['), ...accented, literal(` ${'·'.repeat(padding)}]`)];
}

/** The characters of a message's own words (its literals), however deep. */
export function literalLength(elements: MessageFormatElement[]): number {
  let length = 0;
  for (const element of elements) {
    if (element.type === TYPE.literal) length += [...element.value].length;
    if (element.type === TYPE.tag) length += literalLength(element.children);
    if (element.type === TYPE.plural || element.type === TYPE.select) length += literalLength(Object.values(element.options)[0]?.value ?? []);
  }
  return length;
}
