// One streaming program, two API generations: the same code streams ticks from V3 (Noren socket) or V1 (socket
// V2); only `version` changes. Prices are rupees as numbers on both.
//   Run: pnpm --filter @firstock/examples stream:both            (V3, then V1, on an in-process sandbox)
//        FIRSTOCK_API=v1 FIRSTOCK_BASE_URL=… FIRSTOCK_WS_URL=… pnpm --filter @firstock/examples stream:both
import { createFirstock } from '@firstock/node'
import { createStream, type StreamProvider, type Tick } from '@firstock/stream'
import { exampleTarget, isMain } from './target.js'

/** The streaming program: it only sees a logged-in client, whichever version it speaks. */
export async function watch(firstock: StreamProvider, log: (...args: unknown[]) => void, count: number): Promise<Tick[]> {
  const stream = createStream({ provider: firstock }) // the client's version picks the socket protocol
  stream.on('unconfirmed', ({ keys }) => log('no data for', keys.join(', ')))
  const ticks: Tick[] = []
  const signal = AbortSignal.timeout(20_000) // never wait forever
  for await (const tick of stream.touchline(['NSE|26000', 'NSE|2885'], { signal })) {
    log(stream.version, tick.key, tick.lastPrice, tick.changed.join(','))
    ticks.push(tick)
    if (ticks.length === count) break
  }
  await stream.close()
  return ticks
}

export async function main(
  version: 'v3' | 'v1' = process.env.FIRSTOCK_API === 'v1' ? 'v1' : 'v3',
  env: NodeJS.ProcessEnv = process.env,
  log: (...args: unknown[]) => void = console.log,
  count = 5,
): Promise<Tick[]> {
  const target = await exampleTarget(env, { tickIntervalMs: 50, tokensPerTick: 50 })
  try {
    // The in-process sandbox serves both generations; its V1 side has its own base URL and socket.
    const v1 = version === 'v1' ? target.sandbox?.v1 : undefined
    const baseUrl = v1?.baseUrl ?? target.baseUrl
    const wsUrl = v1?.wsUrl ?? target.wsUrl
    const account = {
      userId: target.userId,
      password: target.password,
      totpSecret: target.totpSecret,
      apiKey: target.apiKey,
      vendorCode: target.vendorCode,
      baseUrl,
      ...(wsUrl ? { wsUrl } : {}),
    }
    const firstock = version === 'v1' ? createFirstock({ version: 'v1', ...account }) : createFirstock({ version: 'v3', ...account })
    await firstock.login()
    return await watch(firstock, log, count)
  } finally {
    await target.close()
  }
}

if (isMain(import.meta.url)) {
  await main('v3')
  await main('v1')
}
