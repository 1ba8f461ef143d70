/**
 * Large workspaces written straight into the browser edition's IndexedDB, for the benchmarks
 * (bench/run.ts, bench/first-screen.ts, bench/upgrade.ts) and the end-to-end tests that need
 * thousands of declarations (boot-screen.test.ts): the current version's rows as the app stores
 * them, or version 6's as the first releases kept them.
 */
import type { Page } from 'playwright-core'
import { summaryOf } from '../../src/renderer/db/schema'
import { searchWordRows } from '../../src/renderer/db/search-words'
import { storedDocument } from '../../src/renderer/db/stored-document'
import { toBase64 } from '../../src/shared/backup/base64'
import { generateDeclaration } from '../fixtures/generate'
import { version6Rows, writeVersion6 } from '../fixtures/raw-workspace'

/** Rows per transaction and per trip to the page: big enough to be quick, small enough to send. */
const CHUNK = 1000

/**
 * Writes `count` small declarations (LRNs SEED-00000 …) into the app's current database, in
 * chunks, as the app stores them: summary rows, compressed documents, and their search words in
 * bucket rows. The app must have opened the database once in this origin (it creates the stores).
 */
export async function seedWorkspace(page: Page, count: number): Promise<void> {
  const words: [string, string[]][] = []
  for (let start = 0; start < count; start += CHUNK) {
    // Plain JSON for the page (playwright's evaluate types recurse too deep on JsonObject).
    const rows: { row: { id: string }; content: string }[] = []
    for (let i = start; i < Math.min(count, start + CHUNK); i++) {
      const document = generateDeclaration(3, {
        seed: i + 7,
        lrn: `SEED-${String(i).padStart(5, '0')}`,
      })
      // One in fifty released for transit (the status filter's benchmark), one in ten lodged.
      if (i % 50 === 0) document.movement = { status: 'released', events: [] }
      else if (i % 10 === 0) document.movement = { status: 'lodged', events: [] }
      const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString()
      const meta = { status: 'draft', createdAt: at, updatedAt: at, trashed: 0, deletedAt: null }
      // Checked with today's rules (a steady workspace: no background check runs meanwhile).
      const summary = summaryOf(
        document,
        { id: `seed-${i}`, ...(meta as typeof meta & { status: 'draft'; trashed: 0 }) },
        { errorCount: 0, warningCount: 0 },
      )
      const stored = storedDocument(`seed-${i}`, document, at, summary.row.itemCount)
      words.push([summary.row.id, summary.words])
      rows.push({ row: summary.row, content: toBase64(stored.content!) })
    }
    await writeRows(page, [
      ['declarations', rows.map((r) => r.row)],
      ['documents', rows.map((r) => ({ id: r.row.id, content: r.content }))],
    ])
  }
  // Maps travel as their entries (plain JSON for the page), and are made Maps again there.
  const buckets = searchWordRows(words).map((row) => ({ ...row, words: [...row.words] }))
  await writeRows(page, [['searchWords', buckets]])
}

/**
 * Puts rows into the app's stores; a `content` text (base64) is stored as its bytes, and a
 * `words` list of entries as a Map.
 */
export async function writeRows(page: Page, tables: [string, unknown[]][]): Promise<void> {
  // As JSON text: the driver's own encoding of so many nested values takes far longer.
  await page.evaluate(async (json) => {
    const tables = JSON.parse(json) as [string, unknown[]][]
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const request = indexedDB.open('transitdesk')
      request.onsuccess = () => ok(request.result)
      request.onerror = () => fail(request.error)
    })
    await new Promise<void>((ok, fail) => {
      const tx = db.transaction(
        tables.map(([name]) => name),
        'readwrite',
      )
      for (const [name, rows] of tables)
        for (const row of rows as Record<string, unknown>[])
          tx.objectStore(name).put(
            typeof row.content === 'string'
              ? { ...row, content: Uint8Array.from(atob(row.content), (c) => c.charCodeAt(0)) }
              : name === 'searchWords'
                ? { ...row, words: new Map(row.words as [string, string][]) }
                : row,
          )
      tx.oncomplete = () => ok()
      tx.onerror = () => fail(tx.error)
    })
    db.close()
  }, JSON.stringify(tables))
}

/**
 * Writes a version-6 workspace of `count` declarations (LRNs SEED-00000 …), a thousand at a
 * time: the starting point of the version 7 upgrade. With `largeEvery`, every so many is a
 * 999-item declaration (kept uncompressed by the upgrade), as a real workspace has a few. The
 * page must be of the app's origin with the app not open in it (openBlankPageOf).
 */
export async function seedVersion6(
  page: Page,
  count: number,
  options: { largeEvery?: number } = {},
): Promise<void> {
  for (let start = 0; start < count; start += CHUNK) {
    const rows = []
    for (let i = start; i < Math.min(count, start + CHUNK); i++) {
      const lrn = `SEED-${String(i).padStart(5, '0')}`
      const document =
        options.largeEvery && i % options.largeEvery === 0
          ? generateDeclaration(999, { seed: i, lrn })
          : generateDeclaration(3, { seed: i + 7, lrn })
      const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString()
      rows.push(version6Rows(`seed-${i}`, document, at))
    }
    await writeVersion6(page, rows)
  }
}
