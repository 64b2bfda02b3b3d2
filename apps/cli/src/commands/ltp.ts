import { price } from '../output.js'
import { resolveSymbols } from '../symbols.js'
import { connect, type Context } from '../target.js'

export async function run(ctx: Context, symbols: string[]): Promise<void> {
  const { out } = ctx
  const conn = await connect(ctx)
  const { firstock } = conn
  const rows = await out.spin('Fetching prices', async () => {
    const instruments = await resolveSymbols(ctx, conn, symbols)
    const answer = await firstock.getMultiQuotesLtp({ data: instruments.map((i) => ({ exchange: i.exchange, token: i.token })) })
    return answer.flatMap((item, index) => (item.result ? [{ ...item.result, tradingSymbol: (instruments.find((i) => i.token === item.result?.token) ?? instruments[index])?.tradingSymbol }] : []))
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
