/**
 * Whole movements step by step, written by hand rather than read from the steps table, so a
 * wrong table fails here even where the derived matrix (transitions.test.ts) agrees with it.
 */
import { describe, expect, it } from 'vitest'
import type { Procedure } from '../../../src/shared/format/constants'
import type { NewEvent } from '../../../src/shared/movement/record-event'
import type { MovementStatus } from '../../../src/shared/movement/steps'
import {
  AT,
  byHolder,
  ev,
  HOLDER,
  movementOf,
  NATIONAL_NUMBER,
  sample,
  T1_MRN,
  TD_NUMBER,
  walk,
} from './builders'

type Step = [NewEvent, MovementStatus]
const lodge: Step = [byHolder('lodged'), 'lodged']
const mrn: Step = [ev('mrnAllocated', { reference: T1_MRN }), 'accepted']
const registered = (reference: string): Step => [ev('registered', { reference }), 'accepted']
const release: Step = [ev('released'), 'released']
const arrive: Step = [byHolder('arrived'), 'arrived']

const paths: { name: string; procedure: Procedure; steps: Step[] }[] = [
  {
    name: 'T1 draft → lodged → mrnAllocated → released → arrived → writtenOff is discharged',
    procedure: 'T1',
    steps: [lodge, mrn, release, arrive, [ev('writtenOff'), 'discharged']],
  },
  {
    name: 'T1 with IE928, control decision, incident, IE025 and IE045',
    procedure: 'T1',
    steps: [
      lodge,
      [ev('acknowledged'), 'lodged'],
      mrn,
      [ev('controlDecided', { detail: 'A3 documentary check' }), 'accepted'],
      release,
      [ev('incident', { detail: 'seal replaced at TR080100' }), 'released'],
      [ev('releasedAtDestination'), 'arrived'],
      [ev('writtenOff'), 'discharged'],
    ],
  },
  {
    name: 'T2 written off straight after release',
    procedure: 'T2',
    steps: [lodge, mrn, release, [ev('writtenOff'), 'discharged']],
  },
  {
    name: 'T1 discharged from the office paper after arrival',
    procedure: 'T1',
    steps: [lodge, mrn, release, arrive, [ev('discharged'), 'discharged']],
  },
  {
    name: 'EAEU registered with CODE/DDMMYY/NNNNNNN, released, arrived, discharged',
    procedure: 'EAEU',
    steps: [lodge, registered(TD_NUMBER), release, arrive, [ev('discharged'), 'discharged']],
  },
  {
    name: 'NATIONAL registered with a national number, released, arrived, discharged',
    procedure: 'NATIONAL',
    steps: [lodge, registered(NATIONAL_NUMBER), release, arrive, [ev('discharged'), 'discharged']],
  },
  {
    name: 'rejected, corrected and lodged again, then accepted',
    procedure: 'T1',
    steps: [lodge, [ev('rejected'), 'rejected'], lodge, mrn],
  },
  {
    name: 'not released is the end',
    procedure: 'T1',
    steps: [lodge, mrn, [ev('notReleased'), 'notReleased']],
  },
  {
    name: 'after amendmentRejected the status stays accepted, and release follows',
    procedure: 'T1',
    steps: [
      lodge,
      mrn,
      [byHolder('amendmentLodged'), 'accepted'],
      [ev('amendmentRejected'), 'accepted'],
      release,
    ],
  },
  {
    name: 'guarantee not valid, then an amendment accepted, then release',
    procedure: 'T1',
    steps: [
      lodge,
      mrn,
      [ev('guaranteeInvalid'), 'accepted'],
      [byHolder('amendmentLodged'), 'accepted'],
      [ev('amendmentAccepted'), 'accepted'],
      release,
    ],
  },
  {
    name: 'cancellation requested before release and granted',
    procedure: 'T1',
    steps: [lodge, [byHolder('cancellationRequested'), 'lodged'], [ev('cancelled'), 'cancelled']],
  },
  {
    name: 'cancellation refused, then release',
    procedure: 'EAEU',
    steps: [
      lodge,
      registered(TD_NUMBER),
      [byHolder('cancellationRequested'), 'accepted'],
      [ev('cancellationRefused'), 'accepted'],
      release,
    ],
  },
  {
    name: 'cancelled after release by customs',
    procedure: 'T1',
    steps: [lodge, mrn, release, [ev('cancelled'), 'cancelled']],
  },
]

describe('whole movements, by hand', () => {
  it.each(paths)('$name', ({ procedure, steps }) => {
    const done = walk(sample(procedure), steps)
    expect(movementOf(done).events.map((e) => e.type)).toEqual(steps.map(([e]) => e.type))
  })

  it('the first lodgement creates the movement; the MRN lands in the declaration', () => {
    const draft = sample('T1')
    expect(draft.movement).toBeUndefined()
    const done = walk(draft, [lodge, mrn])
    expect(done.mrn).toBe(T1_MRN)
    expect(movementOf(done).events).toEqual([
      { type: 'lodged', at: AT, by: HOLDER },
      { type: 'mrnAllocated', at: AT, by: 'customs', reference: T1_MRN },
    ])
  })

  it('a draft written out with its movement is lodged the same way', () => {
    const draft = { ...sample('NATIONAL'), movement: { status: 'draft', events: [] } }
    expect(movementOf(walk(draft, [lodge])).events).toHaveLength(1)
  })
})
