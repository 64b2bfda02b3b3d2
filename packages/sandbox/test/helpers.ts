import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import WebSocket from 'ws'
import { DEMO_ACCOUNT, generateTotp, SESSION_MOMENT, startSandbox, type Sandbox, type SandboxAccount, type SandboxOptions } from '../src/index.ts'

export const FIXTURES = join(import.meta.dirname, '../../core/test/fixtures/v3')

export interface Fixture {
  path: string
  request: Record<string, unknown>
  success: unknown
  failure: Record<string, unknown>
}

export function fixtures(): Array<[name: string, fixture: Fixture]> {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as Fixture])
}

export const account = (userId: string): SandboxAccount => ({
  ...DEMO_ACCOUNT,
  userId,
  vendorCode: `${userId}_API`,
})

/** Where these tests' sandboxes start: inside the continuous session, whatever today's date and hour. */
export { SESSION_MOMENT }

/** A sandbox at {@link SESSION_MOMENT}, with no timer and (unless asked) no rate limits: tests step the market themselves. */
export function start(options: SandboxOptions = {}): Promise<Sandbox> {
  return startSandbox({ now: SESSION_MOMENT, tickIntervalMs: 0, rateLimits: false, ...options })
}

export interface Answer {
  status: number
  body: any
  text: string
}

export async function post(sb: Sandbox, path: string, body: unknown): Promise<Answer> {
  const res = await fetch(sb.baseUrl + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  const text = await res.text()
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: res.status, body: json, text }
}

export async function login(sb: Sandbox, who: SandboxAccount = sb.accounts[0]!): Promise<{ userId: string; jKey: string }> {
  const res = await post(sb, 'login', {
    userId: who.userId,
    password: who.password,
    TOTP: generateTotp(who.totpSecret),
    vendorCode: who.vendorCode,
    apiKey: who.apiKey,
  })
  if (res.status !== 200) throw new Error(`login failed: ${res.text}`)
  return { userId: who.userId, jKey: res.body.data.susertoken }
}

/** Asserts `actual` has every key of `expected` (recursively, arrays by their first item) and no JSON literals. */
export function shapeErrors(actual: unknown, expected: unknown, path = '$'): string[] {
  if (expected === null || typeof expected !== 'object') {
    if (typeof actual !== typeof expected) return [`${path}: expected ${typeof expected}, got ${JSON.stringify(actual)}`]
    return []
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array`]
    if (expected.length === 0) return []
    if (actual.length === 0) return [`${path}: expected a non-empty array`]
    return actual.flatMap((item, i) => shapeErrors(item, expected[0], `${path}[${i}]`))
  }
  if (!actual || typeof actual !== 'object' || Array.isArray(actual)) return [`${path}: expected an object`]
  return Object.entries(expected).flatMap(([key, value]) =>
    key in actual ? shapeErrors((actual as Record<string, unknown>)[key], value, `${path}.${key}`) : [`${path}.${key}: missing`],
  )
}

/** True when a JSON text has no `true`, `false` or `null` literal anywhere. */
export function onlyStrings(value: unknown): boolean {
  if (value === null || typeof value === 'boolean' || typeof value === 'number') return false
  if (Array.isArray(value)) return value.every(onlyStrings)
  if (typeof value === 'object') return Object.values(value as object).every(onlyStrings)
  return true
}

/** A connected, authenticated socket with a frame queue. */
export async function socket(sb: Sandbox, session: { userId: string; jKey: string }) {
  const ws = new WebSocket(sb.wsUrl)
  const frames: any[] = []
  const waiters: Array<() => void> = []
  ws.on('message', (data) => {
    frames.push(JSON.parse(String(data)))
    for (const w of waiters.splice(0)) w()
  })
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve())
    ws.once('error', reject)
  })
  const client = {
    ws,
    frames,
    send: (message: unknown) => ws.send(JSON.stringify(message)),
    /** Waits until a frame matching `pred` is queued (searching from `from`), returns it. */
    async next(pred: (f: any) => boolean, timeoutMs = 2000): Promise<any> {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        const found = frames.find(pred)
        if (found) return found
        if (Date.now() > deadline) throw new Error(`no matching frame; got ${JSON.stringify(frames.slice(-5))}`)
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, 50)
          waiters.push(() => {
            clearTimeout(t)
            resolve()
          })
        })
      }
    },
    closed: new Promise<number>((resolve) => ws.once('close', (code) => resolve(code))),
  }
  client.send({ t: 'c', uid: session.userId, actid: session.userId, susertoken: session.jKey, source: 'API' })
  return client
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Resolves once a frame collected in `raw` passes `test` (it polls; the test's timeout bounds the wait). */
export function frameArrived(raw: readonly string[], test: (text: string) => boolean): Promise<void> {
  return new Promise<void>((resolve) => {
    const check = () => (raw.some(test) ? resolve() : setTimeout(check, 10))
    check()
  })
}

/** Whether a text frame is JSON. */
export function isJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}
