import type { z } from 'zod'
import type { PlacedLeg, RejectedLeg } from '../../errors.js'
import { commonSchemas, type Z } from '../../schemas/common.js'

const DEPTH_LEVELS = [1, 2, 3, 4, 5] as const
const DEPTH_KEYS = ['bestBuyPrice', 'bestBuyQuantity', 'bestBuyOrder', 'bestSellPrice', 'bestSellQuantity', 'bestSellOrder'] as const

/**
 * The schemas V3 endpoint rows are built from: the common field schemas plus the V3 shapes several rows share.
 * An endpoint row's `request` / `response` builders receive this object (built once per process, on the first call).
 */
export function v3Schemas(z: Z) {
  const common = commonSchemas(z)
  const { request, response, str, num, price, requiredPrice, requiredStr, Exchange, TradingSymbol, Token, Quantity, Price, Product, TransactionType, PriceType, Retention } =
    common
  /** `{requestTime, orderNumber}`: the answer to place/modify/cancel. */
  const OrderAck = response({ requestTime: str, orderNumber: z.string().min(1) })
  /** One instrument by exchange and token. */
  const Instrument = request({ exchange: Exchange, token: Token })
  // Depth prices may carry the no-price marker when a side is empty; quantities and order counts are plain numbers.
  const depthFields = Object.fromEntries(
    DEPTH_LEVELS.flatMap((level) => DEPTH_KEYS.map((key) => [`${key}${level}`, key.endsWith('Price') ? price : num])),
  ) as { [K in `${(typeof DEPTH_KEYS)[number]}${(typeof DEPTH_LEVELS)[number]}`]: K extends `${string}Price${number}` ? typeof price : typeof num }
  return {
    ...common,
    /** Request with no fields besides the session. */
    NoInput: request({}),
    OrderAck,
    /** The fields of one order, as placeOrder and each multiPlaceOrders item take them. */
    OrderFields: {
      exchange: Exchange,
      tradingSymbol: TradingSymbol,
      quantity: Quantity,
      price: Price,
      triggerPrice: Price.default('0'),
      product: Product,
      transactionType: TransactionType,
      priceType: PriceType,
      retention: Retention.default('DAY'),
      /**
       * Your tag prefix (or a tag from `newOrderTag()`): the SDK sends it with a unique suffix, so every order is
       * found again by exactly one tag (see `newOrderTag`).
       */
      remarks: z.string().max(64, { error: 'must be at most 64 characters' }).optional(),
    },
    /**
     * One result per order of an array answer of per-order envelopes (strategies, multiPlaceOrders). `call()`
     * rejects with `LegsRejectedError` when any leg was refused, so a caller only ever receives placed legs.
     */
    LegResults: z
      .array(
        z.union([
          z.looseObject({ status: z.string().regex(/^success$/i), data: OrderAck }),
          z.looseObject({
            status: z.string().regex(/^failed$/i),
            code: str,
            name: str,
            error: z.looseObject({ field: str, message: str }).optional(),
          }),
        ]),
      )
      .min(1)
      .transform((legs) => legs.map(toLegOutcome) as unknown as PlacedLeg[]),
    Instrument,
    /** A list of instruments for the multi-quote endpoints. */
    Instruments: request({ data: z.array(Instrument).min(1, { error: 'must hold at least one instrument' }) }),
    /** A full quote. Prices and quantities are numbers; token, symbol and ISIN stay strings. */
    Quote: response({
      requestTime: str,
      exchange: requiredStr,
      tradingSymbol: str,
      companyName: str,
      symbolName: str,
      segment: str,
      instrumentName: str,
      token: requiredStr,
      isin: str,
      pricePrecision: num,
      lotSize: num,
      tickSize: num,
      multipler: num,
      priceFactor: str,
      // Required as a field; `undefined` when it carries the no-price marker (nothing traded yet).
      lastTradedPrice: requiredPrice,
      upperCircuit: price,
      lowerCircuit: price,
      dayOpenPrice: price,
      dayHighPrice: price,
      dayLowPrice: price,
      dayClosePrice: price,
      volume: num,
      lastTradedQuantity: num,
      lastTradeTime: str,
      averageTradePrice: price,
      totalBuyQuantity: num,
      totalSellQuantity: num,
      openInterest: num,
      ...depthFields,
    }),
    /** The last traded price of one instrument. */
    QuoteLtp: response({ requestTime: str, companyName: str, exchange: requiredStr, token: requiredStr, lastTradedPrice: requiredPrice }),
    /** A date as DD-MMM-YYYY (expiries of spanCalculators and optionGreek), sent in upper case. */
    DayMonthYear: z
      .string()
      .regex(/^\d{2}-[A-Za-z]{3}-\d{4}$/, { error: 'must be a date as DD-MMM-YYYY, e.g. 23-FEB-2023' })
      .transform((value) => value.toUpperCase()),
    /** A time as DD/MM/YYYY HH:MM:SS (timePriceSeries). */
    DateTime: z.string().refine(isDateTime, { error: 'must be a real time as DD/MM/YYYY HH:MM:SS, e.g. 20/02/2023 09:15:00' }),
    /** An order row as orderBook returns it (and singleOrderHistory, with its own casing). */
    OrderRow: response({
      userId: str,
      orderNumber: z.string().min(1),
      exchange: requiredStr,
      tradingSymbol: requiredStr,
      token: str,
      quantity: num,
      price: num,
      triggerPrice: num,
      transactionType: requiredStr,
      priceType: str,
      retention: str,
      product: str,
      status: requiredStr,
      reportType: str,
      orderTime: str,
      fillshares: num,
      fillShares: num,
      averagePrice: num,
      lotSize: num,
      tickSize: num,
      remarks: str,
      rejectReason: str,
      exchordid: str,
      exchangeOrderNumber: str,
      cancelQuantity: num,
    }),
  }
}

