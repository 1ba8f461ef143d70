/**
 * Builders for the movement tests: a sample per procedure in any status (its events consistent
 * with the status), the numbers customs give, events with the facts each type needs, and a
 * helper that says which refusal a call throws.
 */
import { expect } from 'vitest'
import type { JsonObject, JsonValue } from '../../../src/shared/json'
import { recordEvent, type NewEvent } from '../../../src/shared/movement/record-event'
import { MOVEMENT_STATUSES, type Procedure } from '../../../src/shared/format/constants'
import type { MovementEventType, MovementStatus } from '../../../src/shared/movement/steps'
import { iso6346CheckDigit } from '../../../src/shared/validation/identifiers'
import { FindingError, WordedError } from '../../../src/shared/worded-error'
import { sampleText } from '../samples'

export const ALL_PROCEDURES: readonly Procedure[] = ['T1', 'T2', 'TIR', 'EAEU', 'NATIONAL']
export const ALL_STATUSES: readonly MovementStatus[] = MOVEMENT_STATUSES

const SAMPLE_OF: Record<Procedure, string> = {
  T1: 't1-poti-istanbul.json',
  T2: 't1-poti-istanbul.json',
  TIR: 'tir-almaty-karachi.json',
  EAEU: 'eaeu-minsk-almaty.json',
  NATIONAL: 'national-karachi-kabul.json',
}

const samples = new Map<string, JsonObject>()
const parsed = (name: string): JsonObject => {
  if (!samples.has(name)) samples.set(name, JSON.parse(sampleText(name)) as JsonObject)
  return samples.get(name)!
}

/** A fresh copy of the procedure's sample (T2: the T1 sample declared T2), without movement. */
export function sample(procedure: Procedure): JsonObject {
  const document = structuredClone(parsed(SAMPLE_OF[procedure]))
  if (procedure === 'T2') document.procedure = 'T2'
  return document
}

/** An 18-character MRN: the 17 characters given and their ISO 6346 check character. */
export const mrnOf = (first17: string): string => first17 + iso6346CheckDigit(first17)

/** Worked by hand (validation.md's own example): 26KZ000000012345J, check character 4. */
export const HAND_MRN = '26KZ000000012345J4'
export const T1_MRN = mrnOf('26GE000000000058J')
export const TIR_MRN = mrnOf('26KZ000000000117M')
/** A registration number of an EAEU transit declaration, CODE/DDMMYY/NNNNNNN. */
export const TD_NUMBER = '06611/280126/0000981'
export const NATIONAL_NUMBER = 'KPPI-TR-2026-0342'
/** The TIR national reference customs give outside NCTS. */
export const TIR_REFERENCE = 'KZ510100/2026/000117'
/** The day counted as today where a number's date is checked. */
export const TODAY = '2026-02-06'

export const AT = '2026-02-05T09:30:00+04:00'
export const HOLDER = 'Nino Beridze'

/** The event by which customs accept a declaration of `procedure`, with its number. */
export function acceptance(procedure: Procedure): NewEvent {
  switch (procedure) {
    case 'T1':
    case 'T2':
      return { type: 'mrnAllocated', at: AT, reference: T1_MRN, by: 'customs' }
    case 'TIR':
      return { type: 'registered', at: AT, reference: TIR_REFERENCE, by: 'customs' }
    case 'EAEU':
      return { type: 'registered', at: AT, reference: TD_NUMBER, by: 'customs' }
    case 'NATIONAL':
      return { type: 'registered', at: AT, reference: NATIONAL_NUMBER, by: 'customs' }
  }
}

const NCTS: readonly Procedure[] = ['T1', 'T2', 'TIR']

/** An event as the file carries it. */
export const stored = (type: MovementEventType, extra: JsonObject = {}): JsonObject => ({
  type,
  at: AT,
  ...extra,
})

/** The events that bring a declaration of `procedure` to `status`, in order. */
export function historyOf(status: MovementStatus, procedure: Procedure): JsonObject[] {
  const accept = acceptance(procedure)
  const accepted = [
    stored('lodged', { by: HOLDER }),
    stored(accept.type, { reference: accept.reference!, by: 'customs' }),
  ]
  const released = [...accepted, stored('released', { by: 'customs' })]
  const arrived = [...released, stored('arrived', { by: HOLDER })]
  switch (status) {
    case 'draft':
      return []
    case 'lodged':
      return accepted.slice(0, 1)
    case 'accepted':
      return accepted
    case 'released':
      return released
    case 'notReleased':
      return [...accepted, stored('notReleased', { by: 'customs' })]
    case 'arrived':
      return arrived
    case 'discharged':
      return [...arrived, stored(NCTS.includes(procedure) ? 'writtenOff' : 'discharged')]
    case 'rejected':
      return [stored('lodged', { by: HOLDER }), stored('rejected', { by: 'customs' })]
    case 'cancelled':
      return [
        stored('lodged', { by: HOLDER }),
        stored('cancellationRequested', { by: HOLDER }),
        stored('cancelled', { by: 'customs' }),
      ]
  }
}

const HAS_NUMBER: readonly MovementStatus[] = ['accepted', 'released', 'notReleased', 'arrived']

/**
 * The procedure's sample in `status`: a draft carries no `movement`; from acceptance on it
 * carries the number customs gave. `more`: events appended after the history (same status).
 */
export function documentIn(
  status: MovementStatus,
  procedure: Procedure,
  more: JsonObject[] = [],
): JsonObject {
  const document = sample(procedure)
  if (status === 'draft' && more.length === 0) return document
  if (HAS_NUMBER.includes(status) || status === 'discharged') {
    document.mrn = acceptance(procedure).reference!
  }
  document.movement = { status, events: [...historyOf(status, procedure), ...more] }
  return document
}

/** The movement's status and events of a document. */
export function movementOf(document: JsonObject): { status: string; events: JsonObject[] } {
  const movement = document.movement as { status: string; events: JsonObject[] } | undefined
  return movement ?? { status: 'draft', events: [] }
}

/** Freezes a JSON value all the way down, so that any mutation throws. */
export function deepFreeze<T extends JsonValue>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner as JsonValue)
    Object.freeze(value)
  }
  return value
}

/** The WordedError `run` throws (failing the test when it throws nothing or something else). */
export function refusalOf(run: () => unknown): WordedError {
  let thrown: unknown
  try {
    run()
  } catch (error) {
    thrown = error
  }
  expect(thrown, 'expected a refusal').toBeInstanceOf(WordedError)
  return thrown as WordedError
}

/** The FindingError `run` throws. */
export function findingOf(run: () => unknown): FindingError {
  let thrown: unknown
  try {
    run()
  } catch (error) {
    thrown = error
  }
  expect(thrown, 'expected a finding').toBeInstanceOf(FindingError)
  return thrown as FindingError
}

/** An event customs record, with `extra` facts. */
export const ev = (type: MovementEventType, extra: Partial<NewEvent> = {}): NewEvent => ({
  type,
  at: AT,
  by: 'customs',
  ...extra,
})
/** An event the holder records. */
export const byHolder = (type: MovementEventType, extra: Partial<NewEvent> = {}): NewEvent =>
  ev(type, { by: HOLDER, ...extra })

/** Records each event in turn (on a frozen document), checking the status after each. */
export function walk(document: JsonObject, steps: [NewEvent, MovementStatus][]): JsonObject {
  for (const [event, status] of steps) {
    document = recordEvent(deepFreeze(document), event, {}, TODAY)
    expect(movementOf(document).status, event.type).toBe(status)
  }
  return document
}
