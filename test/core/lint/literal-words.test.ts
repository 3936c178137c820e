import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The rule of eslint.config.js against literal words in the JSX of the renderer, run
 * through ESLint itself on snippets placed (by name only; nothing is written) in one.
 */
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const RULE = 'formatjs/no-literal-string-in-jsx';
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: repoRoot });
});

async function literalWords(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === RULE).length;
}

describe('no literal words in the JSX of the renderer', () => {
  it('fails on a word written as JSX text', async () => {
    expect(await literalWords('src/renderer/features/settings/Probe.tsx', 'export const P = () => <p>Save settings</p>;')).toBe(1);
  });

  it('fails on a word in a prop people read, and in an expression', async () => {
    const code = "export const P = ({ on }: { on: boolean }) => <input aria-label=\"Name\" title={on ? 'On' : 'Off'} />;";
    expect(await literalWords('src/renderer/app/Probe.tsx', code)).toBe(3);
  });

  it('passes words from the catalogue, and props no one reads', async () => {
    const code = [
      "import { FormattedMessage, useIntl } from 'react-intl';",
      'export function P() {',
      '  const intl = useIntl();',
      "  return <p className=\"note\" aria-label={intl.formatMessage({ id: 'settings.title' })}><FormattedMessage id=\"settings.intro\" /></p>;",
      '}',
    ].join('\n');
    expect(await literalWords('src/renderer/features/vault/Probe.tsx', code)).toBe(0);
  });

  it('holds a renderer folder no one has listed yet, and the records tab', async () => {
    expect(await literalWords('src/renderer/features/newthing/Probe.tsx', 'export const P = () => <p>Notes</p>;')).toBeGreaterThan(0);
    expect(await literalWords('src/renderer/features/records/Probe.tsx', 'export const P = () => <p>Notes</p>;')).toBeGreaterThan(0);
  });

  it('leaves JSX outside the renderer alone (tests write the words they look for)', async () => {
    expect(await literalWords('test/components/records/Probe.tsx', 'export const P = () => <p>Notes</p>;')).toBe(0);
  });
});
