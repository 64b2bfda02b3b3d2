import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import {
  createFirstock,
  type Firstock,
  isExchange,
  defaultCacheDir,
  defaultSymbolsUrl,
  type InstrumentsProgress,
  loadInstruments,
  NetworkError,
  symbolFileUrl,
  UnknownInstrumentError,
} from '../src/index.js'
import { demoClient, sandbox } from './helpers.js'

const NSE_CSV = [
  'Exchange,Token,LotSize,TradingSymbol,CompanyName,ISIN,TickSize,FreezeQty',
  'NSE,1660,1,ITC-EQ,ITC LTD,INE154A01025,0.05,',
  'NSE,2885,1,RELIANCE-EQ,RELIANCE INDUSTRIES LTD,INE002A01018,0.05,',
  '',
].join('\n')
const NFO_CSV = [
  'Exchange,Token,LotSize,Symbol,TradingSymbol,CompanyName,Expiry,Instrument,OptionType,StrikePrice,TickSize,FreezeQty',
  'NFO,43001,25,NIFTY,NIFTY28NOV24C24000,NIFTY 50,28-NOV-2024,OPTIDX,CE,24000,0.05,1801',
  'NFO,43011,25,NIFTY,NIFTY05DEC24C24000,NIFTY 50,05-DEC-2024,OPTIDX,CE,24000,0.05,1801',
  '',
].join('\n')

/** A tiny symbol server on 127.0.0.1 whose answers the test can change. */
interface FakeHost {
  url: string
  hits: string[]
  files: Record<string, string>
  /** Path → HTTP status to answer instead of the file. */
  fail: Record<string, number>
  server: Server
}

async function fakeHost(): Promise<FakeHost> {
  const host = { hits: [] as string[], files: { '/NSESymbolDownload': NSE_CSV, '/NFOSymbolDownload': NFO_CSV } as Record<string, string>, fail: {} as Record<string, number> }
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    host.hits.push(path)
    const status = host.fail[path]
    const body = host.files[path]
    if (status !== undefined || body === undefined) {
      res.writeHead(status ?? 404, { 'content-type': 'text/html' })
      res.end('<html>down</html>')
      return
    }
    // Send in two pieces to exercise the streaming path.
    res.writeHead(200, { 'content-type': 'text/csv', 'content-length': Buffer.byteLength(body) })
    const half = Math.floor(body.length / 2)
    res.write(body.slice(0, half))
    setTimeout(() => res.end(body.slice(half)), 5)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { ...host, url: `http://127.0.0.1:${port}/`, server }
}

const ist = (text: string) => new Date(`${text}+05:30`)

let host: FakeHost
let cacheDir: string
beforeEach(async () => {
  host = await fakeHost()
  cacheDir = await mkdtemp(join(tmpdir(), 'firstock-symbols-'))
})
afterEach(async () => {
  host.server.closeAllConnections()
  await new Promise((resolve) => host.server.close(resolve))
  await rm(cacheDir, { recursive: true, force: true })
})

const load = (now: Date, extra: Parameters<typeof loadInstruments>[0] = {}) =>
  loadInstruments({ symbolsUrl: host.url, cacheDir, exchanges: ['NSE', 'NFO'], now: () => now, ...extra })

/** Backdates every cached file to `when` (as if downloaded then). */
async function backdate(when: Date) {
  for (const f of await readdir(cacheDir)) await utimes(join(cacheDir, f), when, when)
}

