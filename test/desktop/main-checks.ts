/** What every test of the main process checks the same way. */
import { expect, vi } from 'vitest'

interface WindowLike {
  options: { webPreferences?: Record<string, unknown> }
}

/**
 * The options no window of the app may lack (Electron's security checklist): isolated,
 * sandboxed, no Node, web security on, nothing that reopens what those close. Returns the
 * window's preferences for further checks.
 */
export function expectSecureWindow(window: WindowLike): Record<string, unknown> {
  const preferences = window.options.webPreferences ?? {}
  expect(preferences).toMatchObject({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
  })
  for (const unsafe of [
    'nodeIntegrationInWorker',
    'nodeIntegrationInSubFrames',
    'webviewTag',
    'allowRunningInsecureContent',
    'experimentalFeatures',
    'enableBlinkFeatures',
  ]) {
    expect(preferences[unsafe] ?? false, unsafe).toBe(false)
  }
  expect(preferences['webSecurity'] ?? true).toBe(true)
  // No middle-click windows either (Electron's checklist, electronegativity's AUXCLICK check).
  expect(String(preferences['disableBlinkFeatures']).split(',')).toContain('Auxclick')
  return preferences
}

/** An Electron event for handlers that may call preventDefault. */
export const appEvent = (url: string) => ({ url, preventDefault: vi.fn() })
