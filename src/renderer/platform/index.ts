import type { TransitDeskBridge } from '../../shared/ipc/contract'
import { createDesktopPlatform } from './desktop'
import type { Platform } from './types'
import { createWebPlatform } from './web'

declare global {
  interface Window {
    /** Present only in the desktop edition (set by the preload). */
    transitdesk?: TransitDeskBridge
  }
}

/** The platform of this edition, chosen once at start. */
export const platform: Platform = window.transitdesk
  ? createDesktopPlatform(window.transitdesk)
  : createWebPlatform()

export type { Platform }
