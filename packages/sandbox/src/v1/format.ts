import type { AmoOrder } from '../model/amo.js'
import type { Gtt } from '../model/gtt.js'
import type { Broker, Order, OrderInput } from '../model/broker.js'
import type { Instrument } from '../model/market.js'
import type { Position } from '../model/order.js'
import { dateTime, fixed, requestTime } from '../util.js'

// Model state → V1 rows (docs/developer-api-protocol.md §2.4). Values are strings except where §2 says numbers.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const p2 = (n: number) => String(n).padStart(2, '0')

/** `DD-Mon-YYYY HH:MM:SS` in IST (exchangeTime, socket feed time). */
export function exchangeTime(ms: number): string {
  const d = new Date(ms + 330 * 60_000)
  return `${p2(d.getUTCDate())}-${MONTHS[d.getUTCMonth()]}-${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`
}

const epochSeconds = (ms: number) => String(Math.floor(ms / 1000))

export function orderRow(order: Order): Record<string, string> {
  const { inst } = order
  return {
    averagePrice: fixed(order.averagePrice),
    exchange: inst.exchange,
    fillShares: String(order.fillShares),
    lotSize: String(inst.lotSize),
    orderNumber: order.orderNumber,
    orderTime: epochSeconds(order.placedAt),
    price: fixed(order.price),
    priceType: order.priceType,
    product: order.product,
    quantity: String(order.quantity),
    rejectReason: order.rejectReason,
    remarks: order.remarks,
    retention: order.retention,
    status: order.status,
    tickSize: fixed(inst.tickSize),
    token: inst.token,
    tradingSymbol: inst.tradingSymbol,
    transactionType: order.transactionType,
    triggerPrice: fixed(order.triggerPrice),
    userId: order.userId,
  }
}

/** An AMO still waiting for the open, as an orderBook row. */
export function amoRow(amo: AmoOrder): Record<string, string> {
  const { input } = amo
  return {
    averagePrice: '0.00',
    exchange: input.inst.exchange,
    fillShares: '0',
    lotSize: String(input.inst.lotSize),
    orderNumber: amo.amoNumber,
    orderTime: epochSeconds(amo.placedAt),
    price: fixed(input.price),
    priceType: input.priceType,
    product: input.product,
    quantity: String(input.quantity),
    rejectReason: '',
    remarks: input.remarks,
    retention: input.retention,
    status: amo.status,
    tickSize: fixed(input.inst.tickSize),
    token: input.inst.token,
    tradingSymbol: input.inst.tradingSymbol,
    transactionType: input.transactionType,
    triggerPrice: fixed(input.triggerPrice),
    userId: amo.userId,
  }
}

const REPORT_TYPES: Record<string, string> = {
  NewAck: 'New Ack',
  PendingNew: 'Pending New',
  New: 'New',
  TriggerPending: 'Trigger Pending',
  ModAck: 'Mod Ack',
  PendingReplace: 'Pending Replace',
  Replaced: 'Replaced',
  PendingCancel: 'Pending Cancel',
  Canceled: 'Cancelled',
  Rejected: 'Rejected',
  Fill: 'Fill',
}

/** singleOrderHistory rows, newest first. */
export function historyRows(order: Order): Array<Record<string, string>> {
  const { inst } = order
  return [...order.history].reverse().map((s) => ({
    averagePrice: fixed(s.averagePrice),
    exchange: inst.exchange,
    exchangeOrderNum: s.exchordid,
    exchangeTime: exchangeTime(s.exchangeTime ?? 0),
    fillShares: String(s.fillShares),
    orderNumber: order.orderNumber,
    orderTime: requestTime(s.at),
    price: fixed(s.price),
    priceType: s.priceType,
    product: order.product,
    quantity: String(s.quantity),
    rejectReason: s.rejectReason,
    remarks: order.remarks,
    reportType: REPORT_TYPES[s.reportType] ?? s.reportType,
    retention: order.retention,
    status: s.status,
    tickSize: fixed(inst.tickSize),
    token: inst.token,
    tradingSymbol: inst.tradingSymbol,
    transactionType: order.transactionType,
    userId: order.userId,
  }))
}

