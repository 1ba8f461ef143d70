/**
 * What the editor does to save typing and to show where the errors are (issue 18): findings per
 * tab, the marker on an item row whose details hold a finding and the details opening at it,
 * fill down and the defaults for all items with one undo step, the time-limit offer from the
 * user's setting, and the focus landing in a routing country just added.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { addDays } from '../../src/shared/dates'
import { createNew, editor, expectValue, field, openSection, typeInto, useApp } from './helpers'

const app = useApp()
const SAMPLE = 'Sample: TIR, Almaty → Karachi'
const kind = (i: number) => `/consignments/0/items/${i}/packages/0/kind`

const tab = (page: Page, name: string) => editor(page).getByRole('tab', { name: new RegExp(name) })
const tabCount = (page: Page, name: string) =>
  tab(page, name)
    .locator('.tab-count')
    .evaluateAll((spans) => spans.map((s) => s.getAttribute('title') ?? ''))

describe('the editor’s aids', () => {
  it('counts the findings of each tab, and marks the item whose details hold one', async () => {
    const { page } = app
    await createNew(page, SAMPLE)
    await expect.poll(() => tabCount(page, 'General')).toEqual([])
    await typeInto(page, '/placeOfDeclaration', '')
    await expect.poll(() => tabCount(page, 'General')).toEqual(['1 error'])

    // Item 2 loses its shipping marks, which only its details show.
    await openSection(page, 'Consignments')
    await page.locator('.items [data-row="1"] .col-actions button').first().click()
    await typeInto(page, '/consignments/0/items/1/packages/0/marks', '')
    await page.getByRole('button', { name: 'Close', exact: true }).click()
    await expect.poll(() => tabCount(page, 'Consignments')).toEqual(['1 error'])
    const details = page.locator('.items [data-row="1"] .col-actions button').first()
    await expect
      .poll(() => details.getAttribute('aria-label'))
      .toBe('Details of item 2 (has findings)')
    expect(
      (await page
        .locator('.items [data-row="0"] .col-actions button')
        .first()
        .getAttribute('class')) ?? '',
    ).not.toContain('details-faulty')
    // The details open with the focus in the faulty field.
    await details.click()
    await expect
      .poll(() => page.evaluate('document.activeElement?.id'))
      .toBe('field:/consignments/0/items/1/packages/0/marks')
  })

  it('fills a column down from the row the user is in, and one undo takes it back', async () => {
    const { page } = app
    await createNew(page, SAMPLE)
    await openSection(page, 'Consignments')
    await field(page, kind(1)).click()
    await page.getByRole('button', { name: /Fill down: copy “Pkg kind” of item 2/ }).click()
    await expectValue(page, kind(2), 'BL')
    await expectValue(page, kind(0), 'BG')
    await page.keyboard.press('Control+z')
    await expectValue(page, kind(2), 'CT')
  })

  it('sets a default for all items, and new items start with it', async () => {
    const { page } = app
    await createNew(page, SAMPLE)
    await openSection(page, 'Consignments')
    const origin = page.locator('[id="item-default-countryOfOrigin"]')
    await expect.poll(() => origin.inputValue()).toBe('KZ')
    await origin.clear()
    await origin.pressSequentially('UZ')
    for (const i of [0, 1, 2])
      await expectValue(page, `/consignments/0/items/${i}/countryOfOrigin`, 'UZ')
    await editor(page).locator('input.new-item').pressSequentially('Dried apricots')
    await expectValue(page, '/consignments/0/items/3/description', 'Dried apricots')
    await expectValue(page, '/consignments/0/items/3/countryOfOrigin', 'UZ')
    // The package kinds differ: the default says so instead of showing one of them.
    expect(await page.locator('[id="item-default-packageKind"]').getAttribute('placeholder')).toBe(
      'differs per item',
    )
    // One undo step each: the description typed, the new item, the origin typed.
    for (let n = 0; n < 3; n++) await page.keyboard.press('Control+z')
    await expectValue(page, '/consignments/0/items/0/countryOfOrigin', 'KZ')
  })

  it('offers the time limit from the user’s usual days', async () => {
    const { page } = app
    await createNew(page, 'Blank declaration')
    await page.getByRole('button', { name: 'New declarations…' }).click()
    const settings = page.getByRole('dialog', { name: 'How new declarations start' })
    await settings.getByLabel('TIR', { exact: false }).first().fill('16')
    await settings.getByRole('button', { name: 'Close' }).click()
    const declared = await field(page, '/declarationDate').inputValue()
    const offer = editor(page).getByRole('button', { name: /^Suggest / })
    await expect.poll(() => offer.textContent()).toContain('16 days after the declaration date')
    await offer.click()
    await expectValue(page, '/limitDate', addDays(declared, 16)!)
    await expect.poll(() => offer.count()).toBe(0)
  })

  it('puts the focus in the new declaration after Alt+N, and in a routing country just added', async () => {
    const { page } = app
    await page.keyboard.press('Alt+n')
    await expect
      .poll(() => page.evaluate('document.activeElement?.id'))
      .toBe('field:/placeOfDeclaration')
    await openSection(page, 'Itinerary')
    await typeInto(page, '/countryOfDispatch', 'KZ')
    await typeInto(page, '/countryOfDestination', 'PK')
    await expectValue(page, '/countriesOfRouting/1', 'PK')
    await editor(page).getByRole('button', { name: 'Add: Countries of routing' }).click()
    await expect
      .poll(() => page.evaluate('document.activeElement?.id'))
      .toBe('field:/countriesOfRouting/1')
    await page.keyboard.type('UZ')
    await expectValue(page, '/countriesOfRouting/2', 'PK')
    await openSection(page, 'General')
    // Three countries: a six-voucher carnet suggested.
    await expectValue(page, '/guarantee/vouchers', '6')
  })
})
