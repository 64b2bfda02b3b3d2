import type { Instrument } from './instrument.js'

// The order model's plain data: orders and their states, fills, positions, holdings, accounts.

/** An order's status in the sandbox's order book. */
export type OrderStatus = 'PENDING' | 'OPEN' | 'TRIGGER_PENDING' | 'COMPLETE' | 'REJECTED' | 'CANCELED'

/** One state of an order as singleOrderHistory and `om` frames show it. */
export interface OrderState {
  at: number
  status: OrderStatus
  reportType: string
  price: number
  quantity: number
  priceType: string
  triggerPrice: number
  fillShares: number
  averagePrice: number
  exchordid: string
  exchangeTime?: number
  cancelQty: number
  rejectReason: string
  fill?: Fill
}

export interface Fill {
  fillId: string
  quantity: number
  price: number
  at: number
}

export interface Order {
  orderNumber: string
  userId: string
  inst: Instrument
  quantity: number
  price: number
  triggerPrice: number
  product: string
  transactionType: 'B' | 'S'
  priceType: string
  retention: string
  remarks: string
  status: OrderStatus
  reportType: string
  fillShares: number
  averagePrice: number
  exchordid: string
  exchangeTime?: number
  cancelQty: number
  rejectReason: string
  placedAt: number
  /** Placed in pre-open: waits for the 09:15 auction. */
  preOpen?: boolean
  history: OrderState[]
  fills: Fill[]
  /** A market order's protection as a fraction of the last price (V1's `mkt_protection`); 2 % when absent. */
  marketProtection?: number
  /** A market order's protection: the worst price it fills at (set when it opens, or when its stop triggers). */
  marketLimit?: number
}

/** What a placement request carries: the order's own fields, before the book adds its state. */
export type OrderInput = Pick<
  Order,
  'inst' | 'quantity' | 'price' | 'triggerPrice' | 'product' | 'transactionType' | 'priceType' | 'retention' | 'remarks'
> &
  Partial<Pick<Order, 'marketProtection'>>

export interface Position {
  inst: Instrument
  product: string
  buyQty: number
  buyAmt: number
  sellQty: number
  sellAmt: number
  net: number
  netAvg: number
  realized: number
}

export interface Holding {
  inst: Instrument
  bse?: Instrument
  quantity: number
  price: number
  used: number
  sellAmount: number
}

export interface Account {
  cash: number
  orders: Order[]
  positions: Map<string, Position>
  holdings: Holding[]
  peakMargin: number
}

export const OPEN_STATES = new Set<OrderStatus>(['OPEN', 'TRIGGER_PENDING', 'PENDING'])

export class ModifyError extends Error {}
