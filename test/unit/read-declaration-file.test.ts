/**
 * The command line's file reader: bytes decoded strictly (not UTF-8 refused, a genuine U+FFFD
 * read), then the shared reader's limits, each refusal one line naming the file.
 */
import { english } from '../../src/main/core/translator'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readDeclarationFile } from '../../src/cli/read-file'
import { DECLARATION_FORMAT } from '../../src/shared/format/constants'

const dir = mkdtempSync(join(tmpdir(), 'transitdesk-read-file-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

describe('readDeclarationFile', () => {
  it('refuses bytes that are not UTF-8, naming the file', () => {
    const path = file('latin1.json', Uint8Array.from([0x7b, 0xe9, 0x7d]))
    expect(readDeclarationFile(path, english)).toEqual({
      ok: false,
      message: `“${path}” cannot be read: it is not UTF-8 text (it looks like a binary or differently encoded file).`,
    })
  })

  it('reads a genuine U+FFFD as a character', () => {
    const path = file('fffd.json', `{"format":"${DECLARATION_FORMAT}","remarks":"\uFFFD"}`)
    const read = readDeclarationFile(path, english)
    expect(read).toMatchObject({ ok: true, declaration: { remarks: '\uFFFD' }, warnings: [] })
  })

  it('refuses deep nesting and overflowing numbers with the shared reader’s sentences', () => {
    const deep = file('deep.json', '['.repeat(100_000) + ']'.repeat(100_000))
    expect(readDeclarationFile(deep, english)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^“.*deep\.json” cannot be read: .*more than 64 levels/),
    })
    const infinite = file(
      'inf.json',
      `{"format":"${DECLARATION_FORMAT}","invoice":{"total":-1e309}}`,
    )
    expect(readDeclarationFile(infinite, english)).toMatchObject({
      ok: false,
      message: expect.stringContaining('the number at /invoice/total is too large'),
    })
  })
})
