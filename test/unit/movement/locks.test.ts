/**
 * What may change when (issue: "after lodgement the declaration locks; an amendment opens only
 * the elements NCTS lets change before release — not holder, representative, office of
 * departure, procedure, LRN, MRN, HS codes; only the guarantee after 'guarantee not valid' …
 * after release nothing changes but events"). Checked on every element and every list of the
 * real samples, each given an MRN, a representative and a movement so that those are walked too.
 */
import { describe, expect, it } from 'vitest'
import type { Procedure } from '../../../src/shared/format/constants'
import { toPointer, type JsonObject, type JsonPath, type JsonValue } from '../../../src/shared/json'
import { declarationView } from '../../../src/shared/model/view'
import { movementState } from '../../../src/shared/movement/movement-state'
import { editModeOf, mayAmend, mayChange, type EditMode } from '../../../src/shared/movement/locks'
import type { MovementStatus } from '../../../src/shared/movement/steps'
import { ALL_PROCEDURES, ALL_STATUSES, documentIn, sample, stored } from './builders'

/** The sample as an accepted declaration, with every element an amendment might touch. */
function fullDeclaration(procedure: Procedure): JsonObject {
  const document = documentIn('accepted', procedure)
  document.representative = {
    name: 'Corridor Brokers LLP',
    address: { street: '5 Dostyk Ave', city: 'Almaty', postcode: '050010', country: 'KZ' },
    identification: { scheme: 'KZ-BIN', value: '050140001238' },
  }
  return document
}

/** Every element and every list below the root, as JSON Pointers. */
function pointersOf(value: JsonValue, path: JsonPath = []): string[] {
  if (typeof value !== 'object' || value === null) return []
  const entries: [string | number, JsonValue][] = Array.isArray(value)
    ? value.map((inner, index) => [index, inner])
    : Object.entries(value)
  return entries.flatMap(([key, inner]) => {
    const at = [...path, key]
    return [toPointer(at), ...pointersOf(inner, at)]
  })
}

const NEVER_AMENDED = ['lrn', 'mrn', 'procedure', 'movement', 'holder', 'representative']

/** Whether an amendment may change the element at `pointer` (written from the issue, by hand). */
function amendable(pointer: string): boolean {
  const [top, index, list, item, element, ...deeper] = pointer.split('/').slice(1)
  if (NEVER_AMENDED.includes(top!) || top === 'officeOfDeparture') return false
  if (top !== 'consignments') return true
  // the list of consignments, a consignment, its list of items, an item: none added or removed
  if (index === undefined || list === undefined) return false
  if (list === 'items' && (item === undefined || element === undefined)) return false
  return !(list === 'items' && element === 'hsCode' && deeper.length === 0)
}

const inMovement = (pointer: string) => pointer === '/movement' || pointer.startsWith('/movement/')
/** The number customs gave: like the movement, it comes only from events. */
const inMrn = (pointer: string) => pointer === '/mrn' || pointer.startsWith('/mrn/')
const inGuarantee = (pointer: string) =>
  pointer === '/guarantee' || pointer.startsWith('/guarantee/')

const MODES: [string, EditMode, (pointer: string) => boolean][] = [
  ['open', { kind: 'open' }, (pointer) => !inMovement(pointer) && !inMrn(pointer)],
  ['amending', { kind: 'amending', guaranteeOnly: false }, amendable],
  ['amending the guarantee only', { kind: 'amending', guaranteeOnly: true }, inGuarantee],
  ['locked', { kind: 'locked', status: 'released' }, () => false],
]

