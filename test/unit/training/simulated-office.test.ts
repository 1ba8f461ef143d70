/**
 * The simulated customs office (simulated-office.ts): it answers the holder's acts with
 * lifecycle events — rejection with NCTS functional error codes when the checks find errors, a
 * case's scripted steps, else acceptance with a number of the procedure's shape, a control
 * decision by its lane rules and release — and answers nothing twice.
 */
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { englishText } from '../../../src/shared/i18n/en/english-text'
import { setAt, type JsonObject } from '../../../src/shared/json'
import { declarationView } from '../../../src/shared/model/view'
import { movementState } from '../../../src/shared/movement/movement-state'
import { recordEvent } from '../../../src/shared/movement/record-event'
import type { MovementEventType } from '../../../src/shared/movement/steps'
import type { Case, CustomsStep } from '../../../src/shared/training/case'
import { readCaseText } from '../../../src/shared/training/read-case'
import {
  actToAnswer,
  answerAct,
  functionalErrorCode,
  riskLane,
  simulatedMrn,
  simulatedRegistration,
  type OfficeOptions,
} from '../../../src/shared/training/simulated-office'
import { checkMrn } from '../../../src/shared/validation/identifiers'
import { customsNumberFindings } from '../../../src/shared/validation/check-header'
import { validateDeclaration } from '../../../src/shared/validation/validate'
import { fixtureCase } from './builders'

const CASES = resolve(dirname(fileURLToPath(import.meta.url)), '../../../src/shared/training/cases')

/**
 * A shipped case's model answer, with the simulated office's steps given here (none: the office
 * answers by its own rules), so that the tests do not follow the case files' scripts.
 */
function shipped(id: string, customs?: CustomsStep[]): Case {
  const text = readFileSync(resolve(CASES, `${id}.tdcase.json`), 'utf8')
  const read = readCaseText(id, text, text.length)
  if (!read.ok) throw new Error(read.message)
  const { customs: _scripted, ...kase } = read.case
  return customs ? { ...kase, customs } : kase
}

const AT = new Date('2026-09-28T07:30:00Z')
const options: OfficeOptions = { at: AT, t: englishText, language: 'en', seed: 'attempt-1' }

/** The holder's act, recorded as the editor records it. */
const act = (document: JsonObject, type: MovementEventType, at = '2026-09-28T07:29:00Z') =>
  recordEvent(document, { type, at })

const events = (document: JsonObject) => declarationView(document).movement.events
const status = (document: JsonObject) => movementState(declarationView(document).movement).status

