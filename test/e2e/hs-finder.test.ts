/**
 * The HS finder with a national tariff: a forwarder imports an EAEU-shaped CSV in the finder,
 * reads the report (a refused line named with its number), finds a line by a Russian word,
 * picks its 10 digits into the item, and finds it all again after a reload; removing the tariff
 * takes its lines away.
 */
import { describe, expect, it } from 'vitest'
import {
  createNew,
  editor,
  expectValue,
  fileFrom,
  openSection,
  reload,
  useApp,
  waitSaved,
} from './helpers'

const app = useApp()
const HS = '/consignments/0/items/0/hsCode'

/** A small ТН ВЭД file as a spreadsheet saves it: BOM, semicolons, titles, spaced codes. */
const TNVED = [
  '\uFEFFКод ТН ВЭД;Наименование;Доп. ед. изм.',
  '0813;Фрукты сушеные, кроме плодов товарных позиций 0801 – 0806;',
  '0813 10 000 0;- абрикосы;кг',
  '0813 20 000 0;- чернослив;кг',
  '0813 90 000 0;- не субпозиция;кг',
  '5205 12 000 0;- - пряжа однониточная, 232,56 дтекс или более;кг',
].join('\r\n')

const finder = () => app.page.getByRole('dialog', { name: 'Find an HS code' })
const query = () => finder().getByRole('combobox', { name: 'Words or code' })

async function openFinder(): Promise<void> {
  await openSection(app.page, 'Consignments')
  await editor(app.page).getByRole('button', { name: 'Find HS code…' }).first().click()
  await query().waitFor()
}

async function optionTexts(): Promise<string[]> {
  return finder().getByRole('option').allTextContents()
}

describe('the HS finder with a national tariff', () => {
  it('imports a tariff, finds a line by a Russian word, and puts its 10 digits in the item', async () => {
    const { page } = app
    await createNew(page, 'Blank declaration')
    await openFinder()
    await finder().getByRole('button', { name: 'National tariffs (0)…' }).click()
    const chooser = page.waitForEvent('filechooser')
    await finder().getByText('Import a tariff file (CSV)…').click()
    await (await chooser).setFiles(fileFrom('tnved.csv', TNVED))

    const review = finder().getByRole('group', { name: 'Tariff file read' })
    await expect.poll(() => review.textContent()).toContain('3 tariff lines read from “tnved.csv”.')
    const reviewText = (await review.textContent()) ?? ''
    expect(reviewText).toContain('Line 1 was taken for the column titles.')
    expect(reviewText).toContain('Line 5: “0813 90 000 0”: 081390 is not an HS 2022 subheading.')
    expect(await review.getByRole('combobox', { name: 'Tariff name' }).inputValue()).toBe(
      'EAEU ТН ВЭД',
    )
    await review.getByRole('button', { name: 'Import 3 lines' }).click()
    await expect
      .poll(() => finder().getByRole('status').allTextContents())
      .toContain('3 lines of “EAEU ТН ВЭД” imported.')
    await finder().getByRole('button', { name: 'Back to the search' }).click()

    await query().pressSequentially('абрикосы')
    await expect
      .poll(optionTexts)
      .toEqual(expect.arrayContaining([expect.stringMatching(/^0813 10 000 0\s*абрикосы/)]))
    const texts = await optionTexts()
    const line = texts.findIndex((text) => text.startsWith('0813 10 000 0'))
    // The line follows its subheading.
    expect(texts[line - 1]).toMatch(/^0813\.10\s*Fruit, edible; apricots, dried/)
    await finder().getByRole('option').nth(line).click()
    await expect.poll(() => finder().count()).toBe(0)
    await expectValue(page, HS, '0813100000')
    // Valid: ten digits whose first six are a subheading.
    await expect.poll(() => page.locator(`[data-path="${HS}"] .finding`).count()).toBe(0)
    await waitSaved(page)

    await reload(page)
    await page.locator('.declaration-row').first().click()
    await openSection(page, 'Consignments')
    await expectValue(page, HS, '0813100000')
    // The tariff was kept too: its lines are offered after the reload.
    await openFinder()
    await query().fill('однониточная')
    await expect
      .poll(optionTexts)
      .toEqual(
        expect.arrayContaining([expect.stringMatching(/^5205 12 000 0\s*пряжа однониточная/)]),
      )

    // Removed, its lines are gone from the finder.
    await finder().getByRole('button', { name: 'National tariffs (1)…' }).click()
    await finder().getByRole('button', { name: 'Remove EAEU ТН ВЭД' }).click()
    await expect
      .poll(() => finder().getByText('No national tariff is imported yet.').count())
      .toBe(1)
    await finder().getByRole('button', { name: 'Back to the search' }).click()
    await query().fill('однониточная')
    await expect
      .poll(() => finder().getByRole('status').first().textContent())
      .toBe('No HS 2022 entry matches.')
  })
})
