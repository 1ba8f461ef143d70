/**
 * Starts a built main process (out/main/index.js, or the packaged copy of it) against the
 * recording stand-in for Electron. A test file routes `electron` here with
 *
 *   vi.mock('electron', async () => (await import('./load-main')).electronModule)
 *
 * and each start gets a stand-in of its own (the bundle is loaded afresh every time).
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { vi } from 'vitest'
import {
  createRecordingElectron,
  type RecordingElectron,
  type StandInOptions,
} from './recording-electron'

/**
 * The current start's stand-in. On globalThis, not in this module: `vi.resetModules()` gives the
 * mocked `electron` a fresh copy of this module for every start, and both must see the same.
 */
const holder = globalThis as { electronStandIn?: RecordingElectron }

const ELECTRON_EXPORTS = [
  'app',
  'BrowserWindow',
  'dialog',
  'ipcMain',
  'Menu',
  'protocol',
  'screen',
  'session',
  'shell',
] as const

/** What `import { … } from 'electron'` sees: the current start's stand-in. */
export const electronModule = Object.fromEntries(
  ELECTRON_EXPORTS.map((name) => [
    name,
    new Proxy(function () {}, {
      get: (_target, key) => Reflect.get(standIn().module[name], key),
      construct: (_target, args) =>
        Reflect.construct(
          standIn().module[name] as unknown as new (...a: unknown[]) => object,
          args,
        ),
      apply: (_target, self, args) =>
        Reflect.apply(
          standIn().module[name] as unknown as (...a: unknown[]) => unknown,
          self,
          args,
        ),
    }),
  ]),
)

function standIn(): RecordingElectron {
  if (!holder.electronStandIn) throw new Error('No main process has been started.')
  return holder.electronStandIn
}

/**
 * Loads `mainFile` as Electron would load the app's main script, with `options` and `env`;
 * resolves once its module has run (before `ready`: call `electron.fireReady()` for that).
 */
export async function startMain(
  mainFile: string,
  options: Partial<StandInOptions> = {},
  env: Record<string, string | undefined> = {},
): Promise<RecordingElectron> {
  const electron = createRecordingElectron({
    isPackaged: false,
    singleInstanceLock: true,
    appData: mkdtempSync(join(tmpdir(), 'transitdesk-main-')),
    ...options,
  })
  holder.electronStandIn = electron
  vi.unstubAllEnvs()
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined)
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value)
  // Run afresh: resetModules forgets the modules run, not their transform (a new query on the
  // URL each time would have the runner transform the whole bundle again for every start).
  vi.resetModules()
  await import(/* @vite-ignore */ pathToFileURL(mainFile).href)
  return electron
}

/** Lets `ready` happen and waits until the main window has loaded its page. */
export async function untilWindowLoaded(electron: RecordingElectron): Promise<void> {
  electron.fireReady()
  await vi.waitFor(() => {
    if (!electron.windows[0]?.loadedUrl) throw new Error('The main window has not loaded yet.')
  })
}
