/** YYYY-MM-DD of the given moment in the user's own calendar: what "today" means to them. */
export function localDate(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`
}

const DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/

/** A real calendar date written YYYY-MM-DD (2026-02-30 and 2026-2-4 are not). */
export function isCalendarDate(value: string): boolean {
  if (value.length !== 10) return false
  const m = DATE.exec(value)
  if (!m) return false
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  if (month < 1 || month > 12 || day < 1) return false
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!
  return day <= days
}

/** The calendar date `days` after `date` (YYYY-MM-DD); undefined when `date` is none. */
export function addDays(date: string, days: number): string | undefined {
  if (!isCalendarDate(date) || !Number.isInteger(days)) return undefined
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  // UTC arithmetic: a calendar day is never 23 or 25 hours long there.
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10)
}

const DATE_TIME =
  /^([0-9]{4}-[0-9]{2}-[0-9]{2})T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]{1,9})?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$/

/** An ISO 8601 date and time with its offset, e.g. 2026-02-04T09:30:00Z or …T14:30+05:00. */
export function isDateTime(value: string): boolean {
  if (value.length > 40) return false
  const match = DATE_TIME.exec(value)
  return match !== null && isCalendarDate(match[1]!)
}

const pad2 = (n: number) => String(n).padStart(2, '0')

/**
 * `YYYY-MM-DDThh:mm[:ss[.fff]]` read in the time zone of this computer, written with that zone's
 * offset at that moment (2026-02-04T09:30 in Almaty → 2026-02-04T09:30:00+05:00); a value that is
 * not of that form comes back unchanged. A time the clock skips (a spring-forward gap) is
 * written as the moment it is read as, so the text and the instant always agree.
 */
export function withLocalOffset(local: string): string {
  const match = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(\.\d{1,9})?)?$/.exec(local)
  const moment = new Date(local)
  if (!match || Number.isNaN(moment.getTime())) return local
  const minutes = -moment.getTimezoneOffset()
  const sign = minutes >= 0 ? '+' : '-'
  const offset = `${sign}${pad2(Math.floor(Math.abs(minutes) / 60))}:${pad2(Math.abs(minutes) % 60)}`
  const wall =
    `${localDate(moment)}T${pad2(moment.getHours())}:${pad2(moment.getMinutes())}` +
    `:${pad2(moment.getSeconds())}${match[1] ?? ''}`
  return wall + offset
}
