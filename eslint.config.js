// ESLint: JavaScript and TypeScript (typescript-eslint) and Astro components (eslint-plugin-astro).
// Formatting is Prettier's job (npm run lint runs both), so eslint-config-prettier turns off every style rule.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import { builtinModules } from 'node:module';

/** Folders of src/ a module under src/lib (and src/client) must not reach into, however many `../` it takes. */
const outsideLib = (folders) => ({
  regex: `^(\\.\\./)+(${folders.join('|')})(/|$)|(^|/)src/(${folders.join('|')})(/|$)`,
  message: 'src/lib is pure TypeScript: it never imports the site (src/data) or the browser code (src/client).',
});

export default tseslint.config(
  { ignores: ['dist/', 'dist-subpath/', '.staging/', 'build-logs/', '.astro/', 'node_modules/', 'bench/baseline/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // `_name` marks a value left out on purpose (e.g. `const { id: _id, ...rest } = entry`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  // One job per function: a long one is several (geometry, layout and copy are three modules, not one function).
  {
    files: ['src/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }] },
  },
  // Layering: src/lib knows nothing of Astro, the site's data or the browser code; src/client runs in the
  // browser, where Node's modules do not exist.
  {
    files: ['src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['astro:*'], message: 'src/lib knows nothing of Astro: take what it needs as arguments.' }, outsideLib(['data', 'client'])],
        },
      ],
    },
  },
  {
    files: ['src/client/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: builtinModules.map((name) => ({ name, message: 'src/client runs in the browser: no Node modules.' })),
          patterns: [{ group: ['node:*'], message: 'src/client runs in the browser: no Node modules.' }],
        },
      ],
    },
  },
  // tools/ holds what the benchmark and the tests share; neither tools/ nor bench/ reaches into tests/.
  {
    files: ['tools/**', 'bench/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(\\.\\./)+tests(/|$)', message: 'Code the benchmark shares with the tests lives in tools/, not tests/.' }] },
      ],
    },
  },
  prettier,
);
