/**
 * Runs `load` once and keeps its result, but forgets a failure so the next call tries again. Used for the
 * libraries the SDK imports on first use rather than at start-up (zod, papaparse, otpauth).
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined
      throw error
    }))
}
