/**
 * The browser edition's platform. The desktop renderer's build takes edition.desktop.ts in this
 * file's place (vite.renderer.ts), so none of this reaches the desktop bundle: the packet worker
 * with its fonts, the backups in the origin private file system. Import it only as
 * `./edition` from index.ts (eslint.config.js).
 */
import type { Platform } from './types'
import { createWebPlatform } from './web'

export const platform: Platform = createWebPlatform()
