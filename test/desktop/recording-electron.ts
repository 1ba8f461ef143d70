/**
 * A stand-in for the `electron` module that records how the built main process uses it: the
 * Electron binary cannot run here, so the tests load out/main/index.js (and the packaged copy of
 * it) against this instead (`vi.mock('electron')`) and look at what it asked Electron to do.
 *
 * Only the parts of Electron's API the main process touches exist; anything else would throw
 * when called, which the tests would see as a failed start (`dialog.showErrorBox`).
 */
import { EventEmitter } from 'node:events'

export interface StandInOptions {
  /** app.isPackaged: true for an installed app. */
  isPackaged: boolean
  /** What requestSingleInstanceLock answers: false when another instance already runs. */
  singleInstanceLock: boolean
  /** The folder app.getPath('appData') and 'temp' answer. */
  appData: string
}

type Listener = (...args: unknown[]) => unknown

class RecordingWebContents extends EventEmitter {
  private static nextId = 1
  readonly id = RecordingWebContents.nextId++
  readonly sent: { channel: string; args: unknown[] }[] = []
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  printed: unknown[] = []
  destroyed = false
  constructor(readonly window: RecordingWindow) {
    super()
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args })
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  print(options: unknown, callback: (done: boolean, reason: string) => void): void {
    this.printed.push(options)
    callback(true, '')
  }
}

class RecordingWindow extends EventEmitter {
  readonly webContents: RecordingWebContents
  loadedUrl: string | null = null
  destroyed = false
  constructor(
    readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> },
    private readonly electron: RecordingElectron,
  ) {
    super()
    this.webContents = new RecordingWebContents(this)
    electron.windows.push(this)
    // As Electron does for every new web contents.
    electron.app.emit('web-contents-created', {}, this.webContents)
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrl = url
    queueMicrotask(() => {
      this.emit('ready-to-show')
      this.webContents.emit('did-frame-finish-load', {}, false)
    })
  }
  isDestroyed = () => this.destroyed
  isMinimized = () => false
  isMaximized = () => false
  getNormalBounds = () => ({ x: 0, y: 0, width: 1280, height: 800 })
  show(): void {}
  maximize(): void {}
  restore(): void {}
  focus(): void {
    this.electron.record('window.focus')
  }
  close(): void {
    this.destroy()
  }
  destroy(): void {
    this.destroyed = true
    this.emit('closed')
  }
}

class RecordingSession {
  permissionRequestHandler: Listener | null = null
  permissionCheckHandler: Listener | null = null
  readonly protocolHandlers = new Map<string, (request: Request) => Promise<Response>>()
  readonly protocol = {
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
      this.protocolHandlers.set(scheme, handler),
  }
  setPermissionRequestHandler(handler: Listener): void {
    this.permissionRequestHandler = handler
  }
  setPermissionCheckHandler(handler: Listener): void {
    this.permissionCheckHandler = handler
  }
}

export type RecordingElectron = ReturnType<typeof createRecordingElectron>

export function createRecordingElectron(options: StandInOptions) {
  const events: string[] = []
  let ready = false
  let fireReady: () => void = () => undefined
  const readyPromise = new Promise<void>((resolve) => {
    fireReady = () => {
      ready = true
      events.push('ready')
      resolve()
    }
  })
  const paths = new Map<string, string>([
    ['appData', options.appData],
    ['temp', options.appData],
  ])
  const app = Object.assign(new EventEmitter(), {
    isPackaged: options.isPackaged,
    name: 'electron',
    setName(name: string) {
      app.name = name
    },
    getName: () => app.name,
    getPreferredSystemLanguages: () => ['kk-KZ', 'ru-RU', 'en-US'],
    getPath(name: string) {
      const path = paths.get(name)
      if (!path) throw new Error(`The stand-in has no path for ${name}.`)
      return path
    },
    setPath: (name: string, path: string) => void paths.set(name, path),
    requestSingleInstanceLock: () => options.singleInstanceLock,
    whenReady: () => readyPromise,
    isReady: () => ready,
    quit: () => void events.push('quit'),
  })
  const defaultSession = new RecordingSession()
  const partitions = new Map<string, RecordingSession>()
  const ipcHandlers = new Map<string, Listener>()
  const privilegedSchemes: unknown[] = []
  const errors: string[] = []
  let applicationMenu: unknown[] | null = null

  const electron = {
    events,
    windows: [] as RecordingWindow[],
    ipcHandlers,
    privilegedSchemes,
    defaultSession,
    partitions,
    errors,
    get applicationMenu() {
      return applicationMenu
    },
    fireReady: () => fireReady(),
    isReady: () => ready,
    record: (event: string) => void events.push(event),
    app,
  }

  const module = {
    app,
    BrowserWindow: Object.assign(
      function BrowserWindow(windowOptions: Record<string, unknown>) {
        return new RecordingWindow(windowOptions, electron as RecordingElectron)
      },
      {
        fromWebContents: (contents: RecordingWebContents | undefined) => contents?.window ?? null,
      },
    ),
    dialog: {
      showErrorBox: (title: string, message: string) => void errors.push(`${title}: ${message}`),
      showMessageBox: async () => ({ response: 1 }),
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true }),
    },
    ipcMain: {
      handle(channel: string, listener: Listener) {
        if (ipcHandlers.has(channel)) throw new Error(`Two handlers for ${channel}.`)
        ipcHandlers.set(channel, listener)
      },
    },
    Menu: {
      buildFromTemplate: (template: unknown[]) => template,
      setApplicationMenu: (menu: unknown[]) => {
        applicationMenu = menu
      },
    },
    protocol: {
      registerSchemesAsPrivileged(schemes: unknown[]) {
        if (ready) throw new Error('registerSchemesAsPrivileged after ready has no effect.')
        events.push('registerSchemesAsPrivileged')
        privilegedSchemes.push(...schemes)
      },
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
        events.push(`protocol.handle ${scheme}`)
        defaultSession.protocol.handle(scheme, handler)
      },
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: {
      defaultSession,
      fromPartition(partition: string) {
        let session = partitions.get(partition)
        if (!session) partitions.set(partition, (session = new RecordingSession()))
        return session
      },
    },
    shell: {
      openExternal: async (url: string) => void events.push(`openExternal ${url}`),
      openPath: async () => '',
    },
  }
  return Object.assign(electron, { module })
}
