/**
 * Reading a case file (case-format.md): the fixture is read whole; a file that is not a case,
 * or a case with any element wrong, is refused with one sentence naming the file and the
 * element; a case whose answer is not a valid declaration is refused with the validator's
 * first error.
 */
import { describe, expect, it } from 'vitest'
import { translator } from '../../../src/main/core/translator'
import { englishText } from '../../../src/shared/i18n/en/english-text'
import type { JsonObject } from '../../../src/shared/json'
import { CASE_FORMAT, MAX_CASE_FILE_BYTES } from '../../../src/shared/training/case'
import { readCase, readCaseText } from '../../../src/shared/training/read-case'
import { findingText } from '../../../src/shared/validation/finding-text'
import { validateDeclaration } from '../../../src/shared/validation/validate'
import { accepted, fixtureJson, fixtureText, refusal, type Editable } from './builders'

const FILE = 'my.tdcase.json'
const bytes = (text: string) => Buffer.byteLength(text)

/** The refusal of the fixture with `change` made to it. */
function refusedWith(change: (json: Editable) => void): string {
  const json = fixtureJson()
  change(json)
  const message = refusal(readCase(json, FILE))
  expect(message).toMatch(/^“my\.tdcase\.json” cannot be read: .+\.$/)
  return message
}

describe('a case file that is read', () => {
  it('gives every element as the file has it', () => {
    const text = fixtureText()
    const kase = accepted(readCaseText(FILE, text, bytes(text)))
    const json = JSON.parse(text) as JsonObject
    expect(kase).toEqual(json)
    expect(kase.sources.map((s) => s.kind)).toEqual(['invoice', 'carnet', 'cmr'])
    expect(kase.customs?.[1]).toEqual({
      after: 'lodged',
      event: 'tirStarted',
      message: 'TIR',
      detail: { en: 'Voucher No. 1 detached.', ru: 'Лист № 1 отделён.' },
    })
  })

  it('leaves out what the file leaves out', () => {
    const json = fixtureJson()
    for (const key of ['scoring', 'explanations', 'customs', 'timeLimitMinutes', 'references']) {
      delete json[key]
    }
    json.sources = []
    const kase = accepted(readCase(json, FILE))
    expect(Object.keys(kase).sort()).toEqual(
      ['answer', 'brief', 'format', 'id', 'level', 'procedure', 'sources', 'title'].sort(),
    )
  })

  it('may start from a declaration, complete or not; a byte order mark is skipped', () => {
    const json = fixtureJson()
    json.start = { format: 'transitdesk.declaration/1', procedure: 'TIR' }
    const text = '\ufeff' + JSON.stringify(json)
    expect(accepted(readCaseText(FILE, text, bytes(text))).start).toEqual(json.start)
  })
})

describe('a file that is not a case', () => {
  const refused = (text: string, byteLength = bytes(text)) =>
    refusal(readCaseText(FILE, text, byteLength))

  it('is refused by what it is', () => {
    expect(refused('')).toContain('the file is empty')
    expect(refused('{')).toContain('it is not valid JSON')
    expect(refused('[1]')).toContain('it holds JSON, but not a case object')
    expect(refused('{"id":"x"}')).toContain(`it has no "format" element; expected "${CASE_FORMAT}"`)
    expect(refused(fixtureJsonText({ format: 'transitdesk.case/2' }))).toContain(
      'its format is "transitdesk.case/2"',
    )
    expect(refused(JSON.stringify(fixtureJson().answer))).toContain(
      'its format is "transitdesk.declaration/1", not "transitdesk.case/1"',
    )
  })

  it('is refused from its size alone, beyond 16 MiB', () => {
    expect(refused('{}', MAX_CASE_FILE_BYTES + 1)).toContain(
      'larger than the 16 MiB a case file may be',
    )
  })

  it('is refused when nested deeper than a case is, or holding a number beyond any', () => {
    const deep = `{"format":"${CASE_FORMAT}","answer":${'['.repeat(80)}${']'.repeat(80)}}`
    expect(refused(deep)).toContain('nested more than 65 levels deep')
    const infinite = fixtureJsonText().replace('"total": 61250', '"total": 1e400')
    expect(refused(infinite)).toContain('the number at /answer/invoice/total is too large')
  })
})

function fixtureJsonText(changes: JsonObject = {}): string {
  return JSON.stringify({ ...fixtureJson(), ...changes }, null, 2)
}

