import type { z } from 'zod'
import type { Endpoint, EndpointOptions } from '../../define-endpoint.js'
import type { PlacedLeg } from '../../errors.js'
import type { LegOutcome } from '../v3/shared.js'
import { commonSchemas, type Z } from '../../schemas/common.js'

/** V1 retention values (docs/developer-api-protocol.md §2.0): V3's `EOS` is gone. */
export const V1_RETENTIONS = ['DAY', 'IOC'] as const
/** `msgFlag` of productConversion: 1 Buy+Day, 2 Buy+CF, 3 Sell+Day, 4 Sell+CF (docs/developer-api-protocol.md §2.0). */
export const MSG_FLAGS = ['1', '2', '3', '4'] as const
/** V1 candle intervals seen in the docs (docs/developer-api-protocol.md §2.0): minutes as `<n>mi`, days as `1d`. */
export const V1_INTERVALS = ['1mi', '2mi', '3mi', '5mi', '10mi', '15mi', '30mi', '60mi', '1d'] as const

const MARKET_TYPES = new Set(['MKT', 'SL-MKT'])

/**
 * The schemas V1 endpoint rows are built from: the common field schemas (the same on the wire as V3) plus the V1
 * shapes several rows share.
 */
export function v1Schemas(z: Z) {
  const common = commonSchemas(z)
  const { request, response, str, num, Exchange, Text, TradingSymbol, Quantity, Price, PositivePrice, Product, TransactionType, PriceType } =
    common
  const Retention = z.enum(V1_RETENTIONS, { error: 'must be DAY or IOC' })
  /** `{orderNumber, requestTime}`; sliced orders add each slice's `quantity`. */
  const OrderAck = response({ orderNumber: z.string(), requestTime: str, quantity: num })
  /** The fields of one order as placeOrder, placeAMO and basketOrder legs take them (docs/developer-api-protocol.md §2.3). */
  const OrderFields = {
    exchange: Exchange,
    retention: Retention.default('DAY'),
    product: Product,
    priceType: PriceType,
    tradingSymbol: TradingSymbol,
    transactionType: TransactionType,
    price: Price,
    triggerPrice: Price.default('0'),
    quantity: Quantity,
    /** Free text echoed in the books; the SDK puts its order tag here. */
    remarks: z.string().max(64, { error: 'must be at most 64 characters' }).optional(),
    /** Percentage, > 0; required for MKT and SL-MKT (docs/developer-api-protocol.md §2.0). */
    mkt_protection: PositivePrice.optional(),
  }
  /** The seven fields of a margin request (orderMargin, basketMargin and each of its BasketList_Params). */
  const MarginFields = {
    exchange: Exchange,
    transactionType: TransactionType,
    product: Product,
    tradingSymbol: TradingSymbol,
    quantity: Quantity,
    priceType: PriceType,
    price: Price,
  }
  const Instrument = request({ exchange: Exchange, tradingSymbol: V1Symbol(TradingSymbol) })
  return {
    ...common,
    Retention,
    NoInput: request({}),
    OrderAck,
    /** A placed order: one ack, or one per slice when the quantity was above the freeze quantity. Always `{orders}`. */
    PlacedOrders: z.union([OrderAck, z.array(OrderAck).min(1)]).transform((data) => ({ orders: Array.isArray(data) ? data : [data] })),
    /** basketOrder's answer: one result per leg (an object for one leg), each placed or refused, in leg order. */
    BasketLegs: z
      .union([z.array(z.record(z.string(), z.unknown())).min(1), z.record(z.string(), z.unknown())])
      .transform((data) => (Array.isArray(data) ? data : [data]).map(toLegOutcome) as unknown as PlacedLeg[]),
    /** modify/cancel answer: `rejreason` non-empty means it did not happen (the row's `rejection` rejects the call). */
    OrderChange: response({ orderNumber: z.string(), rejreason: str, requestTime: str }),
    OrderFields,
    MarginFields,
    Instrument,
    Instruments: request({ data: z.array(Instrument).min(1, { error: 'must hold at least one instrument' }) }),
    TradingSymbol: V1Symbol(TradingSymbol),
    /** An option expiry as DDMONYY, e.g. 24APR25 (docs/developer-api-protocol.md §2.0); sent in upper case. */
    Expiry: z
      .string({ error: 'must be a string' })
      .regex(/^\d{2}[A-Za-z]{3}\d{2}$/, { error: 'must be an expiry as DDMONYY, e.g. 24APR25' })
      .transform((value) => value.toUpperCase()),
    /** A time as HH:MM:SS DD-MM-YYYY: every V1 sample puts the time first, though the tables say otherwise (§2.5). */
    V1Time: z
      .string({ error: 'must be a string' })
      .regex(/^\d{2}:\d{2}:\d{2} \d{2}-\d{2}-\d{4}$/, { error: 'must be HH:MM:SS DD-MM-YYYY, e.g. 09:15:00 23-04-2025' }),
    Interval: z.enum(V1_INTERVALS, { error: `must be one of ${V1_INTERVALS.join(', ')}` }),
    MsgFlag: z.union([z.enum(MSG_FLAGS), z.literal([1, 2, 3, 4])], { error: 'must be 1 (Buy+Day), 2 (Buy+CF), 3 (Sell+Day) or 4 (Sell+CF)' }).transform(String),
    /** A V1 quote: the V3 price keys plus V1's VWAP; token and symbols stay strings. */
    Quote: response({
      requestTime: str, exchange: str, tradingSymbol: str, companyName: str, symbolName: str, segment: str, token: str,
      lastTradedPrice: num, dayOpenPrice: num, dayHighPrice: num, dayLowPrice: num, dayClosePrice: num, VWAP: num,
      lotSize: num, tickSize: num, pricePrecision: num, multipler: num, priceFactor: str, openInterest: num,
      totalBuyQuantity: num, totalSellQuantity: num, bestBuyPrice1: num, bestSellPrice1: num, bestBuyQuantity1: num,
      bestSellQuantity1: num,
    }),
    QuoteLtp: response({ requestTime: str, companyName: str, exchange: str, tradingSymbol: str, token: z.coerce.string(), lastTradedPrice: num }),
    /** One holding with its detail (holdingsDetails, and combinedHoldings' stocks). */
    HoldingDetail: response({
      exchangeTradingSymbol: z.array(response({ exchange: str, token: str, tradingSymbol: str, pricePrecision: num, tickSize: num, lotSize: num })).optional(),
      holdQuantity: num, dpQuantity: num, uploadPrice: num, sellAmount: num, usedQuantity: num, tradeQuantity: num,
      collateralQuantity: num, BTSTQuantity: num, hairCut: num, beneficiaryQuantity: num, brokerCollateralQuantity: num,
      unPledgeQuantity: num,
    }),
    /** A GTT order's leg as sent in `OrderParams`, read back with numbers. */
    GttLeg: response({ exchange: str, tradingSymbol: str, price: num, triggerPrice: num, quantity: num, product: str, priceType: str, transactionType: str }),
    /** An order book row (docs/developer-api-protocol.md §2.4); `orderTime` is epoch seconds as a string. */
    OrderRow: response({
      userId: str, orderNumber: z.string(), exchange: str, tradingSymbol: str, token: str, quantity: num, price: num,
      averagePrice: num, fillShares: num, lotSize: num, tickSize: num, priceType: str, product: str, retention: str,
      status: str, transactionType: str, orderTime: str, remarks: str, rejectReason: str,
    }),
  }
}

