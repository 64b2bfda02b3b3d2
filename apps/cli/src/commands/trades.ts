import { tradesTable } from '../render.js'
import { connect, type Context } from '../target.js'

export async function run(ctx: Context): Promise<void> {
  const { out } = ctx
  const { firstock } = await connect(ctx)
  const trades = await out.spin('Fetching trades', () => firstock.tradeBook())
  if (out.json) return out.data(trades)
  out.line(trades.length ? tradesTable(out, trades) : 'No trades today.')
}
