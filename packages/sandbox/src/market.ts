import { type Holidays, monthlyExpiries, weeklyExpiries } from './calendar.js'
import {
  clockTime,
  dateTime,
  DAY_MS,
  ddmmmyy,
  fixed,
  gaussian,
  IST_OFFSET_MS,
  istMidnight,
  MINUTE_MS,
  mulberry32,
  roundTo,
  seedFrom,
  weekday,
} from './util.js'

export type InstrumentKind = 'index' | 'equity' | 'future' | 'option'

export interface Level {
  price: number
  qty: number
  orders: number
}

interface Bar {
  t: number
  o: number
  h: number
  l: number
  c: number
  v: number
}

/** One tradable (or index) contract and its live state. Prices are numbers here; the wire layers format them. */
export interface Instrument {
  exchange: string
  token: string
  tradingSymbol: string
  companyName: string
  symbolName: string
  instrumentName: string
  segment: string
  isin: string
  kind: InstrumentKind
  tickSize: number
  lotSize: number
  pricePrecision: number
  underlying?: Instrument
  expiry?: number
  strike?: number
  optionType?: 'CE' | 'PE'
  iv: number
  sigma: number
  prevClose: number
  open: number
  high: number
  low: number
  ltp: number
  volume: number
  turnover: number
  ltq: number
  lastTradeAt: number
  oi: number
  poi: number
  upperCircuit: number
  lowerCircuit: number
  high52: number
  low52: number
  bids: Level[]
  asks: Level[]
  /** Live minute bars since the sandbox started, keyed by minute start. */
  bars: Map<number, Bar>
  history?: Bar[]
}

/** A candle as timePriceSeries answers it. */
export interface Candle {
  t: number
  o: number
  h: number
  l: number
  c: number
  v: number
  cumulative: number
  oi: number
}

const INDICES: Array<[token: string, name: string, symbol: string, price: number]> = [
  ['26000', 'Nifty 50', 'NIFTY', 17850],
  ['26009', 'Nifty Bank', 'BANKNIFTY', 40250],
  ['26008', 'Nifty IT', 'NIFTYIT', 28600],
  ['26017', 'India VIX', 'INDIAVIX', 13.2],
  ['26037', 'Nifty Fin Service', 'FINNIFTY', 17950],
  ['26013', 'Nifty Next 50', 'NIFTYNXT50', 40100],
]

const EQUITIES: Array<[token: string, symbol: string, company: string, price: number, isin: string]> = [
  ['2885', 'RELIANCE', 'RELIANCE INDUSTRIES LTD', 2330, 'INE002A01018'],
  ['11536', 'TCS', 'TATA CONSULTANCY SERV LT', 3250, 'INE467B01029'],
  ['1594', 'INFY', 'INFOSYS LIMITED', 1410, 'INE009A01021'],
  ['1333', 'HDFCBANK', 'HDFC BANK LTD', 1650, 'INE040A01034'],
  ['1660', 'ITC', 'ITC LTD', 395.5, 'INE154A01025'],
  ['3045', 'SBIN', 'STATE BANK OF INDIA', 540, 'INE062A01020'],
  ['22', 'ACC', 'ACC LIMITED', 1836.1, 'INE012A01025'],
  ['4963', 'ICICIBANK', 'ICICI BANK LTD.', 890, 'INE090A01021'],
  ['1922', 'KOTAKBANK', 'KOTAK MAHINDRA BANK LTD', 1745, 'INE237A01028'],
  ['11483', 'LT', 'LARSEN & TOUBRO LTD.', 2290, 'INE018A01030'],
  ['5900', 'AXISBANK', 'AXIS BANK LIMITED', 870, 'INE238A01034'],
  ['10604', 'BHARTIARTL', 'BHARTI AIRTEL LIMITED', 780, 'INE397D01024'],
  ['1394', 'HINDUNILVR', 'HINDUSTAN UNILEVER LTD.', 2510, 'INE030A01027'],
  ['236', 'ASIANPAINT', 'ASIAN PAINTS LIMITED', 2850, 'INE021A01026'],
  ['10999', 'MARUTI', 'MARUTI SUZUKI INDIA LTD.', 8700, 'INE585B01010'],
  ['3456', 'TATAMOTORS', 'TATA MOTORS LIMITED', 432, 'INE155A01022'],
  ['3499', 'TATASTEEL', 'TATA STEEL LIMITED', 106.5, 'INE081A01020'],
  ['3787', 'WIPRO', 'WIPRO LTD', 378, 'INE075A01022'],
  ['3351', 'SUNPHARMA', 'SUN PHARMACEUTICAL IND L', 985, 'INE044A01036'],
  ['2031', 'M&M', 'MAHINDRA & MAHINDRA LTD', 1205, 'INE101A01026'],
  ['317', 'BAJFINANCE', 'BAJAJ FINANCE LIMITED', 5980, 'INE296A01024'],
  ['2475', 'ONGC', 'OIL AND NATURAL GAS CORP.', 155.4, 'INE213A01029'],
]

