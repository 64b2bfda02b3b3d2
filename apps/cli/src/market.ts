// Market reads the commands share, for either API generation. V3 names instruments by token, V1 by trading symbol
// (indices by their short name, e.g. NIFTY): the commands hand over resolved instruments and get V3-shaped rows back,
// so they never see which generation answered.
import type { Firstock } from '@firstock/node'
import { UsageError } from './errors.js'
import type { Candle, Quote, QuoteLtp } from './render.js'
import { type Connection, INDEX_TOKENS, type Instrument, keyOf, loadInstruments, withTradingSymbol } from './symbols.js'
import type { Context } from './target.js'

/** The V1 client's methods, reached through the V3-typed client the commands hold. */
type V1Client = Firstock<'v1'>
const v1 = (firstock: Firstock) => firstock as unknown as V1Client
export const isV1 = (firstock: Firstock) => (firstock as { version: string }).version === 'v1'

/**
 * The symbol V1 names an instrument by: an index by its short name (NIFTY), anything else by its trading symbol,
 * looked up in the symbol masters for an `NSE|1660` given by token.
 */
export async function v1Symbol(ctx: Context, conn: Connection, instrument: Instrument): Promise<{ exchange: Instrument['exchange']; tradingSymbol: string }> {
  const index = Object.entries(INDEX_TOKENS).find(([, i]) => i.token === instrument.token && i.exchange === instrument.exchange)
  if (index) return { exchange: instrument.exchange, tradingSymbol: index[0] }
  if (instrument.tradingSymbol) return { exchange: instrument.exchange, tradingSymbol: instrument.tradingSymbol }
  const master = await loadInstruments(ctx, conn, [instrument.exchange])
  const found = master?.byToken(instrument.exchange, instrument.token)
  if (found) return { exchange: instrument.exchange, tradingSymbol: found.tradingSymbol }
  throw new UsageError(`V1 names instruments by trading symbol, and ${keyOf(instrument)} is not in the symbol masters`, {
    code: 'UNKNOWN_SYMBOL',
    field: 'symbol',
    hint: 'write EXCHANGE:TRADINGSYMBOL, e.g. NSE:ITC-EQ',
  })
}

/** An instrument with its trading symbol, as orders need it (V1: the symbol V1 names it by). */
export async function tradingSymbolOf(ctx: Context, conn: Connection, instrument: Instrument): Promise<Instrument & { tradingSymbol: string }> {
  if (!isV1(conn.firstock)) return withTradingSymbol(conn.firstock, instrument)
  return { ...instrument, tradingSymbol: (await v1Symbol(ctx, conn, instrument)).tradingSymbol }
}

/** A full quote of one instrument. */
export async function quoteOf(ctx: Context, conn: Connection, instrument: Instrument): Promise<Quote> {
  const { firstock } = conn
  if (!isV1(firstock)) return firstock.getQuote({ exchange: instrument.exchange, token: instrument.token })
  const quote = await v1(firstock).getQuote(await v1Symbol(ctx, conn, instrument))
  return { ...quote, token: quote.token ?? instrument.token } as unknown as Quote
}

/** The last traded price of one instrument. */
export async function ltpOf(ctx: Context, conn: Connection, instrument: Instrument): Promise<QuoteLtp> {
  const { firstock } = conn
  if (!isV1(firstock)) return firstock.getQuoteLtp({ exchange: instrument.exchange, token: instrument.token })
  return (await v1(firstock).getQuoteLtp(await v1Symbol(ctx, conn, instrument))) as unknown as QuoteLtp
}

/** Full quotes of many instruments in one request, keyed `EXCH|TOKEN`; an instrument without a quote is left out. */
export async function quotesByKey(ctx: Context, conn: Connection, instruments: readonly Instrument[]): Promise<Map<string, Quote>> {
  const map = new Map<string, Quote>()
  if (instruments.length === 0) return map
  const { firstock } = conn
  if (isV1(firstock)) {
    const data = await Promise.all(instruments.map((i) => v1Symbol(ctx, conn, i)))
    const answer = await v1(firstock).getMultiQuotes({ data })
    // One answer item per instrument, in order; an item with status "error" is that instrument's failure only.
    answer.forEach((item, index) => item.ok && map.set(keyOf(instruments[index]!), { ...item, token: instruments[index]!.token } as unknown as Quote))
    return map
  }
  const answer = await firstock.getMultiQuotes({ data: instruments.map((i) => ({ exchange: i.exchange, token: i.token })) })
  for (const [index, item] of answer.entries()) {
    const quote = item.result
    const instrument = instruments.find((i) => i.token === (quote?.token ?? item.token) && (!quote?.exchange || i.exchange === quote.exchange)) ?? instruments[index]
    if (quote && instrument) map.set(keyOf(instrument), quote)
  }
  return map
}

