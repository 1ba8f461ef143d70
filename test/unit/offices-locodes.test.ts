/** The customs office list (CSV both ways) and the UN/LOCODE release reader. */
import fc from 'fast-check'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { locodesFromCsv } from '../../src/shared/library/locodes'
import {
  EXAMPLE_OFFICES,
  officeProblem,
  officesFromCsv,
  officesToCsv,
  unescapeCsvCell,
  type Office,
} from '../../src/shared/library/offices'

describe('customs offices', () => {
  it('go to CSV and come back the same, Cyrillic names and quotes included', () => {
    const mine = [
      {
        reference: 'KZ551200',
        name: 'Т/п «Хоргос», "ЦПТС"',
        country: 'KZ',
        roles: ['border' as const],
      },
      ...EXAMPLE_OFFICES,
    ]
    const read = officesFromCsv(officesToCsv(mine))
    expect(read).toEqual({ offices: mine, problems: [] })
  })

  it('name each bad line and read the rest', () => {
    const csv = [
      'Reference,Name,Country,Roles',
      'KZ550010,Almaty,KZ,departure',
      'KZ55001,Short,KZ,departure',
      'UZ170020,Wrong country,KZ,transit',
      'PK010040,Karachi,PK,arrival',
      'KZ550010,Again,KZ,',
      'AF010030,Hairatan,AF,transit; border',
      '06611,Minsk-Belarus,BY,departure',
      '55201,Tashkent,UZ,destination',
    ].join('\n')
    const read = officesFromCsv(csv)
    if ('error' in read) throw new Error(read.error)
    expect(read.offices.map((o) => [o.reference, o.roles])).toEqual([
      ['KZ550010', ['departure']],
      ['AF010030', ['transit', 'border']],
      // an EAEU member's national code
      ['06611', ['departure']],
    ])
    expect(read.problems).toEqual([
      'Line 3: the reference “KZ55001” should be 2 letters and 6 letters or digits, e.g. KZ550010, or in an EAEU member its national code of 2, 5 or 8 digits.',
      'Line 4: the reference “UZ170020” should start with its country, KZ.',
      'Line 5: “arrival” is not a role (departure, transit, destination, border).',
      'Line 6: KZ550010 is already on line 2.',
      'Line 9: the reference “55201” is a national code, which only offices in EAEU members carry.',
    ])
  })

  it('refuse a file without the needed columns', () => {
    expect(officesFromCsv('code;title\nKZ550010;Almaty')).toEqual({
      error:
        'it has no reference, name, country column (the columns are reference, name, country, roles, example)',
    })
  })

  it('ships only examples, marked as such, each of the right shape', () => {
    for (const office of EXAMPLE_OFFICES) {
      expect(office.example).toBe(true)
      expect(office.name).toMatch(/example/)
      expect(officeProblem(office)).toBeNull()
    }
  })

  describe('formulae (OWASP "CSV injection")', () => {
    const office = (name: string): Office => ({
      reference: 'KZ550010',
      name,
      country: 'KZ',
      roles: ['departure'],
    })
    /** The cells of the data line, as a spreadsheet reads them (quotes removed). */
    const cellsOf = (csv: string) => {
      const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true })
      return parsed.data[1]!
    }

    it.each([
      ['=', '=HYPERLINK("http://x.example","Almaty")'],
      ['+', '+7 727 000 0000 post'],
      ['-', "-2+3+cmd|' /C calc'!A0"],
      ['@', "@SUM(1+1)*cmd|' /C calc'!A0"],
    ])('export a cell starting with %s behind an apostrophe', (_char, name) => {
      const csv = officesToCsv([office(name)])
      expect(cellsOf(csv)[1]).toBe(`'${name}`)
      // The raw line holds no cell that starts with a formula character.
      for (const cell of cellsOf(csv)) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
    })

    it('export tab and carriage return at the start of a cell behind an apostrophe', () => {
      expect(unescapeCsvCell("'\tx")).toBe('\tx')
      const csv = officesToCsv([office('\tx'), office('\rx')])
      const data = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data
      expect(data[1]![1]).toBe("'\tx")
      expect(data[2]![1]).toBe("'\rx")
    })

    it('leave other cells as they are', () => {
      const csv = officesToCsv([office("Almaty = main post, 'A' – 1")])
      expect(cellsOf(csv)[1]).toBe("Almaty = main post, 'A' – 1")
    })

    it('come back from an import exactly as they were, apostrophes of their own included', () => {
      const names = ['=1+1', '+Almaty', '-Almaty-', '@Almaty', "'=1+1", "''@x", "'Almaty'", "'"]
      const mine = names.map((name, i) => ({ ...office(name), reference: `KZ55001${i}` }))
      expect(officesFromCsv(officesToCsv(mine))).toEqual({ offices: mine, problems: [] })
    })

    it('round-trip any name', () => {
      fc.assert(
        fc.property(
          fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s !== ''),
          (name) => {
            const read = officesFromCsv(officesToCsv([office(name)]))
            if ('error' in read) throw new Error(read.error)
            expect(read.offices.map((o) => o.name)).toEqual([name])
          },
        ),
      )
    })
  })

  it('never throw on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const read = officesFromCsv(`reference,name,country\n${text}`)
        if (!('error' in read))
          for (const office of read.offices) expect(officeProblem(office)).toBeNull()
      }),
    )
  })
})

