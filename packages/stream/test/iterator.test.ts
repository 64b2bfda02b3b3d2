import { expect, test } from 'vitest'
import { createFeed } from '../src/iterator.js'

test('iterator: bounded feed drops the oldest, delivers the rest in order', async () => {
  let drops = 0
  let closed = 0
  const feed = createFeed<number>({ bufferSize: 3, onDrop: () => drops++, onClose: () => closed++ })
  for (let i = 1; i <= 10; i++) feed.push(i)
  expect(drops).toBe(7)
  feed.end()
  const out: number[] = []
  for await (const v of feed.iterator) out.push(v)
  expect(out).toEqual([8, 9, 10])
  expect(closed).toBe(1)
})

test('iterator: unbounded feed keeps everything; an error comes after the buffered values', async () => {
  const feed = createFeed<number>({ bufferSize: Number.POSITIVE_INFINITY, onClose: () => {} })
  for (let i = 0; i < 5_000; i++) feed.push(i)
  feed.end(new Error('fatal'))
  const out: number[] = []
  await expect(
    (async () => {
      for await (const v of feed.iterator) out.push(v)
    })(),
  ).rejects.toThrow('fatal')
  expect(out).toHaveLength(5_000)
  expect(out[4_999]).toBe(4_999)
})

test('iterator: abort settles a pending next() as done and closes once', async () => {
  const controller = new AbortController()
  let closed = 0
  const feed = createFeed<number>({ bufferSize: 10, onClose: () => closed++, signal: controller.signal })
  const pending = feed.iterator.next()
  controller.abort()
  expect(await pending).toEqual({ value: undefined, done: true })
  await feed.iterator.return?.()
  expect(closed).toBe(1)
})

test('behavior: 100 iterators sharing one AbortSignal print no MaxListenersExceededWarning, and abort ends them all', async () => {
  const warnings: Error[] = []
  const onWarning = (warning: Error) => warnings.push(warning)
  process.on('warning', onWarning)
  try {
    const controller = new AbortController()
    const feeds = Array.from({ length: 100 }, () => createFeed<number>({ bufferSize: 10, signal: controller.signal, onClose: () => {} }))
    const pending = feeds.map((feed) => feed.iterator.next())
    controller.abort()
    expect((await Promise.all(pending)).every((result) => result.done)).toBe(true)
    await new Promise((resolve) => setImmediate(resolve))
    expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([])
  } finally {
    process.off('warning', onWarning)
  }
})
