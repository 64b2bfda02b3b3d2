import type { Holidays } from './calendar.js'
import type { MarketHours } from './hours.js'
import { candles } from './candles.js'
import { anchorDepth, buildDepth } from './depth.js'
import type { Candle, Instrument, Level } from './instrument.js'
import { listInstruments } from './listing.js'
import { forwardPrice, priceOnSmile, yearsToExpiry } from './pricing.js'
import { profileOf, smileOf } from './profiles.js'
import { limits, setBand, widenBand } from './bands.js'
import { clampToBand, stepSigma, walkStep } from './walk.js'
import { gaussian, istMidnight, MINUTE_MS, mulberry32, roundTo, seedFrom } from '../util.js'

export type { Candle, Instrument, InstrumentKind, Level } from './instrument.js'

/** Model time per walk step. */
const STEP_MS = 250

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
  /** Market sessions: instruments trade (move, fill) only while their exchange is in continuous trading. */
  hours: MarketHours
  tokensPerTick: number
  /** Prices derivatives at this clock instead of 250 ms per step (a replay's recorded time). */
  pricingClock?: () => number
}

/**
 * The instrument master plus a seeded random walk. Random draws come in a fixed order from one PRNG per walk group:
 * the original instruments, then the BFO set appended later (so seeds from before BFO replay unchanged).
 */
export class Market {
  /** Every instrument ever listed, expired contracts too (still found by token and symbol). */
  private readonly known: Instrument[] = []
  /** What trades now (expired contracts left out), recomputed when the clock passes `nextExpiry`. */
  private current: Instrument[] = []
  private nextExpiry = Number.NEGATIVE_INFINITY
  private listedAt = Number.NEGATIVE_INFINITY
  /** Lists the contracts the calendar brings in by a moment (see listInstruments). */
  private readonly roll: (now: number) => void
  private readonly byKey = new Map<string, Instrument>()
  private readonly bySymbol = new Map<string, Instrument>()
  /** add() appends to the last group. */
  private readonly groups: WalkGroup[] = []
  private readonly seed: number
  private readonly listeners = new Set<(moved: Instrument[]) => void>()
  /** Futures and options of each underlying, re-priced whenever it moves. */
  private readonly derivatives = new Map<Instrument, Instrument[]>()
  /** Steps taken so far. */
  steps = 0

  /** Model time for pricing: 09:15 IST today plus 250 ms per step, so the walk never depends on wall time. */
  private readonly sessionOpen: number

  readonly hours: MarketHours

  constructor(private readonly options: MarketOptions) {
    this.hours = options.hours
    this.seed = seedFrom(options.seed)
    this.groups.push({ rand: mulberry32(this.seed), members: [] })
    this.sessionOpen = istMidnight(options.now()) + (9 * 60 + 15) * MINUTE_MS
    this.roll = listInstruments({
      seed: this.seed,
      holidays: options.holidays,
      now: () => this.now(),
      rand: () => this.rand,
      newGroup: (rand) => {
        this.groups.push({ rand, members: [] })
      },
      add: (fields, price) => this.add(fields, price),
      modelTime: () => this.modelTime(),
    })
  }

  /**
   * The instruments listed now: the calendar's contracts for the clock's moment. When the clock has passed an expiry
   * the next series is listed (no restart needed) and the expired contracts leave the list; they stay known by token.
   */
  get list(): Instrument[] {
    this.relist()
    return this.current
  }

  /** Brings the listing up to the clock: cheap until the clock passes the next expiry (or goes back). */
  private relist(): void {
    const now = this.now()
    if (now < this.nextExpiry && now >= this.listedAt) return
    this.roll(now)
    this.listedAt = now
    this.current = this.known.filter((i) => !this.expired(i, now))
    this.nextExpiry = Math.min(...this.current.map((i) => i.expiry ?? Number.POSITIVE_INFINITY))
  }

  /** The time derivatives are priced at (and greeks answered for): 09:15 IST today plus 250 ms per step. */
  modelTime(): number {
    return this.options.pricingClock?.() ?? this.sessionOpen + this.steps * STEP_MS
  }

  /** The simulated clock now. */
  now(): number {
    return this.options.now()
  }

  /** The PRNG of the group being built. */
  private get rand(): () => number {
    return this.groups.at(-1)!.rand
  }

