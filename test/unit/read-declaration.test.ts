import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../../src/shared/format/canonical-json'
import { english } from '../../src/main/core/translator'
import {
  DECLARATION_FORMAT,
  MAX_DECLARATION_FILE_BYTES,
  MAX_NESTING_DEPTH,
  MAX_UNKNOWN_ELEMENTS,
  UNKNOWN_ELEMENTS_LISTED,
} from '../../src/shared/format/constants'
import {
  decodeDeclarationBytes,
  readDeclarationText,
  type ReadDeclarationResult,
} from '../../src/shared/format/read-declaration'
import { englishText } from '../../src/shared/i18n/en/english-text'
import { cloneJson, fromPointer, isJsonData, setAt } from '../../src/shared/json'
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
    ['a UTF-16 file without byte order mark', '{\u0000"\u0000f\u0000'],
  ])('refuses binary junk (%s)', (_kind, text) => {
    const message = refusal(read('junk.json', text))
    expectOneSentenceNaming(message, 'junk.json')
    expect(message).toMatch(/not UTF-8 text/)
  })

  it('reads replacement characters that are in the text as characters (the JSON decides)', () => {
    const message = refusal(read('junk.json', '\uFFFD\uFFFDPK\u0003\u0004'))
    expect(message).toMatch(/not valid JSON/)
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

describe('decodeDeclarationBytes: strict UTF-8', () => {
  const encode = (text: string) => new TextEncoder().encode(text)

  it.each([
    ['a Latin-1 é', [0x7b, 0xe9, 0x7d]],
    ['a UTF-16 byte order mark', [0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]],
    ['a cut multi-byte character', [0x7b, 0x22, 0xd0, 0x22, 0x7d]],
    ['an encoded surrogate', [0x22, 0xed, 0xa0, 0x80, 0x22]],
  ])('refuses bytes that are not UTF-8 (%s) in one sentence naming the file', (_kind, bytes) => {
    const decoded = decodeDeclarationBytes('latin1.json', Uint8Array.from(bytes))
    expect(decoded).not.toHaveProperty('text')
    const message = (decoded as { message: string }).message
    expectOneSentenceNaming(message, 'latin1.json')
    expect(message).toMatch(/not UTF-8 text/)
  })

  it('accepts a genuine U+FFFD, which then reads like any other character', () => {
    const doc = { ...tirSample(), remarks: 'Marks illegible: \uFFFD\uFFFD' }
    const bytes = encode(JSON.stringify(doc))
    const decoded = decodeDeclarationBytes('fffd.json', bytes)
    if (!('text' in decoded)) throw new Error(decoded.message)
    const result = accepted(read('fffd.json', decoded.text, bytes.byteLength))
    expect(result.declaration.remarks).toBe('Marks illegible: \uFFFD\uFFFD')
  })

  it('drops a UTF-8 byte order mark', () => {
    const decoded = decodeDeclarationBytes(
      'bom.json',
      Uint8Array.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d]),
    )
    expect(decoded).toEqual({ text: '{}' })
  })

  it('says it in the words of the translator it is given', () => {
    const t = (key: string) => `[${key}]`
    expect(decodeDeclarationBytes('x.json', Uint8Array.from([0xff]), t)).toEqual({
      message: '[read.refused]',
    })
  })
})

/** `{"a":{"a":…1…}}` with `depth` objects, `[[…]]` with `depth` arrays. */
const nestedObjects = (depth: number) => '{"a":'.repeat(depth - 1) + '{"a":1' + '}'.repeat(depth)
const nestedArrays = (depth: number) => '['.repeat(depth) + ']'.repeat(depth)
const withUnknown = (value: string) =>
  `{"format":"${DECLARATION_FORMAT}","lrn":"X","extra":${value}}`

describe('readDeclarationText: nesting', () => {
  it(`reads a file nested ${MAX_NESTING_DEPTH} levels deep (the declaration object is level 1)`, () => {
    const result = accepted(read('deep.json', withUnknown(nestedObjects(MAX_NESTING_DEPTH - 1))))
    // Whatever is read can cross IPC and reach a worker: the same limit.
    expect(isJsonData(result.declaration)).toBe(true)
  })

  it.each([
    ['objects', nestedObjects],
    ['arrays', nestedArrays],
  ])('refuses %s nested one level deeper, in one sentence naming the file', (_kind, nest) => {
    const message = refusal(read('deep.json', withUnknown(nest(MAX_NESTING_DEPTH))))
    expectOneSentenceNaming(message, 'deep.json')
    expect(message).toMatch(/nested more than 64 levels deep/)
  })

  it.each([5_000, 100_000, 1_000_000])(
    'refuses %i levels without running out of stack',
    (depth) => {
      for (const text of [nestedArrays(depth), withUnknown(nestedObjects(depth))]) {
        expect(refusal(read('deep.json', text))).toMatch(/nested more than 64 levels/)
      }
    },
  )

  it('does not count brackets inside strings, escaped quotes included', () => {
    const brackets = JSON.stringify('[{'.repeat(200) + '\\"[[[' + '"\\\\')
    const result = accepted(read('brackets.json', withUnknown(brackets)))
    expect(result.declaration.extra).toBe(JSON.parse(brackets))
  })
})