describe('the office’s own answer', () => {
  it('accepts a valid T1 with an MRN, decides on control and releases', () => {
    const kase = shipped('t1-mersin-tbilisi-led-lamps')
    const answer = answerAct(kase, act(kase.answer, 'lodged'), options)
    expect(answer.replies).toEqual(['mrnAllocated', 'controlDecided', 'released'])
    expect(answer.refused).toEqual([])
    expect(status(answer.document)).toBe('released')
    const mrn = String(answer.document.mrn)
    expect(checkMrn(mrn)).toEqual({ ok: true })
    expect(mrn).toMatch(/^26TR[A-Z0-9]{12}J[0-9]$/)
    expect(customsNumberFindings(mrn, 'T1', undefined)).toEqual([])
    const replies = events(answer.document).slice(1)
    expect(replies.map((e) => [e.by, e.message])).toEqual([
      ['customs', 'IE028'],
      ['customs', 'IE060'],
      ['customs', 'IE029'],
    ])
    expect(replies.map((e) => e.at)).toEqual([
      '2026-09-28T07:30:00.000Z',
      '2026-09-28T07:30:01.000Z',
      '2026-09-28T07:30:02.000Z',
    ])
    const warnings = validateDeclaration(kase.answer, { today: '' }).warnings
    expect(answer.lane).toBe(warnings.length > 0 ? 'yellow' : 'green')
    expect(replies[1]!.detail).toBe(englishText(`trainee.office.lane.${answer.lane}`))
  })

  it('registers an EAEU transit declaration with a number of its CODE/DDMMYY/NNNNNNN shape', () => {
    const kase = shipped('eaeu-road-almaty-novosibirsk')
    const answer = answerAct(kase, act(kase.answer, 'lodged'), options)
    expect(answer.replies).toEqual(['registered', 'controlDecided', 'released'])
    const number = String(answer.document.mrn)
    expect(number).toMatch(/^55102\/280926\/[0-9]{7}$/)
    expect(customsNumberFindings(number, 'EAEU', '2026-09-28')).toEqual([])
    // No NCTS message names outside NCTS.
    expect(
      events(answer.document)
        .slice(1)
        .every((e) => e.message === ''),
    ).toBe(true)
  })

  it('rejects a declaration with errors, naming each error’s code and place; a corrected one gets through', () => {
    const kase = shipped('t1-mersin-tbilisi-led-lamps')
    let faulty = setAt(kase.answer, ['consignments', 0, 'items', 0, 'hsCode'], '12')
    faulty = setAt(faulty, ['officeOfDestination', 'reference'], undefined)
    const errors = validateDeclaration(faulty, { today: '' }).errors
    expect(errors.length).toBeGreaterThan(0)

    const rejected = answerAct(kase, act(faulty, 'lodged'), options)
    expect(rejected.replies).toEqual(['rejected'])
    expect(status(rejected.document)).toBe('rejected')
    const reply = events(rejected.document).at(-1)!
    expect(reply.message).toBe('IE056')
    expect(reply.detail).toContain(englishText('trainee.office.rejected', { count: errors.length }))
    for (const finding of errors) {
      expect(reply.detail).toContain(`${functionalErrorCode(finding.rule)} ${finding.path}`)
    }
    expect(rejected.document.mrn).toBeUndefined()

    // Corrected and lodged again (a rejected declaration is the holder's to change).
    const corrected = { ...kase.answer, movement: rejected.document.movement! }
    const again = answerAct(kase, act(corrected, 'lodged', '2026-09-28T08:00:00Z'), options)
    expect(again.replies).toEqual(['mrnAllocated', 'controlDecided', 'released'])
  })

  it('chooses the lane by its rules: red for heavy or dangerous goods, yellow with warnings', () => {
    const kase = shipped('t1-mersin-tbilisi-led-lamps')
    const view = declarationView(kase.answer)
    const warning = { rule: 'x', path: '/x', params: {} }
    expect(riskLane(view, [])).toBe('green')
    expect(riskLane(view, [warning])).toBe('yellow')
    expect(riskLane({ ...view, transport: { ...view.transport, heavyOrBulky: true } }, [])).toBe(
      'red',
    )
    const dangerous = setAt(
      kase.answer,
      ['consignments', 0, 'items', 1, 'dangerousGoods'],
      [{ unNumber: '3480', properShippingName: 'LITHIUM ION BATTERIES', class: '9' }],
    )
    expect(riskLane(declarationView(dangerous), [])).toBe('red')
  })

  it('cancels before release on request, and closes the transit on arrival', () => {
    const kase = shipped('eaeu-road-almaty-novosibirsk')
    // Without steps, a cancellation answers a movement that is accepted but not released.
    const accepted = recordEvent(act(kase.answer, 'lodged'), {
      type: 'registered',
      at: '2026-09-28T07:29:30Z',
      by: 'customs',
      reference: '55102/280926/0000001',
    })
    const cancelled = answerAct(
      kase,
      act(accepted, 'cancellationRequested', '2026-09-28T07:29:40Z'),
      options,
    )
    expect(cancelled.replies).toEqual(['cancelled'])
    expect(status(cancelled.document)).toBe('cancelled')

    const released = answerAct(kase, act(kase.answer, 'lodged'), options).document
    const closed = answerAct(kase, act(released, 'arrived', '2026-10-02T10:00:00Z'), {
      ...options,
      at: new Date('2026-10-02T10:00:05Z'),
    })
    expect(closed.replies).toEqual(['discharged'])
    expect(status(closed.document)).toBe('discharged')

    const t1 = shipped('t1-mersin-tbilisi-led-lamps')
    const t1Released = answerAct(t1, act(t1.answer, 'lodged'), options).document
    const writtenOff = answerAct(t1, act(t1Released, 'arrived', '2026-10-02T10:00:00Z'), {
      ...options,
      at: new Date('2026-10-02T10:00:05Z'),
    })
    expect(writtenOff.replies).toEqual(['writtenOff'])
  })
})