/** tradeBook rows, newest first; `fillPrice` is a number in V1. */
export function tradeRows(broker: Broker, userId: string): Array<Record<string, unknown>> {
  const rows: Array<Record<string, unknown>> = []
  for (const order of broker.orders(userId)) {
    const { inst } = order
    for (const fill of order.fills) {
      rows.push({
        exchange: inst.exchange,
        exchangeUpdateTime: dateTime(fill.at),
        exchordid: order.exchordid,
        fillId: fill.fillId,
        fillPrice: fill.price,
        fillQuantity: String(fill.quantity),
        fillTime: dateTime(fill.at),
        fillshares: String(order.fillShares),
        lotSize: String(inst.lotSize),
        orderNumber: order.orderNumber,
        orderTime: requestTime(order.placedAt),
        priceFactor: '1',
        pricePrecision: String(inst.pricePrecision),
        priceType: order.priceType,
        product: order.product,
        quantity: String(order.quantity),
        retention: order.retention,
        tickSize: fixed(inst.tickSize),
        token: inst.token,
        tradingSymbol: inst.tradingSymbol,
        transactionType: order.transactionType,
        userId,
      })
    }
  }
  return rows.reverse()
}

/** A position's day amounts and averages, as both the position book and the position update show them. */
export function positionAmounts(p: Position) {
  return {
    buyAmount: fixed(p.buyAmt),
    buyAverage: fixed(p.buyQty ? p.buyAmt / p.buyQty : 0),
    sellAmount: fixed(p.sellAmt),
    sellAverage: fixed(p.sellQty ? p.sellAmt / p.sellQty : 0),
  }
}

/** positionBook rows from the model's positions. */
export function positionRows(broker: Broker, userId: string): Array<Record<string, string>> {
  return broker.positions(userId).map((p) => {
    const amounts = positionAmounts(p)
    return {
      RealizedPNL: fixed(p.realized),
      cfBuyAmt: '',
      cfBuyQty: '',
      cfSellAmt: '',
      cfSellQty: '',
      dayBuyAmount: amounts.buyAmount,
      dayBuyAveragePrice: amounts.buyAverage,
      dayBuyQuantity: String(p.buyQty),
      daySellAmount: amounts.sellAmount,
      daySellAveragePrice: amounts.sellAverage,
      daySellQuantity: String(p.sellQty),
      exchange: p.inst.exchange,
      lastTradedPrice: fixed(p.inst.ltp),
      lotSize: String(p.inst.lotSize),
      netAveragePrice: fixed(p.netAvg),
      netQuantity: String(p.net),
      netUploadPrice: '0.00',
      product: p.product,
      tickSize: fixed(p.inst.tickSize),
      token: p.inst.token,
      totalMTM: fixed(p.unrealized),
      totalPNL: fixed(p.realized + p.unrealized),
      tradingSymbol: p.inst.tradingSymbol,
      uploadPrice: '0.00',
      userId,
    }
  })
}

/** One exchange listing of a holding. */
export const holdingSymbol = (inst: Instrument) => ({
  exchange: inst.exchange,
  tradingSymbol: inst.tradingSymbol,
  token: inst.token,
  pricePrecision: String(inst.pricePrecision),
  tickSize: fixed(inst.tickSize),
  lotSize: String(inst.lotSize),
})

/** holdingsDetails rows: the model's holdings with V1's extra quantities (all held in the demat account). */
export function holdingDetailRows(broker: Broker, userId: string): Array<Record<string, unknown>> {
  return broker.holdings(userId).map((h) => ({
    exchangeTradingSymbol: h.bse ? [holdingSymbol(h.inst), holdingSymbol(h.bse)] : [holdingSymbol(h.inst)],
    sellAmount: fixed(h.sellAmount, 6),
    holdQuantity: String(h.quantity),
    hairCut: '0.125',
    dpQuantity: String(h.quantity),
    unPledgeQuantity: '0',
    uploadPrice: fixed(h.price),
    BTSTQuantity: '0',
    usedQuantity: String(h.used),
    tradeQuantity: String(h.used),
    brokerCollateralQuantity: '0',
    beneficiaryQuantity: '0',
    collateralQuantity: '0',
  }))
}

/** A V1 order request body for an order input (GttOrderBook's `OrderParams`). */
export function orderParams(input: OrderInput): Record<string, string> {
  return {
    exchange: input.inst.exchange,
    retention: input.retention,
    product: input.product,
    priceType: input.priceType,
    tradingSymbol: input.inst.tradingSymbol,
    transactionType: input.transactionType,
    price: fixed(input.price),
    triggerPrice: fixed(input.triggerPrice),
    quantity: String(input.quantity),
    remarks: input.remarks,
  }
}

export function gttRow(gtt: Gtt): Record<string, unknown> {
  return {
    GTTid: gtt.id,
    tradingSymbol: gtt.inst.tradingSymbol,
    exchange: gtt.inst.exchange,
    validity: gtt.validity,
    value: fixed(gtt.value),
    remarks: gtt.remarks,
    status: gtt.status,
    OrderParams: orderParams(gtt.order),
  }
}
