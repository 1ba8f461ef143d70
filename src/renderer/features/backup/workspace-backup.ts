/**
 * Making the workspace backup file, off the window's thread: in a worker that is started once and
 * kept (backup.worker.ts), or here where there are no workers.
 */
import { workspaceBackupFile } from '../../db/backup'
import { database } from '../../db/workspace'
import { measured } from '../../perf'
import { flushActiveSession } from '../editor/active-session'
import type { BackupAnswer } from './backup.worker'

/**
 * The workspace as a backup file's bytes, made in a worker (see backup.worker.ts). `signal`
 * calls it off: the worker is stopped at once and the promise rejects.
 */
export async function workspaceBackup(signal?: AbortSignal): Promise<Uint8Array> {
  await flushActiveSession()
  return measured('backup', () => backupInWorker(new Date().toISOString(), signal))
}

/**
 * The backup worker, started once and kept: starting one (loading the database layer) takes a
 * quarter of a second that no backup should wait for. Backups take turns in it; one that fails
 * takes the worker with it, and the next backup starts a fresh one.
 */
let backupWorker: Worker | null = null
let turn: Promise<unknown> = Promise.resolve()

/** Starts the backup worker ahead of the first backup. */
export const warmUpBackupWorker = (): void => void startedBackupWorker()

/** A backup taking longer than this is given up (its worker stopped), so none waits forever. */
const BACKUP_TIMEOUT_MS = 5 * 60 * 1000

function startedBackupWorker(): Worker | null {
  if (backupWorker) return backupWorker
  try {
    const worker = new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module' })
    // A worker that fails to load before its first backup is dropped; the next starts afresh.
    worker.onerror = () => {
      worker.terminate()
      if (backupWorker === worker) backupWorker = null
    }
    backupWorker = worker
  } catch {
    // No workers here.
  }
  return backupWorker
}

function backupInWorker(createdAt: string, signal?: AbortSignal): Promise<Uint8Array> {
  const backup = turn.then(() => backupInWorkerNow(createdAt, signal))
  turn = backup.catch(() => undefined)
  return backup
}

function backupInWorkerNow(createdAt: string, signal?: AbortSignal): Promise<Uint8Array> {
  if (signal?.aborted) return Promise.reject(new Error('the backup was called off'))
  const worker = startedBackupWorker()
  if (!worker) return workspaceBackupFile(database, createdAt)
  return new Promise<Uint8Array>((resolve, reject) => {
    const settle = (answer: BackupAnswer) => {
      clearTimeout(timeout)
      signal?.removeEventListener('abort', callOff)
      if (answer.kind === 'done') return resolve(answer.bytes)
      // A worker that failed, or was stopped mid-backup, is not used again.
      worker.terminate()
      if (backupWorker === worker) backupWorker = null
      reject(new Error(answer.message))
    }
    const failed = (message: string) => () => settle({ kind: 'failed', message })
    const callOff = failed('the backup was called off')
    const timeout = setTimeout(
      failed('the backup took too long and was stopped'),
      BACKUP_TIMEOUT_MS,
    )
    worker.onmessage = (event: MessageEvent<BackupAnswer>) => settle(event.data)
    worker.onmessageerror = failed('the backup could not be handed over')
    worker.onerror = (event) =>
      settle({ kind: 'failed', message: event.message || 'the backup could not be made' })
    signal?.addEventListener('abort', callOff)
    worker.postMessage({ createdAt })
  })
}
