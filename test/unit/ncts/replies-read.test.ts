/**
 * Reading customs replies (src/shared/ncts/read-reply.ts): each reply gives back the facts it
 * was made with, and every file that is not a valid reply is refused with its reason, in order
 * (not XML, not NCTS, not a reply, invalid) — never with another error.
 */
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { eventOfReply } from '../../../src/shared/movement/apply-reply'
import {
  MAX_REPLY_BYTES,
  readReply,
  ReplyRefusal,
  type ReplyRefusalReason,
} from '../../../src/shared/ncts/read-reply'
import {
  REPLY_MESSAGES,
  type CustomsReply,
  type ReplyMessage,
} from '../../../src/shared/ncts/reply'
import {
  DEFAULT_FACTS,
  makeReply,
  nodeSchemaFiles,
  PREPARED_AT,
  TYPICAL_FACTS,
  XSD_FOLDER,
  type ReplyFacts,
} from '../../fixtures/ncts-replies'

const encoder = new TextEncoder()

/** What readReply should say of a reply made from `facts`: the facts the message has room for. */
function expectedOf(message: ReplyMessage, facts: ReplyFacts): Partial<CustomsReply> {
  const expected: Partial<CustomsReply> = { message, preparedAt: PREPARED_AT }
  if (facts.lrn !== undefined) expected.lrn = facts.lrn
  if (facts.mrn !== undefined) expected.mrn = facts.mrn
  if (facts.office !== undefined) expected.office = facts.office
  if (facts.at !== undefined && message !== 'CC928C') expected.date = facts.at
  if (facts.seals !== undefined) expected.seals = facts.seals
  if (facts.limitDate !== undefined) expected.limitDate = facts.limitDate
  if (facts.cancelled !== undefined) expected.cancelled = facts.cancelled
  if (facts.rejects !== undefined) expected.rejects = REJECTS[facts.rejects]
  if (facts.errors !== undefined) {
    expected.notes = expect.arrayContaining(
      facts.errors.map((error) => `${error.code} ${error.pointer} ${error.reason}`),
    )
  }
  return expected
}

const REJECTS = { '015': 'declaration', '013': 'amendment', '014': 'cancellation' } as const

/** The refusal readReply gives `input`, or a failure when it reads it or throws anything else. */
async function refusalOf(input: string | Uint8Array): Promise<ReplyRefusal> {
  try {
    const reply = await readReply(input, nodeSchemaFiles)
    throw new Error(`read as a reply: ${JSON.stringify(reply)}`)
  } catch (error) {
    if (error instanceof ReplyRefusal) return error
    throw error
  }
}

async function expectRefusal(
  input: string | Uint8Array,
  reason: ReplyRefusalReason,
  detail: RegExp | string,
) {
  const refusal = await refusalOf(input)
  expect({ reason: refusal.reason, detail: refusal.detail }).toEqual({
    reason,
    detail: typeof detail === 'string' ? detail : expect.stringMatching(detail),
  })
}

function lineOf(xml: string, text: string): number {
  return xml.split('\n').findIndex((line) => line.includes(text)) + 1
}

