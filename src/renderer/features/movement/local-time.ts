/** The user's own clock as a datetime-local input shows it. */

const pad = (n: number) => String(n).padStart(2, '0')

/** Now, as `YYYY-MM-DDThh:mm` in the user's time zone. */
export function localDateTimeNow(): string {
  const now = new Date()
  return (
    `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}` +
    `T${pad(now.getHours())}:${pad(now.getMinutes())}`
  )
}
