/**
 * The one worker client: answers matched to their requests, progress, one at a time, a time
 * limit, calling off, a worker that fails to load or crashes — told apart and reported.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { WorkerAnswer, WorkerRequest } from '../../src/renderer/workers/protocol'
import {
  WorkerClient,
  WorkerError,
  type WorkerLike,
} from '../../src/renderer/workers/worker-client'
import { serveRequests, type WorkerScopeLike } from '../../src/renderer/workers/worker-host'

/** A stand-in worker: records what it is sent; the test answers for it. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  onmessageerror: ((event: MessageEvent) => void) | null = null
  sent: WorkerRequest<string>[] = []
  terminated = false
  postMessage(message: unknown) {
    this.sent.push(message as WorkerRequest<string>)
  }
  terminate() {
    this.terminated = true
  }
  answer(message: WorkerAnswer<string, number>) {
    this.onmessage?.({ data: message } as MessageEvent)
  }
  crash(message: string) {
    this.onerror?.({ message, preventDefault() {} } as ErrorEvent)
  }
}

function clientWith(options: { timeoutMs?: number; oneAtATime?: boolean } = {}) {
  const workers: FakeWorker[] = []
  const unavailable: string[] = []
  const client = new WorkerClient<string, string, number>({
    start: () => {
      const worker = new FakeWorker()
      workers.push(worker)
      return worker
    },
    onUnavailable: (reason) => unavailable.push(reason),
    ...options,
  })
  return { client, workers, unavailable }
}

const problemOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'answered',
    (error: WorkerError) => error.problem,
  )

afterEach(() => vi.useRealTimers())

describe('WorkerClient', () => {
  it('matches answers to requests by id, whatever their order, and passes progress on', async () => {
    const { client, workers } = clientWith()
    const progress: number[] = []
    const first = client.request('a', { onProgress: (p) => progress.push(p) })
    const second = client.request('b')
    const worker = workers[0]!
    expect(workers).toHaveLength(1)
    expect(worker.sent.map((m) => m.request)).toEqual(['a', 'b'])
    const [a, b] = worker.sent.map((m) => m.id)
    worker.answer({ id: a!, kind: 'progress', progress: 50 })
    worker.answer({ id: b!, kind: 'done', answer: 'B' })
    worker.answer({ id: a!, kind: 'done', answer: 'A' })
    expect(await first).toBe('A')
    expect(await second).toBe('B')
    expect(progress).toEqual([50])
  })

  it('tells a failed request apart, and keeps the worker', async () => {
    const { client, workers } = clientWith()
    const request = client.request('a')
    workers[0]!.answer({ id: workers[0]!.sent[0]!.id, kind: 'failed', message: 'no such file' })
    await expect(request).rejects.toMatchObject({ problem: 'failed', message: 'no such file' })
    expect(workers[0]!.terminated).toBe(false)
  })

  it('reports a worker that fails to load, fails its requests, and starts afresh next time', async () => {
    const { client, workers, unavailable } = clientWith()
    const pending = [client.request('a'), client.request('b')]
    workers[0]!.crash('SyntaxError in validation.worker.js')
    expect(await Promise.all(pending.map(problemOf))).toEqual(['unavailable', 'unavailable'])
    expect(unavailable).toEqual(['SyntaxError in validation.worker.js'])
    expect(workers[0]!.terminated).toBe(true)
    const next = client.request('c')
    expect(workers).toHaveLength(2)
    workers[1]!.answer({ id: workers[1]!.sent[0]!.id, kind: 'done', answer: 'C' })
    expect(await next).toBe('C')
  })

  it('reports a worker that cannot even be started', async () => {
    const unavailable: string[] = []
    const client = new WorkerClient<string, string>({
      start: () => {
        throw new Error('workers are disabled')
      },
      onUnavailable: (reason) => unavailable.push(reason),
    })
    expect(await problemOf(client.request('a'))).toBe('unavailable')
    expect(unavailable).toEqual(['workers are disabled'])
  })

  it('gives up a request after its time limit and stops the worker', async () => {
    vi.useFakeTimers()
    const { client, workers } = clientWith({ timeoutMs: 1000 })
    const request = problemOf(client.request('a'))
    vi.advanceTimersByTime(999)
    expect(workers[0]!.terminated).toBe(false)
    vi.advanceTimersByTime(1)
    expect(await request).toBe('timeout')
    expect(workers[0]!.terminated).toBe(true)
  })

  it('calls a request off through its signal, at once', async () => {
    const { client, workers } = clientWith()
    const controller = new AbortController()
    const request = problemOf(client.request('a', { signal: controller.signal }))
    controller.abort()
    expect(await request).toBe('aborted')
    expect(workers[0]!.terminated).toBe(true)
    expect(await problemOf(client.request('b', { signal: controller.signal }))).toBe('aborted')
  })

  it('sends one request at a time when asked to, even after one fails', async () => {
    const { client, workers } = clientWith({ oneAtATime: true })
    const first = problemOf(client.request('a'))
    const second = client.request('b')
    await Promise.resolve()
    expect(workers[0]!.sent.map((m) => m.request)).toEqual(['a'])
    workers[0]!.answer({ id: workers[0]!.sent[0]!.id, kind: 'failed', message: 'disk full' })
    expect(await first).toBe('failed')
    await vi.waitFor(() => expect(workers[0]!.sent).toHaveLength(2))
    workers[0]!.answer({ id: workers[0]!.sent[1]!.id, kind: 'done', answer: 'B' })
    expect(await second).toBe('B')
  })

  it('ignores answers to requests it no longer waits for', async () => {
    const { client, workers } = clientWith()
    const request = problemOf(client.request('a'))
    client.stop()
    expect(await request).toBe('aborted')
    expect(() => workers[0]!.answer({ id: 1, kind: 'done', answer: 'late' })).not.toThrow()
  })
})

/** A value structured clone cannot copy: nested far deeper than its stack allows. */
function deeplyNested(depth: number): unknown {
  let value: unknown = 1
  for (let i = 0; i < depth; i++) value = { a: value }
  return value
}

