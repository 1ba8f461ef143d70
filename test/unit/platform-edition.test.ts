/**
 * Each edition's platform as its build picks it (vite.renderer.ts: edition.ts for the browser,
 * edition.desktop.ts for the desktop): the desktop's stops with its reason when the preload
 * bridge is missing, rather than run as the browser edition, whose code its bundle lacks.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'

afterEach(() => {
  vi.unstubAllGlobals()
  vi.resetModules()
})

describe('the platform chosen at build time', () => {
  it('is the desktop platform over the preload bridge in the desktop build', async () => {
    vi.stubGlobal('window', { transitdesk: {} })
    const { platform } = await import('../../src/renderer/platform/edition.desktop')
    expect(platform.edition).toBe('desktop')
  })

  it('stops the desktop build without the bridge, saying so, instead of running as the web', async () => {
    vi.stubGlobal('window', {})
    await expect(import('../../src/renderer/platform/edition.desktop')).rejects.toThrow(
      'the desktop renderer was loaded without its preload bridge (window.transitdesk is missing)',
    )
  })

  it('is the browser platform in the browser build, bridge or not', async () => {
    // (its language module listens to the window as it loads)
    vi.stubGlobal('window', { transitdesk: {}, addEventListener: () => undefined })
    const { platform } = await import('../../src/renderer/platform/edition')
    expect(platform.edition).toBe('web')
  })
})
