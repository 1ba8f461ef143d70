/**
 * `transitdesk xml` (the IE015 of a T1, T2 or TIR declaration, checked with xmllint against the
 * official schema) and `transitdesk receive` (a customs reply applied to the declaration's
 * movement: 0 applied, 1 refused with the reason, 2 unreadable input), in this process; libxml2
 * loaded through bin/transitdesk.mjs is test/cli/process.test.ts.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { JsonObject } from '../../src/shared/json'
import { recordEvent } from '../../src/shared/movement/record-event'
import { makeReply } from '../fixtures/ncts-replies'
import { sampleText } from '../unit/samples'
import { lines, NO_STACK, REPO_ROOT, runMain, sample, TIMEOUT, TODAY } from './helpers'

const root = mkdtempSync(join(tmpdir(), 'transitdesk-movement-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
let files = 0
const path = (name: string) => join(root, `${++files}-${name}`)

const XSD = resolve(REPO_ROOT, 'src/shared/ncts/xsd/cc015c.xsd')
const T1_LRN = 'GE-PTI-2026-0058'
const T1_MRN = '26GE00000000A1J5J8'

function xmllint(file: string) {
  return spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' })
}

/** The T1 sample, lodged (recorded as the app records it), written to a file of its own. */
function lodgedT1(): string {
  const sampleDocument = JSON.parse(sampleText('t1-poti-istanbul.json')) as JsonObject
  const lodged = recordEvent(sampleDocument, { type: 'lodged', at: '2026-02-05T09:00:00+04:00' })
  const file = path('lodged.json')
  writeFileSync(file, JSON.stringify(lodged, null, 2))
  return file
}

function replyFile(xml: string): string {
  const file = path('reply.xml')
  writeFileSync(file, xml)
  return file
}

const movementOf = (file: string) =>
  (JSON.parse(readFileSync(file, 'utf8')) as { movement: { status: string; events: JsonObject[] } })
    .movement

describe('transitdesk xml', { timeout: TIMEOUT }, () => {
  it.each(['t1-poti-istanbul.json', 'tir-almaty-karachi.json'])(
    'writes the IE015 of %s, valid against cc015c.xsd',
    async (name) => {
      const out = path('out.xml')
      const run = await runMain(['xml', sample(name), '-o', out, '--today', TODAY])
      expect(run.stderr).toBe('')
      expect(run.status).toBe(0)
      expect(lines(run.stdout)).toEqual([expect.stringMatching(/^wrote .*out\.xml \(\d+ KB\)$/)])
      const check = xmllint(out)
      expect(check.stderr).toContain('validates')
      expect(check.status).toBe(0)
      const lrn = (JSON.parse(sampleText(name)) as { lrn: string }).lrn
      const written = execFileSync(
        'xmllint',
        ['--xpath', 'string(//*[local-name()="TransitOperation"]/LRN)', out],
        { encoding: 'utf8' },
      )
      expect(written.trim()).toBe(lrn)
    },
  )

  it('writes to standard output with -o -', async () => {
    const run = await runMain(['xml', sample('t1-poti-istanbul.json'), '-o', '-', '--today', TODAY])
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<ncts:CC015C /)
    const out = path('stdout.xml')
    writeFileSync(out, run.stdout)
    expect(xmllint(out).status).toBe(0)
  })

  it.each(['eaeu-minsk-almaty.json', 'national-karachi-kabul.json'])(
    'refuses %s with exit 2: its procedure has no NCTS message',
    async (name) => {
      const out = path('none.xml')
      const run = await runMain(['xml', sample(name), '-o', out, '--today', TODAY])
      expect(run.status).toBe(2)
      expect(lines(run.stderr)).toHaveLength(1)
      expect(run.stderr).toMatch(/only T1, T2 and TIR declarations are lodged in NCTS/)
      expect(existsSync(out)).toBe(false)
    },
  )

  it('lists the errors and writes nothing for a declaration with errors (exit 1)', async () => {
    const out = path('errors.xml')
    const run = await runMain([
      'xml',
      sample('bad-net-over-gross.json'),
      '-o',
      out,
      '--today',
      TODAY,
    ])
    expect(run.status).toBe(1)
    expect(lines(run.stdout)[0]).toMatch(
      /^error {2}\/consignments\/0\/items\/1\/netMass {2}mass\.net-over-gross /,
    )
    expect(run.stderr).toMatch(/no NCTS message written/)
    expect(existsSync(out)).toBe(false)
  })
})

