/** A declaration typed in from blank survives a reload: every value, and its row in the list. */
import { describe, expect, it } from 'vitest'
import {
  createNew,
  editorHeading,
  expectCount,
  field,
  listRow,
  openDeclaration,
  openSection,
  reload,
  typeInto,
  useApp,
  waitSaved,
} from './helpers'

const app = useApp()

const LRN = 'KZ-E2E-2026-0001'
const HOLDER = 'ТОО «Жетысу Текстиль Экспорт»'

/** Every value the test types, by the pointer of its input. */
const GENERAL = { '/lrn': LRN, '/placeOfDeclaration': 'Almaty' }
const PARTIES = {
  '/holder/name': HOLDER,
  '/holder/address/street': 'пр. Абая, 150',
  '/holder/address/city': 'Алматы',
  '/holder/address/country': 'KZ',
}
const GOODS = {
  '/consignments/0/items/0/description': 'Cotton yarn, single, uncombed',
  '/consignments/0/items/0/hsCode': '520512',
  '/consignments/0/items/0/grossMass': '12240.5',
}

async function expectValues(values: Record<string, string>): Promise<void> {
  for (const [pointer, value] of Object.entries(values)) {
    expect(await field(app.page, pointer).inputValue(), pointer).toBe(value)
  }
}

describe('creating a declaration', () => {
  it('keeps everything typed into a blank declaration across a reload', async () => {
    const page = app.page
    await createNew(page, 'Blank declaration')
    // A blank declaration starts with a generated LRN; replace it with our own.
    expect(await field(page, '/lrn').inputValue()).toMatch(/^TD-\d{6}-[A-Z0-9]{4}$/)
    await typeInto(page, '/lrn', LRN)
    await field(page, '/procedure').selectOption('T1')
    await typeInto(page, '/placeOfDeclaration', GENERAL['/placeOfDeclaration'])
    await expect.poll(() => editorHeading(page).textContent()).toBe(LRN)

    await openSection(page, 'Parties')
    for (const [pointer, value] of Object.entries(PARTIES)) await typeInto(page, pointer, value)

    await openSection(page, 'Consignments')
    for (const [pointer, value] of Object.entries(GOODS)) await typeInto(page, pointer, value)
    await waitSaved(page)
    expect(await editorHeading(page).textContent()).toBe(LRN)

    await reload(page)
    await expectCount(page, 1)
    // The row shows the LRN, the procedure, the holder and the item's mass.
    const row = listRow(page, LRN)
    expect(await row.locator('.lrn').textContent()).toBe(LRN)
    expect(await row.locator('.badge').textContent()).toBe('T1')
    expect(await row.locator('.holder').textContent()).toBe(HOLDER)
    expect(await row.textContent()).toContain('1 item')
    expect(await row.textContent()).toContain('12,240.5 kg')

    await openDeclaration(page, LRN)
    await expectValues(GENERAL)
    expect(await field(page, '/procedure').inputValue()).toBe('T1')
    await openSection(page, 'Parties')
    await expectValues(PARTIES)
    await openSection(page, 'Consignments')
    await expectValues(GOODS)
  })
})
