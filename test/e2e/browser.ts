/** Debian's Chromium, driven by playwright-core, with the flags this machine needs. */
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

/** A fresh context (its own, empty IndexedDB) with the app open. */
export async function openApp(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  // English whatever the machine's locale: the language tests choose theirs.
  const context = await browser.newContext({ acceptDownloads: true, locale: 'en-US' })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(inject('baseUrl'))
  return { context, page }
}
