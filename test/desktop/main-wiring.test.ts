/**
 * The main process as built (out/main/index.js, by `npm run build`), wired to a recording
 * stand-in for Electron: what it registers, when, and with which options. The Electron binary
 * cannot run on this machine; everything the main process asks of Electron is checked here.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import en from '../../src/shared/i18n/en/app.json'
import ru from '../../src/shared/i18n/ru/app.json'
import { ipcEvents, ipcOperations } from '../../src/shared/ipc/contract'
import { CONTENT_SECURITY_POLICY } from '../../src/shared/security-policy'
import { sample } from '../cli/helpers'
import { startMain, untilWindowLoaded } from './load-main'
import type { RecordingElectron } from './recording-electron'
import { expectSecureWindow, appEvent } from './main-checks'

vi.mock('electron', async () => (await import('./load-main')).electronModule)

const MAIN = resolve('out/main/index.js')
/** The first start in a file transforms the bundle for the test runner: a few seconds, once. */
const START = { timeout: 30_000 }
const APP_PAGE = 'transitdesk://app/index.html'
const mainWindowOf = (electron: RecordingElectron) => electron.windows[0]!

beforeAll(() => {
  expect(existsSync(MAIN), `${MAIN} is missing: run npm run build`).toBe(true)
})

describe('the built main process, started', START, () => {
  it('registers the app scheme as privileged before ready, and serves it only after', async () => {
    const electron = await startMain(MAIN)
    expect(electron.events).toEqual(['registerSchemesAsPrivileged'])
    expect(electron.privilegedSchemes).toEqual([
      {
        scheme: 'transitdesk',
        privileges: expect.objectContaining({ standard: true, secure: true, corsEnabled: false }),
      },
    ])
    await untilWindowLoaded(electron)
    expect(electron.events.indexOf('ready')).toBeLessThan(
      electron.events.indexOf('protocol.handle transitdesk'),
    )
    expect(electron.windows[0]!.loadedUrl).toBe(APP_PAGE)
    expect(electron.errors).toEqual([])
  })

  it('has a handler for every IPC operation of the contract, and for nothing else', async () => {
    const electron = await startMain(MAIN)
    await untilWindowLoaded(electron)
    const channels = Object.values(ipcOperations).map((operation) => operation.channel)
    expect([...electron.ipcHandlers.keys()].sort()).toEqual([...channels].sort())
  })

  it('tells the system’s languages, and turns the native menu to the language the window shows', async () => {
    const electron = await startMain(MAIN)
    await untilWindowLoaded(electron)
    const event = { senderFrame: { url: APP_PAGE }, sender: electron.windows[0]!.webContents }
    const call = (name: 'preferredLanguages' | 'showLanguage', payload: unknown) =>
      electron.ipcHandlers.get(ipcOperations[name].channel)!(event, payload)
    await expect(call('preferredLanguages', {})).resolves.toEqual({
      languages: ['kk-KZ', 'ru-RU', 'en-US'],
    })
    const labels = () => JSON.stringify(electron.applicationMenu)
    expect(labels()).toContain(`"${en.menu.file}"`)
    await call('showLanguage', { language: 'ru' })
    expect(labels()).toContain(`"${ru.menu.file}"`)
    expect(labels()).toContain(`"${ru.menu.copy}"`)
    expect(labels()).not.toContain(`"${en.menu.file}"`)
    await expect(call('showLanguage', { language: 'de' })).rejects.toThrow(/Refused showLanguage/)
  })

  it('refuses an IPC call from any page but its own, and a payload that does not parse', async () => {
    const electron = await startMain(MAIN)
    await untilWindowLoaded(electron)
    const sender = electron.windows[0]!.webContents
    const answerClose = electron.ipcHandlers.get(ipcOperations.answerClose.channel)!
    for (const url of ['https://evil.com/', 'file:///etc/passwd', 'http://localhost:5173/']) {
      await expect(answerClose({ senderFrame: { url }, sender }, { close: false })).rejects.toThrow(
        /Refused answerClose/,
      )
    }
    await expect(answerClose({ senderFrame: null, sender }, { close: false })).rejects.toThrow(
      /Refused/,
    )
    await expect(
      answerClose({ senderFrame: { url: APP_PAGE }, sender }, { close: 'yes' }),
    ).rejects.toThrow(/Refused answerClose/)
    await expect(
      answerClose({ senderFrame: { url: APP_PAGE }, sender }, { close: false }),
    ).resolves.toEqual({})
  })

  it('creates its window with the secure options and the built preload', async () => {
    const electron = await startMain(MAIN)
    await untilWindowLoaded(electron)
    expect(electron.windows).toHaveLength(1)
    const preferences = expectSecureWindow(electron.windows[0]!)
    const preload = preferences['preload'] as string
    expect(preload).toBe(resolve('out/preload/index.cjs'))
    expect(existsSync(preload)).toBe(true)
  })

  it('answers every request of its protocol with the CSP, found or not', async () => {
    const electron = await startMain(MAIN)
    await untilWindowLoaded(electron)
    const serve = electron.defaultSession.protocolHandlers.get('transitdesk')!
    const page = await serve(new Request(APP_PAGE))
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toMatch(/^text\/html/)
    const html = await page.text()
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)![1]!
    const responses = [
      page,
      await serve(new Request(`transitdesk://app/${script}`)),
      await serve(new Request('transitdesk://app/missing.js')),
      await serve(new Request('transitdesk://app/../../package.json')),
      await serve(new Request('transitdesk://app/%2e%2e/%2e%2e/package.json')),
      await serve(new Request('transitdesk://other/index.html')),
    ]
    expect(responses.map((response) => response.status)).toEqual([200, 200, 404, 404, 404, 404])
    for (const response of responses) {
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    }
  })

  it('keeps every page on the app: navigation, redirects, new windows and webviews', async () => {
    const electron = await startMain(MAIN)
    await untilWindowLoaded(electron)
    const contents = electron.windows[0]!.webContents
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      expect(contents.listenerCount(event), event).toBeGreaterThan(0)
    }
    const navigate = (url: string) => {
      const event = appEvent(url)
      contents.emit('will-navigate', event)
      return event.preventDefault
    }
    expect(navigate('transitdesk://app/index.html#/declarations/1')).not.toHaveBeenCalled()
    for (const url of ['https://evil.com/', 'file:///etc/passwd', 'transitdesk://evil/']) {
      expect(navigate(url), url).toHaveBeenCalled()
    }
    const webview = appEvent('')
    contents.emit('will-attach-webview', webview)
    expect(webview.preventDefault).toHaveBeenCalled()
    expect(contents.windowOpenHandler!({ url: 'transitdesk://app/index.html' })).toEqual({
      action: 'deny',
    })
    expect(contents.windowOpenHandler!({ url: 'https://evil.com/' })).toEqual({ action: 'deny' })
  })

  it('hands an outside https link to the browser only after asking, and nothing else at all', async () => {
    const electron = await startMain(MAIN)
    await untilWindowLoaded(electron)
    const contents = electron.windows[0]!.webContents
    const asked = vi.spyOn(electron.module.dialog, 'showMessageBox')
    contents.windowOpenHandler!({ url: 'javascript:alert(1)' })
    contents.windowOpenHandler!({ url: 'file:///etc/passwd' })
    contents.emit('will-navigate', appEvent('smb://server/share'))
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(asked).not.toHaveBeenCalled()
    // The stand-in's user says Cancel: nothing opens.
    contents.windowOpenHandler!({ url: 'https:\\\\evil.com\\path' })
    await vi.waitFor(() => expect(asked).toHaveBeenCalledTimes(1))
    const [, options] = asked.mock.calls[0] as unknown as [unknown, { detail: string }]
    expect(options.detail).toContain('evil.com')
    expect(options.detail).toContain('https://evil.com/path')
    // This time the user says Open: the normalised address goes to the browser.
    asked.mockResolvedValueOnce({ response: 0 })
    contents.emit('will-navigate', appEvent('https:\\\\evil.com\\path'))
    await vi.waitFor(() => expect(electron.events).toContain('openExternal https://evil.com/path'))
    expect(electron.events.filter((event) => event.startsWith('openExternal'))).toHaveLength(1)
  })

  it('grants its page only persistent storage, and no other page anything', async () => {
    const electron = await startMain(MAIN)
    await untilWindowLoaded(electron)
    const request = electron.defaultSession.permissionRequestHandler!
    const answer = (permission: string, requestingUrl: string) => {
      const callback = vi.fn()
      request({}, permission, callback, { requestingUrl })
      return callback.mock.calls[0]![0]
    }
    expect(answer('persistent-storage', APP_PAGE)).toBe(true)
    expect(answer('persistent-storage', 'https://evil.com/')).toBe(false)
    for (const permission of ['notifications', 'media', 'geolocation', 'clipboard-read']) {
      expect(answer(permission, APP_PAGE), permission).toBe(false)
    }
    const check = electron.defaultSession.permissionCheckHandler!
    expect(check({}, 'persistent-storage', 'transitdesk://app')).toBe(true)
    expect(check({}, 'media', 'transitdesk://app')).toBe(false)
  })

  it('quits at once when another instance already runs', async () => {
    const electron = await startMain(MAIN, { singleInstanceLock: false })
    electron.fireReady()
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(electron.events).toContain('quit')
    expect(electron.windows).toHaveLength(0)
    expect(electron.ipcHandlers.size).toBe(0)
    expect(electron.app.listenerCount('second-instance')).toBe(0)
  })

  it('brings its window forward when a second instance starts', async () => {
    const electron = await startMain(MAIN)
    await untilWindowLoaded(electron)
    electron.app.emit('second-instance', appEvent(''), ['/opt/TransitDesk/transitdesk'], '/home')
    expect(electron.events).toContain('window.focus')
    expect(electron.windows).toHaveLength(1)
    expect(mainWindowOf(electron).webContents.sent.map((message) => message.channel)).not.toContain(
      ipcEvents.backupOpened,
    )
  })

  it('hands the page a backup the app was started with, once', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'opened-'))
    writeFileSync(join(folder, 'workspace.tdbackup'), 'backup bytes')
    const launchArgv = process.argv
    process.argv = [
      '/opt/TransitDesk/transitdesk',
      '--no-sandbox',
      join(folder, 'workspace.tdbackup'),
    ]
    const electron = await startMain(MAIN).finally(() => (process.argv = launchArgv))
    await untilWindowLoaded(electron)
    const take = electron.ipcHandlers.get(ipcOperations.takeOpenedBackup.channel)!
    const sender = mainWindowOf(electron).webContents
    await expect(take({ senderFrame: { url: APP_PAGE }, sender }, {})).resolves.toEqual({
      name: 'workspace.tdbackup',
      bytes: new TextEncoder().encode('backup bytes'),
    })
    await expect(take({ senderFrame: { url: APP_PAGE }, sender }, {})).resolves.toBeNull()
  })

  it('passes on a backup opened while it runs: from a second instance or from macOS', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'opened-'))
    writeFileSync(join(folder, 'later.tdbackup'), 'later')
    writeFileSync(join(folder, 'mac.tdbackup'), 'mac')
    const electron = await startMain(MAIN)
    await untilWindowLoaded(electron)
    const take = electron.ipcHandlers.get(ipcOperations.takeOpenedBackup.channel)!
    const sender = mainWindowOf(electron).webContents
    const announced = () =>
      sender.sent.filter((message) => message.channel === ipcEvents.backupOpened).length

    // A second launch gets a path relative to the folder it was started in.
    electron.app.emit('second-instance', appEvent(''), ['transitdesk', 'later.tdbackup'], folder)
    expect(announced()).toBe(1)
    expect(electron.events).toContain('window.focus')
    await expect(take({ senderFrame: { url: APP_PAGE }, sender }, {})).resolves.toEqual({
      name: 'later.tdbackup',
      bytes: new TextEncoder().encode('later'),
    })

    const openFile = appEvent('')
    electron.app.emit('open-file', openFile, join(folder, 'mac.tdbackup'))
    expect(openFile.preventDefault).toHaveBeenCalled()
    expect(announced()).toBe(2)
    await expect(take({ senderFrame: { url: APP_PAGE }, sender }, {})).resolves.toMatchObject({
      name: 'mac.tdbackup',
    })

    electron.app.emit('open-file', appEvent(''), join(folder, 'notes.txt'))
    expect(announced()).toBe(2)
  })

  it('asks the page to save before its window closes', async () => {
    const electron = await startMain(MAIN)
    await untilWindowLoaded(electron)
    const window = electron.windows[0]!
    const close = appEvent('')
    window.emit('close', close)
    expect(close.preventDefault).toHaveBeenCalled()
    expect(window.webContents.sent.map((message) => message.channel)).toContain(
      'app:close-requested',
    )
  })
})

