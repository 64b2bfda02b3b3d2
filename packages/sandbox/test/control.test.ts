import { request } from 'node:http'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { type Sandbox, startSandbox } from '../src/index.ts'

let sb: Sandbox
beforeEach(async () => {
  sb = await startSandbox({ tickIntervalMs: 0, rateLimits: false })
})
afterEach(() => sb.close())

/** A raw HTTP request to the sandbox, with whatever headers a hostile page or process would send. */
function raw(method: string, path: string, headers: Record<string, string>, body = ''): Promise<{ status: number; text: string }> {
  const url = new URL(path, sb.httpUrl)
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: url.pathname, method, headers }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (text += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
    })
    req.on('error', reject)
    req.end(body)
  })
}
const bearer = () => ({ authorization: `Bearer ${sb.controlToken}` })
const fault = JSON.stringify({ kind: 'html502', endpoint: 'placeOrder' })

test('control: a fresh random token per run, returned by startSandbox()', async () => {
  const other = await startSandbox({ tickIntervalMs: 0 })
  try {
    expect(sb.controlToken).toMatch(/^[\w-]{40,}$/)
    expect(other.controlToken).not.toBe(sb.controlToken)
  } finally {
    await other.close()
  }
  const fixed = await startSandbox({ tickIntervalMs: 0, controlToken: 'my-own-token-1234' })
  expect(fixed.controlToken).toBe('my-own-token-1234')
  await fixed.close()
})

test('control: with the token from loopback, faults are injected and the log is readable', async () => {
  const res = await raw('POST', '/__sandbox/faults', { ...bearer(), 'content-type': 'application/json' }, fault)
  expect(res.status).toBe(200)
  const log = await raw('GET', '/__sandbox/requests', { ...bearer(), origin: sb.httpUrl })
  expect(log.status).toBe(200)
  expect(JSON.parse(log.text)).toEqual([])
})

test('control: a CORS-simple POST from another origin is refused, and nothing is injected', async () => {
  for (const headers of [
    { origin: 'https://evil.example', 'content-type': 'text/plain' },
    { origin: 'null', 'content-type': 'text/plain' },
    { origin: 'https://evil.example', 'content-type': 'text/plain', ...bearer() },
  ]) {
    const res = await raw('POST', '/__sandbox/faults', headers, fault)
    expect(res.status).toBe(403)
    expect(JSON.parse(res.text)).toMatchObject({ status: 'Failed', name: 'FORBIDDEN_ORIGIN' })
  }
  await expectNoFault()
})

test('control: a foreign Host (DNS rebinding) is refused, even with the token', async () => {
  for (const host of ['evil.example', 'evil.example:80', '10.0.0.1', 'localhost.evil.example']) {
    const res = await raw('POST', '/__sandbox/faults', { host, ...bearer() }, fault)
    expect(res.status).toBe(403)
    expect(JSON.parse(res.text)).toMatchObject({ name: 'FORBIDDEN_HOST' })
    expect((await raw('GET', '/__sandbox/requests', { host, ...bearer() })).status).toBe(403)
  }
  await expectNoFault()
})

test('control: without the token, or with a wrong one, every control route is refused', async () => {
  for (const headers of [{}, { authorization: 'Bearer wrong' }, { authorization: sb.controlToken }, { authorization: `Basic ${sb.controlToken}` }]) {
    expect((await raw('POST', '/__sandbox/faults', headers, fault)).status).toBe(401)
    expect((await raw('POST', '/__sandbox/ws-faults', headers, '{"kind":"dropAll"}')).status).toBe(401)
    const log = await raw('GET', '/__sandbox/requests', headers)
    expect(log.status).toBe(401)
    expect(JSON.parse(log.text)).toMatchObject({ name: 'CONTROL_TOKEN_REQUIRED' })
  }
  await expectNoFault()
})

/** A placeOrder goes through untouched: no fault was injected by a refused request. */
async function expectNoFault(): Promise<void> {
  const res = await raw('POST', '/api/V3/placeOrder', { 'content-type': 'application/json' }, '{}')
  expect(res.status).not.toBe(502)
  expect(sb.requests.at(-1)?.fault).toBeUndefined()
}

test('control: firstock-sandbox prints its control token (or takes $FIRSTOCK_SANDBOX_TOKEN), and the token works', async () => {
  const { spawn } = await import('node:child_process')
  const { fileURLToPath } = await import('node:url')
  const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url))
  for (const given of [undefined, 'token-from-the-environment-0123']) {
    const env = { ...process.env, FIRSTOCK_SANDBOX_TOKEN: given ?? '' }
    const child = spawn(process.execPath, [bin, '--port', '0', '--tick-ms', '0'], { env, stdio: ['ignore', 'pipe', 'inherit'] })
    try {
      const printed = await new Promise<{ url: string; token: string }>((resolve, reject) => {
        let out = ''
        child.stdout!.on('data', (chunk: Buffer) => {
          out += chunk.toString()
          const url = /REST base URL\s+(\S+)/.exec(out)?.[1]
          const token = /Control token\s+(\S+)/.exec(out)?.[1]
          if (url && token) resolve({ url, token })
        })
        child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)))
      })
      if (given) expect(printed.token).toBe(given)
      const control = (authorization: string) =>
        fetch(new URL('/__sandbox/faults', printed.url), { method: 'POST', body: '{"kind":"clear"}', headers: { authorization } })
      expect((await control(`Bearer ${printed.token}`)).status).toBe(200)
      expect((await control('Bearer nope')).status).toBe(401)
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    }
  }
})
