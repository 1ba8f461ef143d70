/**
 * The open declaration's movement as the editor needs it: its state, the amendment customs do
 * not hold yet (open or lodged), and the edit mode that follows — which the session's guard
 * enforces. An open amendment that the movement has overtaken (released elsewhere, say) is
 * forgotten: nothing may be amended any more.
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react'
import { movementView } from '../../../shared/model/view'
import { editModeOf, mayAmend, mayChange, type EditMode } from '../../../shared/movement/locks'
import { movementState, type MovementState } from '../../../shared/movement/movement-state'
import type { EditorSession } from '../editor/editor-session'
import { amendmentOf, forgetAmendment, subscribeAmendments, type Amendment } from './amending'

export interface OpenMovement {
  state: MovementState
  /** the amendment customs do not hold yet, if any */
  amendment: Amendment | undefined
  /** an amendment is open for editing */
  amending: boolean
  mode: EditMode
}

export function useMovement(id: string, session: EditorSession): OpenMovement {
  const movement = useSyncExternalStore(session.subscribe, () => session.valueAt(['movement']))
  const amendment = useSyncExternalStore(subscribeAmendments, () => amendmentOf(id))
  const opened = useMemo(() => {
    const state = movementState(movementView(movement))
    const amending = amendment !== undefined && !amendment.lodged && mayAmend(state)
    return { state, amendment, amending, mode: editModeOf(state, amending) }
  }, [movement, amendment])
  useEffect(() => {
    const { mode } = opened
    session.setGuard((pointer) => mayChange(mode, pointer))
    return () => session.setGuard(null)
  }, [session, opened])
  useEffect(() => {
    const { amendment, state } = opened
    const overtaken = amendment && (amendment.lodged ? !state.amendmentPending : !mayAmend(state))
    if (overtaken) forgetAmendment(id)
  }, [id, opened])
  return opened
}
