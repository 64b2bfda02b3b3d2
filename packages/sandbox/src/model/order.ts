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
  history: OrderState[]
  fills: Fill[]
}

/** What a placement request carries: the order's own fields, before the book adds its state. */
export type OrderInput = Pick<
  Order,
  'inst' | 'quantity' | 'price' | 'triggerPrice' | 'product' | 'transactionType' | 'priceType' | 'retention' | 'remarks'
>

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

/** Largest quantity filled in one go: bigger orders fill partially over several steps. */
export function fillCap(inst: Instrument): number {
  return inst.kind === 'equity' ? 500 : inst.lotSize * 10
}

export const OPEN_STATES = new Set<OrderStatus>(['OPEN', 'TRIGGER_PENDING', 'PENDING'])

export class ModifyError extends Error {}

/** Adds a signed fill to a position's net quantity, realising P&L on the part that closes it. */
export function applyToNet(position: Position, signed: number, price: number): void {
  if (position.net === 0 || Math.sign(position.net) === Math.sign(signed)) {
    const total = Math.abs(position.net) + Math.abs(signed)
    position.netAvg = (Math.abs(position.net) * position.netAvg + Math.abs(signed) * price) / total
    position.net += signed
    return
  }
  const closing = Math.min(Math.abs(signed), Math.abs(position.net))
  position.realized += closing * (price - position.netAvg) * Math.sign(position.net)
  position.net += signed
  if (position.net === 0) position.netAvg = 0
  else if (Math.sign(position.net) === Math.sign(signed)) position.netAvg = price
}
