/**
 * A backup file, verified and ready to restore. It is read and kept in a worker (restore.worker.ts)
 * so the page never holds or parses the whole workspace; where workers are missing, here.
 */
import { decodeBackup, type BackupHeader, type BackupPayload } from '../../../shared/backup/format'
import { mergeBackup, replaceWithBackup, type RestoreCounts } from '../../db/backup'
import type { WorkspaceDatabase } from '../../db/schema'
import { database } from '../../db/workspace'

export type RestoreMode = 'replace' | 'merge'

export interface OpenedBackup {
  header: BackupHeader
  /** Puts the backup in place of the workspace, or adds what is missing from it. */
  restore(mode: RestoreMode): Promise<RestoreCounts>
  /** Lets the backup go (the dialog closed, or another file was chosen). */
  close(): void
}

export type RestoreRequest =
  { kind: 'open'; source: Blob | Uint8Array } | { kind: 'restore'; mode: RestoreMode }

export type RestoreAnswer =
  | { kind: 'opened'; header: BackupHeader }
  | { kind: 'refused'; reason: string }
  | { kind: 'restored'; counts: RestoreCounts }
  | { kind: 'failed'; message: string }

export function restoreInto(
  db: WorkspaceDatabase,
  payload: BackupPayload,
  mode: RestoreMode,
): Promise<RestoreCounts> {
  return mode === 'replace' ? replaceWithBackup(db, payload) : mergeBackup(db, payload)
}

/** Verifies the file; a refusal comes back as `{ error }` with the reason in words. */
export async function openBackup(
  source: Blob | Uint8Array,
): Promise<OpenedBackup | { error: string }> {
  let worker: Worker
  try {
    worker = new Worker(new URL('./restore.worker.ts', import.meta.url), { type: 'module' })
  } catch {
    return openHere(source)
  }
  const ask = (request: RestoreRequest) =>
    new Promise<RestoreAnswer>((resolve) => {
      worker.onmessage = (event: MessageEvent<RestoreAnswer>) => resolve(event.data)
      worker.onerror = (event) =>
        resolve({ kind: 'failed', message: event.message || 'the backup could not be read' })
      worker.postMessage(request)
    })
  const opened = await ask({ kind: 'open', source })
  if (opened.kind !== 'opened') {
    worker.terminate()
    return { error: opened.kind === 'refused' ? opened.reason : answerProblem(opened) }
  }
  let restoring = false
  let closed = false
  return {
    header: opened.header,
    restore: async (mode) => {
      restoring = true
      try {
        const done = await ask({ kind: 'restore', mode })
        if (done.kind === 'restored') return done.counts
        throw new Error(answerProblem(done))
      } finally {
        restoring = false
        if (closed) worker.terminate()
      }
    },
    // A restore under way is let finish (it is all or nothing), then the worker goes.
    close: () => {
      closed = true
      if (!restoring) worker.terminate()
    },
  }
}

async function openHere(source: Blob | Uint8Array): Promise<OpenedBackup | { error: string }> {
  const bytes = source instanceof Blob ? new Uint8Array(await source.arrayBuffer()) : source
  const decoded = await decodeBackup(bytes)
  if ('error' in decoded) return decoded
  return {
    header: decoded.header,
    restore: (mode) => restoreInto(database, decoded.payload, mode),
    close: () => {},
  }
}

const answerProblem = (answer: RestoreAnswer) =>
  answer.kind === 'failed' ? answer.message : 'the worker gave an unexpected answer'
