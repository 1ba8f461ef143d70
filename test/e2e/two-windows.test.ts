/**
 * One declaration open in two tabs of the browser edition (two pages of one context: the same
 * IndexedDB, the same local storage). Neither overwrites the other: a tab with nothing unsaved
 * shows the other's saves; a tab with edits of its own is told at once, saves nothing over the
 * other's version, and can keep its edits as a copy; a tab losing focus writes nothing stale.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  createNew,
  editor,
  editorHeading,
  expectCount,
  expectValue,
  field,
  installClock,
  openDeclaration,
  openSection,
  pauseClock,
  reload,
  typeInto,
  useApp,
  waitForList,
  waitSaved,
} from './helpers'

const app = useApp()

/** A second tab of the same browser profile, with the app open. */
async function secondTab(first: Page): Promise<Page> {
  const page = await first.context().newPage()
  await page.goto(first.url())
  await waitForList(page)
  return page
}

const saveState = (page: Page) =>
  editor(page).locator('[data-save-state]').first().getAttribute('data-save-state')

/**
 * A blank declaration open in both tabs, on the fake clock (time flowing): a test stops it to
 * have one tab's edits wait for their autosave while the other tab saves.
 */
async function blankDeclarationInBothTabs(): Promise<{ first: Page; second: Page; lrn: string }> {
  const first = app.page
  await installClock(first)
  await reload(first)
  await createNew(first, 'Blank declaration')
  await typeInto(first, '/placeOfDeclaration', 'Almaty')
  await waitSaved(first)
  const lrn = (await editorHeading(first).textContent())!
  const second = await secondTab(first)
  await openDeclaration(second, lrn)
  await expectValue(second, '/placeOfDeclaration', 'Almaty')
  return { first, second, lrn }
}

describe('one declaration in two tabs', () => {
  it('shows the other tab’s saves where nothing is unsaved, and writes nothing on blur', async () => {
    const { first, second } = await blankDeclarationInBothTabs()
    await typeInto(first, '/placeOfDeclaration', 'Almaty, Dostyk avenue')
    await waitSaved(first)
    await expectValue(second, '/placeOfDeclaration', 'Almaty, Dostyk avenue')
    await expect.poll(() => saveState(second)).toBe('saved')

    // The second tab losing focus (it used to write its stale copy again).
    await second.evaluate(() => window.dispatchEvent(new Event('blur')))
    await second.waitForTimeout(300)
    await reload(first)
    await openDeclaration(first, (await editorHeading(second).textContent())!)
    await expectValue(first, '/placeOfDeclaration', 'Almaty, Dostyk avenue')
  })

  it('tells a tab with its own edits at once, and keeps them as a copy when asked', async () => {
    const { first, second, lrn } = await blankDeclarationInBothTabs()
    // The second tab has typed, its autosave waiting for a pause (the clock stands still),
    // when the first saves: the first tab's window loses focus, which writes its edit at once.
    await pauseClock(first)
    await field(second, '/limitDate').pressSequentially('2026-03-01')
    await typeInto(first, '/placeOfDeclaration', 'Almaty first')
    await first.evaluate(() => window.dispatchEvent(new Event('blur')))
    await waitSaved(first)
    const alert = editor(second).locator('[data-save-state="conflict"]')
    await alert.waitFor()
    expect(await alert.textContent()).toContain('changed in another window')

    // Nothing the second tab typed was saved over the first's version, even after a while.
    await second.clock.runFor(1500)
    await second.evaluate(() => window.dispatchEvent(new Event('blur')))
    await second.clock.resume()
    const third = await secondTab(first)
    await openDeclaration(third, lrn)
    await expectValue(third, '/placeOfDeclaration', 'Almaty first')
    await expectValue(third, '/limitDate', '')
    await third.close()

    await alert.getByRole('button', { name: 'Keep mine as a copy' }).click()
    await expect.poll(() => saveState(second)).toBe('saved')
    // This tab now shows the stored version; the copy holds what it typed.
    await expectValue(second, '/placeOfDeclaration', 'Almaty first')
    await expectValue(second, '/limitDate', '')
    await expectCount(first, 2)
    const copy = (await second.locator('[role="status"], [role="alert"]').allTextContents())
      .join(' ')
      .match(/new declaration, ([^;]+);/)?.[1]
    expect(copy).toBeTruthy()
    await openDeclaration(first, copy!)
    await expectValue(first, '/limitDate', '2026-03-01')
    await expectValue(first, '/placeOfDeclaration', 'Almaty')
  })

  it('shows the other tab’s version when asked, dropping its own edits', async () => {
    const { first, second } = await blankDeclarationInBothTabs()
    await pauseClock(first)
    await field(second, '/limitDate').pressSequentially('2026-03-01')
    await typeInto(first, '/placeOfDeclaration', 'Kostanay')
    await first.evaluate(() => window.dispatchEvent(new Event('blur')))
    const alert = editor(second).locator('[data-save-state="conflict"]')
    await alert.waitFor()
    await first.clock.resume()
    await alert.getByRole('button', { name: 'Show the other window’s version' }).click()
    await expect.poll(() => saveState(second)).toBe('saved')
    await expectValue(second, '/placeOfDeclaration', 'Kostanay')
    await expectValue(second, '/limitDate', '')
    // And editing goes on from there, saved for both.
    await openSection(second, 'General')
    await typeInto(second, '/limitDate', '2026-04-01')
    await waitSaved(second)
    await expectValue(first, '/limitDate', '2026-04-01')
  })
})
