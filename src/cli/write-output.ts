/** Writing a command's output file: atomically, or one line on stderr saying why it cannot be. */
import { describeFsError, UnwritableTargetError, writeFileAtomic } from '../main/core/files'
import type { Translate } from '../shared/validation/finding-text'
import type { CliIo } from './io'
import { oneLine } from './output'

/** True when `file` now holds `content` whole; false when nothing was written (and why is said). */
export async function writeOutputFile(
  file: string,
  content: string | Uint8Array,
  io: CliIo,
  t: Translate,
): Promise<boolean> {
  try {
    await writeFileAtomic(file, content)
    return true
  } catch (error) {
    const reason =
      error instanceof UnwritableTargetError
        ? error.describe(t)
        : t('cli.cannotWrite', { file, reason: describeFsError(error, t) })
    io.stderr(oneLine(reason) + '\n')
    return false
  }
}
