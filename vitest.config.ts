import { defineConfig } from 'vitest/config'

/**
 * Files that replace modules, globals, timers or the environment (vi.mock, stubGlobal,
 * useFakeTimers, spies on shared objects), and the command line's and the desktop's tests,
 * which start whole programs: each in a module graph of its own. The other unit tests share
 * their worker's modules, one file after another — they keep no state between files, and
 * loading pdf-lib, fontkit and zod once per worker instead of once per file is most of the
 * time the unit tests took. The packet's tests share them too, as a long-lived packet worker
 * does: that is how a packet that changed after another one in the same process was found
 * (test/unit/packet-layout/pdf.test.ts).
 */
const ISOLATED = [
  'test/cli/**/*.test.ts',
  'test/desktop/**/*.test.ts',
  'test/unit/auto-backup-schedule.test.ts',
  'test/unit/auto-backups.test.ts',
  'test/unit/backup-restore.test.ts',
  'test/unit/editor-session.test.ts',
  'test/unit/files.test.ts',
  'test/unit/platform-edition.test.ts',
  'test/unit/worker-client.test.ts',
]

export default defineConfig({
  test: {
    environment: 'node',
    setupFiles: ['test/setup-fast-check.ts'],
    // A test's time limit only catches a hang: on a busy 2-core machine a packet drawn and read
    // back with pdftotext or zbarimg can take several seconds (speed is bench/'s business).
    testTimeout: 30_000,
    // Both cores (vitest leaves one free by default): much of a test's time is a child process.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'isolated', include: ISOLATED } },
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['test/unit/**/*.test.ts'],
          exclude: ISOLATED,
          isolate: false,
        },
      },
    ],
  },
})
