/**
 * The packet from the browser edition: made in a worker, downloaded, and read back with
 * poppler's pdftotext: real text, Cyrillic intact, the draft watermark for a faulty declaration.
 * The dialog stays after a download or an opening, for the other, until Close or Escape.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Download, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { generateDeclaration } from '../fixtures/generate'
import {
  editor,
  importAndClose,
  jsonFile,
  openDeclaration,
  samplePath,
  TIR_LRN,
  useApp,
} from './helpers'

const app = useApp()

const packetDialog = (page: Page) => page.getByRole('dialog', { name: 'Declaration packet' })

/** Opens the packet dialog and makes the packet; the dialog then offers what to do with it. */
async function openAndMake(page: Page, button: string): Promise<void> {
  await editor(page).getByRole('button', { name: 'Print packet…' }).click()
  await packetDialog(page).getByRole('button', { name: button }).click()
  await expect
    .poll(() => packetDialog(page).locator('.packet-ready').textContent())
    .toMatch(/^The packet is ready \(\d+ KB\)\.$/)
}

/** The file a download event brought, as bytes. */
async function downloaded(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** The dialog's last line saying what it did ("Packet downloaded as …"). */
const lastStatus = (page: Page) => packetDialog(page).getByRole('status').last().textContent()

/**
 * Makes the packet, downloads it, closes the dialog (Escape), and returns the text of the
 * downloaded PDF: in content order (`-raw`), or as read (right-to-left runs in logical order,
 * lines joined by spaces).
 */
async function makePacket(
  page: Page,
  button: string,
  order: 'raw' | 'read' = 'raw',
): Promise<string> {
  await openAndMake(page, button)
  const download = page.waitForEvent('download')
  await packetDialog(page).getByRole('button', { name: 'Download' }).click()
  const name = (await download).suggestedFilename()
  const file = join(mkdtempSync(join(tmpdir(), 'packet-')), name)
  const bytes = await downloaded(await download)
  writeFileSync(file, bytes)
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
  await expect.poll(() => lastStatus(page)).toBe(`Packet downloaded as ${name}.`)
  await page.keyboard.press('Escape')
  await expect.poll(() => packetDialog(page).count()).toBe(0)
  if (order === 'raw') return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' })
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
    .replace(/[\u202A-\u202E]/g, '')
    .replace(/\s+/g, ' ')
}

describe('the declaration packet in the browser edition', () => {
  it('makes every paper of a valid TIR declaration, as real text', async () => {
    const { page } = app
    await importAndClose(page, [samplePath('tir-almaty-karachi.json')])
    await openDeclaration(page, TIR_LRN)
    const text = await makePacket(page, 'Make packet')
    expect(text).toContain(TIR_LRN)
    expect(text).toContain('ТОО «Жетысу Текстиль Экспорт»')
    for (const hs of ['520512', '520100', '630260']) expect(text).toContain(hs)
    for (const title of ['TIR Carnet data sheet', 'CMR', 'Commercial invoice', 'Packing list'])
      expect(text).toContain(title)
    // No paper of another regime: the TAD is T1/T2 only.
    expect(text).not.toContain('Transit accompanying document')
    expect(text.replace(/\s/g, '')).not.toContain('DRAFT—NOTVALIDFORCUSTOMS')
  })

  it('offers only the papers of the procedure and mode: ТД and SMGS for EAEU by rail', async () => {
    const { page } = app
    await importAndClose(page, [samplePath('eaeu-minsk-almaty.json')])
    await openDeclaration(page, 'BY-MSQ-26-00981')
    await editor(page).getByRole('button', { name: 'Print packet…' }).click()
    const dialog = packetDialog(page)
    await expect.poll(() => dialog.getByRole('checkbox').count()).toBe(5)
    const offered = await dialog
      .getByRole('checkbox')
      .evaluateAll((boxes) =>
        boxes.map((b) => [b.parentElement?.textContent ?? '', (b as HTMLInputElement).checked]),
      )
    expect(offered.map(([label]) => String(label).split(' (')[0])).toEqual([
      'Cover sheet',
      'Transit declaration',
      'SMGS consignment note data sheet',
      'Commercial invoice',
      'Packing list',
    ])
    expect(offered.every(([, checked]) => checked === true)).toBe(true)
    await dialog.getByRole('button', { name: 'Close' }).click()
    const text = await makePacket(page, 'Make packet')
    expect(text).toContain('ТРАНЗИТНАЯ ДЕКЛАРАЦИЯ')
    expect(text).not.toContain('CMR')
    expect(text).not.toContain('Transit accompanying document')
  })

  it('prints the Latin–Dari consignee of the Afghan transit whole, endorsed for Afghanistan', async () => {
    const { page } = app
    await importAndClose(page, [samplePath('national-karachi-kabul.json')])
    await openDeclaration(page, 'PK-ATT-2026-0342')
    const text = await makePacket(page, 'Make packet', 'read')
    expect(text).toContain('Transit summary')
    expect(text).toContain('Ahmadi Brothers Trading Co.')
    expect(text).toContain('شرکت تجارتی برادران احمدی')
    expect(text).not.toContain('not printed')
    expect(text.split('GOODS IN TRANSIT TO AFGHANISTAN').length - 1).toBeGreaterThanOrEqual(3)
  })

  it('prints a faulty declaration only as a draft, watermarked', async () => {
    const { page } = app
    await importAndClose(page, [samplePath('bad-holder-bin.json')])
    await openDeclaration(page, TIR_LRN)
    await editor(page).getByRole('button', { name: 'Print packet…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Declaration packet' })
    await expect.poll(() => dialog.locator('.packet-draft').textContent()).toMatch(/1 error/)
    await dialog.getByRole('button', { name: 'Close' }).click()
    const text = await makePacket(page, 'Make draft packet')
    expect(text.replace(/\s/g, '')).toContain('DRAFT—NOTVALIDFORCUSTOMS')
  })

  it('opens the packet in a new tab for printing, and keeps the dialog for a download', async () => {
    const { page } = app
    await importAndClose(page, [samplePath('tir-almaty-karachi.json')])
    await openDeclaration(page, TIR_LRN)
    await openAndMake(page, 'Make packet')
    const opened = page.context().waitForEvent('page')
    await packetDialog(page).getByRole('button', { name: 'Open for printing' }).click()
    const tab = await opened
    expect(tab.url()).toMatch(/^blob:/)
    await tab.waitForLoadState()
    expect(await tab.evaluate(() => document.contentType)).toBe('application/pdf')
    await tab.close()
    await expect
      .poll(() => packetDialog(page).getByRole('status').last().textContent())
      .toBe('The packet is open in a new tab: print it from there.')
    await expect
      .poll(() => packetDialog(page).getByRole('button', { name: 'Download' }).isEnabled())
      .toBe(true)
  })

  it('stays open after Download, so the same packet opens for printing, and closes on Close', async () => {
    const { page } = app
    await importAndClose(page, [samplePath('tir-almaty-karachi.json')])
    await openDeclaration(page, TIR_LRN)
    await openAndMake(page, 'Make packet')
    const dialog = packetDialog(page)
    const download = page.waitForEvent('download')
    await dialog.getByRole('button', { name: 'Download' }).click()
    expect((await downloaded(await download)).subarray(0, 5).toString()).toBe('%PDF-')
    expect((await download).suggestedFilename()).toBe(`${TIR_LRN}-packet.pdf`)
    await expect.poll(() => lastStatus(page)).toBe(`Packet downloaded as ${TIR_LRN}-packet.pdf.`)
    expect(await dialog.isVisible()).toBe(true)
    expect(await dialog.locator('.packet-ready').textContent()).toMatch(/^The packet is ready/)

    // The packet made before the download opens: nothing is made again.
    const opened = page.context().waitForEvent('page')
    await dialog.getByRole('button', { name: 'Open for printing' }).click()
    const tab = await opened
    expect(tab.url()).toMatch(/^blob:/)
    await tab.waitForLoadState()
    expect(await tab.evaluate(() => document.contentType)).toBe('application/pdf')
    expect(await dialog.getByRole('progressbar').count()).toBe(0)
    await tab.close()
    await expect
      .poll(() => lastStatus(page))
      .toBe('The packet is open in a new tab: print it from there.')

    await dialog.getByRole('button', { name: 'Close' }).click()
    await expect.poll(() => dialog.count()).toBe(0)
  })

  it('makes a new packet when the choice of papers changes, and cancels a large one', async () => {
    const { page } = app
    const large = generateDeclaration(999)
    await importAndClose(page, [jsonFile('large.json', large)])
    await openDeclaration(page, String(large.lrn))
    await openAndMake(page, 'Make packet')
    const dialog = packetDialog(page)
    await dialog.getByRole('checkbox', { name: /Packing list/ }).uncheck()
    await expect.poll(() => dialog.locator('.packet-ready').count()).toBe(0)
    await dialog.getByRole('button', { name: 'Make packet' }).click()
    await expect.poll(() => dialog.getByRole('progressbar').count()).toBe(1)
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect.poll(() => dialog.getByRole('progressbar').count()).toBe(0)
    await expect.poll(() => dialog.locator('.packet-ready').count()).toBe(0)
    await expect
      .poll(() => dialog.getByRole('button', { name: 'Make packet' }).isEnabled())
      .toBe(true)
    await expect.poll(() => dialog.getByRole('alert').count()).toBe(0)
  })
})
