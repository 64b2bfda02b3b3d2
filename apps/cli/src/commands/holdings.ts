import { holdingsTable } from '../render.js'
import { connect, type Context } from '../target.js'

export async function run(ctx: Context): Promise<void> {
  const { out } = ctx
  const { firstock } = await connect(ctx)
  const holdings = await out.spin('Fetching holdings', () => firstock.holdings())
  if (out.json) return out.data(holdings)
  out.line(holdings.length ? holdingsTable(out, holdings) : 'No holdings.')
}
