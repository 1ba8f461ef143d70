/**
 * Import of the shared sample files, one report line per file, and export: a file that goes in
 * comes out with the same content (canonical JSON), unknown elements included.
 */
import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../../src/shared/format/canonical-json'
import {
  BAD_SAMPLES,
  TIR_LRN,
  UNREADABLE_SAMPLE,
  VALID_SAMPLES,
  closeImportReport,
  expectCount,
  expectListed,
  exportOpenDeclaration,
  importAndClose,
  importFiles,
  importReport,
  jsonFile,
  openDeclaration,
  outcomeOf,
  reportEntry,
  resolveConflict,
  samplePath,
  sampleText,
  useApp,
} from './helpers'

const app = useApp()

describe('importing the sample files', () => {
  it('reports on every file, refuses the unreadable one and lists the readable ones', async () => {
    const page = app.page
    // The bad-* samples reuse the valid samples' LRNs: keep both, for all of them at once.
    const files = [...VALID_SAMPLES, ...BAD_SAMPLES, UNREADABLE_SAMPLE]
    await importFiles(page, files.map(samplePath))
    await resolveConflict(page, 'keep-both', { applyToAll: true })

    const report = importReport(page)
    await report.waitFor()
    expect(await report.textContent()).toContain('9 of 10 files imported.')
    for (const name of files) {
      expect(await reportEntry(page, name).count(), name).toBe(1)
      expect(await outcomeOf(page, name), name).toBe(
        name === UNREADABLE_SAMPLE ? 'refused' : 'imported',
      )
    }
    const refusal = await reportEntry(page, UNREADABLE_SAMPLE)
      .locator('.outcome-message')
      .textContent()
    expect(refusal).toMatch(/^“unreadable-not-json\.json” cannot be read: it is not valid JSON/)
    // The copies that kept both got a new LRN, and the report says which.
    expect(await reportEntry(page, 'bad-holder-bin.json').textContent()).toContain(
      `imported as ${TIR_LRN}-2`,
    )
    await closeImportReport(page)

    await expectCount(page, 9)
    await expectListed(page, [
      TIR_LRN,
      'BY-MSQ-26-00981',
      'PK-ATT-2026-0342',
      'GE-PTI-2026-0058',
      'PK-ATT-2026-0342-2',
      `${TIR_LRN}-2`,
      'BY-MSQ-26-00981-2',
      `${TIR_LRN}-3`,
      `${TIR_LRN}-4`,
    ])
  })

  it('exports a sample with the same content it was imported with', async () => {
    const page = app.page
    await importAndClose(page, VALID_SAMPLES.map(samplePath))
    await openDeclaration(page, TIR_LRN)

    const exported = await exportOpenDeclaration(page)
    expect(exported.name).toBe(`${TIR_LRN}.json`)
    const original = JSON.parse(sampleText('tir-almaty-karachi.json'))
    expect(canonicalJson(JSON.parse(exported.text))).toBe(canonicalJson(original))
    // Exported files are canonical JSON with two-space indents, so they diff cleanly.
    expect(exported.text).toBe(canonicalJson(original, 2))
  })

  it('keeps unknown elements, warns about each by its pointer, and exports them', async () => {
    const page = app.page
    const document = JSON.parse(sampleText('tir-almaty-karachi.json'))
    document.xCustomsNote = 'Keep in bonded area B'
    document.consignments[0].items[1].xInternalRef = { batch: 'B-77', checked: true }
    await importFiles(page, [jsonFile('with-extras.json', document)])

    const entry = reportEntry(page, 'with-extras.json')
    await entry.waitFor()
    expect(await outcomeOf(page, 'with-extras.json')).toBe('imported')
    const warnings = await entry.locator('.warnings li').allTextContents()
    expect(warnings.sort()).toEqual([
      'Unknown element /consignments/0/items/1/xInternalRef was kept as it is.',
      'Unknown element /xCustomsNote was kept as it is.',
    ])
    await closeImportReport(page)

    await openDeclaration(page, TIR_LRN)
    const exported = JSON.parse((await exportOpenDeclaration(page)).text)
    expect(exported.xCustomsNote).toBe('Keep in bonded area B')
    expect(exported.consignments[0].items[1].xInternalRef).toEqual({ batch: 'B-77', checked: true })
    expect(canonicalJson(exported)).toBe(canonicalJson(document))
  })
})
