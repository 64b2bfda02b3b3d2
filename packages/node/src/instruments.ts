import { mkdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import {
  type ApiVersion,
  createSymbolMasterParser,
  EXCHANGES,
  type Exchange,
  type Instrument,
  InstrumentIndex,
  type InstrumentSource,
  type Logger,
  NetworkError,
  parseSymbolMaster,
  sha256Hex,
  type SymbolMasterParseResult,
  ValidationError,
} from '@firstock/core'
import { checkDuration, lastIstTimeOfDay } from '@firstock/core/protocol'
import { userDir, writeFileAtomic } from './files.js'

/** A symbol-master file: one per exchange V3 accepts (core's `EXCHANGES`), plus Firstock's index list. */
export type SymbolFile = Exchange | 'INDICES'

/** Where each API generation publishes its symbol masters (docs/connect-protocol.md §2.6: GET, no auth, CSV). */
export const SYMBOLS_URLS: Record<ApiVersion, string> = {
  v3: 'https://openapi.thefirstock.com/',
  /** V1: `GET symbols/{NSE|BSE|NFO|BFO|Indices}` (docs/developer-api-protocol.md §2.6); see {@link V1_SYMBOL_FILE_PATHS}. */
  v1: 'https://api.firstock.in/V1/',
}

/** Path of each V1 file under the V1 symbols URL, which is V1's REST base URL (docs/developer-api-protocol.md §2.6). */
export const V1_SYMBOL_FILE_PATHS: Record<SymbolFile, string> = {
  NSE: 'symbols/NSE',
  BSE: 'symbols/BSE',
  NFO: 'symbols/NFO',
  BFO: 'symbols/BFO',
  INDICES: 'symbols/Indices',
}

/** Path of each file under the symbols URL. */
export const SYMBOL_FILE_PATHS: Record<SymbolFile, string> = {
  NSE: 'NSESymbolDownload',
  BSE: 'BSESymbolDownload',
  NFO: 'NFOSymbolDownload',
  BFO: 'BFOSymbolDownload',
  INDICES: 'indexSymbols',
}

/** The files V3 is known to publish; BFO is opt-in. */
export const DEFAULT_SYMBOL_FILES: readonly SymbolFile[] = ['NSE', 'BSE', 'NFO', 'INDICES']
/** Firstock refreshes its masters before the market opens: a copy from before 08:00 IST today is old. */
export const SYMBOLS_REFRESH_IST = { hours: 8, minutes: 0 } as const
const DEFAULT_TIMEOUT_MS = 60_000
const ORDER: readonly SymbolFile[] = [...EXCHANGES, 'INDICES']

/** A progress event of `instruments()` / {@link loadInstruments}, per symbol-master file. */
export type InstrumentsProgress =
  | { file: SymbolFile; phase: 'cached'; url: string; fetchedAt: Date }
  | { file: SymbolFile; phase: 'downloading'; url: string; receivedBytes: number; totalBytes: number | undefined }
  | { file: SymbolFile; phase: 'fallback'; url: string; fetchedAt: Date; error: Error }
  | { file: SymbolFile; phase: 'done'; url: string; instruments: number; skipped: number; fromCache: boolean; stale: boolean }

/** Options of `firstock.instruments()`. */
export interface InstrumentsOptions {
  /** Which files to load. Default `['NSE', 'BSE', 'NFO', 'INDICES']`. */
  exchanges?: readonly SymbolFile[]
  /** Cache folder; `false` keeps nothing on disk. Default: the user's cache dir (see `defaultCacheDir`). */
  cacheDir?: string | false
  /** Also refresh a cached copy older than this. By default a copy is refreshed once a day, after 08:00 IST. */
  maxAgeMs?: number
  /** Download even when the cached copy is fresh (a failed download still falls back to it). */
  force?: boolean
  /** Never download: use cached copies only, however old. */
  offline?: boolean
  /** Per-file download timeout in ms (default 60 000). */
  timeout?: number
  signal?: AbortSignal
  /** Called as each file starts, downloads, is cached or falls back. */
  onProgress?: (event: InstrumentsProgress) => void
}

/** `loadInstruments()` also takes what the client normally supplies. */
export interface LoadInstrumentsOptions extends InstrumentsOptions {
  /** Whose file paths to use: V3's downloads (`NSESymbolDownload`, …) or V1's `symbols/{NSE|…|Indices}`. Default `'v3'`. */
  version?: ApiVersion
  /** Base URL the file paths are appended to. Default: Firstock's download host for `version`. */
  symbolsUrl?: string
  /** Full URL per file, overriding `symbolsUrl`. */
  urls?: Partial<Record<SymbolFile, string>>
  logger?: Logger | undefined
  /** Default: the global fetch. */
  fetch?: typeof fetch
  /** Clock for the refresh rule and for "nearest expiry" (tests). */
  now?: () => Date
}

/** The per-user cache folder for symbol masters. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  return join(userDir('cache', env, platform), 'symbols')
}

/**
 * The symbols URL for a client. V3: Firstock's download host when `baseUrl` is Firstock's (or unset), otherwise the
 * origin of `baseUrl`. V1 publishes its masters under its REST base URL, so V1 uses `baseUrl` itself. Either way a
 * client pointed at the sandbox downloads the sandbox's masters.
 */
export function defaultSymbolsUrl(version: ApiVersion, baseUrl?: string): string {
  if (baseUrl === undefined) return SYMBOLS_URLS[version]
  const url = new URL(baseUrl)
  if (version === 'v1') return url.href.endsWith('/') ? url.href : `${url.href}/`
  if (url.hostname === 'thefirstock.com' || url.hostname.endsWith('.thefirstock.com')) return SYMBOLS_URLS[version]
  return `${url.origin}/`
}

/** The URL a file is downloaded from. */
export function symbolFileUrl(file: SymbolFile, options: Pick<LoadInstrumentsOptions, 'symbolsUrl' | 'urls' | 'version'> = {}): string {
  const override = options.urls?.[file]
  if (override) return override
  const version = options.version ?? 'v3'
  const base = options.symbolsUrl ?? SYMBOLS_URLS[version]
  const paths = version === 'v1' ? V1_SYMBOL_FILE_PATHS : SYMBOL_FILE_PATHS
  return new URL(paths[file], base.endsWith('/') ? base : `${base}/`).href
}

interface Loaded {
  file: SymbolFile
  parsed: SymbolMasterParseResult
  source: InstrumentSource
}

/**
 * Downloads (or reads from the cache) the symbol masters, in parallel, and builds an `InstrumentIndex`.
 * A copy is refreshed once a day after 08:00 IST (or when older than `maxAgeMs`); when a download fails, the last
 * good copy is used with a warning and `index.stale === true`. Throws `NetworkError` when a file can be neither
 * downloaded nor read from the cache.
 * @example
 * ```ts
 * const index = await loadInstruments({ exchanges: ['NSE', 'NFO'] })
 * const itc = index.resolve('NSE:ITC-EQ')
 * ```
 */
export async function loadInstruments(options: LoadInstrumentsOptions = {}): Promise<InstrumentIndex> {
  const requested = options.exchanges ?? DEFAULT_SYMBOL_FILES
  const files = ORDER.filter((f) => requested.some((r) => r.toUpperCase() === f))
  const unknown = requested.filter((r) => !(ORDER as readonly string[]).includes(r.toUpperCase()))
  if (unknown.length > 0) {
    throw new ValidationError(`instruments: unknown symbol file ${unknown.join(', ')} (known: ${ORDER.join(', ')})`, {
      code: 'INVALID_INPUT',
      endpoint: 'instruments',
      field: 'exchanges',
      direction: 'request',
    })
  }
  if (options.timeout !== undefined) checkDuration('instruments', 'timeout', options.timeout, 1, 'instruments')
  const cacheDir = options.cacheDir === false ? undefined : (options.cacheDir ?? defaultCacheDir())
  const results = await Promise.allSettled(files.map((file) => loadFile(file, cacheDir, options)))
  if (options.signal?.aborted) throw options.signal.reason
  const failures = results.flatMap((r, i) => (r.status === 'rejected' ? [{ file: files[i]!, error: r.reason as unknown }] : []))
  if (failures.length > 0) {
    const detail = failures.map((f) => `${f.file}: ${f.error instanceof Error ? f.error.message : String(f.error)}`).join('; ')
    throw new NetworkError(`instruments: could not load ${failures.map((f) => f.file).join(', ')} and no cached copy exists (${detail})`, {
      code: 'SYMBOLS_UNAVAILABLE',
      endpoint: 'instruments',
      cause: failures[0]!.error,
    })
  }
  const loaded = results.map((r) => (r as PromiseFulfilledResult<Loaded>).value)
  const instruments = function* (): Generator<Instrument> {
    for (const l of loaded) yield* l.parsed.instruments
  }
  return new InstrumentIndex(instruments(), { sources: loaded.map((l) => l.source), ...(options.now ? { now: options.now } : {}) })
}

async function loadFile(file: SymbolFile, cacheDir: string | undefined, options: LoadInstrumentsOptions): Promise<Loaded> {
  const url = symbolFileUrl(file, options)
  const now = options.now?.() ?? new Date()
  const cachePath = cacheDir === undefined ? undefined : join(cacheDir, `${file}-${(await sha256Hex(url)).slice(0, 10)}.csv`)
  const defaultExchange = file === 'INDICES' ? undefined : file
  const parseOptions = defaultExchange ? { exchange: defaultExchange } : {}
  const emit = (event: InstrumentsProgress) => options.onProgress?.(event)

  const cached = cachePath ? await readCache(cachePath) : undefined
  const fresh =
    cached !== undefined &&
    !options.force &&
    cached.fetchedAt >= lastIstTimeOfDay(now, SYMBOLS_REFRESH_IST.hours, SYMBOLS_REFRESH_IST.minutes) &&
    (options.maxAgeMs === undefined || now.getTime() - cached.fetchedAt.getTime() <= options.maxAgeMs)

  const fromCache = async (stale: boolean): Promise<Loaded | undefined> => {
    if (!cached) return undefined
    const parsed = await parseSymbolMaster(cached.text, parseOptions)
    if (!looksLikeMaster(parsed)) return undefined
    emit({ file, phase: 'done', url, instruments: parsed.instruments.length, skipped: parsed.skipped, fromCache: true, stale })
    return { file, parsed, source: source(file, url, cached.fetchedAt, parsed, true, stale) }
  }

  if (fresh || options.offline) {
    if (cached) emit({ file, phase: 'cached', url, fetchedAt: cached.fetchedAt })
    const hit = await fromCache(false)
    if (hit) return hit
    if (options.offline) throw new Error(`offline and no usable cached copy${cachePath ? ` at ${cachePath}` : ''}`)
  }

  let downloaded: { parsed: SymbolMasterParseResult; text: string }
  try {
    downloaded = await download(file, url, parseOptions, options, emit)
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason
    const fallback = await fromCache(true)
    if (!fallback || !cached) throw error
    const err = error instanceof Error ? error : new Error(String(error))
    emit({ file, phase: 'fallback', url, fetchedAt: cached.fetchedAt, error: err })
    options.logger?.warn?.(
      { file, url, error: err.message, cachedAt: cached.fetchedAt.toISOString() },
      `instruments: ${file} download failed; using the cached copy from ${cached.fetchedAt.toISOString()}`,
    )
    return fallback
  }
  if (cachePath) {
    try {
      await writeAtomically(cachePath, downloaded.text, now)
    } catch (error) {
      options.logger?.warn?.({ file, path: cachePath, error: (error as Error).message }, 'instruments: could not write the cache')
    }
  }
  const { parsed } = downloaded
  emit({ file, phase: 'done', url, instruments: parsed.instruments.length, skipped: parsed.skipped, fromCache: false, stale: false })
  return { file, parsed, source: source(file, url, now, parsed, false, false) }
}

function source(name: SymbolFile, url: string, fetchedAt: Date, parsed: SymbolMasterParseResult, fromCache: boolean, stale: boolean): InstrumentSource {
  return { name, url, fetchedAt, stale, fromCache, rows: parsed.rows, skipped: parsed.skipped }
}

/** A file is usable when its header was recognised (an empty but valid master is fine) or it yielded rows. */
const looksLikeMaster = (parsed: SymbolMasterParseResult) => parsed.layout !== 'custom' || parsed.instruments.length > 0

async function download(
  file: SymbolFile,
  url: string,
  parseOptions: { exchange?: string },
  options: LoadInstrumentsOptions,
  emit: (event: InstrumentsProgress) => void,
): Promise<{ parsed: SymbolMasterParseResult; text: string }> {
  const timeout = AbortSignal.timeout(options.timeout ?? DEFAULT_TIMEOUT_MS)
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout
  const fetchImpl = options.fetch ?? globalThis.fetch
  let response: Response
  try {
    response = await fetchImpl(url, { method: 'GET', signal, headers: { accept: 'text/csv, text/plain, */*' } })
  } catch (error) {
    throw new NetworkError(`instruments: GET ${url} failed: ${(error as Error).message}`, {
      code: 'NETWORK_ERROR',
      endpoint: 'instruments',
      cause: error,
      sent: false,
    })
  }
  if (!response.ok || !response.body) {
    const excerpt = (await response.text().catch(() => '')).slice(0, 200)
    throw new NetworkError(`instruments: GET ${url} answered HTTP ${response.status}`, {
      code: 'BAD_RESPONSE',
      endpoint: 'instruments',
      httpStatus: response.status,
      bodyExcerpt: excerpt,
    })
  }
  const total = Number(response.headers.get('content-length'))
  const totalBytes = Number.isFinite(total) && total > 0 ? total : undefined
  const parser = await createSymbolMasterParser(parseOptions)
  const decoder = new TextDecoder()
  const chunks: string[] = []
  const reader = response.body.getReader()
  let receivedBytes = 0
  emit({ file, phase: 'downloading', url, receivedBytes, totalBytes })
  try {
    for (;;) {
      const { done, value } = await reader.read()
      const text = done ? decoder.decode() : decoder.decode(value, { stream: true })
      if (text) {
        chunks.push(text)
        parser.write(text)
      }
      if (done) break
      receivedBytes += value.byteLength
      emit({ file, phase: 'downloading', url, receivedBytes, totalBytes })
    }
  } catch (error) {
    throw new NetworkError(`instruments: reading ${url} failed after ${receivedBytes} bytes: ${(error as Error).message}`, {
      code: 'NETWORK_ERROR',
      endpoint: 'instruments',
      cause: error,
    })
  }
  const parsed = parser.end()
  const text = chunks.join('')
  if (!looksLikeMaster(parsed)) {
    throw new NetworkError(`instruments: ${url} did not answer a symbol master CSV`, {
      code: 'BAD_RESPONSE',
      endpoint: 'instruments',
      httpStatus: response.status,
      bodyExcerpt: text.slice(0, 200),
    })
  }
  return { parsed, text }
}

async function readCache(path: string): Promise<{ text: string; fetchedAt: Date } | undefined> {
  try {
    const [text, info] = await Promise.all([readFile(path, 'utf8'), stat(path)])
    return { text, fetchedAt: info.mtime }
  } catch {
    return undefined
  }
}

/** Temp file + rename, so a reader never sees half a file; the mtime records when it was fetched. */
async function writeAtomically(path: string, text: string, fetchedAt: Date): Promise<void> {
  await mkdir(join(path, '..'), { recursive: true })
  await writeFileAtomic(path, text, { mtime: fetchedAt })
}