describe('development and installed builds', START, () => {
  const devUrl = 'http://localhost:5173/'
  const toggleDevTools = (menu: unknown) => JSON.stringify(menu).includes('toggleDevTools')

  it('in development, loads the dev server’s page and offers DevTools', async () => {
    const electron = await startMain(MAIN, { isPackaged: false }, { ELECTRON_RENDERER_URL: devUrl })
    await untilWindowLoaded(electron)
    expect(electron.windows[0]!.loadedUrl).toBe(devUrl)
    expect(toggleDevTools(electron.applicationMenu)).toBe(true)
    expect(electron.windows[0]!.options.webPreferences?.['devTools']).toBe(true)
  })

  it('installed, ignores ELECTRON_RENDERER_URL and has no DevTools', async () => {
    const electron = await startMain(MAIN, { isPackaged: true }, { ELECTRON_RENDERER_URL: devUrl })
    await untilWindowLoaded(electron)
    expect(electron.windows[0]!.loadedUrl).toBe(APP_PAGE)
    expect(toggleDevTools(electron.applicationMenu)).toBe(false)
    expect(electron.windows[0]!.options.webPreferences?.['devTools']).toBe(false)
    const sender = electron.windows[0]!.webContents
    const answerClose = electron.ipcHandlers.get(ipcOperations.answerClose.channel)!
    await expect(
      answerClose({ senderFrame: { url: devUrl }, sender }, { close: false }),
    ).rejects.toThrow(/Refused/)
  })
})

