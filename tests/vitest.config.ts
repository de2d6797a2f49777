import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    // Each browser test file starts the whole product (a database with the demo world, the API, the
    // portal) and Chromium; on a 2-core machine, files side by side only slow each other down.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
