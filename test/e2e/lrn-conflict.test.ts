/** Importing an LRN that already exists: the user chooses skip, keep both or replace. */
import { describe, expect, it } from 'vitest'
import {
  TIR_LRN,
  closeImportReport,
  conflictDialog,
  expectCount,
  expectListed,
  expectValue,
  field,
  importAndClose,
  importFiles,
  importReport,
  openDeclaration,
  outcomeOf,
  reload,
  reportEntry,
  resolveConflict,
  samplePath,
  typeInto,
  useApp,
  waitSaved,
} from './helpers'

const app = useApp()
const TIR = samplePath('tir-almaty-karachi.json')

describe('an imported LRN that already exists', () => {
  it('asks, and skips, keeps both or replaces as chosen', async () => {
    const page = app.page
    await importAndClose(page, [TIR])
    await expectCount(page, 1)

    // Skip: nothing changes.
    await importFiles(page, [TIR])
    await conflictDialog(page).waitFor()
    const question = await conflictDialog(page).textContent()
    expect(question).toContain('“tir-almaty-karachi.json” holds the declaration KZ-ALA-2026-0117')
    await resolveConflict(page, 'skip')
    await importReport(page).waitFor()
    expect(await outcomeOf(page, 'tir-almaty-karachi.json')).toBe('skipped')
    await closeImportReport(page)
    await expectCount(page, 1)

    // Keep both: a second declaration with a new LRN.
    await importFiles(page, [TIR])
    await resolveConflict(page, 'keep-both')
    await importReport(page).waitFor()
    expect(await reportEntry(page, 'tir-almaty-karachi.json').textContent()).toContain(
      `LRN ${TIR_LRN} was taken, so this copy was given ${TIR_LRN}-2.`,
    )
    await closeImportReport(page)
    await expectCount(page, 2)
    await expectListed(page, [TIR_LRN, `${TIR_LRN}-2`])

    // Replace: an edit made to the existing declaration is gone, the count is unchanged.
    await openDeclaration(page, TIR_LRN)
    await typeInto(page, '/placeOfDeclaration', 'Astana')
    await waitSaved(page)
    await importFiles(page, [TIR])
    await resolveConflict(page, 'replace')
    await importReport(page).waitFor()
    expect(await outcomeOf(page, 'tir-almaty-karachi.json')).toBe('replaced')
    await closeImportReport(page)
    await expectCount(page, 2)
    // The editor shows the replaced declaration at once …
    await expectValue(page, '/placeOfDeclaration', 'Almaty')
    await waitSaved(page)
    // … and so does the database after a reload.
    await reload(page)
    await expectCount(page, 2)
    await openDeclaration(page, TIR_LRN)
    expect(await field(page, '/placeOfDeclaration').inputValue()).toBe('Almaty')
  })

  it('applies one choice to every conflicting file of an import when asked to', async () => {
    const page = app.page
    await importAndClose(page, [TIR])
    // Three more files with the same LRN: one question, then the same answer for the rest.
    await importFiles(page, [
      TIR,
      samplePath('bad-holder-bin.json'),
      samplePath('bad-routing-end.json'),
    ])
    await resolveConflict(page, 'keep-both', { applyToAll: true })
    await importReport(page).waitFor()
    expect(await importReport(page).textContent()).toContain('3 of 3 files imported.')
    await closeImportReport(page)
    await expectListed(page, [TIR_LRN, `${TIR_LRN}-2`, `${TIR_LRN}-3`, `${TIR_LRN}-4`])

    // The next import asks afresh: "apply to all" belonged to the import before.
    await importFiles(page, [TIR])
    await conflictDialog(page).waitFor()
    expect(await conflictDialog(page).getByRole('checkbox').isChecked()).toBe(false)
    await resolveConflict(page, 'skip')
    await importReport(page).waitFor()
    expect(await outcomeOf(page, 'tir-almaty-karachi.json')).toBe('skipped')
  })
})
