/**
 * History size: 200 single-field edits of a generated 999-item declaration, each kept as the
 * changes back to the version before (as the autosave stores them), against the size of the
 * declaration itself (target ≤ 20 %). Also the time to compute one version. Run with
 * `npx tsx bench/history.ts`.
 */
import { performance } from 'node:perf_hooks'
import { changesBack } from '../src/shared/history/changes'
import { setAt, type JsonObject } from '../src/shared/json'
import { generateDeclaration } from '../test/fixtures/generate'

const TARGET = 0.2
let doc: JsonObject = generateDeclaration(999)
const docBytes = JSON.stringify(doc).length
let historyBytes = 0
const times: number[] = []
for (let i = 0; i < 200; i++) {
  const next = setAt(doc, ['consignments', 0, 'items', (i * 37) % 999, 'grossMass'], 1000 + i)
  const start = performance.now()
  const changes = changesBack(doc, next)
  times.push(performance.now() - start)
  historyBytes += JSON.stringify({
    declarationId: 'x',
    at: new Date().toISOString(),
    changes,
  }).length
  doc = next
}
times.sort((a, b) => a - b)
const ratio = historyBytes / docBytes
console.log(
  `${ratio <= TARGET ? 'ok  ' : 'SLOW'} ${'history: 200 single-field edits of 999 items'.padEnd(52)} ${(ratio * 100).toFixed(1).padStart(7)} % of the declaration (target ≤ ${TARGET * 100} %; ${(historyBytes / 1024).toFixed(0)} KB of ${(docBytes / 1024).toFixed(0)} KB)`,
)
console.log(
  `     ${'history: computing one version (median)'.padEnd(52)} ${times[100]!.toFixed(3).padStart(7)} ms`,
)
if (ratio > TARGET) process.exitCode = 1
