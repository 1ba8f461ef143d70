/**
 * Items from a spreadsheet in the browser edition: a 20-row .xlsx (Cyrillic, as an Uzbek
 * exporter sends it) previewed with its findings and imported into a new declaration; the
 * column mapping remembered for the sender; a faulty sheet imported only for its clean rows;
 * a non-spreadsheet refused with nothing changed.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import writeExcelFile from 'write-excel-file/node'
import {
  createNew,
  editor,
  expectItems,
  expectValue,
  fileFrom,
  openSection,
  useApp,
  waitSaved,
} from './helpers'

const app = useApp()

const HEADER = ['Наименование', 'Код ТН ВЭД', 'Страна', 'Мест', 'Упаковка', 'Брутто', 'Нетто']
const row = (i: number, gross: number | string = 100 + i) => [
  `Курага сушёная, партия ${i}`,
  '0813.10',
  'UZ',
  5,
  'BG',
  gross,
  90 + i,
]

async function xlsx(rows: (string | number)[][]) {
  return Buffer.from(await writeExcelFile(rows).toBuffer())
}

/** The table is virtualised: count items by its counter, not by rendered rows. */
async function expectItemCount(page: Page, n: number) {
  await expect
    .poll(() =>
      editor(page)
        .getByText(/ of 999 items$/)
        .textContent(),
    )
    .toBe(`${n} of 999 items`)
}

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Goods items from a spreadsheet' })

async function openImport(page: Page, name: string, content: Buffer) {
  await editor(page).getByRole('button', { name: 'Import from spreadsheet…' }).click()
  await dialog(page).getByLabel('Spreadsheet file').setInputFiles(fileFrom(name, content))
}

describe('items from a spreadsheet', () => {
  it('imports a 20-row .xlsx into a declaration, after a preview', async () => {
    const { page } = app
    await createNew(page, 'Blank declaration')
    await openSection(page, 'Consignments')
    const rows = Array.from({ length: 20 }, (_, i) => row(i + 1))
    await openImport(page, 'invoice-uz.xlsx', await xlsx([HEADER, ...rows]))
    await expect
      .poll(() => dialog(page).locator('.sheet-summary').textContent())
      .toMatch(/^20 goods rows, \d+ without errors\.$/)
    expect(await dialog(page).locator('tbody tr').count()).toBe(20)
    // The guessed mapping: Russian titles to item elements.
    expect(await dialog(page).locator('.sheet-mapping select').first().inputValue()).toBe(
      'description',
    )
    await dialog(page).getByRole('button', { name: 'Import all 20 rows' }).click()
    await expect.poll(() => dialog(page).count()).toBe(0)
    await expectItemCount(page, 20)
    await expectValue(page, '/consignments/0/items/0/description', 'Курага сушёная, партия 1')
    await expectValue(page, '/consignments/0/items/0/hsCode', '081310')
    await expectValue(page, '/consignments/0/items/0/grossMass', '101')
    // One step: Undo takes the whole import back to the blank item.
    await page.keyboard.press('Control+z')
    await expectItems(page, [''])
    await page.keyboard.press('Control+y')
    await expectItemCount(page, 20)
    await waitSaved(page)
  })

  it('remembers the mapping for the sender, and imports only the clean rows when asked', async () => {
    const { page } = app
    await createNew(page, 'Blank declaration')
    await openSection(page, 'Consignments')
    const columns = ['Goods', 'Weight kg', 'Code', 'Packages', 'Kind of packages', 'Marks']
    const first = await xlsx([columns, ['Raisins', 10, '080620', 1, 'BX', 'R-1']])
    await openImport(page, 'first.xlsx', first)
    const selects = dialog(page).locator('.sheet-mapping select')
    await expect.poll(() => selects.count()).toBe(6)
    // "Weight kg" is not a title the guess knows: the user maps it once.
    await selects.nth(1).selectOption('grossMass')
    await selects.nth(2).selectOption('hsCode')
    await dialog(page).getByRole('button', { name: 'Import 1 row' }).click()
    await expectItems(page, ['Raisins'])

    const faulty = await xlsx([
      columns,
      ['Walnuts', 20, '080231', 2, 'BG', 'W-1'],
      ['Pistachios', 'heavy', '080251', 1, 'BG', 'P-1'],
      ['Almonds', 5, '999999', 1, 'BG', 'A-1'],
    ])
    await openImport(page, 'second.xlsx', faulty)
    await expect.poll(() => selects.nth(1).inputValue()).toBe('grossMass')
    expect(await selects.nth(2).inputValue()).toBe('hsCode')
    const findings = dialog(page).locator('tbody tr')
    await expect.poll(() => findings.count()).toBe(3)
    expect(await findings.nth(1).textContent()).toContain(
      'Row 3: “heavy” in Gross mass is not a number.',
    )
    expect(await findings.nth(2).locator('.finding--error').count()).toBeGreaterThan(0)
    await dialog(page).getByRole('button', { name: 'Import only the 1 clean row' }).click()
    await expectItems(page, ['Raisins', 'Walnuts'])
  })

  it('refuses a file that is not a spreadsheet and changes nothing', async () => {
    const { page } = app
    await createNew(page, 'Blank declaration')
    await openSection(page, 'Consignments')
    await openImport(
      page,
      'photo.png',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    )
    await expect
      .poll(() => dialog(page).getByRole('alert').textContent())
      .toBe(
        '“photo.png” is not a spreadsheet: TransitDesk reads .xlsx workbooks and .csv text files.',
      )
    await dialog(page).getByRole('button', { name: 'Cancel' }).click()
    await expectItems(page, [''])
  })
})
