/**
 * The platform of this edition. Which one is decided when the renderer is built, not when it
 * runs: `./edition` is edition.ts (the browser's) in the browser edition's build and in type
 * checks, and edition.desktop.ts in the desktop renderer's build (vite.renderer.ts), so each
 * bundle holds only its own platform (test/unit/bundles.test.ts).
 */
import type { Platform } from './types'

export { platform } from './edition'
export type { Platform }
