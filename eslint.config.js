// ESLint: JavaScript and TypeScript (typescript-eslint) and Astro components (eslint-plugin-astro).
// Formatting is Prettier's job (npm run lint runs both), so eslint-config-prettier turns off every style rule.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

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
  prettier,
);
