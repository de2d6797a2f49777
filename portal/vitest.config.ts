import { defineConfig } from 'vitest/config';

// Unit tests only: the Remix Vite plugin stays out of here (it would try to build routes).
export default defineConfig({
  test: {
    include: ['app/**/*.test.ts', 'app/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['app/i18n/test-setup.ts'],
  },
});