  /**
   * Adds an instrument that closed yesterday at `price`. Derivatives open at the model's price from the underlying's
   * open; anything else a little away from the close, for this seed.
   */
  private add(fields: Partial<Instrument> & Pick<Instrument, 'exchange' | 'token' | 'tradingSymbol' | 'kind'>, price: number) {
    const group = this.groups.at(-1)!
    const rand = group.rand
    const tickSize = fields.tickSize ?? 0.05
    const prevClose = roundTo(price, tickSize)
    const drift = 1 + 0.006 * gaussian(rand)
    const profile = profileOf(fields.symbolName ?? fields.tradingSymbol)
    const inst: Instrument = {
      companyName: fields.tradingSymbol,
      symbolName: fields.tradingSymbol,
      instrumentName: 'EQ',
      segment: 'EQT',
      isin: '',
      tickSize,
      lotSize: 1,
      pricePrecision: 2,
      iv: profile.vol,
      vol: profile.vol,
      liquidity: profile.liquidity,
      movedAt: this.modelTime(),
      ...fields,
      prevClose,
      open: prevClose,
      high: prevClose,
      low: prevClose,
      ltp: prevClose,
      volume: 0,
      turnover: 0,
      ltq: 0,
      lastTradeAt: this.now(),
      oi: 0,
      poi: 0,
      upperCircuit: 0,
      lowerCircuit: 0,
      high52: roundTo(prevClose * (1.15 + 0.25 * rand()), tickSize),
      low52: roundTo(prevClose * (0.6 + 0.2 * rand()), tickSize),
      bids: [],
      asks: [],
      bars: new Map(),
    }
    setBand(inst)
    const open = inst.underlying ? this.fairPrice(inst) : prevClose * drift
    inst.open = inst.high = inst.low = inst.ltp = clampToBand(open, limits(inst))
    if (inst.kind === 'future' || inst.kind === 'option') {
      inst.poi = inst.lotSize * Math.floor(1000 + rand() * 50_000)
      inst.oi = inst.poi
    }
    this.refreshDepth(inst, rand)
    this.known.push(inst)
    group.members.push(inst)
    if (inst.underlying) this.derivatives.set(inst.underlying, [...(this.derivatives.get(inst.underlying) ?? []), inst])
    this.byKey.set(`${inst.exchange}|${inst.token}`, inst)
    this.bySymbol.set(`${inst.exchange}|${inst.tradingSymbol.toUpperCase()}`, inst)
    return inst
  }

  /**
   * The model's price of a derivative from its underlying's last price: the forward for a future, Black-76 on the
   * underlying's smile for an option (whose `iv` it sets). Not on the tick.
   */
  private fairPrice(inst: Instrument): number {
    const spot = inst.underlying!.ltp
    const t = yearsToExpiry(inst.expiry!, this.modelTime())
    if (inst.kind === 'future') return forwardPrice(spot, t)
    const priced = priceOnSmile(spot, inst.strike!, t, smileOf(inst.symbolName))
    inst.iv = priced.vol
    return inst.optionType === 'CE' ? priced.call : priced.put
  }

  // ---- lookups ----

  get(exchange: string, token: string): Instrument | undefined {
    this.relist()
    return this.byKey.get(`${String(exchange).toUpperCase()}|${String(token).trim()}`)
  }
  bySymbolName(exchange: string, tradingSymbol: string): Instrument | undefined {
    this.relist()
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

  /** Whether an instrument trades now: its exchange is in continuous trading and the contract has not expired. */
  trading(inst: Instrument, at = this.now()): boolean {
    return this.hours.phase(inst.exchange, at) === 'open' && !this.expired(inst, at)
  }

  /** A contract past its expiry (its last day's 15:30 IST close). */
  expired(inst: Instrument, at = this.now()): boolean {
    return inst.expiry !== undefined && at >= inst.expiry
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
      this.relist()
      const moved = new Set<Instrument>()
      const at = this.now()
      for (const { rand, members } of this.groups) {
        const picks = Math.max(1, Math.round((count * members.length) / base))
        for (let i = 0; i < picks; i++) {
          const inst = members[Math.floor(rand() * members.length)]!
          if (!this.trading(inst, at)) continue
          this.move(inst, rand, moved)
        }
      }
      this.steps++
      const list = [...moved]
      for (const listener of this.listeners) listener(list)
    }
  }

