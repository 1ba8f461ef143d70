/** Files that are not declarations are refused, each with one sentence naming it; none is added. */
import { describe, expect, it } from 'vitest'
import {
  closeImportReport,
  expectCount,
  expectListed,
  fileFrom,
  importAndClose,
  importFiles,
  importReport,
  jsonFile,
  outcomeOf,
  reportEntry,
  samplePath,
  TIR_LRN,
  useApp,
} from './helpers'

const app = useApp()

/** A few bytes of a PNG image: NUL bytes and bytes that are not UTF-8. */
const BINARY = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
  0xff, 0xfe, 0xc3, 0x28, 0x00, 0x7f,
])

const BAD_FILES = [
  { file: fileFrom('photo.json', BINARY), reason: 'it is not UTF-8 text' },
  {
    file: jsonFile('other-format.json', { format: 'other.app/2', lrn: 'X1' }),
    reason: 'its format is "other.app/2", not "transitdesk.declaration/1"',
  },
  {
    file: jsonFile('list.json', [{ format: 'transitdesk.declaration/1' }]),
    reason: 'it holds JSON, but not a declaration object',
  },
  { file: fileFrom('empty.json', ''), reason: 'the file is empty' },
  {
    file: fileFrom('notes.json', 'Truck KZ 123 ABC 02 leaves on Monday'),
    reason: 'it is not valid JSON (',
  },
]

/** One sentence: it ends with a full stop and has no other sentence end (an ellipsis is none). */
function isOneSentence(text: string): boolean {
  return /[.!?]$/.test(text) && (text.match(/(?<!\.)[.!?](?!\.)(\s|$)/g) ?? []).length === 1
}

describe('importing files that are not declarations', () => {
  it('refuses each, saying why in one sentence that names the file, and adds nothing', async () => {
    const page = app.page
    await importAndClose(page, [samplePath('tir-almaty-karachi.json')])
    await expectCount(page, 1)

    await importFiles(
      page,
      BAD_FILES.map((b) => b.file),
    )
    await importReport(page).waitFor()
    expect(await importReport(page).textContent()).toContain('0 of 5 files imported.')
    for (const { file, reason } of BAD_FILES) {
      expect(await outcomeOf(page, file.name), file.name).toBe('refused')
      const message = (
        (await reportEntry(page, file.name).locator('.outcome-message').textContent()) ?? ''
      ).trim()
      expect(message.startsWith(`“${file.name}” cannot be read: ${reason}`), message).toBe(true)
      expect(isOneSentence(message), message).toBe(true)
    }
    await closeImportReport(page)

    await expectCount(page, 1)
    await expectListed(page, [TIR_LRN])
  })
})
