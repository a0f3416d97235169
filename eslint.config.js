import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bank/**', 'test/bank/problems/**', 'coverage/**', '.aibaas/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    // Nothing below config/ reads the environment: configuration is loaded once and passed down.
    files: ['src/**/*.ts'],
    ignores: ['src/config/**', 'src/cli/**', 'src/**/*.test.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration in src/config and pass it down.' }],
    },
  },
  {
    // The core is pure: no I/O, no clock, no environment.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'fs', 'path', 'child_process', 'http', 'https', 'net', 'os'], message: 'core/ is free of I/O.' }] }],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'core/ is free of I/O.' }, { name: 'process', message: 'core/ is free of process state.' }],
      'no-restricted-syntax': ['error', { selector: "MemberExpression[object.name='Date'][property.name='now']", message: 'core/ reads no clock: pass the time in.' }, { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'core/ reads no clock: pass the time in.' }, { selector: "MemberExpression[object.name='Math'][property.name='random']", message: 'core/ uses seeded randomness only.' }],
    },
  },
);
