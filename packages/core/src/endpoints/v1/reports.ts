import { defineV1Endpoint } from './shared.js'

// V1 login, books, portfolio and GTT rows (docs/developer-api-protocol.md §1.4, §2.2–§2.4).

/** `login`: the password goes out as its SHA-256 hex digest (§1.1); `@firstock/node` hashes it before this row. */
export const login = /* @__PURE__ */ defineV1Endpoint({
  name: 'login', path: 'login', auth: 'none', retry: 'safe', limit: 'other',
  request: ({ z, request, Text }) =>
    request({
      userId: Text,
      password: z.string({ error: 'must be a string' }).min(1, { error: 'must not be empty' }),
      TOTP: z.string().regex(/^\d{6}$/, { error: 'must be a 6-digit code' }),
      vendorCode: Text,
      apiKey: Text,
    }),
  response: ({ z, response, str }) => response({ actid: str, userName: str, susertoken: z.string().min(1), email: str }),
})

/** `logout`: V1 answers with `message` only, no `data` (§1.1). */
export const logout = /* @__PURE__ */ defineV1Endpoint({
  name: 'logout', path: 'logout', auth: 'session', retry: 'safe', limit: 'other',
  request: ({ NoInput }) => NoInput,
  response: ({ z }) => z.unknown(),
})

export const userDetails = /* @__PURE__ */ defineV1Endpoint({
  name: 'userDetails', path: 'userDetails', auth: 'session', retry: 'safe', limit: 'other',
  request: ({ NoInput }) => NoInput,
  response: ({ z, response, str }) =>
    response({ requestTime: str, userName: str, email: str, actid: str, uprev: str, exchange: z.array(z.string()).optional(), orarr: z.array(z.string()).optional() }),
})

export const orderBook = /* @__PURE__ */ defineV1Endpoint({
  name: 'orderBook', path: 'orderBook', auth: 'session', retry: 'safe', limit: 'other', rowTagField: 'remarks',
  request: ({ NoInput }) => NoInput,
  response: ({ z, OrderRow }) => z.array(OrderRow),
})

/** One row per lifecycle event; adds `exchangeOrderNum`, `exchangeTime`, `reportType` (§2.4). */
export const singleOrderHistory = /* @__PURE__ */ defineV1Endpoint({
  name: 'singleOrderHistory', path: 'singleOrderHistory', auth: 'session', retry: 'safe', limit: 'other',
  request: ({ request, Text }) => request({ orderNumber: Text }),
  response: ({ z, OrderRow, str }) => z.array(OrderRow.extend({ exchangeOrderNum: str, exchangeTime: str, reportType: str })),
})

/** `fillPrice` is a JSON number in V1 (§2.4). */
export const tradeBook = /* @__PURE__ */ defineV1Endpoint({
  name: 'tradeBook', path: 'tradeBook', auth: 'session', retry: 'safe', limit: 'other',
  request: ({ NoInput }) => NoInput,
  response: ({ z, response, str, num }) =>
    z.array(
      response({
        orderNumber: z.string(), exchange: str, tradingSymbol: str, token: str, fillId: str, exchordid: str, fillPrice: num,
        fillQuantity: num, fillshares: num, quantity: num, lotSize: num, tickSize: num, pricePrecision: num,
        transactionType: str, product: str, priceType: str, fillTime: str, orderTime: str, userId: str,
      }),
    ),
})

/** Quantities may be zero-padded (`"01"`), cf* fields may be `""` (→ undefined) (§2.4). */
export const positionBook = /* @__PURE__ */ defineV1Endpoint({
  name: 'positionBook', path: 'positionBook', auth: 'session', retry: 'safe', limit: 'other',
  request: ({ NoInput }) => NoInput,
  response: ({ z, response, str, num }) =>
    z.array(
      response({
        userId: str, exchange: str, tradingSymbol: str, token: str, product: str, netQuantity: num, netAveragePrice: num,
        lastTradedPrice: num, RealizedPNL: num, totalMTM: num, totalPNL: num, dayBuyQuantity: num, dayBuyAveragePrice: num,
        dayBuyAmount: num, daySellQuantity: num, daySellAveragePrice: num, daySellAmount: num, cfBuyQty: num,
        cfSellQty: num, cfBuyAmt: num, cfSellAmt: num, lotSize: num, tickSize: num, uploadPrice: num, netUploadPrice: num,
      }),
    ),
})

