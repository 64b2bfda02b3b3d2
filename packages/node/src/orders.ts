import {
  type CallOptions,
  type Client,
  call,
  type EndpointInput,
  NetworkError,
  OrderOutcomeUnknownError,
  type OrderRow,
  type registries,
  type V1GttOrder,
} from '@firstock/core'
import { checkCount, checkDuration, invalidOption, orderTagFor, placedAfter, sleep } from '@firstock/core/protocol'

type V3 = (typeof registries)['v3']['endpoints']
type V1 = (typeof registries)['v1']['endpoints']

/** Options of `reconcileOrder` and `placeOrderAndConfirm`: how long to look for an order by its tag. */
export interface ReconcileOptions extends CallOptions {
  /** How many times to look before answering "not found": a whole number from 1 to 1000 (default 3). */
  attempts?: number
  /** Pause between looks in ms (default 500). An abort of `signal` ends the pause at once. */
  intervalMs?: number
  /**
   * When the order's request was sent (epoch ms or Date). An order book row placed before it (allowing
   * `ORDER_TIME_SKEW_MS` for clock skew) is never taken for this order, even with the same tag.
   */
  sentAt?: number | Date
}

/**
 * What `reconcileOrder` found: the order book row of the tag, or nothing. `orders` holds every row with that tag
 * (a strategy's legs all carry the call's tag).
 */
export type ReconcileResult = { found: true; order: OrderRow; orders: OrderRow[] } | { found: false }

/** What `placeOrderAndConfirm` resolves with. */
export interface ConfirmedOrder {
  orderNumber: string
  tag: string
  /** The order book row, or undefined if it was not visible yet. */
  order: OrderRow | undefined
  /** True when the placement answer was lost (or unreadable) and the order was found by its tag. */
  recovered: boolean
}

/** What a V1 client's `placeOrderAndConfirm` resolves with: every slice of the order (one unless sliced). */
export interface ConfirmedOrders {
  tag: string
  /**
   * One entry per slice: an order above the freeze quantity is placed as several orders, all with the same tag.
   * `order` is the order book row, or undefined if it was not visible yet.
   */
  orders: { orderNumber: string; order: OrderRow | undefined }[]
  /** True when the placement answer was lost (or unreadable) and the slices were found by their tag. */
  recovered: boolean
}

/**
 * Looks an order up in the order book by its tag (`remarks`), a few times, as orders take a moment to show.
 * Rejects with a `ValidationError` naming the option for a bad `attempts`, `intervalMs` or `sentAt`, and with a
 * `NetworkError` `ABORTED` as soon as `signal` aborts, during a read or a pause between reads.
 */
export function reconcileOrder(client: Client, tag: string, options: ReconcileOptions = {}): Promise<ReconcileResult> {
  return findByTag(client, tag, options, (orders) => orders.length > 0)
}

/** Reads the order book until the rows with the tag are `enough`; "not found" when they never are. */
async function findByTag(
  client: Client,
  tag: string,
  options: ReconcileOptions,
  enough: (orders: OrderRow[]) => boolean,
): Promise<ReconcileResult> {
  const checked = checkReconcileOptions('reconcileOrder', tag, options)
  const sentHere = checked.sentAt
  // Order times are the server's: read sentAt (this machine's clock) on the server's clock before comparing.
  const sentAt = sentHere === undefined ? undefined : (client.serverClock?.toServer(sentHere) ?? sentHere)
  const orderBook = client.registry.endpoints.orderBook as V3['orderBook']
  const orders = await lookRepeatedly('reconcileOrder', checked, options.signal, async () => {
    // An empty book reads as [] (Firstock's ORDERS_NOT_FOUND answer), so any error here is a failure to look.
    const rows = await call(client, orderBook, {}, options)
    const tagged = rows.filter((row) => row.remarks === tag && (sentAt === undefined || placedAfter(row, sentAt)))
    return tagged.length > 0 && enough(tagged) ? tagged : undefined
  })
  return orders ? { found: true, order: orders[0]!, orders } : { found: false }
}

/** What `reconcileGttOrder` found: the GTT book rows with the tag, or nothing. */
export type GttReconcileResult = { found: true; gtt: V1GttOrder; gtts: V1GttOrder[] } | { found: false }

/**
 * V1: looks a GTT order up in the GTT book by its tag (placeGttOrder's `remarks`), a few times. The GTT book lists
 * no placement time, so `sentAt` is not used. Rejects as `reconcileOrder` does.
 */
export async function reconcileGttOrder(client: Client, tag: string, options: ReconcileOptions = {}): Promise<GttReconcileResult> {
  const gttOrderBook = client.registry.endpoints.gttOrderBook as V1['gttOrderBook']
  const checked = checkReconcileOptions('reconcileGttOrder', tag, options)
  const gtts = await lookRepeatedly('reconcileGttOrder', checked, options.signal, async () => {
    const tagged = (await call(client, gttOrderBook, {}, options)).filter((row) => row.remarks === tag)
    return tagged.length > 0 ? tagged : undefined
  })
  return gtts ? { found: true, gtt: gtts[0]!, gtts } : { found: false }
}

