/**
 * The window at the smallest size TransitDesk supports (1024×700) and at a common laptop's
 * (1366×768): the list, every tab of the editor, the items table with 999 items and the dialogs
 * fit — the page never scrolls sideways, no button is cut by the window or by a box around it,
 * no button's words are cut. With TRANSITDESK_LAYOUT_SHOTS=1, a picture of every view is
 * written to a temporary folder (its path is printed) for a person to look at; the checks run
 * either way.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { generateDeclaration } from '../fixtures/generate'
import {
  drawn,
  editor,
  editorHeading,
  field,
  fileFrom,
  importAndClose,
  jsonFile,
  listRow,
  openDeclaration,
  sampleText,
  TIR_LRN,
  trashView,
  useApp,
  waitSaved,
} from './helpers'

const app = useApp()
const LARGE_LRN = 'KZ-ALA-2026-0999'
/** A national ten-digit code: the HS column shows all of it. */
const TEN_DIGITS = '0813100000'

/** The folder for the pictures, when a person asked for them (each takes a moment to make). */
let shots: string | null = null
beforeAll(() => {
  if (!process.env['TRANSITDESK_LAYOUT_SHOTS']) return
  shots = mkdtempSync(join(tmpdir(), 'transitdesk-layout-'))
  console.info(`layout screenshots: ${shots}`)
})

/** What does not fit: the page scrolling sideways, and every button cut or outside the window. */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = []
    const root = document.documentElement
    if (root.scrollWidth > root.clientWidth)
      found.push(`the page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`)
    const width = root.clientWidth
    const name = (el: Element) => {
      const words = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)
      return `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} “${words}”`
    }
    for (const button of document.querySelectorAll<HTMLElement>('button, summary')) {
      const box = button.getBoundingClientRect()
      if (box.width === 0 || box.height === 0 || button.closest('.visually-hidden')) continue
      if (getComputedStyle(button).visibility === 'hidden') continue
      if (box.left < -0.5 || box.right > width + 0.5)
        found.push(`outside the window: ${name(button)}`)
      if (button.scrollWidth > button.clientWidth + 1) found.push(`words cut: ${name(button)}`)
      // The nearest box that hides or scrolls what sticks out: the button lies inside it
      // sideways (inside its scroll bars), and inside a box that hides, also up and down.
      for (let up = button.parentElement; up && up !== document.body; up = up.parentElement) {
        const style = getComputedStyle(up)
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue
        const frame = up.getBoundingClientRect()
        const left = frame.left + up.clientLeft
        const right = left + up.clientWidth
        const hides = (o: string) => o === 'hidden' || o === 'clip'
        const cutSideways = box.left < left - 0.5 || box.right > right + 0.5
        const cutUpDown =
          hides(style.overflowY) && (box.top < frame.top - 0.5 || box.bottom > frame.bottom + 0.5)
        if (cutSideways || cutUpDown)
          found.push(`cut by ${up.tagName.toLowerCase()}.${up.classList[0] ?? ''}: ${name(button)}`)
        break
      }
    }
    return found
  })
}

/** Checks the view (and keeps its picture, when asked to). */
async function check(page: Page, view: string): Promise<void> {
  const { width } = page.viewportSize()!
  await drawn(page)
  if (shots) await page.screenshot({ path: join(shots, `${width}-${view}.png`) })
  expect.soft(await layoutProblems(page), view).toEqual([])
}

/** A 999-item declaration whose first item has a ten-digit code and a long holder name. */
function largeDeclaration() {
  const large = generateDeclaration(999, { lrn: LARGE_LRN })
  const consignment = (large.consignments as { items: { hsCode: string }[] }[])[0]!
  consignment.items[0]!.hsCode = TEN_DIGITS
  return {
    ...large,
    holder: {
      ...(large.holder as object),
      name: 'Zhetysu Trans Expedition International Logistics and Forwarding LLP',
    },
  }
}

/** The window at this size, with the TIR sample and the 999-item declaration imported. */
async function openAt(page: Page, width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height })
  await importAndClose(page, [
    fileFrom('tir-almaty-karachi.json', sampleText('tir-almaty-karachi.json')),
    jsonFile('large.json', largeDeclaration()),
  ])
}

describe.each([
  [1024, 700],
  [1366, 768],
])('at %i×%i', (width, height) => {
  it('fits the list, every part of the editor and the items table of 999 items', async () => {
    const { page } = app
    await openAt(page, width, height)
    await check(page, 'list')
    await openDeclaration(page, LARGE_LRN)
    // The LRN on one line, the tabs in one row.
    const heading = await editorHeading(page).boundingBox()
    const fontSize = await editorHeading(page).evaluate((h) =>
      parseFloat(getComputedStyle(h).fontSize),
    )
    expect.soft(heading!.height, 'the LRN on one line').toBeLessThan(fontSize * 2)
    const tabTops = await editor(page)
      .getByRole('tab')
      .evaluateAll((tabs) => tabs.map((tab) => tab.getBoundingClientRect().top))
    expect.soft(new Set(tabTops).size, 'the tabs in one row').toBe(1)
    for (let n = 1; n <= 7; n++) {
      await page.keyboard.press(`Alt+${n}`)
      const tab = editor(page)
        .getByRole('tab')
        .nth(n - 1)
      await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true')
      await check(page, (await tab.getAttribute('id'))!)
    }
    // The items table: every column inside the table, the code's ten digits shown in full.
    await page.keyboard.press('Alt+5')
    const hsCode = field(page, '/consignments/0/items/0/hsCode')
    await hsCode.waitFor()
    expect(await hsCode.inputValue()).toBe(TEN_DIGITS)
    expect(await hsCode.evaluate((input) => input.scrollWidth <= input.clientWidth)).toBe(true)
    const outside = await editor(page)
      .locator('.items')
      .evaluate((table) => {
        const frame = table.getBoundingClientRect()
        return [...table.querySelectorAll('[role="columnheader"], [role="cell"]')]
          .filter((cell) => {
            const box = cell.getBoundingClientRect()
            return box.left < frame.left || box.right > frame.right
          })
          .map((cell) => cell.className)
      })
    expect(outside).toEqual([])
    await check(page, 'items')
    await editor(page).getByRole('button', { name: 'Details of item 1', exact: true }).click()
    await editor(page).locator('.item-details').waitFor()
    await check(page, 'item-details')
  })

  it('fits the dialogs: HS finder, history, packet, library, restore preview', async () => {
    const { page } = app
    await openAt(page, width, height)
    await openDeclaration(page, LARGE_LRN)
    await page.keyboard.press('Alt+5')
    await checkDialogs(page)
  })

  it('fits the trash, its buttons whole', async () => {
    const { page } = app
    await openAt(page, width, height)
    await openDeclaration(page, TIR_LRN)
    await editor(page).getByRole('button', { name: 'Move to trash' }).click()
    await trashView(page).click()
    await listRow(page, TIR_LRN).waitFor()
    await check(page, 'trash')
  })
})

