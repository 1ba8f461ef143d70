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

function startedBackupWorker(): Worker | null {
  try {
    backupWorker ??= new Worker(new URL('./backup.worker.ts', import.meta.url), {
      type: 'module',
    })
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
      signal?.removeEventListener('abort', callOff)
      if (answer.kind === 'done') return resolve(answer.bytes)
      // A worker that failed, or was stopped mid-backup, is not used again.
      worker.terminate()
      backupWorker = null
      reject(new Error(answer.message))
    }
    const callOff = () => settle({ kind: 'failed', message: 'the backup was called off' })
    worker.onmessage = (event: MessageEvent<BackupAnswer>) => settle(event.data)
    worker.onerror = (event) =>
      settle({ kind: 'failed', message: event.message || 'the backup could not be made' })
    signal?.addEventListener('abort', callOff)
    worker.postMessage({ createdAt })
  })
}
