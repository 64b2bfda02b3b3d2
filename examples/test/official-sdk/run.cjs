// Drives the official `firstock` npm package (Firstock's own V1 SDK) against the sandbox's V1 dialect and prints
// one JSON report: for every public method, whether it answered without an error, and what it answered.
// Run in a scratch folder: the package keeps its session in ./config.json. Its REST host is a constant
// (dist/shared/constant.js, read once when dist/Classes/Firstock.js loads), so the constant is replaced
// before the package loads; its socket host is an option of initializeWebsockets.
'use strict'
const path = require('node:path')

const { SDK_DIR, BASE_URL, WS_HOST, ACCOUNT, OPTION, ONLY } = process.env
const account = JSON.parse(ACCOUNT)
const option = JSON.parse(OPTION)
require(path.join(SDK_DIR, 'dist/shared/constant.js')).API_LINK = BASE_URL.replace(/\/$/, '')
const { Firstock, FirstockWebSocket } = require(SDK_DIR)

const firstock = new Firstock()
const userId = account.userId
const report = {}
const call = (name, params, method = name) =>
  new Promise((resolve) => {
    firstock[method](params, (error, result) => {
      report[name] = error ? { ok: false, error: String(error?.message ?? JSON.stringify(error)) } : { ok: true, result }
      resolve(result)
    })
  })
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

async function main() {
  await call('login', { userId, password: account.password, TOTP: account.totp, vendorCode: account.vendorCode, apiKey: account.apiKey })
  // ONLY=amo: just an AMO, for a sandbox whose clock is inside the exchange session.
  if (ONLY === 'amo') return void (await call('placeAMO', { userId, exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: '1', price: '100.00', product: 'C', transactionType: 'B', priceType: 'LMT', retention: 'DAY', triggerPrice: '0', remarks: 'official-amo' }))
  await call('userDetails', { userId })
  const itc = { exchange: 'NSE', tradingSymbol: 'ITC-EQ' }
  const quote = await call('getQuote', { userId, ...itc })
  const ltp = Number((quote?.data?.[0] ?? quote?.data)?.lastTradedPrice ?? 100)
  const below = (fraction) => (Math.floor((ltp * fraction) / 0.05) * 0.05).toFixed(2)
  await call('getQuoteltp', { userId, ...itc })
  await call('getMultiQuotes', { userId, data: [itc, { exchange: 'NSE', tradingSymbol: 'RELIANCE-EQ' }] })
  await call('getMultiQuotesltp', { userId, data: [itc, { exchange: 'NSE', tradingSymbol: 'RELIANCE-EQ' }] })
  await call('searchScrips', { userId, stext: 'ITC' })
  await call('securityInfo', { userId, ...itc })
  await call('indexList', { userId })
  await call('getExpiry', { userId, exchange: 'NFO', tradingSymbol: option.underlying })
  await call('optionChain', { userId, exchange: 'NFO', symbol: option.underlying, expiry: option.expiry, count: '2', strikePrice: String(option.strike) })
  await call('optionChainGreeks', { userId, exchange: 'NFO', symbol: option.underlying, expiry: option.expiry, count: '2', strikePrice: String(option.strike) })
  await call('timePriceSeries', { userId, ...itc, startTime: option.startTime, endTime: option.endTime, interval: '1mi' })
  await call('getFundamentals', { userId, ...itc })
  await call('brokerageCalculator', { userId, ...itc, transactionType: 'B', Product: 'C', quantity: '1', price: below(1), strike_price: '0', inst_name: 'EQ', lot_size: '1' })
  const order = { userId, ...itc, quantity: '1', price: below(0.97), product: 'C', transactionType: 'B', priceType: 'LMT', retention: 'DAY', triggerPrice: '0', remarks: 'official-sdk' }
  await call('orderMargin', { userId, ...itc, quantity: '1', price: below(0.97), product: 'C', transactionType: 'B', priceType: 'LMT' })
  await call('basketMargin', { userId, ...itc, quantity: '1', price: below(0.97), product: 'C', transactionType: 'B', priceType: 'LMT', BasketList_Params: [{ ...itc, quantity: '1', price: below(0.97), product: 'C', transactionType: 'B', priceType: 'LMT' }] })
  const placed = await call('placeOrder', order)
  const orderNumber = placed?.data?.orderNumber
  await call('orderBook', { userId })
  await call('singleOrderHistory', { userId, orderNumber })
  await call('modifyOrder', { userId, orderNumber, ...itc, quantity: '1', price: below(0.96), priceType: 'LMT', product: 'C', retention: 'DAY', triggerPrice: '0' })
  await call('cancelOrder', { userId, orderNumber })
  await call('placeMarketOrder', { ...order, price: '0', priceType: 'MKT', mkt_protection: '1', product: 'I' }, 'placeOrder')
  await call('tradeBook', { userId })
  await call('positionBook', { userId })
  await call('productConversion', { userId, ...itc, quantity: '1', product: 'C', previousProduct: 'I', msgFlag: '1' })
  await call('holdings', { userId })
  await call('getHoldingsDetails', { userId })
  await call('combinedHoldings', { userId })
  await call('limit', { userId })
  await call('basketOrder', { userId, legs: [{ ...order, userId: undefined }, { ...order, userId: undefined, remarks: 'official-sdk-2' }] })
  const amo = await call('placeAMO', { ...order, remarks: 'official-amo' })
  await call('modifyAMO', { userId, orderNumber: amo?.data?.orderNumber, quantity: '2', price: below(0.96), priceType: 'LMT', product: 'C', triggerPrice: '0' })
  const gttOrder = { exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: '1', price: below(0.9), product: 'C', transactionType: 'B', priceType: 'LMT', retention: 'DAY', triggerPrice: '0' }
  const gtt = await call('placeGTTOrder', { userId, ...itc, validity: 'GTT', value: below(0.9), remarks: 'official-gtt', OrderParams: gttOrder })
  const GTTid = gtt?.data?.GTTid
  await call('getGTTOrders', { userId })
  await call('modifyGTTOrder', { userId, GTTid, ...itc, validity: 'GTT', value: below(0.89), OrderParams: gttOrder })
  await call('cancelGTTOrder', { userId, GTTid })
  await socket(order)
  await call('logout', { userId })
}

