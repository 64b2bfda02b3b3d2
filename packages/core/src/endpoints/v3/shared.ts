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
  const { request, response, str, num, Exchange, Text, Token, Quantity, Price, Product, TransactionType, PriceType, Retention } =
    common
  /** `{requestTime, orderNumber}`: the answer to place/modify/cancel. */
  const OrderAck = response({ requestTime: str, orderNumber: z.string() })
  /** One instrument by exchange and token. */
  const Instrument = request({ exchange: Exchange, token: Token })
  const depthFields = Object.fromEntries(
    DEPTH_LEVELS.flatMap((level) => DEPTH_KEYS.map((key) => [`${key}${level}`, num])),
  ) as Record<`${(typeof DEPTH_KEYS)[number]}${(typeof DEPTH_LEVELS)[number]}`, typeof num>
  return {
    ...common,
    /** Request with no fields besides the session. */
    NoInput: request({}),
    OrderAck,
    /** The fields of one order, as placeOrder and each multiPlaceOrders item take them. */
    OrderFields: {
      exchange: Exchange,
      tradingSymbol: Text,
      quantity: Quantity,
      price: Price,
      triggerPrice: Price.default('0'),
      product: Product,
      transactionType: TransactionType,
      priceType: PriceType,
      retention: Retention.default('DAY'),
      /** Free text echoed in books and order updates; the SDK puts its order tag here. */
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
      exchange: str,
      tradingSymbol: str,
      companyName: str,
      symbolName: str,
      segment: str,
      instrumentName: str,
      token: str,
      isin: str,
      pricePrecision: num,
      lotSize: num,
      tickSize: num,
      multipler: num,
      priceFactor: str,
      lastTradedPrice: num,
      upperCircuit: num,
      lowerCircuit: num,
      dayOpenPrice: num,
      dayHighPrice: num,
      dayLowPrice: num,
      dayClosePrice: num,
      volume: num,
      lastTradedQuantity: num,
      lastTradeTime: str,
      averageTradePrice: num,
      totalBuyQuantity: num,
      totalSellQuantity: num,
      openInterest: num,
      ...depthFields,
    }),
    /** The last traded price of one instrument. */
    QuoteLtp: response({ requestTime: str, companyName: str, exchange: str, token: str, lastTradedPrice: num }),
    /** A date as DD-MMM-YYYY (expiries of spanCalculators and optionGreek), sent in upper case. */
    DayMonthYear: z
      .string()
      .regex(/^\d{2}-[A-Za-z]{3}-\d{4}$/, { error: 'must be a date as DD-MMM-YYYY, e.g. 23-FEB-2023' })
      .transform((value) => value.toUpperCase()),
    /** A time as DD/MM/YYYY HH:MM:SS (timePriceSeries). */
    DateTime: z
      .string()
      .regex(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/, { error: 'must be DD/MM/YYYY HH:MM:SS, e.g. 20/02/2023 09:15:00' }),
    /** An order row as orderBook returns it (and singleOrderHistory, with its own casing). */
    OrderRow: response({
      userId: str,
      orderNumber: z.string(),
      exchange: str,
      tradingSymbol: str,
      token: str,
      quantity: num,
      price: num,
      triggerPrice: num,
      transactionType: str,
      priceType: str,
      retention: str,
      product: str,
      status: str,
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

/** How Firstock answers an empty book: a failure envelope with one of these names (docs/protocol-v3.md §1.1). */
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

/** Price must be 0 for market orders and positive for limit orders; trigger price positive for stop orders. */
export function checkPrices(
  order: { priceType: string; price: string; triggerPrice?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  const price = Number(order.price)
  const trigger = Number(order.triggerPrice ?? '0')
  if ((order.priceType === 'LMT' || order.priceType === 'SL-LMT') && !(price > 0)) {
    ctx.addIssue({ code: 'custom', path: ['price'], message: `must be a positive price for ${order.priceType} orders` })
  }
  if ((order.priceType === 'SL-LMT' || order.priceType === 'SL-MKT') && !(trigger > 0)) {
    ctx.addIssue({ code: 'custom', path: ['triggerPrice'], message: `must be a positive price for ${order.priceType} orders` })
  }
}

/** An order as the order book reports it. */
export type OrderRow = z.output<Schemas['OrderRow']>
/** One placed leg of a strategy or multiPlaceOrders answer (refused legs reject the call: `LegsRejectedError`). */
export type LegResult = PlacedLeg
