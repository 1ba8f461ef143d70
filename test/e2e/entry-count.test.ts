/**
 * How much a forwarder types (issue 18): the 3-item TIR declaration Almaty → Karachi, typed
 * through the UI from a blank one, and then the next shipment from "Duplicate as template".
 * Every entry goes through `entry`, which counts it: one field set by typing or picking, or one
 * click that adds a row, copies a party or takes an offer. Moving between tabs does not count.
 * The declaration must end with no errors, and its stored file must say what was typed.
 */
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { validateDeclaration } from '../../src/shared/validation/validate'
import type { JsonObject } from '../../src/shared/json'
import { addDays } from '../../src/shared/dates'
import {
  createNew,
  editor,
  exportOpenDeclaration,
  field,
  openSection,
  today,
  useApp,
  waitSaved,
} from './helpers'

const app = useApp()

/** The entries of one run: each action counts one. */
function counter(page: Page) {
  let entries = 0
  const input = (pointer: string) => field(page, pointer)
  return {
    get entries() {
      return entries
    },
    /** types into an empty field, key by key */
    async type(target: string | Locator, text: string) {
      entries++
      const locator = typeof target === 'string' ? input(target) : target
      await locator.clear()
      await locator.pressSequentially(text)
    },
    async pick(pointer: string, value: string) {
      entries++
      await input(pointer).selectOption(value)
    },
    /** an entry made through a helper that clicks for itself */
    count() {
      entries++
    },
    async click(locator: Locator) {
      entries++
      await locator.click()
    },
  }
}

const item = (i: number, column: string) => `/consignments/0/items/${i}/${column}`

const ITEMS = [
  {
    description: 'Cotton yarn, single, uncombed fibres, 20 Ne, not put up for retail sale',
    hsCode: '520512',
    gross: '12240',
    kind: 'BG',
    count: '480',
    value: '42000',
  },
  {
    description: 'Raw cotton, not carded or combed, pressed bales',
    hsCode: '520100',
    gross: '6150',
    kind: 'BL',
    count: '30',
    value: '11250',
  },
  {
    description: 'Cotton terry towels',
    hsCode: '630260',
    gross: '1035.5',
    kind: 'CT',
    count: '70',
    value: '8000',
  },
]

async function errorCount(page: Page): Promise<string | null> {
  return editor(page).locator('section.issues .issues-toggle').getAttribute('data-errors')
}

async function storedDeclaration(page: Page): Promise<JsonObject> {
  await waitSaved(page)
  return JSON.parse((await exportOpenDeclaration(page)).text) as JsonObject
}