describe('readDeclarationText: numbers that overflow', () => {
  it.each([
    ['-1e309', '/invoice/total'],
    ['1e400', '/consignments/0/items/0/grossMass'],
    ['1E+999', '/extra/1/deep'],
  ])('refuses %s, naming the file and the element', (literal, path) => {
    const doc = setAt(tirSample(), fromPointer(path), '@NUMBER@')
    const text = JSON.stringify(doc).replace('"@NUMBER@"', literal)
    const message = refusal(read('infinite.json', text))
    expectOneSentenceNaming(message, 'infinite.json')
    expect(message).toContain(`number at ${path} is too large`)
  })

  it('reads the largest finite numbers as they are', () => {
    const text = withUnknown('[1.7976931348623157e308, -1e308, 5e-324]')
    expect(accepted(read('big.json', text)).declaration.extra).toEqual([
      Number.MAX_VALUE,
      -1e308,
      5e-324,
    ])
  })

  it('shows an element name on one line, short, and in the order it is written', () => {
    const key = 'a\n\u202Eb' + 'x'.repeat(500)
    const text = `{"format":"${DECLARATION_FORMAT}",${JSON.stringify(key)}:1e999}`
    const message = refusal(read('odd.json', text))
    expectOneSentenceNaming(message, 'odd.json')
    expect(message).toContain('/a\\u000A\\u202Eb')
    expect(message).not.toMatch(/\u202E/)
    expect(message.length).toBeLessThan(300)
  })
})

describe('readDeclarationText: unknown elements by own properties', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])(
    'reports "%s" as unknown, at the top and nested, and keeps it as data',
    (key) => {
      const text = JSON.stringify(tirSample())
        .replace(/^\{/, `{${JSON.stringify(key)}:{"polluted":true},`)
        .replace('"holder":{', `"holder":{${JSON.stringify(key)}:1,`)
      const result = accepted(read('proto.json', text))
      expect(result.warnings).toEqual([
        `Unknown element /${key} was kept as it is.`,
        `Unknown element /holder/${key} was kept as it is.`,
      ])
      // An own property, never the prototype: nothing anywhere is polluted.
      const declaration = result.declaration
      expect(Object.getPrototypeOf(declaration)).toBe(Object.prototype)
      expect(Object.hasOwn(declaration, key)).toBe(true)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      expect(canonicalJson(declaration)).toBe(canonicalJson(JSON.parse(text)))
    },
  )

  it('keeps "__proto__" as data through copies and edits', () => {
    const text = `{"format":"${DECLARATION_FORMAT}","__proto__":{"polluted":true}}`
    const declaration = accepted(read('proto.json', text)).declaration
    for (const copy of [
      cloneJson(declaration),
      setAt(declaration, ['lrn'], 'X'),
      setAt(declaration, ['__proto__', 'polluted'], false),
      { ...declaration },
    ]) {
      expect(Object.getPrototypeOf(copy)).toBe(Object.prototype)
      expect(Object.hasOwn(copy, '__proto__')).toBe(true)
      expect((copy as Record<string, unknown>).polluted).toBeUndefined()
    }
    expect(canonicalJson(setAt(declaration, ['__proto__', 'polluted'], false))).toBe(
      `{"__proto__":{"polluted":false},"format":"${DECLARATION_FORMAT}"}`,
    )
  })
})

