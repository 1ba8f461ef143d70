/** Talks to the validation worker: the newest request wins, older answers are dropped. */
import { changesBack } from '../../../shared/history/changes'
import type { JsonValue } from '../../../shared/json'
import type { ValidationOptions, ValidationReport } from '../../../shared/validation/report'
import { validateDeclaration } from '../../../shared/validation/validate'
import type { ValidationAnswer, ValidationRequest } from './validation.worker'

let worker: Worker | null = null
let nextId = 1
const waiting = new Map<number, (report: ValidationReport) => void>()
/** The document the worker holds (the last one sent), to send only what changed since. */
let sent: JsonValue | undefined
/** More changes than this and the whole document goes (another declaration was opened). */
const MOST_CHANGES = 50

function getWorker(): Worker | null {
  if (worker) return worker
  try {
    worker = new Worker(new URL('./validation.worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (event: MessageEvent<ValidationAnswer>) => {
      waiting.get(event.data.id)?.(event.data.report)
      waiting.delete(event.data.id)
    }
    return worker
  } catch {
    return null
  }
}

/** Validates in the worker (or, where workers are unavailable, right here). */
export function validateInBackground(
  document: unknown,
  options: ValidationOptions,
): Promise<ValidationReport> {
  const target = getWorker()
  if (!target) return Promise.resolve(validateDeclaration(document, options))
  const id = nextId++
  return new Promise((resolve) => {
    waiting.set(id, resolve)
    const changes = sent === undefined ? null : changesBack(document as JsonValue, sent)
    const request: ValidationRequest =
      changes && changes.length <= MOST_CHANGES
        ? { id, options, changes }
        : { id, options, document }
    target.postMessage(request)
    sent = document as JsonValue
  })
}
