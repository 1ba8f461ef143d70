/**
 * The amendments of each declaration that customs do not hold yet: id → the history version
 * (seq) customs hold, saved when the amendment was opened, and whether it has been lodged. Open,
 * it lets the user change what may be amended and "Discard" go back to that version; lodged, it
 * waits for customs' answer, and a rejection puts that version back. Kept in localStorage so an
 * amendment survives a reload or a closed window; the storage event keeps windows in step.
 */
const KEY = 'transitdesk.amendments'

export interface Amendment {
  /** the history version customs hold */
  base: number
  lodged: boolean
}

type Amendments = Record<string, Amendment>

const listeners = new Set<() => void>()
let cache: Amendments | null = null

const isAmendment = (value: unknown): value is Amendment =>
  typeof value === 'object' &&
  value !== null &&
  Number.isInteger((value as Amendment).base) &&
  (value as Amendment).base >= 0 &&
  typeof (value as Amendment).lodged === 'boolean'

function read(): Amendments {
  if (cache) return cache
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}')
    cache =
      typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
        ? Object.fromEntries(Object.entries(parsed).filter(([, entry]) => isAmendment(entry)))
        : {}
  } catch {
    cache = {}
  }
  return cache
}

function write(next: Amendments): void {
  cache = next
  try {
    localStorage.setItem(KEY, JSON.stringify(next))
  } catch {
    // Storage full or refused: the amendment stays known to this window only.
  }
  for (const listener of listeners) listener()
}

window.addEventListener('storage', (event) => {
  if (event.key !== KEY) return
  cache = null
  for (const listener of listeners) listener()
})

export function subscribeAmendments(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function amendmentOf(id: string): Amendment | undefined {
  return read()[id]
}

export function openAmendment(id: string, base: number): void {
  write({ ...read(), [id]: { base, lodged: false } })
}

export function markAmendmentLodged(id: string): void {
  const entry = read()[id]
  if (entry) write({ ...read(), [id]: { ...entry, lodged: true } })
}

export function forgetAmendment(id: string): void {
  if (!(id in read())) return
  const { [id]: _forgotten, ...rest } = read()
  write(rest)
}
