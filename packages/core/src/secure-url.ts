import { ValidationError } from './errors.js'

// One rule for every URL the SDK sends a session over: REST base URLs and WebSocket URLs alike.
// Tokens and orders travel in clear over http/ws, so those are allowed only where nothing leaves the machine.

/** Hosts where plain http/ws is allowed (the sandbox runs there): 127.0.0.0/8, `localhost` and `[::1]`. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase()
  return host === 'localhost' || host === '[::1]' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host)
}

const SECURE: Readonly<Record<string, string>> = { 'http:': 'https:', 'ws:': 'wss:' }

/**
 * Parses `raw` and refuses it unless it is `https:`/`wss:`, or `http:`/`ws:` on a loopback host.
 *
 * @param raw - the URL as the caller gave it.
 * @param field - the option that holds it (`baseUrl`, `wsUrl`, `url`), named in the error.
 * @param where - who checks it (`createFirstock`, `createStream`), the start of the message.
 * @returns the parsed URL.
 * @throws `ValidationError` `INVALID_INPUT` for something that is not an absolute http(s)/ws(s) URL,
 *   `INSECURE_URL` for http or ws off loopback.
 * @example
 * ```ts
 * checkSecureUrl('ws://127.0.0.1:8765/NorenWSTP/', 'url', 'createStream') // a URL: loopback may use ws
 * checkSecureUrl('ws://example.com/', 'url', 'createStream') // throws INSECURE_URL
 * ```
 */
export function checkSecureUrl(raw: unknown, field: string, where: string): URL {
  let url: URL | undefined
  try {
    url = typeof raw === 'string' ? new URL(raw) : undefined
  } catch {
    url = undefined
  }
  if (!url || !(url.protocol in SECURE || Object.values(SECURE).includes(url.protocol))) {
    const shown = typeof raw === 'string' ? JSON.stringify(raw.length > 80 ? `${raw.slice(0, 80)}…` : raw) : typeof raw
    throw new ValidationError(`${where}: ${field} must be an absolute https or wss URL (got ${shown})`, {
      code: 'INVALID_INPUT',
      field,
      direction: 'request',
    })
  }
  const secure = SECURE[url.protocol]
  if (secure !== undefined && !isLoopbackHost(url.hostname)) {
    throw new ValidationError(
      `${where}: ${field} must use ${secure.slice(0, -1)} unless it is a loopback host such as 127.0.0.1: ` +
        `the session token would travel in clear (got ${url.protocol}//${url.host})`,
      { code: 'INSECURE_URL', field, direction: 'request' },
    )
  }
  return url
}