/** A stand-in worker that copies what it is sent, as postMessage does, and so may throw. */
class CopyingWorker extends FakeWorker {
  override postMessage(message: unknown) {
    super.postMessage(structuredClone(message))
  }
}

describe('WorkerClient: a request that cannot be sent', () => {
  function copyingClient(options: { timeoutMs?: number; oneAtATime?: boolean } = {}) {
    const workers: CopyingWorker[] = []
    const client = new WorkerClient<unknown, string>({
      start: () => {
        const worker = new CopyingWorker()
        workers.push(worker)
        return worker
      },
      ...options,
    })
    return { client, workers }
  }

  it.each([
    ['a DataCloneError (a function)', () => ({ save: () => undefined })],
    ['a RangeError (a value nested too deep)', () => deeplyNested(200_000)],
  ])('fails that request at once with %s, and keeps the worker', async (_kind, request) => {
    const { client, workers } = copyingClient()
    const error = await client.request(request()).then(
      () => null,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(WorkerError)
    expect(error).toMatchObject({ problem: 'unsendable' })
    expect((error as WorkerError).message).toMatch(/could not be handed to the worker/)
    expect((error as WorkerError).message).not.toMatch(/\n/)
    expect(workers[0]!.terminated).toBe(false)
    // The worker still serves the next request.
    const next = client.request('fine')
    workers[0]!.answer({ id: workers[0]!.sent[0]!.id, kind: 'done', answer: 'ok' })
    expect(await next).toBe('ok')
  })

  it('leaves the other requests under way alone, and sets no time limit running', async () => {
    vi.useFakeTimers()
    const { client, workers } = copyingClient({ timeoutMs: 1000 })
    const first = client.request('a')
    const bad = problemOf(client.request({ f: () => undefined }))
    expect(await bad).toBe('unsendable')
    vi.advanceTimersByTime(999)
    workers[0]!.answer({ id: workers[0]!.sent[0]!.id, kind: 'done', answer: 'A' })
    expect(await first).toBe('A')
    // The failed request's timer was cleared: nothing stops the worker later.
    vi.advanceTimersByTime(5000)
    expect(workers[0]!.terminated).toBe(false)
  })

  it('lets the next request go when one at a time', async () => {
    const { client, workers } = copyingClient({ oneAtATime: true })
    const bad = problemOf(client.request(deeplyNested(200_000)))
    const next = client.request('b')
    expect(await bad).toBe('unsendable')
    await vi.waitFor(() => expect(workers[0]!.sent).toHaveLength(1))
    workers[0]!.answer({ id: workers[0]!.sent[0]!.id, kind: 'done', answer: 'B' })
    expect(await next).toBe('B')
  })
})

/** The worker's global scope, stood in: it copies what is posted, as postMessage does. */
class FakeScope implements WorkerScopeLike {
  onmessage: ((event: MessageEvent) => void) | null = null
  posted: WorkerAnswer<unknown, unknown>[] = []
  postMessage(message: unknown) {
    this.posted.push(structuredClone(message) as WorkerAnswer<unknown, unknown>)
  }
  async send(id: number, request: unknown) {
    await this.onmessage?.({ data: { id, request } } as MessageEvent)
  }
}

describe('serveRequests', () => {
  it('answers with the handler’s result, or the reason it failed', async () => {
    const scope = new FakeScope()
    serveRequests<string, string>((request) => {
      if (request === 'bad') throw new Error('no such declaration')
      return { answer: request.toUpperCase() }
    }, scope)
    await scope.send(1, 'ok')
    await scope.send(2, 'bad')
    expect(scope.posted).toEqual([
      { id: 1, kind: 'done', answer: 'OK' },
      { id: 2, kind: 'failed', message: 'no such declaration' },
    ])
  })

  it.each([
    ['a DataCloneError (a function)', () => ({ save: () => undefined })],
    ['a RangeError (a value nested too deep)', () => deeplyNested(200_000)],
  ])('turns an answer that cannot be posted (%s) into a failed answer', async (_kind, answer) => {
    const scope = new FakeScope()
    serveRequests<string, unknown>(() => ({ answer: answer() }), scope)
    await scope.send(7, 'go')
    expect(scope.posted).toHaveLength(1)
    expect(scope.posted[0]).toMatchObject({ id: 7, kind: 'failed' })
    const { message } = scope.posted[0] as { message: string }
    expect(message).toMatch(/^the answer could not be sent back: /)
  })

  it('leaves out progress that cannot be posted, and still answers', async () => {
    const scope = new FakeScope()
    serveRequests<string, string, unknown>((_request, progress) => {
      progress({ step: () => undefined })
      progress(50)
      return { answer: 'done' }
    }, scope)
    await scope.send(3, 'go')
    expect(scope.posted).toEqual([
      { id: 3, kind: 'progress', progress: 50 },
      { id: 3, kind: 'done', answer: 'done' },
    ])
  })

  it('answers end to end: the client gets a clear error, not silence', async () => {
    const scope = new FakeScope()
    serveRequests<string, unknown>(() => ({ answer: { f: () => undefined } }), scope)
    const worker = new FakeWorker()
    const client = new WorkerClient<string, unknown>({ start: () => worker })
    const request = client.request('go')
    await scope.send(worker.sent[0]!.id, 'go')
    worker.answer(scope.posted[0] as WorkerAnswer<string, number>)
    await expect(request).rejects.toMatchObject({
      problem: 'failed',
      message: expect.stringMatching(/could not be sent back/),
    })
  })
})
