/**
 * Random sequences of events, each recorded or refused by the rules: a status never goes back
 * (draft < lodged < accepted < released < arrived < discharged; rejected only from lodged and
 * left only by a new lodgement; notReleased and cancelled only from their own statuses, and
 * nothing after them), a refusal never changes the document, and what is recorded is what the
 * panel offered.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MOVEMENT_EVENT_TYPES, PROCEDURES } from '../../../src/shared/format/constants'
import type { JsonObject } from '../../../src/shared/json'
import {
  possibleEvents,
  recordEvent,
  type NewEvent,
  type PossibleEvent,
} from '../../../src/shared/movement/record-event'
import type { MovementEventType, MovementStatus } from '../../../src/shared/movement/steps'
import { FindingError, WordedError } from '../../../src/shared/worded-error'
import {
  AT,
  deepFreeze,
  HAND_MRN,
  movementOf,
  NATIONAL_NUMBER,
  sample,
  T1_MRN,
  TD_NUMBER,
  TIR_MRN,
  TIR_REFERENCE,
  TODAY,
} from './builders'

const RANK: Partial<Record<MovementStatus, number>> = {
  draft: 0,
  lodged: 1,
  accepted: 2,
  released: 3,
  arrived: 4,
  discharged: 5,
}
/** The statuses off the line, and the only ones each may be reached from. */
const REACHED_FROM: Partial<Record<MovementStatus, MovementStatus[]>> = {
  rejected: ['lodged'],
  notReleased: ['accepted'],
  // customs cancel on their own initiative until the movement is over, after arrival too
  cancelled: ['lodged', 'accepted', 'released', 'arrived'],
}
const OVER: MovementStatus[] = ['notReleased', 'discharged', 'cancelled']

/** Whether the status may move from `before` to `after` by an event of `type`. */
function mayMove(before: MovementStatus, after: MovementStatus, type: MovementEventType): boolean {
  if (OVER.includes(before)) return false
  if (before === 'rejected') return type === 'lodged' && after === 'lodged'
  const from = REACHED_FROM[after]
  if (from) return before === after || from.includes(before)
  return RANK[after]! >= RANK[before]!
}

/** References each kind of event may carry: right and wrong ones. */
const REFERENCES: Partial<Record<MovementEventType, (string | undefined)[]>> = {
  mrnAllocated: [T1_MRN, TIR_MRN, HAND_MRN.slice(0, 17) + '0', 'KZ-117'],
  registered: [TD_NUMBER, NATIONAL_NUMBER, TIR_REFERENCE, '06611/310226/0000981'],
  tirStarted: ['KZ510100', 'UZ170300', 'AF100200', 'PK0TKM01', 'PK0KHI01', 'CN650100'],
}
REFERENCES.tirTerminated = REFERENCES.tirStarted
const OTHER_REFERENCES = [undefined, 'GE000101', 'TR340100', '']

/**
 * A try: an event of any type (`fromOffered` false), or one of those the panel offers now, so
 * that the walk gets past acceptance; the picks choose its type, reference, author and time.
 */
const tryArb = fc.record({
  fromOffered: fc.constantFrom(true, true, true, false),
  type: fc.constantFrom(...MOVEMENT_EVENT_TYPES),
  pick: fc.nat({ max: 59 }),
  by: fc.constantFrom('customs', 'customs', 'Nino Beridze', undefined),
  at: fc.constantFrom(AT, AT, AT, '2026-02-07T11:00Z', '2026-02-07 11:00'),
})

type Try = typeof tryArb extends fc.Arbitrary<infer T> ? T : never

/** The event a try makes of the document as it stands. */
function eventOf(offered: PossibleEvent[], t: Try): NewEvent {
  const chosen = t.fromOffered && offered.length > 0 ? offered[t.pick % offered.length]! : null
  const type = chosen?.type ?? t.type
  const countries = chosen?.countries?.map((country) => `${country}000001`)
  const references = countries ?? REFERENCES[type] ?? OTHER_REFERENCES
  return { type, at: t.at, by: t.by, reference: references[t.pick % references.length] }
}

const releaseArb = fc.constantFrom(
  {},
  { limitDate: '2026-02-12', seals: ['GE 0200001'] },
  { limitDate: '12.02.2026' },
)

const statusOf = (document: JsonObject) => movementOf(document).status as MovementStatus

describe('a movement never goes back', () => {
  it('the judge itself refuses a step back', () => {
    expect(mayMove('released', 'lodged', 'lodged')).toBe(false)
    expect(mayMove('arrived', 'released', 'released')).toBe(false)
    expect(mayMove('rejected', 'accepted', 'mrnAllocated')).toBe(false)
    expect(mayMove('draft', 'cancelled', 'cancelled')).toBe(false)
    expect(mayMove('rejected', 'cancelled', 'cancelled')).toBe(false)
    expect(mayMove('cancelled', 'cancelled', 'incident')).toBe(false)
    expect(mayMove('rejected', 'lodged', 'lodged')).toBe(true)
    expect(mayMove('accepted', 'accepted', 'amendmentRejected')).toBe(true)
    expect(mayMove('arrived', 'cancelled', 'cancelled')).toBe(true)
  })

  it('whatever is tried, in whatever order', { timeout: 30_000 }, () => {
    const reached = new Set<MovementStatus>()
    fc.assert(
      fc.property(
        fc.constantFrom(...PROCEDURES),
        fc.constantFrom(undefined, 2, 4, 14),
        fc.array(fc.tuple(tryArb, releaseArb), { minLength: 5, maxLength: 40, size: 'max' }),
        (procedure, vouchers, tries) => {
          let document = sample(procedure)
          if (vouchers !== undefined) (document.guarantee as JsonObject).vouchers = vouchers
          for (const [attempt, release] of tries) {
            deepFreeze(document)
            const offered = possibleEvents(document)
            const event = eventOf(offered, attempt)
            const before = JSON.stringify(document)
            let next: JsonObject
            try {
              next = recordEvent(document, event, release, TODAY)
            } catch (error) {
              expect(error instanceof WordedError || error instanceof FindingError).toBe(true)
              expect(JSON.stringify(document)).toBe(before)
              continue
            }
            expect(JSON.stringify(document)).toBe(before)
            const [from, to] = [statusOf(document), statusOf(next)]
            expect(mayMove(from, to, event.type), `${from} → ${to} by ${event.type}`).toBe(true)
            const events = movementOf(next).events
            expect(events).toHaveLength(movementOf(document).events.length + 1)
            expect(events.at(-1)!.type).toBe(event.type)
            const offer = offered.find((p) => p.type === event.type)
            expect(offer, `${event.type} recorded but not offered`).toBeDefined()
            if (offer?.countries) {
              expect(offer.countries).toContain(event.reference!.slice(0, 2).toUpperCase())
            }
            reached.add(to)
            document = next
          }
        },
      ),
      { numRuns: 150 },
    )
    // The walk went everywhere, so the property said something about every status.
    expect([...reached].sort()).toEqual(
      [
        'accepted',
        'arrived',
        'cancelled',
        'discharged',
        'lodged',
        'notReleased',
        'rejected',
        'released',
      ].sort(),
    )
  })
})