  /**
   * One trade of `inst`: the walk's next price (for a derivative, the model's price from its underlying), then its
   * futures and options re-priced to the underlying's new price.
   */
  private move(inst: Instrument, rand: () => number, moved: Set<Instrument>) {
    const time = this.modelTime()
    let price: number
    if (inst.underlying) {
      // A future's basis wanders a couple of ticks around the carry; an option trades at the model's price.
      price = this.fairPrice(inst) + (inst.kind === 'future' ? gaussian(rand) * inst.tickSize * 2 : 0)
    } else {
      price = walkStep(inst.ltp, stepSigma(inst.vol, Math.max(STEP_MS, time - inst.movedAt)), limits(inst), rand)
    }
    inst.movedAt = time
    const derivative = inst.kind === 'future' || inst.kind === 'option'
    const qty = inst.kind === 'index' ? 0 : inst.lotSize * (1 + Math.floor(rand() * (derivative ? 20 : 300)))
    this.setPrice(inst, clampToBand(price, limits(inst)), qty)
    if (derivative) inst.oi = Math.max(0, inst.oi + inst.lotSize * Math.round((rand() - 0.45) * 10))
    this.refreshDepth(inst, rand)
    moved.add(inst)
    this.repriceDerivatives(inst, rand, moved)
  }

  /** Re-prices the live futures and options of an underlying; an expired contract keeps its last (settlement) price. */
  private repriceDerivatives(underlying: Instrument, rand: () => number, moved: Set<Instrument>) {
    const now = this.now()
    for (const d of this.derivatives.get(underlying) ?? []) {
      if (this.expired(d, now)) continue
      this.setPrice(d, clampToBand(this.fairPrice(d), limits(d)), 0)
      this.refreshDepth(d, rand)
      moved.add(d)
    }
  }

  /**
   * A recorded trade instead of the walk's: the price (on the tick; the band widens in 5 % steps to take it), the
   * quantity, and the best bid and ask when recorded; the instrument's futures and options follow it.
   */
  applyTick(inst: Instrument, tick: { price: number; quantity: number; bid?: number; ask?: number }): void {
    const rand = this.groups[0]!.rand
    const price = Math.max(inst.tickSize, roundTo(tick.price, inst.tickSize))
    widenBand(inst, price)
    inst.movedAt = this.modelTime()
    this.setPrice(inst, price, tick.quantity)
    this.refreshDepth(inst, rand)
    if (tick.bid !== undefined && tick.ask !== undefined) anchorDepth(inst, tick.bid, tick.ask, inst.tickSize)
    const moved = new Set([inst])
    this.repriceDerivatives(inst, rand, moved)
    for (const listener of this.listeners) listener([...moved])
  }

  /** Records a last price (and a trade of `qty`, when above 0) in the day's range and the minute bars. */
  private setPrice(inst: Instrument, price: number, qty: number) {
    const now = this.now()
    inst.ltp = price
    inst.high = Math.max(inst.high, price)
    inst.low = Math.min(inst.low, price)
    inst.high52 = Math.max(inst.high52, price)
    inst.low52 = Math.min(inst.low52, price)
    if (qty > 0) {
      inst.lastTradeAt = now
      inst.ltq = qty
      inst.volume += qty
      inst.turnover += qty * price
    }
    const minute = Math.floor(now / MINUTE_MS) * MINUTE_MS
    const bar = inst.bars.get(minute)
    if (bar) {
      bar.h = Math.max(bar.h, price)
      bar.l = Math.min(bar.l, price)
      bar.c = price
      bar.v += qty
    } else {
      inst.bars.set(minute, { t: minute, o: price, h: price, l: price, c: price, v: qty })
      if (inst.bars.size > 3000) inst.bars.delete(inst.bars.keys().next().value!)
    }
  }

  /**
   * Five levels either side of the last price, inside the band (none for an index). Options far from the money show
   * wider spreads and thinner levels: their distance is in standard deviations of the underlying to expiry.
   */
  private refreshDepth(inst: Instrument, rand: () => number) {
    if (inst.kind === 'index') {
      inst.bids = []
      inst.asks = []
      return
    }
    let farness = 0
    if (inst.kind === 'option') {
      const t = yearsToExpiry(inst.expiry!, this.modelTime())
      farness = Math.abs(Math.log(inst.strike! / inst.underlying!.ltp)) / (inst.iv * Math.sqrt(t)) / 2
    }
    const derivative = inst.kind === 'future' || inst.kind === 'option'
    const { tickSize: tick, lotSize: lot, liquidity } = inst
    const { bids, asks } = buildDepth({ price: inst.ltp, tick, lot, liquidity, farness, derivative }, rand)
    const inBand = (l: Level) => inst.upperCircuit === 0 || (l.price >= inst.lowerCircuit && l.price <= inst.upperCircuit)
    inst.bids = bids.filter(inBand)
    inst.asks = asks.filter(inBand)
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
