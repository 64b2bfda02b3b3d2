import { createHmac } from 'node:crypto'

/** A small seeded PRNG (mulberry32): the whole market is a function of this stream. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A 32-bit seed from a number or any string (FNV-1a). */
export function seedFrom(seed: number | string): number {
  const text = String(seed)
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** Standard normal from two uniforms (Box–Muller). */
export function gaussian(rand: () => number): number {
  const u = Math.max(rand(), 1e-12)
  const v = rand()
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
}

// ---- wall-clock strings: Firstock writes every time in IST ----

export const IST_OFFSET_MS = 330 * 60_000
export const MINUTE_MS = 60_000
export const DAY_MS = 86_400_000
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']

const p2 = (n: number) => String(n).padStart(2, '0')

function parts(ms: number) {
  const d = new Date(ms + IST_OFFSET_MS)
  return {
    y: d.getUTCFullYear(),
    mo: d.getUTCMonth(),
    d: d.getUTCDate(),
    h: d.getUTCHours(),
    mi: d.getUTCMinutes(),
    s: d.getUTCSeconds(),
    wd: d.getUTCDay(),
  }
}

/** `HH:MM:SS DD-MM-YYYY` (requestTime, orderTime). */
export function requestTime(ms: number): string {
  const t = parts(ms)
  return `${p2(t.h)}:${p2(t.mi)}:${p2(t.s)} ${p2(t.d)}-${p2(t.mo + 1)}-${t.y}`
}
/** `DD-MM-YYYY HH:MM:SS` (fillTime, exch_tm, candle time). */
export function dateTime(ms: number): string {
  const t = parts(ms)
  return `${p2(t.d)}-${p2(t.mo + 1)}-${t.y} ${p2(t.h)}:${p2(t.mi)}:${p2(t.s)}`
}
/** `HH:MM:SS`. */
export function clockTime(ms: number): string {
  const t = parts(ms)
  return `${p2(t.h)}:${p2(t.mi)}:${p2(t.s)}`
}
/** `DDMMMYY`, as in option symbols and strategy `expiry`. */
export function ddmmmyy(ms: number): string {
  const t = parts(ms)
  return `${p2(t.d)}${MONTHS[t.mo]}${p2(t.y % 100)}`
}
/** `DD-MMM-YYYY`, as in optionGreek/spanCalculators dates. */
export function ddMmmYyyy(ms: number): string {
  const t = parts(ms)
  return `${p2(t.d)}-${MONTHS[t.mo]}-${t.y}`
}
/** `YYMMDD` prefix of order numbers. */
export function yymmdd(ms: number): string {
  const t = parts(ms)
  return `${p2(t.y % 100)}${p2(t.mo + 1)}${p2(t.d)}`
}
/** IST weekday, 0 = Sunday. */
export function weekday(ms: number): number {
  return parts(ms).wd
}
/** The epoch ms of IST midnight of the day containing `ms`. */
export function istMidnight(ms: number): number {
  return Math.floor((ms + IST_OFFSET_MS) / DAY_MS) * DAY_MS - IST_OFFSET_MS
}
/** `DD/MM/YYYY HH:MM:SS` in IST → epoch ms, or undefined. */
export function parseSlashTime(text: string): number | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text.trim())
  if (!m) return undefined
  const ms = Date.UTC(+m[3]!, +m[2]! - 1, +m[1]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0)) - IST_OFFSET_MS
  return Number.isFinite(ms) ? ms : undefined
}
/** `DD-MMM-YYYY` or `DDMMMYY` → IST midnight epoch ms, or undefined. */
export function parseExpiry(text: string): number | undefined {
  const m = /^(\d{1,2})-?([A-Za-z]{3})-?(\d{2}|\d{4})$/.exec(text.trim())
  if (!m) return undefined
  const mo = MONTHS.indexOf(m[2]!.toUpperCase())
  if (mo < 0) return undefined
  const y = m[3]!.length === 2 ? 2000 + +m[3]! : +m[3]!
  return Date.UTC(y, mo, +m[1]!) - IST_OFFSET_MS
}

// ---- numbers on the wire ----

export function roundTo(value: number, tick: number): number {
  return Math.round(Math.round(value / tick) * tick * 100) / 100
}
export function fixed(value: number, decimals = 2): string {
  return (Object.is(value, -0) ? 0 : value).toFixed(decimals)
}
/** A number from a wire value that may be a string or a number; NaN when it is neither. */
export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value
  if (typeof value === 'string' && value.trim() !== '') return Number(value)
  return Number.NaN
}

// ---- TOTP (RFC 6238, HMAC-SHA1, 30 s, 6 digits) ----

function base32Decode(secret: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
  const clean = secret.toUpperCase().replace(/[\s=-]/g, '')
  let bits = 0
  let value = 0
  const out: number[] = []
  for (const char of clean) {
    const index = alphabet.indexOf(char)
    if (index < 0) continue
    value = (value << 5) | index
    bits += 5
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff)
      bits -= 8
    }
  }
  return Buffer.from(out)
}

export function totp(secret: string, atMs: number): string {
  const counter = Buffer.alloc(8)
  counter.writeBigUInt64BE(BigInt(Math.floor(atMs / 30_000)))
  const mac = createHmac('sha1', base32Decode(secret)).update(counter).digest()
  const offset = mac[mac.length - 1]! & 0x0f
  const code = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000
  return String(code).padStart(6, '0')
}

/** True when `code` is the TOTP of the current 30 s step or one step either side. */
export function checkTotp(secret: string, code: string, nowMs: number): boolean {
  return [-30_000, 0, 30_000].some((skew) => totp(secret, nowMs + skew) === code)
}
