/**
 * The pseudo-locale (every text accented and 40 % longer, `?lang=en-XA`) and the shipped
 * languages at 1366×768: in the main views no text is cut short or runs out of its box or the
 * window, so translations longer than English fit too. (The ergonomics work later takes the
 * layout down to 1024×700.)
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { inject } from 'vitest'
import { launchBrowser } from './browser'
import { drawn, field, waitForList } from './helpers'

let browser: Browser
let context: BrowserContext | undefined
beforeAll(async () => {
  browser = await launchBrowser()
})
afterEach(async () => {
  await context?.close()
})
afterAll(async () => {
  await browser?.close()
})

/** The app at 1366×768 in a browser set to `locale`, with `query` on its address. */
async function open(locale: string, query = ''): Promise<Page> {
  context = await browser.newContext({ locale, viewport: { width: 1366, height: 768 } })
  const page = await context.newPage()
  await page.goto(`${inject('baseUrl')}${query}`)
  await waitForList(page)
  return page
}

/** Elements whose own text is cut (hidden overflow) or runs out of their box or the window. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = []
    const width = document.documentElement.clientWidth
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} “${(el.textContent ?? '').trim().slice(0, 40)}”`
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const ownText = [...el.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
      )
      if (!ownText || el.closest('.visually-hidden')) continue
      const box = el.getBoundingClientRect()
      if (box.width === 0 || box.height === 0) continue
      if (box.right > width + 1 || box.left < -1) found.push(`outside the window: ${describe(el)}`)
      if (
        el.scrollWidth > el.clientWidth + 1 &&
        el.tagName !== 'TEXTAREA' &&
        el.tagName !== 'INPUT'
      ) {
        found.push(`wider than its box: ${describe(el)}`)
      }
      // Cut by a box around it that hides what sticks out sideways.
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        if (getComputedStyle(up).overflowX === 'visible') continue
        const frame = up.getBoundingClientRect()
        if (box.right > frame.right + 1 || box.left < frame.left - 1) {
          found.push(`cut by ${up.tagName.toLowerCase()}.${up.classList[0] ?? ''}: ${describe(el)}`)
        }
        break
      }
    }
    return found
  })
}

describe.each([
  ['the pseudo-locale', 'en-US', '?lang=en-XA', 'en-XA'],
  ['Russian', 'ru-RU', '', 'ru'],
  ['Kazakh', 'kk-KZ', '', 'kk'],
  ['Urdu', 'ur-PK', '', 'ur'],
])('%s at 1366×768', (_name, locale, query, lang) => {
  it('cuts no text in the list, the app bar and the editor’s every part', async () => {
    const page = await open(locale, query)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang)
    expect(await overflowing(page)).toEqual([])
    await page.locator('header.app-bar summary').first().click()
    await page.getByRole('menuitem').nth(1).click()
    await field(page, '/lrn').waitFor()
    const tabs = page.getByRole('tab')
    for (let i = 0; i < (await tabs.count()); i++) {
      await tabs.nth(i).click()
      await expect.poll(() => tabs.nth(i).getAttribute('aria-selected')).toBe('true')
      await drawn(page)
      expect(await overflowing(page), `part ${i + 1}`).toEqual([])
    }
    await page.keyboard.press('Control+p') // the print dialog
    await page.getByRole('dialog').waitFor()
    await drawn(page)
    expect(await overflowing(page), 'the print dialog').toEqual([])
  })
})
