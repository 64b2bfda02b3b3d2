import type { Broker, Order, OrderState } from '../model/broker.js'
import type { Instrument } from '../model/market.js'
import { dateTime, fixed, requestTime } from '../util.js'

// V3's order, trade, position and holding rows and the Noren `om` order-update frame.

export function orderRow(order: Order): Record<string, string> {
  const { inst } = order
  return {
    userId: order.userId,
    orderNumber: order.orderNumber,
    exchange: inst.exchange,
    tradingSymbol: inst.tradingSymbol,
    quantity: String(order.quantity),
    transactionType: order.transactionType,
    priceType: order.priceType,
    retention: order.retention,
    token: inst.token,
    lotSize: String(inst.lotSize),
    tickSize: fixed(inst.tickSize),
    price: fixed(order.price),
    triggerPrice: fixed(order.triggerPrice),
    product: order.product,
    status: order.status,
    reportType: order.reportType,
    orderTime: requestTime(order.placedAt),
    fillshares: String(order.fillShares),
    averagePrice: fixed(order.averagePrice),
    remarks: order.remarks,
    rejectReason: order.rejectReason,
    exchordid: order.exchordid,
    cancelQuantity: String(order.cancelQty),
    exchangeUpdateTime: order.exchangeTime !== undefined ? dateTime(order.exchangeTime) : '',
  }
}

export function historyRows(order: Order): Array<Record<string, string>> {
  const { inst } = order
  return [...order.history].reverse().map((s) => ({
    exchange: inst.exchange,
    orderNumber: order.orderNumber,
    userId: order.userId,
    tradingSymbol: inst.tradingSymbol,
    price: fixed(s.price),
    quantity: String(s.quantity),
    product: order.product,
    status: s.status,
    reportType: s.reportType,
    transactionType: order.transactionType,
    priceType: s.priceType,
    retention: order.retention,
    orderTime: requestTime(s.at),
    fillShares: String(s.fillShares),
    averagePrice: fixed(s.averagePrice),
    rejectReason: s.rejectReason,
    exchangeOrderNumber: s.exchordid,
    cancelQuantity: String(s.cancelQty),
    remarks: order.remarks,
    token: inst.token,
    tickSize: fixed(inst.tickSize),
    triggerPrice: fixed(s.triggerPrice),
  }))
}

export function tradeRows(broker: Broker, userId: string): Array<Record<string, string>> {
  const rows: Array<Record<string, string>> = []
  for (const order of broker.orders(userId)) {
    const { inst } = order
    for (const fill of order.fills) {
      rows.push({
        userId,
        exchange: inst.exchange,
        priceType: order.priceType,
        retention: order.retention,
        product: order.product,
        fillId: fill.fillId,
        fillTime: dateTime(fill.at),
        transactionType: order.transactionType,
        tradingSymbol: inst.tradingSymbol,
        quantity: String(order.quantity),
        token: inst.token,
        fillshares: String(order.fillShares),
        pricePrecision: String(inst.pricePrecision),
        lotSize: String(inst.lotSize),
        tickSize: fixed(inst.tickSize),
        price: fixed(order.price),
        fillPrice: fixed(fill.price),
        fillQuantity: String(fill.quantity),
        remarks: order.remarks,
        exchordid: order.exchordid,
        orderNumber: order.orderNumber,
        priceFactor: '1.000000',
        orderTime: requestTime(order.placedAt),
        exchangeUpdateTime: dateTime(fill.at),
      })
    }
  }
  return rows
}

export function positionRows(broker: Broker, userId: string): Array<Record<string, string>> {
  return broker
    .positions(userId)
    .map((p) => ({
      userId,
      exchange: p.inst.exchange,
      tradingSymbol: p.inst.tradingSymbol,
      product: p.product,
      token: p.inst.token,
      pricePrecision: String(p.inst.pricePrecision),
      lotSize: String(p.inst.lotSize),
      tickSize: fixed(p.inst.tickSize),
      mult: '1',
      priceFactor: '1.000000',
      dayBuyQuantity: String(p.buyQty),
      daySellQuantity: String(p.sellQty),
      dayBuyAmount: fixed(p.buyAmt),
      dayBuyAveragePrice: fixed(p.buyQty ? p.buyAmt / p.buyQty : 0),
      daySellAmount: fixed(p.sellAmt),
      daySellAveragePrice: fixed(p.sellQty ? p.sellAmt / p.sellQty : 0),
      netQuantity: String(p.net),
      netAveragePrice: fixed(p.netAvg),
      lastTradedPrice: fixed(p.inst.ltp),
      RealizedPNL: fixed(p.realized),
      unrealizedMTOM: fixed(p.unrealized),
      uploadPrice: '0.00',
      netUploadPrice: '0.00',
    }))
}

export function holdingRows(broker: Broker, userId: string): Array<Record<string, unknown>> {
  const row = (inst: Instrument) => ({
    exchange: inst.exchange,
    tradingSymbol: inst.tradingSymbol,
    token: inst.token,
    pricePrecision: String(inst.pricePrecision),
    tickSize: fixed(inst.tickSize),
    lotSize: String(inst.lotSize),
  })
  return broker.holdings(userId).map((h) => ({
    exchangeTradingSymbol: h.bse ? [row(h.inst), row(h.bse)] : [row(h.inst)],
    holdQuantity: String(h.quantity),
    BTSTQuantity: '0',
    usedQuantity: String(h.used),
    tradeQuantity: String(h.used),
    sellAmount: fixed(h.sellAmount, 6),
    uploadPrice: fixed(h.price),
  }))
}

/** The `om` frame for one state of an order. */
export function orderFrame(order: Order, state: OrderState): Record<string, string> {
  const { inst } = order
  const frame: Record<string, string> = {
    t: 'om',
    norenordno: order.orderNumber,
    uid: order.userId,
    actid: order.userId,
    exch: inst.exchange,
    tsym: inst.tradingSymbol,
    trantype: order.transactionType,
    qty: String(state.quantity),
    prc: fixed(state.price),
    pcode: order.product,
    remarks: order.remarks,
    prctyp: state.priceType,
    ret: order.retention,
    dscqty: '0',
  }
  if (state.triggerPrice > 0) frame.trgprc = fixed(state.triggerPrice)
  frame.status = state.status
  frame.reporttype = state.reportType
  if (state.fill) {
    frame.flqty = String(state.fill.quantity)
    frame.flprc = fixed(state.fill.price)
    frame.flid = state.fill.fillId
    frame.fltm = dateTime(state.fill.at)
    frame.fillshares = String(state.fillShares)
    frame.avgprc = fixed(state.averagePrice)
  }
  if (state.reportType === 'Canceled') frame.cancelqty = String(state.cancelQty)
  if (state.reportType === 'Rejected') frame.rejreason = state.rejectReason
  frame.exchordid = state.exchordid
  if (state.exchangeTime !== undefined) frame.exch_tm = dateTime(state.exchangeTime)
  return frame
}
