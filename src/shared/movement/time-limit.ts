/**
 * The time limit of goods released for transit: the date by which they must be presented at
 * destination (NCTS limitDate; EAEU срок таможенного транзита). The list and the movement tab
 * flag it two days ahead and once it has passed.
 */
import { isCalendarDate } from '../dates'

/** How many days ahead a time limit is flagged. */
export const LIMIT_WARNING_DAYS = 2

export interface TimeLimitState {
  kind: 'near' | 'passed'
  /** days left (near) or days over (passed) */
  days: number
}

const DAY_MS = 86_400_000

/** `today` and `limitDate` as YYYY-MM-DD; only goods en route (released) are flagged. */
export function timeLimitState(
  status: string,
  limitDate: string,
  today: string,
): TimeLimitState | null {
  if (status !== 'released' || !isCalendarDate(limitDate) || !isCalendarDate(today)) return null
  const days = Math.round((Date.parse(limitDate) - Date.parse(today)) / DAY_MS)
  if (days < 0) return { kind: 'passed', days: -days }
  if (days <= LIMIT_WARNING_DAYS) return { kind: 'near', days }
  return null
}
