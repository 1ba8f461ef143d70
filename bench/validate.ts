/**
 * Validation speed in Node: the median of 50 runs of validateDeclaration over a generated
 * 999-item declaration (target ≤ 20 ms). Run with `npx tsx bench/validate.ts`.
 */
import { performance } from 'node:perf_hooks'
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
