import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/desktop/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/setup-fast-check.ts'],
  },
})
