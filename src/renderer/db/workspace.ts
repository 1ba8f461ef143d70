/** The app's one database and its repositories, opened once per window. */
import { WorkspaceDatabase } from './schema'
import { DeclarationRepository } from './declarations'
import { LibraryRepository } from './library'
import { PlacesRepository } from './places'

export const database = new WorkspaceDatabase()
export const declarations = new DeclarationRepository(database)
export const library = new LibraryRepository(database)
export const places = new PlacesRepository(database)

export interface StorageStatus {
  persisted: boolean
  usage?: number
  quota?: number
}

/**
 * Asks the browser to keep the data even under storage pressure. Electron grants it; a browser
 * may refuse, which the status bar then says.
 */
export async function requestPersistentStorage(): Promise<StorageStatus> {
  const storage = navigator.storage
  if (!storage?.persist) return { persisted: false }
  const persisted = (await storage.persisted()) || (await storage.persist())
  const estimate = await storage.estimate().catch(() => undefined)
  return { persisted, usage: estimate?.usage, quota: estimate?.quota }
}
