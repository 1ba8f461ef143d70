/**
 * Registers the handlers of the IPC contract. Every call is checked twice before a handler runs:
 * the sender must be a frame of the app itself, and the payload must parse with the operation's
 * request schema. Responses are parsed too, so a handler cannot leak an unexpected shape.
 */
import type { z } from 'zod'
import {
  ipcOperations,
  type IpcOperationName,
  type IpcOperations,
  type IpcResponse,
} from '../../shared/ipc/contract'

export interface InvokeEventLike {
  senderFrame: { url: string } | null
}

export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: InvokeEventLike, payload: unknown) => Promise<unknown>,
  ): void
}

export type IpcHandlers = {
  [K in IpcOperationName]: (
    request: z.output<IpcOperations[K]['request']>,
    event: InvokeEventLike,
  ) => Promise<IpcResponse<K>>
}

export function registerIpcOperations(
  ipc: IpcMainLike,
  handlers: IpcHandlers,
  isTrustedSender: (event: InvokeEventLike) => boolean,
): void {
  for (const name of Object.keys(ipcOperations) as IpcOperationName[]) {
    const operation = ipcOperations[name]
    ipc.handle(operation.channel, async (event, payload) => {
      if (!isTrustedSender(event)) {
        throw new Error(`Refused ${name}: the request did not come from the TransitDesk window.`)
      }
      const request = operation.request.safeParse(payload)
      if (!request.success) {
        throw new Error(
          `Refused ${name}: ${request.error.issues[0]?.message ?? 'invalid request'}.`,
        )
      }
      const handler = handlers[name] as (req: unknown, event: InvokeEventLike) => Promise<unknown>
      return operation.response.parse(await handler(request.data, event))
    })
  }
}
