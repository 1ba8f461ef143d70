/**
 * A TIR transport: one TIR operation per country in turn, one pair of vouchers each (TIR
 * Convention arts. 1, 21, 28, Annex 1). The sample runs Almaty → Karachi through KZ, UZ, AF and
 * PK with a 14-voucher carnet; the country of a step is its office reference's first letters.
 */
import { describe, expect, it } from 'vitest'
import type { JsonObject } from '../../../src/shared/json'
import { declarationView } from '../../../src/shared/model/view'
import { movementState } from '../../../src/shared/movement/movement-state'
import {
  eventRefusal,
  possibleEvents,
  recordEvent,
  type NewEvent,
} from '../../../src/shared/movement/record-event'
import type { MovementStatus } from '../../../src/shared/movement/steps'
import {
  byHolder,
  deepFreeze,
  documentIn,
  ev,
  movementOf,
  refusalOf,
  sample,
  stored,
  TIR_MRN,
  TIR_REFERENCE,
  walk,
} from './builders'

type Step = [NewEvent, MovementStatus]
const start = (office: string, status: MovementStatus = 'released'): Step => [
  ev('tirStarted', { reference: office }),
  status,
]
const end = (office: string, status: MovementStatus = 'released'): Step => [
  ev('tirTerminated', { reference: office }),
  status,
]
const lodge: Step = [byHolder('lodged'), 'lodged']
const register: Step = [ev('registered', { reference: TIR_REFERENCE }), 'accepted']

/** KZ, UZ and AF done: the sample accepted, its operations started and ended up to Afghanistan. */
const THROUGH_AF: Step[] = [
  lodge,
  register,
  start('KZ510100'),
  end('KZ510100'),
  start('UZ170300'),
  end('UZ170300'),
  start('AF100200'),
  end('AF100200'),
]

const stateOf = (document: JsonObject) => movementState(declarationView(document).movement)
const tirWith = (steps: Step[], vouchers?: number) => {
  const document = sample('TIR')
  if (vouchers !== undefined) (document.guarantee as JsonObject).vouchers = vouchers
  return walk(document, steps)
}
function expectRefused(document: JsonObject, event: NewEvent, key: string): void {
  const before = structuredClone(deepFreeze(document))
  expect(refusalOf(() => recordEvent(document, event)).key).toBe(`movement.problem.${key}`)
  expect(document).toEqual(before)
}

describe('a TIR transport country by country', () => {
  it('KZ, UZ, AF in turn, then terminated in PK (destination): arrived, then discharged', () => {
    const arrived = tirWith([
      ...THROUGH_AF,
      start('PK0TKM01'),
      end('PK0KHI01', 'arrived'),
      [ev('discharged'), 'discharged'],
    ])
    expect(stateOf(arrived).tirStarted).toEqual(['KZ', 'UZ', 'AF', 'PK'])
    expect(stateOf(arrived).tirTerminated).toEqual(['KZ', 'UZ', 'AF', 'PK'])
    expect(movementOf(arrived).events.at(-2)).toMatchObject({
      type: 'tirTerminated',
      reference: 'PK0KHI01',
    })
  })

  it('the first start releases an accepted carnet; a release before it leaves it released', () => {
    tirWith([lodge, register, [ev('released'), 'released'], start('KZ510100'), end('KZ510100')])
  })

  // The carnet's acceptance at the office of departure is the start (art. 1 (c)): a start on a
  // lodged carnet accepts and releases it at once.
  it('a start on a lodged carnet releases it, without a number first', () => {
    const started = tirWith([lodge, start('KZ510100'), end('KZ510100'), start('UZ170300')])
    expect(stateOf(started).tirStarted).toEqual(['KZ', 'UZ'])
    expect(started.mrn).toBeUndefined()
  })

  it('a TIR operation run in NCTS gets its MRN', () => {
    const accepted = tirWith([lodge, [ev('mrnAllocated', { reference: TIR_MRN }), 'accepted']])
    expect(accepted.mrn).toBe(TIR_MRN)
  })

  it('a lower-case office reference names its country', () => {
    expect(stateOf(tirWith([lodge, register, start('kz510100')])).tirStarted).toEqual(['KZ'])
  })

  it('terminating in a country of transit leaves it released', () => {
    expect(movementOf(tirWith(THROUGH_AF)).status).toBe('released')
  })

  it('the panel offers the countries not yet started, then only the one running', () => {
    const countries = (document: JsonObject, type: string) =>
      possibleEvents(document).find((p) => p.type === type)?.countries
    const afterKz = tirWith([lodge, register, start('KZ510100'), end('KZ510100')])
    expect(countries(afterKz, 'tirStarted')).toEqual(['UZ', 'AF', 'PK'])
    expect(countries(afterKz, 'tirTerminated')).toBeUndefined()
    const inUz = recordEvent(afterKz, ev('tirStarted', { reference: 'UZ170300' }))
    expect(countries(inUz, 'tirStarted')).toBeUndefined()
    expect(countries(inUz, 'tirTerminated')).toEqual(['UZ'])
  })
})

