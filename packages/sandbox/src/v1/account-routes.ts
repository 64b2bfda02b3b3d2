import { createHash } from 'node:crypto'
import { checkTotp, fixed } from '../util.js'
import type { RouteTable, V1Context, V1Model } from './context.js'
import { amoRow, historyRows, holdingDetailRows, orderRow, positionRows, tradeRows } from './format.js'
import { instrumentOf, orderInput } from './orders.js'
import { bad, type Body, isMissing, missing, numeric, require, type Reply, success, text, V1Failure } from './wire.js'

// V1 login, profile, books, funds and margins (docs/developer-api-protocol.md §1.4, §2.2–§2.4).

export function addAccountRoutes(routes: RouteTable, model: V1Model): void {
  const add = (path: string, handle: (ctx: V1Context) => Reply, auth = true) => routes.set(path, { name: path, auth, bucket: 'other', handle })
  const { broker } = model

  add('login', (ctx) => login(model, ctx), false)
  add('logout', ({ body }) => {
    model.sessions.logout(text(body.jKey))
    return success('Successfully logged out')
  })
  add('userDetails', ({ userId, rt }) => {
    const account = model.accounts.find((a) => a.userId === userId)!
    // The docs sample has no `message` here (docs/developer-api-protocol.md §2.2).
    const data = {
      actid: userId,
      email: account.email ?? `${userId.toLowerCase()}@sandbox.invalid`,
      exchange: ['NSE', 'BSE', 'NFO', 'BFO'],
      orarr: ['MKT', 'LMT', 'SL-LMT', 'SL-MKT'],
      requestTime: rt,
      uprev: 'INVESTOR',
      userName: account.userName ?? userId,
    }
    return { status: 200, body: { status: 'success', data } }
  })

  add('orderBook', ({ userId }) => {
    const live = broker.orders(userId).map(orderRow)
    const held = model.amo.pending(userId).map(amoRow)
    return success('Order book', [...live, ...held].reverse())
  })
  add('singleOrderHistory', ({ body, userId }) => {
    require(body, ['orderNumber'])
    const order = broker.find(userId, text(body.orderNumber))
    if (!order) throw new V1Failure(404, 'RESOURCE_NOT_FOUND', 'orderNumber', 'No order history found for this order number')
    return success('Order history', historyRows(order))
  })
  add('tradeBook', ({ userId }) => success('Trade book', tradeRows(broker, userId)))
  add('positionBook', ({ userId }) => success('Position book', positionRows(broker, userId)))
  add('holdings', ({ userId }) =>
    success(
      'Holdings',
      broker.holdings(userId).map((h) => ({ exchange: h.inst.exchange, tradingSymbol: h.inst.tradingSymbol })),
    ),
  )
  add('holdingsDetails', ({ userId }) => success('Holdings details', holdingDetailRows(broker, userId)))
  add('combinedHoldings', ({ userId, now }) => success('Combined holdings', combinedHoldings(model, userId, now)))
  add('limit', ({ userId, rt }) => {
    const m = broker.margins(userId)
    return success('Limits', {
      availableMargin: fixed(m.available),
      brkcollamt: '0.00',
      cash: fixed(m.cash),
      collateral: '0.00',
      expo: fixed(m.expo),
      marginused: fixed(m.used),
      payin: '0.00',
      peak_mar: fixed(m.peak),
      premium: fixed(m.premium),
      requestTime: rt,
      span: fixed(m.span),
    })
  })
  add('productConversion', (ctx) => productConversion(model, ctx))

  add('orderMargin', (ctx) => orderMargin(model, ctx))
  add('basketMargin', (ctx) => basketMargin(model, ctx))
  add('brokerageCalculator', ({ body }) => brokerage(model, body))
}

/** V1 login (docs/developer-api-protocol.md §1.4). */
function login(model: V1Model, { body, wallNow }: V1Context): Reply {
  for (const field of ['userId', 'password', 'vendorCode', 'apiKey']) {
    if (isMissing(body[field])) throw new V1Failure(400, 'MISSING_FIELD', field, `${field} cannot be empty`)
  }
  const account = model.accounts.find((a) => a.userId.toUpperCase() === text(body.userId).toUpperCase())
  if (!account) throw new V1Failure(401, 'INVALID_USERID', 'userId', 'userId parameter is invalid')
  // V1 takes the SHA-256 hex of the password, never the password itself (docs/developer-api-protocol.md §1.1).
  const sha = createHash('sha256').update(account.password).digest('hex')
  if (text(body.password).toLowerCase() !== sha) throw new V1Failure(401, 'INVALID_CREDENTIALS', 'password', 'Invalid credentials')
  if (isMissing(body.TOTP)) throw missing('TOTP')
  if (!checkTotp(account.totpSecret, text(body.TOTP), wallNow)) throw new V1Failure(401, 'INVALID_CREDENTIALS', 'TOTP', 'Invalid TOTP')
  if (text(body.apiKey) !== account.apiKey) throw new V1Failure(401, 'INVALID_CREDENTIALS', 'apiKey', 'Invalid apiKey')
  if (text(body.vendorCode) !== account.vendorCode) throw new V1Failure(401, 'INVALID_CREDENTIALS', 'vendorCode', 'Invalid vendorCode')
  return success('Login successful', {
    actid: account.userId,
    userName: account.userName ?? account.userId,
    susertoken: model.sessions.issue(account.userId),
    email: account.email ?? `${account.userId.toLowerCase()}@sandbox.invalid`,
  })
}

