/**
 * The refusals the rules promise, written by hand rather than read from the steps table
 * (issue: "a status never goes backwards"; "cancellation: allowed before release; after release
 * only customs may cancel" — customs, on their own initiative, need no request), and what the
 * panel offers in a few states.
 */
import { describe, expect, it } from 'vitest'
import type { Procedure } from '../../../src/shared/format/constants'
import type { JsonObject } from '../../../src/shared/json'
import { declarationView } from '../../../src/shared/model/view'
import { movementState } from '../../../src/shared/movement/movement-state'
import {
  possibleEvents,
  recordEvent,
  type NewEvent,
} from '../../../src/shared/movement/record-event'
import type { MovementEventType, MovementStatus } from '../../../src/shared/movement/steps'
import {
  byHolder,
  deepFreeze,
  documentIn,
  ev,
  refusalOf,
  sample,
  stored,
  T1_MRN,
  TD_NUMBER,
  TODAY,
} from './builders'

const HOLDER_ACTS = ['lodged', 'amendmentLodged', 'cancellationRequested', 'arrived']

/** The event of `type` with the facts it needs, by whoever records it. */
function eventOf(type: MovementEventType): NewEvent {
  const by = HOLDER_ACTS.includes(type) ? byHolder : ev
  if (type === 'mrnAllocated') return by(type, { reference: T1_MRN })
  if (type === 'registered') return by(type, { reference: TD_NUMBER })
  if (type === 'tirStarted') return by(type, { reference: 'GE000101' })
  return by(type)
}

/** Records `event` on the document and expects the refusal `key`, the document unchanged. */
function expectRefused(document: JsonObject, event: NewEvent, key: string): void {
  deepFreeze(document)
  const before = structuredClone(document)
  expect(refusalOf(() => recordEvent(document, event, {}, TODAY)).key).toBe(
    `movement.problem.${key}`,
  )
  expect(document).toEqual(before)
}

/**
 * By refusal: [case, where (procedure, status, and the events recorded since, each with "+"),
 * the event type tried].
 */
const REFUSED: Record<string, [string, string, MovementEventType][]> = {
  sequence: [
    ['released cannot go back to lodged', 'T1 released', 'lodged'],
    ['released gets no second MRN', 'T1 released', 'mrnAllocated'],
    ['accepted cannot be lodged again', 'T1 accepted', 'lodged'],
    ['arrived cannot be released again', 'EAEU arrived', 'released'],
    ['arrived cannot arrive again', 'NATIONAL arrived', 'arrived'],
    ['lodged is not released before acceptance', 'T1 lodged', 'released'],
    ['a draft gets no MRN', 'T1 draft', 'mrnAllocated'],
    ['a draft does not arrive', 'NATIONAL draft', 'arrived'],
    ['rejected is only lodged again', 'T1 rejected', 'mrnAllocated'],
    ['rejected is not rejected again', 'T1 rejected', 'rejected'],
    ['released is discharged only after arrival', 'EAEU released', 'discharged'],
    ['no cancellation request after release', 'T1 released', 'cancellationRequested'],
    ['no cancellation refused after release', 'T1 released', 'cancellationRefused'],
    ['no amendment before acceptance', 'T1 lodged', 'amendmentLodged'],
    ['no amendment after release', 'T1 released', 'amendmentLodged'],
  ],
  over: [
    ['discharged is over', 'T1 discharged', 'lodged'],
    ['cancelled is over', 'TIR cancelled', 'lodged'],
    ['not released is over', 'EAEU notReleased', 'cancelled'],
  ],
  noCancellation: [['cancellation refused unrequested', 'T1 accepted', 'cancellationRefused']],
  cancellationPending: [
    ['cancellation requested twice', 'T1 lodged +cancellationRequested', 'cancellationRequested'],
    [
      'amendment during a cancellation request',
      'T1 accepted +cancellationRequested',
      'amendmentLodged',
    ],
    ['released during a cancellation request', 'T1 accepted +cancellationRequested', 'released'],
  ],
  noAmendment: [
    ['amendmentAccepted without amendmentLodged', 'T1 accepted', 'amendmentAccepted'],
    ['amendmentRejected without amendmentLodged', 'EAEU accepted', 'amendmentRejected'],
    [
      'amendment answered twice',
      'T1 accepted +amendmentLodged +amendmentRejected',
      'amendmentAccepted',
    ],
  ],
  amendmentPending: [
    ['amendment lodged twice', 'T1 accepted +amendmentLodged', 'amendmentLodged'],
    ['cancellation during an amendment', 'T1 accepted +amendmentLodged', 'cancellationRequested'],
    ['released while an amendment is pending', 'T1 accepted +amendmentLodged', 'released'],
  ],
  guaranteeInvalid: [
    ['released while the guarantee is invalid', 'T1 accepted +guaranteeInvalid', 'released'],
    [
      'a rejected amendment leaves the guarantee invalid',
      'T2 accepted +guaranteeInvalid +amendmentLodged +amendmentRejected',
      'released',
    ],
  ],
  procedure: [
    ['EAEU gets no MRN', 'EAEU lodged', 'mrnAllocated'],
    ['T1 is not registered', 'T1 lodged', 'registered'],
    ['guarantee not valid is T1/T2 only: TIR', 'TIR accepted', 'guaranteeInvalid'],
    ['guarantee not valid is T1/T2 only: EAEU', 'EAEU accepted', 'guaranteeInvalid'],
    ['EAEU has no write-off message', 'EAEU arrived', 'writtenOff'],
    ['NATIONAL has no IE928', 'NATIONAL lodged', 'acknowledged'],
    ['T1 has no TIR operation', 'T1 accepted', 'tirStarted'],
  ],
}
const rows = Object.entries(REFUSED).flatMap(([key, cases]) =>
  cases.map(([name, where, type]) => ({ name, where, type, key })),
)

