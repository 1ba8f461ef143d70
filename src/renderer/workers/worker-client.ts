/**
 * The one way the page talks to its web workers (checks, packets, backups, restores, readiness):
 * requests with ids, answers matched to them, progress, a time limit, calling off, and a worker
 * that fails to load or crashes told apart from a request that failed — and reported, so nothing
 * goes silently missing (a page whose checks cannot start says so).
 */
import type { WorkerAnswer, WorkerRequest } from './protocol'

/** Why a request got no answer. */
export type WorkerProblem =
  /** the worker could not be started, failed to load or crashed */
  | 'unavailable'
  /** the request took longer than its limit, and the worker was stopped */
  | 'timeout'
  /** the caller called it off (or stopped the client), and the worker was stopped */
  | 'aborted'
  /** the worker answered that the request failed; the message says why */
  | 'failed'
  /**
   * the request could not be handed to the worker: it cannot be copied (structured clone throws
   * DataCloneError, or RangeError on a value nested too deep); the worker keeps running
   */
  | 'unsendable'

export class WorkerError extends Error {
  constructor(
    readonly problem: WorkerProblem,
    message: string,
  ) {
    super(message)
  }
}

/** The parts of a Worker the client uses (tests hand in a stand-in). */
export interface WorkerLike {
  postMessage(message: unknown, options?: { transfer?: Transferable[] }): void
  terminate(): void
  onmessage: ((event: MessageEvent) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
  onmessageerror: ((event: MessageEvent) => void) | null
}

export interface WorkerClientOptions {
  /** starts the worker (`new Worker(new URL('./x.worker.ts', import.meta.url), …)`) */
  start: () => WorkerLike
  /** a request without an answer after this long fails with 'timeout' */
  timeoutMs?: number
  /** one request at a time: the next is sent when the last is answered */
  oneAtATime?: boolean
  /** told when the worker cannot start or crashes (the app says so to the user) */
  onUnavailable?: (reason: string) => void
}

export interface RequestOptions<Progress> {
  signal?: AbortSignal
  transfer?: Transferable[]
  onProgress?: (progress: Progress) => void
}

interface Pending<Answer, Progress> {
  resolve: (answer: Answer) => void
  reject: (error: WorkerError) => void
  onProgress?: (progress: Progress) => void
}

export class WorkerClient<Request, Answer, Progress = never> {
  private worker: WorkerLike | null = null
  private nextId = 1
  private readonly pending = new Map<number, Pending<Answer, Progress>>()
  private turn: Promise<unknown> = Promise.resolve()

  constructor(private readonly options: WorkerClientOptions) {}

  /** Starts the worker ahead of the first request (loading it takes time no request should wait). */
  warm(): void {
    try {
      this.started()
    } catch {
      // Reported when a request is made.
    }
  }

  /** Stops the worker; requests under way fail with 'aborted'. The next request starts afresh. */
  stop(reason = 'the work was called off'): void {
    this.fail(new WorkerError('aborted', reason))
  }

  request(request: Request, options: RequestOptions<Progress> = {}): Promise<Answer> {
    if (!this.options.oneAtATime) return this.send(request, options)
    const answer = this.turn.then(() => this.send(request, options))
    this.turn = answer.catch(() => undefined)
    return answer
  }

  private started(): WorkerLike {
    if (this.worker) return this.worker
    let worker: WorkerLike
    try {
      worker = this.options.start()
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      this.options.onUnavailable?.(reason)
      throw new WorkerError('unavailable', reason)
    }
    worker.onmessage = (event: MessageEvent<WorkerAnswer<Answer, Progress>>) => {
      const message = event.data
      const pending = this.pending.get(message.id)
      if (!pending) return
      if (message.kind === 'progress') return pending.onProgress?.(message.progress)
      this.pending.delete(message.id)
      if (message.kind === 'done') pending.resolve(message.answer)
      else pending.reject(new WorkerError('failed', message.message))
    }
    // A worker that fails to load, or crashes, takes its requests with it; the next starts anew.
    worker.onerror = (event) => {
      event.preventDefault?.()
      const reason = event.message || 'the worker stopped unexpectedly'
      this.options.onUnavailable?.(reason)
      this.fail(new WorkerError('unavailable', reason))
    }
    worker.onmessageerror = () =>
      this.fail(new WorkerError('unavailable', 'an answer could not be read'))
    this.worker = worker
    return worker
  }

  private send(request: Request, options: RequestOptions<Progress>): Promise<Answer> {
    const { signal, transfer, onProgress } = options
    if (signal?.aborted) return Promise.reject(new WorkerError('aborted', 'called off'))
    let worker: WorkerLike
    try {
      worker = this.started()
    } catch (error) {
      return Promise.reject(error)
    }
    const id = this.nextId++
    return new Promise<Answer>((resolve, reject) => {
      const { timeoutMs } = this.options
      const timer =
        timeoutMs === undefined
          ? undefined
          : setTimeout(
              () => this.fail(new WorkerError('timeout', 'it took too long and was stopped')),
              timeoutMs,
            )
      const callOff = () => this.fail(new WorkerError('aborted', 'called off'))
      const settle = () => {
        clearTimeout(timer)
        signal?.removeEventListener('abort', callOff)
      }
      this.pending.set(id, {
        resolve: (answer) => (settle(), resolve(answer)),
        reject: (error) => (settle(), reject(error)),
        ...(onProgress ? { onProgress } : {}),
      })
      signal?.addEventListener('abort', callOff)
      const message: WorkerRequest<Request> = { id, request }
      try {
        worker.postMessage(message, transfer ? { transfer } : undefined)
      } catch (error) {
        // Nothing reached the worker: this request alone fails, at once, and says why.
        this.pending.delete(id)
        settle()
        reject(new WorkerError('unsendable', unsendableReason(error)))
      }
    })
  }

  /** Stops the worker and fails every request under way with `error`. */
  private fail(error: WorkerError): void {
    this.worker?.terminate()
    this.worker = null
    const pending = [...this.pending.values()]
    this.pending.clear()
    for (const request of pending) request.reject(error)
  }
}

/** Why a request could not be sent, in one line: "… cannot be copied (DataCloneError: …)". */
function unsendableReason(error: unknown): string {
  // DOMException (DataCloneError) is an Error in today's engines, but not in every older one.
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown }
  const detail =
    typeof message === 'string'
      ? `${typeof name === 'string' ? name : 'Error'}: ${message}`
      : String(error)
  return `the request could not be handed to the worker: it cannot be copied (${detail.replace(/\s+/g, ' ')})`
}
