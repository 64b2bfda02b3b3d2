import { positionsTable } from '../render.js'
import { connect, type Context } from '../target.js'

export async function run(ctx: Context): Promise<void> {
  const { out } = ctx
  const { firstock } = await connect(ctx)
  const positions = await out.spin('Fetching positions', () => firstock.positionBook())
  if (out.json) return out.data(positions)
  out.line(positions.length ? positionsTable(out, positions) : 'No positions.')
}
