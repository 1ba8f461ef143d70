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
