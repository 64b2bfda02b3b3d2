import type { Firstock } from '@firstock/node'
import { UsageError } from '../errors.js'
import { liveTouchline, parseDuration } from '../live.js'
import { quotesByKey } from '../market.js'
import { limitsTable, ordersTable, positionsTable, type Quote, quotesTable } from '../render.js'
import { type Instrument, keyOf, resolveSymbol } from '../symbols.js'
import { apiVersionOf, type Context, clockError, clockOption } from '../target.js'
import { marketHoursNote, marketHoursOption } from './sandbox.js'
import { type PlaceOrderInput, sendOrder } from './place.js'

const SYMBOLS = ['NIFTY', 'NSE:ITC-EQ', 'NSE:RELIANCE-EQ', 'NSE:SBIN-EQ', 'NSE:TCS-EQ']

/**
 * The guided tour: an in-process sandbox, its demo account, quotes, a limit and a market order, a live table,
 * positions and limits. Needs no account, no flags and no network beyond 127.0.0.1.
 */
export async function run(ctx: Context, _args: string[], options: { for: string; marketHours?: string }): Promise<void> {
  const { out } = ctx
  let forMs: number
  try {
    forMs = parseDuration(options.for)
  } catch (error) {
    throw new UsageError(`--for ${(error as Error).message}`, { code: 'INVALID_DURATION', field: 'for' })
  }
  const step = (n: number, text: string) => out.line(`\n${out.c.cyan(out.c.bold(`${n}.`))} ${out.c.bold(text)}`)

  const marketHours = marketHoursOption(options.marketHours)
  const [{ startSandbox, DEMO_ACCOUNT }, { createFirstock }] = await Promise.all([import('@firstock/sandbox'), import('@firstock/node')])
  const sandbox = await out.spin('Starting sandbox', () => startSandbox({ port: 0, seed: 7, tickIntervalMs: 100, tokensPerTick: 60, marketHours, ...clockOption(ctx) })).catch((error: unknown) => {
    throw clockError(error) ?? error
  })
  ctx.onExit(() => sandbox.close())
  // The sandbox serves both generations on one market: --api v1 runs the same tour on Developer API V1.
  const version = apiVersionOf(ctx.opts, ctx.env)
  const urls = version === 'v1' ? sandbox.v1! : { baseUrl: sandbox.baseUrl, wsUrl: sandbox.wsUrl }
  out.line(`${out.c.bold('Firstock demo')} — a local sandbox (fake Firstock ${version.toUpperCase()} with a simulated market) at ${out.c.bold(sandbox.httpUrl)}; no real account is touched.`)
  out.line(out.c.dim(marketHoursNote(sandbox.marketHours)))

  const firstock = createFirstock({ version: version as 'v3', ...DEMO_ACCOUNT, ...urls })
  const conn = { firstock, target: { kind: 'sandbox' as const } }
  ctx.onExit(() => firstock.logout().catch(() => undefined))

  step(1, 'Log in')
  const session = await out.spin('Logging in', () => firstock.login())
  out.line(`${out.c.green('✔')} Logged in as ${out.c.bold(session.userId)}${session.userName ? ` (${session.userName})` : ''}`)

  step(2, 'Quotes')
  const instruments = (
    await out.spin('Looking up symbols', () => Promise.all(SYMBOLS.map((s) => resolveSymbol(ctx, conn, s).catch(() => undefined))))
  ).filter((i): i is Instrument => i !== undefined)
  const quotes = await out.spin('Fetching quotes', () => quotesByKey(ctx, conn, instruments))
  out.line(quotesTable(out, instruments.flatMap<Quote>((i) => quotes.get(keyOf(i)) ?? [])))

  step(3, 'Orders: a limit buy below the market and a market buy')
  const [first, second] = instruments.filter((i) => i.exchange === 'NSE' && i.tradingSymbol?.endsWith('-EQ'))
  const placed = []
  if (first?.tradingSymbol) {
    const ltp = quotes.get(keyOf(first))?.lastTradedPrice ?? 100
    const limitPrice = (Math.floor((ltp * 0.99) / 0.05) * 0.05).toFixed(2)
    placed.push(await placeDemoOrder(ctx, firstock, { exchange: 'NSE', tradingSymbol: first.tradingSymbol, transactionType: 'B', quantity: '10', price: limitPrice, priceType: 'LMT', product: 'C', retention: 'DAY' }))
  }
  if (second?.tradingSymbol) {
    // V1 turns a market order into a protected limit order: it needs mkt_protection, a percentage.
    const protection = version === 'v1' ? { mkt_protection: '1' } : {}
    placed.push(await placeDemoOrder(ctx, firstock, { exchange: 'NSE', tradingSymbol: second.tradingSymbol, transactionType: 'B', quantity: '5', price: '0', priceType: 'MKT', product: 'I', retention: 'DAY', ...protection }))
  }
  // Give the simulated exchange a moment to fill the market order before showing the book.
  await new Promise((resolve) => setTimeout(resolve, 300))
  const orderBook = await out.spin('Fetching orders', () => firstock.orderBook())
  out.line(ordersTable(out, orderBook))

  step(4, `Live touchline for ${options.for} (WebSocket)`)
  const live = await liveTouchline(ctx, conn, instruments, { forMs, title: `Live touchline — ${options.for}` })

  step(5, 'Positions and limits')
  const [positions, limits] = await out.spin('Fetching positions and limits', () => Promise.all([firstock.positionBook(), firstock.limit()]))
  out.line(positions.length ? positionsTable(out, positions) : 'No positions.')
  out.line(limitsTable(out, limits))

  if (out.json) {
    out.data({ sandbox: { httpUrl: sandbox.httpUrl }, userId: session.userId, quotes: [...quotes.values()], orders: placed, orderBook, live, positions, limits })
    return
  }
  out.line(`\n${out.c.green('Done.')} Next: ${out.c.bold('firstock sandbox')} in one terminal, then ${out.c.bold('firstock watch NIFTY NSE:ITC-EQ')} or ${out.c.bold('firstock place buy NSE:ITC-EQ --qty 1 --price 390')} in another. ${out.c.dim('firstock --help lists every command.')}`)
}

/** One line per order (the book follows); under --json the order goes into the one document at the end. */
async function placeDemoOrder(ctx: Context, firstock: Firstock, input: PlaceOrderInput) {
  const { tag, recovered, orders } = await sendOrder(ctx, firstock, input, { brief: true })
  return { ...orders[0]!, tag, recovered }
}
