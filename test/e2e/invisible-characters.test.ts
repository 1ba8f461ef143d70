/**
 * Text that could deceive: a right-to-left override typed into a goods description is pointed
 * out at its field, and user text in the list is isolated from the app's own words.
 */
import { describe, expect, it } from 'vitest'
import {
  editor,
  field,
  importAndClose,
  jsonFile,
  listRow,
  openDeclaration,
  sampleText,
  TIR_LRN,
  useApp,
} from './helpers'

const app = useApp()

describe('invisible characters', () => {
  it('warns of a direction override at its field, and isolates names in the list', async () => {
    const { page } = app
    const declaration = JSON.parse(sampleText('tir-almaty-karachi.json'))
    const item = declaration.consignments[0].items[0]
    item.description = 'Cotton \u202EUSD 10,000\u202C value'
    declaration.holder.name = '\u202EAlmaty Trans LLP'
    await importAndClose(page, [jsonFile('override.json', declaration)])
    await openDeclaration(page, TIR_LRN)

    const toggle = page.locator('.issues .issues-toggle')
    await toggle.click()
    const finding = page.locator(
      '.issues-list button[data-path="/consignments/0/items/0/description"]',
    )
    await expect.poll(() => finding.textContent()).toMatch(/U\+202E.*U\+202C|U\+202C.*U\+202E/)
    await finding.click()
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('field:/consignments/0/items/0/description')
    expect(await field(page, '/consignments/0/items/0/description').inputValue()).toContain(
      '\u202E',
    )
    expect(await editor(page).locator('.issues-list').textContent()).toMatch(
      /\/holder\/name|holder/i,
    )

    // The holder's override reorders only the name, never the row around it.
    const holder = listRow(page, TIR_LRN).locator('.holder')
    expect(await holder.evaluate((e) => getComputedStyle(e).unicodeBidi)).toBe('isolate')
    const input = field(page, '/consignments/0/items/0/description')
    expect(await input.evaluate((e) => getComputedStyle(e).unicodeBidi)).toBe('plaintext')
  })
})
