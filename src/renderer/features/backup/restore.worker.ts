/**
 * Reads, verifies and restores a workspace backup off the window's thread: checking and parsing
 * tens of megabytes, then writing 10,000 declarations back, takes seconds that the page must
 * stay responsive through. Opening a backup checks the file and then every row of it
 * (openBackupFile), so a backup that would not restore is refused before the user is asked;
 * the checked rows stay here until they are restored or dropped.
 */
import type { CheckedBackup } from '../../db/backup-check'
import { WorkspaceDatabase } from '../../db/schema'
import { serveRequests } from '../../workers/worker-host'
import {
  openBackupFile,
  restoreInto,
  type RestoreAnswer,
  type RestoreRequest,
} from './restore-rows'

let backup: CheckedBackup | null = null
const database = new WorkspaceDatabase()

serveRequests<RestoreRequest, RestoreAnswer>(async (request) => {
  if (request.kind === 'open') {
    backup = null
    const source = request.source
    const bytes = source instanceof Blob ? new Uint8Array(await source.arrayBuffer()) : source
    const opened = await openBackupFile(bytes)
    if ('refused' in opened) return { answer: { kind: 'refused', reason: opened.refused } }
    backup = opened.backup
    return { answer: { kind: 'opened', header: opened.header } }
  }
  if (!backup) throw new Error('no backup has been opened')
  return {
    answer: { kind: 'restored', counts: await restoreInto(database, backup, request.mode) },
  }
})
