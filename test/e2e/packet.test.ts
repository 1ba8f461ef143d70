/**
 * The packet from the browser edition: made in a worker, downloaded, and read back with
 * poppler's pdftotext: real text, Cyrillic intact, the draft watermark for a faulty declaration.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { editor, importAndClose, openDeclaration, samplePath, TIR_LRN, useApp } from './helpers'

const app = useApp()

/** Opens the packet dialog, makes the packet, and returns the text of the downloaded PDF. */
async function makePacket(page: Page, button: string): Promise<string> {
  await editor(page).getByRole('button', { name: 'Print packet…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Declaration packet' })
  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: button }).click()
  const file = join(mkdtempSync(join(tmpdir(), 'packet-')), (await download).suggestedFilename())
  const stream = await (await download).createReadStream()
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  writeFileSync(file, Buffer.concat(chunks))
  expect(Buffer.concat(chunks).subarray(0, 5).toString()).toBe('%PDF-')
  return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' })
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
    for (const title of [
      'Transit declaration',
      'CMR',
      'Commercial invoice',
      'Packing list',
      'TIR data sheet',
    ])
      expect(text).toContain(title)
    expect(text.replace(/\s/g, '')).not.toContain('DRAFT—NOTVALIDFORCUSTOMS')
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
})