describe('transitdesk receive', { timeout: TIMEOUT }, () => {
  it('applies MRN allocation then release, in place, so replies can be applied in turn', async () => {
    const file = lodgedT1()
    const allocated = replyFile(
      makeReply('CC028C', { lrn: T1_LRN, mrn: T1_MRN, office: 'GE000101' }),
    )
    const first = await runMain(['receive', file, allocated, '-o', file, '--today', TODAY])
    expect(first.stderr).toBe('')
    expect(first.status).toBe(0)
    expect(first.stdout).toMatch(/^CC028C applied \(MRN allocated\): wrote /)
    expect(movementOf(file).status).toBe('accepted')
    expect((JSON.parse(readFileSync(file, 'utf8')) as { mrn: string }).mrn).toBe(T1_MRN)

    const seals = ['GE 7700001', 'GE 7700002']
    const release = replyFile(
      makeReply('CC029C', { lrn: T1_LRN, mrn: T1_MRN, seals, limitDate: '2026-02-13' }),
    )
    const out = path('released.json')
    const second = await runMain(['receive', file, release, '-o', out, '--today', TODAY])
    expect(second.status).toBe(0)
    const released = JSON.parse(readFileSync(out, 'utf8')) as JsonObject
    expect((released.movement as { status: string }).status).toBe('released')
    expect(released.seals).toEqual(seals)
    expect(movementOf(out).events.at(-1)).toMatchObject({
      type: 'released',
      message: 'CC029C',
      by: 'customs',
    })

    // The same release again is out of sequence: exit 1, the reason, nothing written.
    const before = readFileSync(out, 'utf8')
    const again = await runMain(['receive', out, release, '-o', out, '--today', TODAY])
    expect(again.status).toBe(1)
    expect(again.stdout).toBe('')
    expect(lines(again.stderr)).toEqual([
      expect.stringMatching(/cannot be recorded now: the declaration is “Released for transit”/),
    ])
    expect(readFileSync(out, 'utf8')).toBe(before)
  })

  it.each([
    [
      'another declaration',
      () => makeReply('CC028C', { lrn: 'XX-OTHER-1', mrn: T1_MRN }),
      1,
      /not for this declaration/,
    ],
    [
      'out of sequence',
      () => makeReply('CC029C', { lrn: T1_LRN, mrn: T1_MRN }),
      1,
      /cannot be recorded now/,
    ],
    [
      'a trader message',
      () =>
        readFileSync(resolve(REPO_ROOT, 'src/shared/ncts/xsd/examples/cc015c-valid.xml'), 'utf8'),
      1,
      /customs do not send to the holder/,
    ],
    ['not NCTS', () => '<?xml version="1.0"?><invoice/>', 1, /not an NCTS message/],
    [
      'invalid against its schema',
      () =>
        makeReply('CC028C', { lrn: T1_LRN, mrn: T1_MRN }).replace(
          /<LRN>/,
          '<LRN>' + 'X'.repeat(30),
        ),
      1,
      /does not match its NCTS schema \(line \d+/,
    ],
    ['not XML', () => 'this is not XML', 2, /not readable XML/],
  ])('refuses a reply that is %s, changing nothing', async (_what, xml, status, reason) => {
    const file = lodgedT1()
    const before = readFileSync(file, 'utf8')
    const out = path('refused.json')
    const run = await runMain(['receive', file, replyFile(xml()), '-o', out, '--today', TODAY])
    expect(run.status).toBe(status)
    expect(run.stdout).toBe('')
    expect(lines(run.stderr)).toHaveLength(1)
    expect(run.stderr).toMatch(reason)
    expect(run.stderr).not.toMatch(NO_STACK)
    expect(existsSync(out)).toBe(false)
    expect(readFileSync(file, 'utf8')).toBe(before)
  })

  it('exit 2 for a reply file that cannot be read, or an unreadable declaration', async () => {
    const file = lodgedT1()
    const missing = await runMain(['receive', file, path('missing.xml'), '-o', path('o.json')])
    expect(missing.status).toBe(2)
    expect(missing.stderr).toMatch(/missing\.xml/)
    const reply = replyFile(makeReply('CC928C', { lrn: T1_LRN }))
    const unreadable = await runMain([
      'receive',
      sample('unreadable-not-json.json'),
      reply,
      '-o',
      path('o.json'),
    ])
    expect(unreadable.status).toBe(2)
  })
})
