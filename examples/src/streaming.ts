// Live ticks with `for await`; breaking out of the loop unsubscribes.   Run: pnpm --filter @firstock/examples stream
import { createFirstock } from '@firstock/node'
import { createStream, type Tick } from '@firstock/stream'
import { exampleTarget, isMain } from './target.js'

export async function main(env: NodeJS.ProcessEnv = process.env, log: (...args: unknown[]) => void = console.log, count = 5) {
  const target = await exampleTarget(env, { tickIntervalMs: 50, tokensPerTick: 50 })
  try {
    const firstock = createFirstock({
      version: 'v3',
      baseUrl: target.baseUrl,
      ...(target.wsUrl ? { wsUrl: target.wsUrl } : {}),
      userId: target.userId,
      password: target.password,
      totpSecret: target.totpSecret,
      apiKey: target.apiKey,
      vendorCode: target.vendorCode,
    })
    await firstock.login()

    // `provider: firstock` gives the stream the session, the socket URL and one renewal if the server refuses it.
    const stream = createStream({ provider: firstock })
    stream.on('state', (state) => log('socket', state.status))
    const ticks: Tick[] = []
    const signal = AbortSignal.timeout(20_000) // never wait forever
    for await (const tick of stream.touchline(['NSE|26000', 'NSE|2885'], { signal })) {
      log(tick.symbol, tick.lastPrice, tick.changed.join(','))
      ticks.push(tick)
      if (ticks.length === count) break
    }
    await stream.close()
    return ticks
  } finally {
    await target.close()
  }
}

if (isMain(import.meta.url)) await main()
