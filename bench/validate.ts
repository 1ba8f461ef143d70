/**
 * Validation speed in Node: the median of 50 runs of validateDeclaration over a generated
 * 999-item declaration (target ≤ 20 ms). Run with `npx tsx bench/validate.ts`.
 */
import { performance } from 'node:perf_hooks'
import { summarize } from '../src/shared/model/declaration-record'
import { validateDeclaration } from '../src/shared/validation/validate'
import { generateDeclaration } from '../test/fixtures/generate'

const TARGET_MS = 20
const RUNS = 50
const declaration = generateDeclaration(999)
const options = { today: '2026-02-04' }

// Warm up the JIT the way an editor session does before the figure that matters.
for (let i = 0; i < 10; i++) validateDeclaration(declaration, options)

const times: number[] = []
let findings = 0
for (let i = 0; i < RUNS; i++) {
  const start = performance.now()
  const report = validateDeclaration(declaration, options)
  times.push(performance.now() - start)
  findings = report.errors.length + report.warnings.length
}
times.sort((a, b) => a - b)
const median = (times[RUNS / 2 - 1]! + times[RUNS / 2]!) / 2
const verdict = median <= TARGET_MS ? 'ok  ' : 'SLOW'
console.log(
  `${verdict} validate 999 items: median ${median.toFixed(2)} ms of ${RUNS} runs ` +
    `(min ${times[0]!.toFixed(2)}, max ${times[RUNS - 1]!.toFixed(2)}; target ≤ ${TARGET_MS} ms; ${findings} findings)`,
)
if (median > TARGET_MS) process.exitCode = 1

/**
 * What an autosave of the 999-item declaration computes before it writes: its summary row.
 * Before the corridor rules a save also ran the validator inside its transaction; the same
 * work is timed here beside it, so the figure is printed before and after in one run.
 */
const meta = {
  id: 'bench',
  status: 'draft',
  createdAt: '2026-02-04T10:00:00Z',
  updatedAt: '2026-02-04T10:00:00Z',
  trashed: 0,
  deletedAt: null,
} as const
function medianOf(work: () => void): number {
  for (let i = 0; i < 10; i++) work()
  const runs: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    work()
    runs.push(performance.now() - start)
  }
  runs.sort((a, b) => a - b)
  return (runs[RUNS / 2 - 1]! + runs[RUNS / 2]!) / 2
}
const now = medianOf(() => summarize(declaration, meta))
const before = medianOf(() => {
  summarize(declaration, meta)
  validateDeclaration(declaration, options)
})
console.log(
  `     autosave's own work for 999 items: ${now.toFixed(2)} ms now (the summary row); ` +
    `${before.toFixed(2)} ms the way it was (the summary row and the validator in the save)`,
)
