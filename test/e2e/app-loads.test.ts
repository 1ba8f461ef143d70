import type { Browser, ConsoleMessage } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../src/shared/security-policy'
import { launchBrowser, openApp } from './browser'
import { importAndClose, listRow, openDeclaration, samplePath } from './helpers'

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

  it('is served with the desktop’s CSP header, on the page and on its scripts', async () => {
    const baseUrl = inject('baseUrl')
    const page = await fetch(baseUrl)
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    const script = /<script[^>]+src="\.?\/?([^"]+\.js)"/.exec(await page.text())?.[1]
    expect(script).toBeDefined()
    const asset = await fetch(new URL(script!, baseUrl))
    expect(asset.ok).toBe(true)
    expect(asset.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
  })

  it('runs under that policy without a single violation, workers included', async () => {
    const { context, page } = await openApp(browser)
    const violations: string[] = []
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text))
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { reportViolation(text: string): void }).reportViolation(
          `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
        ),
      )
    })
    // Chromium writes each refusal to the console as well: that catches the workers' too.
    const refusals: string[] = []
    const listen = (message: ConsoleMessage) => {
      if (/Content Security Policy/i.test(message.text())) refusals.push(message.text())
    }
    page.on('console', listen)
    page.on('worker', (worker) => worker.on('console', listen))
    await page.reload()
    // Import (a web worker reads the file), the list's readiness check and the editor's checks
    // (web workers too) all run.
    await importAndClose(page, [samplePath('bad-container-check.json')])
    const lrn = (await page.locator('.declaration-row').first().getAttribute('data-lrn'))!
    await expect
      .poll(() => listRow(page, lrn).locator('.readiness').textContent())
      .toMatch(/1 error/)
    await openDeclaration(page, lrn)
    await expect
      .poll(() => page.locator('section.issues .issues-toggle').getAttribute('data-errors'))
      .toBe('1')
    expect(violations).toEqual([])
    expect(refusals).toEqual([])
    await context.close()
  })

  it('cannot be framed by another page (frame-ancestors)', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const refused = page.waitForEvent('console', (message) =>
      message.text().includes("frame-ancestors 'none'"),
    )
    await page.setContent(`<iframe src="${inject('baseUrl')}"></iframe>`)
    await refused
    const frame = page.frames().find((f) => f !== page.mainFrame())
    expect(await frame?.getByRole('heading', { name: 'TransitDesk' }).count()).toBe(0)
    await context.close()
  })
})
