/**
 * The renderer's origin and the app's name, pinned once.
 *
 * IndexedDB lives under the origin (scheme + host) and Electron's user-data folder under the
 * app name: changing either would make every stored declaration disappear for the user.
 * Never edit these values; add a migration instead if the identity must ever move.
 */
export const APP_NAME = 'TransitDesk'
export const APP_SCHEME = 'transitdesk'
export const APP_HOST = 'app'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const DATABASE_NAME = 'transitdesk'
