// The REST clients the REST benchmarks compare, each as `() => Promise<void>` doing one getQuote, on either API
// generation: V3 (`/api/V3/`) or the Developer API V1 (`/V1/`), both served by the same sandbox.
import http from 'node:http'
import { createRequire } from 'node:module'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createFirstock } from '@firstock/node'
import { DEMO } from './lib.mjs'

/**
 * Per API generation: the getQuote body's instrument (the NIFTY index on both) and how a success envelope reads
 * (V3 says `Success`, V1 `success`).
 */
export const APIS = {
  v3: { quote: { exchange: 'NSE', token: '26000' }, ok: (json) => json.status === 'Success' },
  v1: { quote: { exchange: 'NSE', tradingSymbol: 'NIFTY' }, ok: (json) => json.status === 'success' },
}

/** `v3` or `v1`, checked. */
export function apiOf(value = 'v3') {
  if (!APIS[value]) throw new Error(`unknown API ${value}: expected v3 or v1`)
  return value
}

/**
 * @firstock/node, as an application uses it (input and response validation on, the default transport), with the
 * client-side rate limiter off unless `rateLimits` are given (the sandbox's limits are off too).
 */
export async function sdkClient(baseUrl, { api = 'v3', rateLimits = false } = {}) {
  const firstock = createFirstock({ version: api, baseUrl, ...DEMO, rateLimits })
  const session = await firstock.login()
  const { quote } = APIS[api]
  return { session, firstock, getQuote: () => firstock.getQuote(quote) }
}

/** The floor: global fetch POSTing the same body, reading and parsing the answer. */
export function fetchClient(baseUrl, jKey, api = 'v3') {
  const { quote, ok } = APIS[api]
  const url = `${baseUrl}getQuote`
  const body = JSON.stringify({ userId: DEMO.userId, jKey, ...quote })
  const headers = { 'content-type': 'application/json', accept: 'application/json' }
  return async () => {
    const res = await fetch(url, { method: 'POST', headers, body })
    if (!ok(JSON.parse(await res.text()))) throw new Error(`raw fetch: ${res.status}`)
  }
}

/** undici's request() on a keep-alive Agent, reading and parsing the answer: what a transport on undici can reach. */
export async function undiciClient(baseUrl, jKey, api = 'v3') {
  const { quote, ok } = APIS[api]
  const { Agent, request } = await import('undici')
  const dispatcher = new Agent({ keepAliveTimeout: 30_000 })
  const url = `${baseUrl}getQuote`
  const body = JSON.stringify({ userId: DEMO.userId, jKey, ...quote })
  const headers = { 'content-type': 'application/json', accept: 'application/json' }
  return async () => {
    const res = await request(url, { method: 'POST', headers, body, dispatcher })
    if (!ok(JSON.parse(await res.body.text()))) throw new Error(`undici: ${res.statusCode}`)
  }
}

/** node:http with a keep-alive agent: the fastest plain Node client. */
export function httpClient(baseUrl, jKey, api = 'v3') {
  const { quote, ok } = APIS[api]
  const url = new URL(`${baseUrl}getQuote`)
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 })
  const body = JSON.stringify({ userId: DEMO.userId, jKey, ...quote })
  const options = {
    agent,
    method: 'POST',
    hostname: url.hostname,
    port: url.port,
    path: url.pathname,
    headers: { 'content-type': 'application/json', accept: 'application/json', 'content-length': Buffer.byteLength(body) },
  }
  return () =>
    new Promise((resolve, reject) => {
      const req = http.request(options, (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (c) => (text += c))
        res.on('end', () => {
          try {
            if (!ok(JSON.parse(text))) throw new Error(`node:http: ${res.statusCode}`)
            resolve()
          } catch (error) {
            reject(error)
          }
        })
      })
      req.on('error', reject)
      req.end(body)
    })
}

/** The official package of `api`'s generation (below), loaded with `baseUrl` as its host, in a scratch cwd. */
export function officialClient(baseUrl, jKey, api = 'v3') {
  return api === 'v1' ? officialV1Client(baseUrl, jKey) : officialV3Client(baseUrl, jKey)
}

/** A scratch folder with `config` as `config.json`; the process moves into `cwd` (a subfolder when `nested`). */
function scratchCwd(config, nested) {
  const scratch = mkdtempSync(join(tmpdir(), 'firstock-official-'))
  const cwd = nested ? join(scratch, 'cwd') : scratch
  mkdirSync(cwd, { recursive: true })
  writeFileSync(join(scratch, 'config.json'), JSON.stringify(config))
  process.chdir(cwd)
}

/**
 * The official `thefirstock@3.1.1` package. Its base URL is a constant in `shared/Constant.js`, read once when
 * `Classes/Firstock.js` creates its axios instance, so it is replaced before the package is loaded. The package
 * keeps `{ userId, token }` in `../config.json` relative to the working directory and reads it on every call, so
 * the process moves into a scratch folder that has one.
 */
function officialV3Client(baseUrl, jKey) {
  const require = createRequire(import.meta.url)
  const constants = require('thefirstock/shared/Constant.js')
  constants.API_LINK = baseUrl.replace(/\/$/, '')
  const Firstock = require('thefirstock')
  scratchCwd({ userId: DEMO.userId, token: jKey }, true)
  const firstock = new Firstock()
  return () =>
    new Promise((resolve, reject) => {
      firstock.getQuotes(APIS.v3.quote, (error, data) => {
        if (error) reject(new Error(`official: ${JSON.stringify(error).slice(0, 200)}`))
        else if (!APIS.v3.ok(data ?? {})) reject(new Error('official: not Success'))
        else resolve()
      })
    })
}

/**
 * The official `firstock@1.2.8` package (Firstock's V1 SDK). Its base URL is a constant in
 * `dist/shared/constant.js`, read once when `dist/Classes/Firstock.js` creates its axios instance, so it is replaced
 * before the package is loaded. It keeps `{ [userId]: { jKey } }` in `./config.json` and reads it on every call.
 */
function officialV1Client(baseUrl, jKey) {
  const require = createRequire(import.meta.url)
  const sdkDir = join(require.resolve('firstock/package.json'), '..')
  require(join(sdkDir, 'dist/shared/constant.js')).API_LINK = baseUrl.replace(/\/$/, '')
  const { Firstock } = require(sdkDir)
  scratchCwd({ [DEMO.userId]: { jKey } }, false)
  const firstock = new Firstock()
  const params = { userId: DEMO.userId, ...APIS.v1.quote }
  return () =>
    new Promise((resolve, reject) => {
      firstock.getQuote(params, (error, data) => {
        if (error) reject(new Error(`official V1: ${String(error?.message ?? JSON.stringify(error)).slice(0, 200)}`))
        else if (!APIS.v1.ok(data ?? {})) reject(new Error('official V1: not success'))
        else resolve()
      })
    })
}

/** Runs `total` calls with `concurrency` workers; returns elapsed ms. */
export async function runConcurrent(fn, total, concurrency) {
  let next = 0
  const started = performance.now()
  const worker = async () => {
    while (next < total) {
      next++
      await fn()
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return performance.now() - started
}
