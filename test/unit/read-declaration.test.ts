import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../../src/shared/format/canonical-json'
import { DECLARATION_FORMAT, MAX_DECLARATION_FILE_BYTES } from '../../src/shared/format/constants'
import {
  readDeclarationText,
  type ReadDeclarationResult,
} from '../../src/shared/format/read-declaration'
import { DeclarationFileSchema } from '../../src/shared/format/schema'
import {
  expected,
  readableSamples,
  sampleBytes,
  sampleNames,
  sampleText,
  validSamples,
} from './samples'

const bytesOf = (text: string) => new TextEncoder().encode(text).byteLength
const read = (name: string, text: string, byteLength = bytesOf(text)) =>
  readDeclarationText(name, text, byteLength)

function refusal(result: ReadDeclarationResult): string {
  if (result.ok) throw new Error('expected the file to be refused, but it was read')
  return result.message
}

function accepted(result: ReadDeclarationResult) {
  if (!result.ok) throw new Error(`expected the file to be read, but: ${result.message}`)
  return result
}

/** One line that names the file and ends with a full stop. */
function expectOneLineNaming(message: string, fileName: string) {
  expect(message).toContain(`“${fileName}”`)
  expect(message).not.toMatch(/[\r\n\u2028\u2029]/)
  expect(message.endsWith('.')).toBe(true)
}

/** …and one sentence: no full stop followed by a new sentence before the end. */
function expectOneSentenceNaming(message: string, fileName: string) {
  expectOneLineNaming(message, fileName)
  expect(message.slice(0, -1)).not.toMatch(/[.!?]\s+[A-Z]/)
}

const FIRST_FORMAT_DIR = resolve(import.meta.dirname, '../fixtures/first-format')
const FIRST_FORMAT = readdirSync(FIRST_FORMAT_DIR).filter((name) => name.endsWith('.json'))
const firstFormatText = (name: string) => readFileSync(resolve(FIRST_FORMAT_DIR, name), 'utf8')

const tirSample = () => JSON.parse(sampleText('tir-almaty-karachi.json')) as Record<string, unknown>

describe('the samples', () => {
  it('are all present, as expected.json lists them', () => {
    expect(sampleNames.sort()).toEqual(Object.keys(expected).sort())
    expect(validSamples.sort()).toEqual([
      'eaeu-minsk-almaty.json',
      'national-karachi-kabul.json',
      't1-poti-istanbul.json',
      'tir-almaty-karachi.json',
    ])
  })
})

describe('readDeclarationText: readable files', () => {
  it.each(validSamples)('reads the valid sample %s with no warnings', (name) => {
    const result = accepted(read(name, sampleText(name), sampleBytes(name)))
    expect(result.declaration.format).toBe(DECLARATION_FORMAT)
    expect(result.warnings).toEqual([])
  })

  it.each(readableSamples)('reads %s losslessly: canonical form equals the original’s', (name) => {
    const original = sampleText(name)
    const result = accepted(read(name, original, sampleBytes(name)))
    expect(canonicalJson(result.declaration)).toBe(canonicalJson(JSON.parse(original)))
    expect(canonicalJson(result.declaration, 2)).toBe(canonicalJson(JSON.parse(original), 2))
  })

  it('reads the faulty-but-readable samples too: validity is not the reader’s business', () => {
    const faulty = readableSamples.filter((name) => expected[name]?.exit === 1)
    expect(faulty.length).toBeGreaterThan(0)
    for (const name of faulty) expect(read(name, sampleText(name)).ok).toBe(true)
  })

  it('skips a UTF-8 byte order mark', () => {
    const text = '\uFEFF' + sampleText('tir-almaty-karachi.json')
    const result = accepted(read('bom.json', text))
    expect(result.declaration.lrn).toBe('KZ-ALA-2026-0117')
  })

  it('accepts a file of exactly 16 MiB (the limit is "larger than")', () => {
    const result = read(
      'edge.json',
      sampleText('tir-almaty-karachi.json'),
      MAX_DECLARATION_FILE_BYTES,
    )
    expect(result.ok).toBe(true)
  })
})

describe('readDeclarationText: files of the first format', () => {
  // The corridor's additions are all optional elements: an older file reads exactly as before.
  it.each(FIRST_FORMAT)('reads %s with no warnings, losslessly', (name) => {
    const original = firstFormatText(name)
    const result = accepted(read(name, original))
    expect(result.warnings).toEqual([])
    expect(canonicalJson(result.declaration, 2)).toBe(canonicalJson(JSON.parse(original), 2))
    expect(DeclarationFileSchema.safeParse(JSON.parse(original)).success).toBe(true)
  })
})

