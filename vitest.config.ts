import { defineConfig } from 'vitest/config';

// Unit tests: everything pure (plan, stores with faked storage, PDF layout, lesson files).
// Browser stories run against the built site with their own config: test/e2e/vitest.config.ts.
//
// Two projects. Most files share their worker's modules (`isolate: false`): evaluating the same
// modules again for every file was two thirds of the run (82 s → about 40 s on two cores). Files
// that cannot share stay isolated: the tests that run in a DOM (happy-dom, one per file; code an
// island imports later must not arrive after its file's DOM is gone) and the fixtures of the Word
// document (the docx library numbers drawings and bookmarks with counters for the whole process, so
// a document made after other tests' documents has other numbers than the fixture).
const ISOLATED = ['test/worksheets/**', 'test/stores/preferences.test.ts', 'test/document/fixtures.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/e2e/**', 'node_modules/**', ...ISOLATED],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'isolated',
          include: ISOLATED.map((glob) => (glob.endsWith('**') ? `${glob}/*.test.{ts,tsx}` : glob)),
          exclude: ['node_modules/**'],
        },
      },
    ],
  },
});
