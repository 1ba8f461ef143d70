/**
 * Validates declarations off the window's thread, so revalidating 999 items never delays a
 * keystroke. One request at a time; the client drops answers that a newer request replaced.
 */
import { validateDeclaration } from '../../../shared/validation/validate'
import type { ValidationOptions, ValidationReport } from '../../../shared/validation/report'

export interface ValidationRequest {
  id: number
  document: unknown
  options: ValidationOptions
}

export interface ValidationAnswer {
  id: number
  report: ValidationReport
}

self.onmessage = (event: MessageEvent<ValidationRequest>) => {
  const { id, document, options } = event.data
  const answer: ValidationAnswer = { id, report: validateDeclaration(document, options) }
  self.postMessage(answer)
}
