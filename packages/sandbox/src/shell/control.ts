// Who may use the control routes (/__sandbox/…: faults, the request log). They change what the sandbox answers and
// show what clients sent, so only a program on this machine that holds this run's token may use them: a web page
// (foreign Origin), a DNS-rebinding page (foreign Host) or another user's process without the token is refused.
import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

/** The header the control token travels in: `Authorization: Bearer <token>`. */
export const CONTROL_AUTH_SCHEME = 'Bearer'

/** A fresh per-run token: 32 random bytes, base64url. */
export function newControlToken(): string {
  return randomBytes(32).toString('base64url')
}

/** Why a control request is refused, as the sandbox's failure envelope fields. */
export interface ControlRefusal {
  status: 401 | 403
  name: string
  field: string
  message: string
}

const LOOPBACK_NAMES = new Set(['localhost', '[::1]'])
const isLoopbackName = (hostname: string) => LOOPBACK_NAMES.has(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname)

function hostnameOf(authority: string): string | undefined {
  try {
    return new URL(`http://${authority}`).hostname
  } catch {
    return undefined
  }
}

/** `undefined` when the request may use the control routes; otherwise why not. */
export function controlRefusal(req: IncomingMessage, token: string): ControlRefusal | undefined {
  const host = hostnameOf(req.headers.host ?? '')
  if (!host || !isLoopbackName(host)) {
    return { status: 403, name: 'FORBIDDEN_HOST', field: 'host', message: 'control routes answer only to a loopback Host (127.0.0.1, localhost, [::1])' }
  }
  const origin = req.headers.origin
  if (origin !== undefined) {
    let originHost: string | undefined
    try {
      originHost = new URL(origin).hostname
    } catch {
      originHost = undefined
    }
    if (!originHost || !isLoopbackName(originHost)) {
      return { status: 403, name: 'FORBIDDEN_ORIGIN', field: 'origin', message: 'control routes refuse requests from web pages of other origins' }
    }
  }
  const [scheme, given] = (req.headers.authorization ?? '').split(' ')
  if (scheme !== CONTROL_AUTH_SCHEME || !given || !sameText(given, token)) {
    return {
      status: 401,
      name: 'CONTROL_TOKEN_REQUIRED',
      field: 'authorization',
      message: "send this run's control token as 'Authorization: Bearer <token>' (startSandbox() returns it as controlToken; firstock-sandbox prints it)",
    }
  }
  return undefined
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}
