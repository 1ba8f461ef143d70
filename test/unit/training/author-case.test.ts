/**
 * "Make a case from this declaration": the form and a declaration become a case file that the
 * app's own reader opens again, with the declaration as its model answer (movement record and
 * MRN left out); a declaration with errors is refused with the validator's first error, a bad
 * field with the reader's words; and no form input, however odd, makes the builder throw.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { englishText } from '../../../src/shared/i18n/en/english-text'
import type { JsonObject } from '../../../src/shared/json'
import {
  answerProblem,
  blankCaseForm,
  buildCase,
  criticalChoices,
  type CaseForm,
} from '../../../src/shared/training/author-case'
import { readCaseText } from '../../../src/shared/training/read-case'
import { scoreAnswer } from '../../../src/shared/training/score'
import { findingText } from '../../../src/shared/validation/finding-text'
import { validateDeclaration } from '../../../src/shared/validation/validate'
import { sampleText } from '../samples'

const tir = (): JsonObject => JSON.parse(sampleText('tir-almaty-karachi.json')) as JsonObject

function form(more: Partial<CaseForm> = {}): CaseForm {
  return {
    ...blankCaseForm(tir()),
    id: 'tir-almaty-karachi-cotton',
    title: { en: 'TIR: cotton to Karachi', ru: 'МДП: хлопок в Карачи' },
    level: '2',
    brief: { en: 'Declare the cotton under the TIR Carnet.', ru: 'Оформите хлопок по книжке МДП.' },
    sources: [
      {
        kind: 'invoice',
        title: 'Invoice ZTE-2026/017',
        content: '| Line | HS |\n|---|---|\n| 1 | 5205 12 |\n',
      },
      { kind: 'note', title: '  ', content: '' },
    ],
    critical: ['/guarantee/reference', '/countriesOfRouting/1'],
    passMark: ' 75 ',
    timeLimitMinutes: '30',
    references: [
      { title: 'TIR Handbook', url: 'https://unece.org/tir-handbook' },
      { title: 'HS 2022', url: '' },
      { title: '', url: ' ' },
    ],
    ...more,
  }
}

function built(result: ReturnType<typeof buildCase>) {
  if (!result.ok) throw new Error(`expected a case, but: ${result.message}`)
  return result
}

describe('a case made from a valid declaration', () => {
  it('is a transitdesk.case/1 file the case reader opens, named <id>.tdcase.json', () => {
    const { text, fileName, case: kase } = built(buildCase(form(), tir()))
    expect(fileName).toBe('tir-almaty-karachi-cotton.tdcase.json')
    const read = readCaseText(fileName, text, Buffer.byteLength(text))
    expect(read).toEqual({ ok: true, case: kase })
    expect(JSON.parse(text)).toMatchObject({
      format: 'transitdesk.case/1',
      id: 'tir-almaty-karachi-cotton',
      title: { en: 'TIR: cotton to Karachi', ru: 'МДП: хлопок в Карачи' },
      level: 2,
      procedure: 'TIR',
      scoring: { passMark: 75, critical: ['/guarantee/reference', '/countriesOfRouting/1'] },
      timeLimitMinutes: 30,
      references: [
        { title: 'TIR Handbook', url: 'https://unece.org/tir-handbook' },
        { title: 'HS 2022' },
      ],
    })
  })

  it('keeps the sources written (Markdown as typed) and drops the blank ones', () => {
    const { case: kase } = built(buildCase(form(), tir()))
    expect(kase.sources).toEqual([
      {
        kind: 'invoice',
        title: 'Invoice ZTE-2026/017',
        content: '| Line | HS |\n|---|---|\n| 1 | 5205 12 |',
      },
    ])
  })

  it('has the declaration as its answer, without movement record and MRN, scoring 100 on itself', () => {
    const declaration = {
      ...tir(),
      mrn: '26KZ000000012345J4',
      movement: { status: 'lodged', events: [] },
    }
    const { case: kase } = built(buildCase(form(), declaration))
    const { mrn: _mrn, movement: _movement, ...answer } = declaration
    expect(kase.answer).toEqual(answer)
    const result = scoreAnswer(kase, tir())
    expect(result).toMatchObject({ score: 100, passed: true, findings: [] })
  })

  it('writes a text in one language as a plain text, and leaves out a blank pass mark and time limit', () => {
    const { case: kase, text } = built(
      buildCase(
        form({
          title: { en: '', ru: 'Только по-русски' },
          passMark: '',
          timeLimitMinutes: ' ',
          critical: [],
        }),
        tir(),
      ),
    )
    expect(kase.title).toBe('Только по-русски')
    expect(kase.scoring).toBeUndefined()
    expect(kase.timeLimitMinutes).toBeUndefined()
    expect(text).not.toContain('"scoring"')
  })
})

describe('what cannot become a case', () => {
  it('a declaration with errors: refused with the validator’s first error', () => {
    const declaration = JSON.parse(sampleText('bad-hs-code.json')) as JsonObject
    const first = validateDeclaration(declaration, { today: '' }).errors[0]!
    const result = buildCase(form(), declaration)
    expect(result).toEqual({
      ok: false,
      message: englishText('caseAuthor.declarationInvalid', {
        finding: findingText(first, englishText),
      }),
    })
    expect(answerProblem(declaration)).toBe(result.ok ? '' : result.message)
    expect(answerProblem(tir())).toBeUndefined()
  })

  it('no declaration at all', () => {
    expect(buildCase(form(), null)).toEqual({
      ok: false,
      message: 'The declaration could not be read.',
    })
  })

  it.each([
    ['an id with capitals and spaces', { id: 'TIR case 1' }, '/id'],
    ['a pass mark above 100', { passMark: '120' }, '/scoring/passMark'],
    ['a pass mark that is no number', { passMark: 'eighty' }, '/scoring/passMark'],
    ['a time limit of 0 minutes', { timeLimitMinutes: 0 }, '/timeLimitMinutes'],
    ['a level of 4', { level: 4 }, '/level'],
    ['no title', { title: { en: ' ', ru: '' } }, '/title'],
    ['a critical box the answer lacks', { critical: ['/holder/nickname'] }, '/holder/nickname'],
    [
      'a source of an unknown kind',
      { sources: [{ kind: 'fax', title: 'Fax', content: 'x' }] },
      '/sources/0/kind',
    ],
    [
      'a reference address that is no address',
      { references: [{ title: 'Guide', url: 'unece.org' }] },
      '/references/0/url',
    ],
  ])('%s: refused, naming the element', (_what, change, element) => {
    const result = buildCase(form(change as Partial<CaseForm>), tir())
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.message).toMatch(/^The case cannot be made: .+\.$/)
    expect(result.message).toContain(element)
  })
})

describe('the critical boxes offered', () => {
  it('are the scored leaves of the declaration, in document order', () => {
    const declaration = { ...tir(), mrn: '26KZ000000012345J4' }
    const choices = criticalChoices(declaration)
    expect(choices).toContain('/guarantee/reference')
    expect(choices).toContain('/consignments/0/items/2/hsCode')
    expect(choices.indexOf('/procedure')).toBeLessThan(choices.indexOf('/guarantee/reference'))
    for (const unscored of ['/lrn', '/format', '/declarationDate', '/mrn']) {
      expect(choices).not.toContain(unscored)
    }
    expect(choices.some((p) => p.startsWith('/movement'))).toBe(false)
  })

  it('each of them can be marked critical in a case that the reader opens', () => {
    const choices = criticalChoices(tir())
    const result = buildCase(form({ critical: choices }), tir())
    expect(built(result).case.scoring?.critical).toEqual(choices)
  })
})

describe('any form input', () => {
  const text = fc.oneof(
    fc.string(),
    fc.constant(''),
    fc.constantFrom('80', '-1', '1e3', 'NaN', ' 7,5 '),
  )
  const anything = fc.oneof(text, fc.integer(), fc.double(), fc.constant(null), fc.anything())
  const twoLanguages = fc.oneof(fc.record({ en: text, ru: text }), anything)
  const anyForm = fc.record({
    id: fc.oneof(text, fc.constantFrom('tir-1', 'a'.repeat(65)), anything),
    title: twoLanguages,
    level: fc.oneof(fc.constantFrom(1, 2, 3, '2', 0), anything),
    brief: twoLanguages,
    sources: fc.oneof(
      fc.array(
        fc.record({
          kind: fc.oneof(fc.constantFrom('invoice', 'cmr'), text),
          title: text,
          content: text,
        }),
      ),
      anything,
    ),
    critical: fc.oneof(
      fc.array(fc.oneof(fc.constantFrom('/guarantee/reference', '/', ''), text)),
      anything,
    ),
    passMark: anything,
    timeLimitMinutes: anything,
    references: fc.oneof(fc.array(fc.record({ title: text, url: text })), anything),
  })
  const declaration = fc.oneof(fc.constant(tir()), fc.constant(null), fc.anything(), fc.object())

  it('never throws: a case, or one sentence saying why not', () => {
    fc.assert(
      fc.property(anyForm, declaration, (values, value) => {
        const result = buildCase(values as unknown as CaseForm, value)
        if (result.ok) {
          const read = readCaseText(result.fileName, result.text, Buffer.byteLength(result.text))
          expect(read.ok).toBe(true)
        } else {
          expect(result.message).toMatch(/\S/)
          expect(result.message).not.toContain('\n')
        }
      }),
      { numRuns: 300 },
    )
  })
})
