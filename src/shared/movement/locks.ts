/**
 * What may change when. A draft (or a declaration customs rejected) is the user's to edit.
 * Once lodged it is locked: only events change it. An amendment (IE013) opens the elements
 * NCTS lets the holder change before release — not the holder, the representative, the
 * office of departure, the procedure, the LRN, the MRN or the goods' commodity codes (HMRC
 * rule R0520; it also locks the additional declaration type and the security indicator, which
 * our format does not carry), and here no goods item or consignment added or removed, since a
 * new one would bring a new commodity code (docs/lifecycle.md, section 2) — and after "guarantee not valid" (IE055) only the
 * guarantee. After release nothing changes but events.
 */
import type { MovementState } from './movement-state'
import type { MovementStatus } from './steps'

export type EditMode =
  /** every element may change */
  | { kind: 'open' }
  /** nothing may change but the movement's events */
  | { kind: 'locked'; status: MovementStatus }
  /** an amendment is being prepared: the elements `amendable` allows */
  | { kind: 'amending'; guaranteeOnly: boolean }

/** The statuses in which the declaration is the user's draft. */
const EDITABLE: readonly MovementStatus[] = ['draft', 'rejected']

/** Whether an amendment may be prepared now: accepted, nothing awaiting customs' answer. */
export function mayAmend(state: MovementState): boolean {
  return state.status === 'accepted' && !state.amendmentPending && !state.cancellationPending
}

/** How the editor treats the declaration: `amending` when the user has opened an amendment. */
export function editModeOf(state: MovementState, amending: boolean): EditMode {
  if (EDITABLE.includes(state.status)) return { kind: 'open' }
  if (amending && mayAmend(state))
    return { kind: 'amending', guaranteeOnly: state.guaranteeInvalid }
  return { kind: 'locked', status: state.status }
}

/** Elements an amendment never changes, as JSON Pointer patterns. */
const NEVER_AMENDED = [
  /^\/(lrn|mrn|procedure|movement|holder|representative|officeOfDeparture)(\/|$)/,
  /^\/consignments\/[0-9]+\/items\/[0-9]+\/hsCode$/,
  // The lists of consignments and goods items themselves: no entry added, removed or replaced.
  /^\/consignments(\/[0-9]+(\/items(\/[0-9]+)?)?)?$/,
]

/** Whether the element at `pointer` (or the list there) may change under `mode`. */
export function mayChange(mode: EditMode, pointer: string): boolean {
  switch (mode.kind) {
    case 'open':
      // The movement and the number customs gave change only by events (record-event.ts).
      return !/^\/(movement|mrn)(\/|$)/.test(pointer)
    case 'locked':
      return false
    case 'amending':
      if (mode.guaranteeOnly) return pointer === '/guarantee' || pointer.startsWith('/guarantee/')
      return !NEVER_AMENDED.some((pattern) => pattern.test(pointer))
  }
}
