import { UsageError } from '../errors.js'
import { integer, price } from '../output.js'
import { candlesOf, IST_MS } from '../market.js'
import { resolveSymbol } from '../symbols.js'
import { connect, type Context } from '../target.js'

/** Reads `2025-03-20`, `2025-03-20 09:15[:00]`, `2025-03-20T09:15` or `20/03/2025 09:15:00`, all as IST wall time. */
export function parseIstTime(text: string, field: string): number {
  const t = text.trim()
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(t)
  const wire = /^(\d{2})\/(\d{2})\/(\d{4})(?: (\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(t)
  const parts = iso
    ? [iso[1], iso[2], iso[3], iso[4], iso[5], iso[6]]
    : wire
      ? [wire[3], wire[2], wire[1], wire[4], wire[5], wire[6]]
      : undefined
  const [y, mo, d, h = '0', mi = '0', s = '0'] = (parts ?? []).map((p) => p ?? '0')
  const ms = parts ? Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)) - IST_MS : Number.NaN
  if (!Number.isFinite(ms)) {
    throw new UsageError(`--${field} must be a time such as "2025-03-20 09:15" or "20/03/2025 09:15:00" (got ${JSON.stringify(text)})`, {
      code: 'INVALID_INPUT',
      field,
    })
  }
  return ms
}

export async function run(ctx: Context, [symbol = '']: string[], options: { interval: string; from?: string; to?: string }): Promise<void> {
  const { out } = ctx
  const span = options.interval === 'DAY' ? 30 * 86_400_000 : 20 * Number(options.interval) * 60_000
  const givenTo = options.to === undefined ? undefined : parseIstTime(options.to, 'to')
  const givenFrom = options.from === undefined ? undefined : parseIstTime(options.from, 'from')
  const beforeTo = (from: number, to: number) => {
    if (from >= to) throw new UsageError('--from must be before --to', { code: 'INVALID_INPUT', field: 'from' })
  }
  if (givenFrom !== undefined && givenTo !== undefined) beforeTo(givenFrom, givenTo)

  const conn = await connect(ctx)
  // "Now" is the target's: a sandbox started with --now has its candles there.
  const to = givenTo ?? conn.target.now()
  const from = givenFrom ?? to - span
  beforeTo(from, to)
  const candles = await out.spin('Fetching candles', async () => {
    const instrument = await resolveSymbol(ctx, conn, symbol)
    const rows = await candlesOf(ctx, conn, instrument, from, to, options.interval)
    return [...rows].sort((a, b) => Number(a.ssboe ?? 0) - Number(b.ssboe ?? 0))
  })
  if (out.json) return out.data(candles)
  if (candles.length === 0) return out.line('No candles in that range (the market may have been closed).')
  out.line(
    out.table(
      ['Time (IST)', 'Open', 'High', 'Low', 'Close', 'Volume', 'OI'],
      candles.map((c) => [c.time, price(c.into), price(c.inth), price(c.intl), c.intc !== undefined && c.into !== undefined && c.intc >= c.into ? out.c.green(price(c.intc)) : out.c.red(price(c.intc)), integer(c.intv), integer(c.oi)]),
      { right: [1, 2, 3, 4, 5, 6] },
    ),
  )
}
