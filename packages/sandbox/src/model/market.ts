import { blackScholes, RATE, YEAR_MS } from './black-scholes.js'
import type { Holidays } from './calendar.js'
import { candles } from './candles.js'
import type { Candle, Instrument, Level } from './instrument.js'
import { listInstruments } from './listing.js'
import { gaussian, istMidnight, MINUTE_MS, mulberry32, roundTo, seedFrom } from '../util.js'

export { blackScholes } from './black-scholes.js'
export type { Candle, Instrument, InstrumentKind, Level } from './instrument.js'

/** Instruments walked by one PRNG. A group appended later has its own, so it never shifts an earlier group's draws. */
interface WalkGroup {
  rand: () => number
  members: Instrument[]
}


export interface MarketOptions {
  seed: number | string
  /** The simulated clock: the calendar, quotes' times and candles read it. */
  now: () => number
  holidays: Holidays
  tokensPerTick: number
}

/**
 * The instrument master plus a seeded random walk. Random draws come in a fixed order from one PRNG per walk group:
 * the original instruments, then the BFO set appended later (so seeds from before BFO replay unchanged).
 */
export class Market {
  readonly list: Instrument[] = []
  private readonly byKey = new Map<string, Instrument>()
  private readonly bySymbol = new Map<string, Instrument>()
  /** add() appends to the last group. */
  private readonly groups: WalkGroup[] = []
  private readonly seed: number
  private readonly listeners = new Set<(moved: Instrument[]) => void>()
  /** Steps taken so far. */
  steps = 0

  /** Model time for pricing: 09:15 IST today plus 250 ms per step, so the walk never depends on wall time. */
  private readonly sessionOpen: number

  constructor(private readonly options: MarketOptions) {
    this.seed = seedFrom(options.seed)
    this.groups.push({ rand: mulberry32(this.seed), members: [] })
    this.sessionOpen = istMidnight(options.now()) + (9 * 60 + 15) * MINUTE_MS
    listInstruments({
      seed: this.seed,
      holidays: options.holidays,
      now: () => this.now(),
      rand: () => this.rand,
      newGroup: (rand) => {
        this.groups.push({ rand, members: [] })
      },
      add: (fields, price) => this.add(fields, price),
      fairFuture: (spot, expiry) => this.fairFuture(spot, expiry),
      modelTime: () => this.modelTime(),
    })
  }

  private modelTime(): number {
    return this.sessionOpen + this.steps * 250
  }

  /** The simulated clock now. */
  now(): number {
    return this.options.now()
  }

  /** The PRNG of the group being built. */
  private get rand(): () => number {
    return this.groups.at(-1)!.rand
  }

  private add(fields: Partial<Instrument> & Pick<Instrument, 'exchange' | 'token' | 'tradingSymbol' | 'kind'>, price: number) {
    const group = this.groups.at(-1)!
    const rand = group.rand
    const tickSize = fields.tickSize ?? 0.05
    const prevClose = roundTo(price, tickSize)
    const drift = 1 + 0.006 * gaussian(rand)
    const open = fields.kind === 'option' ? prevClose : roundTo(prevClose * drift, tickSize)
    const band = fields.kind === 'equity' ? 0.1 : fields.kind === 'index' ? 0 : 0.4
    const inst: Instrument = {
      companyName: fields.tradingSymbol,
      symbolName: fields.tradingSymbol,
      instrumentName: 'EQ',
      segment: 'EQT',
      isin: '',
      tickSize,
      lotSize: 1,
      pricePrecision: 2,
      iv: 0.2,
      sigma: 0.0004,
      ...fields,
      prevClose,
      open,
      high: open,
      low: open,
      ltp: open,
      volume: 0,
      turnover: 0,
      ltq: 0,
      lastTradeAt: this.now(),
      oi: 0,
      poi: 0,
      upperCircuit: band ? roundTo(prevClose * (1 + band), tickSize) : 0,
      lowerCircuit: band ? Math.max(tickSize, roundTo(prevClose * (1 - band), tickSize)) : 0,
      high52: roundTo(prevClose * (1.15 + 0.25 * rand()), tickSize),
      low52: roundTo(prevClose * (0.6 + 0.2 * rand()), tickSize),
      bids: [],
      asks: [],
      bars: new Map(),
    }
    if (inst.kind === 'future' || inst.kind === 'option') {
      inst.poi = inst.lotSize * Math.floor(1000 + rand() * 50_000)
      inst.oi = inst.poi
    }
    this.refreshDepth(inst, rand)
    this.list.push(inst)
    group.members.push(inst)
    this.byKey.set(`${inst.exchange}|${inst.token}`, inst)
    this.bySymbol.set(`${inst.exchange}|${inst.tradingSymbol.toUpperCase()}`, inst)
    return inst
  }

