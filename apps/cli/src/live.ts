import { type Firstock, parseInstrumentText, type Tick } from '@firstock/node'
import type { Stream } from '@firstock/stream'
import { applyTick, type LiveRow, type Quote, rowFromQuote, touchlineTable } from './render.js'
import { quotesByKey } from './market.js'
import { type Connection, type Instrument, keyOf } from './symbols.js'
import type { Context } from './target.js'

export type StreamLike = Stream

/**
 * Opens the WebSocket stream for the client's session (the node client is a SessionProvider); the stream picks
 * the socket protocol from the client's version (Noren for V3, socket V2 for V1).
 */
export async function openStream(firstock: Firstock): Promise<Stream> {
  const { createStream } = await import('@firstock/stream')
  return createStream({ provider: firstock })
}

export interface LiveOptions {
  /** Stop after this many ms (default: until Ctrl-C). */
  forMs?: number | undefined
  title?: string
  /** Print each tick (NDJSON under --json, a plain line otherwise) instead of only the final table off a TTY. */
  printTicks?: boolean
}

/**
 * A live touchline table: seeded from REST quotes, then updated from the WebSocket stream. On a terminal it redraws
 * in place (log-update); elsewhere it prints the final table (and optionally one line per tick). If the stream
 * cannot be used, it falls back to polling quotes once a second so the view still moves.
 */
export async function liveTouchline(ctx: Context, conn: Connection, instruments: readonly Instrument[], options: LiveOptions = {}): Promise<LiveRow[]> {
  const { out } = ctx
  const { firstock } = conn
  const seed = await out.spin('Fetching quotes', () => quotesByKey(ctx, conn, instruments))
  const rows = new Map<string, LiveRow>()
  for (const i of instruments) rows.set(keyOf(i), rowFromQuote(keyOf(i), seed.get(keyOf(i)), i.tradingSymbol ?? keyOf(i)))

  const stop = new AbortController()
  const onAbort = () => stop.abort()
  ctx.signal.addEventListener('abort', onAbort, { once: true })
  const timer = options.forMs !== undefined ? setTimeout(() => stop.abort(), options.forMs) : undefined

  const live = out.tty && !out.json
  const logUpdate = live ? (await import('log-update')).default : undefined
  const title = options.title ?? `Live touchline — ${live ? 'Ctrl-C to stop' : 'streaming'}`
  let dirty = true
  const draw = () => {
    if (!logUpdate || !dirty) return
    dirty = false
    logUpdate(touchlineTable(out, [...rows.values()], title))
  }
  const redraw = live ? setInterval(draw, 100) : undefined
  draw()

  const onTick = (tick: Tick) => {
    const key = `${tick.exchange}|${tick.token}`
    const row = rows.get(key)
    if (!row) return
    const next = applyTick(row, tick)
    rows.set(key, next)
    dirty = true
    if (options.printTicks && !live) {
      if (out.json) process.stdout.write(`${JSON.stringify(tick)}\n`)
      else out.line(`${new Date().toLocaleTimeString('en-GB')}  ${key.padEnd(12)} ${next.symbol.padEnd(20)} ${String(next.lastPrice ?? '—').padStart(10)}`)
    }
  }

  let stream: StreamLike | undefined
  try {
    try {
      stream = await openStream(firstock)
      for await (const tick of stream.touchline([...rows.keys()], { signal: stop.signal })) {
        onTick(tick)
        if (stop.signal.aborted) break
      }
    } catch (error) {
      if (stop.signal.aborted) return [...rows.values()]
      if (ctx.opts.debug) out.note(`stream failed: ${(error as Error).stack ?? String(error)}`)
      out.note(`live stream unavailable (${(error as Error).message ?? String(error)}) — polling quotes instead`)
      await poll(() => quotesByKey(ctx, conn, instruments), stop.signal, (key, quote) => {
        const row = rows.get(key)
        if (!row || quote.lastTradedPrice === undefined || quote.lastTradedPrice === row.lastPrice) return
        onTick({ ...pseudoTick(key, quote) })
      })
    }
    // The iterator may end on its own (stream closed); keep the view until the time is up.
    if (!stop.signal.aborted) await new Promise<void>((resolve) => stop.signal.addEventListener('abort', () => resolve(), { once: true }))
  } finally {
    if (timer) clearTimeout(timer)
    ctx.signal.removeEventListener('abort', onAbort)
    if (redraw) clearInterval(redraw)
    dirty = true
    draw()
    logUpdate?.done()
    await stream?.close()
  }
  const final = [...rows.values()]
  if (!live && !out.json) out.line(touchlineTable(out, final, options.title ?? 'Touchline'))
  return final
}

async function poll(read: () => Promise<Map<string, Quote>>, signal: AbortSignal, onQuote: (key: string, quote: Quote) => void) {
  while (!signal.aborted) {
    try {
      for (const [key, quote] of await read()) onQuote(key, quote)
    } catch {
      // A failed poll is retried on the next beat.
    }
    await new Promise<void>((resolve) => {
      const t = setTimeout(resolve, 1_000)
      signal.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true })
    })
  }
}

function pseudoTick(key: string, q: Quote): Tick {
  const ref = parseInstrumentText(key)
  const [exchange, token] = ref?.kind === 'token' ? [ref.exchange, ref.token] : ['', '']
  return {
    exchange,
    token,
    key,
    symbol: q.tradingSymbol ?? '',
    pricePrecision: q.pricePrecision ?? 2,
    tickSize: q.tickSize ?? 0,
    lotSize: q.lotSize ?? 0,
    lastPrice: q.lastTradedPrice ?? 0,
    changePercent: 0,
    volume: q.volume ?? 0,
    open: q.dayOpenPrice ?? 0,
    high: q.dayHighPrice ?? 0,
    low: q.dayLowPrice ?? 0,
    close: q.dayClosePrice ?? 0,
    averagePrice: q.averageTradePrice ?? 0,
    openInterest: q.openInterest ?? 0,
    previousOpenInterest: 0,
    totalOpenInterest: 0,
    feedTime: Math.floor(Date.now() / 1000),
    snapshot: false,
    changed: ['lastPrice'],
    bidPrice: q.bestBuyPrice1 ?? 0,
    bidQuantity: q.bestBuyQuantity1 ?? 0,
    askPrice: q.bestSellPrice1 ?? 0,
    askQuantity: q.bestSellQuantity1 ?? 0,
  }
}

/** Parses `10s`, `1.5m`, `500ms` or a bare number of seconds. */
export function parseDuration(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim())
  if (!match) throw new Error(`must be a duration such as 10s, 2m or 500ms (got ${JSON.stringify(text)})`)
  const n = Number(match[1])
  const unit = match[2] ?? 's'
  return Math.round(n * (unit === 'ms' ? 1 : unit === 's' ? 1_000 : unit === 'm' ? 60_000 : 3_600_000))
}
