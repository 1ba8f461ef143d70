/**
 * Where a movement stands, read from its events: the status the file carries, and what the
 * events say on top of it — an amendment or a cancellation awaiting customs' answer, a
 * guarantee customs found not valid, the countries whose TIR operation started or ended.
 */
import { MOVEMENT_STATUSES } from '../format/constants'
import type { JsonObject } from '../json'
import type { MovementView } from '../model/view'
import type { MovementEventType, MovementStatus } from './steps'

export interface MovementState {
  status: MovementStatus
  /** an amendment lodged and not yet accepted or rejected */
  amendmentPending: boolean
  /** a cancellation requested and not yet decided */
  cancellationPending: boolean
  /** customs found the guarantee not valid and no amendment has been accepted since */
  guaranteeInvalid: boolean
  /** countries (ISO alpha-2) whose TIR operation started, in order */
  tirStarted: string[]
  /** countries whose TIR operation was terminated, in order */
  tirTerminated: string[]
}

export const isMovementStatus = (value: string): value is MovementStatus =>
  (MOVEMENT_STATUSES as readonly string[]).includes(value)

/**
 * A declaration made from another (a copy, a template, a second copy of an import): a draft of
 * its own, without the original's movement or the number customs gave the original.
 */
export function asNewDraft(document: JsonObject): JsonObject {
  const { movement: _movement, mrn: _mrn, ...draft } = document
  return draft
}

/** The country of a TIR step: the office reference's first two letters. */
export function tirStepCountry(reference: string): string {
  return reference.slice(0, 2).toUpperCase()
}

export function movementState(movement: MovementView): MovementState {
  const state: MovementState = {
    status: isMovementStatus(movement.status) ? movement.status : 'draft',
    amendmentPending: false,
    cancellationPending: false,
    guaranteeInvalid: false,
    tirStarted: [],
    tirTerminated: [],
  }
  for (const event of movement.events) {
    switch (event.type as MovementEventType) {
      case 'amendmentLodged':
        state.amendmentPending = true
        break
      case 'amendmentAccepted':
        state.amendmentPending = false
        state.guaranteeInvalid = false
        break
      case 'amendmentRejected':
        state.amendmentPending = false
        break
      case 'guaranteeInvalid':
        state.guaranteeInvalid = true
        break
      case 'cancellationRequested':
        state.cancellationPending = true
        break
      case 'rejected':
        // Customs rejected the declaration: whatever awaited their answer is answered.
        state.amendmentPending = false
        state.cancellationPending = false
        state.guaranteeInvalid = false
        break
      case 'cancellationRefused':
      case 'cancelled':
        state.cancellationPending = false
        break
      case 'tirStarted':
        state.tirStarted.push(tirStepCountry(event.reference))
        break
      case 'tirTerminated':
        state.tirTerminated.push(tirStepCountry(event.reference))
        break
      default:
        break
    }
  }
  return state
}
