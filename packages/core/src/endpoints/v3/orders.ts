import { z } from 'zod'
import { defineEndpoint } from '../../define-endpoint.js'
import {
  Exchange,
  num,
  PositionType,
  Price,
  PriceType,
  Product,
  Quantity,
  str,
  Text,
  TransactionType,
} from '../../schemas/common.js'
import { checkPrices, LegResults, OrderAck, OrderFields, OrderRow, request, response } from './shared.js'

const Order = request(OrderFields).superRefine(checkPrices)

export const placeOrder = defineEndpoint({
  name: 'placeOrder',
  path: 'placeOrder',
  auth: 'session',
  retry: 'never',
  limit: 'order',
  tagField: 'remarks',
  request: Order,
  response: OrderAck,
})

export const modifyOrder = defineEndpoint({
  name: 'modifyOrder',
  path: 'modifyOrder',
  auth: 'session',
  retry: 'never',
  limit: 'other',
  request: request({
    orderNumber: Text,
    exchange: Exchange,
    tradingSymbol: Text,
    quantity: Quantity,
    price: Price,
    triggerPrice: Price.default('0'),
    priceType: PriceType,
  }).superRefine(checkPrices),
  response: OrderAck,
})

export const cancelOrder = defineEndpoint({
  name: 'cancelOrder',
  path: 'cancelOrder',
  auth: 'session',
  retry: 'never',
  limit: 'other',
  request: request({ orderNumber: Text }),
  response: OrderAck,
})

export const orderMargin = defineEndpoint({
  name: 'orderMargin',
  path: 'orderMargin',
  auth: 'session',
  retry: 'safe',
  limit: 'other',
  request: request({
    exchange: Exchange,
    tradingSymbol: Text,
    quantity: Quantity,
    price: Price,
    product: Product,
    transactionType: TransactionType,
    priceType: PriceType,
  }),
  response: response({ requestTime: str, cash: num, marginused: num, remarks: str }),
})

export const singleOrderHistory = defineEndpoint({
  name: 'singleOrderHistory',
  path: 'singleOrderHistory',
  auth: 'session',
  retry: 'safe',
  limit: 'other',
  request: request({ orderNumber: Text }),
  response: z.array(OrderRow),
})

export const productConversion = defineEndpoint({
  name: 'productConversion',
  path: 'productConversion',
  auth: 'session',
  retry: 'never',
  limit: 'other',
  request: request({
    exchange: Exchange,
    tradingSymbol: Text,
    quantity: Quantity,
    product: Product,
    previousProduct: Product,
    transactionType: TransactionType,
    positionType: PositionType,
  }),
  response: response({ status: str, requestTime: str }),
})

export const basketMargin = defineEndpoint({
  name: 'basketMargin',
  path: 'basketMargin',
  auth: 'session',
  retry: 'safe',
  limit: 'other',
  request: request({
    basket: z
      .array(
        request({
          exchange: Exchange,
          tradingSymbol: Text,
          quantity: Quantity,
          transactionType: TransactionType,
          price: Price,
          product: Product,
          priceType: PriceType,
        }),
      )
      .min(1, { error: 'must hold at least one order' }),
  }),
  response: response({ request_time: str, stat: str, marginused: num, marginusedtrade: num, remarks: str }),
})

export const multiPlaceOrders = defineEndpoint({
  name: 'multiPlaceOrders',
  path: 'strategies/multiPlaceOrders',
  auth: 'session',
  retry: 'never',
  limit: 'order',
  envelope: 'list',
  request: request({
    data: z
      .array(request(OrderFields).superRefine(checkPrices))
      .min(1, { error: 'must hold at least one order' })
      .max(10, { error: 'must hold at most 10 orders (v3.md §5)' }),
  }),
  response: LegResults,
})
