/**
 * Talks to the validation worker through the one worker client. The worker keeps the document it
 * checked last, so a request sends only the changes since then; when the worker had to start
 * again, the next request sends the whole document.
 */
import { changesBack } from '../../../shared/history/changes'
import type { JsonValue } from '../../../shared/json'
import type { ValidationOptions, ValidationReport } from '../../../shared/validation/report'
import { WorkerClient } from '../../workers/worker-client'
import type { ValidationRequest } from './validation.worker'

/** More changes than this and the whole document goes (another declaration was opened). */
const MOST_CHANGES = 50
/** A check taking longer than this is given up (the worker is started again for the next). */
const CHECK_TIMEOUT_MS = 30_000

const client = new WorkerClient<ValidationRequest, ValidationReport>({
  start: () =>
    new Worker(new URL('./validation.worker.ts', import.meta.url), {
      type: 'module',
      name: 'checks',
    }),
  // A failure is shown in the checks panel (useLiveValidation), where the findings would be.
  timeoutMs: CHECK_TIMEOUT_MS,
})

/** The document the worker holds (the last one sent), to send only what changed since. */
let sent: JsonValue | undefined

/** Validates in the worker; rejects with a WorkerError when the checks cannot run. */
export async function validateInBackground(
  document: unknown,
  options: ValidationOptions,
): Promise<ValidationReport> {
  const changes = sent === undefined ? null : changesBack(document as JsonValue, sent)
  const request: ValidationRequest =
    changes && changes.length <= MOST_CHANGES ? { options, changes } : { options, document }
  sent = document as JsonValue
  try {
    return await client.request(request)
  } catch (error) {
    sent = undefined // the worker may have lost the document: send it whole next time
    throw error
  }
}
