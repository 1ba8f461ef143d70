/**
 * Makes the workspace backup off the window's thread: reading 10,000 declarations and encoding
 * tens of megabytes takes seconds, which typing must never share. The worker opens the same
 * database (IndexedDB is shared with workers) and hands back the file's bytes.
 */
import { workspaceBackupFile } from '../../db/backup'
import { WorkspaceDatabase } from '../../db/schema'
import { serveRequests } from '../../workers/worker-host'

export interface BackupRequest {
  createdAt: string
}

const database = new WorkspaceDatabase()

serveRequests<BackupRequest, Uint8Array>(async ({ createdAt }) => {
  const bytes = await workspaceBackupFile(database, createdAt)
  return { answer: bytes, transfer: [bytes.buffer as ArrayBuffer] }
})
