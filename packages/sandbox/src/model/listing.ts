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

export function listInstruments(host: ListingHost): void {
  const now = host.now()
  const holidays = host.holidays
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
  addFutures(host, 'NFO', 35001, monthlyExpiries(now, 2, 'NSE', holidays), [
    ['NIFTY', spots.get('26000')!, 'FUTIDX'],
    ['BANKNIFTY', spots.get('26009')!, 'FUTIDX'],
    ...STOCK_FUTURES.map((symbol) => [symbol, equities.get(symbol)!, 'FUTSTK'] as const),
  ])
  addOptions(host, 
    'NFO',
    40001,
    weeklyExpiries(now, 2, 'NSE', holidays),
    OPTION_UNDERLYINGS.map(([symbol, token, step]) => [symbol, spots.get(token)!, step] as const),
  )
  let nextToken = 250001
  const mcxExpiry = monthlyExpiries(now, 1, 'MCX', holidays)[0]!
  for (const [symbol, company, price, tick] of MCX) {
    const spec = contractSpec(symbol, mcxExpiry)!
    host.add(
      {
        exchange: 'MCX',
        token: String(nextToken++),
        tradingSymbol: `${symbol}${ddmmmyy(mcxExpiry)}F`,
        kind: 'future',
        companyName: company,
        symbolName: symbol,
        instrumentName: 'FUTCOM',
        segment: 'COM',
        lotSize: spec.lotSize,
        freezeQty: spec.freezeQty,
        tickSize: tick,
        expiry: mcxExpiry,
      },
      price * (1 + 0.01 * gaussian(host.rand())),
    )
  }
  // BSE derivatives came later: appended in their own token range and walk group, so older seeds replay unchanged.
  host.newGroup(mulberry32(seedFrom(`${host.seed}:BFO`)))
  const sensex = addIndex(host, 'BSE', SENSEX.token, SENSEX.symbol, SENSEX.symbol, SENSEX.company, SENSEX.price)
  addFutures(host, 'BFO', 300001, monthlyExpiries(now, 2, 'BSE', holidays), [[SENSEX.symbol, sensex, 'FUTIDX']])
  addOptions(host, 'BFO', 301001, weeklyExpiries(now, 2, 'BSE', holidays), [[SENSEX.symbol, sensex, SENSEX.step]])
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

/** Futures of each underlying for each expiry (`SYMBOL<DDMMMYY>F`), tokens counting up from `firstToken`. */
function addFutures(host: ListingHost, exchange: string, firstToken: number, expiries: number[], underlyings: readonly FutureUnderlying[]): void {
  let nextToken = firstToken
  const yesterday = host.modelTime() - DAY_MS
  for (const [symbol, spot, instrumentName] of underlyings) {
    for (const expiry of expiries) {
      const spec = contractSpec(symbol, expiry)!
      host.add(
        {
          exchange,
          token: String(nextToken++),
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
        // Yesterday's close: the underlying's close carried from then to expiry.
        forwardPrice(spot.prevClose, yearsToExpiry(expiry, yesterday)),
      )
    }
  }
}

/**
 * Index options (`SYMBOL<DDMMMYY>C<strike>`): STRIKES_EACH_SIDE strikes either side of the at-the-money one, CE and PE,
 * for each expiry, closing yesterday at the model's price on the underlying's smile; tokens counting up from `firstToken`.
 */
function addOptions(host: ListingHost, exchange: string, firstToken: number, expiries: number[], underlyings: readonly OptionUnderlying[]): void {
  let nextToken = firstToken
  const yesterday = host.modelTime() - DAY_MS
  for (const [symbol, spot, step] of underlyings) {
    const centre = Math.round(spot.prevClose / step) * step
    const smile = smileOf(symbol)
    for (const expiry of expiries) {
      const spec = contractSpec(symbol, expiry)!
      for (let i = -STRIKES_EACH_SIDE; i <= STRIKES_EACH_SIDE; i++) {
        const strike = centre + i * step
        const close = priceOnSmile(spot.prevClose, strike, yearsToExpiry(expiry, yesterday), smile)
        for (const optionType of ['CE', 'PE'] as const) {
          host.add(
            {
              exchange,
              token: String(nextToken++),
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
