/**
 * The number customs give, checked as it is recorded: an NCTS MRN (check character, 17th
 * character J, K, L or M for a transit), a TIR reference, an EAEU registration number
 * CODE/DDMMYY/NNNNNNN, a national number. A wrong number is one of the validator's findings.
 */
import { describe, expect, it } from 'vitest'
import type { Procedure } from '../../../src/shared/format/constants'
import { englishText } from '../../../src/shared/i18n/en/english-text'
import { recordEvent, type NewEvent } from '../../../src/shared/movement/record-event'
import { checkMrn } from '../../../src/shared/validation/identifiers'
import { errorText } from '../../../src/shared/worded-error'
import {
  deepFreeze,
  documentIn,
  ev,
  findingOf,
  HAND_MRN,
  movementOf,
  mrnOf,
  T1_MRN,
  TD_NUMBER,
  TIR_REFERENCE,
  TODAY,
} from './builders'

const allocated = (reference: string): NewEvent => ev('mrnAllocated', { reference })
const registered = (reference: string): NewEvent => ev('registered', { reference })

/** The rule of the finding that refuses `event` on a lodged declaration, which stays as it was. */
function ruleOf(procedure: Procedure, event: NewEvent) {
  const document = deepFreeze(documentIn('lodged', procedure))
  const before = structuredClone(document)
  const error = findingOf(() => recordEvent(document, event, {}, TODAY))
  expect(document).toEqual(before)
  expect(error.finding.path).toBe('/mrn')
  return error.finding
}

/** The number as it lands in the declaration once recorded. */
function recordedNumber(procedure: Procedure, event: NewEvent) {
  const next = recordEvent(documentIn('lodged', procedure), event, {}, TODAY)
  expect(movementOf(next).status).toBe('accepted')
  return next.mrn
}

/** `mrn` with its last character replaced by a wrong one. */
const wrongCheck = (mrn: string) => mrn.slice(0, 17) + ((Number(mrn[17]) + 1) % 10)

describe('an MRN at entry', () => {
  it('the check character worked by hand agrees with the checker', () => {
    expect(mrnOf('26KZ000000012345J')).toBe(HAND_MRN)
    expect(checkMrn(HAND_MRN)).toEqual({ ok: true })
    expect(checkMrn(T1_MRN)).toEqual({ ok: true })
  })

  it.each<Procedure>(['T1', 'T2'])('a valid MRN is accepted for %s and set', (procedure) => {
    expect(recordedNumber(procedure, allocated(HAND_MRN))).toBe(HAND_MRN)
  })

  it.each(['J', 'K', 'L', 'M'])('a transit MRN may carry %s as its 17th character', (c) => {
    const mrn = mrnOf(`26GE000000000058${c}`)
    expect(recordedNumber('T1', allocated(mrn))).toBe(mrn)
  })

  it('is recorded without the spaces around it', () => {
    expect(recordedNumber('T1', allocated(`  ${HAND_MRN} `))).toBe(HAND_MRN)
  })

  it('a wrong check character is refused with the character expected', () => {
    const finding = ruleOf('T1', allocated(wrongCheck(HAND_MRN)))
    expect(finding.rule).toBe('mrn.check-character')
    expect(finding.params).toMatchObject({ mrn: wrongCheck(HAND_MRN), expected: '4' })
  })

  it('and is told in English', () => {
    const document = documentIn('lodged', 'T2')
    const error = findingOf(() => recordEvent(document, allocated(wrongCheck(HAND_MRN))))
    expect(errorText(error, englishText)).toBe(
      `MRN ${wrongCheck(HAND_MRN)}: the check character (the last one) should be 4.`,
    )
  })

  it.each(['A', 'E', '0'])('a 17th character %s (not a transit) is refused', (c) => {
    const mrn = mrnOf(`26GE000000000058${c}`)
    expect(checkMrn(mrn)).toEqual({ ok: true })
    const finding = ruleOf('T1', allocated(mrn))
    expect(finding.rule).toBe('mrn.procedure-character')
    expect(finding.params).toMatchObject({ character: c })
  })

  it.each(['26GE0058', HAND_MRN + '0', HAND_MRN.toLowerCase(), 'GE26000000012345J4'])(
    'the wrong shape %s is refused',
    (mrn) => {
      expect(ruleOf('T1', allocated(mrn)).rule).toBe('mrn.format')
    },
  )
})

describe('a TIR reference', () => {
  it('of 18 characters is an NCTS MRN and checked as one', () => {
    expect(ruleOf('TIR', allocated(wrongCheck(HAND_MRN))).rule).toBe('mrn.check-character')
    expect(ruleOf('TIR', registered('KZ/2026/0000000117')).rule).toBe('mrn.format')
  })

  it('of any other length is the national reference, as written', () => {
    expect(recordedNumber('TIR', registered(TIR_REFERENCE))).toBe(TIR_REFERENCE)
    expect(recordedNumber('TIR', allocated('KZ-117'))).toBe('KZ-117')
  })
})

describe('an EAEU registration number', () => {
  it('CODE/DDMMYY/NNNNNNN with a 2, 5 or 8-digit office code is accepted', () => {
    for (const number of [TD_NUMBER, '10/280126/0000981', '10228010/280126/0000981']) {
      expect(recordedNumber('EAEU', registered(number))).toBe(number)
    }
  })

  it.each([
    ['not its shape', '0661/280126/0000981', undefined],
    ['an MRN', HAND_MRN, undefined],
    ['no date', '06611/0000981', undefined],
    ['a day that does not exist', '06611/310226/0000981', 'date'],
    ['a registration after today', '06611/070226/0000981', 'future'],
  ])('%s is refused', (_case, number, context) => {
    const finding = ruleOf('EAEU', registered(number))
    expect(finding.rule).toBe('mrn.td-number')
    expect(finding.params.context).toBe(context)
  })

  it('a later date is accepted when today is not known', () => {
    const next = recordEvent(documentIn('lodged', 'EAEU'), registered('06611/070226/0000981'))
    expect(next.mrn).toBe('06611/070226/0000981')
  })
})

describe('a national number', () => {
  it('is free text of 1 to 35 characters', () => {
    expect(recordedNumber('NATIONAL', registered('x'))).toBe('x')
    expect(recordedNumber('NATIONAL', registered('9'.repeat(35)))).toBe('9'.repeat(35))
  })
})
