/**
 * A full disk, files dropped on the window, and goods entered with the keyboard alone.
 */
import { describe, expect, it } from 'vitest'
import {
  createNew,
  editor,
  expectItems,
  expectListed,
  expectValue,
  field,
  installClock,
  openDeclaration,
  openSection,
  pauseClock,
  reload,
  sampleText,
  TIR_LRN,
  typeInto,
  useApp,
  waitSaved,
} from './helpers'

const app = useApp()

describe('storage full', () => {
  it('tells the user, keeps the edit on screen, and saves it once there is room', async () => {
    const { page } = app
    await installClock(page)
    await reload(page)
    await createNew(page, 'Sample: TIR, Almaty → Karachi')
    await waitSaved(page)
    // A full disk, as IndexedDB reports it: every write refused with QuotaExceededError.
    // (Chromium's DevTools quota override is not honoured by this headless build.)
    const setDiskFull = (full: boolean) =>
      page.evaluate((on) => {
        const store = IDBObjectStore.prototype as IDBObjectStore & {
          realPut?: IDBObjectStore['put']
        }
        store.realPut ??= store.put
        store.put = on
          ? () => {
              throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
            }
          : store.realPut
      }, full)
    await setDiskFull(true)
    // The autosave runs once, after the whole edit (the clock stands still while it is typed,
    // then passes the autosave's wait): no save of it is left to come after the disk is freed.
    await pauseClock(page)
    await typeInto(page, '/placeOfDeclaration', 'Almaty, Zhetysu warehouse')
    await page.clock.runFor(2000)
    const alert = editor(page).locator('.save-state--error')
    await expect.poll(() => alert.textContent(), { timeout: 10_000 }).toMatch(/disk is full/)
    await expect.poll(() => alert.textContent()).toMatch(/edit is still on screen/)
    await expectValue(page, '/placeOfDeclaration', 'Almaty, Zhetysu warehouse')

    await setDiskFull(false)
    await alert.getByRole('button', { name: 'Try again' }).click()
    await waitSaved(page)
    await page.clock.resume()
    await reload(page)
    await openDeclaration(page, TIR_LRN)
    await expectValue(page, '/placeOfDeclaration', 'Almaty, Zhetysu warehouse')
  })
})

describe('drag and drop', () => {
  it('imports files dropped anywhere on the window, with the usual report', async () => {
    const { page } = app
    const dataTransfer = await page.evaluateHandle(
      ([good, bad]) => {
        const transfer = new DataTransfer()
        transfer.items.add(new File([good], 'dropped.json', { type: 'application/json' }))
        transfer.items.add(new File([bad], 'notes.txt', { type: 'text/plain' }))
        return transfer
      },
      [sampleText('eaeu-minsk-almaty.json'), 'not a declaration'],
    )
    await page.dispatchEvent('main.workspace', 'dragover', { dataTransfer })
    await expect.poll(() => page.locator('.drop-overlay').count()).toBe(1)
    await page.dispatchEvent('main.workspace', 'drop', { dataTransfer })
    const report = page.getByRole('dialog', { name: 'Import', exact: true })
    await expect.poll(() => report.textContent()).toContain('1 of 2 files imported.')
    await expect
      .poll(() => report.locator('li[data-file="notes.txt"]').textContent())
      .toMatch(/“notes\.txt” cannot be read: it is not valid JSON/)
    await report.getByRole('button', { name: 'Close' }).click()
    expect(await page.locator('.drop-overlay').count()).toBe(0)
    await expectListed(page, [JSON.parse(sampleText('eaeu-minsk-almaty.json')).lrn as string])
  })
})

describe('keyboard only', () => {
  it('enters goods items without the mouse', async () => {
    const { page } = app
    await createNew(page, 'Blank declaration')
    await page.keyboard.press('Alt+5')
    await expect
      .poll(() =>
        editor(page)
          .getByRole('tab', { name: /Consignments/ })
          .getAttribute('aria-selected'),
      )
      .toBe('true')
    await field(page, '/consignments/0/items/0/description').focus()
    await page.keyboard.type('Dried apricots')
    await page.keyboard.press('Tab')
    await page.keyboard.type('081310')
    // Ctrl+Enter adds an item below and puts the cursor in its description.
    await page.keyboard.press('Control+Enter')
    await page.keyboard.type('Raisins')
    await page.keyboard.press('Control+Enter')
    await page.keyboard.type('Walnuts in shell')
    await expectItems(page, ['Dried apricots', 'Raisins', 'Walnuts in shell'])
    // ↑ goes to the same column one row up; Alt+↓ moves the item down.
    await page.keyboard.press('ArrowUp')
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('field:/consignments/0/items/1/description')
    await page.keyboard.press('Alt+ArrowDown')
    await expectItems(page, ['Dried apricots', 'Walnuts in shell', 'Raisins'])
    // Ctrl+D duplicates, Ctrl+Delete removes.
    await page.keyboard.press('Control+d')
    await expectItems(page, ['Dried apricots', 'Walnuts in shell', 'Raisins', 'Raisins'])
    await page.keyboard.press('Control+Delete')
    await expectItems(page, ['Dried apricots', 'Walnuts in shell', 'Raisins'])
    await waitSaved(page)
    await reload(page)
    await page.locator('.declaration-row').first().click()
    await openSection(page, 'Consignments')
    await expectItems(page, ['Dried apricots', 'Walnuts in shell', 'Raisins'])
    await expectValue(page, '/consignments/0/items/0/hsCode', '081310')
  })

  it('closes the New and Backup menus with Escape or a click elsewhere', async () => {
    const { page } = app
    for (const name of ['New', 'Backup']) {
      const menu = page.locator('header.app-bar details.menu-button', {
        has: page.locator('summary', { hasText: name }),
      })
      await menu.locator('summary').click()
      await expect.poll(() => menu.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true)
      await page.keyboard.press('Escape')
      await expect.poll(() => menu.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false)
      // The focus is back on the button that opened it.
      expect(await menu.locator('summary').evaluate((el) => el === document.activeElement)).toBe(
        true,
      )
      await menu.locator('summary').click()
      await expect.poll(() => menu.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true)
      await page.mouse.click(700, 400)
      await expect.poll(() => menu.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false)
    }
  })
})
