/**
 * One customs reply file, start to end: read and checked against its NCTS schema
 * (ncts/read-reply.ts), matched to the declaration and recorded (apply-reply.ts). Whatever is
 * wrong comes back as one sentence (a WordedError or FindingError); the declaration is then
 * unchanged. The command line and the editor both receive replies through here.
 */
import type { JsonObject } from '../json'
import { readReply, ReplyRefusal } from '../ncts/read-reply'
import type { CustomsReply } from '../ncts/reply'
import type { SchemaFiles } from '../ncts/schema-check'
import { WordedError } from '../worded-error'
import { applyReply } from './apply-reply'

export interface Received {
  document: JsonObject
  reply: CustomsReply
}

/** A reply file read and checked against its schema; a refusal is a WordedError. */
export async function readCustomsReply(
  xml: string | Uint8Array,
  files: SchemaFiles,
): Promise<CustomsReply> {
  try {
    return await readReply(xml, files)
  } catch (error) {
    if (error instanceof ReplyRefusal) {
      throw new WordedError(`movement.reply.${error.reason}`, { detail: error.detail })
    }
    throw error
  }
}

export async function receiveReply(
  document: JsonObject,
  xml: string | Uint8Array,
  files: SchemaFiles,
  today?: string,
): Promise<Received> {
  const reply = await readCustomsReply(xml, files)
  return { document: applyReply(document, reply, today), reply }
}