describe('the case’s scripted steps', () => {
  it('guarantee not valid: answered by an amendment, then accepted and released', () => {
    const kase = shipped('t1-guarantee-not-valid-istanbul-sofia', [
      { after: 'lodged', event: 'mrnAllocated', message: 'IE028' },
      {
        after: 'lodged',
        event: 'guaranteeInvalid',
        message: 'IE055',
        detail: {
          en: 'Guarantee not valid: amounts not sufficient.',
          ru: 'Гарантия недействительна.',
        },
        errors: [{ path: '/guarantee/reference', code: 'G09' }],
      },
      { after: 'amendmentLodged', event: 'amendmentAccepted', message: 'IE004' },
      { after: 'amendmentLodged', event: 'released', message: 'IE029' },
    ])
    const lodged = answerAct(kase, act(kase.answer, 'lodged'), options)
    expect(lodged.replies).toEqual(['mrnAllocated', 'guaranteeInvalid'])
    expect(status(lodged.document)).toBe('accepted')
    expect(movementState(declarationView(lodged.document).movement).guaranteeInvalid).toBe(true)
    const invalid = events(lodged.document).at(-1)!
    expect(invalid.message).toBe('IE055')
    expect(invalid.detail).toBe(
      'Guarantee not valid: amounts not sufficient.; G09 /guarantee/reference',
    )
    expect(checkMrn(String(lodged.document.mrn))).toEqual({ ok: true })

    const amended = answerAct(
      kase,
      act(lodged.document, 'amendmentLodged', '2026-09-28T09:00:00Z'),
      {
        ...options,
        at: new Date('2026-09-28T09:00:10Z'),
      },
    )
    expect(amended.replies).toEqual(['amendmentAccepted', 'released'])
    expect(status(amended.document)).toBe('released')
  })

  it('cancellation before release: accepted, then cancelled on the holder’s request', () => {
    const kase = shipped('t1-cancellation-poti-iskenderun', [
      { after: 'lodged', event: 'mrnAllocated', message: 'IE028' },
      { after: 'cancellationRequested', event: 'cancelled', message: 'IE009' },
    ])
    const lodged = answerAct(kase, act(kase.answer, 'lodged'), options)
    expect(lodged.replies).toEqual(['mrnAllocated'])
    expect(status(lodged.document)).toBe('accepted')
    const requested = act(lodged.document, 'cancellationRequested', '2026-09-28T08:00:00Z')
    const answer = answerAct(kase, requested, { ...options, at: new Date('2026-09-28T08:00:05Z') })
    expect(answer.replies).toEqual(['cancelled'])
    expect(events(answer.document).at(-1)).toMatchObject({ message: 'IE009', by: 'customs' })
    expect(status(answer.document)).toBe('cancelled')
  })

  it('heavy goods under TIR: a red-lane control, then the TIR operation starts at departure', () => {
    const kase = shipped('tir-heavy-transformer-chirchiq-kabul', [
      { after: 'lodged', event: 'controlDecided', detail: 'Red lane: physical check.' },
      { after: 'lodged', event: 'tirStarted', detail: 'Voucher No. 1 detached.' },
    ])
    const answer = answerAct(kase, act(kase.answer, 'lodged'), options)
    expect(answer.replies).toEqual(['controlDecided', 'tirStarted'])
    expect(answer.lane).toBeUndefined() // the case chose the control, not the rules
    expect(events(answer.document).at(-1)!.reference).toBe('UZ100350')
    expect(events(answer.document)[1]!.detail).toMatch(/^Red lane/)
    expect(status(answer.document)).toBe('released')
  })

  it('reads the scripted texts in the trainee’s language', () => {
    const kase = shipped('t1-cancellation-poti-iskenderun', [
      {
        after: 'lodged',
        event: 'mrnAllocated',
        detail: { en: 'Declaration accepted.', ru: 'Декларация принята.' },
      },
    ])
    const lodged = answerAct(kase, act(kase.answer, 'lodged'), { ...options, language: 'ru' })
    expect(events(lodged.document).at(-1)!.detail).toMatch(/^Декларация принята/)
  })

  it('rejects as scripted only the first time, so that the corrected declaration gets through', () => {
    const base = fixtureCase()
    const kase: Case = {
      ...base,
      customs: [
        {
          after: 'lodged',
          event: 'rejected',
          message: 'IE056',
          errors: [{ path: '/holder/name', code: '12' }],
        },
      ],
    }
    const first = answerAct(kase, act(base.answer, 'lodged'), options)
    expect(first.replies).toEqual(['rejected'])
    expect(events(first.document).at(-1)!.detail).toBe('12 /holder/name')
    const second = answerAct(kase, act(first.document, 'lodged', '2026-09-28T08:00:00Z'), options)
    // A TIR run in NCTS gets an MRN (the office's own rule for TIR, T1 and T2).
    expect(second.replies).toEqual(['mrnAllocated', 'controlDecided', 'released'])
  })

  it('sets aside a step that cannot be recorded now, with the reason', () => {
    const base = fixtureCase()
    const kase: Case = {
      ...base,
      customs: [
        { after: 'lodged', event: 'released' }, // not before acceptance
        { after: 'lodged', event: 'registered' },
      ],
    }
    const answer = answerAct(kase, act(base.answer, 'lodged'), options)
    expect(answer.replies).toEqual(['registered'])
    expect(answer.refused.map((r) => r.event)).toEqual(['released'])
    expect(answer.refused[0]!.reason.message).toMatch(/cannot|not|only/i)
    expect(status(answer.document)).toBe('accepted')
  })
})

