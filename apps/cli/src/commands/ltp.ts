import { price } from '../output.js'
import { ltps } from '../market.js'
import { resolveSymbols } from '../symbols.js'
import { connect, type Context } from '../target.js'

export async function run(ctx: Context, symbols: string[]): Promise<void> {
  const { out } = ctx
  const conn = await connect(ctx)
  const rows = await out.spin('Fetching prices', async () => {
    const instruments = await resolveSymbols(ctx, conn, symbols)
    return ltps(ctx, conn, instruments)
  })
  if (out.json) return out.data(rows)
  out.line(
    out.table(
      ['Symbol', 'Exch', 'Token', 'Company', 'LTP'],
      rows.map((r) => [r.tradingSymbol ?? '', r.exchange, r.token, r.companyName, out.c.bold(price(r.lastTradedPrice))]),
      { right: [4] },
    ),
  )
}
