import { blackScholes, type Instrument } from '../model/market.js'
import { dateTime, ddMmmYyyy, fixed, parseExpiry, parseSlashTime, toNumber } from '../util.js'
import { type AddRoute, type Context, session, type V3Model } from './context.js'
import { array, instrumentOf } from './parse.js'
import { quote } from './quote-format.js'
import { exchangeToken, EXCHANGES, invalid, isMissing, missing, ok, text } from './wire.js'

/** Quotes, search, security info, index list, option chain, candles, Greeks and the SPAN calculator. */
export function addMarketRoutes(add: AddRoute, model: V3Model): void {
  const { market } = model
    const ltp = (inst: Instrument, rt: string) => ({
      requestTime: rt,
      companyName: inst.companyName,
      exchange: inst.exchange,
      token: inst.token,
      lastTradedPrice: fixed(inst.ltp, inst.pricePrecision),
    })
    add('getQuote', session(['exchange', 'token'], 'quote', ({ body, rt }) => ok(quote(market, instrumentOf(market, body.exchange, body.token), rt))))
    add('getQuote/ltp', {
      name: 'getQuoteLtp',
      ...session(['exchange', 'token'], 'quote', ({ body, rt }) => ok(ltp(instrumentOf(market, body.exchange, body.token), rt))),
    })
    const multi = (view: (inst: Instrument, rt: string) => unknown) => (ctx: Context) => {
      const items = array(ctx.body, 'data')
      const insts = items.map((item) => instrumentOf(market, item.exchange, item.token))
      return ok(insts.map((inst) => ({ token: inst.token, result: view(inst, ctx.rt) })))
    }
    add('getMultiQuotes', session(['data'], 'quote', multi((inst, rt) => quote(market, inst, rt))))
    add('getMultiQuotes/ltp', { name: 'getMultiQuotesLtp', ...session(['data'], 'quote', multi(ltp)) })
    add(
      'searchScrips',
      session(['stext'], 'other', ({ body }) => ({
        status: 200,
        body: {
          status: 'Success',
          values: market.search(text(body.stext)).map((inst) => ({
            exchange: inst.exchange,
            tradingSymbol: inst.tradingSymbol,
            token: inst.token,
            companyName: inst.companyName,
            instrumentName: inst.instrumentName,
            pricePrecision: String(inst.pricePrecision),
            lotSize: String(inst.lotSize),
            tickSize: fixed(inst.tickSize),
          })),
        },
      })),
    )
    add(
      'securityInfo',
      session(['exchange', 'token'], 'other', ({ body, rt }) => {
        const inst = instrumentOf(market, body.exchange, body.token)
        const data: Record<string, string> = {
          requestTime: rt,
          exchange: inst.exchange,
          tradingSymbol: inst.tradingSymbol,
          companyName: inst.companyName,
          symbolName: inst.symbolName,
          segment: inst.segment,
          instrumentName: inst.instrumentName,
          isin: inst.isin,
          tickSize: fixed(inst.tickSize),
          lotSize: String(inst.lotSize),
          pricePrecision: String(inst.pricePrecision),
          mult: '1',
          token: inst.token,
          prcftr_d: '(1 / 1 ) * (1 / 1)',
        }
        if (inst.expiry !== undefined) data.expiry = ddMmmYyyy(inst.expiry)
        if (inst.strike !== undefined) data.strikePrice = fixed(inst.strike)
        if (inst.optionType) data.optionType = inst.optionType
        return ok(data)
      }),
    )
    add(
      'indexList',
      session(['exchange'], 'other', ({ body, rt }) => {
        const exchange = text(body.exchange).toUpperCase()
        if (!EXCHANGES.has(exchange)) throw invalid('exchange')
        const values = market.list
          .filter((i) => i.kind === 'index' && i.exchange === exchange)
          .map((i) => ({ idxname: i.tradingSymbol, token: i.token }))
        return ok({ requestTime: rt, values })
      }),
    )
    add(
      'optionChain',
      session(['exchange', 'tradingSymbol', 'strikePrice', 'count'], 'other', ({ body, rt }) => {
        const anchor = market.bySymbolName(text(body.exchange), text(body.tradingSymbol))
        if (!anchor || anchor.kind !== 'option') throw exchangeToken()
        const strike = toNumber(body.strikePrice)
        if (!Number.isFinite(strike) || strike <= 0) throw invalid('strikePrice')
        const count = toNumber(body.count)
        if (!Number.isInteger(count) || count <= 0) throw invalid('count')
        const series = market.list.filter((i) => i.underlying === anchor.underlying && i.expiry === anchor.expiry && i.kind === 'option')
        const strikes = [...new Set(series.map((i) => i.strike!))].sort((a, b) => a - b)
        // 4 × count contracts: `count` strikes at or below the given strike and `count` above, CE and PE each.
        const below = strikes.filter((s) => s <= strike).slice(-count)
        const above = strikes.filter((s) => s > strike).slice(0, count)
        const values = [...below, ...above].flatMap((s) =>
          (['CE', 'PE'] as const).flatMap((type) => {
            const inst = series.find((i) => i.strike === s && i.optionType === type)
            return inst
              ? [
                  {
                    exchange: inst.exchange,
                    tradingSymbol: inst.tradingSymbol,
                    token: inst.token,
                    optionType: type,
                    strikePrice: fixed(s),
                    pricePrecision: String(inst.pricePrecision),
                    lotSize: String(inst.lotSize),
                    tickSize: fixed(inst.tickSize),
                  },
                ]
              : []
          }),
        )
        return ok({ requestTime: rt, values })
      }),
    )
    add(
      'timePriceSeries',
      session(['exchange', 'token', 'startTime', 'endTime', 'interval'], 'candle', ({ body }) => {
        const inst = market.get(text(body.exchange), text(body.token)) ?? market.bySymbolName(text(body.exchange), text(body.token))
        if (!inst) throw exchangeToken()
        const interval = text(body.interval).toUpperCase()
        if (!['1', '3', '5', '10', '15', '30', '60', '120', '240', 'DAY'].includes(interval)) throw invalid('interval')
        const from = parseSlashTime(text(body.startTime))
        if (from === undefined) throw invalid('startTime')
        const to = parseSlashTime(text(body.endTime))
        if (to === undefined) throw invalid('endTime')
        const candles = market.candles(inst, interval === 'DAY' ? 'DAY' : Number(interval), from, to)
        const p = (n: number) => fixed(n, inst.pricePrecision)
        return ok(
          candles.map((c) => ({
            stat: 'Ok',
            time: dateTime(c.t),
            ssboe: String(Math.floor(c.t / 1000)),
            into: p(c.o),
            inth: p(c.h),
            intl: p(c.l),
            intc: p(c.c),
            intvwap: '0.00',
            intv: String(c.v),
            intoi: '0',
            v: String(c.cumulative),
            oi: String(c.oi),
          })),
        )
      }),
    )
    add('optionGreek', {
      required: ['expiryDate', 'strikePrice', 'spotPrice', 'initRate', 'volatility', 'optionType'],
      auth: 'optional',
      bucket: 'other',
      handle: ({ body, now, rt }) => {
        const expiry = parseExpiry(text(body.expiryDate))
        if (expiry === undefined) throw invalid('expiryDate')
        const num = (field: string, min = 0) => {
          const n = toNumber(body[field])
          if (!Number.isFinite(n) || n < min || (min === 0 && n === 0 && field !== 'initRate')) throw invalid(field)
          return n
        }
        const strike = num('strikePrice')
        const spot = num('spotPrice')
        const rate = num('initRate') / 100
        const vol = num('volatility') / 100
        if (!['CE', 'PE'].includes(text(body.optionType).toUpperCase())) throw invalid('optionType')
        const t = Math.max(expiry + (15 * 60 + 30) * 60_000 - now, 60_000) / (365 * 86_400_000)
        const g = blackScholes(spot, strike, t, rate, vol)
        return ok({
          request_time: rt,
          stat: 'OK',
          cal_price: fixed(g.call),
          put_price: fixed(g.put),
          cal_delta: fixed(g.callDelta, 6),
          put_delta: fixed(g.putDelta, 6),
          cal_gamma: fixed(g.gamma, 6),
          put_gamma: fixed(g.gamma, 6),
          cal_theta: fixed(g.callTheta, 6),
          put_theta: fixed(g.putTheta, 6),
          cal_rho: fixed(g.callRho, 6),
          put_rho: fixed(g.putRho, 6),
          cal_vego: fixed(g.vega, 6),
          put_vego: fixed(g.vega, 6),
        })
      },
    })
    add(
      'spanCalculators',
      session(['data'], 'other', ({ body, rt }) => {
        const legs = array(body, 'data')
        let span = 0
        let expo = 0
        for (const leg of legs) {
          for (const field of ['exchange', 'instrumentName', 'symbolName', 'expireDate', 'strikePrice', 'netQuantity']) {
            if (isMissing(leg[field])) throw missing(field)
          }
          const qty = toNumber(leg.netQuantity)
          if (!Number.isInteger(qty)) throw invalid('netQuantity')
          const symbol = text(leg.symbolName).toUpperCase()
          const spotInst =
            market.list.find((i) => i.kind === 'index' && i.symbolName === symbol) ?? market.bySymbolName('NSE', `${symbol}-EQ`)
          const strike = toNumber(leg.strikePrice)
          const spot = spotInst?.ltp ?? (Number.isFinite(strike) && strike > 0 ? strike : 0)
          const instrument = text(leg.instrumentName).toUpperCase()
          const isOption = instrument.startsWith('OPT')
          // Long options carry no SPAN; short options and futures about 9% of notional plus 3% exposure.
          if (isOption && qty > 0) continue
          span += Math.abs(qty) * spot * 0.09
          expo += Math.abs(qty) * spot * 0.03
        }
        return ok({
          status: 'Ok',
          requestTime: rt,
          span: fixed(span),
          expo: fixed(expo),
          span_trade: fixed(span),
          expo_trade: fixed(expo),
        })
      }),
    )
}