const BSE_EQUITIES: Array<[token: string, symbol: string, nseSymbol: string]> = [
  ['500325', 'RELIANCE', 'RELIANCE'],
  ['500875', 'ITC', 'ITC'],
  ['532540', 'TCS', 'TCS'],
  ['500112', 'SBIN', 'SBIN'],
  ['500180', 'HDFCBANK', 'HDFCBANK'],
]

const MCX: Array<[symbol: string, company: string, price: number, lot: number, tick: number]> = [
  ['CRUDEOIL', 'CRUDE OIL', 6520, 100, 1],
  ['GOLD', 'GOLD', 58900, 100, 1],
  ['SILVER', 'SILVER', 71200, 30, 1],
  ['NATURALGAS', 'NATURAL GAS', 182.4, 1250, 0.1],
]

/** Index options: underlying symbol, index token, lot size, strike step, implied vol. */
const OPTION_UNDERLYINGS: Array<[symbol: string, token: string, lot: number, step: number, iv: number]> = [
  ['NIFTY', '26000', 50, 50, 0.14],
  ['BANKNIFTY', '26009', 25, 100, 0.17],
]
const STRIKES_EACH_SIDE = 20
/** BSE's SENSEX and its BFO index derivatives (weekly options), on BSE's expiry calendar. */
const SENSEX = { token: '1', symbol: 'SENSEX', company: 'S&P BSE SENSEX', price: 60300, lot: 10, step: 100, iv: 0.15 }
const STOCK_FUTURES: Array<[symbol: string, lot: number]> = [
  ['ITC', 1600],
  ['RELIANCE', 250],
  ['SBIN', 1500],
  ['TCS', 175],
]
const RATE = 0.07
const YEAR_MS = 365 * DAY_MS

/** Black–Scholes price and greeks; `t` in years, `r` and `v` as fractions. */
export function blackScholes(spot: number, strike: number, t: number, r: number, v: number) {
  const T = Math.max(t, 1e-6)
  const sqrtT = Math.sqrt(T)
  const d1 = (Math.log(spot / strike) + (r + (v * v) / 2) * T) / (v * sqrtT)
  const d2 = d1 - v * sqrtT
  const disc = Math.exp(-r * T)
  const pdf = Math.exp((-d1 * d1) / 2) / Math.sqrt(2 * Math.PI)
  const call = spot * cnd(d1) - strike * disc * cnd(d2)
  const put = strike * disc * cnd(-d2) - spot * cnd(-d1)
  const gamma = pdf / (spot * v * sqrtT)
  const vega = (spot * pdf * sqrtT) / 100
  const callTheta = ((-spot * pdf * v) / (2 * sqrtT) - r * strike * disc * cnd(d2)) / 365
  const putTheta = ((-spot * pdf * v) / (2 * sqrtT) + r * strike * disc * cnd(-d2)) / 365
  return {
    call,
    put,
    callDelta: cnd(d1),
    putDelta: cnd(d1) - 1,
    gamma,
    vega,
    callTheta,
    putTheta,
    callRho: (strike * T * disc * cnd(d2)) / 100,
    putRho: (-strike * T * disc * cnd(-d2)) / 100,
  }
}

function cnd(x: number): number {
  // Abramowitz–Stegun 26.2.17: plenty for a simulator.
  const k = 1 / (1 + 0.2316419 * Math.abs(x))
  const poly = k * (0.31938153 + k * (-0.356563782 + k * (1.781477937 + k * (-1.821255978 + k * 1.330274429))))
  const value = 1 - (Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI)) * poly
  return x >= 0 ? value : 1 - value
}

