/**
 * The findings of an exam attempt: the live checks run as for any declaration, but their
 * report is held back — no field, tab or panel shows a finding — until the attempt is
 * submitted; then the latest report shows at once.
 */
import type { ValidationReport } from '../../../shared/validation/report'
import { FindingsStore } from '../validation/findings-store'

export class SealedFindingsStore extends FindingsStore {
  private sealed = true
  private held: ValidationReport | null = null
  private heldProblem: string | null = null

  override set(report: ValidationReport): void {
    if (!this.sealed) return super.set(report)
    this.held = report
    this.heldProblem = null
  }

  override fail(reason: string): void {
    if (!this.sealed) return super.fail(reason)
    this.heldProblem = reason
  }

  /** Shows what the checks found (the attempt was submitted). */
  unseal(): void {
    if (!this.sealed) return
    this.sealed = false
    if (this.held) super.set(this.held)
    if (this.heldProblem) super.fail(this.heldProblem)
  }
}
