/**
 * Benchmarks of the browser edition in Debian's Chromium (`npm run bench`, after a build).
 * Prints each figure with its target; the targets are promises of the workspace issue:
 *   first page of the list with 10,000 declarations ≤ 100 ms
 *   import of a 999-item file ≤ 500 ms
 *   autosave of a 999-item declaration ≤ 50 ms
 *   keystroke to paint in its item table ≤ 16 ms (median)
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { preview } from 'vite'
import { canonicalJson } from '../src/shared/format/canonical-json'
import { toRow } from '../src/renderer/db/schema'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/browser-config'
import { generateDeclaration } from '../test/fixtures/generate'

const STORED = Number(process.env['BENCH_STORED'] ?? 10_000)
const results: { name: string; value: number; unit: string; target: number }[] = []

function report(name: string, value: number, target: number, unit = 'ms') {
  results.push({ name, value, unit, target })
  const verdict = value <= target ? 'ok ' : 'SLOW'
  console.log(
    `${verdict}  ${name.padEnd(52)} ${value.toFixed(1).padStart(8)} ${unit}   (target ≤ ${target} ${unit})`,
  )
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN

async function measures(page: Page, name: string): Promise<number[]> {
  return page.evaluate(
    (n) => performance.getEntriesByName(`transitdesk:${n}`).map((e) => e.duration),
    name,
  )
}

/** Writes 10,000 small declarations straight into the app's IndexedDB, in chunks. */
async function seed(page: Page) {
  const chunk = 1000
  for (let start = 0; start < STORED; start += chunk) {
    // Plain JSON for the page (playwright's evaluate types recurse too deep on JsonObject).
    const rows: { row: { id: string }; document: unknown }[] = []
    for (let i = start; i < start + chunk; i++) {
      const document = generateDeclaration(3, {
        seed: i + 7,
        lrn: `SEED-${String(i).padStart(5, '0')}`,
      })
      const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString()
      rows.push({
        row: toRow(document, {
          id: `seed-${i}`,
          status: 'draft',
          createdAt: at,
          updatedAt: at,
          trashed: 0,
          deletedAt: null,
        }),
        document,
      })
    }
    await page.evaluate(async (batch) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const request = indexedDB.open('transitdesk')
        request.onsuccess = () => ok(request.result)
        request.onerror = () => fail(request.error)
      })
      await new Promise<void>((ok, fail) => {
        const tx = db.transaction(['declarations', 'documents'], 'readwrite')
        for (const { row, document } of batch) {
          tx.objectStore('declarations').put(row)
          tx.objectStore('documents').put({ id: row.id, document })
        }
        tx.oncomplete = () => ok()
        tx.onerror = () => fail(tx.error)
      })
      db.close()
    }, rows)
  }
}

async function main() {
  const server = await preview({
    configFile: false,
    root: resolve('src/renderer'),
    logLevel: 'warn',
    build: { outDir: resolve('out/web') },
    preview: { host: '127.0.0.1', port: 0 },
  })
  const url = server.resolvedUrls!.local[0]!
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
    await page.goto(url)
    await page.locator('.list-status').waitFor()
    console.log(`Seeding ${STORED.toLocaleString('en')} declarations …`)
    await seed(page)

    // First page of the list: query time, and reload → first row painted.
    const listQueries: number[] = []
    const paints: number[] = []
    for (let run = 0; run < 5; run++) {
      await page.reload()
      await page.locator('.declaration-row').first().waitFor()
      const [query] = await measures(page, 'list-query')
      listQueries.push(query ?? NaN)
      paints.push(
        await page.evaluate(() => {
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
          return performance.now() - nav.domContentLoadedEventEnd
        }),
      )
    }
    report(`list: first page query, ${STORED} stored (median of 5)`, median(listQueries), 100)
    report('list: app start to first page painted (median of 5)', median(paints), 1000)
    await page.fill('#declaration-search', 'apricots')
    await page.locator('[data-total]').waitFor()
    await page.waitForTimeout(300)
    const searches = await measures(page, 'list-query')
    report('list: search "apricots" over all stored', searches[searches.length - 1] ?? NaN, 100)
    await page.fill('#declaration-search', '')

    // Import of a 999-item file.
    const dir = mkdtempSync(join(tmpdir(), 'transitdesk-bench-'))
    const file = join(dir, 'bench-999.json')
    writeFileSync(file, canonicalJson(generateDeclaration(999, { lrn: 'BENCH-999' }), 2))
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Import…' }).click()
    await (await chooser).setFiles(file)
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click()
    report('import: 999-item file', (await measures(page, 'import'))[0] ?? NaN, 500)

    // Autosave and keystroke-to-paint in the item table of the 999-item declaration.
    await page.getByRole('tab', { name: /Consignments/ }).click()
    const cell = page.locator('[id="field:/consignments/0/items/2/description"]')
    await cell.click()
    await page.evaluate(() => {
      const w = window as unknown as { keyPaint: number[] }
      w.keyPaint = []
      document.addEventListener(
        'keydown',
        (event) => {
          const t0 = event.timeStamp
          requestAnimationFrame(() => setTimeout(() => w.keyPaint.push(performance.now() - t0), 0))
        },
        true,
      )
    })
    for (let i = 0; i < 60; i++) {
      await page.keyboard.type('x')
      await page.waitForTimeout(20)
    }
    await page.locator('[data-save-state="saved"]').waitFor()
    const keyPaint = await page.evaluate(
      () => (window as unknown as { keyPaint: number[] }).keyPaint,
    )
    report('editor: keystroke to paint, 999-item table (median)', median(keyPaint), 16)
    const saves = await measures(page, 'autosave')
    report('editor: autosave of the 999-item declaration (median)', median(saves), 50)
  } finally {
    await browser.close()
    await server.close()
  }
  const slow = results.filter((r) => r.value > r.target)
  console.log(slow.length === 0 ? '\nAll targets met.' : `\n${slow.length} target(s) missed.`)
}

await main()
