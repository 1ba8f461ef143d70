/**
 * The movement in the browser edition, as a forwarder follows it: lodge a T1, enter the MRN
 * customs allocated (a wrong check character refused as it is typed), read customs' release
 * reply from its XML file, and see the badge, the timeline, the lock, the list's status filter
 * and the TAD printed with the MRN as its barcode — all kept in IndexedDB across a reload.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { makeReply } from '../fixtures/ncts-replies'
import { barcodes } from '../unit/packet-layout/helpers'
import {
  editor,
  field,
  importAndClose,
  listRow,
  openDeclaration,
  movementPanel,
  openSection,
  recordStep,
  reload,
  samplePath,
  useApp,
  waitSaved,
} from './helpers'

const app = useApp()

const LRN = 'GE-PTI-2026-0058'
/** 26 GE, 12 characters, J (transit), and the check character over the first 17. */
const MRN = '26GE00000000A1J5J8'
const WRONG_CHECK = '26GE00000000A1J5J7'

const headerStatus = (page: Page) =>
  page.locator('.editor-header .status').getAttribute('data-status')
const panel = movementPanel

/** Hands the reply chooser an XML file made from the official schema. */
async function receive(page: Page, name: string, xml: string) {
  const chooser = page.waitForEvent('filechooser')
  await panel(page).getByRole('button', { name: 'Read customs reply (XML)…' }).click()
  await (await chooser).setFiles({ name, mimeType: 'application/xml', buffer: Buffer.from(xml) })
}

async function downloadPacket(page: Page): Promise<string> {
  const dialog = page.getByRole('dialog', { name: 'Declaration packet' })
  await editor(page).getByRole('button', { name: 'Print packet…' }).click()
  await dialog.getByRole('button', { name: 'Make packet' }).click()
  await dialog.locator('.packet-ready').waitFor()
  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Download' }).click()
  const chunks: Buffer[] = []
  for await (const chunk of await (await download).createReadStream()) chunks.push(chunk as Buffer)
  const file = join(mkdtempSync(join(tmpdir(), 'movement-')), 'packet.pdf')
  writeFileSync(file, Buffer.concat(chunks))
  return file
}

