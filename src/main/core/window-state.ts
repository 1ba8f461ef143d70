/**
 * Remembers where the main window was. Saved bounds are used only when they still show on one
 * of the current displays (a monitor may have been unplugged since).
 */
import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { writeFileAtomic } from './files'

export interface Rectangle {
  x: number
  y: number
  width: number
  height: number
}

const WindowStateSchema = z.object({
  bounds: z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() }),
  maximized: z.boolean(),
})
export type WindowState = z.infer<typeof WindowStateSchema>

export const DEFAULT_SIZE = { width: 1280, height: 820 }
export const MIN_SIZE = { width: 900, height: 600 }

export async function loadWindowState(file: string): Promise<WindowState | null> {
  try {
    const parsed = WindowStateSchema.safeParse(JSON.parse(await readFile(file, 'utf8')))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  await writeFileAtomic(file, JSON.stringify(state))
}

/**
 * The bounds to open with: the saved ones if at least 100×50 px of the window's top shows on a
 * display's work area, clamped to minimum size; otherwise none (the OS centres the window).
 */
export function restorableBounds(
  saved: Rectangle | undefined,
  workAreas: Rectangle[],
): Rectangle | undefined {
  if (!saved) return undefined
  const bounds = {
    x: Math.round(saved.x),
    y: Math.round(saved.y),
    width: Math.max(MIN_SIZE.width, Math.round(saved.width)),
    height: Math.max(MIN_SIZE.height, Math.round(saved.height)),
  }
  const titleBar = { ...bounds, height: 50 }
  const visible = workAreas.some((area) => overlap(titleBar, area) >= 100 * 50)
  return visible ? bounds : undefined
}

function overlap(a: Rectangle, b: Rectangle): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return w > 0 && h > 0 ? w * h : 0
}