function productConversion(model: V1Model, { body, userId, rt }: V1Context): Reply {
  require(body, ['exchange', 'tradingSymbol', 'quantity', 'product'])
  const inst = instrumentOf(model, body)
  const product = text(body.product).toUpperCase()
  const previous = isMissing(body.previousProduct) ? '' : text(body.previousProduct).toUpperCase()
  if (!['C', 'M', 'I'].includes(product)) throw bad('product', 'Invalid product: expected C, M or I')
  const flag = isMissing(body.msgFlag) ? '1' : text(body.msgFlag)
  if (!['1', '2', '3', '4'].includes(flag)) throw bad('msgFlag', 'msgFlag must be 1, 2, 3 or 4')
  const quantity = numeric(body, 'quantity')
  const side = flag === '1' || flag === '2' ? 'B' : 'S'
  // A refused conversion is a success envelope whose `Status` holds the rejection (docs/developer-api-protocol.md §1.2).
  const done = previous !== '' && Number.isInteger(quantity) && quantity > 0 && model.broker.convert(userId, inst, previous, product, side, quantity)
  const status = done ? 'Ok' : `RED:No open ${side === 'B' ? 'buy' : 'sell'} position of ${quantity} in product ${previous || '?'} to convert`
  return success('Partial position conversion info fetched', { Status: status, requestTime: rt })
}

function orderMargin(model: V1Model, { body, userId, rt }: V1Context): Reply {
  const input = orderInput(model, { ...body, retention: 'DAY' }, ['exchange', 'transactionType', 'product', 'tradingSymbol', 'quantity', 'priceType', 'price'])
  const price = input.price > 0 ? input.price : input.inst.ltp
  const required = model.broker.requiredMargin(userId, input.inst, input.product, input.transactionType, input.quantity, price)
  const available = model.broker.margins(userId).available
  return success('Order margin', {
    availableMargin: fixed(available),
    cash: fixed(model.broker.margins(userId).cash),
    marginOnNewOrder: fixed(required),
    remarks: required > available ? 'Insufficient Balance' : 'Order Success',
    requestTime: rt,
  })
}

function basketMargin(model: V1Model, { body, userId }: V1Context): Reply {
  const fields = ['exchange', 'transactionType', 'product', 'tradingSymbol', 'quantity', 'priceType', 'price']
  const rest = Array.isArray(body.BasketList_Params) ? (body.BasketList_Params as Body[]) : []
  const legs = [body, ...rest].map((leg) => orderInput(model, { ...leg, retention: 'DAY', mkt_protection: '1' }, fields))
  let total = 0
  let largest = 0
  for (const i of legs) {
    const m = model.broker.requiredMargin(userId, i.inst, i.product, i.transactionType, i.quantity, i.price)
    total += m
    largest = Math.max(largest, m)
  }
  const hedged = legs.length > 1 ? Math.max(largest, total * 0.7) : total
  const available = model.broker.margins(userId).available
  const round = (n: number) => Math.round(n * 10_000) / 10_000
  return success('Fetched basket margin successfully', {
    BasketMargin: [round(largest), round(hedged), legs.length],
    MarginOnNewOrder: round(hedged),
    PreviousMargin: round(model.broker.margins(userId).used),
    Remarks: hedged > available ? 'Insufficient Balance' : '',
    TradedMargin: round(hedged),
  })
}

