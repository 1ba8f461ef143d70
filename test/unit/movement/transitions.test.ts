/**
 * Every event type × every status × every procedure: recorded exactly when the steps table lets
 * it (its statuses and procedures; nothing after the movement is over), refused with the right
 * sentence otherwise. Each event carries the facts it needs, and where a rule asks for an
 * earlier event (an amendment to answer, a cancellation requested, a TIR operation to end) the
 * document carries it, so that the table alone decides. A cancellation is also tried by customs
 * and by the holder, with and without a request on file. The hand-written key cases are in
 * transitions-key-cases.test.ts and tir.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { MOVEMENT_EVENT_TYPES, type Procedure } from '../../../src/shared/format/constants'
import type { JsonObject } from '../../../src/shared/json'
import { englishText } from '../../../src/shared/i18n/en/english-text'
import { recordEvent, type NewEvent } from '../../../src/shared/movement/record-event'
import {
  STEPS,
  type MovementEventType,
  type MovementStatus,
} from '../../../src/shared/movement/steps'
import { errorText } from '../../../src/shared/worded-error'
import {
  acceptance,
  ALL_PROCEDURES,
  ALL_STATUSES,
  AT,
  deepFreeze,
  documentIn,
  HOLDER,
  movementOf,
  refusalOf,
  stored,
  T1_MRN,
  TD_NUMBER,
  TIR_MRN,
  TODAY,
} from './builders'

/** Over: nothing more is recorded (hand-written, not read from the table). */
const FINAL: readonly MovementStatus[] = ['notReleased', 'discharged', 'cancelled']
/** The holder's own acts; customs record the rest. */
const HOLDER_EVENTS: readonly MovementEventType[] = [
  'lodged',
  'amendmentLodged',
  'cancellationRequested',
  'arrived',
]
/** The earlier event a rule asks for, kept in the history when the status allows it. */
const NEEDS: Partial<Record<MovementEventType, MovementEventType>> = {
  amendmentAccepted: 'amendmentLodged',
  amendmentRejected: 'amendmentLodged',
  cancellationRefused: 'cancellationRequested',
  // cancelled needs none: recorded by customs (as here) it is their own initiative; the
  // holder's way, after a request, is the matrix of its own below.
  tirTerminated: 'tirStarted',
}
const TIR_OFFICE = 'KZ510100'
const RELEASE = { limitDate: '2026-02-12', seals: ['GE 0200001', 'GE 0200002'] }

/** The event of `type` with the facts it needs in `procedure`. */
function eventFor(type: MovementEventType, procedure: Procedure): NewEvent {
  const event: NewEvent = {
    type,
    at: AT,
    by: HOLDER_EVENTS.includes(type) ? HOLDER : 'customs',
    detail: `  seen on the office's paper (${type})  `,
  }
  if (type === 'mrnAllocated') event.reference = procedure === 'TIR' ? TIR_MRN : T1_MRN
  if (type === 'registered') {
    const accept = acceptance(procedure)
    event.reference = accept.type === 'registered' ? accept.reference : TD_NUMBER
  }
  if (type === 'tirStarted' || type === 'tirTerminated') event.reference = TIR_OFFICE
  return event
}

/** The document in `status`, with the earlier event `type` needs when the status allows it. */
function documentFor(type: MovementEventType, status: MovementStatus, procedure: Procedure) {
  const need = NEEDS[type]
  // A TIR operation started before the goods arrived may still be open on arrival.
  const allowed =
    need !== undefined &&
    (STEPS[need].from.includes(status) || (need === 'tirStarted' && status === 'arrived')) &&
    STEPS[need].procedures.includes(procedure)
  const more = allowed ? [stored(need, need === 'tirStarted' ? { reference: TIR_OFFICE } : {})] : []
  return deepFreeze(documentIn(status, procedure, more))
}

/** The refusal the table calls for, or null when the event is recorded. */
function expectedRefusal(
  type: MovementEventType,
  status: MovementStatus,
  procedure: Procedure,
): string | null {
  if (FINAL.includes(status)) return 'over'
  if (!STEPS[type].procedures.includes(procedure)) return 'procedure'
  if (!STEPS[type].from.includes(status)) return 'sequence'
  return null
}

/** The document's elements other than those an event may set. */
function untouched(document: JsonObject): JsonObject {
  const { movement: _movement, mrn: _mrn, limitDate: _limit, seals: _seals, ...rest } = document
  return rest
}