/**
 * One basket leg's result: placed when it has an order number and no `rejreason`; otherwise refused, with the
 * reason Firstock gave (`rejreason`, or a failure envelope's `error.message` and `name`).
 */
function toLegOutcome(raw: Record<string, unknown>, index: number): LegOutcome {
  const leg = index + 1
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : undefined)
  const orderNumber = text(raw.orderNumber)
  const rejreason = text(raw.rejreason)
  const requestTime = text(raw.requestTime)
  if (orderNumber !== undefined && rejreason === undefined) return { leg, orderNumber, requestTime, tag: undefined }
  const error = raw.error as { field?: unknown; message?: unknown } | undefined
  return {
    rejected: true,
    leg,
    tag: undefined,
    reason: rejreason ?? text(error?.message) ?? 'refused without a reason',
    errorName: text(raw.name) ?? 'LEG_REJECTED',
    apiCode: raw.code === undefined ? undefined : String(raw.code),
    field: text(error?.field),
  }
}

/** What V1 endpoint rows build their schemas from: see {@link v1Schemas}. */
export type V1Schemas = ReturnType<typeof v1Schemas>

/**
 * A symbol as the V1 wire wants it: `&` URL-encoded inside the JSON value (docs/developer-api-protocol.md §2: `L&TFH-EQ` →
 * `L%26TFH-EQ`). A symbol already encoded is sent as given.
 */
function V1Symbol<S extends z.ZodType<string, string>>(symbol: S) {
  return symbol.transform((value: string) => value.replaceAll('&', '%26'))
}

/** MKT and SL-MKT need `mkt_protection` > 0; the server answers 400 otherwise (docs/developer-api-protocol.md §2.0). */
export function checkMarketProtection(order: { priceType?: string; mkt_protection?: string | undefined }, ctx: z.RefinementCtx): void {
  if (order.priceType && MARKET_TYPES.has(order.priceType) && order.mkt_protection === undefined) {
    ctx.addIssue({ code: 'custom', path: ['mkt_protection'], message: `is required for ${order.priceType} orders: a percentage above 0, e.g. 1` })
  }
}

/** A V1 endpoint row: built from {@link V1Schemas}; `schemasOf` picks the builder by `version`. */
export function defineV1Endpoint<const Name extends string, Request extends z.ZodType, Response extends z.ZodType>(
  row: Omit<EndpointOptions, 'version' | 'schemaSet'> & {
    name: Name
    request: (schemas: V1Schemas) => Request
    response: (schemas: V1Schemas) => Response
  },
): Endpoint<Name, z.input<Request>, z.output<Response>> {
  return { ...row, version: 'v1', schemaSet: v1Schemas } as unknown as Endpoint<Name, z.input<Request>, z.output<Response>>
}
