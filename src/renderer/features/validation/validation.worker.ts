/**
 * Validates declarations off the window's thread, so revalidating 999 items never delays a
 * keystroke. One request at a time; the client drops answers that a newer request replaced.
 *
 * A request carries either a whole document or the changes from the one before: copying a
 * 999-item document into the worker costs the window's thread several milliseconds, the
 * changes of one keystroke almost nothing.
 */
import { applyBack, type Change } from '../../../shared/history/changes'
import type { JsonValue } from '../../../shared/json'
import { validateDeclaration } from '../../../shared/validation/validate'
import type { ValidationOptions, ValidationReport } from '../../../shared/validation/report'

export type ValidationRequest = { id: number; options: ValidationOptions } & (
  | { document: unknown }
  /** the changes that turn the previous request's document into this one */
  | { changes: Change[] }
)

export interface ValidationAnswer {
  id: number
  report: ValidationReport
}

let document: unknown

self.onmessage = (event: MessageEvent<ValidationRequest>) => {
  const request = event.data
  document =
    'changes' in request ? applyBack(document as JsonValue, request.changes) : request.document
  const answer: ValidationAnswer = {
    id: request.id,
    report: validateDeclaration(document, request.options),
  }
  self.postMessage(answer)
}
