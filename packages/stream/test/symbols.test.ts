import { InstrumentIndex, parseSymbolMaster, UnknownInstrumentError, ValidationError, type Session } from '@firstock/core'
import WebSocket from 'ws'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { createStream, type Stream } from '../src/index.js'
import { login, startTestSandbox, type Sandbox } from './sandbox.js'

let sb: Sandbox
let session: Session
let instruments: InstrumentIndex
const streams: Stream[] = []
const open = (options: Omit<Parameters<typeof createStream>[0], 'session'> = {}) => {
  const s = createStream({ url: sb.wsUrl, session, connectTimeoutMs: 1_000, ...options })
  streams.push(s)
  return s
}
/** Every message the client sends, recorded by a WebSocket ponyfill. */
const sent: string[] = []
class RecordingWebSocket extends WebSocket {
  override send(data: string) {
    sent.push(data)
    super.send(data)
  }
}

beforeAll(async () => {
  sb = await startTestSandbox()
  session = await login(sb)
  // The index the node client's `firstock.instruments()` would build, from the sandbox's own symbol downloads.
  const files = await Promise.all(
    (['NSE', 'BSE', 'NFO'] as const).map(async (exchange) => {
      const text = await (await fetch(`${sb.httpUrl}/${exchange}SymbolDownload`)).text()
      return (await parseSymbolMaster(text, { exchange })).instruments
    }),
  )
  instruments = new InstrumentIndex(files.flat())
})
afterEach(async () => {
  await Promise.all(streams.splice(0).map((s) => s.close()))
})
afterAll(() => sb.close())

describe('subscribing by symbol', () => {
  test('behavior: touchline by EXCHANGE:TRADINGSYMBOL gets ticks for the right token', async () => {
    const stream = open({ instruments })
    const itc = instruments.resolve('NSE:ITC-EQ')
    const iterator = stream.touchline(['NSE:ITC-EQ', { exchange: 'BSE', tradingSymbol: 'RELIANCE' }, 'NSE|26000'])
    expect(stream.subscriptions.touchline).toEqual([`NSE|${itc.token}`, `BSE|${instruments.resolve('BSE:RELIANCE').token}`, 'NSE|26000'])
    const seen = new Map<string, string>()
    for await (const tick of iterator) {
      seen.set(tick.key, tick.symbol)
      if (seen.size === 3) break
    }
    expect(seen.get(`NSE|${itc.token}`)).toBe('ITC-EQ')
    expect(seen.get(`BSE|${instruments.resolve('BSE:RELIANCE').token}`)).toBe('RELIANCE')
    expect(stream.subscriptions.touchline).toEqual([])
  })

  test('behavior: depth and subscribe() take symbols too; a symbol and its token share one subscription', async () => {
    const stream = open({ instruments })
    const itc = instruments.resolve('NSE:ITC-EQ')
    const offA = stream.subscribe('touchline', 'nse:itc-eq')
    const offB = stream.subscribe('touchline', `NSE|${itc.token}`)
    expect(stream.subscriptions.touchline).toEqual([`NSE|${itc.token}`])
    offA()
    expect(stream.subscriptions.touchline).toEqual([`NSE|${itc.token}`])
    offB()
    const depth = stream.depth('NSE:ITC-EQ')
    const first = await depth.next()
    expect(first.value?.key).toBe(`NSE|${itc.token}`)
    await depth.return?.()
  })

  test('error: an unknown symbol throws UnknownInstrumentError listing the closest matches, before anything is sent', async () => {
    const stream = open({ instruments, WebSocket: RecordingWebSocket as never })
    await stream.ready()
    const before = sent.length
    let error: unknown
    try {
      stream.touchline(['NSE|26000', 'NSE:ITCC-EQ'])
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(UnknownInstrumentError)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as UnknownInstrumentError).code).toBe('UNKNOWN_SYMBOL')
    expect((error as UnknownInstrumentError).suggestions).toContain('NSE:ITC-EQ')
    expect((error as Error).message).toMatch(/Unknown instrument "NSE:ITCC-EQ"; closest matches: .*NSE:ITC-EQ/)
    // Nothing was subscribed, not even the valid token in the same call.
    expect(stream.subscriptions.touchline).toEqual([])
    expect(() => stream.subscribe('depth', { exchange: 'NSE', tradingSymbol: 'RELIANC-EQ' })).toThrow(/closest matches: NSE:RELIANCE-EQ/)
    expect(stream.subscriptions.depth).toEqual([])
    await new Promise((r) => setTimeout(r, 50))
    expect(sent.slice(before).filter((m) => !m.includes('"t":"h"'))).toEqual([])
  })

  test('error: a symbol without an index is a ValidationError that says to pass `instruments`', () => {
    const stream = open()
    expect(() => stream.touchline(['NSE|26000', 'NSE:ITC-EQ'])).toThrow(ValidationError)
    expect(() => stream.touchline(['NSE|26000', 'NSE:ITC-EQ'])).toThrow(
      /tokens\[1\] "NSE:ITC-EQ" is a symbol: pass `instruments` .* or use "EXCHANGE\|token"/,
    )
    expect(() => stream.subscribe('depth', { exchange: 'NSE', tradingSymbol: 'ITC-EQ' })).toThrow(/pass `instruments`/)
    expect(stream.subscriptions.touchline).toEqual([])
    // Tokens still work as before.
    expect(() => stream.subscribe('touchline', 'NSE|26000')()).not.toThrow()
  })

  test.each(['MCX|1', 'CDS|1', 'MCX:GOLD'])('error: %s is on an exchange V3 does not accept (core\'s one list), nothing subscribed', (scrip) => {
    const stream = open({ instruments })
    expect(() => stream.touchline([scrip])).toThrow(ValidationError)
    expect(() => stream.touchline([scrip])).toThrow(/NSE, BSE, NFO, BFO/)
    expect(stream.subscriptions.touchline).toEqual([])
  })
})
