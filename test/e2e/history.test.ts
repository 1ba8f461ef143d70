/** The history of a declaration in the browser edition: versions listed, one restored, undone. */
import { describe, expect, it } from 'vitest'
import {
  editor,
  expectValue,
  field,
  importAndClose,
  openDeclaration,
  openSection,
  samplePath,
  TIR_LRN,
  typeInto,
  useApp,
  waitSaved,
} from './helpers'

const app = useApp()

describe('history', () => {
  it('lists the saved versions with what changed and restores an older one', async () => {
    const { page } = app
    await importAndClose(page, [samplePath('tir-almaty-karachi.json')])
    await openDeclaration(page, TIR_LRN)
    const reference = '/guarantee/reference'
    const original = await field(page, reference).inputValue()
    await typeInto(page, reference, 'XA12345678')
    await waitSaved(page)
    await openSection(page, 'Documents')
    const originalRemarks = await field(page, '/remarks').inputValue()
    await field(page, '/remarks').fill('Seals checked at Saryagash.')
    await waitSaved(page)

    await editor(page).getByRole('button', { name: 'History…' }).click()
    const dialog = page.getByRole('dialog', { name: 'History' })
    const rows = dialog.locator('.history-list li')
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(3)
    expect(await rows.first().textContent()).toMatch(/remarks.*Current version/i)
    // The oldest entry is the declaration as imported.
    await rows.last().getByRole('button', { name: 'Restore' }).click()
    await expect.poll(() => dialog.count()).toBe(0)
    await expectValue(page, '/remarks', originalRemarks)
    await openSection(page, 'General')
    await expectValue(page, reference, original)
    // Restoring is an edit: Undo brings the newest version back.
    await page.keyboard.press('Control+z')
    await expectValue(page, reference, 'XA12345678')
    await openSection(page, 'Documents')
    await expectValue(page, '/remarks', 'Seals checked at Saryagash.')
  })
})
