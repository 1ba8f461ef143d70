/** Types of ensure-electron.mjs (plain JavaScript, so `npm start` needs no build step). */
export interface ElectronStatus {
  version: string
  installed: boolean
}
export interface InstallerRun {
  status: number
  output: string
}
export type EnsureResult = { ok: true; downloaded: boolean } | { ok: false; message: string }

export function electronStatus(electronDir: string): ElectronStatus
export function downloadProblem(output: string): string
export function offlineMessage(
  version: string,
  problem: string,
  platform?: string,
  arch?: string,
): string
export function ensureElectron(
  electronDir: string,
  install: (script: string) => InstallerRun,
): EnsureResult
