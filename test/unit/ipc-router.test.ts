import { describe, expect, it, vi } from 'vitest'
import {
  registerIpcOperations,
  type IpcHandlers,
  type IpcMainLike,
  type InvokeEventLike,
} from '../../src/main/core/ipc-router'
import { isAppUrl } from '../../src/main/core/security'
import { IPC_CHANNELS } from '../../src/shared/ipc/channels'
import { ipcOperations, type IpcOperationName } from '../../src/shared/ipc/contract'

type Listener = (event: InvokeEventLike, payload: unknown) => Promise<unknown>

/** Stands in for Electron's ipcMain: records the handler of each channel. */
class FakeIpcMain implements IpcMainLike {
  readonly listeners = new Map<string, Listener>()
  handle(channel: string, listener: Listener): void {
    if (this.listeners.has(channel)) throw new Error(`second handler for ${channel}`)
    this.listeners.set(channel, listener)
  }
  invoke(channel: string, payload: unknown, url = 'transitdesk://app/index.html') {
    const listener = this.listeners.get(channel)
    if (!listener) throw new Error(`no handler for ${channel}`)
    return listener({ senderFrame: url === null ? null : { url } }, payload)
  }
}

const trusted = (event: InvokeEventLike) =>
  event.senderFrame !== null && isAppUrl(event.senderFrame.url)

function setup(overrides: Partial<IpcHandlers> = {}) {
  const handlers = {
    openDeclarationFiles: vi.fn(async () => ({ canceled: true, files: [] })),
    saveDeclarationFile: vi.fn(async () => ({ saved: true, fileName: 'x.json' })),
    saveCsvFile: vi.fn(async () => ({ saved: true, fileName: 'x.csv' })),
    openReplyFiles: vi.fn(async () => ({ canceled: true, files: [] })),
    saveXmlFile: vi.fn(async () => ({ saved: true, fileName: 'x.xml' })),
    saveBackupFile: vi.fn(async () => ({ saved: true, fileName: 'x.tdbackup' })),
    writeAutoBackup: vi.fn(async () => ({ written: true })),
    listAutoBackups: vi.fn(async () => []),
    readAutoBackup: vi.fn(async () => ({ bytes: new Uint8Array() })),
    takeOpenedBackup: vi.fn(async () => null),
    preparePacket: vi.fn(async () => ({})),
    makePacket: vi.fn(async () => ({ status: 'done' as const, byteLength: 1 })),
    cancelPacket: vi.fn(async () => ({})),
    savePacket: vi.fn(async () => ({ saved: true, fileName: 'x.pdf' })),
    printPacket: vi.fn(async () => ({ done: true })),
    openPacket: vi.fn(async () => ({ done: true })),
    discardPacket: vi.fn(async () => ({})),
    answerClose: vi.fn(async () => ({})),
    preferredLanguages: vi.fn(async () => ({ languages: ['ru-RU', 'en-GB'] })),
    showLanguage: vi.fn(async () => ({})),
    ...overrides,
  } satisfies IpcHandlers
  const ipc = new FakeIpcMain()
  registerIpcOperations(ipc, handlers, trusted)
  return { ipc, handlers }
}

const channel = (name: IpcOperationName) => ipcOperations[name].channel

