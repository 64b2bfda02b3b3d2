import type { Firstock, InstrumentIndex } from '@firstock/node'
import { UsageError } from '../errors.js'
import { price } from '../output.js'
import { type Connection, INDEX_TOKENS, loadInstruments, resolveSymbol } from '../symbols.js'
import { ltpOf, ltps, optionChainOf } from '../market.js'
import { connect, type Context } from '../target.js'

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']
const expiryTime = (e: string) => Date.UTC(2000 + Number(e.slice(5, 7)), MONTHS.indexOf(e.slice(2, 5)), Number(e.slice(0, 2)))

export async function run(ctx: Context, [index = '']: string[], options: { expiry?: string; strike?: string; count: string }): Promise<void> {
  const { out } = ctx
  const name = index.trim().toUpperCase()
  if (!/^[A-Z0-9&-]+$/.test(name)) throw new UsageError(`index must be an underlying such as NIFTY (got ${JSON.stringify(index)})`, { code: 'INVALID_INPUT', field: 'index' })
  if (options.expiry !== undefined && !/^\d{2}[A-Za-z]{3}\d{2}$/.test(options.expiry)) {
    throw new UsageError(`--expiry must be DDMMMYY such as 27MAR25 (got ${JSON.stringify(options.expiry)})`, { code: 'INVALID_INPUT', field: 'expiry' })
  }
  const count = Number(options.count)
  if (!Number.isInteger(count) || count < 1) throw new UsageError(`--count must be a positive whole number (got ${JSON.stringify(options.count)})`, { code: 'INVALID_INPUT', field: 'count' })
  const exchange = name === 'SENSEX' || name === 'BANKEX' ? 'BFO' : 'NFO'

  const conn = await connect(ctx)
  const { firstock } = conn
  const { values, ltp, expiry, strike } = await out.spin('Fetching option chain', async () => {
    // The symbol masters list every contract; searchScrips (a few matches only) is the fallback.
    const index = await loadInstruments(ctx, conn, [exchange])
    const listed = index ? await listedFromIndex(index, name, exchange, conn.target.now()) : await listedOptions(firstock, name, exchange)
    const expiry = options.expiry?.toUpperCase() ?? nearestExpiry(listed, conn.target.now())
    if (!expiry) {
      const near = index ? await closestUnderlyings(index, name, exchange) : []
      throw new UsageError(`no listed options found for ${name}`, {
        code: 'UNKNOWN_SYMBOL',
        field: 'index',
        hint: near.length > 0 ? `closest matches: ${near.join(', ')}` : 'pass --expiry DDMMMYY, or check `firstock search ' + name + '`',
      })
    }
    const strikes = listed.filter((o) => o.expiry === expiry).map((o) => o.strike)
    const strike = options.strike !== undefined ? Number(options.strike) : await atTheMoney(ctx, conn, name, strikes)
    if (!Number.isFinite(strike) || strike <= 0) throw new UsageError(`--strike must be a positive price (got ${JSON.stringify(options.strike)})`, { code: 'INVALID_INPUT', field: 'strike' })
    const contract = listed.find((o) => o.expiry === expiry && o.strike === strike && o.tradingSymbol !== undefined)
    const values = await optionChainOf(conn, { exchange, name, expiry, strike, count, contract: contract?.tradingSymbol })
    const ltp = new Map<string, number | undefined>()
    if (values.length) {
      const contracts = values.map((v) => ({ exchange: (v.exchange ?? exchange) as typeof exchange, token: v.token, tradingSymbol: v.tradingSymbol }))
      for (const q of await ltps(ctx, conn, contracts)) ltp.set(q.token ?? '', q.lastTradedPrice)
    }
    return { values, ltp, expiry, strike }
  })
  if (out.json) return out.data(values.map((v) => ({ ...v, lastTradedPrice: ltp.get(v.token) })))
  const byStrike = new Map<number, { ce?: (typeof values)[number]; pe?: (typeof values)[number] }>()
  for (const v of values) {
    const row = byStrike.get(v.strikePrice ?? 0) ?? {}
    if (v.optionType === 'PE') row.pe = v
    else row.ce = v
    byStrike.set(v.strikePrice ?? 0, row)
  }
  const rows = [...byStrike.entries()]
    .sort(([a], [b]) => a - b)
    .map(([k, { ce, pe }]) => {
      const atm = k === strike
      const s = atm ? out.c.bold(out.c.yellow(price(k))) : price(k)
      return [ce?.tradingSymbol ?? '', price(ce ? ltp.get(ce.token) : undefined), s, price(pe ? ltp.get(pe.token) : undefined), pe?.tradingSymbol ?? '']
    })
  out.line(out.table(['Call', 'CE LTP', 'Strike', 'PE LTP', 'Put'], rows, { right: [1, 2, 3], title: `${name} options, expiry ${expiry} (${exchange})` }))
}

