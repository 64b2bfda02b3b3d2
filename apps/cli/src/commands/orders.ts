import type { Firstock, OrderRow, OrderUpdate } from '@firstock/node'
import { UsageError } from '../errors.js'
import { openStream, parseDuration, type StreamLike } from '../live.js'
import { ordersTable } from '../render.js'
import { connect, type Context } from '../target.js'

export async function run(ctx: Context, _args: string[], options: { watch?: boolean; for?: string }): Promise<void> {
  const { out } = ctx
  const { firstock } = await connect(ctx)
  const orders = await out.spin('Fetching orders', () => firstock.orderBook())
  noteInvalidRows(ctx, orders)
  if (!options.watch) {
    if (out.json) return out.data(orders)
    return out.line(orders.length ? ordersTable(out, orders) : 'No orders today.')
  }
  let forMs: number | undefined
  try {
    forMs = options.for === undefined ? undefined : parseDuration(options.for)
  } catch (error) {
    throw new UsageError(`--for ${(error as Error).message}`, { code: 'INVALID_DURATION', field: 'for' })
  }
  await watchOrders(ctx, firstock, orders, forMs)
}

/** Rows the SDK could not decode are not hidden: say how many, and show their raw values with --debug. */
export function noteInvalidRows(ctx: Context, rows: unknown[]): void {
  const invalid = (rows as { invalidRows?: { index: number; raw: unknown; problem: string }[] }).invalidRows ?? []
  if (invalid.length === 0) return
  ctx.out.note(`${invalid.length} row(s) of the answer could not be read and are not shown: ${invalid.map((row) => row.problem).join('; ')}`)
  if (ctx.out.debug) for (const row of invalid) ctx.out.note(`row ${row.index}: ${JSON.stringify(row.raw)}`)
}

async function watchOrders(ctx: Context, firstock: Firstock, initial: OrderRow[], forMs: number | undefined): Promise<void> {
  const { out } = ctx
  const live = out.tty && !out.json
  const logUpdate = live ? (await import('log-update')).default : undefined
  let orders = initial
  const draw = () => logUpdate?.(`${out.c.bold('Orders — live, Ctrl-C to stop')}\n${orders.length ? ordersTable(out, orders) : 'No orders yet. Waiting for order updates…'}`)
  draw()
  if (!live && !out.json) out.line(orders.length ? ordersTable(out, orders) : 'No orders yet. Waiting for order updates…')

  const stop = new AbortController()
  const onAbort = () => stop.abort()
  ctx.signal.addEventListener('abort', onAbort, { once: true })
  const timer = forMs !== undefined ? setTimeout(() => stop.abort(), forMs) : undefined
  let stream: StreamLike | undefined
  try {
    stream = await openStream(firstock)
    for await (const update of stream.orders({ signal: stop.signal })) {
      if (out.json) process.stdout.write(`${JSON.stringify(update)}\n`)
      else if (!live) out.line(updateLine(update))
      else {
        orders = await firstock.orderBook().catch(() => orders)
        draw()
      }
    }
  } finally {
    if (timer) clearTimeout(timer)
    ctx.signal.removeEventListener('abort', onAbort)
    logUpdate?.done()
    await stream?.close()
  }
}

function updateLine(u: OrderUpdate): string {
  const fill = u.fillQuantity ? ` filled ${u.fillQuantity} @ ${u.fillPrice}` : ''
  const reason = u.rejectReason ? ` (${u.rejectReason})` : ''
  return `${new Date().toLocaleTimeString('en-GB')}  ${u.orderNumber}  ${u.transactionType === 'B' ? 'BUY ' : 'SELL'} ${u.exchange}:${u.tradingSymbol} ${u.quantity} ${u.priceType}  ${u.status} ${u.reportType}${fill}${reason}`
}