const cells = ALL_STATUSES.flatMap((status) =>
  ALL_PROCEDURES.map((procedure) => ({ status, procedure })),
)

describe.each([...MOVEMENT_EVENT_TYPES])('recording %s', (type) => {
  it.each(cells)('in a $procedure declaration that is $status', ({ status, procedure }) => {
    const document = documentFor(type, status, procedure)
    const before = structuredClone(document)
    const event = eventFor(type, procedure)
    const refusal = expectedRefusal(type, status, procedure)

    if (refusal !== null) {
      const error = refusalOf(() => recordEvent(document, event, RELEASE, TODAY))
      expect(error.key).toBe(`movement.problem.${refusal}`)
      expect(errorText(error, englishText)).toBe(error.message)
      expect(error.message).not.toMatch(/\{\{|movement\.problem/)
      expect(document).toEqual(before)
      return
    }

    const next = recordEvent(document, event, RELEASE, TODAY)
    const to = STEPS[type].to
    const recorded: JsonObject = {
      type,
      at: AT,
      detail: event.detail!.trim(),
      by: event.by!,
      ...(event.reference === undefined ? {} : { reference: event.reference }),
    }
    expect(movementOf(next).status).toBe(to === 'same' ? status : to)
    expect(movementOf(next).events).toEqual([...movementOf(before).events, recorded])
    expect(next.mrn).toBe(
      type === 'mrnAllocated' || type === 'registered' ? event.reference : before.mrn,
    )
    expect(next.limitDate).toBe(type === 'released' ? RELEASE.limitDate : before.limitDate)
    expect(next.seals).toEqual(type === 'released' ? RELEASE.seals : before.seals)
    expect(untouched(next)).toEqual(untouched(before))
    expect(document).toEqual(before)
  })
})

/**
 * A cancellation, by who records it: customs on their own initiative whenever the table lets it;
 * anyone else never after release, and before it only after a request still awaiting its answer.
 */
function expectedCancelRefusal(
  status: MovementStatus,
  procedure: Procedure,
  byCustoms: boolean,
  requested: boolean,
): string | null {
  const refusal = expectedRefusal('cancelled', status, procedure)
  if (refusal !== null || byCustoms) return refusal
  if (status === 'released' || status === 'arrived') return 'cancelAfterRelease'
  return requested ? null : 'noCancellation'
}

describe.each([
  ['customs', true],
  ['customs', false],
  [HOLDER, true],
  [HOLDER, false],
])('cancelled recorded by %s, a request on file where one may be: %s', (by, request) => {
  it.each(cells)('in a $procedure declaration that is $status', ({ status, procedure }) => {
    const requested = request && STEPS.cancellationRequested.from.includes(status)
    const more = requested ? [stored('cancellationRequested', { by: HOLDER })] : []
    const document = deepFreeze(documentIn(status, procedure, more))
    const event: NewEvent = { type: 'cancelled', at: AT, by }
    const refusal = expectedCancelRefusal(status, procedure, by === 'customs', requested)
    if (refusal !== null) {
      const before = structuredClone(document)
      const error = refusalOf(() => recordEvent(document, event, {}, TODAY))
      expect(error.key).toBe(`movement.problem.${refusal}`)
      expect(document).toEqual(before)
    } else {
      const next = recordEvent(document, event, {}, TODAY)
      expect(movementOf(next).status).toBe('cancelled')
      expect(movementOf(next).events.at(-1)).toEqual({ type: 'cancelled', at: AT, by })
    }
  })
})

describe('the matrix itself', () => {
  it('covers every event type, status and procedure, and records some of each type', () => {
    expect(MOVEMENT_EVENT_TYPES).toHaveLength(22)
    expect(cells).toHaveLength(45)
    for (const type of MOVEMENT_EVENT_TYPES) {
      const recorded = cells.filter((c) => expectedRefusal(type, c.status, c.procedure) === null)
      expect(recorded.length, type).toBeGreaterThan(0)
    }
    // Anyone but customs: only before release, after a request.
    const byHolder = cells.filter(
      (c) => expectedCancelRefusal(c.status, c.procedure, false, true) === null,
    )
    expect([...new Set(byHolder.map((c) => c.status))].sort()).toEqual(['accepted', 'lodged'])
  })
})