describe('following a T1 movement with customs', () => {
  it('lodges, takes the MRN, reads the release reply and prints the TAD with its MRN', async () => {
    const { page } = app
    await importAndClose(page, [samplePath('t1-poti-istanbul.json')])
    await openDeclaration(page, LRN)
    await openSection(page, 'Movement')
    expect(await headerStatus(page)).toBe('draft')

    await recordStep(page, 'Record lodgement')
    await expect.poll(() => headerStatus(page)).toBe('lodged')
    // Lodged: the declaration is locked, and says why.
    await expect.poll(() => editor(page).locator('.lock-banner').textContent()).toMatch(/locked/)
    await openSection(page, 'General')
    expect(await field(page, '/lrn').isDisabled()).toBe(true)
    expect(await field(page, '/placeOfDeclaration').isDisabled()).toBe(true)
    await openSection(page, 'Movement')

    // The MRN: a wrong check character is refused as it is typed.
    await recordStep(page, 'Enter the MRN (IE028)', async (dialog) => {
      await dialog.getByLabel('MRN (18 characters)').fill(WRONG_CHECK)
      await expect.poll(() => dialog.locator('#event-refusal').textContent()).toContain('8')
      expect(await dialog.getByRole('button', { name: 'Record' }).isDisabled()).toBe(true)
      await dialog.getByLabel('MRN (18 characters)').fill(MRN)
      await expect.poll(() => dialog.locator('#event-refusal').count()).toBe(0)
    })
    await expect.poll(() => headerStatus(page)).toBe('accepted')
    expect(await panel(page).locator('.movement-mrn').textContent()).toBe(MRN)

    // A reply for another declaration changes nothing and says why.
    await receive(
      page,
      'other.xml',
      makeReply('CC029C', { lrn: 'XX-OTHER-1', mrn: '26GE00000000B1J5J2' }),
    )
    await expect
      .poll(() => page.getByRole('alert').last().textContent())
      .toContain('not for this declaration')
    expect(await headerStatus(page)).toBe('accepted')

    // Customs' release, from its XML file: seals and the time limit land in the declaration.
    const seals = ['GE 7700001', 'GE 7700002']
    await receive(
      page,
      'release.xml',
      makeReply('CC029C', {
        lrn: LRN,
        mrn: MRN,
        office: 'GE000101',
        seals,
        limitDate: '2026-02-13',
      }),
    )
    await expect.poll(() => headerStatus(page)).toBe('released')
    const released = panel(page).locator('tr[data-event="released"]')
    expect(await released.textContent()).toContain('CC029C')
    expect(await released.textContent()).toContain('customs')
    expect(await panel(page).locator('tr[data-event]').count()).toBe(3)

    // Kept across a reload (once written: a reload before that finds it in the write-ahead note
    // when the declaration opens); the list shows the badge, flags the passed time limit and
    // filters.
    await waitSaved(page)
    await reload(page)
    const row = listRow(page, LRN)
    await expect.poll(() => row.locator('.status').getAttribute('data-status')).toBe('released')
    expect(await row.locator('.time-limit').getAttribute('data-limit')).toBe('passed')
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Lodged' })
    await expect.poll(() => page.locator('.declaration-row').count()).toBe(0)
    await page
      .getByRole('combobox', { name: 'Status' })
      .selectOption({ label: 'Released for transit' })
    await expect.poll(() => page.locator('.declaration-row').count()).toBe(1)

    // The TAD carries the MRN, as text and as its Code 128 barcode, and customs' seals.
    await openDeclaration(page, LRN)
    const pdf = await downloadPacket(page)
    const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' })
    expect(text).toContain('Transit accompanying document')
    expect(text).toContain(MRN)
    for (const seal of seals) expect(text).toContain(seal)
    expect(text).not.toContain('PRE-LODGEMENT')
    // Read from the TAD's pages (pdftotext ends each page with a form feed), not all twelve.
    const tadPages = text
      .split('\f')
      .flatMap((page, i) => (page.includes('Transit accompanying document') ? [i + 1] : []))
    expect(tadPages.length).toBeGreaterThan(0)
    const codes = tadPages.flatMap((page) => barcodes(pdf, { page }).flat())
    expect(codes).toContain(`CODE-128:${MRN}`)
  })

  it('opens only what an amendment may change, and records it as lodged', async () => {
    const { page } = app
    await importAndClose(page, [samplePath('t1-poti-istanbul.json')])
    await openDeclaration(page, LRN)
    await openSection(page, 'Movement')
    await recordStep(page, 'Record lodgement')
    await recordStep(page, 'Enter the MRN (IE028)', async (dialog) => {
      await dialog.getByLabel('MRN (18 characters)').fill(MRN)
    })
    await panel(page).getByRole('button', { name: 'Prepare an amendment' }).click()
    await expect
      .poll(() => editor(page).locator('.lock-banner').textContent())
      .toMatch(/Amendment open/)

    await openSection(page, 'General')
    expect(await field(page, '/lrn').isDisabled()).toBe(true)
    expect(await field(page, '/placeOfDeclaration').isDisabled()).toBe(false)
    await openSection(page, 'Parties')
    expect(await field(page, '/holder/name').isDisabled()).toBe(true)
    await field(page, '/carrier/name').fill('Poti Trans LLC')

    await openSection(page, 'Movement')
    await recordStep(page, 'Lodge the amendment', async (dialog) => {
      await dialog.getByLabel('Note').fill('carrier changed at Poti')
    })
    const lodged = panel(page).locator('tr[data-event="amendmentLodged"]')
    await expect.poll(() => lodged.textContent()).toContain('/carrier/name')
    // Locked again until customs answer.
    await openSection(page, 'Parties')
    expect(await field(page, '/carrier/name').isDisabled()).toBe(true)
    expect(await field(page, '/carrier/name').inputValue()).toBe('Poti Trans LLC')
  })
})
