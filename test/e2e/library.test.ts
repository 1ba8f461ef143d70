/**
 * The address book, goods catalogue and vehicles in the browser edition: a consignee saved
 * from one declaration and picked into another, kept across a reload; an item added from the
 * catalogue with two keystrokes; the address book kept (edited, checked, merged).
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  createNew,
  editor,
  expectItems,
  expectValue,
  field,
  importAndClose,
  openDeclaration,
  openSection,
  reload,
  samplePath,
  TIR_LRN,
  useApp,
  waitSaved,
} from './helpers'

const app = useApp()
const CONSIGNEE = '/consignments/0/consignee'

async function openConsignmentParties(page: Page): Promise<void> {
  await openSection(page, 'Consignments')
  const summary = editor(page).locator('summary', {
    hasText: 'Consignor and consignee of consignment 1',
  })
  if ((await summary.locator('xpath=..').getAttribute('open')) === null) await summary.click()
}

const consigneeGroup = (page: Page) =>
  editor(page)
    .locator('fieldset.party')
    .filter({ has: field(page, `${CONSIGNEE}/name`) })

const notice = (page: Page) => page.locator('.notice').last()

describe('the address book', () => {
  it('saves a consignee from one declaration and picks it into another', async () => {
    const { page } = app
    await importAndClose(page, [samplePath('tir-almaty-karachi.json')])
    await openDeclaration(page, TIR_LRN)
    await openConsignmentParties(page)
    await consigneeGroup(page).getByRole('button', { name: 'Save to address book' }).click()
    await expect
      .poll(() => notice(page).textContent())
      .toContain('“Indus Home Textiles (Pvt) Ltd” was saved to the address book.')
    await consigneeGroup(page).getByRole('button', { name: 'Save to address book' }).click()
    await expect.poll(() => notice(page).textContent()).toContain('is already in the address book')

    await reload(page)
    await createNew(page, 'Blank declaration')
    await openConsignmentParties(page)
    await consigneeGroup(page).getByRole('button', { name: 'From address book…' }).click()
    const picker = page.getByRole('dialog', { name: 'Pick from the address book' })
    await picker.getByRole('combobox', { name: 'Search' }).pressSequentially('indus kar')
    await expect
      .poll(() => picker.getByRole('option').allTextContents())
      .toEqual(['Indus Home Textiles (Pvt) LtdKarachi, PK · PK-NTN 4512789'])
    await page.keyboard.press('Enter')
    await expect.poll(() => picker.count()).toBe(0)
    await expectValue(page, `${CONSIGNEE}/name`, 'Indus Home Textiles (Pvt) Ltd')
    await expectValue(page, `${CONSIGNEE}/address/postcode`, '74900')
    await expectValue(page, `${CONSIGNEE}/identification/value`, '4512789')
    await waitSaved(page)
    await reload(page)
    await page.locator('.declaration-row').first().click()
    await openConsignmentParties(page)
    await expectValue(page, `${CONSIGNEE}/address/city`, 'Karachi')
  })

  it('edits an entry with its identification checked, and merges look-alikes', async () => {
    const { page } = app
    await importAndClose(page, [samplePath('tir-almaty-karachi.json')])
    await openDeclaration(page, TIR_LRN)
    await openConsignmentParties(page)
    await consigneeGroup(page).getByRole('button', { name: 'Save to address book' }).click()
    await createNew(page, 'Blank declaration')
    await openConsignmentParties(page)
    await field(page, `${CONSIGNEE}/name`).fill('Indus Home Textiles (Pvt) Ltd')
    await field(page, `${CONSIGNEE}/address/country`).fill('PK')
    await field(page, `${CONSIGNEE}/contact/phone`).fill('+92 21 000 0000')
    await consigneeGroup(page).getByRole('button', { name: 'Save to address book' }).click()
    await expect.poll(() => notice(page).textContent()).toContain('was saved to the address book')

    await page.locator('header.app-bar').getByRole('button', { name: 'Address book' }).click()
    const book = page.getByRole('dialog', { name: 'Address book' })
    await expect.poll(() => book.locator('.library-list li').count()).toBe(2)
    await book.getByRole('button', { name: 'Merge' }).click()
    await expect.poll(() => book.locator('.library-list li').count()).toBe(1)
    await book.getByRole('button', { name: 'Edit' }).click()
    const form = book.getByRole('form', { name: 'Edit' })
    const idValue = form.getByRole('textbox', { name: 'Identification number' })
    await idValue.fill('4512788')
    // A wrong NTN is refused in words, as in a declaration — here the NTN is only 7 digits.
    await idValue.fill('451278')
    await expect
      .poll(() => form.getByRole('alert').textContent())
      .toMatch(/NTN "451278" of this party is not a valid/)
    await idValue.fill('4512789')
    await expect.poll(() => form.getByRole('alert').count()).toBe(0)
    await form.getByRole('button', { name: 'Save' }).click()
    const row = book.locator('.library-list li')
    await expect.poll(() => row.textContent()).toContain('PK-NTN 4512789')
    // The merge kept the phone only the newer entry had.
    await book.getByRole('button', { name: 'Edit' }).click()
    await expect
      .poll(() => form.getByRole('textbox', { name: 'Phone' }).inputValue())
      .toBe('+92 21 000 0000')
  })
})

describe('the goods catalogue and vehicles', () => {
  it('adds an item from the catalogue with Ctrl+K and Enter', async () => {
    const { page } = app
    await importAndClose(page, [samplePath('tir-almaty-karachi.json')])
    await openDeclaration(page, TIR_LRN)
    await openSection(page, 'Consignments')
    await editor(page).getByRole('button', { name: 'Details of item 1' }).click()
    await editor(page).getByRole('button', { name: 'Save to goods catalogue' }).click()
    await expect
      .poll(() => notice(page).textContent())
      .toContain('was saved to the goods catalogue')

    await createNew(page, 'Blank declaration')
    await openSection(page, 'Consignments')
    await field(page, '/consignments/0/items/0/description').fill('Dried apricots')
    await page.keyboard.press('Control+k')
    const picker = page.getByRole('dialog', { name: 'Add an item from the goods catalogue' })
    await expect.poll(() => picker.getByRole('option').count()).toBe(1)
    await page.keyboard.press('Enter')
    await expectItems(page, [
      'Dried apricots',
      'Cotton yarn, single, uncombed fibres, 20 Ne, not put up for retail sale',
    ])
    await expectValue(page, '/consignments/0/items/1/hsCode', '520512')
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('field:/consignments/0/items/1/description')
  })

  it('saves the tractor and trailer and puts them into another declaration', async () => {
    const { page } = app
    await importAndClose(page, [samplePath('tir-almaty-karachi.json')])
    await openDeclaration(page, TIR_LRN)
    await openSection(page, 'Transport')
    const tractor = await field(page, '/transport/meansAtDeparture/0/identity').inputValue()
    await editor(page).getByRole('button', { name: 'Save vehicle' }).click()
    await expect
      .poll(() => notice(page).textContent())
      .toContain(`The vehicle ${tractor} was saved.`)
    await createNew(page, 'Blank declaration')
    await openSection(page, 'Transport')
    await editor(page).getByRole('button', { name: 'Vehicles…' }).click()
    await page.keyboard.press('Enter')
    await expectValue(page, '/transport/meansAtDeparture/0/identity', tractor)
    await expect.poll(() => field(page, '/transport/meansAtDeparture/1/identity').count()).toBe(1)
  })
})
