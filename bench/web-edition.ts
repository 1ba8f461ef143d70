/**
 * The built browser edition (`out/web`, after `npm run build`) served on a free local port, and
 * Debian's Chromium to drive it: the set-up every browser benchmark shares.
 */
import { resolve } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { preview } from 'vite'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/browser-config'

export interface WebEdition {
  url: string
  browser: Browser
  /** A new page whose failures are printed, not left to surface as a timeout later. */
  newPage(options?: Parameters<Browser['newPage']>[0]): Promise<Page>
  close(): Promise<void>
}

export async function startWebEdition(): Promise<WebEdition> {
  // The browser edition's own server settings (its CSP header, its build folder), on a free port.
  const server = await preview({
    configFile: resolve('vite.web.config.ts'),
    logLevel: 'warn',
    preview: { port: 0, strictPort: false },
  })
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  return {
    url: server.resolvedUrls!.local[0]!,
    browser,
    async newPage(options) {
      const page = await browser.newPage(options)
      page.on('pageerror', (error) => console.log(`page error: ${error.stack ?? error.message}`))
      return page
    },
    async close() {
      await browser.close()
      await server.close()
    },
  }
}
