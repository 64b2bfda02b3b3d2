import type { Instrument } from '../model/market.js'
import { ModifyError, type OrderInput } from '../model/broker.js'
import { freezeQty } from '../shell/symbols.js'
import { roundTo } from '../util.js'
import type { RouteTable, V1Context, V1Model } from './context.js'
import { amoRow, gttRow } from './format.js'
import { bad, type Body, isMissing, missing, numeric, type Reply, require, success, text, V1Failure } from './wire.js'

// V1 order entry (docs/developer-api-protocol.md §2.3): placeOrder with slicing and mkt_protection, modify/cancel with
// `rejreason` soft failures, AMO, basketOrder and GTT. Validation happens here; the model only books orders.

const ORDER_FIELDS = ['exchange', 'retention', 'product', 'priceType', 'tradingSymbol', 'transactionType', 'price', 'quantity']
const EXCHANGES = new Set(['NSE', 'BSE', 'NFO', 'BFO'])
const PRICE_TYPES = ['LMT', 'MKT', 'SL-LMT', 'SL-MKT']
export const MAX_SLICES = 10

export function instrumentOf(model: V1Model, body: Body): Instrument {
  const exchange = text(body.exchange).toUpperCase()
  if (!EXCHANGES.has(exchange)) throw bad('exchange', 'Invalid exchange provided')
  // Symbols with `&` travel URL-encoded inside the JSON value (docs/developer-api-protocol.md §2).
  const symbol = text(body.tradingSymbol).replace(/%26/gi, '&')
  // Indices go by their short symbol in V1 (`NIFTY`), by their name in the model (`Nifty 50`).
  const inst =
    model.market.bySymbolName(exchange, symbol) ??
    model.market.list.find((i) => i.kind === 'index' && i.exchange === exchange && i.symbolName === symbol.toUpperCase())
  if (!inst) throw bad('tradingSymbol', `Invalid trading symbol: ${symbol}`)
  return inst
}

/** MKT and SL-MKT need a positive `mkt_protection` percentage (docs/developer-api-protocol.md §2.0). */
function checkProtection(body: Body, priceType: string): void {
  if (priceType !== 'MKT' && priceType !== 'SL-MKT') return
  if (isMissing(body.mkt_protection)) throw bad('mkt_protection', `mkt_protection is required for ${priceType} orders`)
  if (!(numeric(body, 'mkt_protection') > 0)) throw bad('mkt_protection', 'mkt_protection must be greater than 0')
}

/** One V1 order body (placeOrder, an AMO, a basket leg, GTT `OrderParams`) → the model's order input. */
export function orderInput(model: V1Model, body: Body, fields: readonly string[] = ORDER_FIELDS): OrderInput {
  require(body, fields)
  const inst = instrumentOf(model, body)
  const priceType = text(body.priceType).toUpperCase()
  if (!PRICE_TYPES.includes(priceType)) throw bad('priceType', 'Invalid priceType: expected MKT, LMT, SL-LMT or SL-MKT')
  checkProtection(body, priceType)
  const quantity = numeric(body, 'quantity')
  if (!Number.isInteger(quantity) || quantity <= 0) throw bad('quantity', 'quantity must be a positive whole number')
  const price = numeric(body, 'price')
  if (price < 0 || ((priceType === 'LMT' || priceType === 'SL-LMT') && price <= 0)) throw bad('price', 'price must be greater than 0')
  const sl = priceType.startsWith('SL')
  if (sl && isMissing(body.triggerPrice)) throw missing('triggerPrice')
  const trigger = isMissing(body.triggerPrice) ? 0 : numeric(body, 'triggerPrice')
  if (sl && trigger <= 0) throw bad('triggerPrice', 'triggerPrice must be greater than 0')
  const product = text(body.product).toUpperCase()
  if (!['C', 'M', 'I'].includes(product)) throw bad('product', 'Invalid product: expected C, M or I')
  const transactionType = text(body.transactionType).toUpperCase()
  if (transactionType !== 'B' && transactionType !== 'S') throw bad('transactionType', 'Invalid transactionType: expected B or S')
  const retention = isMissing(body.retention) ? 'DAY' : text(body.retention).toUpperCase()
  if (retention !== 'DAY' && retention !== 'IOC') throw bad('retention', 'Invalid retention: expected DAY or IOC')
  return {
    inst,
    quantity,
    price: priceType === 'MKT' || priceType === 'SL-MKT' ? 0 : price,
    triggerPrice: sl ? trigger : 0,
    product,
    transactionType,
    priceType,
    retention,
    remarks: typeof body.remarks === 'string' ? body.remarks : '',
    // A market order fills no further than this percentage beyond the last price.
    ...(priceType.endsWith('MKT') ? { marketProtection: numeric(body, 'mkt_protection') / 100 } : {}),
  }
}

/** Quantities of the slices of an order above the freeze quantity (one slice when it is not above). */
export function slices(input: OrderInput): number[] {
  const freeze = freezeQty(input.inst)
  if (freeze === undefined || input.quantity <= freeze) return [input.quantity]
  const size = Math.max(input.inst.lotSize, Math.floor(freeze / input.inst.lotSize) * input.inst.lotSize)
  const count = Math.ceil(input.quantity / size)
  if (count > MAX_SLICES) throw bad('quantity', `order would need more than ${MAX_SLICES} slices`)
  return Array.from({ length: count }, (_, i) => Math.min(size, input.quantity - i * size))
}

