/**
 * The whole way with the keyboard alone, from the start page: Tab to the list (or ↓ from its
 * search box), the arrows between declarations, Enter to open one, Tab to a field and type,
 * Tab to Print packet… and make the packet. No mouse click after the page opens.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  editor,
  editorHeading,
  expectValue,
  field,
  importAndClose,
  listedLrns,
  reload,
  samplePath,
  TIR_LRN,
  useApp,
  waitSaved,
} from './helpers'

const app = useApp()

/** What has the focus: enough to tell a row, a field and a button apart. */
interface Focused {
  role: string
  id: string
  lrn: string
  text: string
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    return {
      role: el?.getAttribute('role') ?? el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      lrn: el?.dataset['lrn'] ?? '',
      text: (el?.textContent ?? '').trim(),
    }
  })
}

/** Presses `key` until the focus is where `arrived` says (at most `limit` times). */
async function pressUntil(
  page: Page,
  key: string,
  arrived: (f: Focused) => boolean,
  limit = 60,
): Promise<Focused> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key)
    const now = await focused(page)
    if (arrived(now)) return now
  }
  const at = JSON.stringify(await focused(page))
  throw new Error(`${key} ×${limit} never reached the place: the focus is on ${at}`)
}

const isRow = (f: Focused) => f.role === 'option' && f.lrn !== ''

/** Waits until the focus is on the list's row of `lrn`. */
async function expectFocusOn(page: Page, lrn: string): Promise<void> {
  await expect.poll(async () => (await focused(page)).lrn).toBe(lrn)
}

describe('keyboard only', () => {
  it('reaches the list, opens a declaration, edits it and makes its packet', async () => {
    const { page } = app
    await importAndClose(page, [
      samplePath('tir-almaty-karachi.json'),
      samplePath('eaeu-minsk-almaty.json'),
      samplePath('national-karachi-kabul.json'),
    ])
    // The start page as it opens: nothing selected, the focus nowhere.
    await reload(page)
    const lrns = await listedLrns(page)
    expect(lrns).toHaveLength(3)

    // Tab reaches the list, on its first row, without a click on it first.
    const row = await pressUntil(page, 'Tab', isRow)
    expect(row.lrn).toBe(lrns[0])
    // ↓ / ↑ / End / Home move between the rows; ↑ on the first goes back to the search box,
    // and ↓ there comes back down into the list.
    await page.keyboard.press('ArrowDown')
    await expectFocusOn(page, lrns[1]!)
    await page.keyboard.press('End')
    await expectFocusOn(page, lrns[2]!)
    await page.keyboard.press('Home')
    await expectFocusOn(page, lrns[0]!)
    await page.keyboard.press('ArrowUp')
    await expect.poll(async () => (await focused(page)).id).toBe('declaration-search')
    await page.keyboard.press('ArrowDown')
    await expectFocusOn(page, lrns[0]!)
    // Moving opens nothing: Enter does.
    expect(await editor(page).count()).toBe(0)
    await pressUntil(page, 'ArrowDown', (f) => f.lrn === TIR_LRN, lrns.length)
    await page.keyboard.press('Enter')
    await expect.poll(() => editorHeading(page).textContent(), { timeout: 5000 }).toBe(TIR_LRN)
    // Leaving the list and coming back lands on the open declaration's row.
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Tab')
    await expectFocusOn(page, TIR_LRN)

    // Tab on into the editor, to the place of declaration, and type over it.
    await pressUntil(page, 'Tab', (f) => f.id === 'field:/placeOfDeclaration')
    await page.keyboard.press('ControlOrMeta+a')
    await page.keyboard.type('Almaty, Medeu district')
    await waitSaved(page)
    await expectValue(page, '/placeOfDeclaration', 'Almaty, Medeu district')
    expect(
      await field(page, '/placeOfDeclaration').evaluate((el) => el === document.activeElement),
    ).toBe(true)

    // Back up to the toolbar's Print packet…, open it, and make the packet.
    await pressUntil(page, 'Shift+Tab', (f) => f.text === 'Print packet…')
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: 'Declaration packet' })
    await dialog.waitFor()
    // The dialog reads the declaration before it offers the button, as a user would see it.
    await expect
      .poll(() => dialog.getByRole('button', { name: 'Make packet' }).isEnabled())
      .toBe(true)
    await pressUntil(page, 'Tab', (f) => f.text === 'Make packet', 20)
    await page.keyboard.press('Enter')
    await expect
      .poll(() => dialog.locator('.packet-ready').textContent(), { timeout: 30_000 })
      .toMatch(/^The packet is ready \(\d+ KB\)\.$/)
  })
})