describe('refusals, by hand', () => {
  it.each(rows)('$key: $name', ({ where, type, key }) => {
    const [procedure, status, ...since] = where.split(' ')
    const more = since.map((event) => stored(event.slice(1) as MovementEventType))
    const document = documentIn(status as MovementStatus, procedure as Procedure, more)
    expectRefused(document, eventOf(type), key)
  })

  it.each<[string, MovementStatus, NewEvent, string]>([
    [
      'cancelled after release by the holder',
      'released',
      byHolder('cancelled'),
      'cancelAfterRelease',
    ],
    [
      'cancelled after release by nobody named',
      'released',
      ev('cancelled', { by: undefined }),
      'cancelAfterRelease',
    ],
    [
      'cancelled after arrival by the holder',
      'arrived',
      byHolder('cancelled'),
      'cancelAfterRelease',
    ],
    ['cancelled unrequested by the holder', 'accepted', byHolder('cancelled'), 'noCancellation'],
    [
      'cancelled unrequested on lodged by nobody named',
      'lodged',
      ev('cancelled', { by: undefined }),
      'noCancellation',
    ],
    ['a time without offset', 'lodged', ev('acknowledged', { at: '2026-02-05T09:30:00' }), 'time'],
    ['a date without time', 'lodged', ev('acknowledged', { at: '2026-02-05' }), 'time'],
    ['no number', 'lodged', ev('mrnAllocated', { reference: '  ' }), 'number'],
    [
      'a number of 36 characters',
      'lodged',
      ev('mrnAllocated', { reference: 'N'.repeat(36) }),
      'number',
    ],
  ])('%s (T1)', (_case, status, event, key) => {
    expectRefused(documentIn(status, 'T1'), event, key)
  })

  it.each<MovementStatus>(['lodged', 'accepted', 'released', 'arrived'])(
    'customs cancel on their own initiative when %s, unrequested',
    (status) => {
      const next = recordEvent(deepFreeze(documentIn(status, 'EAEU')), ev('cancelled'))
      expect(next.movement).toMatchObject({ status: 'cancelled' })
    },
  )

  it.each<MovementStatus>(['lodged', 'accepted'])(
    'the holder records a cancellation they requested when %s',
    (status) => {
      const document = deepFreeze(documentIn(status, 'TIR', [stored('cancellationRequested')]))
      const next = recordEvent(document, byHolder('cancelled'))
      expect(next.movement).toMatchObject({ status: 'cancelled' })
    },
  )

  it('a release whose time limit is not a date is refused whole', () => {
    const document = deepFreeze(documentIn('accepted', 'T1'))
    const error = refusalOf(() =>
      recordEvent(document, ev('released'), { limitDate: '13.02.2026' }),
    )
    expect(error.key).toBe('movement.problem.limitDate')
    expect(error.message).toContain('13.02.2026')
  })

  it('a release keeps the declared seals and time limit when customs give none', () => {
    const document = documentIn('accepted', 'EAEU')
    const next = recordEvent(document, ev('released'), { seals: [] })
    expect(next.seals).toEqual(['BY 0012345', 'BY 0012346'])
    expect(next.limitDate).toBe(document.limitDate)
  })
})

describe('what the panel offers', () => {
  const offered = (document: JsonObject) => possibleEvents(document).map((p) => p.type)
  const amending = documentIn('accepted', 'T1', [stored('amendmentLodged')])

  it.each<[string, JsonObject, MovementEventType[]]>([
    ['a T1 draft', sample('T1'), ['lodged']],
    [
      'a lodged T1',
      documentIn('lodged', 'T1'),
      [
        'acknowledged',
        'mrnAllocated',
        'rejected',
        'controlDecided',
        'cancellationRequested',
        'cancelled',
      ],
    ],
    [
      'a lodged EAEU',
      documentIn('lodged', 'EAEU'),
      ['registered', 'rejected', 'controlDecided', 'cancellationRequested', 'cancelled'],
    ],
    [
      'a lodged TIR: its first start accepts and releases the carnet',
      documentIn('lodged', 'TIR'),
      [
        'acknowledged',
        'mrnAllocated',
        'registered',
        'rejected',
        'controlDecided',
        'cancellationRequested',
        'cancelled',
        'tirStarted',
      ],
    ],
    [
      'a released T1',
      documentIn('released', 'T1'),
      ['incident', 'arrived', 'releasedAtDestination', 'writtenOff', 'cancelled'],
    ],
    [
      'a T1 amendment awaiting its answer',
      amending,
      [
        'amendmentAccepted',
        'amendmentRejected',
        'controlDecided',
        'guaranteeInvalid',
        'notReleased',
        'cancelled',
      ],
    ],
    [
      'an arrived T1',
      documentIn('arrived', 'T1'),
      ['releasedAtDestination', 'writtenOff', 'discharged', 'cancelled'],
    ],
    ['a rejected NATIONAL', documentIn('rejected', 'NATIONAL'), ['lodged']],
    ['a discharged T1', documentIn('discharged', 'T1'), []],
  ])('%s', (_case, document, types) => {
    expect(offered(document)).toEqual(types)
  })

  it('reads the state the events say', () => {
    const document = documentIn('accepted', 'T1', [stored('guaranteeInvalid')])
    expect(movementState(declarationView(document).movement)).toMatchObject({
      status: 'accepted',
      guaranteeInvalid: true,
      amendmentPending: false,
    })
    expect(offered(document)).not.toContain('released')
  })
})
