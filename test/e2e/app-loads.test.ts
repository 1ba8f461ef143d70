import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, openApp } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('browser edition', () => {
  it('opens with the app title', async () => {
    const { context, page } = await openApp(browser)
    // The app renders once its database is open: wait for it rather than look at once.
    await page.getByRole('heading', { name: 'TransitDesk' }).waitFor()
    await expect(page.getByRole('heading', { name: 'TransitDesk' }).isVisible()).resolves.toBe(true)
    await context.close()
  })
})
