// The instruments the sandbox lists: indices, equities, commodity futures, option underlyings (seed-independent facts).

export const INDICES: Array<[token: string, name: string, symbol: string, price: number]> = [
  ['26000', 'Nifty 50', 'NIFTY', 17850],
  ['26009', 'Nifty Bank', 'BANKNIFTY', 40250],
  ['26008', 'Nifty IT', 'NIFTYIT', 28600],
  ['26017', 'India VIX', 'INDIAVIX', 13.2],
  ['26037', 'Nifty Fin Service', 'FINNIFTY', 17950],
  ['26013', 'Nifty Next 50', 'NIFTYNXT50', 40100],
]

export const EQUITIES: Array<[token: string, symbol: string, company: string, price: number, isin: string]> = [
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

export const BSE_EQUITIES: Array<[token: string, symbol: string, nseSymbol: string]> = [
  ['500325', 'RELIANCE', 'RELIANCE'],
  ['500875', 'ITC', 'ITC'],
  ['532540', 'TCS', 'TCS'],
  ['500112', 'SBIN', 'SBIN'],
  ['500180', 'HDFCBANK', 'HDFCBANK'],
]

export const MCX: Array<[symbol: string, company: string, price: number, lot: number, tick: number]> = [
  ['CRUDEOIL', 'CRUDE OIL', 6520, 100, 1],
  ['GOLD', 'GOLD', 58900, 100, 1],
  ['SILVER', 'SILVER', 71200, 30, 1],
  ['NATURALGAS', 'NATURAL GAS', 182.4, 1250, 0.1],
]

/** Index options: underlying symbol, index token, lot size, strike step, implied vol. */
export const OPTION_UNDERLYINGS: Array<[symbol: string, token: string, lot: number, step: number, iv: number]> = [
  ['NIFTY', '26000', 50, 50, 0.14],
  ['BANKNIFTY', '26009', 25, 100, 0.17],
]
export const STRIKES_EACH_SIDE = 20
/** BSE's SENSEX and its BFO index derivatives (weekly options), on BSE's expiry calendar. */
export const SENSEX = { token: '1', symbol: 'SENSEX', company: 'S&P BSE SENSEX', price: 60300, lot: 10, step: 100, iv: 0.15 }
export const STOCK_FUTURES: Array<[symbol: string, lot: number]> = [
  ['ITC', 1600],
  ['RELIANCE', 250],
  ['SBIN', 1500],
  ['TCS', 175],
]
