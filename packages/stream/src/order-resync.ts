import {
  backoffDelay,
  FirstockError,
  isStaleOrderState,
  type Logger,
  type OrderState,
  type OrderUpdate,
  orderStateOf,
  orderUpdateFromRow,
  sameOrderState,
} from '@firstock/core'

// Order updates sent while the socket was down are lost: the server keeps no backlog. After each reconnect the
// stream re-reads the order book once and reports every order whose state (status, filled quantity, average
// price) differs from the last one it knew, marked `source: 'resync'`, before the live updates of the new socket.
// A failed read is reported and tried again with backoff while the socket stays up: waiting for the next reconnect
// could mean waiting forever.

/** Backoff of a failed resync read: 0.5 s, 1 s, 2 s, … up to 30 s, half of each delay random. */
const RETRY = { baseDelayMs: 500, maxDelayMs: 30_000, jitter: 0.5 } as const

export interface OrderResyncOptions {
  /** Reads today's order book; `undefined` turns the resync off. */
  read: (() => Promise<readonly unknown[]>) | undefined
  /** Hands one update to the iterators and listeners. */
  deliver: (update: OrderUpdate) => void
  /** Reports a failed read; the stream goes on, reads again after a backoff delay, and after the next reconnect. */
  fail: (error: FirstockError) => void
  /** A read that has not answered by then counts as failed, so live updates are never held for long. */
  timeoutMs: number
  logger?: Logger | undefined
}

export interface OrderResync {
  /** One live `om` update. */
  live(update: OrderUpdate): void
  /** A socket with order updates subscribed was accepted (or order updates were subscribed on an open socket). */
  connected(): void
  /** The socket is gone: updates may be missed until the next resync. */
  disconnected(): void
  /** Order updates are no longer subscribed: forget every order. */
  reset(): void
}

export function createOrderResync(options: OrderResyncOptions): OrderResync {
  /** Last state seen per order (live, resync or the first read). */
  const known = new Map<string, OrderState>()
  /** States a resync reported: the same state arriving live (late) is not reported again, nor an older one. */
  const reported = new Map<string, OrderState>()
  /** Live updates held while a resync read is under way: they come after what it reports. */
  let held: OrderUpdate[] | undefined
  let started = false
  let missed = false
  /** Bumped when the socket goes (a resync read under way then answers for the old one) and on reset. */
  let run = 0
  /** Bumped on reset only: the first read still teaches the states after a drop. */
  let epoch = 0
  /** The time limit of the resync read under way. */
  let timer: ReturnType<typeof setTimeout> | undefined
  /** The next try after a failed read, and how many reads in a row failed. */
  let retryTimer: ReturnType<typeof setTimeout> | undefined
  let failures = 0

  function live(update: OrderUpdate): void {
    if (held) {
      held.push(update)
      return
    }
    const no = update.orderNumber
    const state = orderStateOf(update, known.get(no))
    const resynced = reported.get(no)
    if (resynced) {
      if (sameOrderState(state, resynced) || isStaleOrderState(state, resynced)) return
      reported.delete(no)
    }
    known.set(no, state)
    options.deliver(update)
  }

  function release(): void {
    const list = held
    held = undefined
    for (const update of list ?? []) live(update)
  }

  function rowsOf(book: readonly unknown[]): OrderUpdate[] {
    // Rows the client could not decode (`invalidRows`) still carry the order's raw values.
    const invalid = (book as { invalidRows?: readonly { raw: unknown }[] }).invalidRows ?? []
    const out: OrderUpdate[] = []
    for (const row of [...book, ...invalid.map((r) => r.raw)]) {
      const update = orderUpdateFromRow(row)
      if (update) out.push(update)
    }
    // Oldest order first: Noren order numbers grow with time (the book itself lists the newest first).
    return out.sort((a, b) => a.orderNumber.length - b.orderNumber.length || (a.orderNumber < b.orderNumber ? -1 : a.orderNumber > b.orderNumber ? 1 : 0))
  }

  /** Reports what changed since the last known state; the first read (`silent`) only learns the states. */
  function apply(book: readonly unknown[], silent: boolean): void {
    const pending = new Map<string, OrderState[]>()
    for (const update of held ?? []) {
      const states = pending.get(update.orderNumber) ?? []
      states.push(orderStateOf(update, states.at(-1) ?? known.get(update.orderNumber)))
      pending.set(update.orderNumber, states)
    }
    for (const update of rowsOf(book)) {
      const no = update.orderNumber
      const state = orderStateOf(update)
      const prev = known.get(no)
      if (silent) {
        if (!prev) known.set(no, state)
        continue
      }
      if (prev && (sameOrderState(prev, state) || isStaleOrderState(state, prev))) continue
      // A held live update carries this state: it will be reported in its place, in order.
      if (pending.get(no)?.some((s) => sameOrderState(s, state))) continue
      known.set(no, state)
      reported.set(no, state)
      options.deliver(update)
    }
  }

  /** Reads the book: silently the first time (to learn each order's state), to report what changed after that. */
  function read(silent: boolean): void {
    const reader = options.read
    if (!reader) return
    const mine = silent ? run : ++run
    const myEpoch = epoch
    const current = () => myEpoch === epoch && (silent || mine === run)
    if (!silent) held ??= []
    const failed = (cause: unknown) => {
      if (!current()) return
      if (silent) return void options.logger?.debug?.({ error: String(cause) }, 'stream: first order book read failed')
      release()
      const delay = backoffDelay(++failures, RETRY)
      retryTimer = setTimeout(() => missed && !held && read(false), delay)
      ;(retryTimer as { unref?: () => void }).unref?.()
      options.fail(
        new FirstockError(
          'stream: could not re-read the order book after a reconnect, so order updates sent while the socket was ' +
            `down are not known yet; it is read again in ${delay} ms and after the next reconnect (orderBook() has them now)`,
          { code: 'ORDER_RESYNC_FAILED', endpoint: 'stream', cause },
        ),
      )
    }
    if (!silent) {
      clearTimeout(timer)
      timer = setTimeout(() => {
        failed(new Error(`the order book did not answer within ${options.timeoutMs} ms`))
        run++ // a late answer is ignored: the next reconnect reads again
      }, options.timeoutMs)
      ;(timer as { unref?: () => void }).unref?.()
    }
    new Promise<readonly unknown[]>((resolve) => resolve(reader()))
      .finally(() => !silent && mine === run && clearTimeout(timer))
      .then((rows) => {
        if (!current()) return
        if (!Array.isArray(rows)) throw new TypeError('the order book is not a list')
        apply(rows, silent)
        if (silent) return
        missed = false
        failures = 0
        release()
      })
      .catch(failed)
  }

  return {
    live,
    connected() {
      if (!started) {
        started = true
        read(true)
      } else if (missed) read(false)
    },
    disconnected() {
      if (!started) return
      missed = true
      run++ // a read under way answers for the old socket: the next connect reads again
      clearTimeout(timer)
      clearTimeout(retryTimer)
      release()
    },
    reset() {
      run++
      epoch++
      clearTimeout(timer)
      clearTimeout(retryTimer)
      failures = 0
      held = undefined
      started = missed = false
      known.clear()
      reported.clear()
    },
  }
}
