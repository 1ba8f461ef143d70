/**
 * The one-time cost of the version 7 upgrade in Debian's Chromium (`npm run bench`, after a
 * build): a workspace of 10,000 declarations written as version 6 kept it (documents as objects,
 * search words in a multi-entry index), then the app opened on it. Version 7 moves the words into
 * buckets and compresses the small documents; the figure is the time from opening the page to the
 * list's first row, beside the same for the next start. After it, the readiness check finds
 * every declaration's counts with the current rules, once, in the background: timed too.
 */
import type { Page } from 'playwright-core'
import { generateDeclaration } from '../test/fixtures/generate'
import { openBlankPageOf, version6Rows, writeVersion6 } from '../test/fixtures/raw-workspace'
import { startWebEdition } from './web-edition'

const STORED = Number(process.env['BENCH_STORED'] ?? 10_000)

/** Writes a version-6 workspace, a thousand declarations at a time. */
async function seedVersion6(page: Page) {
  for (let start = 0; start < STORED; start += 1000) {
    const rows = []
    for (let i = start; i < Math.min(STORED, start + 1000); i++) {
      const document =
        i % 1000 === 0
          ? generateDeclaration(999, { seed: i })
          : generateDeclaration(3, { seed: i + 7, lrn: `SEED-${String(i).padStart(5, '0')}` })
      const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString()
      rows.push(version6Rows(`seed-${i}`, document, at))
    }
    await writeVersion6(page, rows)
  }
}

async function timeToFirstRow(page: Page, url: string): Promise<number> {
  const start = Date.now()
  await page.goto(url)
  await page.locator('.declaration-row').first().waitFor({ timeout: 120_000 })
  return Date.now() - start
}

async function main() {
  const web = await startWebEdition()
  const url = web.url
  try {
    const page = await web.newPage()
    // An empty page of the app's origin (so the app itself does not open the database first).
    await openBlankPageOf(page, url)
    console.log(`Seeding a version-6 workspace of ${STORED.toLocaleString('en')} declarations …`)
    await seedVersion6(page)
    const line = (name: string, ms: number) =>
      console.log(`      ${name.padEnd(66)} ${ms.toFixed(1).padStart(8)} ms`)
    const first = await timeToFirstRow(page, url)
    line(`upgrade: first start on a version-6 workspace of ${STORED} (once)`, first)
    // Then every declaration is checked against today's rules, once, in the background.
    await page.waitForFunction(
      () => performance.getEntriesByName('transitdesk:readiness').length > 0,
      undefined,
      { timeout: 600_000, polling: 500 },
    )
    const readiness = await page.evaluate(
      () => performance.getEntriesByName('transitdesk:readiness')[0]!.duration,
    )
    line(`  then, in the background: ${STORED} declarations checked with the new rules`, readiness)
    const next = await timeToFirstRow(page, url)
    line('  the next start, for comparison', next)
  } finally {
    await web.close()
  }
}

await main()
