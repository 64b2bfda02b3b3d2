// Property-based: every endpoint method of the client, fed arbitrary input and arbitrary call options, either
// resolves or rejects with a FirstockError subclass; a rejected input sends nothing; nothing non-finite goes out.
import { readdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { createFirstock, type Firstock, isFirstockError, registries, ValidationError } from '../src/index.js'

interface Fixture {
  path: string
  request: Record<string, unknown>
  success: unknown
}
const FIXTURES = fileURLToPath(new URL('../../core/test/fixtures/v3/', import.meta.url))
const API = '/api/V3/'
const fixtures = new Map<string, Fixture>()
for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.json') && !f.startsWith('ws-'))) {
  const fixture = JSON.parse(readFileSync(FIXTURES + file, 'utf8')) as Fixture
  if (!fixtures.has(fixture.path)) fixtures.set(fixture.path, fixture)
}

// Every endpoint method, with a valid input taken from its fixture (session keys removed).
const methods = Object.entries(registries.v3.endpoints)
  .filter(([name]) => name !== 'login' && name !== 'logout')
  .map(([name, endpoint]) => {
    const fixture = fixtures.get(API + endpoint.path)
    const { userId: _u, jKey: _j, ...valid } = fixture?.request ?? {}
    return { name, valid }
  })

// A fake Firstock on loopback: answers every path with its fixture's success envelope, and records each body.
const received: string[] = []
const server = createServer((req, res) => {
  let body = ''
  req.on('data', (chunk: Buffer) => (body += chunk.toString()))
  req.on('end', () => {
    received.push(body)
    const fixture = fixtures.get(new URL(req.url ?? '/', 'http://x').pathname)
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify(fixture?.success ?? { status: 'Success', data: {} }))
  })
})
let firstock: Firstock
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  firstock = createFirstock({
    version: 'v3',
    userId: 'AB1234',
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/V3/`,
    session: { userId: 'AB1234', jKey: 'property-test-session-key-0123456789', createdAt: new Date(0).toISOString() },
    rateLimits: false,
    retry: { attempts: 1 },
  })
})
afterAll(() => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))))

const circular = () => {
  const value: Record<string, unknown> = { a: 1 }
  value.self = value
  return value
}
const junkNumbers = fc.constantFrom(
  Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 1e21, 2 ** 53 + 1, 0.1 + 0.2, 1e-7, 2 ** 31, -1, 0,
  '1e400', '0x10', ' ', '', '1e3', 'NaN', 'Infinity', '00012', '９',
)
const junk = fc.oneof(
  junkNumbers,
  fc.double(),
  fc.bigInt(),
  fc.string({ maxLength: 300 }),
  fc.constant(null).map(() => circular()),
  fc.anything({ withBigInt: true, withNullPrototype: true, withBoxedValues: true, withSparseArray: true, maxDepth: 2 }),
)
/** A method and an input: its valid input with one field (existing or not) replaced by junk, or junk as a whole. */
const call = fc.record({
  method: fc.constantFrom(...methods),
  key: fc.oneof(fc.string({ maxLength: 12 }), fc.constant('data')),
  pick: fc.nat(),
  value: junk,
  whole: fc.oneof(fc.constant(undefined), junk),
  mode: fc.constantFrom('valid', 'valid', 'field', 'field', 'whole'),
  options: fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 4 },
    fc.record({ timeout: fc.oneof(junkNumbers, fc.constant(5_000)), signal: fc.oneof(fc.constant(undefined), junk) }, { requiredKeys: [] }),
    junk,
  ),
})

/**
 * Values that mean a number went out badly: JSON's null for NaN/Infinity, or String(n) of a non-finite or huge
 * number. A string the caller passed as it is (e.g. an order number "1e3") is text, not a number, and is not counted.
 */
const BAD_WIRE = /^(-?Infinity|NaN|-?\d+(\.\d+)?e[+-]?\d+)$/i
function badWireValues(value: unknown, given: ReadonlySet<string>, path = ''): string[] {
  if (value === null) return [`${path} is null`]
  if (typeof value === 'number' && !Number.isFinite(value)) return [`${path} is ${value}`]
  if (typeof value === 'string') return BAD_WIRE.test(value) && !given.has(value) ? [`${path} is "${value}"`] : []
  if (typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => badWireValues(v, given, `${path}.${k}`))
  return []
}

/** Every string inside a value (to tell text the caller sent from numbers the SDK wrote). */
function stringsIn(value: unknown, out = new Set<string>(), depth = 0): Set<string> {
  if (typeof value === 'string') out.add(value)
  else if (value !== null && typeof value === 'object' && depth < 4) {
    try {
      for (const item of Object.values(value)) stringsIn(item, out, depth + 1)
    } catch {
      // A hostile object: nothing to collect.
    }
  }
  return out
}

test('property: any input to any method resolves or rejects with a FirstockError; rejected input sends nothing; nothing non-finite goes out', async () => {
  const seen = { resolved: 0, refused: 0, methods: new Set<string>() }
  await fc.assert(
    fc.asyncProperty(call, async ({ method, key, pick, value, whole, mode, options }) => {
      const keys = Object.keys(method.valid)
      const field = keys.length > 0 && pick % 2 === 0 ? keys[pick % keys.length]! : key
      const input = mode === 'valid' ? method.valid : mode === 'whole' ? whole : { ...method.valid, [field]: value }
      const before = received.length
      const run = (firstock as unknown as Record<string, (input: unknown, options: unknown) => Promise<unknown>>)[method.name]!
      let error: unknown
      try {
        await run(input, options)
      } catch (e) {
        error = e
      }
      seen.methods.add(method.name)
      if (error === undefined) seen.resolved++
      else {
        seen.refused++
        expect(isFirstockError(error), `${method.name} threw ${String(error)}`).toBe(true)
        if (error instanceof ValidationError && error.direction === 'request') expect(received.length).toBe(before)
      }
      const given = stringsIn(input)
      for (const body of received.slice(before)) expect(badWireValues(JSON.parse(body), given), `${method.name} sent ${body}`).toEqual([])
    }),
    { numRuns: 1_500, timeout: 10_000 },
  )
  // The property is only worth something if both outcomes happen, for every method.
  expect(seen.methods.size).toBe(methods.length)
  expect(seen.resolved).toBeGreaterThan(100)
  expect(seen.refused).toBeGreaterThan(100)
}, 120_000)
