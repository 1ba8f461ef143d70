/**
 * How many findings each editor tab holds, so the user sees where the errors are before
 * opening the tabs one by one.
 */
import { useMemo, useSyncExternalStore } from 'react'
import { EDITOR_SECTIONS, type EditorSectionId } from '../../state/ui-store'
import type { FindingsStore } from './findings-store'
import { jumpTarget } from './jump'

export interface SectionCount {
  errors: number
  warnings: number
}

export type SectionCounts = Record<EditorSectionId, SectionCount>

export function countBySection(report: ReturnType<FindingsStore['getReport']>): SectionCounts {
  const counts = Object.fromEntries(
    EDITOR_SECTIONS.map((s) => [s, { errors: 0, warnings: 0 }]),
  ) as SectionCounts
  for (const finding of report?.errors ?? []) counts[jumpTarget(finding.path).section].errors++
  for (const finding of report?.warnings ?? []) counts[jumpTarget(finding.path).section].warnings++
  return counts
}

/** The counts per tab; re-renders only when one of them changes. */
export function useSectionCounts(store: FindingsStore): SectionCounts {
  const key = useSyncExternalStore(store.subscribe, () =>
    JSON.stringify(countBySection(store.getReport())),
  )
  return useMemo(() => JSON.parse(key) as SectionCounts, [key])
}
