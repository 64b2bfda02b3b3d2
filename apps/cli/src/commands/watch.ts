import { UsageError } from '../errors.js'
import { liveTouchline, parseDuration } from '../live.js'
import { resolveSymbols } from '../symbols.js'
import { connect, type Context } from '../target.js'

export async function run(ctx: Context, symbols: string[], options: { for?: string }): Promise<void> {
  let forMs: number | undefined
  try {
    forMs = options.for === undefined ? undefined : parseDuration(options.for)
  } catch (error) {
    throw new UsageError(`--for ${(error as Error).message}`, { code: 'INVALID_DURATION', field: 'for' })
  }
  const conn = await connect(ctx)
  const instruments = await ctx.out.spin('Looking up symbols', () => resolveSymbols(ctx, conn, symbols))
  const rows = await liveTouchline(ctx, conn, instruments, { forMs, printTicks: true })
  void rows
}