describe('field by field', () => {
  const cases = ALL_PROCEDURES.filter((p) => p !== 'T2').flatMap((procedure) =>
    MODES.map(([name, mode, expected]) => ({ procedure, name, mode, expected })),
  )

  it.each(cases)('$procedure sample, $name', ({ procedure, mode, expected }) => {
    const pointers = pointersOf(fullDeclaration(procedure))
    expect(pointers.length).toBeGreaterThan(100)
    const wrong = pointers.filter((pointer) => mayChange(mode, pointer) !== expected(pointer))
    expect(wrong).toEqual([])
  })

  it('the walk reaches what the rules name', () => {
    const pointers = pointersOf(fullDeclaration('TIR'))
    for (const pointer of ['/mrn', '/movement/events/1/reference', '/representative/name']) {
      expect(pointers).toContain(pointer)
    }
    expect(pointers).toContain('/consignments/0/items/2/hsCode')
  })

  it.each([
    ['/lrn', true],
    ['/procedure', true],
    ['/holder/name', true],
    ['/limitDate', true],
    ['/mrn', false],
    ['/mrn/0', false],
    ['/movement', false],
    ['/movement/events/0/type', false],
  ])('a draft (open) may change %s: %s', (pointer, may) => {
    expect(mayChange({ kind: 'open' }, pointer)).toBe(may)
  })

  const amending: EditMode = { kind: 'amending', guaranteeOnly: false }
  it.each([
    '/consignments/0/items/0/grossMass',
    '/consignments/0/items/0/packages/0/count',
    '/consignments/0/items/0/containers/0',
    '/consignments/0/consignee/name',
    '/seals',
    '/seals/0',
    '/seals/2',
    '/guarantee/reference',
    '/transport/meansAtDeparture/0/identity',
    '/officeOfDestination/reference',
    '/officesOfTransit/0',
    '/limitDate',
    '/carrier/name',
  ])('an amendment may change %s', (pointer) => {
    expect(mayChange(amending, pointer)).toBe(true)
  })

  it.each([
    '/lrn',
    '/mrn',
    '/procedure',
    '/movement',
    '/movement/status',
    '/holder',
    '/holder/address/city',
    '/representative/name',
    '/officeOfDeparture',
    '/officeOfDeparture/reference',
    '/consignments',
    '/consignments/0',
    '/consignments/1',
    '/consignments/0/items',
    '/consignments/0/items/0',
    '/consignments/0/items/5',
    '/consignments/0/items/0/hsCode',
    '/consignments/1/items/12/hsCode',
  ])('an amendment never changes %s', (pointer) => {
    expect(mayChange(amending, pointer)).toBe(false)
  })
})

const stateOf = (document: JsonObject) => movementState(declarationView(document).movement)

describe('the edit mode of each status', () => {
  const EXPECTED: Record<MovementStatus, [EditMode, EditMode]> = {
    draft: [{ kind: 'open' }, { kind: 'open' }],
    rejected: [{ kind: 'open' }, { kind: 'open' }],
    lodged: [
      { kind: 'locked', status: 'lodged' },
      { kind: 'locked', status: 'lodged' },
    ],
    accepted: [
      { kind: 'locked', status: 'accepted' },
      { kind: 'amending', guaranteeOnly: false },
    ],
    released: [
      { kind: 'locked', status: 'released' },
      { kind: 'locked', status: 'released' },
    ],
    notReleased: [
      { kind: 'locked', status: 'notReleased' },
      { kind: 'locked', status: 'notReleased' },
    ],
    arrived: [
      { kind: 'locked', status: 'arrived' },
      { kind: 'locked', status: 'arrived' },
    ],
    discharged: [
      { kind: 'locked', status: 'discharged' },
      { kind: 'locked', status: 'discharged' },
    ],
    cancelled: [
      { kind: 'locked', status: 'cancelled' },
      { kind: 'locked', status: 'cancelled' },
    ],
  }

  it.each([...ALL_STATUSES])('%s, without and with an amendment opened', (status) => {
    const state = stateOf(documentIn(status, 'T1'))
    expect([editModeOf(state, false), editModeOf(state, true)]).toEqual(EXPECTED[status])
    expect(mayAmend(state)).toBe(status === 'accepted')
  })

  it('a draft without movement is open', () => {
    expect(editModeOf(stateOf(sample('EAEU')), false)).toEqual({ kind: 'open' })
  })

  it.each([
    [
      'an amendment awaiting its answer',
      ['amendmentLodged'],
      { kind: 'locked', status: 'accepted' },
    ],
    [
      'a cancellation awaiting its answer',
      ['cancellationRequested'],
      { kind: 'locked', status: 'accepted' },
    ],
    [
      'an amendment answered',
      ['amendmentLodged', 'amendmentRejected'],
      { kind: 'amending', guaranteeOnly: false },
    ],
    [
      'a cancellation refused',
      ['cancellationRequested', 'cancellationRefused'],
      { kind: 'amending', guaranteeOnly: false },
    ],
    ['a guarantee not valid', ['guaranteeInvalid'], { kind: 'amending', guaranteeOnly: true }],
    [
      'its amendment rejected',
      ['guaranteeInvalid', 'amendmentLodged', 'amendmentRejected'],
      { kind: 'amending', guaranteeOnly: true },
    ],
    [
      'its amendment accepted',
      ['guaranteeInvalid', 'amendmentLodged', 'amendmentAccepted'],
      { kind: 'amending', guaranteeOnly: false },
    ],
  ] as const)('accepted, after %s', (_case, since, mode) => {
    const state = stateOf(
      documentIn(
        'accepted',
        'T1',
        since.map((type) => stored(type)),
      ),
    )
    expect(editModeOf(state, true)).toEqual(mode)
    expect(mayAmend(state)).toBe(mode.kind === 'amending')
    expect(editModeOf(state, false)).toEqual({ kind: 'locked', status: 'accepted' })
  })
})