/** Charges of one trade, as numbers (docs/developer-api-protocol.md §2.5); flat ₹20 or 0.03% per order, statutory rates of 2026. */
function brokerage(model: V1Model, body: Body): Reply {
  const product = isMissing(body.Product) ? body.product : body.Product
  if (isMissing(product)) throw missing('Product')
  require(body, ['exchange', 'tradingSymbol', 'transactionType', 'quantity', 'price'])
  const inst = instrumentOf(model, body)
  const quantity = numeric(body, 'quantity')
  const price = numeric(body, 'price')
  const turnover = quantity * price
  const option = inst.kind === 'option'
  const delivery = text(product).toUpperCase() === 'C'
  const buy = text(body.transactionType).toUpperCase() === 'B'
  const r2 = (n: number) => Math.round(n * 100) / 100
  const brokerageFee = delivery ? 0 : Math.min(20, turnover * 0.0003)
  const exchangeCharge = turnover * (option ? 0.0003503 : inst.kind === 'future' ? 0.0000173 : 0.0000297)
  const sebi = turnover * 0.000001
  const stamp = buy ? turnover * (delivery ? 0.00015 : option ? 0.00003 : 0.00002) : 0
  const gst = 0.18 * (brokerageFee + exchangeCharge + sebi)
  return success('Brokerage Data', {
    brokerage: r2(brokerageFee),
    exchange_charge: r2(exchangeCharge),
    gst: r2(gst),
    remarks: '',
    sebi_charge: r2(sebi),
    stamp_duty: r2(stamp),
  })
}

/** combinedHoldings (docs/developer-api-protocol.md §2.4): no mutual funds in the sandbox; stocks valued at the last price. */
function combinedHoldings(model: V1Model, userId: string, now: number) {
  const rows = holdingDetailRows(model.broker, userId)
  let invested = 0
  let current = 0
  let day = 0
  for (const row of rows) {
    const symbol = (row.exchangeTradingSymbol as Array<Record<string, string>>)[0]!
    const inst = model.market.get(symbol.exchange!, symbol.token!)
    const qty = Number(row.holdQuantity) - Number(row.usedQuantity)
    invested += qty * Number(row.uploadPrice)
    current += qty * (inst?.ltp ?? 0)
    day += qty * ((inst?.ltp ?? 0) - (inst?.prevClose ?? 0))
  }
  const r2 = (n: number) => Math.round(n * 100) / 100
  const pct = (part: number, whole: number) => (whole === 0 ? 0 : r2((part / whole) * 100))
  const totals = (count: number) => ({
    totalInvested: r2(invested),
    totalCurrentValue: r2(current),
    totalReturns: r2(current - invested),
    totalReturnsPercent: pct(current - invested, invested),
    dayReturns: r2(day),
    dayReturnsPercent: pct(day, current - day),
    numberOfHoldings: count,
  })
  const stocks = totals(rows.length)
  const fund = indexFund(model, now)
  const funds = {
    totalInvested: fund.investedAmount,
    totalCurrentValue: fund.currentValue,
    totalReturns: fund.pnlAmount,
    totalReturnsPercent: fund.pnlPercent,
    numberOfHoldings: 1,
    dayReturns: fund.dayReturns,
    dayReturnsPercent: fund.dayReturnsPercent,
  }
  invested += funds.totalInvested
  current += funds.totalCurrentValue
  day += funds.dayReturns
  const { dayReturns: _d, dayReturnsPercent: _p, ...holding } = fund
  return {
    mutualFunds: { holdings: [holding], ...funds },
    stocks: { holdings: rows, ...stocks },
    combinedHoldings: totals(rows.length + 1),
  }
}

/** The one mutual fund every sandbox account holds: a NIFTY 50 index fund whose NAV follows the index. */
function indexFund(model: V1Model, now: number) {
  const nifty = model.market.get('NSE', '26000')
  const nav = (price: number) => Math.round((price / 100) * 10_000) / 10_000
  const r2 = (n: number) => Math.round(n * 100) / 100
  const units = 250
  const avgNav = 150
  const currentNav = nav(nifty?.ltp ?? 15_000)
  const previousNav = nav(nifty?.prevClose ?? 15_000)
  const invested = units * avgNav
  const value = r2(units * currentNav)
  const navDate = new Date(now + 330 * 60_000).toISOString().slice(0, 10)
  return {
    fundName: 'Sandbox Nifty 50 Index Fund - Direct Plan - Growth',
    isin: 'INF000S01019',
    avgNav,
    currentNav,
    navDate,
    investedAmount: invested,
    currentValue: value,
    pnlAmount: r2(value - invested),
    pnlPercent: r2(((value - invested) / invested) * 100),
    holdingQuantity: units,
    customAvailableToPledgeQty: 0,
    customPledgeQty: 0,
    isPledge: false,
    pledgeReqQty: 0,
    sipDetails: { totalSips: 0, totalAmount: 0, nextInvestmentAmount: 0, frequency: 'NONE', nextDueDate: '' },
    approvedPrevClose: previousNav,
    folioNum: '0000000000',
    availableToRedeemUnits: units,
    availableToRedeemAmount: value,
    dayReturns: r2(units * (currentNav - previousNav)),
    dayReturnsPercent: previousNav === 0 ? 0 : r2(((currentNav - previousNav) / previousNav) * 100),
  }
}
