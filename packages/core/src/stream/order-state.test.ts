import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { toOrderUpdate } from './merge.js'
import { isStaleOrderState, orderStateOf, orderUpdateFromRow, sameOrderState } from './order-state.js'

const book = JSON.parse(readFileSync(new URL('../../test/fixtures/v3/orderBook.json', import.meta.url), 'utf8')) as {
  success: { data: Record<string, string>[] }
}

test('order: a book row reads as a resync update, raw wire rows and decoded rows alike', () => {
  const [row] = book.success.data
  const update = orderUpdateFromRow(row)
  expect(update).toMatchObject({
    orderNumber: '23041100003641', exchange: 'NSE', tradingSymbol: 'ITC-EQ', status: 'COMPLETE', quantity: 1, price: 395.5,
    fillShares: 1, averagePrice: 395.45, exchangeOrderNumber: '1100000010310130', source: 'resync',
  })
  expect(orderUpdateFromRow({ ...row, fillshares: undefined, fillShares: 1, averagePrice: 395.45, price: 395.5 })).toMatchObject({ fillShares: 1, price: 395.5 })
  expect(orderUpdateFromRow({ norenordno: '7', status: 'OPEN', avgprc: '42949672.95' })).toMatchObject({ orderNumber: '7', averagePrice: undefined })
  for (const junk of [null, 'x', 1, [], {}, { orderNumber: '' }, { orderNumber: { toString: 1 } }]) expect(orderUpdateFromRow(junk)).toBeUndefined()
})

test('order: state compares status, filled and average price; fills carry across reports without fill keys', () => {
  const open = orderStateOf(toOrderUpdate({ t: 'om', data: { norenordno: '1', status: 'OPEN' } }))
  expect(open).toEqual({ status: 'OPEN', filled: 0, averagePrice: 0 })
  const part = orderStateOf(toOrderUpdate({ t: 'om', data: { norenordno: '1', status: 'OPEN', fillshares: '5', avgprc: '10.5' } }), open)
  const replaced = orderStateOf(toOrderUpdate({ t: 'om', data: { norenordno: '1', status: 'OPEN' } }), part)
  expect(replaced).toEqual({ status: 'OPEN', filled: 5, averagePrice: 10.5 })
  expect(sameOrderState(part, replaced)).toBe(true)
  expect(sameOrderState(open, part)).toBe(false)
  expect(live('1', { status: 'live' }).source).toBe('live')
})

test('order: an update behind a final state, or with fewer fills, is stale', () => {
  const s = (status: string, filled = 0) => ({ status, filled, averagePrice: 0 })
  expect(isStaleOrderState(s('OPEN'), s('COMPLETE', 1))).toBe(true)
  expect(isStaleOrderState(s('OPEN', 1), s('OPEN', 2))).toBe(true)
  expect(isStaleOrderState(s('COMPLETE', 1), s('COMPLETE', 1))).toBe(false)
  expect(isStaleOrderState(s('PENDING'), s('OPEN'))).toBe(false)
  expect(isStaleOrderState(s('COMPLETE', 2), s('OPEN', 1))).toBe(false)
})

function live(orderNumber: string, data: Record<string, string>) {
  return toOrderUpdate({ t: 'om', data: { norenordno: orderNumber, ...data } })
}
