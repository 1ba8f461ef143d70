/**
 * Packets made in worker threads for the desktop window, and kept in the main process until
 * the user has saved, printed or opened them: the PDF never travels to the page and back.
 * Electron-free: the IPC layer passes the sender's id as `owner`.
 *
 * One warm worker is kept between packets (a cold one spends most of a second loading pdf-lib
 * and the fonts); it is started when the user opens the packet dialog (`prewarm`), ends after
 * a few idle minutes; the IPC layer starts another when a cancelled packet terminates it.
 */
import { Worker } from 'node:worker_threads'
import type { PacketProgress, PacketWorkerAnswer, PaperRequest } from '../../shared/packet/make'
import { windowText } from './translator'

export type PacketOutcome =
  | { status: 'done'; byteLength: number }
  | { status: 'cancelled' }
  | { status: 'failed'; error: string }

/** A packet that was made and not yet discarded: how many a window keeps at most. */
const KEPT_PER_OWNER = 3
/** How long an unused warm worker stays (its memory is pdf-lib, fontkit and the fonts). */
const SPARE_IDLE_MS = 5 * 60 * 1000

interface Job {
  owner: number
  worker?: Worker
  pdf?: Uint8Array
  cancelled?: boolean
}

export class PacketJobs {
  private readonly jobs = new Map<string, Job>()
  private started = 0
  private spare: Worker | undefined
  private spareTimer: ReturnType<typeof setTimeout> | undefined

  /** `workerUrl` is the built packet-worker script (or, in tests, a loader for its source). */
  constructor(private readonly workerUrl: URL) {}

  /** Starts a warm worker now, so the next packet does not wait for one. */
  prewarm(): void {
    if (!this.spare) this.keepSpare(this.spawn())
  }

  async make(
    owner: number,
    jobId: string,
    request: PaperRequest,
    onProgress?: PacketProgress,
  ): Promise<PacketOutcome> {
    if (this.jobs.has(jobId)) return { status: 'failed', error: windowText('system.packetMade') }
    const worker = this.takeSpare() ?? this.spawn()
    const job: Job = { owner, worker }
    this.jobs.set(jobId, job)
    try {
      const pdf = await runJob(worker, request, onProgress)
      if (job.cancelled) return { status: 'cancelled' }
      this.keepSpare(worker)
      job.pdf = pdf
      this.keepNewest(owner)
      return { status: 'done', byteLength: pdf.byteLength }
    } catch (error) {
      if (job.cancelled) return { status: 'cancelled' }
      if (error instanceof PacketFailure) this.keepSpare(worker)
      else void worker.terminate()
      return { status: 'failed', error: (error as Error).message }
    } finally {
      delete job.worker
      if (!job.pdf) this.jobs.delete(jobId)
    }
  }

  /** Stops a packet being made (its worker ends at once); false when there was none. */
  cancel(owner: number, jobId: string): boolean {
    const job = this.jobs.get(jobId)
    if (!job || job.owner !== owner || !job.worker) return false
    job.cancelled = true
    void job.worker.terminate()
    return true
  }

  /** The PDF of a made packet, only for the window that made it. */
  pdf(owner: number, jobId: string): Uint8Array | undefined {
    const job = this.jobs.get(jobId)
    return job?.owner === owner ? job.pdf : undefined
  }

  discard(owner: number, jobId: string): void {
    const job = this.jobs.get(jobId)
    if (job?.owner !== owner) return
    if (job.worker) this.cancel(owner, jobId)
    else this.jobs.delete(jobId)
  }

  /** A window closed: everything it made or was making goes. */
  discardOwner(owner: number): void {
    for (const [jobId, job] of this.jobs) if (job.owner === owner) this.discard(owner, jobId)
  }

  /** How many packets are held (made or being made). */
  get size(): number {
    return this.jobs.size
  }

  /** Ends the warm worker (packets being made go on until they finish or are cancelled). */
  close(): void {
    const spare = this.takeSpare()
    if (spare) void spare.terminate()
  }

  /** How many workers were started so far. */
  get workersStarted(): number {
    return this.started
  }

  private spawn(): Worker {
    this.started++
    const worker = new Worker(this.workerUrl)
    // A running job hears its worker's errors (runJob); an idle or warming spare that fails
    // just ends, and an unheard 'error' event would otherwise bring down the main process.
    worker.on('error', () => undefined)
    // A spare that ends by itself (crashed, out of memory) is not handed out again.
    worker.once('exit', () => {
      if (this.spare === worker) this.takeSpare()
    })
    return worker
  }

  private takeSpare(): Worker | undefined {
    const spare = this.spare
    this.spare = undefined
    clearTimeout(this.spareTimer)
    spare?.ref()
    return spare
  }

  /** Keeps `worker` as the warm spare, or ends it when there already is one. */
  private keepSpare(worker: Worker): void {
    if (this.spare) return void worker.terminate()
    this.spare = worker
    // An idle spare neither keeps the process alive nor lingers for ever.
    worker.unref()
    this.spareTimer = setTimeout(() => this.close(), SPARE_IDLE_MS)
    this.spareTimer.unref?.()
  }

  private keepNewest(owner: number): void {
    const made = [...this.jobs].filter(([, job]) => job.owner === owner && job.pdf)
    for (const [jobId] of made.slice(0, Math.max(0, made.length - KEPT_PER_OWNER)))
      this.jobs.delete(jobId)
  }
}

/** Sends one request to `worker` and waits for its PDF, its failure, or its end. */
function runJob(
  worker: Worker,
  request: PaperRequest,
  onProgress?: PacketProgress,
): Promise<Uint8Array> {
  return new Promise<Uint8Array>((resolve, reject) => {
    const settle = () => {
      worker.off('message', onMessage)
      worker.off('error', onError)
      worker.off('exit', onExit)
    }
    const onMessage = (answer: PacketWorkerAnswer) => {
      if (answer.kind === 'progress') return onProgress?.(answer.done, answer.total)
      settle()
      if (answer.kind === 'done') resolve(answer.pdf)
      else reject(new PacketFailure(answer.message))
    }
    const onError = (error: Error) => {
      settle()
      reject(new Error(windowText('system.packetFailed', { reason: error.message })))
    }
    const onExit = () => {
      settle()
      reject(new Error(windowText('problem.packetStopped')))
    }
    worker.on('message', onMessage)
    worker.on('error', onError)
    worker.on('exit', onExit)
    worker.postMessage(request)
  })
}

/** The worker answered with a failure: it is still sound and can make the next packet. */
class PacketFailure extends Error {}
