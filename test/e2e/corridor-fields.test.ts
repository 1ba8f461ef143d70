/**
 * The corridor's elements in the editor: the customs status of the goods, heavy or bulky goods,
 * dangerous goods with their ADR particulars, and where the declaration stands with customs —
 * each typed or picked, kept in the file, and the file's own shown as it is.
 */
import { describe, expect, it } from 'vitest'
import {
  editor,
  exportOpenDeclaration,
  field,
  importAndClose,
  jsonFile,
  openDeclaration,
  openSection,
  samplePath,
  sampleText,
  TIR_LRN,
  typeInto,
  useApp,
  waitSaved,
} from './helpers'

const app = useApp()
const ITEM = '/consignments/0/items/0'

describe('the corridor’s elements in the editor', () => {
  it('takes the goods status, heavy or bulky goods and ADR particulars into the file', async () => {
    const page = app.page
    await importAndClose(page, [samplePath('tir-almaty-karachi.json')])
    await openDeclaration(page, TIR_LRN)
    await field(page, '/goodsStatus').selectOption('union')

    await openSection(page, 'Transport')
    await field(page, '/transport/heavyOrBulky').check()

    await openSection(page, 'Consignments')
    await editor(page).getByRole('button', { name: 'Details of item 1' }).click()
    await editor(page).getByRole('button', { name: 'Add: Dangerous goods' }).click()
    await typeInto(page, `${ITEM}/dangerousGoods/0/unNumber`, '1202')
    await typeInto(page, `${ITEM}/dangerousGoods/0/properShippingName`, 'GAS OIL')
    await typeInto(page, `${ITEM}/dangerousGoods/0/class`, '3')
    await field(page, `${ITEM}/dangerousGoods/0/packingGroup`).selectOption('III')
    await typeInto(page, `${ITEM}/dangerousGoods/0/tunnelCode`, '(d/e)')
    await waitSaved(page)

    const saved = JSON.parse((await exportOpenDeclaration(page)).text)
    expect(saved.goodsStatus).toBe('union')
    expect(saved.transport.heavyOrBulky).toBe(true)
    expect(saved.consignments[0].items[0].dangerousGoods).toEqual([
      {
        unNumber: '1202',
        properShippingName: 'GAS OIL',
        class: '3',
        packingGroup: 'III',
        tunnelCode: '(D/E)',
      },
    ])

    // "Heavy or bulky" is optional: unticked, the element goes (absent means no).
    await openSection(page, 'Transport')
    await field(page, '/transport/heavyOrBulky').uncheck()
    await waitSaved(page)
    const unticked = JSON.parse((await exportOpenDeclaration(page)).text)
    expect(unticked.transport).not.toHaveProperty('heavyOrBulky')
  })

  it('shows where an imported declaration stands with customs, as its file says', async () => {
    const page = app.page
    const released = {
      ...JSON.parse(sampleText('tir-almaty-karachi.json')),
      mrn: '26KZ000000012345J4',
      movement: {
        status: 'released',
        events: [
          { type: 'lodged', at: '2026-02-04T09:00:00Z', by: 'Aigerim' },
          {
            type: 'released',
            at: '2026-02-04T11:30:00Z',
            message: 'IE029',
            reference: 'KZ510100',
            by: 'customs',
          },
        ],
      },
    }
    await importAndClose(page, [jsonFile('released.json', released)])
    await openDeclaration(page, TIR_LRN)
    await openSection(page, 'Movement')
    const panel = editor(page).locator('.movement-panel')
    await expect
      .poll(() => panel.locator('.movement-status .status').textContent())
      .toBe('Released for transit')
    expect(await panel.locator('.movement-mrn').textContent()).toBe('26KZ000000012345J4')
    const rows = panel.locator('tbody tr')
    expect(await rows.count()).toBe(2)
    expect(await rows.nth(1).textContent()).toContain('Released for transit')
    expect(await rows.nth(1).textContent()).toContain('IE029')
    // Kept as it was: exported again, the movement is unchanged.
    const exported = JSON.parse((await exportOpenDeclaration(page)).text)
    expect(exported.movement).toEqual(released.movement)
  })
})