describe('each reply', () => {
  it.each(REPLY_MESSAGES)('%s gives back the facts it was made with', async (message) => {
    const facts = TYPICAL_FACTS[message]
    const reply = await readReply(makeReply(message, facts), nodeSchemaFiles)
    expect(reply).toMatchObject(expectedOf(message, facts))
    expect(reply.id).toBe(`${message}-20250314-0001`)
  })

  it.each(REPLY_MESSAGES)('%s is read from its bytes as from its text', async (message) => {
    const xml = makeReply(message, TYPICAL_FACTS[message])
    expect(await readReply(encoder.encode(xml), nodeSchemaFiles)).toEqual(
      await readReply(xml, nodeSchemaFiles),
    )
  })

  it('CC029C: everything it says, seals in the message’s order', async () => {
    const reply = await readReply(makeReply('CC029C', TYPICAL_FACTS.CC029C), nodeSchemaFiles)
    expect(reply).toEqual({
      message: 'CC029C',
      id: 'CC029C-20250314-0001',
      preparedAt: PREPARED_AT,
      lrn: 'TD-2025-000123',
      mrn: '25KZ0000000000A1J5',
      office: 'KZ000100',
      date: '2025-03-14',
      limitDate: '2025-03-22',
      seals: ['KZ 0457811', 'KZ 0457812', 'KZ 0457813'],
      notes: [],
    })
  })

  it('CC029C without seals or control result: no seals, no limit date', async () => {
    const reply = await readReply(makeReply('CC029C', {}), nodeSchemaFiles)
    expect(reply.seals).toEqual([])
    expect(reply).not.toHaveProperty('limitDate')
  })

  it('CC028C: the defaults of the fixture, and nothing the message does not carry', async () => {
    const reply = await readReply(makeReply('CC028C', {}), nodeSchemaFiles)
    expect(reply).toEqual({
      message: 'CC028C',
      id: 'CC028C-20250314-0001',
      preparedAt: PREPARED_AT,
      lrn: DEFAULT_FACTS.lrn,
      mrn: DEFAULT_FACTS.mrn,
      office: DEFAULT_FACTS.office,
      date: DEFAULT_FACTS.date,
      notes: [],
    })
  })

  it.each([
    ['015', 'declaration'],
    ['013', 'amendment'],
    ['014', 'cancellation'],
  ] as const)('CC056C rejecting %s rejects the %s', async (rejects, rejected) => {
    const reply = await readReply(makeReply('CC056C', { rejects }), nodeSchemaFiles)
    expect(reply.rejects).toBe(rejected)
  })

  // 170: a rejected presentation notification (CC170C) leaves a pre-lodged declaration
  // pre-lodged; TransitDesk sends no CC170C, so it rejects nothing of ours and records nothing.
  it.each(['170', '004'])(
    'CC056C with businessRejectionType %s rejects an other message, and is not applied',
    async (type) => {
      const xml = makeReply('CC056C', {}).replace(/(<businessRejectionType>)015/, `$1${type}`)
      const reply = await readReply(xml, nodeSchemaFiles)
      expect(reply.rejects).toBe('other')
      expect(() => eventOfReply(reply)).toThrow(
        expect.objectContaining({ key: 'movement.reply.rejectsOther' }),
      )
    },
  )

  it('CC056C: its rejection code, then a note per functional error, codes first', async () => {
    const reply = await readReply(makeReply('CC056C', TYPICAL_FACTS.CC056C), nodeSchemaFiles)
    expect(reply.notes).toEqual([
      'rejectionCode 12 Message with functional errors',
      '12 /CC015C/TransitOperation/LRN R0410',
      '14 /CC015C/Consignment/HouseConsignment[1]/grossMass C0123',
    ])
    expect(reply.lrn).toBe('TD-2025-000123')
    expect(reply).not.toHaveProperty('mrn')
  })

  it('CC056C: the original value of an attribute, quoted', async () => {
    const xml = makeReply('CC056C', {
      errors: [{ pointer: '/CC015C/TransitOperation/LRN', code: '12', reason: 'R0410' }],
    }).replace(
      '</errorReason>',
      '</errorReason><originalAttributeValue>AB 12</originalAttributeValue>',
    )
    const reply = await readReply(xml, nodeSchemaFiles)
    expect(reply.notes[1]).toBe('12 /CC015C/TransitOperation/LRN R0410 "AB 12"')
  })

  it.each([true, false])('CC009C: cancelled %s', async (cancelled) => {
    const reply = await readReply(makeReply('CC009C', { cancelled }), nodeSchemaFiles)
    expect(reply.cancelled).toBe(cancelled)
    expect(reply.notes).toEqual(['Cancellation requested by the holder'])
  })

  it('CC051C, CC055C, CC060C: what customs said, as notes', async () => {
    const read = async (message: ReplyMessage) =>
      (await readReply(makeReply(message, {}), nodeSchemaFiles)).notes
    expect(await read('CC051C')).toEqual(['03 Goods not presented'])
    expect(await read('CC055C')).toEqual(['24KZ00000000000A1 G02 Guarantee reference not valid'])
    expect(await read('CC060C')).toEqual(['notificationType 1', '10 Seals', 'N740'])
  })

  it('codes are read with their white space collapsed, as the schema compares them', async () => {
    const xml = makeReply('CC056C', {}).replace(
      '<businessRejectionType>015</businessRejectionType>',
      '<businessRejectionType>\n      013\n    </businessRejectionType>',
    )
    expect((await readReply(xml, nodeSchemaFiles)).rejects).toBe('amendment')
  })

  it('escaped characters are read as characters', async () => {
    const reply = await readReply(makeReply('CC028C', { lrn: 'A&B<C>' }), nodeSchemaFiles)
    expect(reply.lrn).toBe('A&B<C>')
  })
})