describe('loadInstruments', () => {
  test('behavior: downloads each file in parallel, indexes it, reports progress', async () => {
    const events: InstrumentsProgress[] = []
    const index = await load(ist('2024-11-25T09:00:00'), { onProgress: (e) => events.push(e) })
    expect(index.resolve('NSE:ITC-EQ').token).toBe('1660')
    expect(index.options('NIFTY', { expiry: 'nearest' }).map((i) => i.token)).toEqual(['43001'])
    expect(host.hits.sort()).toEqual(['/NFOSymbolDownload', '/NSESymbolDownload'])
    expect(index.stale).toBe(false)
    expect(index.sources.map((s) => [s.name, s.fromCache, s.rows])).toEqual([['NSE', false, 2], ['NFO', false, 2]])
    const nse = events.filter((e) => e.file === 'NSE')
    expect(nse[0]).toMatchObject({ phase: 'downloading', receivedBytes: 0, totalBytes: Buffer.byteLength(NSE_CSV) })
    expect(nse.at(-2)).toMatchObject({ phase: 'downloading', receivedBytes: Buffer.byteLength(NSE_CSV) })
    expect(nse.at(-1)).toMatchObject({ phase: 'done', instruments: 2, fromCache: false, stale: false })
    // cached atomically: one CSV per file, no temp files left behind
    const files = (await readdir(cacheDir)).sort()
    expect(files).toHaveLength(2)
    expect(files.every((f) => /^(NSE|NFO)-[0-9a-f]{10}\.csv$/.test(f))).toBe(true)
    expect(await readFile(join(cacheDir, files.find((f) => f.startsWith('NSE'))!), 'utf8')).toBe(NSE_CSV)
  })

  test('behavior: a copy fetched after today\'s 08:00 IST is used without a download', async () => {
    await load(ist('2024-11-25T08:30:00'))
    host.hits.length = 0
    const events: InstrumentsProgress[] = []
    const index = await load(ist('2024-11-25T23:00:00'), { onProgress: (e) => events.push(e) })
    expect(host.hits).toEqual([])
    expect(index.sources.every((s) => s.fromCache && !s.stale)).toBe(true)
    expect(events.map((e) => e.phase)).toEqual(['cached', 'done', 'cached', 'done'])
    expect(index.resolve('NSE|2885').tradingSymbol).toBe('RELIANCE-EQ')
  })

  test('behavior: refreshes after the next 08:00 IST refresh point', async () => {
    await load(ist('2024-11-25T08:30:00'))
    host.hits.length = 0
    await load(ist('2024-11-26T07:59:00'))
    expect(host.hits).toEqual([]) // still before the refresh point
    host.files['/NSESymbolDownload'] = `${NSE_CSV}NSE,1594,1,INFY-EQ,INFOSYS LIMITED,INE009A01021,0.05,\n`
    const index = await load(ist('2024-11-26T08:00:00'))
    expect(host.hits.sort()).toEqual(['/NFOSymbolDownload', '/NSESymbolDownload'])
    expect(index.resolve('NSE:INFY-EQ').token).toBe('1594')
  })

  test('behavior: maxAgeMs refreshes a younger copy; force always downloads', async () => {
    await load(ist('2024-11-25T09:00:00'))
    host.hits.length = 0
    await load(ist('2024-11-25T09:30:00'), { maxAgeMs: 60 * 60_000 })
    expect(host.hits).toEqual([])
    await load(ist('2024-11-25T10:30:00'), { maxAgeMs: 60 * 60_000 })
    expect(host.hits).toHaveLength(2)
    await load(ist('2024-11-25T10:31:00'), { force: true })
    expect(host.hits).toHaveLength(4)
  })

  test('behavior: a failed download falls back to the last good copy, with a warning and stale: true', async () => {
    await load(ist('2024-11-25T09:00:00'))
    await backdate(ist('2024-11-25T09:00:00'))
    host.fail['/NSESymbolDownload'] = 503
    const warnings: Array<[object, string | undefined]> = []
    const events: InstrumentsProgress[] = []
    const index = await load(ist('2024-11-26T09:00:00'), {
      logger: { warn: (details, message) => warnings.push([details, message]) },
      onProgress: (e) => events.push(e),
    })
    expect(index.resolve('NSE:ITC-EQ').token).toBe('1660')
    expect(index.stale).toBe(true)
    expect(index.sources.find((s) => s.name === 'NSE')).toMatchObject({ stale: true, fromCache: true })
    expect(index.sources.find((s) => s.name === 'NFO')).toMatchObject({ stale: false, fromCache: false })
    expect(warnings).toHaveLength(1)
    expect(warnings[0]![1]).toMatch(/NSE download failed; using the cached copy from 2024-11-25T03:30:00.000Z/)
    expect(events.find((e) => e.phase === 'fallback')).toMatchObject({ file: 'NSE' })
  })

  test('behavior: an HTML page instead of CSV is a failure, and never overwrites the good copy', async () => {
    await load(ist('2024-11-25T09:00:00'))
    await backdate(ist('2024-11-25T09:00:00'))
    host.files['/NSESymbolDownload'] = '<html><body>maintenance</body></html>'
    const index = await load(ist('2024-11-26T09:00:00'))
    expect(index.stale).toBe(true)
    expect(index.resolve('NSE:ITC-EQ').token).toBe('1660')
    const nse = (await readdir(cacheDir)).find((f) => f.startsWith('NSE'))!
    expect(await readFile(join(cacheDir, nse), 'utf8')).toBe(NSE_CSV)
  })

  test('behavior: the server unreachable and no cache → NetworkError naming the file', async () => {
    host.fail['/NFOSymbolDownload'] = 500
    const error = await load(ist('2024-11-25T09:00:00')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NetworkError)
    expect((error as NetworkError).code).toBe('SYMBOLS_UNAVAILABLE')
    expect((error as Error).message).toMatch(/could not load NFO.*HTTP 500/)
  })

  test('behavior: connection refused falls back to the cache', async () => {
    await load(ist('2024-11-25T09:00:00'))
    await backdate(ist('2024-11-24T09:00:00'))
    const url = host.url
    host.server.closeAllConnections()
    await new Promise((resolve) => host.server.close(resolve))
    host.server = createServer() // afterEach closes this one
    const index = await loadInstruments({ symbolsUrl: url, cacheDir, exchanges: ['NSE'], now: () => ist('2024-11-25T10:00:00'), logger: {} })
    expect(index.stale).toBe(true)
    expect(index.size).toBe(2)
  })

  test('behavior: offline uses cached copies however old; cacheDir: false keeps nothing', async () => {
    await load(ist('2024-11-20T09:00:00'))
    await backdate(ist('2024-11-20T09:00:00'))
    host.hits.length = 0
    const index = await load(ist('2024-11-25T09:00:00'), { offline: true })
    expect(host.hits).toEqual([])
    expect(index.size).toBe(4)
    await rm(cacheDir, { recursive: true, force: true })
    await expect(load(ist('2024-11-25T09:00:00'), { offline: true })).rejects.toThrow(/offline and no usable cached copy/)
    await load(ist('2024-11-25T09:00:00'), { cacheDir: false })
    await expect(readdir(cacheDir)).rejects.toThrow()
  })

  test('behavior: a corrupt cached copy is ignored and downloaded again', async () => {
    await load(ist('2024-11-25T09:00:00'))
    for (const f of await readdir(cacheDir)) await writeFile(join(cacheDir, f), 'garbage\n')
    await backdate(ist('2024-11-25T09:00:00'))
    host.hits.length = 0
    const index = await load(ist('2024-11-25T10:00:00'))
    expect(host.hits).toHaveLength(2)
    expect(index.size).toBe(4)
  })

  test('behavior: aborting rejects with the reason, without falling back', async () => {
    await load(ist('2024-11-25T09:00:00'))
    const controller = new AbortController()
    controller.abort(new Error('stop'))
    await expect(load(ist('2024-11-25T09:00:00'), { force: true, signal: controller.signal })).rejects.toThrow('stop')
  })

  test('error: unknown file names are refused', async () => {
    await expect(load(new Date(), { exchanges: ['XYZ' as 'NSE'] })).rejects.toThrow(/unknown symbol file XYZ/)
  })
})

