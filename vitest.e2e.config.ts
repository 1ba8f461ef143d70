import { defineConfig } from 'vitest/config'

/**
 * End-to-end tests: Debian's Chromium driving the built browser edition (out/web).
 *
 * Two files run at a time: each test has its own browser context (its own IndexedDB, storage,
 * downloads and clock) in the one Chromium of the global setup, and much of a test's time is
 * the page waiting (a worker, a debounce, a download) while the other file's page works. A
 * worker process runs its files one after another without loading the shared modules
 * (playwright-core, the helpers) again: they keep no state between files.
 *
 * The waits are generous because two files share two cores: a slow moment is not a failure,
 * and no assertion is about how long something took (that is bench/'s business).
 */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    expect: { poll: { timeout: 10_000 } },
    fileParallelism: true,
    maxWorkers: 2,
    isolate: false,
  },
})