/** Opens the dialog `name` with `open`, checks it, and closes it with its button `close`. */
async function checkDialog(
  page: Page,
  [name, close]: [string, string],
  view: string,
  open: () => Promise<void>,
) {
  await open()
  const dialog = page.getByRole('dialog', { name })
  await dialog.waitFor()
  await check(page, view)
  await dialog.getByRole('button', { name: close, exact: true }).click()
  await dialog.waitFor({ state: 'detached' })
}

/** The HS finder, the history, the packet, the library's every tab and a backup's preview. */
async function checkDialogs(page: Page): Promise<void> {
  await checkDialog(page, ['Find an HS code', 'Cancel'], 'hs-finder', async () => {
    await editor(page).getByRole('button', { name: 'Find HS code…' }).first().click()
    const query = page.getByRole('combobox', { name: 'Words or code' })
    await query.fill('dried fruit')
    await expect.poll(() => page.locator('.hs-hit').count()).toBeGreaterThan(3)
  })
  // A version more than the imported one, so that the history has a Restore button to show.
  await page.keyboard.press('Alt+1')
  await field(page, '/placeOfDeclaration').fill('Almaty, Zhetysu district')
  await waitSaved(page)
  await checkDialog(page, ['History', 'Close'], 'history', async () => {
    await editor(page).getByRole('button', { name: 'History…' }).click()
    await expect.poll(() => page.locator('.history-list button').count()).toBeGreaterThan(0)
  })
  await checkDialog(page, ['Declaration packet', 'Close'], 'packet', () =>
    editor(page).getByRole('button', { name: 'Print packet…' }).click(),
  )

  // The holder's name has the whole width of its group, as long as the name is.
  await page.keyboard.press('Alt+3')
  const holder = field(page, '/holder/name')
  expect(await holder.evaluate((input) => input.scrollWidth <= input.clientWidth)).toBe(true)
  await editor(page).getByRole('button', { name: 'Save to address book' }).first().click()
  await checkDialog(page, ['Pick from the address book', 'Cancel'], 'party-picker', async () => {
    await editor(page).getByRole('button', { name: 'From address book…' }).first().click()
    await expect.poll(() => page.locator('.picker-list li').count()).toBe(1)
  })
  await page.locator('header.app-bar').getByRole('button', { name: 'Address book' }).click()
  // The dialog is named after its open tab: found by its class once it is open.
  await page.getByRole('dialog', { name: 'Address book' }).waitFor()
  const library = page.locator('dialog.modal')
  await expect.poll(() => library.locator('.library-list li').count()).toBe(1)
  await check(page, 'library-parties')
  // The entry's form: its name across the whole form, as long as the name is.
  await library.getByRole('button', { name: 'Edit', exact: true }).click()
  const name = library.getByRole('textbox', { name: 'Name', exact: true })
  expect(await name.evaluate((input) => input.scrollWidth <= input.clientWidth)).toBe(true)
  await check(page, 'library-party-form')
  await library.getByRole('button', { name: 'Cancel' }).click()
  for (const [tab, view] of [
    ['Goods catalogue', 'library-goods'],
    ['Vehicles', 'library-vehicles'],
    ['Customs offices', 'library-offices'],
    ['Places (UN/LOCODE)', 'library-places'],
  ] as const) {
    await library.getByRole('tab', { name: tab }).click()
    if (tab === 'Customs offices') {
      await library.getByRole('button', { name: 'Add examples' }).click()
      await expect.poll(() => library.locator('.library-list li').count()).toBeGreaterThan(1)
    }
    await check(page, view)
  }
  await library.getByRole('button', { name: 'Close', exact: true }).click()
  await library.waitFor({ state: 'detached' })

  await page.locator('header.app-bar summary', { hasText: 'Backup' }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: 'Back up workspace…' }).click()
  const chunks: Buffer[] = []
  for await (const chunk of await (await download).createReadStream()) chunks.push(chunk as Buffer)
  await checkDialog(page, ['Restore from a backup', 'Cancel'], 'restore-preview', async () => {
    await page.locator('header.app-bar summary', { hasText: 'Backup' }).click()
    await page.getByRole('menuitem', { name: 'Restore from backup…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Restore from a backup' })
    await dialog.getByLabel('Backup file').setInputFiles({
      ...fileFrom('workspace.tdbackup', Buffer.concat(chunks)),
      mimeType: 'application/octet-stream',
    })
    await dialog.getByRole('group', { name: 'What the backup holds' }).waitFor()
  })
}