  private fairFuture(spot: number, expiry: number): number {
    return spot * (1 + (RATE * Math.max(expiry - this.modelTime(), 0)) / YEAR_MS)
  }

  // ---- lookups ----

  get(exchange: string, token: string): Instrument | undefined {
    return this.byKey.get(`${String(exchange).toUpperCase()}|${String(token).trim()}`)
  }
  bySymbolName(exchange: string, tradingSymbol: string): Instrument | undefined {
    return this.bySymbol.get(`${String(exchange).toUpperCase()}|${String(tradingSymbol).trim().toUpperCase()}`)
  }
  /** The segment listing an underlying's options (SENSEX → BFO); NFO when none is listed, as V3 strategies assume. */
  optionExchange(symbol: string): string {
    return this.list.find((i) => i.kind === 'option' && i.symbolName === symbol)?.exchange ?? 'NFO'
  }
  search(text: string, limit = 20): Instrument[] {
    const needle = text.trim().toUpperCase()
    if (!needle) return []
    const starts = this.list.filter((i) => i.tradingSymbol.toUpperCase().startsWith(needle))
    const contains = this.list.filter(
      (i) =>
        !starts.includes(i) && (i.tradingSymbol.toUpperCase().includes(needle) || i.companyName.toUpperCase().includes(needle)),
    )
    return [...starts, ...contains].slice(0, limit)
  }