/** Calls `look` up to `attempts` times, pausing between looks (an abort ends the pause), until it finds rows. */
async function lookRepeatedly<Row>(
  method: string,
  { attempts, intervalMs }: { attempts: number; intervalMs: number },
  signal: AbortSignal | undefined,
  look: () => Promise<Row[] | undefined>,
): Promise<Row[] | undefined> {
  for (let attempt = 1; ; attempt++) {
    const found = await look()
    if (found) return found
    if (attempt >= attempts) return undefined
    await sleep(intervalMs, signal, () => abortedBetweenReads(method, signal!))
  }
}

/** The most looks one `reconcileOrder` takes: with the pause, enough for minutes, never an endless loop. */
const MAX_ATTEMPTS = 1000

function checkReconcileOptions(method: string, tag: unknown, options: unknown): { attempts: number; intervalMs: number; sentAt: number | undefined } {
  if (typeof tag !== 'string' || tag === '') throw invalidOption(method, 'tag', 'a non-empty string', tag)
  if (options === null || typeof options !== 'object') throw invalidOption(method, 'options', 'an object', options)
  const given = options as ReconcileOptions
  const attempts = given.attempts === undefined ? 3 : checkCount(method, 'attempts', given.attempts, 1, MAX_ATTEMPTS)
  const intervalMs = given.intervalMs === undefined ? 500 : checkDuration(method, 'intervalMs', given.intervalMs)
  const sentAt = given.sentAt === undefined ? undefined : Number(given.sentAt)
  if (sentAt !== undefined && !Number.isFinite(sentAt)) {
    throw invalidOption(method, 'sentAt', 'epoch milliseconds or a valid Date', given.sentAt)
  }
  return { attempts, intervalMs, sentAt }
}

function abortedBetweenReads(method: string, signal: AbortSignal): NetworkError {
  return new NetworkError(`${method}: aborted between book reads; the order was not found before that`, {
    code: 'ABORTED',
    endpoint: method,
    sent: false,
    cause: signal.reason,
  })
}

/**
 * Places an order with a tag and confirms it from the order book. If the answer is lost or unreadable
 * (`OrderOutcomeUnknownError`), finds the order by its tag instead of guessing; if it cannot be found either,
 * rethrows the `OrderOutcomeUnknownError`. Never places twice.
 */
export async function placeOrderAndConfirm(
  client: Client,
  input: EndpointInput<V3['placeOrder']>,
  options: ReconcileOptions = {},
): Promise<ConfirmedOrder> {
  // The tag the call will send (the caller's remarks as a prefix), and when: an older row is never this order.
  const tag = orderTagFor(input.remarks)
  options = { ...options, sentAt: options.sentAt ?? Date.now() }
  try {
    const ack = await call(client, client.registry.endpoints.placeOrder as V3['placeOrder'], { ...input, remarks: tag }, options)
    // The order exists: a failed read of the book leaves its row unknown, never the placement.
    const found = await reconcileOrder(client, tag, { ...options, attempts: options.attempts ?? 1 }).catch(() => ({ found: false as const }))
    return { orderNumber: ack.orderNumber, tag, order: found.found ? found.order : undefined, recovered: false }
  } catch (error) {
    if (!(error instanceof OrderOutcomeUnknownError)) throw error
    // If the order book cannot be read either, the outcome is still unknown: never let a read error hide that.
    const found = await reconcileOrder(client, tag, options).catch(() => ({ found: false as const }))
    if (!found.found) throw error
    return { orderNumber: found.order.orderNumber, tag, order: found.order, recovered: true }
  }
}

/**
 * V1's `placeOrderAndConfirm`: places with a tag and confirms every slice from the order book (an order above the
 * freeze quantity comes back as several orders with one tag). After a lost or unreadable answer it looks for the
 * tag until the slices found add up to the quantity sent; if they never do, it rethrows the
 * `OrderOutcomeUnknownError` (then `reconcileOrder(tag)` lists what exists). Never places twice.
 */
export async function placeOrderAndConfirmV1(
  client: Client,
  input: EndpointInput<V1['placeOrder']>,
  options: ReconcileOptions = {},
): Promise<ConfirmedOrders> {
  const tag = orderTagFor(input.remarks)
  options = { ...options, sentAt: options.sentAt ?? Date.now() }
  const quantity = Number(input.quantity)
  const allSlices = (orders: OrderRow[]) => orders.reduce((sum, row) => sum + Number(row.quantity), 0) >= quantity
  try {
    const ack = await call(client, client.registry.endpoints.placeOrder as V1['placeOrder'], { ...input, remarks: tag }, options)
    // The orders exist: a failed read of the book leaves their rows unknown, never the placement.
    const found = await findByTag(client, tag, { ...options, attempts: options.attempts ?? 1 }, allSlices).catch(() => undefined)
    const rows = found?.found ? found.orders : []
    const orders = ack.orders.map(({ orderNumber }) => ({ orderNumber, order: rows.find((row) => row.orderNumber === orderNumber) }))
    return { tag, orders, recovered: false }
  } catch (error) {
    if (!(error instanceof OrderOutcomeUnknownError)) throw error
    const found = await findByTag(client, tag, options, allSlices).catch(() => ({ found: false as const }))
    if (!found.found) throw error
    return { tag, orders: found.orders.map((order) => ({ orderNumber: order.orderNumber, order })), recovered: true }
  }
}
