import { fixed, yymmdd } from '../util.js'
import { marginFor } from './margins.js'
import type { Instrument, Market } from './market.js'
import { type Account, applyToNet, type Fill, fillCap, type Holding, ModifyError, OPEN_STATES, type Order, type OrderInput, type OrderState, type Position } from './order.js'

export { fillCap, ModifyError, type Fill, type Order, type OrderInput, type OrderState, type OrderStatus } from './order.js'

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

  private rejectReason(userId: string, input: OrderInput): string | undefined {
    const { inst } = input
    const derivative = inst.exchange === 'NFO' || inst.exchange === 'BFO' || inst.exchange === 'MCX'
    if (inst.kind === 'index') return `ORA:Index ${inst.tradingSymbol} is not tradable`
    if (input.product === 'M' && !derivative) return `ORA:Product Regular not enabled on exchange ${inst.exchange}`
    if (input.product === 'C' && derivative) return `ORA:Product Delivery not enabled on exchange ${inst.exchange}`
    if (input.quantity % inst.lotSize !== 0) return `ORA:Quantity ${input.quantity} is not a multiple of lot size ${inst.lotSize}`
    const limitPriced = input.priceType === 'LMT' || input.priceType === 'SL-LMT'
    const offTick = (p: number) => Math.abs(Math.round(p / inst.tickSize) * inst.tickSize - p) > 1e-6
    if (limitPriced && offTick(input.price)) return `ORA:Price ${input.price} is not a multiple of tick size ${inst.tickSize}`
    if (input.priceType.startsWith('SL') && offTick(input.triggerPrice))
      return `ORA:Trigger price ${input.triggerPrice} is not a multiple of tick size ${inst.tickSize}`
    if (limitPriced && inst.upperCircuit > 0 && (input.price > inst.upperCircuit || input.price < inst.lowerCircuit)) {
      return `ORA:Price ${fixed(input.price)} is outside the circuit limits ${fixed(inst.lowerCircuit)} - ${fixed(inst.upperCircuit)}`
    }
    if (input.priceType === 'SL-LMT' || input.priceType === 'SL-MKT') {
      const wrongSide = input.transactionType === 'B' ? input.triggerPrice <= inst.ltp : input.triggerPrice >= inst.ltp
      if (wrongSide) return `RED:Trigger price ${fixed(input.triggerPrice)} is on the wrong side of the last price ${fixed(inst.ltp)}`
    }
    if (input.product === 'C' && input.transactionType === 'S') {
      const account = this.account(userId)
      const held = account.holdings.filter((h) => h.inst === inst || h.bse === inst).reduce((s, h) => s + h.quantity - h.used, 0)
      const bought = account.positions.get(this.key(inst, 'C'))?.net ?? 0
      const pendingSells = account.orders
        .filter((o) => o.inst === inst && o.product === 'C' && o.transactionType === 'S' && OPEN_STATES.has(o.status))
        .reduce((s, o) => s + o.quantity - o.fillShares, 0)
      if (input.quantity > held + Math.max(0, bought) - pendingSells) return 'RED:Insufficient holdings to sell'
    }
    const required = this.requiredMargin(userId, inst, input.product, input.transactionType, input.quantity, input.price)
    const available = this.margins(userId).available
    if (required > available + 1e-9) {
      return `RED:Margin Shortfall:INR ${inr(required - Math.max(available, 0))} Available:INR ${inr(Math.max(available, 0))}`
    }
    return undefined
  }

  /** Accepts an order (it may still end REJECTED, as the exchange would). */
  place(userId: string, input: OrderInput): Order {
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
    const reason = this.rejectReason(userId, input)
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
    this.tryFill(order, true)
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
    order.status = 'CANCELED'
    order.cancelQty = order.quantity - order.fillShares
    order.exchangeTime = this.now()
    this.state(order, 'Canceled')
    return order
  }

  // ---- matching ----

  private match(): void {
    for (const account of this.accounts.values()) {
      for (const order of account.orders) if (order.status === 'OPEN' || order.status === 'TRIGGER_PENDING') this.tryFill(order, false)
    }
  }

  private tryFill(order: Order, onEntry: boolean): void {
    const { inst } = order
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
    const touch = order.transactionType === 'B' ? inst.asks[0]?.price ?? inst.ltp : inst.bids[0]?.price ?? inst.ltp
    let price: number | undefined
    if (order.priceType === 'MKT') price = touch
    else if (order.transactionType === 'B' ? touch <= order.price : touch >= order.price) price = touch
    if (price !== undefined) {
      const qty = Math.min(order.quantity - order.fillShares, fillCap(inst))
      this.fill(order, qty, price)
    }
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
    const dest = this.position(userId, inst, to)
    const avg = source.netAvg
    const signed = side === 'B' ? qty : -qty
    source.net -= signed
    if (source.net === 0) source.netAvg = 0
    if (side === 'B') {
      source.buyQty -= qty
      source.buyAmt -= qty * avg
      dest.buyQty += qty
      dest.buyAmt += qty * avg
    } else {
      source.sellQty -= qty
      source.sellAmt -= qty * avg
      dest.sellQty += qty
      dest.sellAmt += qty * avg
    }
    applyToNet(dest, signed, avg)
    return true
  }

  // ---- views (plain numbers; the dialects format them) ----

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

function inr(value: number): string {
  return value.toLocaleString('en-IN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
}

