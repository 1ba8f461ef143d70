/**
 * The worker's side of the one worker protocol: answers each request by its id, with the
 * handler's result, the reason it failed, or progress on the way. Used by every web worker of
 * the app, so each behaves the same to its client.
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

export function serveRequests<Request, Answer, Progress = never>(
  handle: Handler<Request, Answer, Progress>,
): void {
  const post = (message: WorkerAnswer<Answer, Progress>, transfer: Transferable[] = []) =>
    self.postMessage(message, { transfer })
  self.onmessage = async ({ data }: MessageEvent<WorkerRequest<Request>>) => {
    const { id, request } = data
    try {
      const served = await handle(request, (progress) => post({ id, kind: 'progress', progress }))
      post({ id, kind: 'done', answer: served.answer }, served.transfer)
    } catch (error) {
      post({ id, kind: 'failed', message: error instanceof Error ? error.message : String(error) })
    }
  }
}
