// Lint of the library and CLI sources: the regex rules of eslint-plugin-regexp, with the two
// ReDoS rules (super-linear backtracking and super-linear move) as errors, so every regex in
// src/ is checked for catastrophic backtracking on each CI run.
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

export default [
  {
    // Build output and dependencies are not ours to lint.
    ignores: ['dist/**', 'node_modules/**', 'coverage/**'],
  },
  {
    files: ['src/**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: 'module',
    },
    plugins: { regexp },
    rules: {
      ...regexp.configs['flat/recommended'].rules,
      'regexp/no-super-linear-backtracking': 'error',
      // Not in the recommended set: it flags regexes whose match attempts, repeated at every
      // start position by exec/test/match without a leading anchor, add up to quadratic time.
      'regexp/no-super-linear-move': 'error',
    },
  },
];