/** What endpoint rows build their schemas from: see {@link v3Schemas}. */
export type Schemas = ReturnType<typeof v3Schemas>

/** One leg's answer as `call()` settles it: placed (order number) or rejected (Firstock's reason). */
export type LegOutcome = PlacedLeg | (RejectedLeg & { rejected: true })

function toLegOutcome(raw: Record<string, unknown>, index: number): LegOutcome {
  const leg = index + 1
  const data = raw.data as { orderNumber?: string; requestTime?: string } | undefined
  if (data?.orderNumber !== undefined) {
    return { leg, orderNumber: data.orderNumber, requestTime: data.requestTime, tag: undefined }
  }
  const error = raw.error as { field?: string; message?: string } | undefined
  return {
    rejected: true,
    leg,
    tag: undefined,
    reason: error?.message ?? 'rejected',
    errorName: typeof raw.name === 'string' ? raw.name : 'UNKNOWN_ERROR',
    apiCode: raw.code === undefined ? undefined : String(raw.code),
    field: error?.field,
  }
}

/** How Firstock answers an empty book: a failure envelope with one of these names (docs/connect-protocol.md §1.1). */
export const EMPTY_BOOK = ['ORDERS_NOT_FOUND', 'NO_DATA'] as const

/** A book row that did not decode: its raw values, where it sat and what is wrong with it. */
export interface InvalidRow {
  index: number
  raw: unknown
  problem: string
}

/** A decoded book: the good rows, plus `invalidRows` for rows that did not decode (empty when all did). */
export type BookRows<Row> = Row[] & { invalidRows: InvalidRow[] }

/**
 * A list of rows decoded row by row: one malformed row never hides the others. Good rows are returned in order;
 * a bad row goes to `invalidRows` with its raw values and the problem (and `call()` warns once via the logger).
 */
export function rowsOf<Row extends z.ZodType>(zod: Z, row: Row) {
  return zod.array(zod.unknown()).transform((raw) => {
    const rows = [] as unknown as BookRows<z.output<Row>>
    Object.defineProperty(rows, 'invalidRows', { value: [], enumerable: false })
    raw.forEach((value, index) => {
      const result = row.safeParse(value)
      if (result.success) rows.push(result.data as z.output<Row>)
      else {
        const issue = result.error.issues[0]!
        const where = issue.path.length > 0 ? issue.path.join('.') : 'row'
        rows.invalidRows.push({ index, raw: value, problem: `${where}: ${issue.message}` })
      }
    })
    return rows
  })
}

const MARKET = new Set(['MKT', 'SL-MKT'])
const STOP = new Set(['SL-LMT', 'SL-MKT'])

/**
 * Prices that make sense for the order type, checked before sending: a positive `price` for LMT / SL-LMT and 0 for
 * MKT / SL-MKT (the exchange fills those at market; a price there is a mistake, not something to drop silently);
 * a positive `triggerPrice` for SL-LMT / SL-MKT and none (0) for LMT / MKT.
 */
export function checkPrices(
  order: { priceType: string; price: string; triggerPrice?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  const price = Number(order.price)
  const trigger = Number(order.triggerPrice ?? '0')
  const type = order.priceType
  if (MARKET.has(type) ? price !== 0 : !(price > 0)) {
    const message = MARKET.has(type) ? `must be 0 for ${type} orders, which fill at market` : `must be a positive price for ${type} orders`
    ctx.addIssue({ code: 'custom', path: ['price'], message: `${message} (got ${order.price})` })
  }
  if (STOP.has(type) ? !(trigger > 0) : trigger !== 0) {
    const message = STOP.has(type) ? `must be a positive price for ${type} orders` : `must be 0 or left out for ${type} orders (only SL-LMT and SL-MKT take one)`
    ctx.addIssue({ code: 'custom', path: ['triggerPrice'], message: `${message} (got ${order.triggerPrice ?? '0'})` })
  }
}

const DATE_TIME = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2}):(\d{2})$/

/** `DD/MM/YYYY HH:MM:SS` naming a real calendar time (no 31/02, no 24:00:00). */
function isDateTime(text: string): boolean {
  const m = DATE_TIME.exec(text)
  if (!m) return false
  const [day, month, year, hours, minutes, seconds] = m.slice(1).map(Number) as [number, number, number, number, number, number]
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day &&
    hours < 24 && minutes < 60 && seconds < 60
  )
}

/** An order as the order book reports it. */
export interface OrderRow extends z.output<Schemas['OrderRow']> {}
/** What endpoints without fields of their own take (the session is added by `call()`): nothing. */
export interface NoInput extends z.input<Schemas['NoInput']> {}
/** The answer to placing, modifying or cancelling an order. */
export interface OrderAck extends z.output<Schemas['OrderAck']> {}
/** One instrument by exchange and token (getQuote, getQuoteLtp, securityInfo). */
export interface ExchangeTokenInput extends z.input<Schemas['Instrument']> {}
/** A list of instruments by exchange and token (getMultiQuotes, getMultiQuotesLtp). */
export interface InstrumentsInput extends z.input<Schemas['Instruments']> {}
/** A full quote. */
export interface Quote extends z.output<Schemas['Quote']> {}
/** The last traded price of one instrument. */
export interface QuoteLtp extends z.output<Schemas['QuoteLtp']> {}
/** One placed leg of a strategy or multiPlaceOrders answer (refused legs reject the call: `LegsRejectedError`). */
export type LegResult = PlacedLeg
