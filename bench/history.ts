/**
 * History size: 200 single-field edits of a generated 999-item declaration, each kept as the
 * changes back to the version before (as the autosave stores them), against the size of the
 * declaration itself (target ≤ 20 %). Also the time to compute one version, and to rebuild one
 * whose change holds the longest list a backup may bring (fake-indexeddb, as the unit tests).
 * Run with `npx tsx bench/history.ts`.
 */
import { performance } from 'node:perf_hooks'
import { IDBKeyRange, indexedDB } from 'fake-indexeddb'
import { DeclarationRepository } from '../src/renderer/db/declarations'
import { documentAtVersion } from '../src/renderer/db/history'
import { WorkspaceDatabase } from '../src/renderer/db/schema'
import { MAX_LIST_LENGTH } from '../src/shared/backup/rows'
import { changesBack } from '../src/shared/history/changes'
import { setAt, type JsonObject } from '../src/shared/json'
import { generateDeclaration } from '../test/fixtures/generate'
import { report } from './report'

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

/**
 * A version whose change sets the items list to MAX_LIST_LENGTH (the most backup-check lets a
 * restored version hold; backup-rows.test.ts checks it is taken): rebuilt from the database, the
 * median of 5 (target: well under a second).
 */
const db = new WorkspaceDatabase('bench-history', { indexedDB, IDBKeyRange })
const id = await new DeclarationRepository(db).create(generateDeclaration(3))
await db.versions.add({
  declarationId: id,
  at: '2026-02-04T10:00:00.000Z',
  changes: [{ path: ['consignments', 0, 'items'], length: MAX_LIST_LENGTH }],
})
const rebuilds: number[] = []
for (let i = 0; i < 5; i++) {
  const start = performance.now()
  const older = (await documentAtVersion(db, id, 0)) as { consignments: { items: unknown[] }[] }
  rebuilds.push(performance.now() - start)
  if (older.consignments[0]!.items.length !== MAX_LIST_LENGTH) throw new Error('not rebuilt')
}
report({
  name: `history: a version of ${MAX_LIST_LENGTH.toLocaleString('en')} items rebuilt`,
  value: rebuilds.sort((a, b) => a - b)[2]!,
  unit: 'ms',
  target: 1000,
})
await db.delete()
