/**
 * What a customs reply says, once read from its NCTS XML (read-reply.ts): only what the
 * movement's lifecycle needs to record it as an event and to match it to its declaration.
 * The messages are those customs send to the holder of the procedure in NCTS phase 5 (DDNTA,
 * CTC Phase 5/6; schemas in ./xsd).
 */

/** The customs replies TransitDesk reads, by their XML root element. */
export const REPLY_MESSAGES = [
  'CC004C', // amendment acceptance
  'CC009C', // cancellation decision
  'CC025C', // goods release notification (at destination)
  'CC028C', // LRN / MRN allocated
  'CC029C', // release for transit
  'CC045C', // write-off notification
  'CC051C', // no release for transit
  'CC055C', // guarantee not valid
  'CC056C', // rejection from the office of departure
  'CC060C', // control decision notification
  'CC928C', // positive acknowledge
] as const

export type ReplyMessage = (typeof REPLY_MESSAGES)[number]

/** Which of the holder's messages a CC056C rejects (its businessRejectionType, CL560). */
export type RejectedMessage = 'declaration' | 'amendment' | 'cancellation' | 'other'

export interface CustomsReply {
  message: ReplyMessage
  /** messageIdentification */
  id: string
  /** preparationDateAndTime as written (YYYY-MM-DDThh:mm:ss, optionally with a zone) */
  preparedAt: string
  /** TransitOperation/LRN, when the message carries one */
  lrn?: string
  /** TransitOperation/MRN, when the message carries one */
  mrn?: string
  /** the reference of the customs office that speaks (departure, destination …) */
  office?: string
  /** CC056C: the message it rejects */
  rejects?: RejectedMessage
  /** CC009C: true when customs cancelled the declaration, false when they refused */
  cancelled?: boolean
  /**
   * CC029C: the date by which the goods must be presented at destination — its
   * ControlResult/date, which only a release under the simplified procedure carries (HMRC
   * phase 5 rules G0127, G0160); otherwise the declaration's own limit date stands
   */
  limitDate?: string
  /** CC029C: the seals customs affixed (identifiers), in the message's order */
  seals?: string[]
  /**
   * The date the message reports (CC028C declarationAcceptanceDate, CC029C releaseDate, CC004C
   * amendmentAcceptanceDateAndTime, CC045C writeOffDate, CC025C releaseDate, CC009C
   * decisionDateAndTime; CC055C / CC051C / CC060C the date they carry), as written; absent
   * when the message has none.
   */
  date?: string
  /**
   * What customs said, one line each, as data rather than prose: functional errors
   * ("12 /CC015C/… R0410"), control types, guarantee invalidity reasons, the no-release motive,
   * the cancellation's justification. Free text customs wrote is kept as written.
   */
  notes: string[]
}
