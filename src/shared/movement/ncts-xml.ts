/**
 * The declaration as the NCTS declaration message (IE015, CC015C) customs systems take: for a
 * T1, T2 or TIR declaration without errors. A refusal is one sentence (WordedError).
 */
import type { DeclarationFile } from '../format/schema'
import type { JsonObject } from '../json'
import { declarationView } from '../model/view'
import { ie015Procedure, Ie015Refusal, writeIe015 } from '../ncts/ie015'
import { WordedError } from '../worded-error'

/** NCTS's dateTime: local time, seconds, no offset (DDNTA data format "dateTime"). */
function nctsDateTime(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return (
    `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}` +
    `T${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`
  )
}

/** Who sends it: the holder's identification when it has one (an EORI …), else TransitDesk. */
function senderOf(document: JsonObject): string {
  const holder = declarationView(document).holder
  const id = holder?.idValue || holder?.tirHolderId || ''
  return id.length > 0 && id.length <= 35 ? id : 'TRANSITDESK'
}

/**
 * The IE015 of `document`. `errorCount`: the validator's errors in it (a message with errors
 * would only come back rejected, so none is written).
 */
export function ie015Text(document: JsonObject, errorCount: number, at = new Date()): string {
  const procedure = declarationView(document).procedure
  if (!ie015Procedure(procedure)) throw new WordedError('movement.xml.procedure', { procedure })
  if (errorCount > 0) throw new WordedError('movement.xml.errors', { count: errorCount })
  try {
    return writeIe015(document as unknown as DeclarationFile, {
      preparedAt: nctsDateTime(at),
      messageId: 'TD' + at.getTime().toString(36).toUpperCase(),
      sender: senderOf(document),
    })
  } catch (error) {
    if (error instanceof Ie015Refusal) {
      throw new WordedError(`movement.xml.${error.reason}`, {
        element: error.element,
        detail: error.detail ? ` (${error.detail})` : '',
      })
    }
    throw error
  }
}