/** Places an order, sliced when above the freeze quantity: an object, or an array of slices. */
function placeSliced(model: V1Model, userId: string, input: OrderInput, rt: string): unknown {
  const parts = slices(input)
  const placed = parts.map((quantity) => model.broker.place(userId, { ...input, quantity }))
  if (parts.length === 1) return { orderNumber: placed[0]!.orderNumber, requestTime: rt }
  return placed.map((o) => ({ orderNumber: o.orderNumber, quantity: String(o.quantity), requestTime: rt }))
}

function objectField(body: Body, field: string): Body {
  const value = body[field]
  if (isMissing(value)) throw missing(field)
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw bad(field, `${field} must be an object`)
  return value as Body
}

/** A failure of the AMO pages, whose `code` is a number (docs/developer-api-protocol.md §2.3). */
function amoFailure(error: unknown): never {
  if (error instanceof V1Failure) throw new V1Failure(error.code, error.name, error.field, error.message, true)
  throw error
}

export function addOrderRoutes(routes: RouteTable, model: V1Model): void {
  const add = (path: string, bucket: 'order' | 'other', handle: (ctx: V1Context) => ReturnType<typeof success>, name = path) =>
    routes.set(path, { name, auth: true, bucket, handle })
  add('placeOrder', 'order', ({ body, userId, rt }) => success('Order details', placeSliced(model, userId, orderInput(model, body), rt)))
  add('modifyOrder', 'order', (ctx) => modifyOrder(model, ctx))
  add('cancelOrder', 'order', (ctx) => cancelOrder(model, ctx))
  add('placeAMO', 'order', (ctx) => placeAmo(model, ctx))
  add('modifyAMO', 'order', (ctx) => modifyAmo(model, ctx))
  add('basketOrder', 'order', (ctx) => basketOrder(model, ctx))
  addGttRoutes(add, model)
}

function modifyOrder(model: V1Model, { body, userId, rt }: V1Context): Reply {
  require(body, ['orderNumber', 'priceType', 'tradingSymbol', 'product', 'retention'])
  const orderNumber = text(body.orderNumber)
  const priceType = text(body.priceType).toUpperCase()
  if (!PRICE_TYPES.includes(priceType)) throw bad('priceType', 'Invalid priceType: expected MKT, LMT, SL-LMT or SL-MKT')
  checkProtection(body, priceType)
  if ((priceType === 'MKT' || priceType === 'SL-MKT') && isMissing(body.exchange)) throw missing('exchange')
  const soft = (rejreason: string) => success('Order modification details', { orderNumber, rejreason, requestTime: rt })
  const order = model.broker.find(userId, orderNumber)
  if (!order) return soft('SAF:order not found')
  const quantity = isMissing(body.quantity) ? order.quantity : numeric(body, 'quantity')
  const price = isMissing(body.price) ? order.price : numeric(body, 'price')
  const triggerPrice = isMissing(body.triggerPrice) ? 0 : numeric(body, 'triggerPrice')
  if (!Number.isInteger(quantity) || quantity <= 0 || quantity % order.inst.lotSize !== 0) {
    return soft(`SAF:quantity ${quantity} is not a multiple of lot size ${order.inst.lotSize}`)
  }
  try {
    model.broker.modify(userId, orderNumber, {
      quantity,
      price: priceType === 'MKT' || priceType === 'SL-MKT' ? 0 : price,
      triggerPrice: priceType.startsWith('SL') ? triggerPrice : 0,
      priceType,
    })
  } catch (error) {
    if (error instanceof ModifyError) return soft('SAF:order is not open to modify')
    throw error
  }
  return soft('')
}

function cancelOrder(model: V1Model, { body, userId, rt }: V1Context): Reply {
  require(body, ['orderNumber'])
  const orderNumber = text(body.orderNumber)
  const amo = model.amo.find(userId, orderNumber)
  let rejreason = ''
  if (amo) {
    if (amo.status === 'AMO OPEN') model.amo.cancel(amo)
    else rejreason = 'SAF:order is not open to cancel'
  } else {
    try {
      model.broker.cancel(userId, orderNumber)
    } catch (error) {
      if (!(error instanceof ModifyError)) throw error
      rejreason = model.broker.find(userId, orderNumber) ? 'SAF:order is not open to cancel' : 'SAF:order not found'
    }
  }
  return success('Order cancellation details', { orderNumber, rejreason, requestTime: rt })
}

