/**
 * Debian's Chromium, driven by playwright-core, with the flags this machine needs; the app's
 * pages in it, one test after another.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { inject } from 'vitest'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser-config'

export { CHROMIUM_ARGS, CHROMIUM_PATH }

/** Connects to the Chromium the global setup started (closing it only disconnects). */
export async function launchBrowser(): Promise<Browser> {
  const endpoint = inject('browserWsEndpoint')
  if (endpoint) return chromium.connect(endpoint)
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true })
}

/** A context as the tests want it: English whatever the machine's locale (the language tests
 * choose theirs), downloads kept. */
const newAppContext = (browser: Browser): Promise<BrowserContext> =>
  browser.newContext({ acceptDownloads: true, locale: 'en-US' })

/** A fresh context (its own, empty IndexedDB) with the app open. */
export async function openApp(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newAppContext(browser)
  const page = await context.newPage()
  await page.goto(inject('baseUrl'))
  return { context, page }
}

/**
 * Puts a browser context on Playwright's fake clock, once (the only way the tests install it):
 * time flows as usual until a test stops it or moves it on. Timers the page set before stay
 * real: reload after this.
 */
export async function installClock(page: Page): Promise<void> {
  if (clockInstalled.has(page.context())) return
  await page.clock.install()
  clockInstalled.add(page.context())
}
const clockInstalled = new WeakSet<BrowserContext>()

/** A page of the app's origin where the app does not start, to clear its storage from. */
const BLANK = '**/__blank'
const fulfilBlank = (route: { fulfill(r: { contentType: string; body: string }): Promise<void> }) =>
  route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' })

/**
 * The app for one test after another, each over an empty workspace and in a page of its own
 * (what a test does to its page — init scripts, routes, listeners, the window's size — goes
 * with it), in one browser context per test file. Between two tests every page of the test is
 * closed and everything the origin stores is deleted: IndexedDB, local and session storage,
 * the private file system, caches, cookies. The next page is opened while the last one still
 * lives, so Chromium gives it the same renderer process, which has compiled the app's scripts
 * already: a test starts in about half the processor time a new context costs. A context that
 * was put on the fake clock cannot be taken off it: the next test gets a new context.
 */
export class AppPages {
  private context: BrowserContext | null = null
  /** the page the next test opens the app in: blank, of the app's origin */
  private next: Page | null = null

  constructor(private readonly browser: Browser) {}

  /** A page over an empty workspace, for the next test to open the app in. */
  async take(): Promise<{ context: BrowserContext; page: Page }> {
    if (!this.context || !this.next) {
      await this.close()
      this.context = await newAppContext(this.browser)
      this.next = await this.context.newPage()
    }
    const page = this.next
    this.next = null
    return { context: this.context, page }
  }

  /** Ends a test: its pages closed and the origin's storage emptied, or a new context next. */
  async reset(): Promise<void> {
    const context = this.context
    if (!context || clockInstalled.has(context)) return this.close()
    try {
      const next = await context.newPage()
      await next.route(BLANK, fulfilBlank)
      await next.goto(new URL('__blank', inject('baseUrl')).href)
      await Promise.all(context.pages().flatMap((page) => (page === next ? [] : [page.close()])))
      await next.evaluate(clearOriginStorage)
      await next.unroute(BLANK)
      await context.clearCookies()
      await context.clearPermissions()
      this.next = next
    } catch {
      // Whatever could not be cleared goes with the context.
      await this.close()
    }
  }

  async close(): Promise<void> {
    const context = this.context
    this.context = null
    this.next = null
    await context?.close()
  }
}

/** Deletes everything the page's origin stores (run in a page of the origin, the app closed). */
async function clearOriginStorage(): Promise<void> {
  localStorage.clear()
  sessionStorage.clear()
  const databases = await indexedDB.databases()
  await Promise.all(
    databases.map(
      ({ name }) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase(name!)
          request.onsuccess = () => resolve()
          request.onerror = () => reject(request.error)
          request.onblocked = () => reject(new Error(`the database ${name} is still open`))
        }),
    ),
  )
  const root = await navigator.storage.getDirectory()
  for await (const name of root.keys()) await root.removeEntry(name, { recursive: true })
  for (const name of await caches.keys()) await caches.delete(name)
}
