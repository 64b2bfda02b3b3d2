import type { Firstock } from '@firstock/node'
import { isV1 } from '../market.js'
import { holdingsTable } from '../render.js'
import { connect, type Context } from '../target.js'

export async function run(ctx: Context): Promise<void> {
  const { out } = ctx
  const { firstock } = await connect(ctx)
  // V1's holdings lists symbols only; its holdingsDetails has the quantities V3's holdings has.
  const holdings = await out.spin('Fetching holdings', () =>
    isV1(firstock) ? (firstock as unknown as Firstock<'v1'>).holdingsDetails() as unknown as ReturnType<Firstock['holdings']> : firstock.holdings(),
  )
  if (out.json) return out.data(holdings)
  out.line(holdings.length ? holdingsTable(out, holdings) : 'No holdings.')
}
