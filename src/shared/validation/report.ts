/**
 * The validation report shared by the editor, the packet builder and the command line
 * (validation.md, "Report"): findings point into the declaration file with RFC 6901 pointers.
 */
export type Severity = 'error' | 'warning'

export interface Finding {
  /** stable dotted id from the rule catalogue, e.g. "container.check-digit" */
  rule: string
  /** JSON Pointer to the most specific element at fault ("" for the whole file) */
  path: string
  /** one plain sentence naming the value and what is expected */
  message: string
  /** SAD (or TIR) box the element is printed in, when it has one */
  box?: string
}

export interface ValidationReport {
  valid: boolean
  errors: Finding[]
  warnings: Finding[]
}

export interface ValidationOptions {
  /** the date that counts as today, YYYY-MM-DD (the command line's --today) */
  today: string
  /** whether another declaration of the workspace already has this LRN (the file alone cannot tell) */
  lrnTaken?: boolean
}
