/**
 * How a benchmark prints a figure: a verdict (ok / SLOW), the name, the value with its unit,
 * its target and, where an issue measured it first, the figure before. A figure over its
 * target marks the run failed (exit status 1) once the benchmark ends.
 */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export interface Figure {
  name: string
  value: number
  unit: 'ms' | 's' | 'MB' | 'KB'
  /** the most it may be */
  target?: number
  /** what it was before the work that improved it, in the same unit */
  before?: number
}

export function report({ name, value, unit, target, before }: Figure): void {
  const slow = target !== undefined && value > target
  if (slow) process.exitCode = 1
  const digits = unit === 's' || unit === 'MB' ? 2 : 0
  const verdict = target === undefined ? '    ' : slow ? 'SLOW' : 'ok  '
  const goal = target === undefined ? '' : ` (target ≤ ${target} ${unit})`
  const was = before === undefined ? '' : `  was ${before.toFixed(digits)} ${unit}`
  console.log(
    `${verdict} ${name.padEnd(56)} ${value.toFixed(digits).padStart(7)} ${unit}${goal}${was}`,
  )
}
