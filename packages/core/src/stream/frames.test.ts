import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { decodeFrame } from './frames.js'

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../test/fixtures/v3/${name}.json`, import.meta.url), 'utf8')) as {
    success: unknown
    failure: unknown
  }

describe('frames', () => {
  test('decode: connect ack, OK and Not_Ok, s or k', () => {
    const ws = fixture('ws-connect')
    expect(decodeFrame(JSON.stringify(ws.success))).toEqual({ t: 'ck', ok: true, uid: 'AB1234', message: undefined })
    expect(decodeFrame(JSON.stringify(ws.failure))).toMatchObject({ t: 'ck', ok: false })
    expect(decodeFrame('{"t":"ck","k":"Ok"}')).toMatchObject({ t: 'ck', ok: true })
    expect(decodeFrame('{"t":"ck","k":"NOT_OK","emsg":"Websocket limit reached"}')).toMatchObject({
      ok: false,
      message: 'Websocket limit reached',
    })
  })

  test('decode: every fixture frame gets its own type', () => {
    for (const name of ['ws-touchline', 'ws-depth', 'ws-order-updates', 'ws-order-lifecycle-other']) {
      for (const frame of fixture(name).success as { t: string }[]) {
        const decoded = decodeFrame(JSON.stringify(frame))
        expect(decoded.t).toBe(frame.t)
      }
    }
    for (const name of ['ws-touchline-unsubscribe', 'ws-depth-unsubscribe', 'ws-order-unsubscribe']) {
      const frame = fixture(name).success as { t: string }
      expect(decodeFrame(JSON.stringify(frame))).toEqual({ ...frame })
    }
  })

  test('decode: bytes are read as UTF-8', () => {
    expect(decodeFrame(new TextEncoder().encode('{"t":"ok"}'))).toEqual({ t: 'ok' })
  })

  test.each([
    ['not json', 'not-json'],
    ['', 'not-json'],
    ['[1,2]', 'not-an-object'],
    ['null', 'not-an-object'],
    ['"tk"', 'not-an-object'],
    ['{"t":"zz"}', 'unknown-type'],
    ['{"x":1}', 'unknown-type'],
    ['{"t":"tf","tk":"22"}', 'missing-keys'],
  ])('behavior: malformed %j → unknown frame, never throws', (text, reason) => {
    expect(decodeFrame(text)).toMatchObject({ t: 'unknown', reason })
  })
})
