import { defineConfig } from 'vitest/config';

// Unit tests: everything pure (plan, stores with faked storage, PDF layout, lesson files).
// Browser stories run against the built site with their own config: test/e2e/vitest.config.ts.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
  },
});
