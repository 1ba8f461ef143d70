/**
 * Items from a spreadsheet in the browser edition: a 20-row .xlsx (Cyrillic, as an Uzbek
 * exporter sends it) previewed with its findings and imported into a new declaration; a bare
 * "Количество" guessed as the number of packages from the sheet's other columns, a column's
 * meaning changed in the preview's header, defaults for currency and kind of package taken only
 * by the rows without them; the column meanings remembered for the sender; a faulty sheet
 * imported only for its clean rows; a non-spreadsheet refused with nothing changed.
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

async function xlsx(rows: (string | number | null)[][]) {
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
/** The select in the preview's header that says what a column means. */
const meaning = (page: Page, title: string) =>
  dialog(page).getByRole('combobox', { name: `Meaning of column “${title}”`, exact: true })
/** The preview's cells of the sheet row `n` (its number in the sheet), as shown. */
const previewRow = (page: Page, n: number) =>
  dialog(page)
    .locator('tbody tr')
    .filter({ has: page.locator(`td:first-child:text-is("${n}")`) })

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
    // The guessed meanings: Russian titles to item elements, in the preview's header.
    expect(await meaning(page, 'Наименование').inputValue()).toBe('description')
    expect(await meaning(page, 'Мест').inputValue()).toBe('packageCount')
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

  it('guesses a bare “Количество” from the sheet, and imports with the meanings and defaults set in the preview', async () => {
    const { page } = app
    await createNew(page, 'Blank declaration')
    await openSection(page, 'Consignments')
    const sheet = await xlsx([
      [
        'Наименование товара',
        'Код ТН ВЭД',
        'Количество',
        'Вид упаковки',
        'Маркировка',
        'Вес, кг',
        'Стоимость',
        'Валюта',
      ],
      ['Курага сушёная', '0813.10', 12, 'BX', 'KTX 1-12', 240, 3600, 'EUR'],
      ['Изюм', '0806.20', 3, null, 'KTX 13-15', 60, 900, null],
      ['Орехи грецкие', '0802.31', 5, 'коробки', 'KTX 16-20', 100, 1500, null],
    ])
    await openImport(page, 'packing-list.xlsx', sheet)
    // The guess: beside "Вид упаковки", "Количество" counts packages, and the preview says why.
    await expect.poll(() => meaning(page, 'Количество').inputValue()).toBe('packageCount')
    expect(await dialog(page).locator('.sheet-guess').allTextContents()).toEqual([
      'Guessed: the number of packages, as “Вид упаковки” gives their kind.',
    ])
    expect(await meaning(page, 'Вес, кг').inputValue()).toBe('')
    expect(await previewRow(page, 3).locator('td.sheet-item').textContent()).not.toContain(' kg')

    // "Вес, кг" is the gross mass: the preview reads it again at once.
    await meaning(page, 'Вес, кг').selectOption('grossMass')
    await expect
      .poll(() => previewRow(page, 3).locator('td.sheet-item').textContent())
      .toContain('60 kg')

    // Defaults for the rows without a currency or a kind; the sheet's own values win.
    await dialog(page).getByRole('combobox', { name: 'Currency of item values' }).fill('USD')
    await dialog(page).getByRole('combobox', { name: 'Kind of package' }).fill('CT')
    await expect
      .poll(() => previewRow(page, 3).locator('.sheet-default').allTextContents())
      .toEqual(['CT (default)', 'USD (default)', 'CT (default)', 'USD (default)'])
    expect(await previewRow(page, 2).locator('.sheet-default').count()).toBe(0)
    expect(await previewRow(page, 2).textContent()).toContain('3600 EUR')
    expect(await previewRow(page, 4).locator('.sheet-default').allTextContents()).toEqual([
      'USD (default)',
      'USD (default)',
    ])

    await dialog(page).getByRole('button', { name: 'Import all 3 rows' }).click()
    await expect.poll(() => dialog(page).count()).toBe(0)
    await expectItems(page, ['Курага сушёная', 'Изюм', 'Орехи грецкие'])
    await expectValue(page, '/consignments/0/items/0/packages/0/kind', 'BX')
    await expectValue(page, '/consignments/0/items/1/packages/0/kind', 'CT')
    await expectValue(page, '/consignments/0/items/2/packages/0/kind', 'BX')
    await expectValue(page, '/consignments/0/items/1/packages/0/count', '3')
    await expectValue(page, '/consignments/0/items/1/grossMass', '60')
    await editor(page)
      .getByRole('button', { name: /^Details of item 1\b/ })
      .click()
    await expectValue(page, '/consignments/0/items/0/value/currency', 'EUR')
    await editor(page)
      .getByRole('button', { name: /^Details of item 2\b/ })
      .click()
    await expectValue(page, '/consignments/0/items/1/value/currency', 'USD')
    await waitSaved(page)
  })

  it('remembers the mapping for the sender, and imports only the clean rows when asked', async () => {
    const { page } = app
    await createNew(page, 'Blank declaration')
    await openSection(page, 'Consignments')
    const columns = ['Goods', 'Weight kg', 'Code', 'Packages', 'Kind of packages', 'Marks']
    const first = await xlsx([columns, ['Raisins', 10, '080620', 1, 'BX', 'R-1']])
    await openImport(page, 'first.xlsx', first)
    const selects = dialog(page).locator('thead select')
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
      'Row 3: “heavy” in Gross mass (kg) is not a number.',
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
