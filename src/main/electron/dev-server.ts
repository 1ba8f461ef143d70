import { app } from 'electron'

/** The Vite dev server's URL in `npm run dev`; never trusted in a packaged app. */
export const devServerUrl: string | undefined = app.isPackaged
  ? undefined
  : process.env['ELECTRON_RENDERER_URL']
