/** How trainee mode writes times: when an attempt began, how long it took, what is left. */
import { displayLocale } from '../../i18n'

type T = (key: string, options?: Record<string, unknown>) => string

/** A moment in the window's language ("7 Dec 2026, 09:30"). */
export function whenText(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(displayLocale(), { dateStyle: 'medium', timeStyle: 'short' })
}

/** A duration in minutes and seconds ("12 min 05 s"); hours count as minutes. */
export function durationText(ms: number, t: T): string {
  const seconds = Math.max(0, Math.floor(ms / 1000))
  const minutes = Math.floor(seconds / 60)
  return t('trainee.duration', {
    minutes,
    seconds: String(seconds % 60).padStart(2, '0'),
  })
}

/** A countdown's face: "mm:ss" (or "h:mm:ss" from an hour up). */
export function clockText(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000))
  const hours = Math.floor(total / 3600)
  const mm = String(Math.floor((total % 3600) / 60)).padStart(2, '0')
  const ss = String(total % 60).padStart(2, '0')
  return hours > 0 ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`
}
