/**
 * The first screen with 10,000 stored declarations in Debian's Chromium (issue 20; after a build
 * of the browser edition): from the start of the navigation to interactive — the list's first
 * row painted and the search box there to type in — median of 5, beside the 500 ms target. The
 * window's own clock times it (its navigation start is the moment page.goto asks for the page);
 * then a character is typed in the search box and must show there, and the keystroke's wait for
 * the window is printed (Event Timing). The figures of the app's start marks (perf.ts) say where
 * the time goes; the benchmark's own clock, which adds the browser driver's round trips (seeing
 * the row, then typing), is printed as an upper bound.
 */
import type { Page } from 'playwright-core'
import { seedWorkspace } from '../test/e2e/seed-workspace'
import { startWebEdition } from './web-edition'

const STORED = Number(process.env['BENCH_STORED'] ?? 10_000)
const RUNS = 5
const TARGET_MS = 500

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN

/** A start as the window saw it, in ms from its navigation start. */
interface Start {
  /** the document's response read */
  response: number
  /** the page's own script evaluated (DOMContentLoaded waits for module scripts) */
  scripts: number
  /** the first frame with anything painted (index.html's frame, or more) */
  firstPaint: number
  /** the app's start marks (perf.ts) and measures' ends, by name */
  marks: Record<string, number>
  /** the frame after the first row and the search box were both on the page */
  interactive: number
  /** the typed character in the search box (the driver types once it sees the row) */
  typed: number
  /** the keystroke's wait for the window before its handler ran (Event Timing) */
  keyDelay: number
  /** the same start on the benchmark's clock: page.goto to the typed character seen */
  driver: number
}

/**
 * In the page from its first script on: when the first row and the search box are both there
 * (a mutation observer, then the frame painted with them), when the search box first changes,
 * and how long the first keydown waited (Event Timing).
 */
function observeFirstScreen() {
  const w = window as unknown as { interactive?: number; typed?: number; keyDelay?: number }
  const seen = new MutationObserver(() => {
    const ready =
      document.querySelector('.declaration-row') &&
      document.querySelector('#declaration-search:not(:disabled)')
    if (w.interactive !== undefined || !ready) return
    w.interactive = -1
    requestAnimationFrame(() => setTimeout(() => (w.interactive = performance.now()), 0))
    seen.disconnect()
  })
  seen.observe(document, { subtree: true, childList: true })
  document.addEventListener('input', (event) => {
    if ((event.target as Element).id === 'declaration-search') w.typed ??= performance.now()
  })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEventTiming[])
      if (entry.name === 'keydown') w.keyDelay ??= entry.processingStart - entry.startTime
  }).observe({ type: 'event', durationThreshold: 0 } as PerformanceObserverInit)
}

/** One start: navigation → first row and search box → a character typed into the box. */
async function start(page: Page, url: string): Promise<Start> {
  await page.goto('about:blank')
  const started = Date.now()
  await page.goto(url, { waitUntil: 'commit' })
  await page.locator('.declaration-row').first().waitFor({ state: 'visible', timeout: 60_000 })
  await page.locator('#declaration-search').press('a')
  await page.waitForFunction(
    () => document.querySelector<HTMLInputElement>('#declaration-search')?.value === 'a',
    undefined,
    { polling: 'raf' },
  )
  const driver = Date.now() - started
  await page.waitForFunction(() => (window as unknown as { interactive?: number }).interactive! > 0)
  const start = await page.evaluate(() => {
    const w = window as unknown as { interactive: number; typed: number; keyDelay?: number }
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
    const marks: Record<string, number> = {}
    for (const mark of performance.getEntriesByType('mark'))
      if (mark.name.startsWith('transitdesk:')) marks[mark.name.slice(12)] ??= mark.startTime
    for (const measure of performance.getEntriesByType('measure'))
      if (measure.name.startsWith('transitdesk:'))
        marks[`${measure.name.slice(12)} done`] ??= measure.startTime + measure.duration
    return {
      response: nav.responseEnd,
      scripts: nav.domContentLoadedEventStart,
      firstPaint: performance.getEntriesByName('first-paint')[0]?.startTime ?? NaN,
      marks,
      interactive: w.interactive,
      typed: w.typed,
      keyDelay: w.keyDelay ?? NaN,
    }
  })
  return { ...start, driver }
}

async function main() {
  const web = await startWebEdition()
  try {
    const page = await web.newPage({ viewport: { width: 1400, height: 900 } })
    await page.goto(web.url)
    await page.locator('.list-status[data-total]').waitFor()
    console.log(`Seeding ${STORED.toLocaleString('en')} declarations …`)
    await seedWorkspace(page, STORED)
    await page.addInitScript(observeFirstScreen)
    // A first start not counted: the browser's cache of the app's files and the database's
    // pages warm up, as on any start but the very first after installing.
    await start(page, web.url)
    const runs: Start[] = []
    for (let run = 0; run < RUNS; run++) runs.push(await start(page, web.url))

    const figure = (name: string, values: number[]) =>
      console.log(`      ${name.padEnd(66)} ${median(values).toFixed(1).padStart(8)} ms`)
    console.log('  in the window, from its navigation start (median of 5):')
    figure(
      '  document read',
      runs.map((r) => r.response),
    )
    figure(
      '  first paint (index.html’s frame)',
      runs.map((r) => r.firstPaint),
    )
    figure(
      '  scripts evaluated (DOMContentLoaded)',
      runs.map((r) => r.scripts),
    )
    const names = Object.keys(runs[0]!.marks).sort(
      (a, b) => runs[0]!.marks[a]! - runs[0]!.marks[b]!,
    )
    for (const name of names)
      figure(
        `  ${name}`,
        runs.map((r) => r.marks[name] ?? NaN),
      )
    figure(
      '  a character typed by the driver once it saw the row',
      runs.map((r) => r.typed),
    )
    figure(
      '  the keystroke waited for the window',
      runs.map((r) => r.keyDelay),
    )
    figure(
      '  on the benchmark’s clock: page.goto → the typed character seen',
      runs.map((r) => r.driver),
    )
    const interactive = median(runs.map((r) => r.interactive))
    const verdict = interactive <= TARGET_MS ? 'ok  ' : 'SLOW'
    console.log(
      `${verdict}  ${`first screen: navigation to list and search box, ${STORED} stored (median of 5)`.padEnd(52)} ${interactive.toFixed(1).padStart(8)} ms   (target ≤ ${TARGET_MS} ms)`,
    )
    console.log(`      (each run: ${runs.map((r) => r.interactive.toFixed(0)).join(', ')} ms)`)
  } finally {
    await web.close()
  }
}

await main()