/** Instruments walked by one PRNG. A group appended later has its own, so it never shifts an earlier group's draws. */
interface WalkGroup {
  rand: () => number
  members: Instrument[]
}

type FutureUnderlying = readonly [symbol: string, spot: Instrument, lot: number, instrumentName: string]
type OptionUnderlying = readonly [symbol: string, spot: Instrument, lot: number, step: number, iv: number]

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
    this.build()
  }

  private modelTime(): number {
    return this.sessionOpen + this.steps * 250
  }

  private now(): number {
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

  private build() {
    const now = this.now()
    const holidays = this.options.holidays
    const spots = new Map<string, Instrument>()
    for (const [token, name, symbol, price] of INDICES) {
      spots.set(token, this.addIndex('NSE', token, name, symbol, symbol === 'NIFTY' ? 'NIFTY INDEX' : name.toUpperCase(), price))
    }
    const equities = new Map<string, Instrument>()
    for (const [token, symbol, company, price, isin] of EQUITIES) {
      equities.set(
        symbol,
        this.add(
          { exchange: 'NSE', token, tradingSymbol: `${symbol}-EQ`, kind: 'equity', companyName: company, symbolName: symbol, isin },
          price * (1 + 0.01 * gaussian(this.rand)),
        ),
      )
    }
    for (const [token, symbol, nseSymbol] of BSE_EQUITIES) {
      const nse = equities.get(nseSymbol)!
      this.add(
        {
          exchange: 'BSE',
          token,
          tradingSymbol: symbol,
          kind: 'equity',
          companyName: `${nse.companyName}.`,
          symbolName: symbol,
          instrumentName: 'A',
          isin: nse.isin,
        },
        nse.prevClose,
      )
    }
    // Index futures first, then stock futures: the token order is part of what a seed reproduces.
    this.addFutures('NFO', 35001, monthlyExpiries(now, 2, 'NSE', holidays), [
      ['NIFTY', spots.get('26000')!, 50, 'FUTIDX'],
      ['BANKNIFTY', spots.get('26009')!, 25, 'FUTIDX'],
      ...STOCK_FUTURES.map(([symbol, lot]) => [symbol, equities.get(symbol)!, lot, 'FUTSTK'] as const),
    ])
    this.addOptions(
      'NFO',
      40001,
      weeklyExpiries(now, 2, 'NSE', holidays),
      OPTION_UNDERLYINGS.map(([symbol, token, lot, step, iv]) => [symbol, spots.get(token)!, lot, step, iv] as const),
    )
    let nextToken = 250001
    const mcxExpiry = monthlyExpiries(now, 1, 'MCX', holidays)[0]!
    for (const [symbol, company, price, lot, tick] of MCX) {
      this.add(
        {
          exchange: 'MCX',
          token: String(nextToken++),
          tradingSymbol: `${symbol}${ddmmmyy(mcxExpiry)}F`,
          kind: 'future',
          companyName: company,
          symbolName: symbol,
          instrumentName: 'FUTCOM',
          segment: 'COM',
          lotSize: lot,
          tickSize: tick,
          expiry: mcxExpiry,
          sigma: 0.0005,
        },
        price * (1 + 0.01 * gaussian(this.rand)),
      )
    }
    // BSE derivatives came later: appended in their own token range and walk group, so older seeds replay unchanged.
    this.groups.push({ rand: mulberry32(seedFrom(`${this.seed}:BFO`)), members: [] })
    const sensex = this.addIndex('BSE', SENSEX.token, SENSEX.symbol, SENSEX.symbol, SENSEX.company, SENSEX.price)
    this.addFutures('BFO', 300001, monthlyExpiries(now, 2, 'BSE', holidays), [[SENSEX.symbol, sensex, SENSEX.lot, 'FUTIDX']])
    this.addOptions('BFO', 301001, weeklyExpiries(now, 2, 'BSE', holidays), [[SENSEX.symbol, sensex, SENSEX.lot, SENSEX.step, SENSEX.iv]])
  }

  /** An index at `price` moved by up to a few percent for this seed. */
  private addIndex(exchange: string, token: string, name: string, symbol: string, company: string, price: number): Instrument {
    return this.add(
      {
        exchange,
        token,
        tradingSymbol: name,
        kind: 'index',
        companyName: company,
        symbolName: symbol,
        instrumentName: 'UNDIND',
        tickSize: 0.05,
        pricePrecision: 2,
        sigma: 0.0002,
      },
      price * (1 + 0.01 * gaussian(this.rand)),
    )
  }

  /** Futures of each underlying for each expiry (`SYMBOL<DDMMMYY>F`), tokens counting up from `firstToken`. */
  private addFutures(exchange: string, firstToken: number, expiries: number[], underlyings: readonly FutureUnderlying[]): void {
    let nextToken = firstToken
    for (const [symbol, spot, lotSize, instrumentName] of underlyings) {
      for (const expiry of expiries) {
        this.add(
          {
            exchange,
            token: String(nextToken++),
            tradingSymbol: `${symbol}${ddmmmyy(expiry)}F`,
            kind: 'future',
            companyName: symbol,
            symbolName: symbol,
            instrumentName,
            segment: 'DER',
            lotSize,
            underlying: spot,
            expiry,
          },
          this.fairFuture(spot.prevClose, expiry),
        )
      }
    }
  }

  /**
   * Index options (`SYMBOL<DDMMMYY>C<strike>`): STRIKES_EACH_SIDE strikes either side of the at-the-money one, CE and PE,
   * for each expiry, priced by Black–Scholes; tokens counting up from `firstToken`.
   */
  private addOptions(exchange: string, firstToken: number, expiries: number[], underlyings: readonly OptionUnderlying[]): void {
    let nextToken = firstToken
    for (const [symbol, spot, lot, step, iv] of underlyings) {
      const centre = Math.round(spot.prevClose / step) * step
      for (const expiry of expiries) {
        for (let i = -STRIKES_EACH_SIDE; i <= STRIKES_EACH_SIDE; i++) {
          const strike = centre + i * step
          for (const optionType of ['CE', 'PE'] as const) {
            const t = Math.max(expiry - this.modelTime(), 3_600_000) / YEAR_MS
            const bs = blackScholes(spot.prevClose, strike, t + 1 / 365, RATE, iv)
            this.add(
              {
                exchange,
                token: String(nextToken++),
                tradingSymbol: `${symbol}${ddmmmyy(expiry)}${optionType[0]}${strike}`,
                kind: 'option',
                companyName: symbol,
                symbolName: symbol,
                instrumentName: 'OPTIDX',
                segment: 'DER',
                lotSize: lot,
                underlying: spot,
                expiry,
                strike,
                optionType,
                iv,
              },
              Math.max(0.05, optionType === 'CE' ? bs.call : bs.put),
            )
          }
        }
      }
    }
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

  // ---- candles ----

  /** Prior trading days' minute bars, generated backwards from the previous close with a per-token PRNG. */
  private pastBars(inst: Instrument): Bar[] {
    if (inst.history) return inst.history
    const rand = mulberry32(seedFrom(`${this.seed}:${inst.exchange}:${inst.token}`))
    const days: number[] = []
    let day = istMidnight(this.now()) - DAY_MS
    while (days.length < 5) {
      const wd = weekday(day)
      if (wd !== 0 && wd !== 6) days.push(day)
      day -= DAY_MS
    }
    const bars: Bar[] = []
    let close = inst.prevClose
    const tick = inst.tickSize
    const scale = inst.kind === 'option' ? 0.004 : inst.sigma * 3
    for (const d of days) {
      const open = d + (9 * 60 + 15) * MINUTE_MS
      for (let m = 374; m >= 0; m--) {
        const o = Math.max(tick, roundTo(close / (1 + scale * gaussian(rand)), tick))
        const hi = roundTo(Math.max(o, close) * (1 + scale * 0.5 * rand()), tick)
        const lo = Math.max(tick, roundTo(Math.min(o, close) * (1 - scale * 0.5 * rand()), tick))
        const v = inst.kind === 'index' ? 0 : inst.lotSize * Math.floor(20 + rand() * 400)
        bars.push({ t: open + m * MINUTE_MS, o, h: hi, l: lo, c: close, v })
        close = o
      }
    }
    bars.reverse()
    inst.history = bars
    return bars
  }

  /** Minute candles (`interval` minutes, aligned to 09:15 IST) or DAY candles between two instants, newest first. */
  candles(inst: Instrument, interval: number | 'DAY', from: number, to: number): Candle[] {
    const minuteBars = [...this.pastBars(inst), ...inst.bars.values()]
    if (interval === 'DAY') return this.dayCandles(inst, minuteBars, from, to)
    const size = interval * MINUTE_MS
    const anchor = istMidnight(0) + (9 * 60 + 15) * MINUTE_MS
    const out: Candle[] = []
    let current: Candle | undefined
    let day = -1
    let cumulative = 0
    for (const bar of minuteBars) {
      const barDay = istMidnight(bar.t)
      if (barDay !== day) {
        day = barDay
        cumulative = 0
      }
      cumulative += bar.v
      if (bar.t < from || bar.t > to) continue
      const bucket = bar.t - ((((bar.t - anchor) % size) + size) % size)
      if (!current || current.t !== bucket) {
        current = { t: bucket, o: bar.o, h: bar.h, l: bar.l, c: bar.c, v: 0, cumulative, oi: inst.oi }
        out.push(current)
      }
      current.h = Math.max(current.h, bar.h)
      current.l = Math.min(current.l, bar.l)
      current.c = bar.c
      current.v += bar.v
      current.cumulative = cumulative
    }
    return out.reverse()
  }

  private dayCandles(inst: Instrument, minuteBars: Bar[], from: number, to: number): Candle[] {
    const days = new Map<number, Candle>()
    for (const bar of minuteBars) {
      const d = istMidnight(bar.t)
      const c = days.get(d)
      if (c) {
        c.h = Math.max(c.h, bar.h)
        c.l = Math.min(c.l, bar.l)
        c.c = bar.c
        c.v += bar.v
        c.cumulative = c.v
      } else days.set(d, { t: d, o: bar.o, h: bar.h, l: bar.l, c: bar.c, v: bar.v, cumulative: bar.v, oi: inst.oi })
    }
    // Today comes from the live state, so it matches getQuote exactly.
    const today = istMidnight(this.now())
    days.set(today, {
      t: today,
      o: inst.open,
      h: inst.high,
      l: inst.low,
      c: inst.ltp,
      v: inst.volume,
      cumulative: inst.volume,
      oi: inst.oi,
    })
    const sorted = [...days.values()].sort((a, b) => a.t - b.t)
    // Older days: a daily walk backwards from the oldest generated open.
    const rand = mulberry32(seedFrom(`${this.seed}:day:${inst.exchange}:${inst.token}`))
    const older: Candle[] = []
    let close = sorted[0]!.o
    let d = sorted[0]!.t - DAY_MS
    const tick = inst.tickSize
    while (older.length < 400 && d >= from - DAY_MS) {
      const wd = weekday(d)
      if (wd !== 0 && wd !== 6) {
        const o = Math.max(tick, roundTo(close / (1 + 0.012 * gaussian(rand)), tick))
        const h = roundTo(Math.max(o, close) * (1 + 0.008 * rand()), tick)
        const l = Math.max(tick, roundTo(Math.min(o, close) * (1 - 0.008 * rand()), tick))
        const v = inst.kind === 'index' ? 0 : inst.lotSize * Math.floor(50_000 + rand() * 150_000)
        older.push({ t: d, o, h, l, c: close, v, cumulative: v, oi: inst.oi })
        close = o
      }
      d -= DAY_MS
    }
    return [...older.reverse(), ...sorted].filter((c) => c.t + DAY_MS > from && c.t <= to).reverse()
  }

  // ---- wire views ----

  /** The getQuote `data` object. */
  quote(inst: Instrument, requestTime: string): Record<string, string> {
    const p = (n: number) => fixed(n, inst.pricePrecision)
    const q: Record<string, string> = {
      requestTime,
      exchange: inst.exchange,
      tradingSymbol: inst.tradingSymbol,
      companyName: inst.companyName,
      symbolName: inst.symbolName,
      segment: inst.segment,
      instrumentName: inst.instrumentName,
      pricePrecision: String(inst.pricePrecision),
      lotSize: String(inst.lotSize),
      tickSize: fixed(inst.tickSize, inst.tickSize < 0.01 ? 4 : 2),
      multipler: '1',
      priceFactor: '(1 / 1 ) * (1 / 1)',
      token: inst.token,
      isin: inst.isin,
      lastTradedPrice: p(inst.ltp),
      upperCircuit: p(inst.upperCircuit),
      lowerCircuit: p(inst.lowerCircuit),
      dayOpenPrice: p(inst.open),
      dayHighPrice: p(inst.high),
      dayLowPrice: p(inst.low),
      dayClosePrice: p(inst.prevClose),
      volume: String(inst.volume),
      lastTradedQuantity: String(inst.ltq),
      lastTradeTime: dateTime(inst.lastTradeAt),
      averageTradePrice: p(this.averagePrice(inst)),
      totalBuyQuantity: String(inst.kind === 'index' ? 0 : this.totalBuyQty(inst)),
      totalSellQuantity: String(inst.kind === 'index' ? 0 : this.totalSellQty(inst)),
      openInterest: String(inst.oi),
    }
    writeDepthLevels(q, inst, p, REST_DEPTH_KEYS)
    return q
  }

  /** WebSocket touchline fields (without `t`). */
  touchline(inst: Instrument): Record<string, string> {
    const p = (n: number) => fixed(n, inst.pricePrecision)
    const f: Record<string, string> = {
      e: inst.exchange,
      tk: inst.token,
      ts: inst.tradingSymbol,
      pp: String(inst.pricePrecision),
      ls: String(inst.lotSize),
      ti: fixed(inst.tickSize, inst.tickSize < 0.01 ? 4 : 2),
      lp: p(inst.ltp),
      pc: fixed(this.changePercent(inst)),
      o: p(inst.open),
      h: p(inst.high),
      l: p(inst.low),
      c: p(inst.prevClose),
      ft: String(Math.floor(this.now() / 1000)),
    }
    if (inst.kind !== 'index') {
      f.v = String(inst.volume)
      f.ap = p(this.averagePrice(inst))
      f.bp1 = p(inst.bids[0]?.price ?? 0)
      f.bq1 = String(inst.bids[0]?.qty ?? 0)
      f.sp1 = p(inst.asks[0]?.price ?? 0)
      f.sq1 = String(inst.asks[0]?.qty ?? 0)
      if (inst.kind !== 'equity') {
        f.oi = String(inst.oi)
        f.poi = String(inst.poi)
        f.toi = String(inst.oi)
      }
    }
    return f
  }

  /** WebSocket depth fields (without `t`). */
  depth(inst: Instrument): Record<string, string> {
    const p = (n: number) => fixed(n, inst.pricePrecision)
    const f = this.touchline(inst)
    f.ltt = clockTime(inst.lastTradeAt)
    f.ltq = String(inst.ltq)
    f.tbq = String(inst.kind === 'index' ? 0 : this.totalBuyQty(inst))
    f.tsq = String(inst.kind === 'index' ? 0 : this.totalSellQty(inst))
    f.uc = p(inst.upperCircuit)
    f.lc = p(inst.lowerCircuit)
    f['52h'] = p(inst.high52)
    f['52l'] = p(inst.low52)
    writeDepthLevels(f, inst, p, WS_DEPTH_KEYS)
    return f
  }

  /** A plain snapshot for tests: numbers, not wire strings. */
  snapshot(inst: Instrument) {
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
export type QuoteSnapshot = ReturnType<Market['snapshot']>

/** Key prefixes of the five depth levels: bid price, quantity, orders, then ask price, quantity, orders. */
type DepthKeys = readonly [string, string, string, string, string, string]
const REST_DEPTH_KEYS: DepthKeys = ['bestBuyPrice', 'bestBuyQuantity', 'bestBuyOrder', 'bestSellPrice', 'bestSellQuantity', 'bestSellOrder']
const WS_DEPTH_KEYS: DepthKeys = ['bp', 'bq', 'bo', 'sp', 'sq', 'so']

/** Writes levels 1–5 under REST's or the WebSocket's key names (empty levels as zeros). */
function writeDepthLevels(out: Record<string, string>, inst: Instrument, price: (n: number) => string, keys: DepthKeys): void {
  const [bidPrice, bidQty, bidOrders, askPrice, askQty, askOrders] = keys
  for (let i = 0; i < 5; i++) {
    const bid = inst.bids[i]
    const ask = inst.asks[i]
    const level = i + 1
    out[`${bidPrice}${level}`] = price(bid?.price ?? 0)
    out[`${bidQty}${level}`] = String(bid?.qty ?? 0)
    out[`${bidOrders}${level}`] = String(bid?.orders ?? 0)
    out[`${askPrice}${level}`] = price(ask?.price ?? 0)
    out[`${askQty}${level}`] = String(ask?.qty ?? 0)
    out[`${askOrders}${level}`] = String(ask?.orders ?? 0)
  }
}
