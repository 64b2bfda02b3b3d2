import { parseDecimal, parsePrice } from '../numbers.js'
import type { FrameData } from './frames.js'
import type { OrderUpdate } from './merge.js'

// What "an order changed" means when order updates are re-read from the order book after a reconnect
// (docs/connect-protocol.md §4.4): its status, filled quantity or average price. Pure functions; the stream keeps the state.

/** The part of an order's state a resync compares. */
export interface OrderState {
  readonly status: string
  readonly filled: number
  readonly averagePrice: number
}

/** Statuses after which an order never changes again. */
export const FINAL_ORDER_STATUSES: ReadonlySet<string> = new Set(['COMPLETE', 'REJECTED', 'CANCELED'])

/**
 * The state an update leaves an order in. A frame without fill keys (most reports) keeps the filled quantity and
 * average price the order had (`prev`), 0 before any fill.
 */
export function orderStateOf(update: OrderUpdate, prev?: OrderState): OrderState {
  return {
    status: update.status,
    filled: update.fillShares ?? prev?.filled ?? 0,
    averagePrice: update.averagePrice ?? prev?.averagePrice ?? 0,
  }
}

/** Whether two states are the same for a resync: same status, filled quantity and average price. */
export const sameOrderState = (a: OrderState, b: OrderState): boolean =>
  a.status === b.status && a.filled === b.filled && a.averagePrice === b.averagePrice

/**
 * Whether `update` can only be older than `current`: `current` is final and `update` differs from it, or
 * `update` has filled less. (Fills only grow and a final order never changes.)
 */
export function isStaleOrderState(update: OrderState, current: OrderState): boolean {
  if (sameOrderState(update, current)) return false
  return FINAL_ORDER_STATUSES.has(current.status) || update.filled < current.filled
}

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined)
const first = (row: Record<string, unknown>, ...keys: string[]): unknown => {
  for (const k of keys) if (row[k] !== undefined && row[k] !== '') return row[k]
  return undefined
}

/**
 * An order-book row (as `orderBook()` returns it, or raw from the wire) as an {@link OrderUpdate} with
 * `source: 'resync'`; `undefined` for a row without an order number. Never throws.
 */
export function orderUpdateFromRow(value: unknown): OrderUpdate | undefined {
  if (value === null || typeof value !== 'object') return undefined
  const row = value as Record<string, unknown>
  const orderNumber = text(first(row, 'orderNumber', 'norenordno'))
  if (!orderNumber) return undefined
  const str = (...keys: string[]) => text(first(row, ...keys)) ?? ''
  return {
    orderNumber,
    userId: str('userId', 'uid'),
    accountId: str('accountId', 'actid', 'userId'),
    exchange: str('exchange', 'exch'),
    tradingSymbol: str('tradingSymbol', 'tsym'),
    transactionType: str('transactionType', 'trantype'),
    quantity: parseDecimal(first(row, 'quantity', 'qty')) ?? 0,
    price: parsePrice(first(row, 'price', 'prc')),
    product: str('product', 'pcode', 'prd'),
    priceType: str('priceType', 'prctyp'),
    retention: str('retention', 'ret'),
    status: str('status'),
    reportType: str('reportType', 'reporttype'),
    remarks: str('remarks'),
    exchangeOrderNumber: str('exchangeOrderNumber', 'exchordid'),
    disclosedQuantity: parseDecimal(first(row, 'disclosedQuantity', 'dscqty')),
    triggerPrice: parsePrice(first(row, 'triggerPrice', 'trgprc')),
    exchangeTime: text(first(row, 'exchangeUpdateTime', 'exch_tm')),
    fillQuantity: undefined,
    fillPrice: undefined,
    fillId: undefined,
    fillTime: undefined,
    fillShares: parseDecimal(first(row, 'fillShares', 'fillshares', 'fillQuantity')),
    averagePrice: parsePrice(first(row, 'averagePrice', 'avgprc')),
    cancelQuantity: parseDecimal(first(row, 'cancelQuantity', 'cancelqty')),
    rejectReason: text(first(row, 'rejectReason', 'rejreason')),
    raw: row as FrameData,
    source: 'resync',
  }
}
