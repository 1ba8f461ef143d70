/**
 * Making the workspace backup file, off the window's thread: in a worker that is started once and
 * kept (backup.worker.ts), through the one worker client.
 */
import i18n, { problemText } from '../../i18n'
import { measured } from '../../perf'
import { WorkerClient, WorkerError } from '../../workers/worker-client'
import { flushActiveSession } from '../editor/active-session'
import type { BackupRequest } from './backup.worker'

/** A backup taking longer than this is given up (its worker stopped), so none waits forever. */
const BACKUP_TIMEOUT_MS = 5 * 60 * 1000

/**
 * The backup worker, started once and kept: starting one (loading the database layer) takes a
 * quarter of a second that no backup should wait for. Backups take turns in it; one that fails
 * takes the worker with it, and the next backup starts a fresh one.
 */
const client = new WorkerClient<BackupRequest, Uint8Array>({
  start: () =>
    new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module', name: 'backup' }),
  timeoutMs: BACKUP_TIMEOUT_MS,
  oneAtATime: true,
})

/** Starts the backup worker ahead of the first backup. */
export const warmUpBackupWorker = (): void => client.warm()

/**
 * The workspace as a backup file's bytes, made in the worker. `signal` calls it off: the worker
 * is stopped at once and the promise rejects.
 */
export async function workspaceBackup(signal?: AbortSignal): Promise<Uint8Array> {
  await flushActiveSession()
  return measured('backup', async () => {
    try {
      return await client.request({ createdAt: new Date().toISOString() }, { signal })
    } catch (error) {
      // A worker whose backup failed is not trusted with the next one.
      if (error instanceof WorkerError && error.problem === 'failed') client.stop()
      throw new Error(backupProblem(error))
    }
  })
}

function backupProblem(error: unknown): string {
  if (!(error instanceof WorkerError)) return problemText(error)
  if (error.problem === 'aborted') return i18n.t('problem.backupCalledOff')
  if (error.problem === 'timeout') return i18n.t('problem.backupTooLong')
  return error.message || i18n.t('problem.backupNotMade')
}
