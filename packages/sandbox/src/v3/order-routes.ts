import { ModifyError } from '../model/broker.js'
import { fixed, toNumber } from '../util.js'
import { type AddRoute, session, type V3Model } from './context.js'
import { historyRows, holdingRows, orderRow, positionRows, tradeRows } from './order-format.js'
import { array, orderInput, placeLegs } from './parse.js'
import { EXCHANGES, Failure, invalid, noOrders, ok, ORDER_FIELDS, text } from './wire.js'

/** Order entry, the books, margins and product conversion. */
export function addOrderRoutes(add: AddRoute, model: V3Model): void {
  const { market, broker } = model
    // -- orders --
    add(
      'placeOrder',
      session(ORDER_FIELDS, 'order', ({ body, userId, rt }) => {
        const order = broker.place(userId, orderInput(market, body))
        return ok({ requestTime: rt, orderNumber: order.orderNumber })
      }),
    )
    add(
      'modifyOrder',
      session(['orderNumber', 'exchange', 'tradingSymbol', 'quantity', 'price', 'priceType'], 'other', ({ body, userId, rt }) => {
        const order = broker.find(userId, text(body.orderNumber))
        if (!order) throw new Failure(404, 'ORDER_NOT_FOUND', 'orderNumber', 'Order not found to modify')
        const input = orderInput(market, 
          {
            ...body,
            product: order.product,
            transactionType: order.transactionType,
            retention: order.retention,
          },
          ['exchange', 'tradingSymbol', 'quantity', 'price', 'priceType'],
        )
        if (input.inst !== order.inst) throw invalid('tradingSymbol')
        if (input.quantity % order.inst.lotSize !== 0) throw invalid('quantity')
        try {
          broker.modify(userId, order.orderNumber, input)
        } catch (error) {
          if (error instanceof ModifyError) throw new Failure(404, 'ORDER_NOT_FOUND', 'orderNumber', error.message)
          throw error
        }
        return ok({ requestTime: rt, orderNumber: order.orderNumber })
      }),
    )
    add(
      'cancelOrder',
      session(['orderNumber'], 'other', ({ body, userId, rt }) => {
        try {
          const order = broker.cancel(userId, text(body.orderNumber))
          return ok({ requestTime: rt, orderNumber: order.orderNumber })
        } catch (error) {
          if (error instanceof ModifyError) throw new Failure(404, 'ORDER_NOT_FOUND', 'orderNumber', error.message)
          throw error
        }
      }),
    )
    add(
      'orderMargin',
      session(ORDER_FIELDS.filter((f) => f !== 'retention'), 'other', ({ body, userId, rt }) => {
        const input = orderInput(market, body, ORDER_FIELDS.filter((f) => f !== 'retention'))
        const price = input.price > 0 ? input.price : input.triggerPrice > 0 ? input.triggerPrice : input.inst.ltp
        const required = broker.requiredMargin(userId, input.inst, input.product, input.transactionType, input.quantity, price)
        const available = broker.margins(userId).available
        return ok({
          requestTime: rt,
          cash: fixed(available),
          marginused: fixed(required),
          remarks: required > available ? 'Insufficient Balance' : 'Order Success',
        })
      }),
    )
    add(
      'orderBook',
      session([], 'other', ({ userId }) => {
        const orders = broker.orders(userId)
        if (orders.length === 0) throw noOrders()
        return ok(orders.reverse().map((o) => orderRow(o)))
      }),
    )
    add(
      'singleOrderHistory',
      session(['orderNumber'], 'other', ({ body, userId }) => {
        const order = broker.find(userId, text(body.orderNumber))
        if (!order) throw noOrders('orderNumber')
        return ok(historyRows(order))
      }),
    )
    add(
      'tradeBook',
      session([], 'other', ({ userId }) => {
        const rows = tradeRows(broker, userId)
        if (rows.length === 0) throw noOrders()
        return ok(rows.reverse())
      }),
    )
    add(
      'positionBook',
      session([], 'other', ({ userId }) => {
        const rows = positionRows(broker, userId)
        if (rows.length === 0) throw noOrders()
        return ok(rows)
      }),
    )
    add(
      'holdings',
      session([], 'other', ({ userId }) => {
        const rows = holdingRows(broker, userId)
        if (rows.length === 0) throw noOrders()
        return ok(rows)
      }),
    )
    add(
      'productConversion',
      session(
        ['exchange', 'tradingSymbol', 'quantity', 'product', 'previousProduct', 'transactionType', 'positionType'],
        'other',
        ({ body, userId, rt }) => {
          const exchange = text(body.exchange).toUpperCase()
          if (!EXCHANGES.has(exchange)) throw invalid('exchange')
          const inst = market.bySymbolName(exchange, text(body.tradingSymbol))
          if (!inst) throw invalid('tradingSymbol')
          const product = text(body.product).toUpperCase()
          const previous = text(body.previousProduct).toUpperCase()
          if (!['C', 'M', 'I'].includes(product)) throw invalid('product')
          if (!['C', 'M', 'I'].includes(previous)) throw invalid('previousProduct')
          const side = text(body.transactionType).toUpperCase()
          if (side !== 'B' && side !== 'S') throw invalid('transactionType')
          if (!['DAY', 'CF'].includes(text(body.positionType).toUpperCase())) throw invalid('positionType')
          const quantity = toNumber(body.quantity)
          if (!Number.isInteger(quantity) || quantity <= 0) throw invalid('quantity')
          const derivative = inst.kind === 'future' || inst.kind === 'option'
          if ((product === 'M' && !derivative) || (product === 'C' && derivative)) {
            const label = product === 'M' ? 'Regular' : 'Delivery'
            throw new Failure(400, 'PRODUCT_USAGE', 'product', `Product ${label} not enabled on exchange ${exchange}`)
          }
          if (!broker.convert(userId, inst, previous, product, side, quantity)) throw noOrders()
          return ok({ status: 'Ok', requestTime: rt })
        },
      ),
    )
    add(
      'basketMargin',
      session(['basket'], 'other', ({ body, userId, rt }) => {
        const items = array(body, 'basket')
        const fields = ORDER_FIELDS.filter((f) => f !== 'retention')
        const inputs = items.map((item) => orderInput(market, item, fields))
        if (new Set(inputs.map((i) => i.inst.exchange)).size > 1) {
          throw new Failure(400, 'BASKET_DETAILS', 'basket', 'Basket should contain orders of only 1 exch')
        }
        let total = 0
        let largest = 0
        for (const i of inputs) {
          const m = broker.requiredMargin(userId, i.inst, i.product, i.transactionType, i.quantity, i.price)
          total += m
          largest = Math.max(largest, m)
        }
        // Offsetting legs earn a hedge benefit, as SPAN would give them.
        const hedged = inputs.length > 1 ? Math.max(largest, total * 0.7) : total
        const available = broker.margins(userId).available
        return ok({
          request_time: rt,
          stat: 'Ok',
          marginused: fixed(hedged),
          marginusedtrade: fixed(total - hedged),
          remarks: hedged > available ? 'Insufficient Balance' : 'Order Success',
        })
      }),
    )
    add('strategies/multiPlaceOrders', {
      name: 'multiPlaceOrders',
      ...session(['data'], 'order', ({ body, userId, rt, rejectLeg }) => {
        const items = array(body, 'data')
        if (items.length > 10) throw new Failure(400, 'BAD_REQUEST', 'data', 'data may contain at most 10 orders')
        return { status: 200, body: placeLegs(model, userId, items, rt, rejectLeg) }
      }),
    })
}
