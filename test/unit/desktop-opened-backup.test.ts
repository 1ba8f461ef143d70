/**
 * The desktop edition hands the page the backups the operating system opened with the app: the
 * one it started with at once, later ones when the main process announces them.
 */
import { describe, expect, it, vi } from 'vitest'
import type { OpenedBackupFile, TransitDeskBridge } from '../../src/shared/ipc/contract'
import { createDesktopPlatform } from '../../src/renderer/platform/desktop'

function fakeBridge(waiting: (OpenedBackupFile | null)[]) {
  let announce = () => {}
  const bridge = {
    takeOpenedBackup: vi.fn(async () => waiting.shift() ?? null),
    onBackupOpened: vi.fn((listener: () => void) => {
      announce = listener
      return () => (announce = () => {})
    }),
  }
  return { bridge: bridge as unknown as TransitDeskBridge, announce: () => announce() }
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('backups opened with the desktop app', () => {
  it('gives the page the launch backup, then each one announced, until unsubscribed', async () => {
    const launch = { name: 'launch.tdbackup', bytes: new Uint8Array([1]) }
    const later = { name: 'later.tdbackup', error: '“later.tdbackup” could not be read.' }
    const { bridge, announce } = fakeBridge([launch, later])
    const opened = vi.fn()
    const off = createDesktopPlatform(bridge).onBackupOpened(opened)
    await settled()
    expect(opened.mock.calls).toEqual([[launch]])

    announce()
    await settled()
    expect(opened.mock.calls).toEqual([[launch], [later]])

    announce() // nothing waiting: the page is not disturbed
    await settled()
    expect(opened).toHaveBeenCalledTimes(2)

    off()
    announce()
    await settled()
    expect(opened).toHaveBeenCalledTimes(2)
  })

  it('lets a failed hand-over pass without breaking the page', async () => {
    const { bridge } = fakeBridge([])
    vi.mocked(bridge.takeOpenedBackup).mockRejectedValueOnce(new Error('Refused takeOpenedBackup'))
    const opened = vi.fn()
    createDesktopPlatform(bridge).onBackupOpened(opened)
    await settled()
    expect(opened).not.toHaveBeenCalled()
  })
})
