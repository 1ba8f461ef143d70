/**
 * The schema checker (src/shared/ncts/schema-check.ts) against the official schemas
 * (src/shared/ncts/xsd): the reply fixtures pass both it and xmllint, HMRC's examples pass it,
 * broken messages fail it with their line, and compiled schemas are reused across calls.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { REPLY_MESSAGES, type ReplyMessage } from '../../../src/shared/ncts/reply'
import { checkAgainstSchema, MAX_SCHEMA_PROBLEMS } from '../../../src/shared/ncts/schema-check'
import {
  makeReply,
  nodeSchemaFiles,
  TYPICAL_FACTS as TYPICAL,
  XSD_FOLDER,
} from '../../fixtures/ncts-replies'

const xsdFolder = fileURLToPath(XSD_FOLDER)
const examplesFolder = join(xsdFolder, 'examples')
const scratch = mkdtempSync(join(tmpdir(), 'ncts-replies-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/**
 * xmllint's verdict on messages against the schema file of `message`, in one run (it compiles
 * the schema each time): its report, or an error with it when any message is invalid.
 */
function xmllint(message: ReplyMessage, ...xmls: string[]): string {
  const files = xmls.map((xml, index) => {
    const file = join(scratch, `${message}-${index}.xml`)
    writeFileSync(file, xml)
    return file
  })
  const schema = join(xsdFolder, `${message.toLowerCase()}.xsd`)
  return execFileSync('xmllint', ['--noout', '--schema', schema, ...files], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

/** The 1-based line of the first line of `xml` that includes `text`. */
function lineOf(xml: string, text: string): number {
  return xml.split('\n').findIndex((line) => line.includes(text)) + 1
}

describe('the reply fixtures', () => {
  it.each(REPLY_MESSAGES)(
    '%s, with typical facts and with none, is valid for xmllint and the checker',
    async (message) => {
      const typical = makeReply(message, TYPICAL[message])
      const bare = makeReply(message, {})
      expect(() => xmllint(message, typical, bare)).not.toThrow()
      expect(await checkAgainstSchema(typical, message, nodeSchemaFiles)).toEqual([])
      expect(await checkAgainstSchema(bare, message, nodeSchemaFiles)).toEqual([])
    },
  )

  it('xmllint does refuse a broken one (the check above is not a formality)', () => {
    const broken = makeReply('CC028C', { lrn: 'X'.repeat(23) })
    expect(() => xmllint('CC028C', broken)).toThrow(/LRN.*maxLength/)
  })
})

describe("HMRC's example messages", () => {
  const examples = readdirSync(examplesFolder).filter((name) => name.endsWith('.xml'))

  it('are there', () => {
    expect(examples).toContain('cc015c-valid.xml')
    expect(examples.length).toBeGreaterThanOrEqual(7)
  })

  it.each(examples)('%s is valid against its own schema', async (name) => {
    const root = name.slice(0, 6).toUpperCase()
    const xml = readFileSync(join(examplesFolder, name), 'utf8')
    expect(await checkAgainstSchema(xml, root, nodeSchemaFiles)).toEqual([])
  })
})

describe('problems', () => {
  it('a required element missing: the line where the schema expected it', async () => {
    const xml = makeReply('CC029C', TYPICAL.CC029C).replace(
      / *<releaseDate>.*<\/releaseDate>\n/,
      '',
    )
    const problems = await checkAgainstSchema(xml, 'CC029C', nodeSchemaFiles)
    expect(problems).toHaveLength(1)
    expect(problems[0]!.line).toBe(lineOf(xml, '<security>'))
    expect(problems[0]!.message).toMatch(/security.*not expected.*releaseDate/)
  })

  it('a value too long: its line, and the facet it breaks', async () => {
    const xml = makeReply('CC028C', { lrn: 'X'.repeat(23) })
    // libxml2 reports both facets the value breaks: maxLength, then the pattern .{1,22}
    const problems = await checkAgainstSchema(xml, 'CC028C', nodeSchemaFiles)
    expect(problems).toEqual([
      { line: lineOf(xml, '<LRN>'), message: expect.stringMatching(/LRN.*maxLength.*22/) },
      { line: lineOf(xml, '<LRN>'), message: expect.stringMatching(/LRN.*pattern/) },
    ])
  })

  it('a value of the wrong shape (an MRN of 17 characters)', async () => {
    const xml = makeReply('CC045C', { mrn: '25KZ0000000000A1J' })
    const [problem] = await checkAgainstSchema(xml, 'CC045C', nodeSchemaFiles)
    expect(problem).toMatchObject({ line: lineOf(xml, '<MRN>') })
    expect(problem!.message).toMatch(/MRN/)
  })

  it('lists at most MAX_SCHEMA_PROBLEMS, each on one line', async () => {
    const seals = Array.from({ length: 30 }, (_, i) => `SEAL-${i}-${'9'.repeat(20)}`)
    const problems = await checkAgainstSchema(
      makeReply('CC029C', { seals }),
      'CC029C',
      nodeSchemaFiles,
    )
    expect(problems).toHaveLength(MAX_SCHEMA_PROBLEMS)
    for (const problem of problems) expect(problem.message).not.toMatch(/\n/)
  })

  it('XML that is not well formed: one problem, the parse error, with its line', async () => {
    const xml = makeReply('CC028C', TYPICAL.CC028C).replace('</MRN>', '</MRM>')
    expect(await checkAgainstSchema(xml, 'CC028C', nodeSchemaFiles)).toEqual([
      { line: lineOf(xml, '</MRM>'), message: expect.stringMatching(/mismatch/) },
    ])
  })

  it('another message than the one named: a problem at its root', async () => {
    const xml = makeReply('CC028C', TYPICAL.CC028C)
    expect(await checkAgainstSchema(xml, 'CC029C', nodeSchemaFiles)).toEqual([
      { line: 2, message: expect.stringContaining('CC029C') },
    ])
  })

  it('an element the schema files declare globally is not a message (doc.xsd description)', async () => {
    const xml = '<ncts:description xmlns:ncts="http://ncts.dgtaxud.ec" value="x"/>'
    expect(await checkAgainstSchema(xml, 'CC029C', nodeSchemaFiles)).toHaveLength(1)
  })

  it('a root name that is not CCxxxC is the caller’s mistake', async () => {
    await expect(checkAgainstSchema('<a/>', 'invoice', nodeSchemaFiles)).rejects.toThrow(RangeError)
  })

  it('a schema the loader cannot give is the app’s fault, not the message’s', async () => {
    const xml = makeReply('CC028C', TYPICAL.CC028C)
    await expect(checkAgainstSchema(xml, 'CC999C', nodeSchemaFiles)).rejects.toThrow(/cc999c/)
    // and a later call with a schema that exists still works
    expect(await checkAgainstSchema(xml, 'CC028C', nodeSchemaFiles)).toEqual([])
  })
})

describe('compiled schemas', () => {
  it('are reused across calls: two messages in turn, then the first again', async () => {
    const release = makeReply('CC029C', TYPICAL.CC029C)
    const rejection = makeReply('CC056C', TYPICAL.CC056C)
    const broken = release.replace(/<LRN>.*<\/LRN>/, `<LRN>${'X'.repeat(30)}</LRN>`)
    expect(await checkAgainstSchema(release, 'CC029C', nodeSchemaFiles)).toEqual([])
    expect(await checkAgainstSchema(rejection, 'CC056C', nodeSchemaFiles)).toEqual([])
    expect(await checkAgainstSchema(broken, 'CC029C', nodeSchemaFiles)).toMatchObject([
      { line: lineOf(broken, '<LRN>') },
      { line: lineOf(broken, '<LRN>') },
    ])
    expect(await checkAgainstSchema(release, 'CC029C', nodeSchemaFiles)).toEqual([])
    expect(await checkAgainstSchema(rejection, 'CC056C', nodeSchemaFiles)).toEqual([])
  })

  it('are compiled once per loader, even when asked for at the same time', async () => {
    const asked: string[] = []
    const files = (name: string) => {
      asked.push(name)
      return nodeSchemaFiles(name)
    }
    const xml = makeReply('CC060C', TYPICAL.CC060C)
    const results = await Promise.all([1, 2, 3].map(() => checkAgainstSchema(xml, 'CC060C', files)))
    expect(results).toEqual([[], [], []])
    await checkAgainstSchema(xml, 'CC060C', files)
    expect(asked.sort()).toEqual(
      [
        'cc060c.xsd',
        'ctypes.xsd',
        'doc.xsd',
        'ermis-types.xsd',
        'htypes.xsd',
        'stypes.xsd',
        'tcl.xsd',
      ].sort(),
    )
  })
})