describe('a large cached master', () => {
  test('behavior: a cached 100k-row NFO master loads from disk without a download (timed in the benchmarks)', async () => {
    const lines = ['Exchange,Token,LotSize,Symbol,TradingSymbol,CompanyName,Expiry,Instrument,OptionType,StrikePrice,TickSize,FreezeQty']
    for (let n = 0; n < 100_000; n++) {
      const expiry = ['28-NOV-2024', '05-DEC-2024', '12-DEC-2024', '19-DEC-2024'][n % 4]!
      const type = Math.floor(n / 4) % 2 === 0 ? 'CE' : 'PE'
      const strike = 10_000 + Math.floor(n / 8) * 50
      lines.push(`NFO,${100_000 + n},25,NIFTY,NIFTY${expiry.replace(/-20/, '').replace(/-/g, '')}${type[0]}${strike},NIFTY 50,${expiry},OPTIDX,${type},${strike},0.05,1801`)
    }
    const url = symbolFileUrl('NFO', { symbolsUrl: host.url })
    const { createHash } = await import('node:crypto')
    const file = join(cacheDir, `NFO-${createHash('sha256').update(url).digest('hex').slice(0, 10)}.csv`)
    await writeFile(file, `${lines.join('\n')}\n`)
    const index = await load(ist('2024-11-25T20:00:00'), { exchanges: ['NFO'] })
    expect(host.hits).toEqual([])
    expect(index.size).toBe(100_000)
    expect(index.sources[0]).toMatchObject({ fromCache: true, rows: 100_000, skipped: 0 })
    expect(index.options('NIFTY', { expiry: 'nearest', strike: 10_000 }).map((i) => i.optionType)).toEqual(['CE', 'PE'])
  })
})

