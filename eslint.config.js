// @ts-check
/**
 * ESLint: the habits the compiler does not check. Run by `npm run lint` (part of `npm test`).
 * - JavaScript's and typescript-eslint's recommended rules.
 * - React's hooks rules (rules of hooks, exhaustive dependencies, and the React Compiler's checks of
 *   purity and refs) on the islands.
 * - Exhaustive switches over unions (a new field kind or step fails where a switch forgets it).
 * Formatting is Prettier's job (`npm run format`), so no style rules here.
 */
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.astro/', 'test-results/', 'bench-results/', 'src/pdf/fonts/', '**/*.astro', '**/*.mdx'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false }],
      // `_` marks a value that is deliberately unused (a destructured part that is dropped).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // The sanitisers match control characters on purpose (what XML, iCalendar, a PDF or a slide
      // cannot hold): a control character in a regular expression is their point, not a slip.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/worksheets/**/*.{ts,tsx}', 'test/worksheets/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['src/**/*.tsx'],
    rules: {
      // The worksheets' fields sit in a form (PlanForm.tsx): a button without a type would submit it.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXOpeningElement[name.name='button']:not(:has(JSXAttribute[name.name='type']))",
          message: 'Give every <button> a type ("button" unless it sends a form): in a form a button without one submits it.',
        },
      ],
    },
  },
  // Plain JavaScript files (scripts run by the browser or Node) have no type information.
  { files: ['**/*.{js,mjs}'], ...tseslint.configs.disableTypeChecked },
);
