/**
 * The one-time cost of the version 7 upgrade in Debian's Chromium (`npm run bench`, after a
 * build): a workspace of 10,000 declarations written as version 6 kept it (documents as objects,
 * search words in a multi-entry index), then the app opened on it. Version 7 moves the words into
 * buckets and compresses the small documents; the figure is the time from opening the page to the
 * list's first row, beside the same for the next start. Meanwhile the window shows the boot
 * screen with the upgrade's progress: timed from the navigation's start to the frame painted with
 * it (issue 20: from the app's first frame, not after the upgrade), with the first paint of
 * index.html's frame before it and how often the progress line changed. After it, the readiness
 * check finds every declaration's counts with the current rules, once, in the background: timed
 * too.
 */
import type { Page } from 'playwright-core'
import { openBlankPageOf } from '../test/fixtures/raw-workspace'
import { seedVersion6 } from '../test/e2e/seed-workspace'
import { startWebEdition } from './web-edition'

const STORED = Number(process.env['BENCH_STORED'] ?? 10_000)

/**
 * In the page from its first script on: the frame painted after the boot screen appeared, and
 * each progress line it wrote.
 */
function observeBootScreen() {
  const w = window as unknown as { bootScreen?: number; progressLines: string[] }
  w.progressLines = []
  new MutationObserver(() => {
    if (w.bootScreen === undefined && document.querySelector('.boot-screen')) {
      w.bootScreen = -1
      requestAnimationFrame(() => setTimeout(() => (w.bootScreen = performance.now()), 0))
    }
    const line = document.querySelector('#boot-progress')?.textContent
    if (line && w.progressLines.at(-1) !== line) w.progressLines.push(line)
  }).observe(document, { subtree: true, childList: true, characterData: true })
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
    // Ten of them 999-item declarations (stored uncompressed, so the upgrade leaves them be).
    await seedVersion6(page, STORED, { largeEvery: 1000 })
    const line = (name: string, ms: number) =>
      console.log(`      ${name.padEnd(66)} ${ms.toFixed(1).padStart(8)} ms`)
    await page.addInitScript(observeBootScreen)
    const first = await timeToFirstRow(page, url)
    const boot = await page.evaluate(() => {
      const w = window as unknown as { bootScreen?: number; progressLines: string[] }
      return {
        firstPaint: performance.getEntriesByName('first-paint')[0]?.startTime ?? NaN,
        bootScreen: w.bootScreen ?? NaN,
        lines: w.progressLines.length,
        last: w.progressLines.at(-1) ?? '',
      }
    })
    line('upgrade: first paint (index.html’s frame), from navigation start', boot.firstPaint)
    line('upgrade: first frame shows the boot screen, from navigation start', boot.bootScreen)
    console.log(`      (its progress line changed ${boot.lines} times, the last "${boot.last}")`)
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
