/** `transitdesk validate` on files that are not readable declarations: exit 2, one line. */
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { MAX_DECLARATION_FILE_BYTES } from '../../src/shared/format/constants'
import { expectUnreadable, lines, runMain, sample, TIMEOUT, TODAY } from './helpers'

describe('transitdesk validate: unreadable input', { timeout: TIMEOUT }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'transitdesk-cli-unreadable-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  const file = (name: string, content?: string | Uint8Array) => {
    const path = join(dir, name)
    if (content !== undefined) writeFileSync(path, content)
    return path
  }

  it('a missing file', async () => {
    const missing = file('missing.json')
    const [text, json] = await Promise.all([
      runMain(['validate', missing, '--today', TODAY]),
      runMain(['validate', missing, '--json', '--today', TODAY]),
    ])
    expectUnreadable(text, missing, /not exist/)
    expectUnreadable(json, missing, /not exist/)
  })

  it('a folder', async () => {
    const folder = file('folder.json')
    mkdirSync(folder)
    expectUnreadable(await runMain(['validate', folder, '--today', TODAY]), folder, /folder/)
  })

  it('an empty file', async () => {
    const empty = file('empty.json', '')
    expectUnreadable(await runMain(['validate', empty, '--today', TODAY]), empty, /empty/)
  })

  it('a file one byte over 16 MiB', async () => {
    const big = file('big.json', '')
    truncateSync(big, MAX_DECLARATION_FILE_BYTES + 1)
    const run = await runMain(['validate', big, '--json', '--today', TODAY])
    expectUnreadable(run, big, /16 MiB/)
  })

  it('a 64 GiB sparse file is refused from its size, without reading it', async () => {
    const huge = file('huge.json', '')
    truncateSync(huge, 64 * 1024 ** 3)
    const run = await runMain(['validate', huge, '--today', TODAY])
    expectUnreadable(run, huge, /16 MiB/)
    // The size told is the file's own: a read stops 1 byte past 16 MiB, only a stat knows 64 GiB.
    expect(run.stderr).toContain('65536.0 MiB')
  })

  it('binary junk', async () => {
    const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0xff, 0xfe, 0x01]
    const junk = file('junk.json', Uint8Array.from(png))
    expectUnreadable(await runMain(['validate', junk, '--today', TODAY]), junk, /not UTF-8/)
  })

  it('JSON that is not a declaration', async () => {
    const array = file('array.json', '[1, 2, 3]\n')
    const other = file('other.json', '{ "format": "something/2" }')
    const [first, second] = await Promise.all([
      runMain(['validate', array, '--today', TODAY]),
      runMain(['validate', other, '--today', TODAY]),
    ])
    expectUnreadable(first, array, /not a declaration/)
    expectUnreadable(second, other, /format/)
  })

  it('a file name holding a line break still gives one line', async () => {
    const odd = file('two\nlines.json')
    const run = await runMain(['validate', odd, '--today', TODAY])
    expectUnreadable(run, 'two\\u000Alines.json', /not exist/)
  })

  it('beside readable files: exit 2, the others still reported', async () => {
    const missing = file('gone.json')
    const valid = sample('tir-almaty-karachi.json')
    const run = await runMain(['validate', valid, missing, '--json', '--today', TODAY])
    expect(run.status).toBe(2)
    expect(lines(run.stderr)).toHaveLength(1)
    expect(run.stderr).toContain(missing)
    const entries = JSON.parse(run.stdout)
    expect(entries).toHaveLength(2)
    expect(entries[0]).toMatchObject({ file: valid, report: { valid: true } })
    expect(entries[1]).toEqual({ file: missing, unreadable: expect.stringMatching(/not exist/) })
  })
})