/** V1 holdings is only `{exchange, tradingSymbol}`; the detail moved to holdingsDetails (§2.4). */
export const holdings = /* @__PURE__ */ defineV1Endpoint({
  name: 'holdings', path: 'holdings', auth: 'session', retry: 'safe', limit: 'other',
  request: ({ NoInput }) => NoInput,
  response: ({ z, response, str }) => z.array(response({ exchange: str, tradingSymbol: str })),
})

export const holdingsDetails = /* @__PURE__ */ defineV1Endpoint({
  name: 'holdingsDetails', path: 'holdingsDetails', auth: 'session', retry: 'safe', limit: 'other',
  request: ({ NoInput }) => NoInput,
  response: ({ z, HoldingDetail }) => z.array(HoldingDetail),
})

/** `combinedHoldings` (v1.9): mutual funds and stocks; numbers are JSON numbers here (§2.4). Kept open. */
export const combinedHoldings = /* @__PURE__ */ defineV1Endpoint({
  name: 'combinedHoldings', path: 'combinedHoldings', auth: 'session', retry: 'safe', limit: 'other',
  request: ({ NoInput }) => NoInput,
  response: ({ z, response, HoldingDetail }) =>
    response({
      mutualFunds: response({ holdings: z.array(response({})).optional() }).optional(),
      stocks: response({ holdings: z.array(HoldingDetail).optional() }).optional(),
      combinedHoldings: response({}).optional(),
    }),
})

/** `limit`: adds `availableMargin` in V1 (§2.4). */
export const limit = /* @__PURE__ */ defineV1Endpoint({
  name: 'limit', path: 'limit', auth: 'session', retry: 'safe', limit: 'other',
  request: ({ NoInput }) => NoInput,
  response: ({ response, str, num }) =>
    response({
      availableMargin: num, brkcollamt: num, cash: num, collateral: num, expo: num, marginused: num, payin: num,
      peak_mar: num, premium: num, span: num, requestTime: str,
    }),
})

// GTT: SDK-only, no response samples anywhere (§2.3): results are kept open. `modifyGttOrder` sends `value` when
// given (GO sends it, NODE/PY1 drop it); we let the caller choose. A new GTT carries an SDK tag in its top-level
// `remarks`, so after a lost answer `reconcileGttOrder(tag)` finds it in the GTT book.

const gttShape = ({ z, request, Exchange, TradingSymbol, Price, OrderFields }: import('./shared.js').V1Schemas) => ({
  tradingSymbol: TradingSymbol, exchange: Exchange, validity: z.literal('GTT').default('GTT'),
  remarks: z.string().max(64, { error: 'must be at most 64 characters' }).optional(),
  OrderParams: request(OrderFields), value: Price.optional(),
})

export const placeGttOrder = /* @__PURE__ */ defineV1Endpoint({
  name: 'placeGttOrder', path: 'placeGttOrder', auth: 'session', retry: 'never', limit: 'order', tagField: 'remarks', book: 'gttOrderBook',
  request: (s) => s.request({ ...gttShape(s), value: s.Price }),
  response: ({ z, response, str }) => response({ GTTid: z.coerce.string(), requestTime: str }),
})

export const modifyGttOrder = /* @__PURE__ */ defineV1Endpoint({
  name: 'modifyGttOrder', path: 'modifyGttOrder', auth: 'session', retry: 'never', limit: 'order', book: 'gttOrderBook',
  request: (s) => s.request({ GTTid: s.Text, ...gttShape(s) }),
  response: ({ z, response, str }) => response({ GTTid: z.coerce.string(), requestTime: str }),
})

export const cancelGttOrder = /* @__PURE__ */ defineV1Endpoint({
  name: 'cancelGttOrder', path: 'cancelGttOrder', auth: 'session', retry: 'never', limit: 'order', book: 'gttOrderBook',
  request: ({ request, Text }) => request({ GTTid: Text }),
  response: ({ z, response, str }) => response({ GTTid: z.coerce.string(), requestTime: str }),
})

/** Path `GttOrderBook` with a capital G, as the SDKs call it (§2.1). */
export const gttOrderBook = /* @__PURE__ */ defineV1Endpoint({
  name: 'gttOrderBook', path: 'GttOrderBook', auth: 'session', retry: 'safe', limit: 'other', rowTagField: 'remarks',
  request: ({ NoInput }) => NoInput,
  response: ({ z, response, str, num, GttLeg }) =>
    z.array(response({ GTTid: z.coerce.string(), tradingSymbol: str, exchange: str, validity: str, value: num, remarks: str, OrderParams: GttLeg.optional() })),
})
