/**
 * The validation report shared by the editor, the packet builder and the command line
 * (validation.md, "Report"): findings point into the declaration file with RFC 6901 pointers.
 *
 * The validator composes no sentences. A finding carries its rule and the values its sentence
 * names (`params`); the sentence is rendered where it is shown, in the reader's language
 * (finding-text.ts), so a report crosses a worker or a file unchanged and reads the same in
 * every language the app speaks.
 */
export type Severity = 'error' | 'warning'

/** A value from the file as a sentence quotes it; the words around it belong to the language. */
export type QuotedValue =
  | { text: string; cut: boolean }
  | { number: number }
  | {
      other: 'infinite' | 'true' | 'false' | 'null' | 'missing' | 'list' | 'object' | 'unsupported'
    }

/** A value the sentence names. */
export type FindingParam =
  | string
  | number
  /** the value as written ("MSKU1234566") */
  | { quote: QuotedValue }
  /** what kind of value it is ("the number 5", "a list") */
  | { kind: QuotedValue }
  /** another element of the declaration ("the holder"), numbered like the finding's own */
  | { element: string; item?: number }
  /** a code with its name in the reader's language (`code.<list>.<code>` in the catalogue) */
  | { code: string; list: string }
  /** several values, listed as the language lists them */
  | { list: string[] }

export type FindingParams = Record<string, FindingParam>

export interface Finding {
  /** stable dotted id from the rule catalogue, e.g. "container.check-digit" */
  rule: string
  /** JSON Pointer to the most specific element at fault ("" for the whole file) */
  path: string
  /**
   * The values the sentence names; `context` picks one of the rule's sentences and `item` is the
   * running number of the goods item the path lies in (items are numbered across consignments).
   */
  params: FindingParams
  /** SAD (or TIR) box the element is printed in, when it has one */
  box?: string
}

export interface ValidationReport {
  valid: boolean
  errors: Finding[]
  warnings: Finding[]
}

/** A finding with its sentence, as the command line prints it and validation.md shows it. */
export interface RenderedFinding {
  rule: string
  path: string
  /** one plain sentence naming the value and what is expected */
  message: string
  box?: string
}

export interface RenderedReport {
  valid: boolean
  errors: RenderedFinding[]
  warnings: RenderedFinding[]
}

export interface ValidationOptions {
  /** the date that counts as today, YYYY-MM-DD (the command line's --today) */
  today: string
  /** whether another declaration of the workspace already has this LRN (the file alone cannot tell) */
  lrnTaken?: boolean
}
