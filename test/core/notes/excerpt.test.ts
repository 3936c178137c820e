import { describe, expect, it } from 'vitest';
import { plainExcerpt } from '../../../src/main/features/notes/filters';
import { MARK_END, MARK_START } from '../../../src/shared/notes/marks';

/** A note's excerpt and search snippets read as the words the preview shows, without Markdown's syntax. */
describe('plainExcerpt', () => {
  it('drops block and inline syntax, and keeps a space between blocks', () => {
    expect(plainExcerpt('## Plan\n- **Own** the [launch](https://example.org)\n- _ship_ it\n\n> quoted `code`')).toBe('Plan Own the launch ship it quoted code');
    expect(plainExcerpt('![a diagram](d.png) then\n\n1. one\n2. two\n\n---\n\nafter')).toBe('a diagram then one two after');
    expect(plainExcerpt('```ts\nconst a = 1;\n```\nafter')).toBe('const a = 1; after');
    expect(plainExcerpt('Fish &amp; chips \\*not emphasis\\*')).toBe('Fish & chips *not emphasis*');
  });

  it('reads text with no syntax as it is, wherever a hyphen or a number stands', () => {
    expect(plainExcerpt('In 1984 the team - all five -\nmet   twice. 3 goals.')).toBe('In 1984 the team - all five - met twice. 3 goals.');
    expect(plainExcerpt('3. a list item\n- another')).toBe('a list item another');
  });

  it('keeps the search marks around a word inside emphasis or a link', () => {
    expect(plainExcerpt(`…the **${MARK_START}word${MARK_END}** in [a ${MARK_START}link${MARK_END}](x)…`, 1000)).toBe(`…the ${MARK_START}word${MARK_END} in a ${MARK_START}link${MARK_END}…`);
  });

  it('cuts at the limit with an ellipsis', () => {
    expect(plainExcerpt(`**${'word '.repeat(60).trim()}**`, 20)).toBe('word word word word…');
  });
});
