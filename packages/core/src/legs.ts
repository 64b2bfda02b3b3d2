import type { Client } from './client.js'
import type { Endpoint } from './define-endpoint.js'
import { chooseOrderTag, newOrderTag } from './order-tags.js'
import { LegsRejectedError, type PlacedLeg, type RejectedLeg } from './errors.js'
import type { LegOutcome } from './endpoints/v3/shared.js'

type WireBody = Record<string, unknown>
/** Firstock's `remarks` limit. */
const REMARKS_MAX = 64

/** The tag of leg `n` (1-based) of a call tagged `tag`, within Firstock's 64-character `remarks`. */
export function legTag(tag: string, n: number): string {
  const suffix = `-${n}`
  return tag.slice(0, REMARKS_MAX - suffix.length) + suffix
}

/**
 * Tags every leg the caller sends (`data[]` of multiPlaceOrders, `legs[]` of V1's basketOrder): legs without `remarks` get `<callTag>-<n>` from one
 * new call tag; a leg with its own `remarks` gets it as a unique prefix, like placeOrder. Each leg can then be found
 * again after an unknown outcome. Returns the tag of every leg. (Strategies: Firstock builds the legs from the one
 * `remarks`, so every leg carries the call tag.)
 */
export function tagLegs(client: Client, endpoint: Endpoint, wire: WireBody): string[] | undefined {
  const field = endpoint.legsField ?? 'data'
  if (endpoint.legs !== 'items' || !Array.isArray(wire[field])) return undefined
  const callTag = newOrderTag()
  wire[field] = (wire[field] as WireBody[]).map((item, index) => ({
    ...item,
    remarks:
      item.remarks === undefined || item.remarks === ''
        ? legTag(callTag, index + 1)
        : chooseOrderTag(client, endpoint.name, `${field}[${index}].remarks`, item.remarks),
  }))
  return (wire[field] as WireBody[]).map((item) => item.remarks as string)
}

/** The tag each leg carries, from the body as sent (`undefined` where unknown). */
export function tagsOfLegs(endpoint: Endpoint, body: WireBody): (string | undefined)[] | undefined {
  const items = body[endpoint.legsField ?? 'data']
  if (endpoint.legs === 'items' && Array.isArray(items)) {
    return (items as WireBody[]).map((item) => (typeof item.remarks === 'string' ? item.remarks : undefined))
  }
  return undefined
}

/**
 * Settles a multi-leg answer: every leg placed → the legs with their tags; any leg refused → `LegsRejectedError`
 * with the placed legs (to unwind) and the refused ones. Firstock answers such a partial result as a success.
 */
export function settleLegs(endpoint: Endpoint, outcomes: readonly LegOutcome[], body: WireBody): PlacedLeg[] {
  const itemTags = tagsOfLegs(endpoint, body)
  const callTag = endpoint.tagField ? (body[endpoint.tagField] as string | undefined) : undefined
  const placed: PlacedLeg[] = []
  const rejected: RejectedLeg[] = []
  for (const outcome of outcomes) {
    const tag = itemTags ? itemTags[outcome.leg - 1] : callTag
    if ('rejected' in outcome) {
      const { rejected: _flag, ...leg } = outcome
      rejected.push({ ...leg, tag })
    } else placed.push({ ...outcome, tag })
  }
  if (rejected.length === 0) return placed
  const list = rejected.map((leg) => `leg ${leg.leg}: ${leg.reason} (${leg.errorName})`).join('; ')
  const kept = placed.length === 0 ? 'No leg was placed.' : `${placed.length} leg(s) ARE placed: ${placed.map((leg) => leg.orderNumber).join(', ')} — unwind them if needed (error.placed).`
  throw new LegsRejectedError(
    `${endpoint.name}: ${rejected.length} of ${outcomes.length} legs rejected (${list}). ${kept} Nothing was re-sent.`,
    { code: 'LEGS_REJECTED', endpoint: endpoint.name, placed, rejected },
  )
}
