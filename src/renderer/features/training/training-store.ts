/**
 * What trainee mode shows: whether the training view is open (the third choice beside
 * Declarations and Trash), the case and the attempt chosen, the library's filters, and the
 * report of the last import of case files. Kept beside the feature, apart from the app's store.
 */
import { create } from 'zustand'
import type { CaseImportOutcome } from '../../db/training'
import { useUi } from '../../state/ui-store'

interface TrainingState {
  open: boolean
  /** the case whose page is shown */
  caseId: string | null
  /** the attempt open in the split view (its case stays chosen) */
  attemptId: string | null
  /** library filters: a procedure, a level ('' for all) */
  procedure: string
  level: string
  importReport: CaseImportOutcome[] | null
  setFilter(filter: { procedure?: string; level?: string }): void
  showCase(caseId: string | null): void
  showAttempt(caseId: string, attemptId: string): void
  setImportReport(report: CaseImportOutcome[] | null): void
}

export const useTraining = create<TrainingState>()((set) => ({
  open: false,
  caseId: null,
  attemptId: null,
  procedure: '',
  level: '',
  importReport: null,
  setFilter: (filter) => set(filter),
  showCase: (caseId) => set({ caseId, attemptId: null }),
  showAttempt: (caseId, attemptId) => set({ caseId, attemptId }),
  setImportReport: (importReport) => set({ importReport }),
}))

/**
 * Opens the training view. No declaration stays chosen behind it, so the menu's commands
 * (export, print) do not reach a declaration that is not on screen.
 */
export function openTraining(): void {
  useUi.getState().select(null)
  useTraining.setState({ open: true })
}

/** Back to the declarations or the trash; the case chosen is kept for the next visit. */
export function closeTraining(): void {
  useTraining.setState({ open: false, attemptId: null })
}

// A declaration chosen from anywhere else (New, Import, a link in a notice) is shown at once: the
// training view gives way to it.
useUi.subscribe((state, previous) => {
  if (state.selectedId !== null && state.selectedId !== previous.selectedId) closeTraining()
})
