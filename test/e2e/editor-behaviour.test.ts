/**
 * The editor and the list at work: undo and redo from the keyboard, the items table keeping
 * items numbered 1…n, searching and filtering the list, and duplicating as a template.
 */
import { describe, expect, it } from 'vitest'
import {
  TIR_LRN,
  VALID_SAMPLES,
  createNew,
  editor,
  editorHeading,
  expectCount,
  expectItems,
  expectListed,
  expectValue,
  exportOpenDeclaration,
  field,
  importAndClose,
  openDeclaration,
  openSection,
  samplePath,
  search,
  today,
  typeInto,
  useApp,
  waitSaved,
} from './helpers'

const app = useApp()

const EAEU_LRN = 'BY-MSQ-26-00981'
const NATIONAL_LRN = 'PK-ATT-2026-0342'
const T1_LRN = 'GE-PTI-2026-0058'
const item = (n: number, column: string) => `/consignments/0/items/${n - 1}/${column}`

describe('undo and redo', () => {
  it('undo one field at a time with Ctrl+Z, and redo with Ctrl+Y', async () => {
    const page = app.page
    await createNew(page, 'Blank declaration')
    await typeInto(page, '/placeOfDeclaration', 'Almaty')
    await typeInto(page, '/limitDate', '2026-03-01')
    const undoButton = editor(page).getByRole('button', { name: 'Undo' })
    const redoButton = editor(page).getByRole('button', { name: 'Redo' })
    expect(await redoButton.isDisabled()).toBe(true)

    // The keystrokes typed into one field are one step.
    await page.keyboard.press('Control+z')
    await expectValue(page, '/limitDate', '')
    await expectValue(page, '/placeOfDeclaration', 'Almaty')
    await page.keyboard.press('Control+z')
    await expectValue(page, '/placeOfDeclaration', '')
    expect(await undoButton.isDisabled()).toBe(true)

    await page.keyboard.press('Control+y')
    await expectValue(page, '/placeOfDeclaration', 'Almaty')
    await expectValue(page, '/limitDate', '')
    await page.keyboard.press('Control+y')
    await expectValue(page, '/limitDate', '2026-03-01')
    expect(await redoButton.isDisabled()).toBe(true)

    // What is saved is what is on screen.
    await waitSaved(page)
    const saved = JSON.parse((await exportOpenDeclaration(page)).text)
    expect(saved.placeOfDeclaration).toBe('Almaty')
    expect(saved.limitDate).toBe('2026-03-01')
  })
})

describe('the items table', () => {
  it('adds, duplicates, moves and removes items, keeping them numbered 1…n', async () => {
    const page = app.page
    await createNew(page, 'Blank declaration')
    await openSection(page, 'Consignments')
    await typeInto(page, item(1, 'description'), 'Alpha')
    await typeInto(page, item(1, 'hsCode'), '520512')
    await expectItems(page, ['Alpha'])

    await editor(page).getByRole('button', { name: 'Add item' }).click()
    await expectItems(page, ['Alpha', ''])
    await typeInto(page, item(2, 'description'), 'Beta')

    await editor(page).getByRole('button', { name: 'Duplicate item 1' }).click()
    await expectItems(page, ['Alpha', 'Alpha', 'Beta'])
    expect(await field(page, item(2, 'hsCode')).inputValue()).toBe('520512')
    await typeInto(page, item(2, 'description'), 'Gamma')
    await expectItems(page, ['Alpha', 'Gamma', 'Beta'])

    await editor(page).getByRole('button', { name: 'Move item 1 down' }).click()
    await expectItems(page, ['Gamma', 'Alpha', 'Beta'])
    await editor(page).getByRole('button', { name: 'Remove item 2' }).click()
    await expectItems(page, ['Gamma', 'Beta'])
    expect(await editor(page).getByText('2 of 999 items').isVisible()).toBe(true)

    await waitSaved(page)
    const saved = JSON.parse((await exportOpenDeclaration(page)).text)
    const items = saved.consignments[0].items as { sequence: number; description: string }[]
    expect(items.map((i) => [i.sequence, i.description])).toEqual([
      [1, 'Gamma'],
      [2, 'Beta'],
    ])
  })
})

describe('finding declarations', () => {
  it('searches by LRN fragment, Cyrillic holder word and HS code prefix, and filters by procedure', async () => {
    const page = app.page
    await importAndClose(page, VALID_SAMPLES.map(samplePath))
    await expectCount(page, 4)

    await search(page, 'MSQ')
    await expectListed(page, [EAEU_LRN])
    await expectCount(page, 1)
    await search(page, 'Жетысу')
    await expectListed(page, [TIR_LRN])
    await search(page, '0902')
    await expectListed(page, [NATIONAL_LRN])
    await search(page, '2026')
    await expectListed(page, [TIR_LRN, NATIONAL_LRN, T1_LRN])
    // Every word must match: these two belong to different declarations.
    await search(page, 'Жетысу 0902')
    await expectListed(page, [])
    expect(await page.getByText('No declaration matches this search.').isVisible()).toBe(true)
    await search(page, '')
    await expectCount(page, 4)

    const procedure = page.locator('.list-toolbar').getByRole('combobox', { name: 'Procedure' })
    await procedure.selectOption('EAEU')
    await expectListed(page, [EAEU_LRN])
    await expectCount(page, 1)
    // The filter and the search apply together.
    await search(page, '2026')
    await expectListed(page, [])
    await procedure.selectOption('')
    await expectListed(page, [TIR_LRN, NATIONAL_LRN, T1_LRN])
  })
})

describe('duplicate as template', () => {
  it('makes a copy with a new LRN and today’s date, without the seals', async () => {
    const page = app.page
    await createNew(page, 'Sample: EAEU transit, Minsk → Almaty')
    await waitSaved(page)
    const original = JSON.parse((await exportOpenDeclaration(page)).text)
    expect(original.seals.length).toBeGreaterThan(0)

    await editor(page).getByRole('button', { name: 'Duplicate as template' }).click()
    await expect.poll(() => editorHeading(page).textContent()).toBe(`${EAEU_LRN}-2`)
    expect(
      await page.getByText("A copy was made with a new LRN and today's date.").isVisible(),
    ).toBe(true)
    await expectCount(page, 2)
    await expectListed(page, [EAEU_LRN, `${EAEU_LRN}-2`])
    expect(await field(page, '/declarationDate').inputValue()).toBe(today())

    const copy = JSON.parse((await exportOpenDeclaration(page)).text)
    expect(copy).toEqual({
      ...original,
      lrn: `${EAEU_LRN}-2`,
      declarationDate: today(),
      seals: [],
    })

    // The original is untouched.
    await openDeclaration(page, EAEU_LRN)
    expect(await field(page, '/declarationDate').inputValue()).toBe(original.declarationDate)
  })
})