const RELEASE = [
  ',"PK","","Pakistan","Pakistan","","","","","","",""',
  ',"PK","KHI","Karachi","Karachi","SD","1234----","AI","0001","KHI","2451N 06702E",""',
  ',"PK","GWD","Gwadar","Gwadar","BA","1--4----","AI","0901","GWD","2507N 06221E",""',
  '=,"PK","LYP","Lyallpur = Faisalabad","Lyallpur = Faisalabad","","","","","","",""',
  'X,"PK","ZZZ","Removed","Removed","","","","","","",""',
  ',"KZ","ALA","Almaty","Almaty","75","1234----","AI","0307","ALA","4315N 07657E",""',
  ',"UZ","TAS","Toshkent","Toshkent","TK","1234----","AI","0001","TAS","",""',
  ',"TR","IST","İstanbul","Istanbul","34","12345---","AI","0001","","",""',
  ',"P1","BAD","Bad country","Bad country","","","","","","",""',
  ',"KZ","A1B","Bad location","Bad location","","","","","","",""',
].join('\r\n')

describe('UN/LOCODE release', () => {
  it('reads the places, skipping headings, references and removals, naming malformed lines', () => {
    const read = locodesFromCsv(RELEASE)
    if ('error' in read) throw new Error(read.error)
    expect(read.places.map((p) => p.code)).toEqual(['PKKHI', 'PKGWD', 'KZALA', 'UZTAS', 'TRIST'])
    expect(read.places[0]).toMatchObject({
      country: 'PK',
      name: 'Karachi',
      subdivision: 'SD',
      functions: '1234----',
    })
    expect(read.places.find((p) => p.code === 'TRIST')?.words).toEqual(
      expect.arrayContaining(['istanbul', 'trist']),
    )
    expect(read.skipped).toBe(3)
    expect(read.malformed).toBe(2)
    expect(read.problems).toEqual([
      'Line 9: “P1” is not a country code.',
      'Line 10: “A1B” is not a location code (3 characters from A–Z and 2–9).',
    ])
  })

  it('refuses what is not a release', () => {
    expect(locodesFromCsv('')).toEqual({ error: 'is empty' })
    expect(locodesFromCsv('reference,name\nKZ550010,Almaty')).toMatchObject({
      error: expect.stringMatching(/is not a UN\/LOCODE release/),
    })
    expect(locodesFromCsv(',"PK","","Pakistan","Pakistan","","","","","","",""')).toMatchObject({
      error: expect.stringMatching(/none of its 1 lines is a place/),
    })
  })
})
