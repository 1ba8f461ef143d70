/**
 * A backup file, verified and ready to restore. It is read, checked row by row and kept in a
 * worker of its own (restore.worker.ts) so the page never holds or parses the whole workspace.
 */
import type { BackupHeader } from '../../../shared/backup/format'
import { describeBackupProblem } from '../../../shared/backup/problems'
import type { RestoreCounts } from '../../db/backup'
import i18n, { problemText } from '../../i18n'
import { WorkerClient } from '../../workers/worker-client'
import type { RestoreAnswer, RestoreMode, RestoreRequest } from './restore-rows'
import { WordedError } from '../../../shared/worded-error'

export type { RestoreMode } from './restore-rows'

export interface OpenedBackup {
  header: BackupHeader
  /** Puts the backup in place of the workspace, or adds what is missing from it. */
  restore(mode: RestoreMode): Promise<RestoreCounts>
  /** Lets the backup go (the dialog closed, or another file was chosen). */
  close(): void
}

/**
 * Verifies the file and checks its rows; a refusal comes back as `{ error }` with the reason in
 * words.
 */
export async function openBackup(
  source: Blob | Uint8Array,
): Promise<OpenedBackup | { error: string }> {
  const client = new WorkerClient<RestoreRequest, RestoreAnswer>({
    start: () =>
      new Worker(new URL('./restore.worker.ts', import.meta.url), {
        type: 'module',
        name: 'restore',
      }),
  })
  let opened: RestoreAnswer
  try {
    opened = await client.request({ kind: 'open', source })
  } catch (error) {
    client.stop()
    return { error: problemText(error) || i18n.t('problem.backupUnreadable') }
  }
  if (opened.kind !== 'opened') {
    client.stop()
    if (opened.kind !== 'refused') return { error: i18n.t('problem.backupUnreadable') }
    const { reason } = opened
    return {
      error:
        typeof reason === 'string'
          ? reason
          : describeBackupProblem(reason, (key, options) => i18n.t(key, options)),
    }
  }
  let restoring = false
  let closed = false
  return {
    header: opened.header,
    restore: async (mode) => {
      restoring = true
      try {
        const done = await client.request({ kind: 'restore', mode })
        if (done.kind === 'restored') return done.counts
        throw new WordedError('problem.unexpectedAnswer')
      } finally {
        restoring = false
        if (closed) client.stop()
      }
    },
    // A restore under way is let finish (it is all or nothing), then the worker goes.
    close: () => {
      closed = true
      if (!restoring) client.stop()
    },
  }
}
