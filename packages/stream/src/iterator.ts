import { onAbort } from '@firstock/core/protocol'
/**
 * A single-consumer async iterator fed by the stream. The buffer is always bounded: for market data the oldest
 * value is dropped (the latest price wins); order updates are never dropped, so a full buffer calls `onOverflow`
 * (which ends the feed with an error) instead.
 */
export interface Feed<T> {
  readonly iterator: AsyncIterableIterator<T>
  push(value: T): void
  /** Ends the iteration after buffered values; with an error, the consumer's next `next()` after them rejects. */
  end(error?: unknown): void
  readonly ended: boolean
}

export interface FeedOptions<T = unknown> {
  /** Max buffered values. */
  bufferSize: number
  /** Called for each dropped value. */
  onDrop?: () => void
  /** When given, a full buffer calls this (with the value that did not fit) instead of dropping the oldest. */
  onOverflow?: (value: T) => void
  /** Called once when the consumer stops (break, return, abort) or the feed ends: release subscriptions here. */
  onClose: () => void
  signal?: AbortSignal | undefined
}

export function createFeed<T>(options: FeedOptions<T>): Feed<T> {
  // Ring buffer: push/shift without moving elements.
  let buffer: (T | undefined)[] = []
  let head = 0
  let size = 0
  let waiting: { resolve: (r: IteratorResult<T>) => void; reject: (e: unknown) => void } | undefined
  let ended = false
  let error: unknown
  let closed = false
  const limit = Math.max(1, options.bufferSize)

  // One listener per signal however many iterators share it (no MaxListenersExceededWarning).
  const stopListening = options.signal ? onAbort(options.signal, () => finish()) : undefined

  function close(): void {
    if (closed) return
    closed = true
    stopListening?.()
    options.onClose()
  }

  /** Consumer side stop: drop the buffer, settle a pending next() as done. */
  function finish(): void {
    ended = true
    error = undefined
    buffer = []
    head = size = 0
    close()
    const w = waiting
    waiting = undefined
    w?.resolve({ value: undefined, done: true })
  }

  function take(): T {
    const value = buffer[head] as T
    buffer[head] = undefined
    head = (head + 1) % buffer.length
    size--
    return value
  }

  function push(value: T): void {
    if (ended) return
    if (waiting) {
      const w = waiting
      waiting = undefined
      w.resolve({ value, done: false })
      return
    }
    if (size >= limit) {
      if (options.onOverflow) return options.onOverflow(value)
      take()
      options.onDrop?.()
    }
    if (size === buffer.length) {
      // grow (only until the limit for bounded feeds)
      const next: (T | undefined)[] = new Array(Math.max(4, buffer.length * 2))
      for (let i = 0; i < size; i++) next[i] = buffer[(head + i) % buffer.length]
      buffer = next
      head = 0
    }
    buffer[(head + size) % buffer.length] = value
    size++
  }

  function end(reason?: unknown): void {
    if (ended) return
    ended = true
    error = reason
    close()
    if (waiting && size === 0) {
      const w = waiting
      waiting = undefined
      if (reason === undefined) w.resolve({ value: undefined, done: true })
      else {
        error = undefined
        w.reject(reason)
      }
    }
  }

  const iterator: AsyncIterableIterator<T> = {
    next(): Promise<IteratorResult<T>> {
      if (size > 0) return Promise.resolve({ value: take(), done: false })
      if (ended) {
        if (error !== undefined) {
          const e = error
          error = undefined
          return Promise.reject(e)
        }
        return Promise.resolve({ value: undefined, done: true })
      }
      // One consumer: a second concurrent next() would replace the first; settle the first as done.
      waiting?.resolve({ value: undefined, done: true })
      return new Promise((resolve, reject) => {
        waiting = { resolve, reject }
      })
    },
    return(): Promise<IteratorResult<T>> {
      finish()
      return Promise.resolve({ value: undefined, done: true })
    },
    [Symbol.asyncIterator]() {
      return this
    },
  }

  return {
    iterator,
    push,
    end,
    get ended() {
      return ended
    },
  }
}
