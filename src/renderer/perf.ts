/**
 * User Timing marks around the work whose speed the project promises (list query, import,
 * autosave) and at the steps of the window's start. They cost next to nothing, show up in the
 * DevTools performance panel, and the benchmarks (`npm run bench`, bench/first-screen.ts) read
 * them.
 */
export async function measured<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now()
  try {
    return await work()
  } finally {
    performance.measure(`transitdesk:${name}`, { start, end: performance.now() })
  }
}

/** A moment of the start (the first screen shown, the database open …), once per window. */
export function mark(name: string): void {
  if (performance.getEntriesByName(`transitdesk:${name}`, 'mark').length === 0)
    performance.mark(`transitdesk:${name}`)
}
