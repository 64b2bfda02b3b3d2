// Order tags: the text the SDK puts in `remarks` so an order can be found again after an unknown outcome.
// A tag must name one order only, so every order call gets a tag no earlier order can carry: the caller's text is a
// prefix, a random suffix makes it unique, and a tag already seen by this client is refused.
import type { Client } from './client.js'
import { ValidationError } from './errors.js'

/** Firstock's `remarks` holds at most 64 characters. */
export const MAX_TAG_LENGTH = 64
/** `-` and 10 random base-36 characters (about 51 bits): no two calls share a tag by chance. */
const SUFFIX_LENGTH = 11
/** The longest prefix a caller may give: what fits beside the suffix. */
export const MAX_TAG_PREFIX_LENGTH = MAX_TAG_LENGTH - SUFFIX_LENGTH

/** How many minted, unsent tags are kept. */
const MAX_UNSENT_TAGS = 10_000
/** Tags `newOrderTag()` made and no order has used yet: a call sends these as they are. */
const minted = new Set<string>()
/** Per client: tags it sent and tags it read in the order book. */
const seenTags = new WeakMap<Client, Set<string>>()

/**
 * A new unique order tag: `prefix` (default `fs`) plus a random suffix, within Firstock's 64-character `remarks`.
 * Pass it as `remarks` to place an order under exactly this tag (e.g. to store it before sending); any other
 * `remarks` is used as a prefix and gets its own suffix.
 * @example
 * ```ts
 * const tag = newOrderTag('bot-entry') // 'bot-entry-k3j9x2ab0q'
 * await firstock.placeOrder({ ...order, remarks: tag })
 * ```
 */
export function newOrderTag(prefix = 'fs'): string {
  const random = globalThis.crypto.getRandomValues(new Uint32Array(2))
  const suffix = (random[0]!.toString(36) + random[1]!.toString(36)).padStart(10, '0').slice(-10)
  const tag = `${prefix}-${suffix}`
  // Tags minted and never sent (e.g. the order failed validation) are forgotten oldest first.
  if (minted.size >= MAX_UNSENT_TAGS) minted.delete(minted.values().next().value!)
  minted.add(tag)
  return tag
}

/**
 * The tag an order with this `remarks` will carry: a tag from {@link newOrderTag} as it is, anything else (including
 * none or `''`) as the prefix of a new tag. Pass the result as `remarks` and the call sends exactly it.
 * @throws ValidationError when the prefix leaves no room for the suffix.
 */
export function orderTagFor(remarks: unknown, endpoint = 'placeOrder', field = 'remarks'): string {
  const text = typeof remarks === 'string' ? remarks.trim() : ''
  if (minted.has(text)) return text
  if (text.length > MAX_TAG_PREFIX_LENGTH) {
    throw new ValidationError(
      `${endpoint}: ${field} must be at most ${MAX_TAG_PREFIX_LENGTH} characters: the SDK adds an ${SUFFIX_LENGTH}-character unique suffix within Firstock's ${MAX_TAG_LENGTH}`,
      { code: 'INVALID_INPUT', endpoint, field, direction: 'request' },
    )
  }
  return newOrderTag(text || undefined)
}

/** The tag an order call sends ({@link orderTagFor}); refuses a tag this client already sent or saw in its order book. */
export function chooseOrderTag(client: Client, endpoint: string, field: string, given: unknown): string {
  const text = typeof given === 'string' ? given.trim() : ''
  if (seenTagsOf(client).has(text)) {
    throw new ValidationError(`${endpoint}: ${field} "${text}" is already the tag of an order in this session; use a new one (newOrderTag())`, {
      code: 'DUPLICATE_TAG',
      endpoint,
      field,
      direction: 'request',
    })
  }
  const tag = orderTagFor(text, endpoint, field)
  minted.delete(tag)
  return tag
}

/** Records tags as used by this client: the ones it sends, and the `remarks` of order book rows it reads. */
export function rememberTags(client: Client, tags: Iterable<unknown>): void {
  const seen = seenTagsOf(client)
  for (const tag of tags) if (typeof tag === 'string' && tag !== '') seen.add(tag)
}

function seenTagsOf(client: Client): Set<string> {
  let seen = seenTags.get(client)
  if (!seen) seenTags.set(client, (seen = new Set()))
  return seen
}

/**
 * How far Firstock's clock may run behind ours when an order's `orderTime` is compared with the moment we sent it.
 * `orderTime` has whole seconds and comes from the exchange side; a minute covers an unsynchronised PC clock while
 * still excluding an order from an earlier run that reused the same text.
 */
export const ORDER_TIME_SKEW_MS = 60_000

const ORDER_TIME = /^(\d{2}):(\d{2}):(\d{2}) (\d{2})-(\d{2})-(\d{4})$/
const EPOCH_SECONDS = /^\d{9,11}$/
const IST_OFFSET_MS = 330 * 60_000

/** An order book `orderTime` as epoch ms, or undefined: V3's `HH:MM:SS DD-MM-YYYY` (IST), or V1's epoch seconds. */
export function parseOrderTime(text: unknown): number | undefined {
  // V1's order book gives epoch seconds as a string (e.g. "1746004054").
  if (typeof text === 'string' && EPOCH_SECONDS.test(text.trim())) return Number(text.trim()) * 1000
  const m = typeof text === 'string' ? ORDER_TIME.exec(text.trim()) : null
  if (!m) return undefined
  const [hours, minutes, seconds, day, month, year] = m.slice(1).map(Number) as [number, number, number, number, number, number]
  if (hours > 23 || minutes > 59 || seconds > 59 || month < 1 || month > 12 || day < 1 || day > 31) return undefined
  return Date.UTC(year, month - 1, day, hours, minutes, seconds) - IST_OFFSET_MS
}

/** Whether an order book row may be the order of a request sent at `sentAt` (epoch ms): not older, allowing for skew. */
export function placedAfter(row: { orderTime?: string | undefined }, sentAt: number): boolean {
  const time = parseOrderTime(row.orderTime)
  return time !== undefined && time >= sentAt - ORDER_TIME_SKEW_MS
}
