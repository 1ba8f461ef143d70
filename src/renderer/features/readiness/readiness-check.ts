/**
 * Keeps the list's readiness badges true: declarations not checked with today's rules (after an
 * update, an import, a restore) are checked in the background, in a worker, while the list says
 * how far it got. Asked for again while it runs, it runs once more when done.
 */
import { create } from 'zustand'
import { localDate } from '../../../shared/dates'
import i18n, { problemText } from '../../i18n'
import { measured } from '../../perf'
import { useUi } from '../../state/ui-store'
import { WorkerClient } from '../../workers/worker-client'
import type { ReadinessProgress, ReadinessRequest } from './readiness.worker'

/** How far the background check is: null when it is not running. */
export const useReadinessCheck = create<{ progress: ReadinessProgress | null }>(() => ({
  progress: null,
}))

/** Far longer than 10,000 declarations take here (~35 s): a check that hangs is given up. */
const CHECK_TIMEOUT_MS = 15 * 60 * 1000

const client = new WorkerClient<ReadinessRequest, ReadinessProgress, ReadinessProgress>({
  start: () =>
    new Worker(new URL('./readiness.worker.ts', import.meta.url), {
      type: 'module',
      name: 'readiness',
    }),
  oneAtATime: true,
  timeoutMs: CHECK_TIMEOUT_MS,
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
  } catch (error) {
    // The counts stay as they were ("Not checked yet" where there are none); the next start
    // tries again. The user is told why the badges did not follow.
    useUi.getState().notify('error', i18n.t('list.checkFailed', { reason: problemText(error) }))
  } finally {
    running = false
    useReadinessCheck.setState({ progress: null })
    client.stop('the readiness check is done')
  }
}