describe('printing a packet', () => {
  it('makes it in a worker thread, then prints it from a window of its own, as locked down', async () => {
    const electron = await startMain(MAIN)
    await untilWindowLoaded(electron)
    const sender = electron.windows[0]!.webContents
    const event = { senderFrame: { url: APP_PAGE }, sender }
    const call = (operation: keyof typeof ipcOperations, request: unknown) =>
      electron.ipcHandlers.get(ipcOperations[operation].channel)!(event, request)
    const declaration = JSON.parse(readFileSync(sample('tir-almaty-karachi.json'), 'utf8'))
    const jobId = '11111111-2222-4333-8444-555555555555'
    await expect(
      call('makePacket', {
        jobId,
        // One paper: what is checked is the worker and the print window, not the papers.
        request: {
          declaration,
          documents: ['cover'],
          generatedAt: '2026-02-04T10:00:00Z',
          draft: false,
        },
      }),
    ).resolves.toMatchObject({ status: 'done' })
    await expect(call('printPacket', { jobId, suggestedName: 'packet.pdf' })).resolves.toEqual({
      done: true,
    })

    expect(electron.windows).toHaveLength(2)
    const printWindow = electron.windows[1]!
    const preferences = expectSecureWindow(printWindow)
    expect(preferences['preload']).toBeUndefined()
    expect(preferences['plugins']).toBe(true) // Chromium's PDF viewer
    // Its own in-memory session, which refuses every permission.
    const printSession = electron.partitions.get('transitdesk-print')!
    expect(preferences['session']).toBe(printSession)
    const callback = vi.fn()
    printSession.permissionRequestHandler!({}, 'notifications', callback)
    expect(callback).toHaveBeenCalledWith(false)
    // The packet's copy in the user's profile, not the shared temp folder.
    const copy = fileURLToPath(printWindow.loadedUrl!)
    expect(copy.startsWith(resolve(electron.app.getPath('userData'), 'Packet copies'))).toBe(true)
    expect(readFileSync(copy).subarray(0, 5).toString()).toBe('%PDF-')
    expect(printWindow.webContents.printed).toEqual([{ silent: false, printBackground: true }])
    await call('discardPacket', { jobId })
  }, 60_000)
})