describe('TIR refusals', () => {
  const inKz = () => tirWith([lodge, register, start('KZ510100')])
  const afterKz = () => tirWith([lodge, register, start('KZ510100'), end('KZ510100')])

  it('starting a country twice', () => {
    expectRefused(afterKz(), ev('tirStarted', { reference: 'KZ510200' }), 'tirTwice')
  })

  it('starting the next country while one is running', () => {
    expectRefused(inKz(), ev('tirStarted', { reference: 'UZ170300' }), 'tirOpen')
  })

  it('terminating a country not started', () => {
    expectRefused(inKz(), ev('tirTerminated', { reference: 'UZ170300' }), 'tirNotStarted')
    expectRefused(afterKz(), ev('tirTerminated', { reference: 'UZ170300' }), 'tirNotStarted')
    expectRefused(afterKz(), ev('tirTerminated', { reference: 'KZ510100' }), 'tirNotStarted')
  })

  it('a country off the routing', () => {
    expectRefused(afterKz(), ev('tirStarted', { reference: 'CN650100' }), 'tirRouting')
  })

  it('a reference that names no country', () => {
    expectRefused(afterKz(), ev('tirStarted', { reference: '55201' }), 'tirOffice')
    expectRefused(afterKz(), ev('tirStarted'), 'tirOffice')
  })

  it('more countries than voucher pairs: 4 vouchers, a third country refused', () => {
    const twoDone = tirWith(THROUGH_AF.slice(0, 6), 4)
    expectRefused(twoDone, ev('tirStarted', { reference: 'AF100200' }), 'vouchers')
    expect(possibleEvents(twoDone).map((p) => p.type)).not.toContain('tirStarted')
  })

  it('an odd number of vouchers counts whole pairs only', () => {
    const twoDone = tirWith(THROUGH_AF.slice(0, 6), 5)
    expectRefused(twoDone, ev('tirStarted', { reference: 'AF100200' }), 'vouchers')
  })

  it('terminating before any start, and starting before lodgement', () => {
    expectRefused(
      documentIn('accepted', 'TIR'),
      ev('tirTerminated', { reference: 'KZ510100' }),
      'sequence',
    )
    expectRefused(
      documentIn('lodged', 'TIR'),
      ev('tirTerminated', { reference: 'KZ510100' }),
      'sequence',
    )
    expectRefused(sample('TIR'), ev('tirStarted', { reference: 'KZ510100' }), 'sequence')
    expectRefused(
      documentIn('rejected', 'TIR'),
      ev('tirStarted', { reference: 'KZ510100' }),
      'sequence',
    )
  })

  it('discharged refused while a TIR operation is open', () => {
    const arrivedOpen = tirWith([
      ...THROUGH_AF,
      start('PK0TKM01'),
      [byHolder('arrived'), 'arrived'],
    ])
    const refusal = eventRefusal(arrivedOpen, ev('discharged'))
    expect(refusal).toMatchObject({ key: 'movement.problem.tirOpen', values: { country: 'PK' } })
  })

  // Goods are presented at the office of destination (arrived) before customs terminate the
  // TIR operation there (art. 28): recorded in that order, the movement still ends.
  it('a TIR movement that arrived with its last operation open can still be completed', () => {
    const inPk = tirWith([...THROUGH_AF, start('PK0TKM01')])
    let document = inPk
    if (eventRefusal(inPk, byHolder('arrived')) === null) {
      document = recordEvent(inPk, byHolder('arrived'))
      document = recordEvent(document, ev('tirTerminated', { reference: 'PK0KHI01' }))
    } else {
      document = recordEvent(inPk, ev('tirTerminated', { reference: 'PK0KHI01' }))
    }
    document = recordEvent(document, ev('discharged'))
    expect(movementOf(document).status).toBe('discharged')
  })

  // The first TIR start on a lodged or accepted carnet releases the goods (steps.ts: "TIR
  // operation started at the office of departure" is the release): the release's conditions hold.
  it.each([
    ['accepted', 'amendmentLodged', 'amendmentPending'],
    ['accepted', 'cancellationRequested', 'cancellationPending'],
    ['lodged', 'cancellationRequested', 'cancellationPending'],
  ] as const)(
    "no release by a TIR start when %s, while %s awaits customs' answer",
    (status, pending, key) => {
      const document = documentIn(status, 'TIR', [stored(pending)])
      if (status === 'accepted') {
        expect(eventRefusal(document, ev('released'))).toMatchObject({
          key: `movement.problem.${key}`,
        })
      }
      expectRefused(document, ev('tirStarted', { reference: 'KZ510100' }), key)
      expect(possibleEvents(document).map((p) => p.type)).not.toContain('tirStarted')
    },
  )

  // Neither discharged nor IE045 (writtenOff, an NCTS step that TIR shares) ends a movement
  // whose TIR operation is still open.
  it('never discharged while a TIR operation is open, whichever event discharges', () => {
    let document = tirWith([lodge, register, start('KZ510100')])
    for (const event of [ev('releasedAtDestination'), ev('writtenOff')]) {
      if (eventRefusal(document, event) === null) document = recordEvent(document, event)
    }
    const state = stateOf(document)
    const open = state.tirStarted.length > state.tirTerminated.length
    expect(open && state.status === 'discharged').toBe(false)
  })
})
