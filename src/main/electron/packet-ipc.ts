import { join } from 'node:path'
import { app, BrowserWindow, shell, type IpcMainInvokeEvent } from 'electron'
import { ipcEvents, type PacketProgressEvent } from '../../shared/ipc/contract'
import { describeFsError } from '../core/files'
import { windowText } from '../core/translator'
import type { IpcHandlers, InvokeEventLike } from '../core/ipc-router'
import { sweepPacketCopies, writePacketCopy } from '../core/packet-copies'
import { PacketJobs } from '../core/packet-jobs'
import { showPrintWindow } from './print-window'

type PacketHandlers = Pick<
  IpcHandlers,
  | 'preparePacket'
  | 'makePacket'
  | 'cancelPacket'
  | 'savePacket'
  | 'printPacket'
  | 'openPacket'
  | 'discardPacket'
>

/** Progress events at most this often per packet (a 999-item packet reports ~60 times). */
const PROGRESS_INTERVAL_MS = 100

const sender = (event: InvokeEventLike) => (event as IpcMainInvokeEvent).sender
/**
 * Copies for the viewer and the print window live in the user's own profile folder, not the
 * shared temp folder: on Linux /tmp is readable by every user of the machine.
 */
const copiesFolder = () => join(app.getPath('userData'), 'Packet copies')
const gone = () => ({ done: false, error: windowText('system.packetGone') })

/**
 * The packet operations: made in worker threads (out/main/packet-worker.js), kept per window
 * until discarded, then saved through `save`, printed, or opened in the system's viewer.
 */
export function packetHandlers(
  save: (
    event: InvokeEventLike,
    name: string,
    pdf: Uint8Array,
  ) => ReturnType<IpcHandlers['savePacket']>,
): PacketHandlers {
  const jobs = new PacketJobs(new URL('./packet-worker.js', import.meta.url))
  const watched = new Set<number>()
  void sweepPacketCopies(copiesFolder())

  return {
    async preparePacket() {
      jobs.prewarm()
      return {}
    },
    async makePacket({ jobId, request }, event) {
      const contents = sender(event)
      if (!watched.has(contents.id)) {
        watched.add(contents.id)
        const id = contents.id
        contents.once('destroyed', () => {
          watched.delete(id)
          jobs.discardOwner(id)
        })
        // A reloaded or crashed page no longer knows its packets: free them.
        contents.on('render-process-gone', () => jobs.discardOwner(id))
        contents.on('did-start-navigation', (details) => {
          if (details.isMainFrame && !details.isSameDocument) jobs.discardOwner(id)
        })
      }
      let last = 0
      return jobs.make(contents.id, jobId, request, (done, total) => {
        const now = Date.now()
        if (done < total && now - last < PROGRESS_INTERVAL_MS) return
        last = now
        if (!contents.isDestroyed())
          contents.send(ipcEvents.packetProgress, {
            jobId,
            done,
            total,
          } satisfies PacketProgressEvent)
      })
    },
    async cancelPacket({ jobId }, event) {
      // The cancelled packet's worker is gone: warm another for the next try.
      if (jobs.cancel(sender(event).id, jobId)) jobs.prewarm()
      return {}
    },
    async savePacket({ jobId, suggestedName }, event) {
      const pdf = jobs.pdf(sender(event).id, jobId)
      if (!pdf) return { saved: false, error: gone().error }
      return save(event, suggestedName, pdf)
    },
    async printPacket({ jobId, suggestedName }, event) {
      const pdf = jobs.pdf(sender(event).id, jobId)
      if (!pdf) return gone()
      try {
        const file = await writePacketCopy(copiesFolder(), suggestedName, pdf)
        const parent = BrowserWindow.fromWebContents(sender(event))
        return { done: await showPrintWindow(file, suggestedName, parent) }
      } catch (error) {
        return {
          done: false,
          error: windowText('system.printFailed', { reason: describeFsError(error, windowText) }),
        }
      }
    },
    async openPacket({ jobId, suggestedName }, event) {
      const pdf = jobs.pdf(sender(event).id, jobId)
      if (!pdf) return gone()
      try {
        const file = await writePacketCopy(copiesFolder(), suggestedName, pdf)
        // openPath answers with an error message, or "" when the viewer started.
        const problem = await shell.openPath(file)
        if (problem)
          return { done: false, error: windowText('problem.noViewer', { reason: problem }) }
        return { done: true }
      } catch (error) {
        return {
          done: false,
          error: windowText('system.openFailed', { reason: describeFsError(error, windowText) }),
        }
      }
    },
    async discardPacket({ jobId }, event) {
      jobs.discard(sender(event).id, jobId)
      return {}
    },
  }
}