describe('the IPC contract', () => {
  it('gives each operation a distinct channel, equal to IPC_CHANNELS', () => {
    const names = Object.keys(ipcOperations) as IpcOperationName[]
    expect(names.sort()).toEqual(Object.keys(IPC_CHANNELS).sort())
    for (const name of names) expect(ipcOperations[name].channel).toBe(IPC_CHANNELS[name])
    const channels = names.map(channel)
    expect(new Set(channels).size).toBe(channels.length)
  })

  it('registers exactly one handler per operation', () => {
    const { ipc } = setup()
    expect([...ipc.listeners.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort())
  })
})

describe('registerIpcOperations: the sender', () => {
  it.each([
    ['another origin', 'https://evil.example/'],
    ['a file page', 'file:///tmp/x.html'],
    ['a look-alike host', 'transitdesk://app.evil/'],
  ])('refuses a call from %s without running the handler', async (_kind, url) => {
    const { ipc, handlers } = setup()
    await expect(ipc.invoke(channel('answerClose'), { close: true }, url)).rejects.toThrow(
      /Refused answerClose: the request did not come from the TransitDesk window/,
    )
    expect(handlers.answerClose).not.toHaveBeenCalled()
  })

  it('refuses a call without a sender frame', async () => {
    const { ipc, handlers } = setup()
    const listener = ipc.listeners.get(channel('answerClose'))!
    await expect(listener({ senderFrame: null }, { close: true })).rejects.toThrow(
      /Refused answerClose/,
    )
    expect(handlers.answerClose).not.toHaveBeenCalled()
  })

  it('checks the sender before the payload', async () => {
    const isTrusted = vi.fn(() => false)
    const ipc = new FakeIpcMain()
    const handlers = setup().handlers
    registerIpcOperations(ipc, handlers, isTrusted)
    await expect(ipc.invoke(channel('saveDeclarationFile'), 'garbage')).rejects.toThrow(
      /did not come from the TransitDesk window/,
    )
    expect(isTrusted).toHaveBeenCalledTimes(1)
  })
})

describe('registerIpcOperations: the payload', () => {
  it.each([['de'], ['RU'], [''], [42]])(
    'refuses showLanguage %j: only shipped languages',
    async (language) => {
      const { ipc, handlers } = setup()
      await expect(ipc.invoke(channel('showLanguage'), { language })).rejects.toThrow(
        /^Refused showLanguage: .+\.$/,
      )
      expect(handlers.showLanguage).not.toHaveBeenCalled()
    },
  )

  it('passes a shipped language to showLanguage', async () => {
    const { ipc, handlers } = setup()
    await ipc.invoke(channel('showLanguage'), { language: 'ur' })
    expect(vi.mocked(handlers.showLanguage).mock.calls[0]?.[0]).toEqual({ language: 'ur' })
  })

  it('passes a valid payload to the handler, parsed, with the event', async () => {
    const { ipc, handlers } = setup()
    const request = { suggestedName: 'KZ-ALA-2026-0117.json', content: '{}\n' }
    await expect(ipc.invoke(channel('saveDeclarationFile'), request)).resolves.toEqual({
      saved: true,
      fileName: 'x.json',
    })
    expect(handlers.saveDeclarationFile).toHaveBeenCalledTimes(1)
    const [received, event] = vi.mocked(handlers.saveDeclarationFile).mock.calls[0] as unknown as [
      unknown,
      InvokeEventLike,
    ]
    expect(received).toEqual(request)
    expect(event.senderFrame?.url).toBe('transitdesk://app/index.html')
  })

  it.each([
    ['no payload', undefined],
    ['null', null],
    ['a string', 'x.json'],
    ['a missing field', { suggestedName: 'x.json' }],
    ['a wrong type', { suggestedName: 'x.json', content: 42 }],
    ['an empty name', { suggestedName: '', content: '' }],
    ['a name too long', { suggestedName: 'x'.repeat(121), content: '' }],
  ])('refuses %s with a message, without running the handler', async (_kind, payload) => {
    const { ipc, handlers } = setup()
    await expect(ipc.invoke(channel('saveDeclarationFile'), payload)).rejects.toThrow(
      /^Refused saveDeclarationFile: .+\.$/,
    )
    expect(handlers.saveDeclarationFile).not.toHaveBeenCalled()
  })

  it.each([
    ['openDeclarationFiles', { path: '/etc/passwd' }],
    ['answerClose', { close: true, force: true }],
    ['listAutoBackups', { path: '/etc/passwd' }],
    ['readAutoBackup', { name: 'workspace-2026-02-04T10-15-00Z.tdbackup', path: '/etc/passwd' }],
    ['saveDeclarationFile', { suggestedName: 'x.json', content: '', path: '/etc/passwd' }],
    ['showLanguage', { language: 'ru', path: '/etc/passwd' }],
  ] as const)('refuses extra keys for %s (strict schemas)', async (name, payload) => {
    const { ipc, handlers } = setup()
    await expect(ipc.invoke(channel(name), payload)).rejects.toThrow(`Refused ${name}`)
    expect(handlers[name]).not.toHaveBeenCalled()
  })

  it.each([
    'folder/x.json',
    '..\\x.json',
    'C:x.json',
    'a*b.json',
    'a?b.json',
    'a"b.json',
    'a<b>.json',
    'a|b.json',
    'line\nbreak.json',
    'tab\t.json',
    'nul\u0000.json',
    'esc\u001b.json',
  ])('refuses the suggested name %j', async (suggestedName) => {
    const { ipc, handlers } = setup()
    await expect(
      ipc.invoke(channel('saveDeclarationFile'), { suggestedName, content: '{}' }),
    ).rejects.toThrow(/suggested name must be a plain file name/)
    expect(handlers.saveDeclarationFile).not.toHaveBeenCalled()
  })

  it('accepts plain names in any script', async () => {
    const { ipc, handlers } = setup()
    for (const suggestedName of ['Декларация 7.json', 'ترانزیت.json', 'KZ-1 (copy).json']) {
      await ipc.invoke(channel('saveDeclarationFile'), { suggestedName, content: '{}' })
    }
    expect(handlers.saveDeclarationFile).toHaveBeenCalledTimes(3)
  })

  it('refuses content over 16 MiB', async () => {
    const { ipc, handlers } = setup()
    const content = 'x'.repeat(16 * 1024 * 1024 + 1)
    await expect(
      ipc.invoke(channel('saveDeclarationFile'), { suggestedName: 'big.json', content }),
    ).rejects.toThrow(/Refused saveDeclarationFile/)
    expect(handlers.saveDeclarationFile).not.toHaveBeenCalled()
  })
})

describe('automatic backups: by name, never by path', () => {
  const name = 'workspace-2026-02-04T10-15-00Z.tdbackup'

  it('reads a backup by its own name', async () => {
    const bytes = new Uint8Array([1, 2, 3])
    const { ipc, handlers } = setup({ readAutoBackup: vi.fn(async () => ({ bytes })) })
    await expect(ipc.invoke(channel('readAutoBackup'), { name })).resolves.toEqual({ bytes })
    expect(handlers.readAutoBackup).toHaveBeenCalledWith({ name }, expect.anything())
  })

  it.each([
    '../../etc/passwd',
    '/home/u/Backups/notes.txt',
    `../${name}`,
    `Backups/${name}`,
    `C:\\Users\\u\\${name}`,
    `${name}.partial`,
    `.${name}.0a1b2c3d4e5f.tmp`,
    'workspace-2026-02-04T10:15:00Z.tdbackup',
    '',
    42,
  ])('refuses the name %j without running the handler', async (bad) => {
    const { ipc, handlers } = setup()
    await expect(ipc.invoke(channel('readAutoBackup'), { name: bad })).rejects.toThrow(
      /^Refused readAutoBackup: .+\.$/,
    )
    expect(handlers.readAutoBackup).not.toHaveBeenCalled()
  })

  it('passes a backup that cannot be read on as its reason', async () => {
    const { ipc } = setup({
      readAutoBackup: async () => ({ error: 'the file or folder does not exist' }),
    })
    await expect(ipc.invoke(channel('readAutoBackup'), { name })).resolves.toEqual({
      error: 'the file or folder does not exist',
    })
  })

  it('lists backups by name, time and size, and lets no path or other file out', async () => {
    const listed = [{ name, at: '2026-02-04T10:15:00Z', bytes: 1200 }]
    const ok = setup({ listAutoBackups: async () => listed })
    await expect(ok.ipc.invoke(channel('listAutoBackups'), {})).resolves.toEqual(listed)
    for (const leak of [
      [{ name: `/home/u/.config/TransitDesk/Backups/${name}`, at: listed[0]!.at, bytes: 1 }],
      [{ name: 'notes.txt', at: listed[0]!.at, bytes: 1 }],
      [{ name, at: 'yesterday', bytes: 1 }],
      [{ name, at: listed[0]!.at, bytes: -1 }],
    ]) {
      const { ipc } = setup({ listAutoBackups: async () => leak })
      await expect(ipc.invoke(channel('listAutoBackups'), {})).rejects.toThrow()
    }
  })
})

describe('registerIpcOperations: the response', () => {
  it('rejects a handler response of the wrong shape', async () => {
    const { ipc } = setup({
      openDeclarationFiles: (async () => ({ canceled: 'no', files: [] })) as never,
    })
    await expect(ipc.invoke(channel('openDeclarationFiles'), {})).rejects.toThrow()
  })

  it('rejects picked files that are neither text nor error', async () => {
    const { ipc } = setup({
      openDeclarationFiles: (async () => ({
        canceled: false,
        files: [{ name: 'a.json', text: 'x', byteLength: -1 }],
      })) as never,
    })
    await expect(ipc.invoke(channel('openDeclarationFiles'), {})).rejects.toThrow()
  })

  it('does not pass on keys the contract does not know', async () => {
    const { ipc } = setup({
      saveDeclarationFile: (async () => ({ saved: true, path: '/home/user/secret' })) as never,
    })
    await expect(
      ipc.invoke(channel('saveDeclarationFile'), { suggestedName: 'a.json', content: '' }),
    ).resolves.toEqual({ saved: true })
  })

  it('passes a handler’s failure on', async () => {
    const { ipc } = setup({
      openDeclarationFiles: async () => {
        throw new Error('dialog failed')
      },
    })
    await expect(ipc.invoke(channel('openDeclarationFiles'), {})).rejects.toThrow('dialog failed')
  })

  it('passes picked files of both kinds', async () => {
    const files = [
      { name: 'a.json', text: '{}', byteLength: 2 },
      { name: 'b.json', error: '“b.json” could not be read: permission was denied.' },
    ]
    const { ipc } = setup({ openDeclarationFiles: async () => ({ canceled: false, files }) })
    await expect(ipc.invoke(channel('openDeclarationFiles'), {})).resolves.toEqual({
      canceled: false,
      files,
    })
  })

  describe('packet operations', () => {
    const jobId = '3f1c6f0e-8a4b-4c5d-9e2f-1a2b3c4d5e6f'
    const request = {
      declaration: { lrn: 'KZ-1', consignments: [{ items: [{ hsCode: '520512' }] }] },
      documents: ['cover', 'cmr'],
      generatedAt: '2026-02-04T10:00:00Z',
      draft: false,
    }

    it('passes a packet request, parsed', async () => {
      const { ipc, handlers } = setup()
      await ipc.invoke(channel('makePacket'), { jobId, request })
      expect(handlers.makePacket).toHaveBeenCalledWith({ jobId, request }, expect.anything())
    })

    it.each([
      ['a job id that is not a UUID', { jobId: '../x', request }],
      ['an unknown paper', { jobId, request: { ...request, documents: ['passport'] } }],
      ['no papers', { jobId, request: { ...request, documents: [] } }],
      ['a time that is not ISO', { jobId, request: { ...request, generatedAt: 'yesterday' } }],
      ['a declaration array', { jobId, request: { ...request, declaration: [] } }],
      ['a date object inside', { jobId, request: { ...request, declaration: { d: new Date() } } }],
      ['a non-finite number', { jobId, request: { ...request, declaration: { n: Infinity } } }],
      ['a map inside', { jobId, request: { ...request, declaration: { m: new Map() } } }],
      ['an output path', { jobId, request, path: '/tmp/x.pdf' }],
    ])('refuses %s', async (_kind, payload) => {
      const { ipc, handlers } = setup()
      await expect(ipc.invoke(channel('makePacket'), payload)).rejects.toThrow(
        /^Refused makePacket: .+\.$/,
      )
      expect(handlers.makePacket).not.toHaveBeenCalled()
    })

    it('refuses a declaration nested deeper than JSON data should be', async () => {
      const { ipc, handlers } = setup()
      let deep: Record<string, unknown> = {}
      const declaration = deep
      for (let i = 0; i < 100; i++) deep = (deep.next = {}) as Record<string, unknown>
      await expect(
        ipc.invoke(channel('makePacket'), { jobId, request: { ...request, declaration } }),
      ).rejects.toThrow(/the declaration must be JSON data/)
      expect(handlers.makePacket).not.toHaveBeenCalled()
    })

    it.each(['savePacket', 'printPacket', 'openPacket'] as const)(
      '%s takes a job id and a plain suggested name, never a path',
      async (name) => {
        const { ipc, handlers } = setup()
        await ipc.invoke(channel(name), { jobId, suggestedName: 'KZ-1-packet.pdf' })
        expect(handlers[name]).toHaveBeenCalledTimes(1)
        await expect(
          ipc.invoke(channel(name), { jobId, suggestedName: '/etc/x.pdf' }),
        ).rejects.toThrow(/plain file name/)
        await expect(
          ipc.invoke(channel(name), { jobId, suggestedName: 'x.pdf', pdf: new Uint8Array(1) }),
        ).rejects.toThrow(`Refused ${name}`)
        expect(handlers[name]).toHaveBeenCalledTimes(1)
      },
    )
  })
})
