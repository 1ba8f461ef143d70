/**
 * What the movement tab does: record an event, receive customs replies, open, lodge or discard
 * an amendment, write the NCTS declaration message. Each reports its outcome as a notice and
 * never throws; a refusal leaves the declaration as it was.
 */
import { localDate } from '../../../shared/dates'
import { changesBack } from '../../../shared/history/changes'
import { toPointer, type JsonObject } from '../../../shared/json'
import { readCustomsReply } from '../../../shared/movement/receive-reply'
import { applyReply } from '../../../shared/movement/apply-reply'
import { ie015Text } from '../../../shared/movement/ncts-xml'
import {
  recordEvent,
  type NewEvent,
  type ReleaseFacts,
} from '../../../shared/movement/record-event'
import { eventDetail } from '../../../shared/movement/event-text'
import { MAX_REPLY_BYTES } from '../../../shared/ncts/read-reply'
import type { CustomsReply } from '../../../shared/ncts/reply'
import { validateDeclaration } from '../../../shared/validation/validate'
import { WordedError } from '../../../shared/worded-error'
import { documentAtVersion } from '../../db/history'
import { database } from '../../db/workspace'
import i18n, { problemText } from '../../i18n'
import { platform } from '../../platform'
import { useUi } from '../../state/ui-store'
import type { EditorSession } from '../editor/editor-session'
import { amendmentOf, forgetAmendment, markAmendmentLodged, openAmendment } from './amending'
import { windowSchemaFiles } from './ncts-schema-files'

const notify = (tone: 'success' | 'error' | 'info', text: string) =>
  useUi.getState().notify(tone, text)

const today = () => localDate(new Date())

/** The validator's errors in the declaration now (what customs would reject it for). */
export function errorsNow(document: JsonObject): number {
  return validateDeclaration(document, { today: today() }).errors.filter(
    (finding) => finding.rule !== 'lrn.unique',
  ).length
}

/**
 * Records `event` (refused, the reason said, and false), then what it means for an amendment
 * customs do not hold yet: lodged, accepted, or rejected — which puts back the version they hold.
 */
export async function recordOnSession(
  id: string,
  session: EditorSession,
  event: NewEvent,
  release: ReleaseFacts = {},
): Promise<boolean> {
  try {
    record(id, session, recordEvent(session.getDocument(), event, release, today()), event.type)
  } catch (error) {
    notify('error', problemText(error))
    return false
  }
  await afterAmendmentAnswer(id, session, event.type)
  await session.flush()
  return true
}

/** Records a document an event made, keeping the amendment's own record in step. */
function record(id: string, session: EditorSession, next: JsonObject, type: string): void {
  session.record(next)
  if (type === 'amendmentLodged') markAmendmentLodged(id)
}

/** Customs answered a lodged amendment: forget it, and after a rejection put back their version. */
async function afterAmendmentAnswer(id: string, session: EditorSession, type: string) {
  const amendment = amendmentOf(id)
  if (!amendment?.lodged) return
  if (type === 'amendmentRejected') {
    await putBack(id, session, amendment.base)
    notify('info', i18n.t('movement.amendment.putBack'))
  }
  if (type === 'amendmentRejected' || type === 'amendmentAccepted') forgetAmendment(id)
}

/** The version customs hold (history version `base`), with the movement as it is now. */
async function putBack(id: string, session: EditorSession, base: number): Promise<void> {
  const held = await documentAtVersion(database, id, base)
  if (!held || held.lrn !== session.getDocument().lrn) return
  const now = session.getDocument()
  session.record({ ...held, movement: now.movement!, ...(now.mrn ? { mrn: now.mrn } : {}) })
}

/**
 * Lets the user pick reply files, reads them all, and applies them in the order customs wrote
 * them (their preparation times); each outcome is one notice.
 */
export async function receiveReplies(id: string, session: EditorSession): Promise<void> {
  const files = await platform.pickReplyFiles()
  const replies: { name: string; reply: CustomsReply }[] = []
  for (const file of files ?? []) {
    if ('error' in file) {
      notify('error', file.error)
      continue
    }
    try {
      if (file.byteLength > MAX_REPLY_BYTES) throw new WordedError('movement.reply.tooLarge')
      replies.push({ name: file.name, reply: await readCustomsReply(file.text, windowSchemaFiles) })
    } catch (error) {
      notify('error', `${file.name}: ${problemText(error)}`)
    }
  }
  replies.sort((a, b) => a.reply.preparedAt.localeCompare(b.reply.preparedAt))
  for (const { name, reply } of replies) {
    try {
      const next = applyReply(session.getDocument(), reply, today())
      const type = lastEventType(next)
      record(id, session, next, type)
      await afterAmendmentAnswer(id, session, type)
      const event = i18n.t(`code.eventType.${type}`)
      notify('success', i18n.t('movement.reply.applied', { message: reply.message, event }))
    } catch (error) {
      notify('error', `${name}: ${problemText(error)}`)
    }
  }
  await session.flush()
}

function lastEventType(document: JsonObject): string {
  const events = (document.movement as { events?: { type?: string }[] } | undefined)?.events
  return events?.at(-1)?.type ?? ''
}

/** Opens an amendment: the version saved now is the one customs hold. */
export async function startAmendment(id: string, session: EditorSession): Promise<void> {
  await session.flush()
  const newest = await database.versions.where('declarationId').equals(id).last()
  openAmendment(id, newest?.seq ?? 0)
}

/** Puts back the version customs hold and closes the amendment. */
export async function discardAmendment(id: string, session: EditorSession): Promise<void> {
  const amendment = amendmentOf(id)
  if (amendment && !amendment.lodged) await putBack(id, session, amendment.base)
  forgetAmendment(id)
  await session.flush()
}

/** Records the amendment as lodged (IE013), naming the elements it changes. */
export async function lodgeAmendment(
  id: string,
  session: EditorSession,
  event: NewEvent,
): Promise<boolean> {
  const amendment = amendmentOf(id)
  const held = amendment && (await documentAtVersion(database, id, amendment.base))
  const changed = held
    ? changesBack(held, session.getDocument())
        .map((change) => toPointer(change.path))
        .filter((pointer) => !pointer.startsWith('/movement'))
    : []
  if (held && changed.length === 0) {
    notify('error', problemText(new WordedError('movement.amendment.nothingChanged')))
    return false
  }
  // The user's note first, then the elements the amendment changes.
  const detail = eventDetail([...(event.detail ? [event.detail] : []), ...changed])
  return recordOnSession(id, session, { ...event, ...(detail ? { detail } : {}) })
}

/** Writes the IE015 of the open declaration to a file the user chooses. */
export async function exportIe015(session: EditorSession): Promise<void> {
  const document = session.getDocument()
  try {
    const xml = ie015Text(document, errorsNow(document))
    const lrn = String(document.lrn || 'declaration').replace(/[^A-Za-z0-9._-]/g, '_')
    const name = `${lrn}-IE015.xml`
    if (await platform.saveXmlFile(name, xml)) {
      notify('success', i18n.t('notice.exported', { name }))
    }
  } catch (error) {
    notify('error', problemText(error))
  }
}
