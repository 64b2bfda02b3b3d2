import { yymmdd } from '../util.js'
import { marginFor } from './margins.js'
import { protectionLimit, sweep } from './match.js'
import { applyToNet, movePosition, settlePosition } from './positions.js'
import { orderRejectReason, sessionRejectReason } from './order-checks.js'
import type { Instrument, Market } from './market.js'
import { type Account, type Fill, type Holding, ModifyError, OPEN_STATES, type Order, type OrderInput, type OrderState, type Position } from './order.js'

export { ModifyError, type Fill, type Order, type OrderInput, type OrderState, type OrderStatus } from './order.js'

/** Per-user order books, positions and funds; matching runs against the market on every step. */
export class Broker {
  private readonly accounts = new Map<string, Account>()
  private readonly listeners = new Set<(order: Order, state: OrderState) => void>()
  private serial = 0
  private exchSerial = 0
  private fillSerial = 87_138_000

  constructor(
    private readonly market: Market,
    private readonly now: () => number,
    private readonly startingCash: number,
  ) {
    market.onMove(() => this.match())
  }

  onUpdate(listener: (order: Order, state: OrderState) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  account(userId: string): Account {
    let account = this.accounts.get(userId)
    if (!account) {
      account = { cash: this.startingCash, orders: [], positions: new Map(), holdings: this.defaultHoldings(), peakMargin: 0 }
      this.accounts.set(userId, account)
    }
    return account
  }

  private defaultHoldings(): Holding[] {
    const seed: Array<[string, string, number, number]> = [
      ['ITC-EQ', 'ITC', 25, 362.15],
      ['RELIANCE-EQ', 'RELIANCE', 10, 2210.4],
      ['TCS-EQ', 'TCS', 5, 3105],
      ['INFY-EQ', '', 12, 1388.2],
    ]
    const out: Holding[] = []
    for (const [symbol, bse, quantity, price] of seed) {
      const inst = this.market.bySymbolName('NSE', symbol)
      if (!inst) continue
      const bseInst = bse ? this.market.bySymbolName('BSE', bse) : undefined
      out.push({ inst, ...(bseInst ? { bse: bseInst } : {}), quantity, price, used: 0, sellAmount: 0 })
    }
    return out
  }

  /** Every order, or one user's, oldest first. */
  orders(userId?: string): Order[] {
    if (userId) return [...(this.accounts.get(userId)?.orders ?? [])]
    return [...this.accounts.values()].flatMap((a) => a.orders)
  }

  find(userId: string, orderNumber: string): Order | undefined {
    return this.accounts.get(userId)?.orders.find((o) => o.orderNumber === String(orderNumber).trim())
  }

  // ---- money ----

  private orderMargin(order: Order): number {
    const remaining = order.quantity - order.fillShares
    if (remaining <= 0 || !OPEN_STATES.has(order.status)) return 0
    const position = this.accounts.get(order.userId)?.positions.get(this.key(order.inst, order.product))
    const closing = position && (order.transactionType === 'B' ? position.net < 0 : position.net > 0)
    if (closing && remaining <= Math.abs(position.net)) return 0
    const price = order.price > 0 ? order.price : order.inst.ltp
    return marginFor(order.inst, order.product, order.transactionType, remaining, price)
  }

  margins(userId: string) {
    const account = this.account(userId)
    let span = 0
    let premium = 0
    let cashEquity = 0
    for (const position of account.positions.values()) {
      if (position.net === 0) continue
      const side = position.net > 0 ? 'B' : 'S'
      const price = position.inst.kind === 'option' && side === 'B' ? position.netAvg : position.inst.ltp
      const m = marginFor(position.inst, position.product, side, Math.abs(position.net), price)
      if (position.inst.kind === 'option' && side === 'B') premium += m
      else if (position.inst.kind === 'equity') cashEquity += m
      else span += m
    }
    const orders = account.orders.reduce((sum, o) => sum + this.orderMargin(o), 0)
    const used = span + premium + cashEquity + orders
    account.peakMargin = Math.max(account.peakMargin, used)
    const realized = [...account.positions.values()].reduce((sum, p) => sum + p.realized, 0)
    const unrealized = [...account.positions.values()].reduce((sum, p) => sum + this.unrealized(p), 0)
    return {
      cash: account.cash,
      used,
      span: span * 0.75,
      expo: span * 0.25,
      premium,
      peak: account.peakMargin,
      realized,
      unrealized,
      available: account.cash + realized - used,
    }
  }

  /** What orderMargin/basketMargin answer for a prospective order. */
  requiredMargin(userId: string, inst: Instrument, product: string, side: 'B' | 'S', qty: number, price: number): number {
    const position = this.account(userId).positions.get(this.key(inst, product))
    if (position && (side === 'B' ? position.net < 0 : position.net > 0) && qty <= Math.abs(position.net)) return 0
    return marginFor(inst, product, side, qty, price > 0 ? price : inst.ltp)
  }

  // ---- order entry ----

  private state(order: Order, reportType: string, extra: Partial<OrderState> = {}): void {
    order.reportType = reportType
    const state: OrderState = {
      at: this.now(),
      status: order.status,
      reportType,
      price: order.price,
      quantity: order.quantity,
      priceType: order.priceType,
      triggerPrice: order.triggerPrice,
      fillShares: order.fillShares,
      averagePrice: order.averagePrice,
      exchordid: order.exchordid,
      ...(order.exchangeTime !== undefined ? { exchangeTime: order.exchangeTime } : {}),
      cancelQty: order.cancelQty,
      rejectReason: order.rejectReason,
      ...extra,
    }
    order.history.push(state)
    for (const listener of this.listeners) listener(order, state)
  }

  /** Accepts an order (it may still end REJECTED, as the exchange would). */
  place(userId: string, input: OrderInput): Order {
    this.sessionTick()
    const account = this.account(userId)
    const now = this.now()
    this.serial += 1
    const order: Order = {
      orderNumber: `${yymmdd(now)}${String(this.serial).padStart(8, '0')}`,
      userId,
      ...input,
      status: 'PENDING',
      reportType: 'NewAck',
      fillShares: 0,
      averagePrice: 0,
      exchordid: '',
      cancelQty: 0,
      rejectReason: '',
      placedAt: now,
      history: [],
      fills: [],
    }
    const reason = sessionRejectReason(this.market, input, now) ?? orderRejectReason(this, userId, input)
    account.orders.push(order)
    this.state(order, 'NewAck')
    if (reason) {
      order.status = 'REJECTED'
      order.rejectReason = reason
      this.state(order, 'Rejected')
      return order
    }
    this.state(order, 'PendingNew')
    this.exchSerial += 1
    order.exchordid = `1100000${String(10_310_130 + this.exchSerial).padStart(9, '0')}`
    order.exchangeTime = now
    if (order.priceType === 'SL-LMT' || order.priceType === 'SL-MKT') {
      order.status = 'TRIGGER_PENDING'
      this.state(order, 'TriggerPending')
    } else {
      order.status = 'OPEN'
      this.state(order, 'New')
    }
    // Pre-open orders are collected for the 09:15 auction.
    if (this.market.hours.phase(input.inst.exchange, now) === 'pre-open') order.preOpen = true
    else this.tryFill(order, true)
    return order
  }

  modify(
    userId: string,
    orderNumber: string,
    change: { quantity: number; price: number; triggerPrice: number; priceType: string },
  ): Order {
    const order = this.find(userId, orderNumber)
    if (!order || (order.status !== 'OPEN' && order.status !== 'TRIGGER_PENDING')) {
      throw new ModifyError('Order not found to modify')
    }
    order.status = 'PENDING'
    this.state(order, 'ModAck', { price: change.price, quantity: change.quantity })
    this.state(order, 'PendingReplace', { price: change.price, quantity: change.quantity })
    order.quantity = Math.max(change.quantity, order.fillShares)
    order.price = change.price
    order.triggerPrice = change.triggerPrice
    order.priceType = change.priceType
    delete order.marketLimit
    order.exchangeTime = this.now()
    order.status = change.priceType.startsWith('SL') ? 'TRIGGER_PENDING' : 'OPEN'
    if (order.fillShares >= order.quantity) order.status = 'COMPLETE'
    this.state(order, 'Replaced')
    this.tryFill(order, true)
    return order
  }

  cancel(userId: string, orderNumber: string): Order {
    const order = this.find(userId, orderNumber)
    if (!order || !OPEN_STATES.has(order.status)) throw new ModifyError('Order not found to cancel')
    order.status = 'PENDING'
    this.state(order, 'PendingCancel')
    this.closeOrder(order)
    return order
  }

  // ---- matching ----

  private match(): void {
    this.sessionTick()
    for (const account of this.accounts.values()) {
      for (const order of account.orders) if (order.status === 'OPEN' || order.status === 'TRIGGER_PENDING') this.tryFill(order, false)
    }
  }

  /**
   * What the clock decides: expired contracts settle at their last price and their orders are cancelled; orders still
   * open when their exchange closes are cancelled (DAY orders do not outlive the session); once continuous trading
   * starts, the orders collected in pre-open match at one auction price, the instrument's price at the open.
   */
  private sessionTick(): void {
    const now = this.now()
    for (const account of this.accounts.values()) {
      for (const position of account.positions.values()) {
        if (position.net !== 0 && this.market.expired(position.inst, now)) settlePosition(position, position.inst.ltp)
      }
      for (const order of account.orders) {
        if (!OPEN_STATES.has(order.status)) continue
        const phase = this.market.hours.phase(order.inst.exchange, now)
        if (phase === 'closed' || this.market.expired(order.inst, now)) this.closeOrder(order)
        else if (phase === 'open' && order.preOpen) this.auction(order)
      }
    }
  }

  /** Cancels what is left of an order (a cancel request, the end of the session, an expired contract). */
  private closeOrder(order: Order): void {
    order.status = 'CANCELED'
    order.cancelQty = order.quantity - order.fillShares
    order.exchangeTime = this.now()
    this.state(order, 'Canceled')
  }

  /** A pre-open order at the auction: filled in full at the auction price when its limit allows it. */
  private auction(order: Order): void {
    order.preOpen = false
    const price = order.inst.ltp
    const crosses = order.priceType === 'MKT' || (order.transactionType === 'B' ? order.price >= price : order.price <= price)
    if (crosses && order.status === 'OPEN') this.fill(order, order.quantity - order.fillShares, price)
  }

  private tryFill(order: Order, onEntry: boolean): void {
    const { inst } = order
    // No fill outside continuous trading; pre-open orders wait for the auction.
    if (order.preOpen || !this.market.trading(inst)) return
    if (order.status === 'TRIGGER_PENDING') {
      const hit = order.transactionType === 'B' ? inst.ltp >= order.triggerPrice : inst.ltp <= order.triggerPrice
      if (!hit) return
      // The live V3 service reports a triggered stop as INVALID_REPORT_TYPE with prctyp turned LMT/MKT.
      order.priceType = order.priceType === 'SL-MKT' ? 'MKT' : 'LMT'
      order.status = 'OPEN'
      order.exchangeTime = this.now()
      this.state(order, 'INVALID_REPORT_TYPE')
    }
    if (order.status !== 'OPEN') return
    // Fills come from the book's depth, level by level, inside the order's limit (a market order's protection):
    // what the depth cannot fill now waits for the market to come back, and may fill over several steps.
    const side = order.transactionType
    if (order.priceType === 'MKT') {
      const band = { lower: inst.lowerCircuit, upper: inst.upperCircuit }
      order.marketLimit ??= protectionLimit(side, inst.ltp, inst.tickSize, band, order.marketProtection)
    }
    const limit = order.priceType === 'MKT' ? order.marketLimit! : order.price
    const levels = side === 'B' ? inst.asks : inst.bids
    for (const fill of sweep(side, order.quantity - order.fillShares, limit, levels)) this.fill(order, fill.qty, fill.price)
    if (side === 'B') inst.asks = levels.filter((l) => l.qty > 0)
    else inst.bids = levels.filter((l) => l.qty > 0)
    if (onEntry && order.retention === 'IOC' && order.status === 'OPEN') {
      order.status = 'CANCELED'
      order.cancelQty = order.quantity - order.fillShares
      this.state(order, 'Canceled')
    }
  }

  private fill(order: Order, qty: number, price: number): void {
    const now = this.now()
    this.fillSerial += 1
    const fill: Fill = { fillId: String(this.fillSerial), quantity: qty, price, at: now }
    order.fills.push(fill)
    order.averagePrice = (order.averagePrice * order.fillShares + qty * price) / (order.fillShares + qty)
    order.fillShares += qty
    order.exchangeTime = now
    if (order.fillShares >= order.quantity) order.status = 'COMPLETE'
    this.book(order, qty, price)
    this.state(order, 'Fill', { fill })
  }

  private key(inst: Instrument, product: string): string {
    return `${inst.exchange}|${inst.token}|${product}`
  }

  private position(userId: string, inst: Instrument, product: string): Position {
    const positions = this.account(userId).positions
    const key = this.key(inst, product)
    let position = positions.get(key)
    if (!position) {
      position = { inst, product, buyQty: 0, buyAmt: 0, sellQty: 0, sellAmt: 0, net: 0, netAvg: 0, realized: 0 }
      positions.set(key, position)
    }
    return position
  }

  private book(order: Order, qty: number, price: number): void {
    const position = this.position(order.userId, order.inst, order.product)
    const signed = order.transactionType === 'B' ? qty : -qty
    if (order.transactionType === 'B') {
      position.buyQty += qty
      position.buyAmt += qty * price
    } else {
      position.sellQty += qty
      position.sellAmt += qty * price
    }
    applyToNet(position, signed, price)
    if (order.product === 'C' && order.transactionType === 'S') {
      let left = qty
      for (const holding of this.account(order.userId).holdings) {
        if (holding.inst !== order.inst && holding.bse !== order.inst) continue
        const take = Math.min(left, holding.quantity - holding.used)
        holding.used += take
        holding.sellAmount += take * price
        left -= take
      }
    }
  }

  private unrealized(position: Position): number {
    return position.net * (position.inst.ltp - position.netAvg)
  }

  /** Moves `qty` of a position from one product to another; false when there is no such position. */
  convert(
    userId: string,
    inst: Instrument,
    from: string,
    to: string,
    side: 'B' | 'S',
    qty: number,
  ): boolean {
    const source = this.account(userId).positions.get(this.key(inst, from))
    if (!source || from === to) return false
    const net = side === 'B' ? source.net : -source.net
    if (net < qty) return false
    movePosition(source, this.position(userId, inst, to), side, qty)
    return true
  }

  // ---- views (plain numbers; the dialects format them) ----

  /** One user's position in an instrument and product, if any. */
  positionOf(userId: string, inst: Instrument, product: string): Readonly<Position> | undefined {
    return this.account(userId).positions.get(this.key(inst, product))
  }

  /** One user's positions that traded or are open, with their unrealised P&L at the last price. */
  positions(userId: string): Array<Readonly<Position> & { unrealized: number }> {
    return [...this.account(userId).positions.values()]
      .filter((p) => p.buyQty > 0 || p.sellQty > 0 || p.net !== 0)
      .map((p) => ({ ...p, unrealized: this.unrealized(p) }))
  }

  /** One user's demat holdings. */
  holdings(userId: string): ReadonlyArray<Readonly<Holding>> {
    return this.account(userId).holdings
  }
}