describe('automatic backups', START, () => {
  it('keeps them in the profile, lists them, and reads one only by its own name', async () => {
    const electron = await startMain(MAIN)
    await untilWindowLoaded(electron)
    const event = { senderFrame: { url: APP_PAGE }, sender: mainWindowOf(electron).webContents }
    const call = (operation: keyof typeof ipcOperations, request: unknown) =>
      electron.ipcHandlers.get(ipcOperations[operation].channel)!(event, request)
    const bytes = new TextEncoder().encode('a backup')
    await expect(call('writeAutoBackup', { bytes })).resolves.toEqual({ written: true })
    const listed = (await call('listAutoBackups', {})) as { name: string }[]
    expect(listed).toEqual([
      {
        name: expect.stringMatching(/^workspace-[\dT-]+Z\.tdbackup$/),
        at: expect.stringMatching(/Z$/),
        bytes: bytes.byteLength,
      },
    ])
    const folder = resolve(electron.app.getPath('userData'), 'Backups')
    expect(readFileSync(join(folder, listed[0]!.name), 'utf8')).toBe('a backup')
    await expect(call('readAutoBackup', { name: listed[0]!.name })).resolves.toEqual({ bytes })
    for (const name of ['../Preferences', join(folder, listed[0]!.name)])
      await expect(call('readAutoBackup', { name })).rejects.toThrow(/^Refused readAutoBackup/)
    await expect(
      call('readAutoBackup', { name: 'workspace-2020-01-01T00-00-00Z.tdbackup' }),
    ).resolves.toEqual({ error: 'the file or folder does not exist' })
  })
})
