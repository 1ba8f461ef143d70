import { createContext, useCallback, useContext, useSyncExternalStore } from 'react'
import { toPointer, type JsonObject, type JsonPath } from '../../../shared/json'
import type { FieldFinding, FindingsStore } from '../validation/findings-store'
import type { EditorSession } from './editor-session'

export const SessionContext = createContext<EditorSession | null>(null)

export function useSession(): EditorSession {
  const session = useContext(SessionContext)
  if (!session) throw new Error('useSession must be used inside the editor')
  return session
}

/** The value at `path`; the component re-renders only when that value changes. */
export function useValue(path: JsonPath): unknown {
  const session = useSession()
  const pointer = toPointer(path)
  // The pointer, not the path array, keys the snapshot so callers may pass literals.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const get = useCallback(() => session.valueAt(path), [session, pointer])
  return useSyncExternalStore(session.subscribe, get)
}

/** The DOM id of the input for a path: the editor, tests and later the issues panel use it. */
export function fieldId(path: JsonPath): string {
  return 'field:' + toPointer(path)
}

/**
 * A value derived from the whole document (a count, a flag). `select` must return a primitive
 * so that the component re-renders only when the derived value changes, not on every keystroke.
 */
export function useSelector<T extends string | number | boolean | null | undefined>(
  select: (document: JsonObject) => T,
): T {
  const session = useSession()
  return useSyncExternalStore(session.subscribe, () => select(session.getDocument()))
}

/** The validation findings of the open declaration (null outside the editor). */
export const FindingsContext = createContext<FindingsStore | null>(null)

const NO_FINDINGS: readonly FieldFinding[] = Object.freeze([])
const noStore = () => () => undefined

/** The findings at exactly this path; re-renders only when they change. */
export function useFindings(path: JsonPath): readonly FieldFinding[] {
  const store = useContext(FindingsContext)
  const pointer = toPointer(path)
  return useSyncExternalStore(store?.subscribe ?? noStore, () => store?.at(pointer) ?? NO_FINDINGS)
}

/** The DOM id of the findings shown under a field (its input's aria-describedby). */
export function findingsId(path: JsonPath): string {
  return 'findings:' + toPointer(path)
}
