import { blackScholes, RATE, YEAR_MS } from './black-scholes.js'
import { type Holidays, monthlyExpiries, weeklyExpiries } from './calendar.js'
import { BSE_EQUITIES, EQUITIES, INDICES, MCX, OPTION_UNDERLYINGS, SENSEX, STOCK_FUTURES, STRIKES_EACH_SIDE } from './catalogue.js'
import type { Instrument } from './instrument.js'
import { ddmmmyy, gaussian, mulberry32, seedFrom } from '../util.js'

// Lists the instruments of the catalogue for the clock's date: indices, equities, futures and options on the current
// expiries. The order of additions and random draws is part of what a seed reproduces.

type FutureUnderlying = readonly [symbol: string, spot: Instrument, lot: number, instrumentName: string]
type OptionUnderlying = readonly [symbol: string, spot: Instrument, lot: number, step: number, iv: number]

/** What the listing needs from the market being built. */
export interface ListingHost {
  readonly seed: number
  readonly holidays: Holidays
  now(): number
  /** The PRNG of the walk group being built. */
  rand(): () => number
  /** Starts a new walk group: instruments added from now on draw from `rand`. */
  newGroup(rand: () => number): void
  add(fields: Partial<Instrument> & Pick<Instrument, 'exchange' | 'token' | 'tradingSymbol' | 'kind'>, price: number): Instrument
  fairFuture(spot: number, expiry: number): number
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
    ['NIFTY', spots.get('26000')!, 50, 'FUTIDX'],
    ['BANKNIFTY', spots.get('26009')!, 25, 'FUTIDX'],
    ...STOCK_FUTURES.map(([symbol, lot]) => [symbol, equities.get(symbol)!, lot, 'FUTSTK'] as const),
  ])
  addOptions(host, 
    'NFO',
    40001,
    weeklyExpiries(now, 2, 'NSE', holidays),
    OPTION_UNDERLYINGS.map(([symbol, token, lot, step, iv]) => [symbol, spots.get(token)!, lot, step, iv] as const),
  )
  let nextToken = 250001
  const mcxExpiry = monthlyExpiries(now, 1, 'MCX', holidays)[0]!
  for (const [symbol, company, price, lot, tick] of MCX) {
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
        lotSize: lot,
        tickSize: tick,
        expiry: mcxExpiry,
        sigma: 0.0005,
      },
      price * (1 + 0.01 * gaussian(host.rand())),
    )
  }
  // BSE derivatives came later: appended in their own token range and walk group, so older seeds replay unchanged.
  host.newGroup(mulberry32(seedFrom(`${host.seed}:BFO`)))
  const sensex = addIndex(host, 'BSE', SENSEX.token, SENSEX.symbol, SENSEX.symbol, SENSEX.company, SENSEX.price)
  addFutures(host, 'BFO', 300001, monthlyExpiries(now, 2, 'BSE', holidays), [[SENSEX.symbol, sensex, SENSEX.lot, 'FUTIDX']])
  addOptions(host, 'BFO', 301001, weeklyExpiries(now, 2, 'BSE', holidays), [[SENSEX.symbol, sensex, SENSEX.lot, SENSEX.step, SENSEX.iv]])
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
      sigma: 0.0002,
    },
    price * (1 + 0.01 * gaussian(host.rand())),
  )
}

/** Futures of each underlying for each expiry (`SYMBOL<DDMMMYY>F`), tokens counting up from `firstToken`. */
function addFutures(host: ListingHost, exchange: string, firstToken: number, expiries: number[], underlyings: readonly FutureUnderlying[]): void {
  let nextToken = firstToken
  for (const [symbol, spot, lotSize, instrumentName] of underlyings) {
    for (const expiry of expiries) {
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
          lotSize,
          underlying: spot,
          expiry,
        },
        host.fairFuture(spot.prevClose, expiry),
      )
    }
  }
}

/**
 * Index options (`SYMBOL<DDMMMYY>C<strike>`): STRIKES_EACH_SIDE strikes either side of the at-the-money one, CE and PE,
 * for each expiry, priced by Black–Scholes; tokens counting up from `firstToken`.
 */
function addOptions(host: ListingHost, exchange: string, firstToken: number, expiries: number[], underlyings: readonly OptionUnderlying[]): void {
  let nextToken = firstToken
  for (const [symbol, spot, lot, step, iv] of underlyings) {
    const centre = Math.round(spot.prevClose / step) * step
    for (const expiry of expiries) {
      for (let i = -STRIKES_EACH_SIDE; i <= STRIKES_EACH_SIDE; i++) {
        const strike = centre + i * step
        for (const optionType of ['CE', 'PE'] as const) {
          const t = Math.max(expiry - host.modelTime(), 3_600_000) / YEAR_MS
          const bs = blackScholes(spot.prevClose, strike, t + 1 / 365, RATE, iv)
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