describe('readDeclarationText: many unknown elements', () => {
  const withKeys = (count: number) => {
    const doc: Record<string, unknown> = { format: DECLARATION_FORMAT, lrn: 'X' }
    for (let i = 0; i < count; i++) doc[`extra${i}`] = i
    return JSON.stringify(doc)
  }

  it(`lists up to ${UNKNOWN_ELEMENTS_LISTED + 1} one by one`, () => {
    const result = accepted(read('some.json', withKeys(UNKNOWN_ELEMENTS_LISTED + 1)))
    expect(result.warnings).toHaveLength(UNKNOWN_ELEMENTS_LISTED + 1)
    expect(result.warnings.at(-1)).toBe('Unknown element /extra20 was kept as it is.')
  })

  it(`lists the first ${UNKNOWN_ELEMENTS_LISTED} and counts the rest in one line`, () => {
    const result = accepted(read('many.json', withKeys(MAX_UNKNOWN_ELEMENTS)))
    expect(result.warnings).toHaveLength(UNKNOWN_ELEMENTS_LISTED + 1)
    expect(result.warnings[0]).toBe('Unknown element /extra0 was kept as it is.')
    expect(result.warnings.at(-1)).toBe('…and 9980 more unknown elements were kept as they are.')
    expect(Object.keys(result.declaration)).toHaveLength(MAX_UNKNOWN_ELEMENTS + 2)
  })

  it('says "1 more" in the singular', () => {
    const warnings = accepted(read('few.json', withKeys(UNKNOWN_ELEMENTS_LISTED + 2))).warnings
    expect(warnings.at(-1)).toBe('…and 2 more unknown elements were kept as they are.')
    expect(englishText('read.moreUnknown', { count: 1 })).toBe(
      '…and 1 more unknown element was kept as it is.',
    )
  })

  it(`refuses more than ${MAX_UNKNOWN_ELEMENTS}, in one sentence naming the file`, () => {
    const message = refusal(read('too-many.json', withKeys(MAX_UNKNOWN_ELEMENTS + 1)))
    expectOneSentenceNaming(message, 'too-many.json')
    expect(message).toMatch(/more than 10,000 elements the format does not define/)
  })

  // How fast: bench/validate.ts.
  it('refuses 200,000 unknown elements', () => {
    expect(refusal(read('huge-keys.json', withKeys(200_000)))).toMatch(/more than 10,000/)
  })

  it('counts unknown elements across the file, nested ones too', () => {
    const doc = tirSample() as { consignments: { items: Record<string, unknown>[] }[] }
    const items = doc.consignments[0]!.items
    for (let i = 0; i <= MAX_UNKNOWN_ELEMENTS; i++) items[i % items.length]![`note${i}`] = i
    expect(refusal(read('nested.json', JSON.stringify(doc)))).toMatch(/more than 10,000/)
  })
})

describe('the reader’s words', () => {
  it('are the catalogue’s, the same through i18next and without it', () => {
    const values = { file: 'f.json', reason: 'r', size: '1 MiB', limit: '16 MiB', detail: 'd' }
    const keys = [
      'read.refused',
      'read.tooLarge',
      'read.notUtf8',
      'read.notJson',
      'read.tooDeep',
      'read.notFinite',
      'read.tooManyUnknown',
      'read.unknownElement',
      'read.exportTooLarge',
    ]
    for (const key of keys) expect(englishText(key, values)).toBe(english(key, values))
    for (const count of [1, 2, 9980]) {
      expect(englishText('read.moreUnknown', { count })).toBe(
        english('read.moreUnknown', { count }),
      )
    }
    // …and for the validator's sentences, with their contexts and plurals.
    const finding = { context: 'direction', count: 2, What: 'The name', characters: 'U+202E' }
    expect(englishText('validation.rule.text.control-character', finding)).toBe(
      english('validation.rule.text.control-character', finding),
    )
  })

  it('follow the translator the caller hands in', () => {
    const t = (key: string, options?: Record<string, unknown>) =>
      key === 'read.refused' ? `«${String(options?.file)}»: ${String(options?.reason)}` : key
    expect(readDeclarationText('x.json', '', 0, t)).toEqual({
      ok: false,
      message: '«x.json»: read.empty',
    })
  })
})

describe('readDeclarationText: any depth, any number of keys', () => {
  it('gives a declaration or a refusal, never an exception', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3_000 }),
        fc.constantFrom('[', '{"k":'),
        fc.integer({ min: 0, max: 12_000 }),
        fc.boolean(),
        (depth, open, keys, balanced) => {
          const close = open === '[' ? ']' : '}'
          // Unbalanced, it is not JSON: refused either way, never thrown.
          const nested = open.repeat(depth) + '0' + close.repeat(balanced ? depth : depth - 1)
          const extra: string[] = []
          for (let i = 0; i < keys; i++) extra.push(`"k${i}":${i}`)
          const text = `{"format":"${DECLARATION_FORMAT}",${extra.join(',')}${keys ? ',' : ''}"deep":${nested}}`
          const result = readDeclarationText('any.json', text, bytesOf(text))
          if (result.ok) {
            expect(depth).toBeLessThan(MAX_NESTING_DEPTH)
            expect(keys).toBeLessThanOrEqual(MAX_UNKNOWN_ELEMENTS - 1)
            expect(result.warnings.length).toBeLessThanOrEqual(UNKNOWN_ELEMENTS_LISTED + 1)
          } else {
            expectOneSentenceNaming(result.message, 'any.json')
          }
        },
      ),
      { numRuns: 60 },
    )
  })

  it('never throws on arbitrary nesting of arrays and objects', () => {
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.jsonValue({ maxDepth: 1 }),
        fc.array(tie('tree'), { maxLength: 3 }),
        fc.dictionary(fc.string(), tie('tree'), { maxKeys: 3 }),
      ),
    }))
    fc.assert(
      fc.property(tree, fc.integer({ min: 0, max: 200 }), (value, wrap) => {
        const text = `{"format":"${DECLARATION_FORMAT}","x":${'['.repeat(wrap)}${JSON.stringify(value)}${']'.repeat(wrap)}}`
        const result = readDeclarationText('any.json', text, bytesOf(text))
        if (!result.ok) expectOneSentenceNaming(result.message, 'any.json')
      }),
    )
  })
})
