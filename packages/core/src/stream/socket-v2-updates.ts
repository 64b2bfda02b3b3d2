import { parseDecimal, parsePrice } from '../numbers.js'
import type { FrameData } from './frames.js'
import type { GreeksFrame, PositionFrame } from './protocol.js'

// Socket V2's pushed position updates (`brkname`) and option Greeks, typed. Values are strings or numbers on the
// wire; numbers are parsed with the wire rule (plain decimals only, anything else is `undefined`).

/** One exchange leg of a position update (`child_orders[]`). */
export interface PositionLeg {
  readonly exchange: string
  readonly token: string
  readonly tradingSymbol: string
  readonly netQuantity: number | undefined
  readonly buyAveragePrice: number | undefined
  readonly sellAveragePrice: number | undefined
  readonly dayBuyQuantity: number | undefined
  readonly realizedPnl: number | undefined
}

/** A position update, pushed by socket V2 after a fill (API V1 only). Amounts and prices are in rupees. */
export interface PositionUpdate {
  readonly userId: string
  readonly accountId: string
  /** The segment (`EQT` for equities), not the exchange; each leg names its exchange. */
  readonly segment: string
  readonly tradingSymbol: string
  /** The symbol name (`VIKASLIFE`): socket V2 sends it in its `token` key. */
  readonly symbolName: string
  /** `pcode`: C, M or I. */
  readonly product: string
  readonly netQuantity: number | undefined
  readonly dayBuyQuantity: number | undefined
  readonly daySellQuantity: number | undefined
  readonly buyAveragePrice: number | undefined
  readonly sellAveragePrice: number | undefined
  readonly dayBuyAmount: number | undefined
  readonly totalBuyAmount: number | undefined
  readonly totalSellAmount: number | undefined
  readonly realizedPnl: number | undefined
  readonly legs: readonly PositionLeg[]
  /** The frame as received, for keys this type does not name. */
  readonly raw: Readonly<Record<string, unknown>>
}

/** Option Greeks of one option (socket V2, API V1 only). The units are Firstock's; the feed does not document them. */
export interface OptionGreeks {
  readonly exchange: string
  readonly token: string
  /** `EXCH|TOKEN`, as the subscription key. */
  readonly key: string
  readonly delta: number | undefined
  readonly gamma: number | undefined
  readonly theta: number | undefined
  readonly vega: number | undefined
  readonly rho: number | undefined
  readonly raw: FrameData
}

const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '')

function leg(value: unknown): PositionLeg | undefined {
  if (value === null || typeof value !== 'object') return undefined
  const r = value as Record<string, unknown>
  return {
    exchange: text(r.exch),
    token: text(r.token),
    tradingSymbol: text(r.tsym),
    netQuantity: parseDecimal(r.netqty),
    buyAveragePrice: parsePrice(r.buyavgprc),
    sellAveragePrice: parsePrice(r.sellavgprc),
    dayBuyQuantity: parseDecimal(r.daybuyqty),
    realizedPnl: parseDecimal(r.rpnl),
  }
}

/**
 * A raw `pm` frame as a typed {@link PositionUpdate}. Never throws.
 * @example
 * ```ts
 * socketV2Protocol.decode(message, (frame) => {
 *   if (frame.t === 'pm') console.log(toPositionUpdate(frame).netQuantity)
 * })
 * ```
 */
export function toPositionUpdate(frame: PositionFrame): PositionUpdate {
  const d = frame.data
  const children = Array.isArray(d.child_orders) ? d.child_orders : []
  return {
    userId: text(d.uid),
    accountId: text(d.actid),
    segment: text(d.exch),
    tradingSymbol: text(d.tsym),
    symbolName: text(d.token),
    product: text(d.pcode),
    netQuantity: parseDecimal(d.netqty),
    dayBuyQuantity: parseDecimal(d.daybuyqty),
    daySellQuantity: parseDecimal(d.daysellqty),
    buyAveragePrice: parsePrice(d.buyavgprc),
    sellAveragePrice: parsePrice(d.sellavgprc),
    dayBuyAmount: parseDecimal(d.daybuyamt),
    totalBuyAmount: parseDecimal(d.totbuyamt),
    totalSellAmount: parseDecimal(d.totsellamt),
    realizedPnl: parseDecimal(d.rpnl),
    legs: children.map(leg).filter((l): l is PositionLeg => l !== undefined),
    raw: d,
  }
}

/** A raw `gk` frame as typed {@link OptionGreeks}. Never throws. */
export function toOptionGreeks(frame: GreeksFrame): OptionGreeks {
  const d = frame.data
  return {
    exchange: frame.e,
    token: frame.tk,
    key: `${frame.e}|${frame.tk}`,
    delta: parseDecimal(d.delta),
    gamma: parseDecimal(d.gamma),
    theta: parseDecimal(d.theta),
    vega: parseDecimal(d.vega),
    rho: parseDecimal(d.rho),
    raw: d,
  }
}
