/**
 * Reading a customs reply file: an NCTS phase 5 message from customs to the holder of the
 * procedure (reply.ts lists them), checked against its own schema (./xsd), then read into a
 * `CustomsReply`. A file is refused with its reason, in this order:
 *
 *  - 'notXml'   — empty, larger than MAX_REPLY_BYTES, not UTF-8 or not well-formed XML
 *                 (detail: libxml2's first error, with its line);
 *  - 'notNcts'  — the root element is not an NCTS message (not CCxxxC in the namespace
 *                 http://ncts.dgtaxud.ec; detail: the root's name, {namespace}name when it has one);
 *  - 'notReply' — an NCTS message that is not a reply TransitDesk reads, such as the trader's own
 *                 CC015C (detail: the root's name);
 *  - 'invalid'  — the message breaks its schema (detail: the first problem, with its line).
 *
 * Elements are read only once the message passed its schema, so every element the schema
 * requires is there and has the right shape. Inside the root the elements are unqualified
 * (elementFormDefault="unqualified"), hence the plain paths below. Codes, identifiers and dates
 * are read trimmed, runs of white space as one space (as the schema reads its xs:token types;
 * around the others it is layout); free text customs wrote is kept as written, on one line.
 */
import type { XmlDocument, XmlElement } from 'libxml2-wasm'
import { REPLY_MESSAGES, type CustomsReply, type RejectedMessage, type ReplyMessage } from './reply'
import {
  loadLibxml2,
  NCTS_NAMESPACE,
  NCTS_ROOT_NAME,
  parseOptions,
  problemsOf,
  schemaProblemsOf,
  type SchemaFiles,
} from './schema-check'

/** The largest reply file read: real ones are a few kilobytes, a big CC029C a few megabytes. */
export const MAX_REPLY_BYTES = 16 * 1024 * 1024

export type ReplyRefusalReason = 'notXml' | 'notNcts' | 'notReply' | 'invalid'

