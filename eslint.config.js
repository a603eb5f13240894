// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Globals the model must never touch (architecture.md: "The model never touches DOM, pixi, d3, xstate, clocks
 * (Date, performance.now, timers) or Math.random()"), nor the science spec that measures it (src/science runs
 * wherever the model runs). Their own tsconfigs drop the DOM library too; this rule also catches the globals
 * that ES2022 itself declares (Date) and that Node would provide at run time.
 */
const MODEL_FORBIDDEN_GLOBALS = [
  ['document', 'the model has no DOM; views draw snapshots'],
  ['window', 'the model runs in Node and in a Web Worker'],
  ['self', 'the model runs in Node and in a Web Worker'],
  ['globalThis', 'the model must not reach the host environment'],
  ['navigator', 'the model must not reach the host environment'],
  ['localStorage', 'persistence belongs in src/app'],
  ['sessionStorage', 'persistence belongs in src/app'],
  ['fetch', 'the model does no I/O'],
  ['process', 'the model does no I/O'],
  ['Date', 'model time is in days and comes from the scenario, never from a clock'],
  ['performance', 'model time is in days and comes from the scenario, never from a clock'],
  ['setTimeout', 'the model has no timers; the clock in src/app moves t'],
  ['setInterval', 'the model has no timers; the clock in src/app moves t'],
  ['setImmediate', 'the model has no timers; the clock in src/app moves t'],
  ['clearTimeout', 'the model has no timers'],
  ['clearInterval', 'the model has no timers'],
  ['queueMicrotask', 'the model is synchronous and deterministic'],
  ['requestAnimationFrame', 'animation belongs to the views'],
  ['crypto', 'randomness goes through a seeded generator passed in'],
].map(([name, why]) => ({ name, message: `Not in src/model or src/science: ${why}.` }));

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-scorm/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      'test/tooling/fixtures/**',
      'node_modules/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...tseslint.configs.stylistic,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Step 11: a function that does one job fits on a screen or two (setup().createMachine configs are objects).
    files: ['src/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 120 }] },
  },
  {
    files: ['*.config.{js,ts}', '.dependency-cruiser.cjs', 'tools/**', 'test/**', '.ci/**'],
    languageOptions: { globals: { ...globals.node } },
    // Tests may assert that a value exists with `!`: a wrong guess fails the test, which is what we want.
    rules: { 'no-console': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/model/**/*.ts', 'src/science/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': ['error', ...MODEL_FORBIDDEN_GLOBALS],
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'Not in src/model or src/science: randomness goes through a seeded generator passed in.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(pixi\\.js|d3|d3-.*|xstate|@xstate/.*)(/.*)?$',
              message: 'Not in src/model or src/science: the model knows nothing of views or state machines.',
            },
          ],
        },
      ],
    },
  },
);