describe('readDeclarationText: unreadable files', () => {
  it('refuses the not-JSON sample with one sentence naming the file', () => {
    const name = 'unreadable-not-json.json'
    expect(expected[name]?.exit).toBe(2)
    const message = refusal(read(name, sampleText(name), sampleBytes(name)))
    expectOneSentenceNaming(message, name)
    expect(message).toMatch(/not valid JSON/)
  })

  it('keeps the JSON error on one line even when the file has line breaks near the fault', () => {
    const message = refusal(read('broken.json', '\n:\r\n'))
    expectOneSentenceNaming(message, 'broken.json')
    expect(message).toMatch(/not valid JSON \(.+\)\.$/)
  })

  it('refuses a different format, quoting it', () => {
    const doc = { ...tirSample(), format: 'transitdesk.declaration/2' }
    const message = refusal(read('v2.json', JSON.stringify(doc)))
    expectOneSentenceNaming(message, 'v2.json')
    expect(message).toContain('"transitdesk.declaration/2"')
    expect(message).toContain(DECLARATION_FORMAT)
  })

  it('refuses a format that is not a string', () => {
    const doc = { ...tirSample(), format: 1 }
    const message = refusal(read('n.json', JSON.stringify(doc)))
    expectOneSentenceNaming(message, 'n.json')
    expect(message).toMatch(/format is 1,/)
  })

  it('keeps the quoted wrong format short', () => {
    const doc = { format: 'x'.repeat(5000) }
    const message = refusal(read('long.json', JSON.stringify(doc)))
    expect(message.length).toBeLessThan(200)
  })

  it('refuses a missing format', () => {
    const doc: Record<string, unknown> = tirSample()
    delete doc.format
    const message = refusal(read('noformat.json', JSON.stringify(doc)))
    expectOneSentenceNaming(message, 'noformat.json')
    expect(message).toMatch(/no "format" element/)
  })

  it.each([
    ['an array', '[{"format":"transitdesk.declaration/1"}]'],
    ['a number', '42'],
    ['a string', '"transitdesk.declaration/1"'],
    ['null', 'null'],
    ['a boolean', 'true'],
  ])('refuses JSON that is %s, not an object', (_kind, text) => {
    const message = refusal(read('odd.json', text))
    expectOneSentenceNaming(message, 'odd.json')
    expect(message).toMatch(/not a declaration object/)
  })

  it.each([
    ['no bytes', '', 0],
    ['only white space', ' \n\t\r\n ', 6],
  ])('refuses an empty file (%s)', (_kind, text, byteLength) => {
    const message = refusal(read('empty.json', text, byteLength))
    expectOneSentenceNaming(message, 'empty.json')
    expect(message).toMatch(/empty/)
  })

  it.each([
    ['NUL bytes', '{"format":"transitdesk.declaration/1",\u0000"lrn":"X"}'],
    ['replacement characters from invalid UTF-8', '\uFFFD\uFFFDPK\u0003\u0004'],
    ['a UTF-16 file decoded as UTF-8', '\uFFFD\uFFFD{\u0000"\u0000f\u0000'],
  ])('refuses binary junk (%s)', (_kind, text) => {
    const message = refusal(read('junk.json', text))
    expectOneSentenceNaming(message, 'junk.json')
    expect(message).toMatch(/not UTF-8 text/)
  })

  it('refuses bytes that are not UTF-8 once decoded the way the app decodes them', () => {
    const bytes = new Uint8Array([0x7b, 0xff, 0xfe, 0x00, 0x7d])
    const text = new TextDecoder('utf-8').decode(bytes)
    const message = refusal(read('bytes.json', text, bytes.byteLength))
    expect(message).toMatch(/not UTF-8 text/)
  })

  it('refuses a file larger than 16 MiB before looking at its text, giving its size', () => {
    const byteLength = MAX_DECLARATION_FILE_BYTES + 1
    // The text is a perfectly good declaration: the size alone decides.
    const message = refusal(read('huge.json', sampleText('tir-almaty-karachi.json'), byteLength))
    expectOneSentenceNaming(message, 'huge.json')
    expect(message).toMatch(/16\.0 MiB, larger than the 16 MiB/)
    const bigger = refusal(read('huge.json', '', 40 * 1024 * 1024))
    expect(bigger).toMatch(/40\.0 MiB/)
  })

  it('names the file even when its name has spaces and non-Latin letters', () => {
    const name = 'Декларация 7 (копия).json'
    expectOneSentenceNaming(refusal(read(name, 'nope')), name)
  })
})

