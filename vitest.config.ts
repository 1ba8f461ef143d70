import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/desktop/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/setup-fast-check.ts'],
    // A test's time limit only catches a hang: on a busy 2-core machine a packet drawn and read
    // back with pdftotext or zbarimg can take several seconds (speed is bench/'s business).
    testTimeout: 30_000,
  },
})
