// The four REST clients the REST benchmarks compare, each as `() => Promise<void>` doing one getQuote.
import http from 'node:http'
import { createRequire } from 'node:module'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createFirstock } from '@firstock/node'
import { DEMO } from './lib.mjs'

export const QUOTE = { exchange: 'NSE', token: '26000' }

/**
 * @firstock/node, as an application uses it (input and response validation on, the default transport), with the
 * client-side rate limiter off unless `rateLimits` are given (the sandbox's limits are off too).
 */
export async function sdkClient(baseUrl, rateLimits = false) {
  const firstock = createFirstock({ version: 'v3', baseUrl, ...DEMO, rateLimits })
  const session = await firstock.login()
  return { session, firstock, getQuote: () => firstock.getQuote(QUOTE) }
}

/** The floor: global fetch POSTing the same body, reading and parsing the answer. */
export function fetchClient(baseUrl, jKey) {
  const url = `${baseUrl}getQuote`
  const body = JSON.stringify({ userId: DEMO.userId, jKey, ...QUOTE })
  const headers = { 'content-type': 'application/json', accept: 'application/json' }
  return async () => {
    const res = await fetch(url, { method: 'POST', headers, body })
    const json = JSON.parse(await res.text())
    if (json.status !== 'Success') throw new Error(`raw fetch: ${res.status}`)
  }
}

/** undici's request() on a keep-alive Agent, reading and parsing the answer: what a transport on undici can reach. */
export async function undiciClient(baseUrl, jKey) {
  const { Agent, request } = await import('undici')
  const dispatcher = new Agent({ keepAliveTimeout: 30_000 })
  const url = `${baseUrl}getQuote`
  const body = JSON.stringify({ userId: DEMO.userId, jKey, ...QUOTE })
  const headers = { 'content-type': 'application/json', accept: 'application/json' }
  return async () => {
    const res = await request(url, { method: 'POST', headers, body, dispatcher })
    const json = JSON.parse(await res.body.text())
    if (json.status !== 'Success') throw new Error(`undici: ${res.statusCode}`)
  }
}

/** node:http with a keep-alive agent: the fastest plain Node client. */
export function httpClient(baseUrl, jKey) {
  const url = new URL(`${baseUrl}getQuote`)
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 })
  const body = JSON.stringify({ userId: DEMO.userId, jKey, ...QUOTE })
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
            if (JSON.parse(text).status !== 'Success') throw new Error(`node:http: ${res.statusCode}`)
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

/**
 * The official `thefirstock@3.1.1` package. Its base URL is a constant in `shared/Constant.js`, read once when
 * `Classes/Firstock.js` creates its axios instance, so it is replaced before the package is loaded. The package
 * keeps `{ userId, token }` in `../config.json` relative to the working directory and reads it on every call, so
 * the process moves into a scratch folder that has one.
 */
export function officialClient(baseUrl, jKey) {
  const require = createRequire(import.meta.url)
  const constants = require('thefirstock/shared/Constant.js')
  constants.API_LINK = baseUrl.replace(/\/$/, '')
  const Firstock = require('thefirstock')
  const scratch = mkdtempSync(join(tmpdir(), 'firstock-official-'))
  mkdirSync(join(scratch, 'cwd'))
  writeFileSync(join(scratch, 'config.json'), JSON.stringify({ userId: DEMO.userId, token: jKey }))
  process.chdir(join(scratch, 'cwd'))
  const firstock = new Firstock()
  return () =>
    new Promise((resolve, reject) => {
      firstock.getQuotes(QUOTE, (error, data) => {
        if (error) reject(new Error(`official: ${JSON.stringify(error).slice(0, 200)}`))
        else if (data?.status !== 'Success') reject(new Error('official: not Success'))
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
