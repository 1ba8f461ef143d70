/**
 * Which papers a packet may hold, by procedure and transport mode (corridor.md, "Procedures at
 * a glance" and "Transport document by mode"). An officer accepts only his own regime's papers,
 * so a paper that does not apply is never printed, not even when asked for by name: the print
 * dialog offers only the papers that apply, and the command line refuses the others with the
 * reason below.
 *
 * Kept apart from the paper builders so the print dialog can ask without loading them.
 */
import { PACKET_DOCUMENTS, type PacketDocumentId } from './content'

/** The two facts that decide: the procedure and the mode of transport at the border. */
export interface PaperFacts {
  procedure: string
  borderMode: string
}

/** Why a paper does not apply (English, for the command line; the dialog never shows one). */
export type PaperRefusal =
  | { paper: PacketDocumentId; reason: 'procedure'; procedures: readonly string[] }
  | { paper: PacketDocumentId; reason: 'mode'; mode: string; modes: readonly string[] }

interface PaperRule {
  /** the procedures whose officers accept this paper; absent: every procedure */
  procedures?: readonly string[]
  /** the border modes it is the transport document of; absent: every mode */
  modes?: readonly string[]
  /** printed when no papers are named (the SAD-style fallback is only ever asked for) */
  byDefault: boolean
}

const RULES: Readonly<Record<PacketDocumentId, PaperRule>> = {
  cover: { byDefault: true },
  // The business-continuity (fallback) declaration of the common transit procedure.
  declaration: { procedures: ['T1', 'T2'], byDefault: false },
  tad: { procedures: ['T1', 'T2'], byDefault: true },
  td: { procedures: ['EAEU'], byDefault: true },
  tir: { procedures: ['TIR'], byDefault: true },
  summary: { procedures: ['NATIONAL'], byDefault: true },
  cmr: { modes: ['3'], byDefault: true },
  smgs: { modes: ['2'], byDefault: true },
  invoice: { byDefault: true },
  packing: { byDefault: true },
}

/** Why `paper` does not apply to a movement with these facts; undefined when it does. */
export function paperRefusal(paper: PacketDocumentId, facts: PaperFacts): PaperRefusal | undefined {
  const rule = RULES[paper]
  if (rule.procedures && !rule.procedures.includes(facts.procedure)) {
    return { paper, reason: 'procedure', procedures: rule.procedures }
  }
  if (rule.modes && !rule.modes.includes(facts.borderMode)) {
    return { paper, reason: 'mode', mode: facts.borderMode, modes: rule.modes }
  }
  return undefined
}

/** The papers that apply, in packet order. */
export function applicablePapers(facts: PaperFacts): PacketDocumentId[] {
  return PACKET_DOCUMENTS.filter((id) => paperRefusal(id, facts) === undefined)
}

/** The papers printed when none are named: those that apply, but not the fallback declaration. */
export function defaultPapers(facts: PaperFacts): PacketDocumentId[] {
  return applicablePapers(facts).filter((id) => RULES[id].byDefault)
}

const MODE_NAMES: Readonly<Record<string, string>> = {
  '1': 'sea',
  '2': 'rail',
  '3': 'road',
  '4': 'air',
  '5': 'post',
  '7': 'fixed installation',
  '8': 'inland waterway',
}

const PAPER_NAMES: Readonly<Record<PacketDocumentId, string>> = {
  cover: 'the cover sheet',
  declaration: 'the SAD-style transit declaration (the T1/T2 business-continuity form)',
  tad: 'the transit accompanying document (TAD)',
  td: 'the EAEU transit declaration (ТД)',
  tir: 'the TIR Carnet data sheet',
  summary: 'the transit summary',
  cmr: 'the CMR consignment note',
  smgs: 'the SMGS consignment note',
  invoice: 'the commercial invoice',
  packing: 'the packing list',
}

/** One English sentence: "the CMR consignment note is the road transport document; …". */
export function describeRefusal(refusal: PaperRefusal, facts: PaperFacts): string {
  const paper = PAPER_NAMES[refusal.paper]
  if (refusal.reason === 'procedure') {
    const procedure = facts.procedure === '' ? 'no procedure' : `procedure ${facts.procedure}`
    return `${paper} belongs to ${refusal.procedures.join(' and ')} only; this declaration is ${procedure}.`
  }
  const wanted = refusal.modes.map((m) => MODE_NAMES[m] ?? m).join(' or ')
  const actual =
    facts.borderMode === ''
      ? 'names no mode of transport at the border'
      : `goes by ${MODE_NAMES[facts.borderMode] ?? `mode ${facts.borderMode}`} (mode ${facts.borderMode})`
  return `${paper} is the ${wanted} transport document; this movement ${actual}.`
}
