/**
 * The NCTS IE015 writer: a declaration file (`transitdesk.declaration/1`) as a CC015C transit
 * declaration message, valid against the official schema (src/shared/ncts/xsd/cc015c.xsd, CTC
 * Phase 6 XSD 60.4.16, which takes phase 5 messages with PhaseID "NCTS5.0"). A pure function:
 * the time, the message's identification and its sender come in as options.
 *
 * What cannot be written faithfully is refused with an Ie015Refusal naming the message's
 * element: a procedure without an IE015 (EAEU, NATIONAL), a value the message needs and the file
 * lacks, a value longer than the schema takes (never cut), a character XML 1.0 cannot carry.
 * docs/ncts-ie015.md lists every element written, where its value comes from and what is left
 * out and why.
 */
import type { DeclarationFile } from '../../format/schema'
import { el, serializeXml } from '../xml'
import {
  IE015_PROCEDURES,
  MESSAGE_TYPE,
  NCTS_NAMESPACE,
  PHASE_ID,
  type Ie015Procedure,
} from './codes'
import { consignmentElement } from './consignment'
import {
  customsOffices,
  guarantee,
  messageHeader,
  transitOperation,
  type Ie015Options,
} from './header'
import { holder, representative } from './parties'
import { Ie015Refusal } from './refusal'
import { Scope } from './scope'

export type { Ie015Options }
export { Ie015Refusal, type Ie015RefusalReason } from './refusal'

/** Whether a procedure is lodged with an IE015: T1, T2 and TIR. */
export function ie015Procedure(procedure: string): boolean {
  return (IE015_PROCEDURES as readonly string[]).includes(procedure)
}

/** The CC015C message of a declaration, as a UTF-8 XML document; throws Ie015Refusal. */
export function writeIe015(declaration: DeclarationFile, options: Ie015Options): string {
  const procedure = declaration.procedure
  if (!ie015Procedure(procedure)) {
    throw new Ie015Refusal(
      'procedure',
      'procedure',
      `/procedure is ${procedure}: only T1, T2 and TIR declarations are lodged in NCTS with an IE015`,
    )
  }
  const lodged = procedure as Ie015Procedure
  const tir = lodged === 'TIR'
  const top = new Scope('', '')
  const root = el(
    `ncts:${MESSAGE_TYPE}`,
    [
      messageHeader(declaration, options),
      transitOperation(declaration, lodged),
      customsOffices(declaration, lodged),
      holder(top, declaration.holder, tir),
      representative(top, declaration.representative),
      guarantee(declaration, lodged),
      consignmentElement(declaration, tir),
    ],
    { 'xmlns:ncts': NCTS_NAMESPACE, PhaseID: PHASE_ID },
  )
  return serializeXml(root)
}