  onMove(listener: (moved: Instrument[]) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  // ---- the walk ----

  /**
   * Advance `n` steps; each moves `tokensPerTick` instruments of the first group picked by its PRNG, and of each later
   * group its proportional share (at least one), so every instrument moves about as often.
   */
  step(n = 1): void {
    const count = Math.max(1, Math.floor(this.options.tokensPerTick))
    const base = this.groups[0]!.members.length
    for (let s = 0; s < n; s++) {
      const moved = new Set<Instrument>()
      for (const { rand, members } of this.groups) {
        const picks = Math.max(1, Math.round((count * members.length) / base))
        for (let i = 0; i < picks; i++) {
          const inst = members[Math.floor(rand() * members.length)]!
          this.move(inst, rand)
          moved.add(inst)
        }
      }
      this.steps++
      const list = [...moved]
      for (const listener of this.listeners) listener(list)
    }
  }

  private move(inst: Instrument, rand: () => number) {
    const g = gaussian(rand)
    const u = rand()
    let price: number
    if (inst.kind === 'option' && inst.underlying && inst.strike !== undefined && inst.expiry !== undefined) {
      const t = Math.max(inst.expiry - this.modelTime(), 3_600_000) / YEAR_MS
      const bs = blackScholes(inst.underlying.ltp, inst.strike, t, RATE, inst.iv)
      const fair = inst.optionType === 'CE' ? bs.call : bs.put
      price = Math.max(inst.tickSize, fair * (1 + 0.004 * g))
    } else if (inst.kind === 'future' && inst.underlying && inst.expiry !== undefined) {
      price = this.fairFuture(inst.underlying.ltp, inst.expiry) + g * inst.tickSize * 4
    } else {
      price = inst.ltp * (1 + inst.sigma * g)
    }
    price = roundTo(price, inst.tickSize)
    if (inst.upperCircuit > 0) price = Math.min(inst.upperCircuit, Math.max(inst.lowerCircuit, price))
    price = Math.max(inst.tickSize, price)
    const now = this.now()
    inst.ltp = price
    inst.high = Math.max(inst.high, price)
    inst.low = Math.min(inst.low, price)
    inst.high52 = Math.max(inst.high52, price)
    inst.low52 = Math.min(inst.low52, price)
    inst.lastTradeAt = now
    if (inst.kind !== 'index') {
      inst.ltq = inst.lotSize * (1 + Math.floor(u * 20))
      inst.volume += inst.ltq
      inst.turnover += inst.ltq * price
      if (inst.kind !== 'equity') inst.oi = Math.max(0, inst.oi + inst.lotSize * Math.round((u - 0.45) * 10))
    }
    this.refreshDepth(inst, rand)
    const minute = Math.floor(now / MINUTE_MS) * MINUTE_MS
    const bar = inst.bars.get(minute)
    if (bar) {
      bar.h = Math.max(bar.h, price)
      bar.l = Math.min(bar.l, price)
      bar.c = price
      bar.v += inst.ltq
    } else {
      inst.bars.set(minute, { t: minute, o: price, h: price, l: price, c: price, v: inst.ltq })
      if (inst.bars.size > 3000) inst.bars.delete(inst.bars.keys().next().value!)
    }
  }

  /** Five levels either side of the last price. */
  private refreshDepth(inst: Instrument, rand: () => number) {
    if (inst.kind === 'index') {
      inst.bids = []
      inst.asks = []
      return
    }
    const tick = inst.tickSize
    const spread = rand() < 0.5 ? 1 : 2
    const bids: Level[] = []
    const asks: Level[] = []
    let bid = roundTo(inst.ltp - tick * (spread - 1), tick)
    let ask = roundTo(bid + tick * spread, tick)
    for (let i = 0; i < 5; i++) {
      bids.push({ price: Math.max(tick, bid), qty: inst.lotSize * (1 + Math.floor(rand() * 40)), orders: 1 + Math.floor(rand() * 9) })
      asks.push({ price: ask, qty: inst.lotSize * (1 + Math.floor(rand() * 40)), orders: 1 + Math.floor(rand() * 9) })
      bid = roundTo(bid - tick * (1 + Math.floor(rand() * 2)), tick)
      ask = roundTo(ask + tick * (1 + Math.floor(rand() * 2)), tick)
    }
    inst.bids = bids
    inst.asks = asks
  }

  averagePrice(inst: Instrument): number {
    return inst.volume > 0 ? inst.turnover / inst.volume : 0
  }
  changePercent(inst: Instrument): number {
    return inst.prevClose > 0 ? ((inst.ltp - inst.prevClose) / inst.prevClose) * 100 : 0
  }
  totalBuyQty(inst: Instrument): number {
    return inst.bids.reduce((sum, l) => sum + l.qty, 0) * 37
  }
  totalSellQty(inst: Instrument): number {
    return inst.asks.reduce((sum, l) => sum + l.qty, 0) * 35
  }

  /** Minute candles (`interval` minutes, aligned to 09:15 IST) or DAY candles between two instants, newest first. */
  candles(inst: Instrument, interval: number | 'DAY', from: number, to: number): Candle[] {
    return candles(inst, interval, from, to, this.seed, this.now())
  }

  /** A plain snapshot for tests: numbers, not wire strings. */
  snapshot(inst: Instrument): QuoteSnapshot {
    return {
      exchange: inst.exchange,
      token: inst.token,
      tradingSymbol: inst.tradingSymbol,
      ltp: inst.ltp,
      open: inst.open,
      high: inst.high,
      low: inst.low,
      close: inst.prevClose,
      volume: inst.volume,
      bid: inst.bids[0]?.price ?? 0,
      ask: inst.asks[0]?.price ?? 0,
      lotSize: inst.lotSize,
      tickSize: inst.tickSize,
    }
  }
}

/** The simulated quote of one instrument now (prices as numbers), as `sb.market.quote()` returns it. */
export interface QuoteSnapshot {
  exchange: string
  token: string
  tradingSymbol: string
  ltp: number
  open: number
  high: number
  low: number
  /** The previous day's close. */
  close: number
  volume: number
  /** Best bid, 0 when the book is empty (indices). */
  bid: number
  /** Best ask, 0 when the book is empty (indices). */
  ask: number
  lotSize: number
  tickSize: number
}
