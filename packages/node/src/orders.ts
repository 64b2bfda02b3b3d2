import {
  type CallOptions,
  type Client,
  call,
  type EndpointInput,
  OrderOutcomeUnknownError,
  type OrderRow,
  orderTagFor,
  placedAfter,
  type registries,
} from '@firstock/core'

type V3 = (typeof registries)['v3']['endpoints']

/** Options of `reconcileOrder` and `placeOrderAndConfirm`: how long to look for an order by its tag. */
export interface ReconcileOptions extends CallOptions {
  /** How many times to look before answering "not found" (default 3). */
  attempts?: number
  /** Pause between looks in ms (default 500). */
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

/** Looks an order up in the order book by its tag (`remarks`), a few times, as orders take a moment to show. */
export async function reconcileOrder(client: Client, tag: string, options: ReconcileOptions = {}): Promise<ReconcileResult> {
  const attempts = options.attempts ?? 3
  const intervalMs = options.intervalMs ?? 500
  for (let attempt = 1; ; attempt++) {
    // An empty book reads as [] (Firstock's ORDERS_NOT_FOUND answer), so any error here is a failure to look.
    const rows = await call(client, client.registry.endpoints.orderBook as V3['orderBook'], {}, options)
    // Order times are the server's: read sentAt (this machine's clock) on the server's clock before comparing.
    const sentAt = options.sentAt === undefined ? undefined : (client.serverClock?.toServer(Number(options.sentAt)) ?? Number(options.sentAt))
    const orders = rows.filter((row) => row.remarks === tag && (sentAt === undefined || placedAfter(row, sentAt)))
    if (orders.length > 0) return { found: true, order: orders[0]!, orders }
    if (attempt >= attempts) return { found: false }
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
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
    const found = await reconcileOrder(client, tag, { ...options, attempts: options.attempts ?? 1 })
    return { orderNumber: ack.orderNumber, tag, order: found.found ? found.order : undefined, recovered: false }
  } catch (error) {
    if (!(error instanceof OrderOutcomeUnknownError)) throw error
    // If the order book cannot be read either, the outcome is still unknown: never let a read error hide that.
    const found = await reconcileOrder(client, tag, options).catch(() => ({ found: false as const }))
    if (!found.found) throw error
    return { orderNumber: found.order.orderNumber, tag, order: found.order, recovered: true }
  }
}