describe('refusals', () => {
  it('not XML: text, truncated XML, empty, binary bytes, bytes not UTF-8', async () => {
    await expectRefusal('hello', 'notXml', /^line 1: Start tag expected/)
    const xml = makeReply('CC029C', TYPICAL_FACTS.CC029C)
    const truncated = xml.slice(0, xml.indexOf('<Consignment>') + 20)
    await expectRefusal(truncated, 'notXml', /^line \d+: /)
    await expectRefusal('', 'notXml', 'empty')
    await expectRefusal(new Uint8Array(0), 'notXml', 'empty')
    await expectRefusal('   \n', 'notXml', /^line \d+: /)
    await expectRefusal(Uint8Array.from([0, 159, 146, 150, 255, 1, 2]), 'notXml', /^line 1: /)
    await expectRefusal(
      Uint8Array.from([0xff, 0xfe, 0x3c, 0, 0x61, 0, 0x2f, 0, 0x3e, 0]),
      'notXml',
      /^line 1: /,
    )
    const bytes = encoder.encode(xml)
    bytes[xml.indexOf('Zhetysu')] = 0xff
    await expectRefusal(
      bytes,
      'notXml',
      `line ${lineOf(xml, 'Zhetysu')}: Invalid bytes in character encoding`,
    )
  })

  it('not XML: larger than MAX_REPLY_BYTES, as bytes or as text', async () => {
    await expectRefusal(new Uint8Array(MAX_REPLY_BYTES + 1), 'notXml', 'larger than 16 MiB')
    const text = `<a>${'é'.repeat(MAX_REPLY_BYTES / 2)}</a>` // 2 bytes a character in UTF-8
    await expectRefusal(text, 'notXml', 'larger than 16 MiB')
    const emoji = `<a>${'\u{1F69A}'.repeat(MAX_REPLY_BYTES / 4)}</a>` // 4 bytes a character
    await expectRefusal(emoji, 'notXml', 'larger than 16 MiB')
    // 7 bytes of tags: within the size, then too long a text for libxml2 (10 MB at most)
    const justUnder = `<a>${'\u{1F69A}'.repeat(MAX_REPLY_BYTES / 4 - 2)}</a>`
    expect((await refusalOf(justUnder)).detail).toMatch(/^line 1: .*Text node too long/)
  })

  it('not NCTS: another namespace, no namespace, not a CCxxxC message', async () => {
    await expectRefusal('<CC029C xmlns="urn:other"/>', 'notNcts', '{urn:other}CC029C')
    await expectRefusal('<invoice/>', 'notNcts', 'invoice')
    await expectRefusal('<CC029C/>', 'notNcts', 'CC029C')
    await expectRefusal(
      '<ncts:CD001C xmlns:ncts="http://ncts.dgtaxud.ec"/>',
      'notNcts',
      '{http://ncts.dgtaxud.ec}CD001C',
    )
  })

  it("not a reply: the trader's own declaration (HMRC's cc015c-valid.xml)", async () => {
    const declaration = readFileSync(new URL('examples/cc015c-valid.xml', XSD_FOLDER))
    await expectRefusal(declaration, 'notReply', 'CC015C')
    await expectRefusal('<ncts:CC044C xmlns:ncts="http://ncts.dgtaxud.ec"/>', 'notReply', 'CC044C')
  })

  it('invalid: a required element removed, with the line where it was expected', async () => {
    const xml = makeReply('CC028C', TYPICAL_FACTS.CC028C).replace(/ *<MRN>.*<\/MRN>\n/, '')
    await expectRefusal(
      xml,
      'invalid',
      new RegExp(
        `^line ${lineOf(xml, '<declarationAcceptanceDate>')}: .*declarationAcceptanceDate.*not expected`,
      ),
    )
  })

  it('invalid: a value too long, with its line', async () => {
    const xml = makeReply('CC029C', { ...TYPICAL_FACTS.CC029C, seals: ['S1', 'X'.repeat(21)] })
    await expectRefusal(
      xml,
      'invalid',
      new RegExp(`^line ${lineOf(xml, 'XXXXX')}: Element 'identifier'`),
    )
  })

  it('invalid: the elements inside qualified with the namespace', async () => {
    const xml = makeReply('CC928C', {}).replace(
      'xmlns:ncts="http://ncts.dgtaxud.ec"',
      'xmlns:ncts="http://ncts.dgtaxud.ec" xmlns="http://ncts.dgtaxud.ec"',
    )
    await expectRefusal(xml, 'invalid', /^line 3: /)
  })

  it('internal entities are read as their text; external ones are never loaded', async () => {
    const withEntity = (entity: string) =>
      makeReply('CC028C', TYPICAL_FACTS.CC028C)
        .replace('<?xml version="1.0" encoding="UTF-8"?>', `<!DOCTYPE x [<!ENTITY e ${entity}>]>`)
        .replace('TD-2025-000123', '&e;')
    expect((await readReply(withEntity('"TD-7"'), nodeSchemaFiles)).lrn).toBe('TD-7')
    // not loaded, the LRN is empty: against its pattern .{1,22}
    await expectRefusal(withEntity('SYSTEM "file:///etc/hostname"'), 'invalid', /^line 9: .*LRN/)
  })

  it('entities that blow up are not XML (libxml2 limits their amplification)', async () => {
    let entities = '<!ENTITY a0 "aaaaaaaaaa">'
    for (let i = 1; i < 10; i++) entities += `<!ENTITY a${i} "${`&a${i - 1};`.repeat(10)}">`
    const xml = makeReply('CC028C', TYPICAL_FACTS.CC028C)
      .replace('<?xml version="1.0" encoding="UTF-8"?>', `<!DOCTYPE x [${entities}]>`)
      .replace('TD-2025-000123', '&a9;')
    await expectRefusal(xml, 'notXml', /amplification/)
  })

  it('random text and bytes are refused, never thrown at with anything else', async () => {
    const fixture = makeReply('CC056C', TYPICAL_FACTS.CC056C)
    const input = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.uint8Array({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      // a reply damaged: a slice cut out of it, something put in its place
      fc
        .tuple(fc.nat(fixture.length), fc.nat(40), fc.string({ maxLength: 20 }))
        .map(([at, cut, put]) => fixture.slice(0, at) + put + fixture.slice(at + cut)),
    )
    await fc.assert(
      fc.asyncProperty(input, async (bytes) => {
        try {
          await readReply(bytes, nodeSchemaFiles)
        } catch (error) {
          expect(error).toBeInstanceOf(ReplyRefusal)
        }
      }),
      { numRuns: 50 },
    )
  })
})

describe('compiled schemas reused', () => {
  it('two messages in turn, then the first again, read the same', async () => {
    const release = makeReply('CC029C', TYPICAL_FACTS.CC029C)
    const rejection = makeReply('CC056C', TYPICAL_FACTS.CC056C)
    const first = await readReply(release, nodeSchemaFiles)
    const second = await readReply(rejection, nodeSchemaFiles)
    await expect(
      readReply(release.replace('<LRN>', '<LRN>XXXXXXXXXXXXXXXXXXXXXXXXXXX'), nodeSchemaFiles),
    ).rejects.toThrow(ReplyRefusal)
    expect(await readReply(release, nodeSchemaFiles)).toEqual(first)
    expect(await readReply(rejection, nodeSchemaFiles)).toEqual(second)
    expect(first.message).toBe('CC029C')
    expect(second.message).toBe('CC056C')
  })
})
