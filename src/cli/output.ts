/** Text helpers of the command line: everything it prints is one line per line, deterministic. */
import type { Translate } from '../shared/validation/finding-text'
import type { RenderedFinding } from '../shared/validation/report'

/**
 * Control characters, line separators and bidirectional overrides (from a file name or a value
 * quoted in a message) are shown as `\uXXXX`, so each message stays on one line as printed.
 */
export function oneLine(text: string): string {
  return text.replace(
    /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu,
    (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  )
}

/**
 * `error  /path  rule  message`; the whole file (path "") is shown as `(file)` in the chosen
 * language. The words `error` and `warning` that start the line and the rule ids are machine
 * tokens: they stay English whatever `--lang` says (scripts match them; the usage says so).
 */
export function findingLine(
  severity: 'error' | 'warning',
  finding: RenderedFinding,
  t: Translate,
): string {
  const path = finding.path === '' ? t('cli.problem.wholeFile') : finding.path
  return [severity, path, finding.rule, finding.message].map(oneLine).join('  ')
}
