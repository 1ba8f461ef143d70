/**
 * What the open declaration lets the user change (movement/locks.ts), for the fields to show
 * it: a locked field is read-only, a list that may not grow shows no add or remove buttons.
 * The session's guard enforces the same rule on every edit; this only makes it visible.
 */
import { createContext, useContext } from 'react'
import { toPointer, type JsonPath } from '../../../shared/json'
import { mayChange, type EditMode } from '../../../shared/movement/locks'

export const EditModeContext = createContext<EditMode>({ kind: 'open' })

export function useEditMode(): EditMode {
  return useContext(EditModeContext)
}

/** Whether the element at `path` (or the list there) may change now. */
export function useMayChange(path: JsonPath): boolean {
  return mayChange(useContext(EditModeContext), toPointer(path))
}
