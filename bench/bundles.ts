/**
 * The lean-bundles issue's promises, read from the built renderers (`npx tsx bench/bundles.ts`
 * after `npm run build`; it builds nothing): for the browser edition (out/web) and the desktop's
 * (out/renderer),
 *   the first chunk ≤ 1 MB, and all the JavaScript loaded at start ≤ 1 MB
 *   each holds only its own platform (test/unit/bundles.test.ts holds them to both)
 * and, for information, all the JavaScript each carries. "Was" is the build before the issue.
 */
import {
  EDITIONS,
  FIRST_LOAD_TARGET_BYTES,
  otherEdition,
  readBuiltRenderer,
  totalBytes,
  type Edition,
} from '../test/fixtures/built-bundles'
import { report } from './report'

const MB = 1_000_000

/** Measured on the build before the issue (commit 19adbac): one entry chunk held nearly all. */
const BEFORE: Record<Edition, { firstChunk: number; firstLoad: number; total: number }> = {
  web: { firstChunk: 2_011_260, firstLoad: 2_020_414, total: 10_741_588 },
  desktop: { firstChunk: 3_340_390, firstLoad: 3_359_934, total: 15_590_485 },
}

for (const edition of EDITIONS) {
  const built = readBuiltRenderer(edition)
  const before = BEFORE[edition]
  const first = built.entries[0]!
  console.log(`\nThe ${edition} edition (${built.dir})`)
  report({
    name: `first chunk (${first.name})`,
    value: first.bytes / MB,
    unit: 'MB',
    target: FIRST_LOAD_TARGET_BYTES / MB,
    before: before.firstChunk / MB,
  })
  report({
    name: `JavaScript loaded at start (${built.firstLoad.length} files)`,
    value: totalBytes(built.firstLoad) / MB,
    unit: 'MB',
    target: FIRST_LOAD_TARGET_BYTES / MB,
    before: before.firstLoad / MB,
  })
  report({
    name: `all JavaScript, workers included (${built.scripts.length} files)`,
    value: totalBytes(built.scripts) / MB,
    unit: 'MB',
    before: before.total / MB,
  })
  const foreign = built.marksFound[otherEdition(edition)]
  // A verdict in the figures' columns; like a missed target, a mixed bundle fails the run.
  if (foreign.length > 0) process.exitCode = 1
  console.log(
    `${foreign.length === 0 ? 'ok  ' : 'MIXED'} holds only its own platform` +
      (foreign.length === 0 ? '' : `: has ${foreign.join('; ')}`),
  )
}
