import { limitsTable } from '../render.js'
import { connect, type Context } from '../target.js'

export async function run(ctx: Context): Promise<void> {
  const { out } = ctx
  const { firstock } = await connect(ctx)
  const limits = await out.spin('Fetching limits', () => firstock.limit())
  if (out.json) return out.data(limits)
  out.line(limitsTable(out, limits))
}
