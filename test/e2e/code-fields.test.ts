/**
 * Code fields in Chromium: the commercial invoice found by "invoice" as the first suggestion, a
 * picked code's name shown beside it (in the window's language), a code in the narrow items table
 * described by its name instead, and empty code fields hinting "e.g. KZ" in a hint's style — so
 * that after a spreadsheet import without origins no item's origin looks filled.
 */
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import writeExcelFile from 'write-excel-file/node'
import ruCodes from '../../src/shared/i18n/ru/codes.json'
import {
  createNew,
  editor,
  expectValue,
  field,
  fileFrom,
  openSection,
  typeInto,
  useApp,
} from './helpers'

const app = useApp()

/** The input's accessible description, as Chromium's accessibility tree has it. */
async function description(page: Page, pointer: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page)
  try {
    const { root } = await cdp.send('DOM.getDocument')
    const { nodeId } = await cdp.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: `[id="field:${pointer}"]`,
    })
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
      nodeId,
      fetchRelatives: false,
    })
    return String(nodes[0]?.description?.value ?? '')
  } finally {
    await cdp.detach()
  }
}

/** The name shown beside a code field's input, and whether it takes any room on screen. */
const shownName = (input: Locator) =>
  input.evaluate((el) => {
    const name = el.parentElement?.querySelector<HTMLElement>('.combobox-picked')
    if (!name) return null
    const box = name.getBoundingClientRect()
    return { text: name.textContent, visible: box.width > 1 && box.height > 1 }
  })

/** The input's placeholder, how it is drawn, and the colour a typed value has. */
const hint = (input: Locator) =>
  input.evaluate((el: HTMLInputElement) => {
    const style = getComputedStyle(el, '::placeholder')
    return {
      text: el.placeholder,
      value: el.value,
      fontStyle: style.fontStyle,
      color: style.color,
      valueColor: getComputedStyle(el).color,
    }
  })

async function chooseLanguage(page: Page, language: string) {
  await page.locator('header.app-bar select.language-picker').selectOption(language)
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language)
}

describe('code fields', () => {
  it('offers N380 first for "invoice" and shows its name beside the code, in the window’s language', async () => {
    const { page } = app
    await createNew(page, 'Blank declaration')
    await openSection(page, 'Documents')
    await editor(page).getByRole('button', { name: 'Add: Documents' }).click()
    const type = field(page, '/documents/0/type')
    expect(await hint(type)).toMatchObject({ text: 'e.g. N380', value: '', fontStyle: 'italic' })
    await type.pressSequentially('invoice')
    const options = page.locator('.combobox-list').getByRole('option')
    await expect.poll(() => options.first().textContent()).toMatch(/^N380\s*Commercial invoice/)
    await page.keyboard.press('Enter')
    await expectValue(page, '/documents/0/type', 'N380')
    expect(await shownName(type)).toEqual({ text: 'Commercial invoice', visible: true })
    // Once the checks have caught up, the name is all that describes the field.
    await expect.poll(() => description(page, '/documents/0/type')).toBe('Commercial invoice')

    await chooseLanguage(page, 'ru')
    await expect
      .poll(() => shownName(type))
      .toEqual({
        text: ruCodes.documentCode.N380,
        visible: true,
      })
    await expect.poll(() => description(page, '/documents/0/type')).toBe(ruCodes.documentCode.N380)
    expect(await type.inputValue()).toBe('N380')
  })

  it('shows nothing beside an unknown code, and the name as soon as a known one is typed', async () => {
    const { page } = app
    await createNew(page, 'Blank declaration')
    await openSection(page, 'Transport')
    await typeInto(page, '/transport/borderMode', '3')
    const mode = field(page, '/transport/borderMode')
    expect(await shownName(mode)).toEqual({ text: 'Road transport', visible: true })
    await openSection(page, 'Documents')
    await typeInto(page, '/invoice/currency', 'USX')
    const currency = field(page, '/invoice/currency')
    expect(await shownName(currency)).toBeNull()
    expect(await currency.getAttribute('title')).toBeNull()
    await typeInto(page, '/invoice/currency', 'USD')
    expect(await shownName(currency)).toEqual({ text: 'US Dollar', visible: true })
  })

  it('describes a code in the items table by its name, keeping the cell narrow', async () => {
    const { page } = app
    await createNew(page, 'Blank declaration')
    await openSection(page, 'Consignments')
    const origin = field(page, '/consignments/0/items/0/countryOfOrigin')
    const empty = await hint(origin)
    expect(empty).toMatchObject({ text: 'e.g. KZ', value: '', fontStyle: 'italic' })
    expect(empty.color).not.toBe(empty.valueColor)
    await origin.pressSequentially('KZ')
    await expect.poll(() => origin.getAttribute('title')).toBe('Kazakhstan')
    await expect
      .poll(() => description(page, '/consignments/0/items/0/countryOfOrigin'))
      .toBe('Kazakhstan')
    expect(await shownName(origin)).toEqual({ text: 'Kazakhstan', visible: false })
  })

  it('leaves no item’s origin looking filled after a spreadsheet import without origins', async () => {
    const { page } = app
    await createNew(page, 'Blank declaration')
    await openSection(page, 'Consignments')
    const header = ['Наименование', 'Код ТН ВЭД', 'Мест', 'Упаковка', 'Брутто', 'Нетто']
    const rows = [1, 2, 3].map((i) => [`Изюм, партия ${i}`, '0806.20', 2, 'BX', 20 + i, 18 + i])
    const sheet = Buffer.from(await writeExcelFile([header, ...rows]).toBuffer())
    await editor(page).getByRole('button', { name: 'Import from spreadsheet…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Goods items from a spreadsheet' })
    await dialog.getByLabel('Spreadsheet file').setInputFiles(fileFrom('raisins.xlsx', sheet))
    await dialog.getByRole('button', { name: 'Import all 3 rows' }).click()
    await expect.poll(() => dialog.count()).toBe(0)
    await expectValue(page, '/consignments/0/items/2/description', 'Изюм, партия 3')
    for (const i of [0, 1, 2]) {
      const origin = field(page, `/consignments/0/items/${i}/countryOfOrigin`)
      expect(await hint(origin)).toMatchObject({
        text: 'e.g. KZ',
        value: '',
        fontStyle: 'italic',
      })
      // The imported kind of package is a value, named in its tooltip; the origin has none.
      const kind = field(page, `/consignments/0/items/${i}/packages/0/kind`)
      expect(await kind.inputValue()).toBe('BX')
      expect(await kind.getAttribute('title')).toBe('Box')
      expect(await origin.getAttribute('title')).toBeNull()
    }
  })
})
