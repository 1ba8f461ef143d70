/**
 * Revalidates the open declaration 300 ms after the user stops changing it, in the worker, and
 * puts the report in the findings store. The LRN's uniqueness needs the workspace, so it is
 * looked up here and handed to the validator.
 *
 * A training attempt (`attempt`) is no declaration of the workspace: its LRN is never "taken" by
 * the trainee's own declarations, it has no list row to badge, and it is checked on the case's
 * own calendar (no date of today), as the simulated customs office checks it.
 */
import { useEffect } from 'react'
import type { JsonObject } from '../../../shared/json'
import { declarations } from '../../db/workspace'
import { measured } from '../../perf'
import type { EditorSession } from '../editor/editor-session'
import type { FindingsStore } from './findings-store'
import { localDate } from '../../../shared/dates'
import { readinessOf } from '../../../shared/model/declaration-record'
import { validateInBackground } from './validation-client'

const QUIET_MS = 300

export function useLiveValidation(
  id: string,
  session: EditorSession,
  store: FindingsStore,
  attempt = false,
): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    let checked: JsonObject | null = null
    let disposed = false
    const run = async () => {
      const document = session.getDocument()
      checked = document
      const lrn = document.lrn
      const lrnTaken =
        !attempt &&
        typeof lrn === 'string' &&
        lrn !== '' &&
        (await declarations.isLrnUsedByOther(lrn, id))
      const today = attempt ? '' : localDate(new Date())
      let report
      try {
        report = await measured('validate', () =>
          validateInBackground(document, { today, lrnTaken }),
        )
      } catch (error) {
        // The checks could not run: the panel says so (never a silent "no findings").
        if (!disposed) store.fail((error as Error).message)
        return
      }
      // A report of an older version is dropped: a newer run is on its way.
      if (disposed || session.getDocument() !== document) return
      store.set(report)
      // The list's badge: the counts of the declaration as it now is.
      if (!attempt) void declarations.setReadiness(id, readinessOf(report)).catch(() => undefined)
    }
    const onChange = () => {
      if (session.getDocument() === checked) return // a save-state change, not an edit
      checked = session.getDocument()
      clearTimeout(timer)
      timer = setTimeout(() => void run(), QUIET_MS)
    }
    void run()
    const unsubscribe = session.subscribe(onChange)
    return () => {
      disposed = true
      clearTimeout(timer)
      unsubscribe()
    }
  }, [id, session, store, attempt])
}
