/**
 * Reads, verifies and restores a workspace backup off the window's thread: checking and parsing
 * tens of megabytes, then writing 10,000 declarations back, takes seconds that the page must
 * stay responsive through. The verified payload stays here until it is restored or dropped.
 */
import { decodeBackup, type BackupPayload } from '../../../shared/backup/format'
import { WorkspaceDatabase } from '../../db/schema'
import { serveRequests } from '../../workers/worker-host'
import { restoreInto, type RestoreAnswer, type RestoreRequest } from './restore-rows'

let payload: BackupPayload | null = null
const database = new WorkspaceDatabase()

serveRequests<RestoreRequest, RestoreAnswer>(async (request) => {
  if (request.kind === 'open') {
    const source = request.source
    const bytes = source instanceof Blob ? new Uint8Array(await source.arrayBuffer()) : source
    const decoded = await decodeBackup(bytes)
    if ('error' in decoded) return { answer: { kind: 'refused', reason: decoded.error } }
    payload = decoded.payload
    return { answer: { kind: 'opened', header: decoded.header } }
  }
  if (!payload) throw new Error('no backup has been opened')
  return {
    answer: { kind: 'restored', counts: await restoreInto(database, payload, request.mode) },
  }
})