function placeAmo(model: V1Model, { body, userId, rt }: V1Context): Reply {
  try {
    const input = orderInput(model, body, ORDER_FIELDS.filter((f) => f !== 'retention'))
    // The docs do not say what an AMO during the session does. As at an exchange, it is refused then (pre-open
    // included: held AMOs go into its auction); outside the session the model holds it for the next open.
    if (model.amo.isOpen(input.inst.exchange)) throw bad('exchange', 'AMO orders are accepted only outside market hours')
    const parts = slices(input)
    const held = parts.map((quantity) => model.amo.add(userId, { ...input, quantity }))
    if (parts.length === 1) return success('AMO order placed', { orderNumber: held[0]!.amoNumber, requestTime: rt })
    return success('AMO order placed', held.map((a) => ({ orderNumber: a.amoNumber, quantity: String(a.input.quantity), requestTime: rt })))
  } catch (error) {
    amoFailure(error)
  }
}

function modifyAmo(model: V1Model, { body, userId, rt }: V1Context): Reply {
  try {
    require(body, ['orderNumber', 'quantity', 'price', 'priceType', 'product'])
    const amo = model.amo.find(userId, text(body.orderNumber))
    if (!amo || amo.status !== 'AMO OPEN') {
      throw bad('orderNumber', 'The order number provided is invalid or has already been executed.')
    }
    const row = amoRow(amo)
    const input = orderInput(model, { ...row, ...body, exchange: row.exchange, tradingSymbol: row.tradingSymbol })
    amo.input = input
    return success('AMO order modified', { orderNumber: amo.amoNumber, requestTime: rt })
  } catch (error) {
    amoFailure(error)
  }
}

function basketOrder(model: V1Model, { body, userId, rt, rejectLeg }: V1Context): Reply {
  const legs = body.legs
  if (isMissing(legs) || (Array.isArray(legs) && legs.length === 0)) throw missing('legs')
  if (!Array.isArray(legs)) throw bad('legs', 'legs must be an array')
  // One invalid leg fails the whole basket before anything is placed (docs/developer-api-protocol.md §2.3).
  const inputs = legs.map((leg, i) => {
    try {
      return orderInput(model, leg && typeof leg === 'object' ? (leg as Body) : {})
    } catch (error) {
      if (error instanceof V1Failure) throw bad('legs', `leg ${i + 1}: ${error.message}`)
      throw error
    }
  })
  // A `rejectLeg` fault refuses one leg inside the success answer; the others are placed.
  const refused = rejectLeg === undefined ? -1 : rejectLeg === -1 ? inputs.length - 1 : rejectLeg - 1
  const results = inputs.map((input, i) =>
    i === refused
      ? { orderNumber: '', requestTime: rt, rejreason: 'RED:leg refused by the sandbox (rejectLeg fault)' }
      : { orderNumber: model.broker.place(userId, input).orderNumber, requestTime: rt },
  )
  return success('Basket order placed', results)
}

type Add = (path: string, bucket: 'order' | 'other', handle: (ctx: V1Context) => ReturnType<typeof success>, name?: string) => void

function addGttRoutes(add: Add, model: V1Model): void {
  const gttFields = (body: Body, inst: Instrument, value: number) => {
    const validity = text(body.validity).toUpperCase()
    if (validity !== 'GTT') throw bad('validity', 'Invalid validity: expected GTT')
    const order = orderInput(model, objectField(body, 'OrderParams'))
    if (order.inst !== inst) throw bad('OrderParams', 'OrderParams must trade the GTT instrument')
    if (!(value > 0)) throw bad('value', 'value must be greater than 0')
    return { validity, value: roundTo(value, inst.tickSize), remarks: typeof body.remarks === 'string' ? body.remarks : '', order }
  }
  add('placeGttOrder', 'order', ({ body, userId, rt }) => {
    require(body, ['tradingSymbol', 'exchange', 'validity', 'value'])
    const inst = instrumentOf(model, body)
    const gtt = model.gtt.add(userId, { inst, ...gttFields(body, inst, numeric(body, 'value')) })
    return success('GTT order placed', { GTTid: gtt.id, requestTime: rt })
  })
  add('modifyGttOrder', 'order', ({ body, userId, rt }) => {
    require(body, ['GTTid', 'tradingSymbol', 'exchange', 'validity'])
    const gtt = model.gtt.find(userId, text(body.GTTid))
    if (!gtt || gtt.status !== 'PENDING') throw bad('GTTid', 'No pending GTT order with this GTTid')
    const inst = instrumentOf(model, body)
    if (inst !== gtt.inst) throw bad('tradingSymbol', 'tradingSymbol differs from the GTT order')
    // NODE/PY1 send no `value` on modify; GO does (docs/developer-api-protocol.md §2.3): keep the level when it is absent.
    model.gtt.modify(gtt, gttFields(body, inst, isMissing(body.value) ? gtt.value : numeric(body, 'value')))
    return success('GTT order modified', { GTTid: gtt.id, requestTime: rt })
  })
  add('cancelGttOrder', 'order', ({ body, userId, rt }) => {
    require(body, ['GTTid'])
    const gtt = model.gtt.find(userId, text(body.GTTid))
    if (!gtt || gtt.status !== 'PENDING') throw bad('GTTid', 'No pending GTT order with this GTTid')
    model.gtt.cancel(gtt)
    return success('GTT order cancelled', { GTTid: gtt.id, requestTime: rt })
  })
  add('GttOrderBook', 'other', ({ userId }) => success('GTT order book', model.gtt.pending(userId).map(gttRow)))
}