describe('URLs and folders', () => {
  test('defaultSymbolsUrl: Firstock host for Firstock base URLs; the origin otherwise (sandbox)', () => {
    expect(defaultSymbolsUrl('v3')).toBe('https://openapi.thefirstock.com/')
    expect(defaultSymbolsUrl('v3', 'https://connect.thefirstock.com/api/V3/')).toBe('https://openapi.thefirstock.com/')
    expect(defaultSymbolsUrl('v3', 'http://127.0.0.1:4567/api/V3/')).toBe('http://127.0.0.1:4567/')
  })

  test('defaultSymbolsUrl: V1 masters live under the V1 base URL, on Firstock and on the sandbox', () => {
    expect(defaultSymbolsUrl('v1')).toBe('https://api.firstock.in/V1/')
    expect(defaultSymbolsUrl('v1', 'http://127.0.0.1:4567/V1')).toBe('http://127.0.0.1:4567/V1/')
    expect(symbolFileUrl('INDICES', { version: 'v1' })).toBe('https://api.firstock.in/V1/symbols/Indices')
    expect(symbolFileUrl('BFO', { version: 'v1', symbolsUrl: 'http://127.0.0.1:1/V1/' })).toBe('http://127.0.0.1:1/V1/symbols/BFO')
  })

  test('symbolFileUrl: V3 paths, per-file overrides', () => {
    expect(symbolFileUrl('NSE')).toBe('https://openapi.thefirstock.com/NSESymbolDownload')
    expect(symbolFileUrl('INDICES', { symbolsUrl: 'http://127.0.0.1:1/base' })).toBe('http://127.0.0.1:1/base/indexSymbols')
    expect(symbolFileUrl('NFO', { urls: { NFO: 'http://127.0.0.1:1/nfo.csv' } })).toBe('http://127.0.0.1:1/nfo.csv')
  })

  test('defaultCacheDir per platform', () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/x/cache' }, 'linux')).toBe(join('/x/cache', 'firstock', 'symbols'))
    expect(defaultCacheDir({}, 'linux')).toMatch(/\.cache[/\\]firstock[/\\]symbols$/)
    expect(defaultCacheDir({}, 'darwin')).toMatch(/Library[/\\]Caches[/\\]firstock[/\\]symbols$/)
    expect(defaultCacheDir({ LOCALAPPDATA: 'C:\\Users\\r\\AppData\\Local' }, 'win32')).toContain('firstock')
  })

  test('createFirstock: symbolsUrl must be https or loopback', () => {
    expect(() => createFirstock({ version: 'v3', userId: 'AB1234', symbolsUrl: 'http://example.com/' })).toThrow(/symbolsUrl must use https/)
  })

  test('firstock.instruments() uses the client\'s symbols URL and logger', async () => {
    const firstock = createFirstock({ version: 'v3', userId: 'AB1234', baseUrl: `${host.url}api/V3/` })
    const index = await firstock.instruments({ cacheDir, exchanges: ['NSE'] })
    expect(index.resolve('NSE:ITC-EQ').token).toBe('1660')
    expect(() => index.resolve('NSE:ITCC-EQ')).toThrow(UnknownInstrumentError)
    expect(host.hits).toEqual(['/NSESymbolDownload'])
  })

  test('firstock.resolve() looks symbols and tokens up in the last instruments() index, loaded once', async () => {
    const firstock = createFirstock({ version: 'v3', userId: 'AB1234', baseUrl: `${host.url}api/V3/` })
    await firstock.instruments({ cacheDir, exchanges: ['NSE'] })
    expect((await firstock.resolve('NSE:ITC-EQ')).token).toBe('1660')
    expect((await firstock.resolve({ exchange: 'NSE', token: '1660' })).tradingSymbol).toBe('ITC-EQ')
    await expect(firstock.resolve('NSE:ITCC-EQ')).rejects.toThrow(UnknownInstrumentError)
    await expect(firstock.resolve('NSE:ITCC-EQ')).rejects.toThrow(/closest matches: NSE:ITC-EQ/)
    expect(host.hits).toEqual(['/NSESymbolDownload'])
  })
})

