/**
 * User Timing marks around the work whose speed the project promises (list query, import,
 * autosave). They cost next to nothing, show up in the DevTools performance panel, and the
 * benchmark (`npm run bench`) reads them.
 */
export async function measured<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now()
  try {
    return await work()
  } finally {
    performance.measure(`transitdesk:${name}`, { start, end: performance.now() })
  }
}
