/** The Local Reference Number: the trader's own reference, unique within the workspace. */
import { localDate } from '../dates'

export const LRN_PATTERN = /^[A-Za-z0-9/._-]{1,22}$/

export function isWellFormedLrn(value: unknown): value is string {
  return typeof value === 'string' && LRN_PATTERN.test(value)
}

/**
 * A fresh LRN for a new declaration: `TD-YYMMDD-XXXX` (14 characters), dated in the user's own
 * calendar (in Almaty, UTC+5, a declaration made at 01:00 is of today, not of yesterday in UTC).
 */
export function generateLrn(now: Date, random: () => number = Math.random): string {
  const date = localDate(now).slice(2).replace(/-/g, '')
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
  let tail = ''
  for (let i = 0; i < 4; i++) tail += alphabet[Math.floor(random() * alphabet.length)]
  return `TD-${date}-${tail}`
}

/**
 * The first of `base`, `base-2`, `base-3` … that is not taken, shortened so it stays within
 * 22 characters. Used for "keep both" on import and for copies.
 */
export function nextFreeLrn(base: string, isTaken: (lrn: string) => boolean): string {
  if (!isTaken(base)) return base
  for (let n = 2; ; n++) {
    const suffix = `-${n}`
    const candidate = base.slice(0, 22 - suffix.length) + suffix
    if (!isTaken(candidate)) return candidate
  }
}