describe('end to end with the sandbox', () => {
  test('sandbox serves CSV → firstock.instruments() → resolve gives the sandbox tokens; quotes by symbol', async () => {
    const sb = await sandbox()
    try {
      const firstock = demoClient(sb)
      const index = await firstock.instruments({ cacheDir, exchanges: ['NSE', 'BSE', 'NFO', 'BFO', 'INDICES'] })
      const master = sb.market.instruments()
      const itc = index.resolve('NSE:ITC-EQ')
      expect(itc.token).toBe(master.find((i) => i.exchange === 'NSE' && i.tradingSymbol === 'ITC-EQ')!.token)
      expect(index.resolve('NSE:Nifty 50').token).toBe('26000')
      // every instrument of the sandbox on an exchange V3 accepts is in the index under its token
      for (const i of master.filter((m) => isExchange(m.exchange))) expect(index.byToken(i.exchange, i.token)?.tradingSymbol).toBe(i.tradingSymbol)
      const call = index.options('NIFTY', { expiry: 'nearest', type: 'CE' })[0]!
      expect(master.find((i) => i.token === call.token)).toMatchObject({ tradingSymbol: call.tradingSymbol, lotSize: call.lotSize })
      expect(index.futures('BANKNIFTY').length).toBeGreaterThan(0)
      expect(index.search('reliance')[0]!.tradingSymbol).toBe('RELIANCE-EQ')
      // a symbol, resolved, is what a token-taking endpoint needs
      const quote = await firstock.getQuoteLtp({ exchange: itc.exchange, token: itc.token })
      expect(quote).toMatchObject({ token: itc.token })
      expect(() => index.resolve('NSE:ITCX-EQ')).toThrow(/closest matches: NSE:ITC-EQ/)
    } finally {
      await sb.close()
    }
  })

  test('V1: GET /V1/symbols/{NSE|BSE|NFO|BFO|Indices} → the same index; resolve by symbol on a V1 client; quote by symbol', async () => {
    const sb = await sandbox({ api: 'v1' })
    try {
      const firstock = demoClient(sb, { version: 'v1' as never, baseUrl: sb.v1!.baseUrl, wsUrl: sb.v1!.wsUrl }) as unknown as Firstock<'v1'>
      const index = await firstock.instruments({ cacheDir, exchanges: ['NSE', 'BSE', 'NFO', 'BFO', 'INDICES'] })
      expect(index.sources.map((source) => new URL(source.url!).pathname)).toEqual(
        ['NSE', 'BSE', 'NFO', 'BFO', 'Indices'].map((file) => `/V1/symbols/${file}`),
      )
      expect(index.sources.every((source) => source.skipped === 0)).toBe(true)
      const master = sb.market.instruments()
      for (const i of master.filter((m) => isExchange(m.exchange))) expect(index.byToken(i.exchange, i.token)?.tradingSymbol).toBe(i.tradingSymbol)
      const itc = master.find((i) => i.exchange === 'NSE' && i.tradingSymbol === 'ITC-EQ')!
      expect(await firstock.resolve('NSE:ITC-EQ')).toMatchObject({ token: itc.token, lotSize: itc.lotSize, tickSize: itc.tickSize })
      const option = master.find((i) => i.exchange === 'NFO' && i.optionType === 'CE')!
      expect((await firstock.resolve(`nfo:${option.tradingSymbol.toLowerCase()}`)).token).toBe(option.token)
      expect(index.options(option.symbolName, { expiry: 'nearest', type: 'CE' }).length).toBeGreaterThan(0)
      const quote = await firstock.getQuoteLtp({ exchange: 'NSE', tradingSymbol: itc.tradingSymbol })
      expect(quote).toMatchObject({ token: itc.token })
      await expect(firstock.resolve('NSE:ITCX-EQ')).rejects.toThrow(/closest matches: NSE:ITC-EQ/)
    } finally {
      await sb.close()
    }
  })
})
