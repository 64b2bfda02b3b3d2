import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import WebSocket from 'ws'
import { generateTotp, type Sandbox } from '../src/index.ts'
import type { Answer, Fixture } from './helpers.ts'

export const V1_FIXTURES = join(import.meta.dirname, '../../core/test/fixtures/v1')

export function v1Fixture(name: string): Fixture {
  return JSON.parse(readFileSync(join(V1_FIXTURES, `${name}.json`), 'utf8')) as Fixture
}

export function v1Fixtures(prefix = ''): Array<[name: string, fixture: Fixture]> {
  return readdirSync(V1_FIXTURES)
    .filter((f) => f.endsWith('.json') && f.startsWith(prefix))
    .map((f) => [f.replace(/\.json$/, ''), v1Fixture(f.replace(/\.json$/, ''))])
}

export async function postV1(sb: Sandbox, path: string, body: unknown): Promise<Answer> {
  const res = await fetch(sb.v1!.baseUrl + path, {
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

export async function loginV1(sb: Sandbox, who = sb.accounts[0]!): Promise<{ userId: string; jKey: string }> {
  const res = await postV1(sb, 'login', {
    userId: who.userId,
    password: createHash('sha256').update(who.password).digest('hex'),
    TOTP: generateTotp(who.totpSecret),
    vendorCode: who.vendorCode,
    apiKey: who.apiKey,
  })
  if (res.status !== 200) throw new Error(`V1 login failed: ${res.text}`)
  return { userId: who.userId, jKey: res.body.data.susertoken as string }
}

/** A socket V2 connection that records every frame, parsed. */
export interface V2Socket {
  ws: WebSocket
  frames: any[]
  /** Resolves with the first recorded frame (from index `from`) that matches. */
  next(match: (frame: any) => boolean, from?: number): Promise<any>
  closed: Promise<number>
}

export function openV2(sb: Sandbox, auth: { userId: string; jKey: string }, options: WebSocket.ClientOptions = {}): V2Socket {
  const url = `${sb.v1!.wsUrl}?userId=${encodeURIComponent(auth.userId)}&jKey=${encodeURIComponent(auth.jKey)}&source=developer-api`
  const ws = new WebSocket(url, options)
  const frames: any[] = []
  const waiters: Array<{ match: (f: any) => boolean; from: number; resolve: (f: any) => void }> = []
  ws.on('message', (data) => {
    const frame = JSON.parse(String(data))
    frames.push(frame)
    for (const w of [...waiters]) {
      if (frames.length - 1 >= w.from && w.match(frame)) {
        waiters.splice(waiters.indexOf(w), 1)
        w.resolve(frame)
      }
    }
  })
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)))
  return {
    ws,
    frames,
    closed,
    next: (match, from = 0) => {
      const found = frames.slice(from).find(match)
      if (found) return Promise.resolve(found)
      return new Promise((resolve) => waiters.push({ match, from, resolve }))
    },
  }
}

/** Same keys as the fixture, each with the fixture value's JSON type (recursively into objects and first array items). */
export function shapeMismatches(expected: unknown, actual: unknown, path = '$'): string[] {
  const kind = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v)
  if (kind(expected) !== kind(actual)) return [`${path}: expected ${kind(expected)}, got ${kind(actual)}`]
  if (Array.isArray(expected)) {
    const a = actual as unknown[]
    if (expected.length === 0) return []
    if (a.length === 0) return [`${path}: expected a non-empty array`]
    return shapeMismatches(expected[0], a[0], `${path}[0]`)
  }
  if (expected && typeof expected === 'object') {
    const out: string[] = []
    for (const [key, value] of Object.entries(expected)) {
      if (!(key in (actual as object))) out.push(`${path}.${key}: missing`)
      else out.push(...shapeMismatches(value, (actual as Record<string, unknown>)[key], `${path}.${key}`))
    }
    return out
  }
  return []
}
