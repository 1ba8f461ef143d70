/**
 * Checks stored declarations in the background and stores their readiness counts: after an
 * update of the rules (every declaration, once), an import or a restore. It opens the same
 * database as the page and reports its progress; the page stays free throughout.
 */
import { readinessOf } from '../../../shared/model/declaration-record'
import { validateDeclaration } from '../../../shared/validation/validate'
import { checkDeclarations, uncheckedIds } from '../../db/readiness'
import { WorkspaceDatabase } from '../../db/schema'
import { serveRequests } from '../../workers/worker-host'

export interface ReadinessRequest {
  /** the date that counts as today for the checks */
  today: string
}

export interface ReadinessProgress {
  checked: number
  total: number
}

/** Declarations checked per transaction: each batch's counts reach the list together. */
const BATCH = 200

const database = new WorkspaceDatabase()

serveRequests<ReadinessRequest, ReadinessProgress, ReadinessProgress>(
  async ({ today }, progress) => {
    const ids = await uncheckedIds(database)
    const total = ids.length
    let checked = 0
    for (let start = 0; start < total; start += BATCH) {
      progress({ checked, total })
      await checkDeclarations(database, ids.slice(start, start + BATCH), (document) =>
        readinessOf(validateDeclaration(document, { today })),
      )
      checked = Math.min(start + BATCH, total)
    }
    return { answer: { checked, total } }
  },
)