/** Why a file is not read as a customs reply; `detail` is data (a name, libxml2's words). */
export class ReplyRefusal extends Error {
  constructor(
    readonly reason: ReplyRefusalReason,
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`)
    this.name = 'ReplyRefusal'
  }
}

export function isReplyMessage(name: string): name is ReplyMessage {
  return (REPLY_MESSAGES as readonly string[]).includes(name)
}

/**
 * The reply a file holds, or a ReplyRefusal. Anything else thrown is the app's fault, not the
 * file's: libxml2-wasm that cannot load, a schema file the loader cannot give.
 * @param xml the file's bytes (read as UTF-8 whatever its XML declaration says) or its text
 * @param files the loader of ./xsd
 */
export async function readReply(
  xml: string | Uint8Array,
  files: SchemaFiles,
): Promise<CustomsReply> {
  const size = typeof xml === 'string' ? utf8Length(xml) : xml.byteLength
  if (size > MAX_REPLY_BYTES) {
    throw new ReplyRefusal('notXml', `larger than ${MAX_REPLY_BYTES / 1024 / 1024} MiB`)
  }
  if (size === 0) throw new ReplyRefusal('notXml', 'empty')
  const lib = await loadLibxml2()
  let document: XmlDocument
  try {
    document =
      typeof xml === 'string'
        ? lib.XmlDocument.fromString(xml, parseOptions(lib))
        : lib.XmlDocument.fromBuffer(xml, parseOptions(lib))
  } catch (error) {
    if (!(error instanceof lib.XmlParseError)) throw error
    const [first] = problemsOf(error.details, error.message)
    throw new ReplyRefusal('notXml', `line ${first!.line}: ${first!.message}`)
  }
  try {
    const root = document.root
    if (root.namespaceUri !== NCTS_NAMESPACE || !NCTS_ROOT_NAME.test(root.name)) {
      throw new ReplyRefusal(
        'notNcts',
        root.namespaceUri ? `{${root.namespaceUri}}${root.name}` : root.name,
      )
    }
    if (!isReplyMessage(root.name)) throw new ReplyRefusal('notReply', root.name)
    const [problem] = await schemaProblemsOf(document, root.name, files)
    if (problem !== undefined) {
      throw new ReplyRefusal('invalid', `line ${problem.line}: ${problem.message}`)
    }
    return readMessage(root.name, root)
  } finally {
    document.dispose()
  }
}

/** A string's size in UTF-8 without encoding it (a lone surrogate counts as U+FFFD, 3 bytes). */
function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit < 0x80) bytes += 1
    else if (unit < 0x800) bytes += 2
    else if (unit >= 0xd800 && unit < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4 // a surrogate pair: one character beyond U+FFFF
      i++
    } else bytes += 3
  }
  return bytes
}

/** The value of the element at `path` (relative to `element`), collapsed like an xs:token. */
function code(element: XmlElement, path: string): string | undefined {
  const node = element.get(path)
  return node === null ? undefined : node.content.replace(/\s+/g, ' ').trim()
}

/** The elements at `path`, in document order (the paths here select elements only). */
function elements(element: XmlElement, path: string): XmlElement[] {
  return element.find(path) as XmlElement[]
}

/** The values of every element at `path`, in document order. */
function codes(element: XmlElement, path: string): string[] {
  return elements(element, path).map((node) => node.content.replace(/\s+/g, ' ').trim())
}

/** Free text as customs wrote it, its line breaks and tabs turned to spaces. */
function freeText(element: XmlElement, path: string): string | undefined {
  const node = element.get(path)
  return node === null ? undefined : node.content.replace(/[\t\n\r]/g, ' ').trim()
}

/** A note of values, those absent left out: `code text`. */
function note(...values: (string | undefined)[]): string {
  return values.filter((value) => value !== undefined && value !== '').join(' ')
}

/** TransitOperation/LRN and /MRN, each when the message carries it. */
function references(message: XmlElement): Pick<CustomsReply, 'lrn' | 'mrn'> {
  return { lrn: code(message, 'TransitOperation/LRN'), mrn: code(message, 'TransitOperation/MRN') }
}

const DEPARTURE = 'CustomsOfficeOfDeparture/referenceNumber'

/**
 * CC056C TransitOperation/businessRejectionType (CL560): the holder's message rejected, by its
 * number. A rejected CC170C (presentation notification of a pre-lodged declaration) leaves the
 * declaration pre-lodged, to be presented again (docs/lifecycle.md §1.3): TransitDesk sends no
 * CC170C, so it counts as "other".
 */
const REJECTED: Readonly<Record<string, RejectedMessage>> = {
  '015': 'declaration',
  '013': 'amendment',
  '014': 'cancellation',
}

type Said = Omit<CustomsReply, 'message' | 'id' | 'preparedAt' | 'notes'> & { notes?: string[] }

/**
 * What each reply says. The paths are those of the message's schema (./xsd/ccNNNc.xsd and the
 * complex types of ctypes.xsd it names); every message starts with the MESSAGE group of
 * htypes.xsd (messageIdentification, preparationDateAndTime), read in readMessage.
 */
const READERS: Record<ReplyMessage, (message: XmlElement) => Said> = {
  // cc004c.xsd, amendment acceptance: TransitOperationType01 (LRN?, MRN?,
  // amendmentAcceptanceDateAndTime), CustomsOfficeOfDepartureType03.
  CC004C: (message) => ({
    ...references(message),
    office: code(message, DEPARTURE),
    date: code(message, 'TransitOperation/amendmentAcceptanceDateAndTime'),
  }),

  // cc009c.xsd, cancellation decision: TransitOperationType03 (LRN?, MRN?), InvalidationType01
  // (decisionDateAndTime?, decision? 1 = cancelled / 0 = refused, justification?; both required
  // when a trader receives it, rules C0128, C0870), CustomsOfficeOfDepartureType03.
  CC009C: (message) => {
    const decision = code(message, 'Invalidation/decision')
    const justification = freeText(message, 'Invalidation/justification')
    return {
      ...references(message),
      office: code(message, DEPARTURE),
      date: code(message, 'Invalidation/decisionDateAndTime'),
      cancelled: decision === undefined ? undefined : decision === '1',
      notes: justification === undefined ? [] : [justification],
    }
  },

  // cc025c.xsd, goods release notification (sent to the trader at destination):
  // TransitOperationType10 (MRN, releaseDate), CustomsOfficeOfDestinationActualType03.
  CC025C: (message) => ({
    mrn: code(message, 'TransitOperation/MRN'),
    office: code(message, 'CustomsOfficeOfDestinationActual/referenceNumber'),
    date: code(message, 'TransitOperation/releaseDate'),
  }),

  // cc028c.xsd, MRN allocated: TransitOperationType11 (LRN, MRN, declarationAcceptanceDate),
  // CustomsOfficeOfDepartureType03.
  CC028C: (message) => ({
    ...references(message),
    office: code(message, DEPARTURE),
    date: code(message, 'TransitOperation/declarationAcceptanceDate'),
  }),

  // cc029c.xsd, release for transit: TransitOperationType12 (LRN, MRN, releaseDate),
  // CustomsOfficeOfDepartureType03, ControlResultType02 (date: the limit date for presenting
  // the goods at destination, rule G0127; present under the simplified procedure, G0160), and
  // ConsignmentType04/TransportEquipmentType05/SealType04 (identifier). CC029C has no
  // TransitOperation/limitDate: only CC013C, CC015C and CC170C carry one.
  CC029C: (message) => ({
    ...references(message),
    office: code(message, DEPARTURE),
    date: code(message, 'TransitOperation/releaseDate'),
    limitDate: code(message, 'ControlResult/date'),
    seals: codes(message, 'Consignment/TransportEquipment/Seal/identifier'),
  }),

  // cc045c.xsd, write-off notification: TransitOperationType16 (MRN, writeOffDate),
  // CustomsOfficeOfDepartureType03.
  CC045C: (message) => ({
    mrn: code(message, 'TransitOperation/MRN'),
    office: code(message, DEPARTURE),
    date: code(message, 'TransitOperation/writeOffDate'),
  }),

  // cc051c.xsd, no release for transit: TransitOperationType18 (MRN,
  // declarationSubmissionDateAndTime, noReleaseMotivationCode (CL211), noReleaseMotivationText),
  // CustomsOfficeOfDepartureType03. Its only date is the declaration's submission.
  CC051C: (message) => ({
    mrn: code(message, 'TransitOperation/MRN'),
    office: code(message, DEPARTURE),
    date: code(message, 'TransitOperation/declarationSubmissionDateAndTime'),
    notes: [
      note(
        code(message, 'TransitOperation/noReleaseMotivationCode'),
        freeText(message, 'TransitOperation/noReleaseMotivationText'),
      ),
    ],
  }),

  // cc055c.xsd, guarantee not valid: TransitOperationType48 (MRN, declarationAcceptanceDate,
  // its only date), CustomsOfficeOfDepartureType03, GuaranteeReferenceType08 (GRN) with
  // InvalidGuaranteeReasonType01 (code (CL252), text?): a note `GRN code text` per reason.
  CC055C: (message) => ({
    mrn: code(message, 'TransitOperation/MRN'),
    office: code(message, DEPARTURE),
    date: code(message, 'TransitOperation/declarationAcceptanceDate'),
    notes: elements(message, 'GuaranteeReference').flatMap((guarantee) =>
      elements(guarantee, 'InvalidGuaranteeReason').map((reason) =>
        note(code(guarantee, 'GRN'), code(reason, 'code'), freeText(reason, 'text')),
      ),
    ),
  }),

  // cc056c.xsd, rejection from the office of departure: TransitOperationType20 (LRN?, MRN?,
  // businessRejectionType (CL560), rejectionDateAndTime, rejectionCode (CL226),
  // rejectionReason?), CustomsOfficeOfDepartureType03, FunctionalErrorType04 (errorPointer,
  // errorCode (CL180), errorReason, originalAttributeValue?). Notes: `rejectionCode 12 reason`,
  // then `errorCode errorPointer errorReason "originalAttributeValue"` per functional error.
  CC056C: (message) => ({
    ...references(message),
    office: code(message, DEPARTURE),
    date: code(message, 'TransitOperation/rejectionDateAndTime'),
    rejects: REJECTED[code(message, 'TransitOperation/businessRejectionType')!] ?? 'other',
    notes: [
      note(
        'rejectionCode',
        code(message, 'TransitOperation/rejectionCode'),
        freeText(message, 'TransitOperation/rejectionReason'),
      ),
      ...elements(message, 'FunctionalError').map((error) => {
        const original = freeText(error, 'originalAttributeValue')
        return note(
          code(error, 'errorCode'),
          code(error, 'errorPointer'),
          code(error, 'errorReason'),
          original === undefined ? undefined : JSON.stringify(original),
        )
      }),
    ],
  }),

  // cc060c.xsd, control decision notification: TransitOperationType22 (LRN?, MRN?,
  // controlNotificationDateAndTime, notificationType (CL384)), CustomsOfficeOfDepartureType03,
  // TypeOfControlsType (type (CL716), text?), RequestedDocumentType (documentType,
  // description?). Notes: `notificationType 1`, then `type text` per control, then
  // `documentType description` per requested document.
  CC060C: (message) => ({
    ...references(message),
    office: code(message, DEPARTURE),
    date: code(message, 'TransitOperation/controlNotificationDateAndTime'),
    notes: [
      note('notificationType', code(message, 'TransitOperation/notificationType')),
      ...elements(message, 'TypeOfControls').map((control) =>
        note(code(control, 'type'), freeText(control, 'text')),
      ),
      ...elements(message, 'RequestedDocument').map((document) =>
        note(code(document, 'documentType'), freeText(document, 'description')),
      ),
    ],
  }),

  // cc928c.xsd, positive acknowledge: TransitOperationTypeErmisIE928 (ermis-types.xsd: LRN of
  // TransitOperationType26, MRN?), CustomsOfficeOfDepartureType03. It carries no date.
  CC928C: (message) => ({
    ...references(message),
    office: code(message, DEPARTURE),
  }),
}

function readMessage(name: ReplyMessage, message: XmlElement): CustomsReply {
  const { notes = [], ...said } = READERS[name](message)
  const defined = Object.entries(said).filter(([, value]) => value !== undefined)
  return {
    message: name,
    id: code(message, 'messageIdentification')!,
    preparedAt: code(message, 'preparationDateAndTime')!,
    ...(Object.fromEntries(defined) as Said),
    notes,
  }
}
