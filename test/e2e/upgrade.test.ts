/**
 * A workspace written by version 6 of the database (documents as objects, search words in an
 * index), opened by this version in Chromium: the upgrade moves the words and compresses the
 * documents, and everything is there, found and editable as before.
 */
import { describe, expect, it } from 'vitest'
import { inject } from 'vitest'
import { generateDeclaration } from '../fixtures/generate'
import {
  deleteWorkspaceDatabase,
  openBlankPageOf,
  version6Rows,
  writeVersion6,
} from '../fixtures/raw-workspace'
import {
  expectCount,
  expectValue,
  importAndClose,
  listedLrns,
  listRow,
  openDeclaration,
  openSection,
  samplePath,
  TIR_LRN,
  useApp,
  waitForList,
} from './helpers'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { JsonObject } from '../../src/shared/json'

const app = useApp()
const sample = (name: string) => JSON.parse(readFileSync(samplePath(name), 'utf8')) as JsonObject
const firstFormat = (name: string) =>
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../fixtures/first-format', name), 'utf8'),
  ) as JsonObject

describe('a version-6 workspace', () => {
  it('opens upgraded: listed, found by its words, and read back whole', async () => {
    const { page } = app
    const baseUrl = inject('baseUrl')
    await openBlankPageOf(page, baseUrl)
    await deleteWorkspaceDatabase(page)
    const large = generateDeclaration(150, { lrn: 'BIG-150' })
    // The declarations as the first release kept them, with the counts its rules found.
    await writeVersion6(page, [
      version6Rows('tir', firstFormat('tir-almaty-karachi.json'), '2026-02-01T10:00:00.000Z'),
      version6Rows(
        'national',
        firstFormat('national-karachi-kabul.json'),
        '2026-02-02T10:00:00.000Z',
        { errorCount: 0, warningCount: 1 },
      ),
      version6Rows('big', large, '2026-02-03T10:00:00.000Z'),
    ])

    await page.goto(baseUrl)
    await waitForList(page)
    await expectCount(page, 3)
    // Checked once against the corridor's rules, in the background: the TIR Carnet listed as
    // N955 (the ATA carnet's code), national transit ending in Kabul instead of at the exit.
    const badge = (lrn: string) => listRow(page, lrn).locator('.readiness').textContent()
    await expect
      .poll(() => badge('PK-ATT-2026-0342'), { timeout: 10_000 })
      .toBe('1 error · 2 warnings')
    await expect.poll(() => badge(TIR_LRN)).toBe('1 warning')
    await expect.poll(() => badge('BIG-150')).toBe('Ready: no errors')
    await page.fill('#declaration-search', '0342')
    await expect.poll(() => listedLrns(page)).toEqual(['PK-ATT-2026-0342'])
    await page.fill('#declaration-search', 'жетысу')
    await expect.poll(async () => (await listedLrns(page)).sort()).toEqual(['BIG-150', TIR_LRN])
    await page.fill('#declaration-search', '')
    await expectCount(page, 3)

    await openDeclaration(page, TIR_LRN)
    await openSection(page, 'Parties')
    await expectValue(page, '/holder/name', 'ТОО «Жетысу Текстиль Экспорт»')
    const stored = await page.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const request = indexedDB.open('transitdesk')
          request.onsuccess = () => {
            const db = request.result
            const all = db.transaction('documents').objectStore('documents').getAll()
            all.onsuccess = () => {
              db.close()
              const rows = all.result as { id: string; content?: Uint8Array }[]
              resolve(rows.map((row) => `${row.id}:${row.content ? 'compressed' : 'object'}`))
            }
            all.onerror = () => reject(all.error)
          }
          request.onerror = () => reject(request.error)
        }),
    )
    expect(stored.sort()).toEqual(['big:object', 'national:compressed', 'tir:compressed'])
  })

  it('checks every declaration against the updated rules once, the list saying how far it got', async () => {
    const { page } = app
    const baseUrl = inject('baseUrl')
    await openBlankPageOf(page, baseUrl)
    await deleteWorkspaceDatabase(page)
    const tir = firstFormat('tir-almaty-karachi.json')
    const rows = Array.from({ length: 450 }, (_, i) =>
      version6Rows(
        `d${i}`,
        { ...tir, lrn: `OLD-${i}` },
        `2026-01-01T10:${String(i % 60).padStart(2, '0')}:00.000Z`,
      ),
    )
    await writeVersion6(page, rows)
    // Whatever the list ever says about the check is noted, however briefly it shows.
    await page.addInitScript(() => {
      const seen: string[] = ((window as unknown as { seen: string[] }).seen = [])
      new MutationObserver(() => {
        const note = document.querySelector('.readiness-status')?.textContent
        if (note && seen.at(-1) !== note) seen.push(note)
      }).observe(document, { subtree: true, childList: true, characterData: true })
    })
    await page.goto(baseUrl)
    await waitForList(page)
    const firstBadge = page.locator('.declaration-row .readiness').first()
    await expect.poll(() => firstBadge.textContent(), { timeout: 20_000 }).toBe('1 warning')
    await expect.poll(() => page.locator('.readiness-status').count(), { timeout: 20_000 }).toBe(0)
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen)
    expect(seen[0]).toMatch(/^Checking declarations in the background: \d+ of 450\./)
    expect(await page.locator('.readiness--unchecked').count()).toBe(0)
  })

  it('names a declaration whose stored document is damaged, and opens the others', async () => {
    const { page } = app
    await importAndClose(page, [samplePath('tir-almaty-karachi.json')])
    const { row } = version6Rows(
      'damaged',
      sample('eaeu-minsk-almaty.json'),
      '2026-02-05T10:00:00.000Z',
    )
    const { words: _, ...summary } = row
    await page.evaluate(
      (summary) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('transitdesk')
          request.onsuccess = () => {
            const db = request.result
            const tx = db.transaction(['declarations', 'documents'], 'readwrite')
            tx.objectStore('declarations').put(summary)
            tx.objectStore('documents').put({ id: 'damaged', content: new Uint8Array([1, 2, 3]) })
            tx.oncomplete = () => (db.close(), resolve())
            tx.onerror = () => reject(tx.error)
          }
          request.onerror = () => reject(request.error)
        }),
      summary as unknown,
    )
    await page.reload()
    await waitForList(page)
    await listRow(page, String(summary.lrn)).click()
    await expect
      .poll(() => page.locator('.editor[role="alert"]').textContent())
      .toMatch(/^This declaration cannot be opened: the stored document of damaged cannot be read/)
    // The others open as before.
    await openDeclaration(page, TIR_LRN)
  })
})