/** Last traded prices of many instruments in one request, in the order given (missing ones left out). */
export async function ltps(ctx: Context, conn: Connection, instruments: readonly Instrument[]): Promise<(QuoteLtp & { tradingSymbol?: string | undefined })[]> {
  const { firstock } = conn
  if (isV1(firstock)) {
    const data = await Promise.all(instruments.map((i) => v1Symbol(ctx, conn, i)))
    const answer = await v1(firstock).getMultiQuotesLtp({ data })
    return answer.map((item, index) => ({ ...item, token: item.token ?? instruments[index]?.token }) as unknown as QuoteLtp)
  }
  const answer = await firstock.getMultiQuotesLtp({ data: instruments.map((i) => ({ exchange: i.exchange, token: i.token })) })
  return answer.flatMap((item, index) =>
    item.result ? [{ ...item.result, tradingSymbol: (instruments.find((i) => i.token === item.result?.token) ?? instruments[index])?.tradingSymbol }] : [],
  )
}

/** India Standard Time's offset from UTC. */
export const IST_MS = 330 * 60_000
const pad = (n: number) => String(n).padStart(2, '0')
/** An epoch as IST wall-clock parts. */
const ist = (epochMs: number) => {
  const d = new Date(epochMs + IST_MS)
  return { day: pad(d.getUTCDate()), month: pad(d.getUTCMonth() + 1), year: d.getUTCFullYear(), time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` }
}

/** `DD/MM/YYYY HH:MM:SS` in IST, as V3's timePriceSeries wants it. */
export function wireTime(epochMs: number): string {
  const t = ist(epochMs)
  return `${t.day}/${t.month}/${t.year} ${t.time}`
}

/** `HH:MM:SS DD-MM-YYYY` in IST, as V1's timePriceSeries wants it. */
export function v1WireTime(epochMs: number): string {
  const t = ist(epochMs)
  return `${t.time} ${t.day}-${t.month}-${t.year}`
}

/** Candles in V3's shape (`into`, `inth`, …, `ssboe`); `interval` is V3's (`1`…`240` minutes or `DAY`). */
export async function candlesOf(ctx: Context, conn: Connection, instrument: Instrument, from: number, to: number, interval: string): Promise<Candle[]> {
  const { firstock } = conn
  if (!isV1(firstock)) {
    return firstock.timePriceSeries({ exchange: instrument.exchange, token: instrument.token, startTime: wireTime(from), endTime: wireTime(to), interval: interval as '5' })
  }
  const v1Interval = interval === 'DAY' ? '1d' : `${interval}mi`
  const rows = await v1(firstock).timePriceSeries({
    ...(await v1Symbol(ctx, conn, instrument)),
    startTime: v1WireTime(from),
    endTime: v1WireTime(to),
    interval: v1Interval as '5mi',
  })
  return rows.map((c) => ({ time: c.time, ssboe: c.epochTime === undefined ? undefined : String(c.epochTime), into: c.open, inth: c.high, intl: c.low, intc: c.close, intv: c.volume, oi: c.oi }) as unknown as Candle)
}

/** One row of an option chain: the contract and its strike. */
export interface ChainRow {
  exchange?: string | undefined
  token: string
  tradingSymbol?: string | undefined
  optionType?: string | undefined
  strikePrice?: number | undefined
}

/** `count` strikes either side of `strike` for one expiry (DDMMMYY); `contract` is a listed contract of it, if known. */
export async function optionChainOf(
  conn: Connection,
  chain: { exchange: 'NFO' | 'BFO'; name: string; expiry: string; strike: number; count: number; contract: string | undefined },
): Promise<ChainRow[]> {
  const { firstock } = conn
  const { exchange, name, expiry, strike, count } = chain
  if (isV1(firstock)) {
    const rows = await v1(firstock).optionChain({ exchange, symbol: name, expiry, strikePrice: String(strike), count: String(count) })
    return rows.flatMap((row) => (row.token ? [{ ...row, token: row.token }] : []))
  }
  const answer = await firstock.optionChain({ exchange, tradingSymbol: chain.contract ?? `${name}${expiry}C${strike}`, strikePrice: String(strike), count: String(count) })
  return answer.values ?? []
}
