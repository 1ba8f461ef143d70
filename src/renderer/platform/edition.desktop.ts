/**
 * The desktop edition's platform, in edition.ts's place in the desktop renderer's build
 * (vite.renderer.ts): the preload bridge to the main process. Without the bridge this build cannot
 * work at all, and it says so rather than behave as the browser edition, whose code it lacks.
 */
import type { TransitDeskBridge } from '../../shared/ipc/contract'
import { createDesktopPlatform } from './desktop'
import type { Platform } from './types'

declare global {
  interface Window {
    /** Set by the preload (src/preload/index.ts), in the desktop app's window only. */
    transitdesk?: TransitDeskBridge
  }
}

if (!window.transitdesk) {
  throw new Error(
    'TransitDesk: the desktop renderer was loaded without its preload bridge ' +
      '(window.transitdesk is missing). It runs only in the desktop window; the browser ' +
      'edition is built by vite.web.config.ts.',
  )
}

export const platform: Platform = createDesktopPlatform(window.transitdesk)