describe('readDeclarationText: unknown elements', () => {
  it('warns about an unknown top-level element with its JSON Pointer, and keeps it', () => {
    const doc = { ...tirSample(), customsBrokerNote: { text: 'call before arrival' } }
    const result = accepted(read('extra.json', JSON.stringify(doc)))
    expect(result.warnings).toHaveLength(1)
    expect(result.warnings[0]).toContain('/customsBrokerNote')
    expect(result.declaration.customsBrokerNote).toEqual({ text: 'call before arrival' })
  })

  it('warns about unknown elements nested in items, parties and arrays, keeping each', () => {
    const doc = tirSample() as {
      consignments: { items: Record<string, unknown>[]; consignee: Record<string, unknown> }[]
      holder: { address: Record<string, unknown> }
      documents: Record<string, unknown>[]
    }
    doc.consignments[0]!.items[2]!.colour = 'white'
    doc.consignments[0]!.items[0]!.packages = [
      { kind: 'BG', count: 480, marks: 'M', weightEach: 25 },
    ]
    doc.consignments[0]!.consignee['x/y~z'] = 1
    doc.holder.address.district = 'Бостандыкский'
    doc.documents[1]!.issuer = 'Carrier'
    const result = accepted(read('nested.json', JSON.stringify(doc)))
    const pointers = result.warnings.map((w) => /(\/\S*)/.exec(w)?.[1])
    expect(pointers.sort()).toEqual(
      [
        '/consignments/0/items/2/colour',
        '/consignments/0/items/0/packages/0/weightEach',
        '/consignments/0/consignee/x~1y~0z',
        '/holder/address/district',
        '/documents/1/issuer',
      ].sort(),
    )
    const kept = result.declaration as unknown as typeof doc
    expect(kept.consignments[0]!.items[2]!.colour).toBe('white')
    expect(kept.consignments[0]!.consignee['x/y~z']).toBe(1)
    expect(kept.holder.address.district).toBe('Бостандыкский')
    expect(canonicalJson(result.declaration)).toBe(canonicalJson(doc))
  })

  it('does not report known optional elements that are null', () => {
    const doc = { ...tirSample(), mrn: null, representative: null }
    expect(accepted(read('nulls.json', JSON.stringify(doc))).warnings).toEqual([])
  })

  it('still reads a readable file whose known elements have the wrong type', () => {
    // The validator reports faults; the reader only decides readability.
    const doc = { format: DECLARATION_FORMAT, lrn: 7, consignments: 'none', holder: [] }
    const result = accepted(read('draft.json', JSON.stringify(doc)))
    expect(result.declaration).toEqual(doc)
    expect(result.warnings).toEqual([])
  })
})

describe('readDeclarationText: properties', () => {
  it('never throws on any text, and answers either a declaration or a message', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc
            .dictionary(fc.string(), fc.jsonValue())
            .map((o) => JSON.stringify({ ...o, format: DECLARATION_FORMAT })),
        ),
        fc.nat({ max: 2 * MAX_DECLARATION_FILE_BYTES }),
        (text, byteLength) => {
          const result = readDeclarationText('any.json', text, byteLength)
          if (result.ok) {
            expect(result.declaration.format).toBe(DECLARATION_FORMAT)
            expect(Array.isArray(result.warnings)).toBe(true)
          } else {
            // The JSON parser's detail may quote the text, so only "one line" is checked here.
            expectOneLineNaming(result.message, 'any.json')
          }
        },
      ),
    )
  })

  it('reads any object with the right format and keeps all of it', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (extra) => {
        const doc = { ...extra, format: DECLARATION_FORMAT }
        const text = JSON.stringify(doc)
        const result = accepted(read('any.json', text))
        expect(canonicalJson(result.declaration)).toBe(canonicalJson(JSON.parse(text)))
      }),
    )
  })
})

describe('DeclarationFileSchema on the samples', () => {
  it.each(validSamples)('parses the valid sample %s', (name) => {
    const parsed = DeclarationFileSchema.safeParse(JSON.parse(sampleText(name)))
    expect(parsed.error?.issues).toBeUndefined()
    expect(parsed.success).toBe(true)
  })

  it('keeps unknown elements when parsing (loose objects)', () => {
    const doc = tirSample() as { holder: Record<string, unknown> } & Record<string, unknown>
    doc.extra = 1
    doc.holder.nickname = 'ZTE'
    const parsed = DeclarationFileSchema.parse(doc) as Record<string, unknown>
    expect(parsed.extra).toBe(1)
    expect((parsed.holder as Record<string, unknown>).nickname).toBe('ZTE')
  })

  it('checks types and shapes only: the bad-* samples’ faults are rules, so they parse', () => {
    // Each bad sample breaks a cross-field or checksum rule (container check digit, BIN
    // checksum, HS subheading, net ≤ gross, routing end), which is the validator's job.
    const bad = readableSamples.filter((name) => name.startsWith('bad-'))
    expect(bad.length).toBe(5)
    for (const name of bad) {
      expect(DeclarationFileSchema.safeParse(JSON.parse(sampleText(name))).success).toBe(true)
    }
  })

  it('refuses shapes that are wrong', () => {
    const doc = tirSample()
    expect(DeclarationFileSchema.safeParse({ ...doc, format: 'other' }).success).toBe(false)
    expect(DeclarationFileSchema.safeParse({ ...doc, procedure: 'T3' }).success).toBe(false)
    expect(DeclarationFileSchema.safeParse({ ...doc, lrn: 'a'.repeat(23) }).success).toBe(false)
    expect(DeclarationFileSchema.safeParse({ ...doc, lrn: 'has space' }).success).toBe(false)
    expect(DeclarationFileSchema.safeParse({ ...doc, consignments: [] }).success).toBe(false)
    expect(DeclarationFileSchema.safeParse({ ...doc, countriesOfRouting: [] }).success).toBe(false)
    // One country of routing is a movement within one country (corrected format).
    expect(DeclarationFileSchema.safeParse({ ...doc, countriesOfRouting: ['KZ'] }).success).toBe(
      true,
    )
    expect(DeclarationFileSchema.safeParse({ ...doc, declarationDate: '04.02.2026' }).success).toBe(
      false,
    )
  })
})
