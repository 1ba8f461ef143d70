/**
 * Data entry with the pickers: the HS finder in the items table and the item details, and code
 * pickers found by an English or Russian name — real typing, real keys, the value saved.
 */
import { describe, expect, it } from 'vitest'
import {
  createNew,
  editor,
  expectValue,
  field,
  openSection,
  reload,
  typeInto,
  useApp,
  waitSaved,
} from './helpers'

const app = useApp()
const HS = '/consignments/0/items/0/hsCode'

describe('the HS finder', () => {
  it('finds "apricots" and puts 0813.10 into the item, by keyboard', async () => {
    const { page } = app
    await createNew(page, 'Blank declaration')
    await openSection(page, 'Consignments')
    await field(page, '/consignments/0/items/0/description').fill('Dried apricots, Uzbekistan')
    await field(page, HS).focus()
    await page.keyboard.press('F4')
    const finder = page.getByRole('dialog', { name: 'Find an HS code' })
    const query = finder.getByRole('combobox', { name: 'Words or code' })
    await expect.poll(() => query.evaluate((el) => el === document.activeElement)).toBe(true)
    await query.pressSequentially('apricots')
    const hits = finder.getByRole('option')
    await expect.poll(() => hits.count()).toBeGreaterThan(2)
    const texts = await hits.allTextContents()
    const dried = texts.findIndex((text) => text.startsWith('0813.10'))
    expect(texts[dried]).toContain('Fruit, edible; apricots, dried')
    // The path from the chapter down is shown with each subheading.
    expect(texts[dried]).toContain('08 Fruit and nuts')
    for (let i = 0; i < dried; i++) await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await expect.poll(() => finder.count()).toBe(0)
    await expectValue(page, HS, '081310')
    // The cursor is back in the field it came from.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`field:${HS}`)
    await waitSaved(page)
    await reload(page)
    await page.locator('.declaration-row').first().click()
    await openSection(page, 'Consignments')
    await expectValue(page, HS, '081310')
  })

  it('searches a code prefix and takes a national code as typed', async () => {
    const { page } = app
    await createNew(page, 'Blank declaration')
    await openSection(page, 'Consignments')
    await editor(page).getByRole('button', { name: 'Find HS code…' }).first().click()
    const finder = page.getByRole('dialog', { name: 'Find an HS code' })
    const query = finder.getByRole('combobox', { name: 'Words or code' })
    await query.fill('5205')
    await expect
      .poll(async () => (await finder.getByRole('option').allTextContents())[0])
      .toMatch(/^5205\s*Cotton yarn/)
    await query.fill('5205.12.0000')
    await finder.getByRole('option').first().click()
    await expectValue(page, HS, '5205120000')
    // Valid: its first six digits are a subheading (checked once validation has caught up).
    await expect.poll(() => page.locator(`[data-path="${HS}"] .finding`).count()).toBe(0)
  })
})

describe('code pickers', () => {
  it('picks a country by its Russian name and a currency by its English one', async () => {
    const { page } = app
    await createNew(page, 'Blank declaration')
    await openSection(page, 'Parties')
    const country = '/holder/address/country'
    await typeInto(page, country, 'Узбек')
    const list = page.locator('.combobox-list')
    await expect.poll(() => list.getByRole('option').first().textContent()).toContain('Uzbekistan')
    await page.keyboard.press('Enter')
    await expectValue(page, country, 'UZ')
    await expect.poll(() => list.count()).toBe(0)

    await openSection(page, 'Documents')
    await typeInto(page, '/invoice/currency', 'tenge')
    await expect.poll(() => list.getByRole('option').first().textContent()).toMatch(/^KZT/)
    await list.getByRole('option').first().click()
    await expectValue(page, '/invoice/currency', 'KZT')
  })

  it('takes a code typed in full without asking, and closes on Escape', async () => {
    const { page } = app
    await createNew(page, 'Blank declaration')
    await openSection(page, 'Transport')
    await typeInto(page, '/transport/borderMode', '3')
    await expectValue(page, '/transport/borderMode', '3')
    expect(await page.locator('.combobox-list').count()).toBe(0)
    await openSection(page, 'Documents')
    await typeInto(page, '/invoice/incoterm/rule', 'fr')
    const options = page.locator('.combobox-list').getByRole('option')
    // Names starting with the typed word first (Free …), then those containing it (… Freight).
    await expect
      .poll(async () => (await options.allTextContents()).map((text) => text.slice(0, 3)))
      .toEqual(['FCA', 'FAS', 'FOB', 'CFR', 'CIF'])
    await page.keyboard.press('Escape')
    await expect.poll(() => page.locator('.combobox-list').count()).toBe(0)
    // What was typed stays (upper case, as codes are written), for validation to judge.
    await expectValue(page, '/invoice/incoterm/rule', 'FR')
  })
})
