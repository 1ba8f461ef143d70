/**
 * Keeps the list's readiness badges true: declarations not checked with today's rules (after an
 * update, an import, a restore) are checked in the background, in a worker, while the list says
 * how far it got. Asked for again while it runs, it runs once more when done.
 */
import { create } from 'zustand'
import { localDate } from '../../../shared/dates'
import { measured } from '../../perf'
import { WorkerClient } from '../../workers/worker-client'
import type { ReadinessProgress, ReadinessRequest } from './readiness.worker'

/** How far the background check is: null when it is not running. */
export const useReadinessCheck = create<{ progress: ReadinessProgress | null }>(() => ({
  progress: null,
}))

const client = new WorkerClient<ReadinessRequest, ReadinessProgress, ReadinessProgress>({
  start: () =>
    new Worker(new URL('./readiness.worker.ts', import.meta.url), {
      type: 'module',
      name: 'readiness',
    }),
  oneAtATime: true,
})

let running = false
let again = false

/** Checks the declarations not yet checked with today's rules; resolves when none is left. */
export async function checkReadiness(): Promise<void> {
  if (running) {
    again = true
    return
  }
  running = true
  try {
    await measured('readiness', async () => {
      do {
        again = false
        await client.request(
          { today: localDate(new Date()) },
          { onProgress: (progress) => useReadinessCheck.setState({ progress }) },
        )
      } while (again)
    })
  } catch {
    // A check that could not run leaves the counts as they were; the next start tries again.
  } finally {
    running = false
    useReadinessCheck.setState({ progress: null })
    client.stop('the readiness check is done')
  }
}
