/**
 * The order of the window's start. The words and the question whether the stored workspace needs
 * an upgrade start side by side; the first screen waits for them only (a few milliseconds),
 * never for the database. Without an upgrade the database opens as soon as the question is
 * answered, beside the words and the app's first render, and the list fills in when it answers.
 * An upgrade (seconds for a large workspace, its work taking the processor in long turns) starts
 * once the boot screen is painted, which shows its progress until the app replaces it. No DOM
 * here (main.tsx shows the stages); tests drive it with promises of their own.
 */

/** What the window shows: the app, the boot screen, or why the workspace cannot be opened. */
export type Stage = 'app' | 'upgrade' | { failed: unknown }

export interface StartSteps {
  /** the user's language loaded (never rejects: English serves when it cannot load) */
  words: Promise<void>
  /** whether opening the database will upgrade it (never rejects) */
  upgradePending: Promise<boolean>
  /** opens the database, upgrading it where due */
  open(): Promise<unknown>
  /** shows a stage in place of the last; resolves once it is painted */
  show(stage: Stage): Promise<void>
}

/** Resolves true once the app is shown over an open database, false when it cannot be opened. */
export async function startWindow(steps: StartSteps): Promise<boolean> {
  const upgrading = await steps.upgradePending
  const opening = upgrading ? undefined : steps.open()
  // Its failure is told after the first screen, in the user's words (below).
  opening?.catch(() => undefined)
  await steps.words
  await steps.show(upgrading ? 'upgrade' : 'app')
  try {
    await (opening ?? steps.open())
  } catch (error) {
    // Without the database nothing can be shown or saved: say so plainly, change nothing.
    await steps.show({ failed: error })
    return false
  }
  if (upgrading) await steps.show('app')
  return true
}