describe('a forwarder’s typing', () => {
  it('types the Almaty → Karachi TIR declaration from blank in at most 50 entries', async () => {
    const { page } = app
    const run = counter(page)
    await createNew(page, 'Blank declaration')
    run.count() // New ▸ Blank declaration
    // The focus is in the first field to type (issue 18: after New it was nowhere).
    await expect
      .poll(() => page.evaluate('document.activeElement?.id'))
      .toBe('field:/placeOfDeclaration')

    await run.type('/placeOfDeclaration', 'Almaty')
    await run.type('/guarantee/reference', 'XZ81234567')
    await run.type('/guarantee/validUntil', addDays(today(), 60)!)

    await openSection(page, 'Itinerary')
    await run.type('/countryOfDispatch', 'KZ')
    await run.type('/countryOfDestination', 'PK')
    const addCountry = page.locator('[id="add-routing-country"]')
    await run.type(addCountry, 'UZ')
    await run.type(addCountry, 'AF')
    await run.type('/officeOfDeparture/reference', 'KZ510100')
    await run.type('/officeOfDeparture/name', 'Almaty inland customs post')
    await run.type('/officeOfDestination/reference', 'PK0KHI01')
    await run.type('/officeOfDestination/name', 'Karachi transit collectorate')

    await openSection(page, 'Parties')
    await run.type('/holder/name', 'Zhetysu Textile Export LLP')
    await run.type('/holder/address/street', 'Abay Ave 150')
    await run.type('/holder/address/city', 'Almaty')
    await run.type('/holder/tirHolderId', 'KAZ/015/000231')
    await run.click(editor(page).getByRole('button', { name: 'Same as the holder' }).nth(1))

    await openSection(page, 'Transport')
    await run.pick('/transport/meansAtDeparture/0/kind', 'tractor')
    await run.type('/transport/meansAtDeparture/0/identity', '123ABC02')
    await run.type('/transport/approvalCertificate', 'KZ-0098812')

    await openSection(page, 'Documents')
    await run.type('/invoice/number', 'ZTE-2026/017')
    await run.type('/invoice/date', today())
    await run.type('/invoice/currency', 'USD')
    await run.type('/invoice/incoterm/rule', 'FCA')
    await run.type('/invoice/incoterm/place', 'Almaty')

    await openSection(page, 'Consignments')
    await editor(page).locator('details.parties-of-consignment > summary').click()
    await run.click(editor(page).getByRole('button', { name: 'Same as the holder' }))
    await run.type('/consignments/0/consignee/name', 'Indus Home Textiles (Pvt) Ltd')
    await run.type('/consignments/0/consignee/address/street', 'Plot 42, Korangi Industrial Area')
    await run.type('/consignments/0/consignee/address/city', 'Karachi')
    await run.type(page.locator('[id="item-default-countryOfOrigin"]'), 'KZ')
    for (const [i, goods] of ITEMS.entries()) {
      if (i === 0) await run.type(item(0, 'description'), goods.description)
      else await run.type(editor(page).locator('input.new-item'), goods.description)
      await run.type(item(i, 'hsCode'), goods.hsCode)
      await run.type(item(i, 'grossMass'), goods.gross)
      await run.type(item(i, 'packages/0/kind'), goods.kind)
      await run.type(item(i, 'packages/0/count'), goods.count)
      await run.type(item(i, 'value/amount'), goods.value)
    }
    await run.type(page.locator('[id="item-default-marks"]'), 'ZTE/KHI')

    await openSection(page, 'Documents')
    await run.click(editor(page).getByRole('button', { name: /Use the sum of the item values/ }))

    await expect.poll(() => errorCount(page), { timeout: 10_000 }).toBe('0')
    expect(run.entries).toBeLessThanOrEqual(50)

    // What was filled in for the user is in the stored file, and the file is valid.
    const stored = await storedDeclaration(page)
    expect(validateDeclaration(stored, { today: today() }).errors).toEqual([])
    expect(stored.countriesOfRouting).toEqual(['KZ', 'UZ', 'AF', 'PK'])
    expect(stored.guarantee).toMatchObject({ kind: 'TIR_CARNET', vouchers: 14 })
    expect(stored.officeOfDeparture).toMatchObject({ country: 'KZ' })
    expect(stored.transport).toMatchObject({
      borderMode: '3',
      meansAtDeparture: [{ kind: 'tractor', identity: '123ABC02', nationality: 'KZ' }],
    })
    expect(stored.carrier).toMatchObject({ name: 'Zhetysu Textile Export LLP' })
    expect(stored.invoice).toMatchObject({ currency: 'USD', total: 61250 })
    const items = (stored.consignments as JsonObject[])[0]!.items as JsonObject[]
    expect(items.map((i) => [i.countryOfOrigin, i.value, i.packages])).toEqual(
      ITEMS.map((goods) => [
        'KZ',
        { amount: Number(goods.value), currency: 'USD' },
        [{ kind: goods.kind, count: Number(goods.count), marks: 'ZTE/KHI' }],
      ]),
    )

    // The next shipment to the same consignee, from this one as a template.
    const next = counter(page)
    await next.click(editor(page).getByRole('button', { name: 'Duplicate as template' }))
    await expect.poll(() => field(page, '/lrn').inputValue()).not.toBe(stored.lrn)
    await openSection(page, 'General')
    await next.type('/guarantee/reference', 'XZ81234999')
    await next.type('/guarantee/validUntil', addDays(today(), 90)!)
    await openSection(page, 'Documents')
    await next.type('/invoice/number', 'ZTE-2026/018')
    await openSection(page, 'Consignments')
    const masses = ['11800', '6200', '990']
    const values = ['40000', '11600', '7400']
    for (let i = 0; i < 3; i++) {
      await next.type(item(i, 'grossMass'), masses[i]!)
      await next.type(item(i, 'value/amount'), values[i]!)
    }
    await openSection(page, 'Documents')
    await next.click(editor(page).getByRole('button', { name: /Use the sum of the item values/ }))
    await expect.poll(() => errorCount(page), { timeout: 10_000 }).toBe('0')
    expect(next.entries).toBeLessThanOrEqual(15)
    const copy = await storedDeclaration(page)
    expect(copy.invoice).toMatchObject({ number: 'ZTE-2026/018', total: 59000 })
    expect(copy.consignments).toMatchObject([
      { consignee: { name: 'Indus Home Textiles (Pvt) Ltd' } },
    ])
  })
})
