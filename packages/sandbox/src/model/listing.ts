import { type Holidays, monthlyExpiries, weeklyExpiries } from './calendar.js'
import { BSE_EQUITIES, EQUITIES, INDICES, MCX, OPTION_UNDERLYINGS, SENSEX, STOCK_FUTURES, STRIKES_EACH_SIDE } from './catalogue.js'
import { contractSpec } from './contracts.js'
import type { Instrument } from './instrument.js'
import { forwardPrice, priceOnSmile, yearsToExpiry } from './pricing.js'
import { smileOf } from './profiles.js'
import { DAY_MS, ddmmmyy, gaussian, mulberry32, seedFrom } from '../util.js'

// Lists the instruments of the catalogue for the clock's date: indices, equities, futures and options on the current
// expiries. The order of additions and random draws is part of what a seed reproduces.

type FutureUnderlying = readonly [symbol: string, spot: Instrument, instrumentName: string]
type OptionUnderlying = readonly [symbol: string, spot: Instrument, step: number]

/** What the listing needs from the market being built. */
export interface ListingHost {
  readonly seed: number
  readonly holidays: Holidays
  now(): number
  /** The PRNG of the walk group being built. */
  rand(): () => number
  /** Starts a new walk group: instruments added from now on draw from `rand`. */
  newGroup(rand: () => number): void
  /** Adds an instrument that closed yesterday at `price`. */
  add(fields: Partial<Instrument> & Pick<Instrument, 'exchange' | 'token' | 'tradingSymbol' | 'kind'>, price: number): Instrument
  /** Model time for pricing. */
  modelTime(): number
}

/**
 * Contracts of one kind listed on a venue's expiries: the calendar decides which expiries trade at a moment, and a
 * roll lists the ones that are new, with tokens counting on from the series' last.
 */
interface Series {
  /** Names the series in the seed of a roll's walk group. */
  name: string
  expiries(now: number): number[]
  listed: Set<number>
  /** Lists every contract of `expiries`; `reference` is the underlying price the contracts are centred and priced on. */
  add(expiries: number[], reference: (spot: Instrument) => number): void
}

/** Yesterday's close: what the first listing centres strikes on. A roll centres them on the last price. */
const atClose = (spot: Instrument) => spot.prevClose
const atLast = (spot: Instrument) => spot.ltp

/**
 * Lists the catalogue for the clock's date, and returns the roll: called with a later time, it lists the contracts
 * whose expiries the calendar has brought in since (a new weekly or monthly series after an expiry), each series in
 * a walk group of its own, so the instruments listed before draw as they did. Expired contracts stay known by token.
 */
