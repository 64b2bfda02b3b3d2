// REST throughput of one client (argv[2]: sdk | fetch | http | official): 4,000 getQuote at concurrency 1 and 16.
// BENCH_API (v3 | v1) picks the API generation; BENCH_BASE_URL is that generation's base URL.
import { apiOf, fetchClient, httpClient, officialClient, runConcurrent, sdkClient } from './rest-clients.mjs'
import { sandboxFromEnv } from './lib.mjs'

const kind = process.argv[2]
const TOTAL = Number(process.env.BENCH_CALLS ?? 4000)
const api = apiOf(process.env.BENCH_API)
const { baseUrl } = sandboxFromEnv()
const sdk = await sdkClient(baseUrl, { api }) // the session every client uses
const fn =
  kind === 'sdk' ? sdk.getQuote
  : kind === 'fetch' ? fetchClient(baseUrl, sdk.session.jKey, api)
  : kind === 'http' ? httpClient(baseUrl, sdk.session.jKey, api)
  : kind === 'official' ? officialClient(baseUrl, sdk.session.jKey, api)
  : undefined
if (!fn) throw new Error(`unknown client ${kind}`)

const out = {}
for (const concurrency of [1, 16]) {
  await runConcurrent(fn, 800, concurrency) // warm-up: JIT, sockets
  const ms = await runConcurrent(fn, TOTAL, concurrency)
  out[`c${concurrency}`] = (TOTAL / ms) * 1000
}
process.stdout.write(`\n@@RESULT ${JSON.stringify(out)}\n`)
