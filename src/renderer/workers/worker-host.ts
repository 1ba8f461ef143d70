/**
 * The worker's side of the one worker protocol: answers each request by its id, with the
 * handler's result, the reason it failed, or progress on the way. Used by every web worker of
 * the app, so each behaves the same to its client.
 *
 * Every request gets an answer: one that cannot be posted (structured clone throws DataCloneError,
 * or RangeError on a value nested too deep) is replaced by a failed answer saying so, and progress
 * that cannot be posted is left out rather than breaking the work.
 */
import '../zod-without-eval'
import type { WorkerAnswer, WorkerRequest } from './protocol'

export interface Served<Answer> {
  answer: Answer
  /** buffers handed over instead of copied (a PDF, a backup file) */
  transfer?: Transferable[]
}

type Handler<Request, Answer, Progress> = (
  request: Request,
  progress: (progress: Progress) => void,
) => Served<Answer> | Promise<Served<Answer>>

/** The parts of the worker's global scope used here (tests hand in a stand-in). */
export interface WorkerScopeLike {
  postMessage(message: unknown, options?: { transfer?: Transferable[] }): void
  onmessage: ((event: MessageEvent) => void) | null
}

export function serveRequests<Request, Answer, Progress = never>(
  handle: Handler<Request, Answer, Progress>,
  scope: WorkerScopeLike = self as unknown as WorkerScopeLike,
): void {
  const post = (message: WorkerAnswer<Answer, Progress>, transfer: Transferable[] = []) =>
    scope.postMessage(message, { transfer })
  const fail = (id: number, message: string) => {
    try {
      post({ id, kind: 'failed', message })
    } catch {
      // Only a message that is not a plain string could fail here; this one cannot.
      post({ id, kind: 'failed', message: 'the worker could not say why the request failed' })
    }
  }
  scope.onmessage = async ({ data }: MessageEvent<WorkerRequest<Request>>) => {
    const { id, request } = data
    let served: Served<Answer>
    try {
      served = await handle(request, (progress) => {
        try {
          post({ id, kind: 'progress', progress })
        } catch {
          // Progress is a courtesy: the answer still comes.
        }
      })
    } catch (error) {
      return fail(id, describe(error))
    }
    try {
      post({ id, kind: 'done', answer: served.answer }, served.transfer)
    } catch (error) {
      fail(id, `the answer could not be sent back: ${describe(error)}`)
    }
  }
}

/** What was thrown, as its message (a DOMException is not an Error in every engine). */
function describe(error: unknown): string {
  const message = (error as { message?: unknown } | null | undefined)?.message
  return typeof message === 'string' ? message : String(error)
}
