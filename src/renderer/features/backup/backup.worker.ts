/**
 * Makes the workspace backup off the window's thread: reading 10,000 declarations and encoding
 * tens of megabytes takes seconds, which typing must never share. The worker opens the same
 * database (IndexedDB is shared with workers) and hands back the file's bytes.
 */
import { workspaceBackupFile } from '../../db/backup'
import { WorkspaceDatabase } from '../../db/schema'

export type BackupAnswer = { kind: 'done'; bytes: Uint8Array } | { kind: 'failed'; message: string }

const database = new WorkspaceDatabase()

self.onmessage = async (event: MessageEvent<{ createdAt: string }>) => {
  try {
    const bytes = await workspaceBackupFile(database, event.data.createdAt)
    self.postMessage({ kind: 'done', bytes } satisfies BackupAnswer, {
      transfer: [bytes.buffer as ArrayBuffer],
    })
  } catch (error) {
    self.postMessage({ kind: 'failed', message: (error as Error).message } satisfies BackupAnswer)
  }
}