export function listInstruments(host: ListingHost): (now: number) => void {
  const now = host.now()
  const { holidays } = host
  const series: Series[] = []
  const start = (s: Series) => {
    series.push(s)
    list(s, s.expiries(now), atClose)
  }
  const spots = new Map<string, Instrument>()
  for (const [token, name, symbol, price] of INDICES) {
    spots.set(token, addIndex(host, 'NSE', token, name, symbol, symbol === 'NIFTY' ? 'NIFTY INDEX' : name.toUpperCase(), price))
  }
  const equities = new Map<string, Instrument>()
  for (const [token, symbol, company, price, isin] of EQUITIES) {
    equities.set(
      symbol,
      host.add(
        { exchange: 'NSE', token, tradingSymbol: `${symbol}-EQ`, kind: 'equity', companyName: company, symbolName: symbol, isin },
        price * (1 + 0.01 * gaussian(host.rand())),
      ),
    )
  }
  for (const [token, symbol, nseSymbol] of BSE_EQUITIES) {
    const nse = equities.get(nseSymbol)!
    host.add(
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
  start(
    futures(host, 'NFO', 35001, (at) => monthlyExpiries(at, 2, 'NSE', holidays), [
      ['NIFTY', spots.get('26000')!, 'FUTIDX'],
      ['BANKNIFTY', spots.get('26009')!, 'FUTIDX'],
      ...STOCK_FUTURES.map((symbol) => [symbol, equities.get(symbol)!, 'FUTSTK'] as const),
    ]),
  )
  start(
    options(
      host,
      'NFO',
      40001,
      (at) => weeklyExpiries(at, 2, 'NSE', holidays),
      OPTION_UNDERLYINGS.map(([symbol, token, step]) => [symbol, spots.get(token)!, step] as const),
    ),
  )
  start(commodities(host, (at) => monthlyExpiries(at, 1, 'MCX', holidays)))
  // BSE derivatives came later: appended in their own token range and walk group, so older seeds replay unchanged.
  host.newGroup(mulberry32(seedFrom(`${host.seed}:BFO`)))
  const sensex = addIndex(host, 'BSE', SENSEX.token, SENSEX.symbol, SENSEX.symbol, SENSEX.company, SENSEX.price)
  start(futures(host, 'BFO', 300001, (at) => monthlyExpiries(at, 2, 'BSE', holidays), [[SENSEX.symbol, sensex, 'FUTIDX']]))
  start(options(host, 'BFO', 301001, (at) => weeklyExpiries(at, 2, 'BSE', holidays), [[SENSEX.symbol, sensex, SENSEX.step]]))

  return (at) => {
    for (const s of series) {
      const fresh = s.expiries(at).filter((expiry) => !s.listed.has(expiry))
      if (fresh.length === 0) continue
      host.newGroup(mulberry32(seedFrom(`${host.seed}:${s.name}:${fresh.join(',')}`)))
      list(s, fresh, atLast)
    }
  }
}

function list(s: Series, expiries: number[], reference: (spot: Instrument) => number): void {
  s.add(expiries, reference)
  for (const expiry of expiries) s.listed.add(expiry)
}

/** Futures of `underlyings` on the expiries of `calendar`. */
function futures(host: ListingHost, exchange: string, firstToken: number, calendar: (at: number) => number[], underlyings: readonly FutureUnderlying[]): Series {
  const tokens = { next: firstToken }
  return {
    name: `${exchange}:futures`,
    expiries: calendar,
    listed: new Set(),
    add: (expiries, reference) => addFutures(host, exchange, tokens, expiries, underlyings, reference),
  }
}

/** Options of `underlyings` on the expiries of `calendar`. */
function options(host: ListingHost, exchange: string, firstToken: number, calendar: (at: number) => number[], underlyings: readonly OptionUnderlying[]): Series {
  const tokens = { next: firstToken }
  return {
    name: `${exchange}:options`,
    expiries: calendar,
    listed: new Set(),
    add: (expiries, reference) => addOptions(host, exchange, tokens, expiries, underlyings, reference),
  }
}

/** MCX futures, one contract at a time: the first at the catalogue's price, each next one at its predecessor's last. */
function commodities(host: ListingHost, calendar: (at: number) => number[]): Series {
  const tokens = { next: 250001 }
  const previous = new Map<string, Instrument>()
  return {
    name: 'MCX:futures',
    expiries: calendar,
    listed: new Set(),
    add: (expiries) => {
      for (const expiry of expiries) {
        for (const [symbol, company, price, tick] of MCX) {
          const spec = contractSpec(symbol, expiry)!
          const before = previous.get(symbol)
          const inst = host.add(
            {
              exchange: 'MCX',
              token: String(tokens.next++),
              tradingSymbol: `${symbol}${ddmmmyy(expiry)}F`,
              kind: 'future',
              companyName: company,
              symbolName: symbol,
              instrumentName: 'FUTCOM',
              segment: 'COM',
              lotSize: spec.lotSize,
              freezeQty: spec.freezeQty,
              tickSize: tick,
              expiry,
            },
            before ? before.ltp : price * (1 + 0.01 * gaussian(host.rand())),
          )
          previous.set(symbol, inst)
        }
      }
    },
  }
}

/** An index at `price` moved by up to a few percent for this seed. */
function addIndex(host: ListingHost, exchange: string, token: string, name: string, symbol: string, company: string, price: number): Instrument {
  return host.add(
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
    },
    price * (1 + 0.01 * gaussian(host.rand())),
  )
}

type Tokens = { next: number }

/** Futures of each underlying for each expiry (`SYMBOL<DDMMMYY>F`), tokens counting up from `tokens.next`. */
function addFutures(
  host: ListingHost,
  exchange: string,
  tokens: Tokens,
  expiries: number[],
  underlyings: readonly FutureUnderlying[],
  reference: (spot: Instrument) => number,
): void {
  const yesterday = host.modelTime() - DAY_MS
  for (const [symbol, spot, instrumentName] of underlyings) {
    for (const expiry of expiries) {
      const spec = contractSpec(symbol, expiry)!
      host.add(
        {
          exchange,
          token: String(tokens.next++),
          tradingSymbol: `${symbol}${ddmmmyy(expiry)}F`,
          kind: 'future',
          companyName: symbol,
          symbolName: symbol,
          instrumentName,
          segment: 'DER',
          lotSize: spec.lotSize,
          freezeQty: spec.freezeQty,
          underlying: spot,
          expiry,
        },
        // Yesterday's close: the underlying's reference price carried from then to expiry.
        forwardPrice(reference(spot), yearsToExpiry(expiry, yesterday)),
      )
    }
  }
}

/**
 * Index options (`SYMBOL<DDMMMYY>C<strike>`): STRIKES_EACH_SIDE strikes either side of the at-the-money one (at the
 * reference price), CE and PE, for each expiry, closing yesterday at the model's price on the underlying's smile;
 * tokens counting up from `tokens.next`.
 */
function addOptions(
  host: ListingHost,
  exchange: string,
  tokens: Tokens,
  expiries: number[],
  underlyings: readonly OptionUnderlying[],
  reference: (spot: Instrument) => number,
): void {
  const yesterday = host.modelTime() - DAY_MS
  for (const [symbol, spot, step] of underlyings) {
    const centre = Math.round(reference(spot) / step) * step
    const smile = smileOf(symbol)
    for (const expiry of expiries) {
      const spec = contractSpec(symbol, expiry)!
      for (let i = -STRIKES_EACH_SIDE; i <= STRIKES_EACH_SIDE; i++) {
        const strike = centre + i * step
        const close = priceOnSmile(reference(spot), strike, yearsToExpiry(expiry, yesterday), smile)
        for (const optionType of ['CE', 'PE'] as const) {
          host.add(
            {
              exchange,
              token: String(tokens.next++),
              tradingSymbol: `${symbol}${ddmmmyy(expiry)}${optionType[0]}${strike}`,
              kind: 'option',
              companyName: symbol,
              symbolName: symbol,
              instrumentName: 'OPTIDX',
              segment: 'DER',
              lotSize: spec.lotSize,
              freezeQty: spec.freezeQty,
              underlying: spot,
              expiry,
              strike,
              optionType,
            },
            optionType === 'CE' ? close.call : close.put,
          )
        }
      }
    }
  }
}
