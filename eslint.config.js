import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import formatjs from 'eslint-plugin-formatjs';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ELECTRON_PATHS = [{ name: 'electron', message: 'Only src/main/electron/ (the shell) and src/preload/ may import electron: keep the core plain Node.' }];
const ELECTRON_PATTERNS = [{ group: ['electron/*'], message: 'Only the Electron shell may import electron.' }];

/** The electron ban plus a layer's own patterns: one rule entry, since a later config object replaces an earlier one's options. */
function restrictImports(...patterns) {
  return { 'no-restricted-imports': ['error', { paths: ELECTRON_PATHS, patterns: [...ELECTRON_PATTERNS, ...patterns] }] };
}
const electronOnlyInShell = restrictImports();

/*
 * Layers, in the spirit of a code-layering check: src/shared runs everywhere, so it imports
 * nothing process-specific; the renderer imports only src/shared and itself; a main feature
 * imports src/shared, the core (vault/, app/, ipc/), features/shared and the features it
 * declares below. Tests may import anything.
 */
const NODE_BUILTIN = `^(?:node:.*|(?:${builtinModules.join('|')})(?:/.*)?)$`;
const FEATURE_USES = {
  calendar: ['data-export', 'documents'],
  charter: ['mentor'],
  dashboard: ['assessment', 'charter', 'documents', 'goals'],
  'data-export': ['backup'],
  documents: ['charter', 'feedback', 'goals'],
  feedback: ['assessment'],
  forms: ['charter', 'documents', 'feedback', 'meetings', 'records', 'templates'],
  meetings: ['charter', 'goals', 'notes', 'records', 'templates'],
  mentor: ['documents'],
  search: ['notes'],
  vault: ['assessment', 'backup', 'escalations', 'sync', 'templates'],
};
const FEATURES = readdirSync(new URL('./src/main/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const sharedLayer = restrictImports(
  { regex: '(?:^|/)(?:main|renderer|preload)/', message: 'src/shared runs in every process: it imports only src/shared.' },
  { regex: NODE_BUILTIN, message: 'src/shared also runs in the renderer: no Node modules.' },
  { regex: '^(?:react|react-dom|better-sqlite3-multiple-ciphers)(?:/.*)?$', message: 'src/shared holds schemas and types only: no React, no database.' },
);
const rendererLayer = restrictImports(
  { regex: '(?:^|/)(?:main|preload)/', message: 'The renderer imports only src/shared and itself; it reaches the main process through the bridge.' },
  { regex: NODE_BUILTIN, message: 'The renderer is sandboxed: no Node modules.' },
  { regex: '^better-sqlite3-multiple-ciphers(?:/.*)?$', message: 'The renderer never opens the vault; it calls the bridge.' },
  { regex: '^@hookform/resolvers/zod$', message: "Forms check with schemaResolver (components/schema-resolver.ts): zod's own resolver shows every refusal in English." },
);
const vaultLayer = restrictImports(
  { regex: '^(?:\\.\\./)+(?:features|app|ipc|cli|demo)/', message: 'The vault layer is below the features: it imports only src/shared and itself.' },
  { regex: '(?:^|/)(?:renderer|preload)/', message: 'The main process never imports the renderer or the preload.' },
);
function featureLayer(name) {
  const uses = FEATURE_USES[name] ?? [];
  const allowed = ['shared', ...uses].join('|');
  const declared = uses.length > 0 ? `the features it declares (${uses.join(', ')})` : 'no other feature';
  return restrictImports(
    {
      regex: `^\\.\\./(?!(?:${allowed})/)[a-z-]+/`,
      message: `features/${name} imports features/shared and ${declared}: declare a new dependency in FEATURE_USES in eslint.config.js.`,
    },
    { regex: '^(?:\\.\\./){2}(?:electron|cli|demo)/', message: 'A feature is below the shell, the CLI and the demo generator: it does not import them.' },
    { regex: '(?:^|/)(?:renderer|preload)/', message: 'The main process never imports the renderer or the preload.' },
  );
}

/*
 * Every word the renderer shows comes from the message catalogue (src/shared/i18n): a literal
 * word in the JSX of any renderer file, as text or in a prop people read, fails. The rule covers
 * the whole renderer so that a new folder is held to it without being listed anywhere.
 */
const noLiteralWords = {
  'formatjs/no-literal-string-in-jsx': ['error', { props: { include: [['*', '{label,hint,title,placeholder,intro,alt,description,legend,*Label}']] } }],
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.electron-native/**', 'test-results/**', 'playwright-report/**', '.tmp/**', 'bench/.vaults/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}', 'bench/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['src/main/electron/**', 'src/preload/**', 'test/electron/**'],
    rules: electronOnlyInShell,
  },
  {
    // electron-builder hooks are CommonJS by necessity.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'test/components/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  { files: ['src/shared/**/*.{ts,tsx}'], rules: sharedLayer },
  { files: ['src/renderer/**/*.{ts,tsx}'], rules: rendererLayer },
  { files: ['src/main/vault/**/*.ts'], rules: vaultLayer },
  ...FEATURES.map((name) => ({ files: [`src/main/features/${name}/**/*.ts`], rules: featureLayer(name) })),
  { files: ['src/renderer/**/*.tsx'], plugins: { formatjs }, rules: noLiteralWords },
);
