/** Keys whose values are secrets wherever they appear in a request, a session or a log line. */
const SECRET_KEYS = new Set(
  ['password', 'apikey', 'apisecret', 'secret', 'jkey', 'susertoken', 'totp', 'totpsecret', 'token_secret'].map(
    (k) => k.toLowerCase(),
  ),
)

/** What a secret is replaced with: `'[REDACTED]'`. */
export const REDACTED = '[REDACTED]'

/**
 * Secret values seen by this process (passwords, keys, session tokens); scrubbed from every error and log line.
 * Longest first, so a secret that contains another one is replaced whole, not left half visible.
 */
let knownSecrets: string[] = []

/** Remember a secret value so that it is scrubbed from any text that later carries it. */
export function registerSecret(value: string | undefined): void {
  // Very short values would scrub ordinary words; real secrets are long.
  if (value && value.length >= 4 && !knownSecrets.includes(value)) {
    knownSecrets = [...knownSecrets, value].sort((a, b) => b.length - a.length)
  }
}

/**
 * True for object keys whose values are secrets (`password`, `jKey`, `apiKey`, `susertoken`, …).
 * @example
 * ```ts
 * isSecretKey('jKey') // true
 * ```
 */
export function isSecretKey(key: string): boolean {
  return SECRET_KEYS.has(key.toLowerCase())
}

/** Replace every registered secret value in `text`. */
export function scrub(text: string): string {
  let out = text
  for (const secret of knownSecrets) if (out.includes(secret)) out = out.split(secret).join(REDACTED)
  return out
}

/** What stands in for anything nested deeper than redaction looks: unseen content may hold a secret. */
const TOO_DEEP = '[…]'
const MAX_DEPTH = 8

/** A deep copy of `value` with secret keys replaced and registered secret values scrubbed. */
export function redact<T>(value: T): T {
  return redactValue(value, 0) as T
}

function redactValue(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return scrub(value)
  if (value === null || typeof value !== 'object') return value
  if (depth > MAX_DEPTH) return TOO_DEEP
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1))
  const out: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) {
    out[key] = isSecretKey(key) ? REDACTED : redactValue(item, depth + 1)
  }
  return out
}
