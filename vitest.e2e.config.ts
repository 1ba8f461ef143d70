import { defineConfig } from 'vitest/config'

/** End-to-end tests: Debian's Chromium driving the built browser edition (out/web). */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
})
