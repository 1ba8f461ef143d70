/**
 * The latest validation report of the open declaration, indexed by JSON Pointer so each field
 * finds its own findings in constant time and re-renders only when they change.
 */
import type { Finding, ValidationReport } from '../../../shared/validation/report'

export interface FieldFinding extends Finding {
  severity: 'error' | 'warning'
}

const NONE: readonly FieldFinding[] = Object.freeze([])

export class FindingsStore {
  private report: ValidationReport | null = null
  private problem: string | null = null
  private byPath = new Map<string, FieldFinding[]>()
  private listeners = new Set<() => void>()

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getReport = (): ValidationReport | null => this.report

  /** Why the checks could not run, when they could not (the report is then the last one, if any). */
  getProblem = (): string | null => this.problem

  fail(reason: string): void {
    this.problem = reason
    for (const listener of this.listeners) listener()
  }

  /** Findings at exactly this pointer (the same array until they change). */
  at(pointer: string): readonly FieldFinding[] {
    return this.byPath.get(pointer) ?? NONE
  }

  set(report: ValidationReport): void {
    const next = new Map<string, FieldFinding[]>()
    const add = (finding: Finding, severity: FieldFinding['severity']) => {
      const list = next.get(finding.path) ?? []
      list.push({ ...finding, severity })
      next.set(finding.path, list)
    }
    report.errors.forEach((f) => add(f, 'error'))
    report.warnings.forEach((f) => add(f, 'warning'))
    // Keep the old array where a field's findings did not change, so it does not re-render.
    for (const [path, list] of next) {
      const old = this.byPath.get(path)
      if (old && sameFindings(old, list)) next.set(path, old)
    }
    this.byPath = next
    this.report = report
    this.problem = null
    for (const listener of this.listeners) listener()
  }
}

function sameFindings(a: FieldFinding[], b: FieldFinding[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (f, i) => f.rule === b[i]!.rule && JSON.stringify(f.params) === JSON.stringify(b[i]!.params),
    )
  )
}
