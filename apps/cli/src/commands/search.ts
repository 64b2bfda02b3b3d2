import { scripsTable } from '../render.js'
import { connect, type Context } from '../target.js'

export async function run(ctx: Context, [text = '']: string[]): Promise<void> {
  const { out } = ctx
  const { firstock } = await connect(ctx)
  const rows = await out.spin(`Searching "${text}"`, async () => {
    try {
      return await firstock.searchScrips({ stext: text })
    } catch (error) {
      // No match can come back as a Failed answer; show it as an empty list.
      if ((error as { name?: string }).name === 'ApiError' && !(error as { code?: string }).code?.startsWith('INVALID')) return []
      throw error
    }
  })
  if (out.json) return out.data(rows)
  if (rows.length === 0) return out.line(`No instruments match "${text}".`)
  out.line(scripsTable(out, rows))
}