interface Listed {
  expiry: string
  strike: number
  tradingSymbol?: string
}

/** Live (unexpired) options of an underlying from the symbol masters, expiry as DDMMMYY. */
async function listedFromIndex(index: InstrumentIndex, name: string, exchange: string, now: number): Promise<Listed[]> {
  const { formatExpiry } = await import('@firstock/node')
  // Expired by the target's clock, which for a sandbox may be pinned to another date.
  return index.options(name, { exchange, now: new Date(now) }).map((o) => ({ expiry: formatExpiry(o.expiry!), strike: o.strike ?? 0, tradingSymbol: o.tradingSymbol }))
}

/** Underlyings with options on this exchange whose names are closest to `name`. */
async function closestUnderlyings(index: InstrumentIndex, name: string, exchange: string): Promise<string[]> {
  const { closestMatches } = await import('@firstock/node')
  const underlyings = new Set(index.all().flatMap((i) => (i.exchange === exchange && i.optionType ? [i.symbol] : [])))
  return closestMatches(name, underlyings, 3)
}

async function listedOptions(firstock: Firstock, name: string, exchange: string): Promise<Listed[]> {
  const rows = await firstock.searchScrips({ stext: name }).catch(() => [])
  const pattern = new RegExp(`^${name.replace(/[&-]/g, '\\$&')}(\\d{2}[A-Z]{3}\\d{2})([CP])(\\d+(?:\\.\\d+)?)$`)
  return rows.flatMap((r) => {
    const m = r.exchange === exchange ? pattern.exec(r.tradingSymbol ?? '') : null
    return m ? [{ expiry: m[1]!, strike: Number(m[3]) }] : []
  })
}

/** The first expiry not before yesterday by the target's clock (a sandbox's may be pinned to another date). */
function nearestExpiry(listed: { expiry: string }[], now: number): string | undefined {
  const today = now - 86_400_000
  return [...new Set(listed.map((o) => o.expiry))].filter((e) => expiryTime(e) >= today).sort((a, b) => expiryTime(a) - expiryTime(b))[0]
}

async function atTheMoney(ctx: Context, conn: Connection, name: string, strikes: number[]): Promise<number> {
  let spot: number | undefined
  try {
    // An index by its token; a stock's underlying by its NSE cash symbol (through the symbol masters).
    const underlying = INDEX_TOKENS[name] ?? (await resolveSymbol(ctx, conn, `NSE:${name}-EQ`))
    const quote = await ltpOf(ctx, conn, { ...underlying, tradingSymbol: underlying.tradingSymbol ?? undefined })
    spot = quote?.lastTradedPrice
  } catch {
    spot = undefined
  }
  const sorted = [...new Set(strikes)].sort((a, b) => a - b)
  if (spot === undefined) return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
  // The strike step is the smallest gap between listed strikes (search shows only some of them).
  let step = Number.POSITIVE_INFINITY
  for (let i = 1; i < sorted.length; i++) step = Math.min(step, sorted[i]! - sorted[i - 1]!)
  if (!Number.isFinite(step) || step <= 0) step = 50
  return Math.round(spot / step) * step
}