/** The socket: market feed and option Greeks subscriptions, then order and position updates pushed after auth. */
async function socket(order) {
  const seen = { feed: 0, greeks: 0, orders: 0, positions: 0 }
  let firstGreeks = null
  const model = new FirstockWebSocket({
    tokens: [],
    subscribe_feed_data: () => seen.feed++,
    subscribe_option_greeks_data: (data) => {
      seen.greeks++
      firstGreeks ??= data
    },
    order_data: () => seen.orders++,
    position_data: () => seen.positions++,
  })
  // The package listens for the handshake frame only after an await that follows 'open'; a server that answers at
  // once (as the sandbox does on loopback) can beat it. Three tries, and the report says how many it took.
  let ws = null
  let error = null
  let tries = 0
  while (!ws && tries < 3) {
    tries++
    ;[ws, error] = await firstock.initializeWebsockets(userId, model, { scheme: 'ws', host: WS_HOST, path: '/ws', origin: '' })
  }
  report.initializeWebsockets = error ? { ok: false, error: error.error.message } : { ok: true, result: { tries } }
  if (!ws) return
  const subscribed = await firstock.subscribe(ws, ['NSE:1660', 'NSE:26000'])
  report.subscribe = subscribed ? { ok: false, error: JSON.stringify(subscribed) } : { ok: true }
  const greeks = await firstock.subscribeOptionGreeks(ws, [`NFO:${option.token}`])
  report.subscribeOptionGreeks = greeks ? { ok: false, error: JSON.stringify(greeks) } : { ok: true }
  await call('socketOrder', { ...order, price: '0', priceType: 'MKT', mkt_protection: '1', product: 'I', remarks: 'official-ws' }, 'placeOrder')
  for (let i = 0; i < 40 && (seen.feed === 0 || seen.orders === 0 || seen.positions === 0 || seen.greeks === 0); i++) await sleep(100)
  report.socketFeed = { ok: seen.feed > 0, result: seen }
  report.socketOrderUpdates = { ok: seen.orders > 0, result: seen }
  report.socketPositionUpdates = { ok: seen.positions > 0, result: seen }
  report.socketOptionGreeks = { ok: seen.greeks > 0, result: { ...seen, first: firstGreeks } }
  const un = await firstock.unsubscribe(ws, ['NSE:1660'])
  report.unsubscribe = un ? { ok: false, error: JSON.stringify(un) } : { ok: true }
  const ung = await firstock.unsubscribeOptionGreeks(ws, [`NFO:${option.token}`])
  report.unsubscribeOptionGreeks = ung ? { ok: false, error: JSON.stringify(ung) } : { ok: true }
  const closed = await firstock.closeWebsocket(ws)
  report.closeWebsocket = closed ? { ok: false, error: JSON.stringify(closed) } : { ok: true }
}

main().then(
  () => {
    process.stdout.write(JSON.stringify(report))
    process.exit(0)
  },
  (error) => {
    process.stdout.write(JSON.stringify({ ...report, crashed: { ok: false, error: String(error?.stack ?? error) } }))
    process.exit(0)
  },
)
