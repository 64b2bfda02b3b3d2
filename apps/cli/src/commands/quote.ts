import { quoteOf, quotesByKey } from '../market.js'
import { type Quote, quotesTable } from '../render.js'
import { resolveSymbols, keyOf } from '../symbols.js'
import { connect, type Context } from '../target.js'

export async function run(ctx: Context, symbols: string[]): Promise<void> {
  const { out } = ctx
  const conn = await connect(ctx)
  const quotes = await out.spin('Fetching quotes', async () => {
    const instruments = await resolveSymbols(ctx, conn, symbols)
    if (instruments.length === 1) return [await quoteOf(ctx, conn, instruments[0]!)]
    const byKey = await quotesByKey(ctx, conn, instruments)
    return instruments.flatMap<Quote>((i) => byKey.get(keyOf(i)) ?? [])
  })
  if (out.json) return out.data(quotes)
  out.line(quotesTable(out, quotes))
}
