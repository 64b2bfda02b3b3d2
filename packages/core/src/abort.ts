// One 'abort' listener per signal, however many calls wait on it: a bot that shares one AbortSignal across
// hundreds of calls would otherwise add one listener per call and Node would print MaxListenersExceededWarning.

const waiting = new WeakMap<AbortSignal, Set<() => void>>()

/**
 * Runs `listener` once when `signal` aborts. Returns the function that removes it (call it when the work
 * settles). All listeners of a signal share a single event listener on it.
 */
export function onAbort(signal: AbortSignal, listener: () => void): () => void {
  let listeners = waiting.get(signal)
  if (!listeners) {
    const set = new Set<() => void>()
    listeners = set
    waiting.set(signal, set)
    signal.addEventListener(
      'abort',
      () => {
        waiting.delete(signal)
        for (const run of set) run()
      },
      { once: true },
    )
  }
  const set = listeners
  set.add(listener)
  return () => {
    set.delete(listener)
  }
}

/**
 * Waits `ms`, or rejects with `abortWith()` as soon as `signal` aborts (at once when it already has). The timer
 * and the listener are both removed when either fires, so an aborted wait leaves nothing behind.
 */
export function sleep(ms: number, signal: AbortSignal | undefined, abortWith: () => unknown): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortWith())
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stopListening?.()
      resolve()
    }, ms)
    const stopListening = signal
      ? onAbort(signal, () => {
          clearTimeout(timer)
          reject(abortWith())
        })
      : undefined
  })
}