describe('a case with an element wrong is refused, naming it', () => {
  it.each([
    ['id missing', (c: Editable) => delete c.id, 'the required element /id is missing'],
    [
      'id',
      (c: Editable) => (c.id = 'Bad_ID'),
      '/id should be 1 to 64 characters of a–z, 0–9 and -',
    ],
    ['id too long', (c: Editable) => (c.id = 'a'.repeat(65)), '/id should be 1 to 64 characters'],
    ['title', (c: Editable) => (c.title = ''), '/title should be a text of 1 to 200 characters'],
    [
      'language',
      (c: Editable) => (c.title = { EN: 'x' }),
      '/title has “EN”, which is not a language code',
    ],
    [
      'text',
      (c: Editable) => (c.brief = { en: 5 }),
      '/brief/en should be a text that is not blank, not the number 5',
    ],
    ['level', (c: Editable) => (c.level = 4), '/level should be one of 1, 2, 3, not the number 4'],
    [
      'procedure',
      (c: Editable) => (c.procedure = 'TIR2'),
      '/procedure should be one of TIR, T1, T2, EAEU, NATIONAL',
    ],
    [
      'procedure of the answer',
      (c: Editable) => (c.procedure = 'T1'),
      'its procedure is T1, but its model answer’s is TIR',
    ],
    [
      'sources',
      (c: Editable) => (c.sources = Array(21).fill(c.sources[0])),
      '/sources should be a list of at most 20 entries, not a list of 21 entries',
    ],
    [
      'source kind',
      (c: Editable) => (c.sources[1].kind = 'memo'),
      '/sources/1/kind should be one of invoice, packing, cmr',
    ],
    [
      'source content',
      (c: Editable) => delete c.sources[2].content,
      'the required element /sources/2/content is missing',
    ],
    ['start', (c: Editable) => (c.start = { lrn: 'X' }), '/start should be a declaration object'],
    ['answer', (c: Editable) => delete c.answer, 'the required element /answer is missing'],
    [
      'unknown element',
      (c: Editable) => (c.explanation = {}),
      '/explanation is not an element of a case file',
    ],
    [
      'scoring element',
      (c: Editable) => (c.scoring.pass = 1),
      '/scoring/pass is not an element of a case file',
    ],
    [
      'pass mark',
      (c: Editable) => (c.scoring.passMark = 101),
      '/scoring/passMark should be a number from 0 to 100, not the number 101',
    ],
    [
      'pointer',
      (c: Editable) => (c.scoring.ignore = ['holder']),
      '/scoring/ignore/0 should be a JSON Pointer',
    ],
    [
      'pointer in the answer',
      (c: Editable) => (c.scoring.critical = ['/holdr']),
      '/scoring/critical/0 names /holdr, which the model answer does not have',
    ],
    [
      'weight',
      (c: Editable) => (c.scoring.weights['/holder'] = 0),
      '/scoring/weights/~1holder should be a number above 0',
    ],
    [
      'weight key',
      (c: Editable) => (c.scoring.weights.holder = 2),
      '/scoring/weights has the key “holder”, which is not a JSON Pointer',
    ],
    [
      'explained element',
      (c: Editable) => (c.explanations['/consignments/0/items/5'] = 'x'),
      '/explanations names /consignments/0/items/5',
    ],
    [
      'explanation',
      (c: Editable) => (c.explanations['/holder'] = ' '),
      '/explanations/~1holder should be a text that is not blank',
    ],
    [
      'step after',
      (c: Editable) => (c.customs[0].after = 'registered'),
      '/customs/0/after should be an act of the holder: lodged, amendmentLodged',
    ],
    [
      'step event',
      (c: Editable) => (c.customs[0].event = 'lodged'),
      '/customs/0/event should be a reply of customs',
    ],
    [
      'step error',
      (c: Editable) => (c.customs[0].errors = [{ path: 'holder' }]),
      '/customs/0/errors/0/path should be a JSON Pointer',
    ],
    [
      'time limit',
      (c: Editable) => (c.timeLimitMinutes = 601),
      '/timeLimitMinutes should be a whole number from 1 to 600',
    ],
    [
      'time limit in minutes',
      (c: Editable) => (c.timeLimitMinutes = 1.5),
      '/timeLimitMinutes should be a whole number',
    ],
    [
      'reference address',
      (c: Editable) => (c.references[0].url = 'ftp://x'),
      '/references/0/url should be an address that starts with https://',
    ],
  ])('%s', (_name, change, words) => {
    expect(refusedWith(change)).toContain(words)
  })

  it('in the reader’s language', () => {
    const json = fixtureJson()
    json.level = 4
    expect(refusal(readCase(json, FILE, translator('ru')))).toBe(
      'Не удаётся прочитать файл «my.tdcase.json»: /level: ожидается одно из значений: 1, 2, 3, а не число 4.',
    )
  })
})

describe('a case whose answer is not a valid declaration', () => {
  it('is refused with the validator’s first error', () => {
    const json = fixtureJson()
    json.answer.consignments[0].items[1].hsCode = '52010'
    json.answer.countryOfDispatch = 'XX'
    const first = validateDeclaration(json.answer, { today: '' }).errors[0]!
    expect(first.path).toBe('/countryOfDispatch')
    const message = refusal(readCase(json, FILE))
    expect(message).toBe(
      `“my.tdcase.json” cannot be read: its model answer is not a valid declaration: ${findingText(first, englishText).replace(/\.$/, '')}.`,
    )
  })

  it('is read whatever today is: the answer’s dates are not compared with it', () => {
    const json = fixtureJson()
    json.answer.declarationDate = '2099-01-01'
    json.answer.limitDate = '2099-01-15'
    json.answer.guarantee.validUntil = '2099-03-01'
    expect(readCase(json, FILE).ok).toBe(true)
  })
})
