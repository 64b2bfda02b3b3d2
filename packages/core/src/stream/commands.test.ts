import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { ValidationError } from '../errors.js'
import {
  encodeConnect,
  encodeDepth,
  encodeDepthUnsubscribe,
  encodeHeartbeat,
  encodeOrders,
  encodeOrdersUnsubscribe,
  encodeTouchline,
  encodeTouchlineUnsubscribe,
  parseScrip,
  parseScrips,
} from './commands.js'

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../test/fixtures/v3/${name}.json`, import.meta.url), 'utf8')) as {
    request: unknown
  }

describe('commands', () => {
  test('encode: every client message equals its fixture request', () => {
    const connect = fixture('ws-connect').request as { susertoken: string }
    expect(JSON.parse(encodeConnect({ userId: 'AB1234', jKey: connect.susertoken }))).toEqual(connect)
    expect(JSON.parse(encodeTouchline(parseScrips(['NSE|26000', { exchange: 'NSE', token: 22 }])))).toEqual(
      fixture('ws-touchline').request,
    )
    expect(JSON.parse(encodeTouchlineUnsubscribe(['NSE|22']))).toEqual(fixture('ws-touchline-unsubscribe').request)
    expect(JSON.parse(encodeDepth(parseScrips('NSE|22')))).toEqual(fixture('ws-depth').request)
    expect(JSON.parse(encodeDepthUnsubscribe(['NSE|22']))).toEqual(fixture('ws-depth-unsubscribe').request)
    expect(JSON.parse(encodeOrders('AB1234'))).toEqual(fixture('ws-order-updates').request)
    expect(JSON.parse(encodeOrdersUnsubscribe())).toEqual(fixture('ws-order-unsubscribe').request)
    expect(JSON.parse(encodeHeartbeat())).toEqual(fixture('ws-heartbeat').request)
  })

  test('behavior: scrip lists join EXCH|TOKEN with #', () => {
    expect(encodeTouchline(parseScrips(['NSE|22', 'BSE|500325']))).toBe('{"t":"t","k":"NSE|22#BSE|500325"}')
  })

  test('parse: accepts both forms and removes duplicates', () => {
    expect(parseScrip('NSE|26000')).toEqual({ exchange: 'NSE', token: '26000', key: 'NSE|26000' })
    expect(parseScrip({ exchange: 'NFO', token: '54957' }).key).toBe('NFO|54957')
    expect(parseScrips(['NSE|22', { exchange: 'NSE', token: '22' }])).toHaveLength(1)
  })

  test.each([
    ['NSE26000', /must be "EXCHANGE\|token"/],
    ['XYZ|1', /exchange must be one of NSE, BSE/],
    ['NSE|', /token must be an instrument token/],
    ['NSE|1#NSE|2', /token must be an instrument token/],
    [{ exchange: 'NSE', token: 1.5 }, /token must be/],
    [42, /must be "EXCHANGE\|token" or \{ exchange, token \}/],
  ])('error: %j → ValidationError naming the field', (bad, message) => {
    let error: unknown
    try {
      parseScrips(['NSE|22', 'NSE|1', bad as never])
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ValidationError)
    const v = error as ValidationError
    expect(v.code).toBe('INVALID_INPUT')
    expect(v.direction).toBe('request')
    expect(v.field).toBe('tokens[2]')
    expect(v.message).toMatch(/^tokens\[2\] /)
    expect(v.message).toMatch(message)
  })

  test('error: an empty list is refused', () => {
    expect(() => parseScrips([])).toThrow(ValidationError)
  })
})
