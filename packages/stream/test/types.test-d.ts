import type { Depth, FirstockError, OrderUpdate, Tick } from '@firstock/core'
import { expectTypeOf, test } from 'vitest'
import { createStream, type StreamState, type Unsubscribe } from '../src/index.js'

test('types: the public surface', () => {
  const stream = createStream({ session: { userId: 'U', jKey: 'k', createdAt: '' }, url: 'ws://127.0.0.1:1/' })
  expectTypeOf(stream.touchline(['NSE|22', { exchange: 'NSE', token: 26000 }])).toEqualTypeOf<AsyncIterableIterator<Tick>>()
  expectTypeOf(stream.depth('NSE|22')).toEqualTypeOf<AsyncIterableIterator<Depth>>()
  expectTypeOf(stream.orders()).toEqualTypeOf<AsyncIterableIterator<OrderUpdate>>()
  expectTypeOf(stream.on('tick', (t) => expectTypeOf(t).toEqualTypeOf<Tick>())).toEqualTypeOf<Unsubscribe>()
  stream.on('state', (s) => {
    expectTypeOf(s).toEqualTypeOf<StreamState>()
    if (s.status === 'reconnecting') expectTypeOf(s.delayMs).toBeNumber()
  })
  stream.on('error', (e) => expectTypeOf(e).toEqualTypeOf<FirstockError>())
  expectTypeOf(stream.close()).toEqualTypeOf<Promise<void>>()
  // @ts-expect-error orders take no tokens
  stream.subscribe('orders', ['NSE|22'])
  // @ts-expect-error unknown event
  stream.on('tock', () => {})
})
