/**
 * Why a declaration cannot become a CC015C message, naming the element of the message that
 * cannot be written (`HolderOfTheTransitProcedure/name`,
 * `Consignment/HouseConsignment[1]/ConsignmentItem[3]/Commodity/descriptionOfGoods` …) and, in
 * `detail`, what in the declaration file it came from and what the schema asks.
 *
 * - `procedure`: the procedure has no IE015 (EAEU and NATIONAL declarations are not lodged in
 *   NCTS); element `procedure`.
 * - `missing`: the message needs a value the declaration does not have, or has no code for the
 *   value it has (a guarantee kind with no CL251 type for the procedure …).
 * - `tooLong`: a value is longer than the schema allows (characters, digits, decimals); it is
 *   never cut.
 * - `invalidCharacter`: a character XML 1.0 cannot hold (a control character, a lone surrogate),
 *   a space where the schema's pattern forbids one (at either end of a text), or a value the
 *   schema's pattern refuses (an office reference of digits, a mass of 0 where only a positive
 *   one is allowed …).
 */
export type Ie015RefusalReason = 'procedure' | 'missing' | 'tooLong' | 'invalidCharacter'

export class Ie015Refusal extends Error {
  override readonly name = 'Ie015Refusal'
  constructor(
    readonly reason: Ie015RefusalReason,
    readonly element: string,
    readonly detail?: string,
  ) {
    super(`CC015C cannot be written (${reason}) at ${element}${detail ? `: ${detail}` : ''}`)
  }
}
