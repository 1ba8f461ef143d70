/** Talks to the validation worker: the newest request wins, older answers are dropped. */
import type { ValidationOptions, ValidationReport } from '../../../shared/validation/report'
import { validateDeclaration } from '../../../shared/validation/validate'
import type { ValidationAnswer, ValidationRequest } from './validation.worker'

let worker: Worker | null = null
let nextId = 1
const waiting = new Map<number, (report: ValidationReport) => void>()

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
    const request: ValidationRequest = { id, document, options }
    target.postMessage(request)
  })
}
