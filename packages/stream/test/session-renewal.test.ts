import type { FirstockError } from '@firstock/core'
import type { Firstock } from '@firstock/node'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { createStream, type Stream } from '../src/index.js'
import { DEMO_ACCOUNT, demoFirstock, startTestSandbox, until, type Sandbox } from './sandbox.js'

// A stream and REST calls of one client renew an expired session together: one login, not one each. Two logins
// would race: the second replaces the first's session, and whoever holds the first is refused again.

let sb: Sandbox
let firstock: Firstock
let stream: Stream | undefined
beforeAll(async () => {
  sb = await startTestSandbox({ tickIntervalMs: 0 })
  firstock = demoFirstock(sb)
  await firstock.login()
})
afterAll(async () => {
  await stream?.close()
  await sb.close()
})

const logins = () => sb.requests.filter((r) => r.endpoint === 'login').length

test('session: an expired session found by the stream and a REST call at once is renewed by one login', async () => {
  stream = createStream({ provider: firstock, reconnect: { baseDelayMs: 10, maxDelayMs: 20 } })
  const errors: FirstockError[] = []
  stream.on('error', (e) => errors.push(e))
  let opens = 0
  stream.on('state', (s) => s.status === 'open' && opens++)
  stream.subscribe('orders')
  await stream.ready()
  const before = logins()

  for (let round = 1; round <= 3; round++) {
    sb.expireSession(DEMO_ACCOUNT.userId)
    sb.faults.ws({ kind: 'dropAll' })
    const book = await firstock.orderBook() // renews while the stream reconnects with the expired session
    expect(Array.isArray(book)).toBe(true)
    await until(() => opens === round + 1, 5_000, `the stream to reopen (round ${round})`)
  }
  expect(logins() - before).toBe(3)
  expect(errors).toEqual([])
  expect(stream.state.status).toBe('open')
})
