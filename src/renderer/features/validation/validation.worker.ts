/**
 * Validates declarations off the window's thread, so revalidating 999 items never delays a
 * keystroke. The client drops answers that a newer request replaced.
 *
 * A request carries either a whole document or the changes from the one before: copying a
 * 999-item document into the worker costs the window's thread several milliseconds, the
 * changes of one keystroke almost nothing.
 */
import { applyBack, type Change } from '../../../shared/history/changes'
import type { JsonValue } from '../../../shared/json'
import type { ValidationOptions, ValidationReport } from '../../../shared/validation/report'
import { validateDeclaration } from '../../../shared/validation/validate'
import { serveRequests } from '../../workers/worker-host'

export type ValidationRequest = { options: ValidationOptions } & (
  | { document: unknown }
  /** the changes that turn the previous request's document into this one */
  | { changes: Change[] }
)

let document: unknown

serveRequests<ValidationRequest, ValidationReport>((request) => {
  document =
    'changes' in request ? applyBack(document as JsonValue, request.changes) : request.document
  return { answer: validateDeclaration(document, request.options) }
})
