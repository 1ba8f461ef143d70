import { describe, expect, it } from 'vitest'
import { english as translate, translator } from '../../src/main/core/translator'
import { buildMenuTemplate, type MenuEntry } from '../../src/main/core/menu-template'
import { MENU_COMMANDS } from '../../src/shared/ipc/channels'

const t = (key: string) => `‹${key}›`
const flatten = (entries: MenuEntry[]): MenuEntry[] =>
  entries.flatMap((e) => [e, ...flatten(e.submenu ?? [])])
const byCommand = (entries: MenuEntry[], command: string) =>
  flatten(entries).find((e) => e.command === command)
const roles = (entries: MenuEntry[]) => flatten(entries).flatMap((e) => (e.role ? [e.role] : []))
const topLabels = (entries: MenuEntry[]) => entries.map((e) => e.label)

describe.each(['darwin', 'win32', 'linux'] as const)('menu on %s', (platform) => {
  const menu = buildMenuTemplate(platform, t, 'TransitDesk')
  const mac = platform === 'darwin'

  it('has File with New, Import, Export, Print packet on CmdOrCtrl+N/O/E/P', () => {
    const file = menu.find((e) => e.label === '‹menu.file›')
    expect(file).toBeDefined()
    const commands = file!.submenu!.filter((e) => e.command)
    expect(commands.map((e) => [e.command, e.accelerator, e.label])).toEqual([
      ['new', 'CmdOrCtrl+N', '‹menu.new›'],
      ['import', 'CmdOrCtrl+O', '‹menu.import›'],
      ['export', 'CmdOrCtrl+E', '‹menu.export›'],
      ['packet', 'CmdOrCtrl+P', '‹menu.packet›'],
    ])
  })

  it('sends undo and redo to the editor as commands, not as text-field roles', () => {
    expect(byCommand(menu, 'undo')?.accelerator).toBe('CmdOrCtrl+Z')
    expect(byCommand(menu, 'redo')?.accelerator).toBe(mac ? 'Shift+Cmd+Z' : 'Ctrl+Y')
    expect(roles(menu)).not.toContain('undo')
    expect(roles(menu)).not.toContain('redo')
  })

  it('has clipboard and select-all roles, and Find on CmdOrCtrl+F', () => {
    expect(roles(menu)).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']))
    expect(byCommand(menu, 'find')?.accelerator).toBe('CmdOrCtrl+F')
  })

  it('has the zoom roles and full screen in View', () => {
    const view = menu.find((e) => e.label === '‹menu.view›')
    expect(view?.submenu?.map((e) => e.role).filter(Boolean)).toEqual(
      expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']),
    )
  })

  it('has quit exactly once', () => {
    expect(roles(menu).filter((r) => r === 'quit')).toHaveLength(1)
  })

  it('uses only commands the renderer understands, each once', () => {
    const commands = flatten(menu).flatMap((e) => (e.command ? [e.command] : []))
    for (const command of commands) expect(MENU_COMMANDS).toContain(command)
    expect(new Set(commands).size).toBe(commands.length)
    expect([...commands].sort()).toEqual([...MENU_COMMANDS].sort())
  })

  it('has no duplicate accelerators', () => {
    const accelerators = flatten(menu).flatMap((e) => (e.accelerator ? [e.accelerator] : []))
    expect(new Set(accelerators).size).toBe(accelerators.length)
  })

  it('labels every entry that is neither a role nor a separator nor the app menu', () => {
    for (const entry of flatten(menu)) {
      if (!entry.role && !entry.separator) expect(entry.label).toBeTruthy()
    }
  })

  if (mac) {
    it('starts with the app menu: about, hide, quit', () => {
      expect(menu[0]?.label).toBe('TransitDesk')
      const appRoles = menu[0]!.submenu!.map((e) => e.role).filter(Boolean)
      expect(appRoles).toEqual(['about', 'hide', 'hideOthers', 'unhide', 'quit'])
      expect(topLabels(menu).slice(1)).toEqual([
        '‹menu.file›',
        '‹menu.edit›',
        '‹menu.view›',
        '‹menu.window›',
      ])
    })

    it('closes the window from File instead of quitting', () => {
      const file = menu.find((e) => e.label === '‹menu.file›')!
      expect(file.submenu!.at(-1)?.role).toBe('close')
    })
  } else {
    it('has no app menu; quit is in File on Ctrl+Q', () => {
      expect(topLabels(menu)).toEqual([
        '‹menu.file›',
        '‹menu.edit›',
        '‹menu.view›',
        '‹menu.window›',
      ])
      const quit = flatten(menu).find((e) => e.role === 'quit')
      expect(quit).toMatchObject({ label: '‹menu.quit›', accelerator: 'Ctrl+Q' })
      expect(roles(menu)).not.toContain('about')
    })
  }
})

describe('menu with the English catalogue', () => {
  it('translates every label key (no raw keys left)', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const labels = flatten(buildMenuTemplate(platform, translate, 'TransitDesk')).flatMap((e) =>
        e.label ? [e.label] : [],
      )
      for (const label of labels) expect(label).not.toMatch(/^menu\./)
    }
  })

  it('translate falls back to the key for an unknown key', () => {
    expect(translate('menu.file')).toBe('File')
    expect(translate('menu.nope')).toBe('menu.nope')
  })
})

describe('buildMenuTemplate: development tools and window menu', () => {
  const roles = (entries: MenuEntry[]): string[] =>
    entries.flatMap((e) => [...(e.role ? [e.role] : []), ...roles(e.submenu ?? [])])
  it('offers the developer tools only when asked (not in a packaged app)', () => {
    expect(roles(buildMenuTemplate('win32', (k) => k, 'TransitDesk'))).not.toContain(
      'toggleDevTools',
    )
    expect(
      roles(buildMenuTemplate('win32', (k) => k, 'TransitDesk', { devTools: true })),
    ).toContain('toggleDevTools')
  })
  it('has one Close on macOS (File ▸ Close), and one in the Window menu elsewhere', () => {
    const count = (platform: NodeJS.Platform) =>
      roles(buildMenuTemplate(platform, (k) => k, 'TransitDesk')).filter((r) => r === 'close')
        .length
    expect(count('darwin')).toBe(1)
    expect(count('linux')).toBe(1)
  })
})

describe.each(['darwin', 'win32', 'linux'] as const)('the menu in Russian on %s', (platform) => {
  it('labels every entry from the catalogue: no role keeps Electron’s English label', async () => {
    const russian = translator('ru')
    const menu = buildMenuTemplate(platform, russian, 'TransitDesk', { devTools: true })
    for (const entry of flatten(menu)) {
      if (entry.separator || entry.label === 'TransitDesk') continue
      expect(entry.label, JSON.stringify(entry)).toMatch(/[\u0400-\u04ff]/)
    }
  })
})