describe('what the office answers at all', () => {
  it('answers only an unanswered act of the holder', () => {
    const kase = shipped('t1-mersin-tbilisi-led-lamps')
    expect(actToAnswer(kase.answer)).toBeNull()
    const nothing = answerAct(kase, kase.answer, options)
    expect(nothing).toEqual({ document: kase.answer, replies: [], refused: [] })
    const lodged = act(kase.answer, 'lodged')
    expect(actToAnswer(lodged)).toBe('lodged')
    const answered = answerAct(kase, lodged, options).document
    expect(actToAnswer(answered)).toBeNull()
    expect(answerAct(kase, answered, options).replies).toEqual([])
  })

  it('gives the same numbers for the same seed, other numbers for another', () => {
    expect(simulatedMrn(AT, 'TR', 'a')).toBe(simulatedMrn(AT, 'TR', 'a'))
    expect(simulatedMrn(AT, 'TR', 'a')).not.toBe(simulatedMrn(AT, 'TR', 'b'))
    for (const seed of ['a', 'b', 'attempt-1', '']) {
      expect(checkMrn(simulatedMrn(AT, 'GE', seed))).toEqual({ ok: true })
    }
    expect(simulatedMrn(AT, '', 'a')).toMatch(/^26XX/)
    expect(simulatedRegistration(AT, '10702020', 's')).toMatch(/^10702020\/280926\/[0-9]{7}$/)
    expect(simulatedRegistration(AT, 'PK0KHI02', 's')).toMatch(/^00000000\/280926\//)
  })

  it('maps the checks’ rules to NCTS functional error codes (CL180)', () => {
    expect(functionalErrorCode('structure.required')).toBe('13')
    expect(functionalErrorCode('carrier.required')).toBe('13')
    expect(functionalErrorCode('containers.unexpected')).toBe('15')
    expect(functionalErrorCode('code.country')).toBe('12')
    expect(functionalErrorCode('structure.enum')).toBe('12')
    expect(functionalErrorCode('container.check-digit')).toBe('14')
    expect(functionalErrorCode('routing.end')).toBe('14')
  })
})
