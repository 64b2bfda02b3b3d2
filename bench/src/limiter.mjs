// Rate limiter: how fully the client uses its bucket. 500 concurrent getQuoteLtp with a bucket of 100 per 2 s, then
// the sandbox's request log: the gap between a request and the one `limit` before it should stay close to the
// window (the limiter counts a slot from its answer, so latency adds to the gap). Moved here from
// packages/node/test/limits.test.ts, where it failed under machine load; the test keeps ordering and no-overflow.
import { createFirstock } from '@firstock/node'
import { CONTROL_TOKEN, DEMO, sandboxFromEnv } from './lib.mjs'

const limit = 100
const windowMs = 2_000
const calls = 500
const { baseUrl, httpUrl } = sandboxFromEnv()
const firstock = createFirstock({ version: 'v3', baseUrl, ...DEMO, rateLimits: { quote: { limit, windowMs } } })
await firstock.login()
await Promise.all(Array.from({ length: calls }, () => firstock.getQuoteLtp({ exchange: 'NSE', token: '26000' })))
const log = await (await fetch(`${httpUrl}/__sandbox/requests`, { headers: { authorization: `Bearer ${CONTROL_TOKEN}` } })).json()
const arrivals = log.filter((entry) => entry.endpoint === 'getQuoteLtp').map((entry) => entry.at).slice(-calls)
const gaps = arrivals.slice(limit).map((at, i) => at - arrivals[i])
const meanGap = gaps.reduce((sum, gap) => sum + gap, 0) / gaps.length
process.stdout.write(`\n@@RESULT ${JSON.stringify({ use: windowMs / meanGap, minGap: Math.min(...gaps), limit, windowMs, calls })}\n`)
