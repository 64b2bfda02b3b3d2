import { createRequire } from 'node:module'
import { Command, CommanderError, Option } from 'commander'
import { describeError, EXIT, formatError, UsageError } from './errors.js'
import { createOutput } from './output.js'
import type { Context, GlobalOptions } from './target.js'

// Start-up stays small: this file loads commander and the output helpers only. Each command's module (and the
// SDK, the stream, the sandbox) is imported when that command runs.

type Run = (ctx: Context, args: string[], options: never) => Promise<void>
type Loader = () => Promise<{ run: Run }>

/** The version in the package's own package.json (one level above both `src/` and `dist/`). */
function cliVersion(): string {
  return (createRequire(import.meta.url)('../package.json') as { version: string }).version
}

const controller = new AbortController()
const exitHooks: (() => unknown)[] = []
let context: Context | undefined

function makeContext(globals: GlobalOptions): Context {
  return {
    opts: globals,
    out: createOutput({ json: globals.json ?? false, debug: globals.debug ?? false }),
    signal: controller.signal,
    env: process.env,
    onExit: (fn) => void exitHooks.push(fn),
  }
}

function action(load: Loader) {
  return async (...params: unknown[]) => {
    const command = params[params.length - 1] as Command
    const options = command.opts()
    const args = params.slice(0, -2).flatMap((value) => (Array.isArray(value) ? value.map(String) : value === undefined ? [] : [String(value)]))
    const globals = command.optsWithGlobals() as GlobalOptions & { color?: boolean }
    if (globals.color === false) process.env.NO_COLOR = '1'
    context = makeContext(globals)
    const { run } = await load()
    await run(context, args, options as never)
  }
}

const example = (...lines: string[]) => `\nExample${lines.length > 1 ? 's' : ''}:\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`

const program = new Command('firstock')
  .description(
    'Firstock Connect from the terminal. Talks to a local sandbox unless real credentials are configured\n' +
      '(FIRSTOCK_USER_ID, FIRSTOCK_PASSWORD, FIRSTOCK_TOTP_SECRET, FIRSTOCK_API_KEY, FIRSTOCK_VENDOR_CODE,\n' +
      'or a profile in ~/.config/firstock/config.json). Orders to a real account always need confirmation.',
  )
  .version(cliVersion(), '-v, --version')
  .option('--json', 'print machine-readable JSON only (no colour, no spinners)')
  .option('--sandbox', 'use the sandbox even if credentials are configured')
  .option('--sandbox-url <url>', 'a sandbox started with `firstock sandbox` (default: $FIRSTOCK_SANDBOX_URL, then a running one)')
  .option('--profile <name>', 'config profile to use (default: $FIRSTOCK_PROFILE or "default")')
  .option('-y, --yes', 'do not ask before sending orders')
  .option('--no-color', 'no colours (NO_COLOR is respected too)')
  .option('--debug', 'show stack traces and request logs')
  .option('--api <version>', 'API generation: v3 (Connect V3) or v1 (Developer API V1); default $FIRSTOCK_API, the profile\'s "api", then v3')
  .option('--now <time>', 'sandbox only: start the simulated market at this time (ISO-8601; no zone = IST), e.g. 2026-12-08T15:29')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride()
  .addHelpText(
    'after',
    `\nExit codes: 0 ok, 2 usage/bad input, 3 API refused, 4 network, 5 order outcome unknown.\n` +
      `Symbols such as NSE:ITC-EQ are looked up in the symbol masters, downloaded once a day and cached in\n` +
      `$FIRSTOCK_CACHE_DIR (default: $XDG_CACHE_HOME/firstock/symbols or ~/.cache/firstock/symbols).` +
      example('firstock demo', 'firstock sandbox &', 'firstock quote NSE:ITC-EQ NSE|26000', 'firstock place buy NSE:ITC-EQ --qty 1 --price 390'),
  )

program
  .command('demo')
  .description('start an in-process sandbox, log in, quote, place orders, stream live ticks, show positions')
  .option('--for <duration>', 'how long to stream the live table', '5s')
  .option('--market-hours <mode>', 'always-open (orders fill at any hour) or real (NSE/BSE sessions, IST)', 'always-open')
  .addHelpText('after', example('firstock demo', 'firstock demo --for 10s --json'))
  .action(action(() => import('./commands/demo.js')))

program
  .command('sandbox')
  .description('run the sandbox (a fake Firstock, V3 and V1, with a simulated market) in the foreground')
  .option('--port <port>', 'port to listen on (0 = any free port)', '8740')
  .option('--seed <seed>', 'seed of the simulated market', '1')
  .option('--tick <duration>', 'time between market moves', '250ms')
  .option('--market-hours <mode>', 'always-open (orders fill at any hour) or real (NSE/BSE sessions, IST)', 'always-open')
  .addHelpText('after', example('firstock sandbox --port 8740', 'firstock --sandbox-url http://127.0.0.1:8740 quote NSE:ITC-EQ'))
  .action(action(() => import('./commands/sandbox.js')))

program
  .command('fault')
  .description('sandbox only: make the running sandbox misbehave for the next requests (or `clear`), to see how a bot copes')
  .argument('<kind>', 'html502, json500, reset, hang, slow, truncate, rateLimit, expireSession, acceptThenDrop, malformed, badRow, rejectLeg, or clear')
  .option('--endpoint <name>', 'only requests to this endpoint, e.g. placeOrder (default: any)')
  .option('--count <n>', 'how many requests it applies to', '1')
  .addHelpText('after', example('firstock fault acceptThenDrop --endpoint placeOrder', 'firstock fault clear'))
  .action(action(() => import('./commands/fault.js')))

program
  .command('login')
  .description('log in with the configured credentials and keep the session (mode 0600, in your config dir)')
  .addHelpText(
    'after',
    `\nCredentials come from FIRSTOCK_USER_ID, FIRSTOCK_PASSWORD, FIRSTOCK_TOTP_SECRET, FIRSTOCK_API_KEY and\n` +
      `FIRSTOCK_VENDOR_CODE, or from {"profiles":{"default":{"userId":…,"password":…,"totpSecret":…,"apiKey":…,"vendorCode":…}}}\n` +
      `in <config dir>/config.json (chmod 600). Without them, the sandbox's demo account is used.` +
      example('firstock login', 'firstock --profile work login'),
  )
  .action(action(() => import('./commands/login.js')))

program
  .command('logout')
  .description('end the session and forget it')
  .addHelpText('after', example('firstock logout'))
  .action(action(() => import('./commands/logout.js')))

program
  .command('whoami')
  .description('show the target (sandbox or real account) and the logged-in user')
  .addHelpText('after', example('firstock whoami', 'firstock whoami --json'))
  .action(action(() => import('./commands/whoami.js')))

program
  .command('quote')
  .description('full quotes: LTP, change, OHLC, volume')
  .argument('<symbols...>', 'NSE:ITC-EQ (looked up in the symbol masters), NSE|1660 (exchange|token) or an index such as NIFTY')
  .addHelpText('after', example('firstock quote NSE:ITC-EQ NSE|26000', 'firstock quote RELIANCE --json'))
  .action(action(() => import('./commands/quote.js')))

program
  .command('ltp')
  .description('last traded prices only')
  .argument('<symbols...>', 'NSE:ITC-EQ, NSE|1660 or NIFTY')
  .addHelpText('after', example('firstock ltp NSE:ITC-EQ NSE:SBIN-EQ'))
  .action(action(() => import('./commands/ltp.js')))

program
  .command('search')
  .description('find instruments by name')
  .argument('<text>', 'part of a trading symbol or company name')
  .addHelpText('after', example('firstock search ITC', 'firstock search "TATA" --json'))
  .action(action(() => import('./commands/search.js')))

program
  .command('chain')
  .description('option chain around a strike, with last prices')
  .argument('<index>', 'underlying, e.g. NIFTY or BANKNIFTY')
  .option('--expiry <DDMMMYY>', 'expiry such as 27MAR25 (default: the nearest)')
  .option('--strike <price>', 'centre strike (default: at the money)')
  .option('--count <n>', 'strikes on each side', '5')
  .addHelpText('after', example('firstock chain NIFTY', 'firstock chain BANKNIFTY --expiry 27MAR25 --strike 48000 --count 3'))
  .action(action(() => import('./commands/chain.js')))

program
  .command('candles')
  .description('historical candles (OHLCV)')
  .argument('<symbol>', 'NSE:ITC-EQ or NSE|1660')
  .addOption(new Option('--interval <minutes>', 'candle size').choices(['1', '3', '5', '10', '15', '30', '60', '120', '240', 'DAY']).default('5'))
  .option('--from <time>', 'start, IST: "2025-03-20 09:15", "20/03/2025 09:15:00" or a date (default: 20 candles back)')
  .option('--to <time>', 'end, IST (default: now)')
  .addHelpText('after', example('firstock candles NSE:ITC-EQ --interval 15', 'firstock candles NSE|26000 --interval DAY --from 2025-01-01 --to 2025-03-01'))
  .action(action(() => import('./commands/candles.js')))

program
  .command('orders')
  .description("today's orders")
  .option('--watch', 'keep the table open and update it on every order event (Ctrl-C to stop)')
  .option('--for <duration>', 'with --watch: stop after this long')
  .addHelpText('after', example('firstock orders', 'firstock orders --watch'))
  .action(action(() => import('./commands/orders.js')))

for (const [name, description, load] of [
  ['trades', "today's trades (fills)", () => import('./commands/trades.js')],
  ['positions', 'open and closed positions with P&L', () => import('./commands/positions.js')],
  ['holdings', 'demat holdings', () => import('./commands/holdings.js')],
  ['limits', 'cash, margin used and available funds', () => import('./commands/limits.js')],
] as const satisfies readonly (readonly [string, string, Loader])[]) {
  program
    .command(name)
    .description(description)
    .addHelpText('after', example(`firstock ${name}`, `firstock ${name} --json`))
    .action(action(load))
}

program
  .command('place')
  .description('place an order (asks for confirmation unless --yes)')
  .argument('<side>', 'buy or sell')
  .argument('<symbols...>', 'NSE:ITC-EQ or NSE|1660; several symbols place one multi-leg order (each leg reported)')
  .requiredOption('-q, --qty <n>', 'quantity (shares, or contracts × lot size for F&O)')
  .option('-p, --price <price>', 'limit price (needed for LMT and SL-LMT)')
  .addOption(new Option('-t, --type <type>', 'price type (default: LMT with --price, else MKT)').choices(['LMT', 'MKT', 'SL-LMT', 'SL-MKT']))
  .option('--trigger <price>', 'trigger price for SL-LMT and SL-MKT')
  .addOption(new Option('--product <product>', 'C delivery, I intraday, M normal (default: C for cash, M for F&O)').choices(['C', 'I', 'M']))
  .addOption(new Option('--retention <retention>', 'validity').choices(['DAY', 'IOC', 'EOS']).default('DAY'))
  .option('--tag <text>', 'your tag, sent as remarks (default: a generated one, for reconciling)')
  .option('--protection <percent>', 'V1 only, required there for MKT and SL-MKT: the market protection, a percentage above 0 (e.g. 1)')
  .addHelpText(
    'after',
    example(
      'firstock place buy NSE:ITC-EQ --qty 10 --price 390',
      'firstock --api v1 place buy NSE:ITC-EQ --qty 10 --type MKT --protection 1',
      'firstock place sell NSE|1660 --qty 10 --type MKT --product I --yes',
      'firstock place buy NSE:ITC-EQ NSE:SBIN-EQ --qty 1 --type MKT --product I --yes',
    ),
  )
  .action(action(() => import('./commands/place.js')))

program
  .command('modify')
  .description('change the quantity, price or type of an open order')
  .argument('<order>', 'order number')
  .option('-q, --qty <n>', 'new quantity')
  .option('-p, --price <price>', 'new price')
  .addOption(new Option('-t, --type <type>', 'new price type').choices(['LMT', 'MKT', 'SL-LMT', 'SL-MKT']))
  .option('--trigger <price>', 'new trigger price')
  .option('--protection <percent>', 'V1 only, required there for MKT and SL-MKT: the market protection, a percentage above 0')
  .addHelpText('after', example('firstock modify 25031900000012 --price 392.5'))
  .action(action(() => import('./commands/modify.js')))

program
  .command('cancel')
  .description('cancel an open order')
  .argument('<order>', 'order number')
  .addHelpText('after', example('firstock cancel 25031900000012', 'firstock cancel 25031900000012 --yes'))
  .action(action(() => import('./commands/cancel.js')))

program
  .command('watch')
  .description('live touchline table that redraws in place (Ctrl-C to stop)')
  .argument('<symbols...>', 'NSE:ITC-EQ, NSE|26000 or NIFTY')
  .option('--for <duration>', 'stop after this long, e.g. 10s')
  .addHelpText('after', example('firstock watch NIFTY NSE:ITC-EQ NSE:RELIANCE-EQ', 'firstock watch NSE|26000 --for 10s --json'))
  .action(action(() => import('./commands/watch.js')))

async function main(argv: string[]): Promise<number> {
  let interrupts = 0
  process.on('SIGINT', () => {
    interrupts++
    if (interrupts > 1) process.exit(EXIT.interrupted)
    controller.abort()
  })
  try {
    await program.parseAsync(argv)
    return EXIT.ok
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are "errors" under exitOverride; commander has already printed its message.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage
    }
    const described = describeError(error)
    const debug = context?.opts.debug ?? argv.includes('--debug')
    if (debug && error instanceof Error && !(error instanceof UsageError)) process.stderr.write(`${error.stack ?? error.message}\n`)
    process.stderr.write(`${formatError(described)}\n`)
    return described.exitCode
  }
}

const code = await main(process.argv)
for (const hook of exitHooks.reverse()) {
  try {
    await hook()
  } catch {
    // Closing is best effort; the process ends next.
  }
}
// Flush stdout before exiting: sockets kept alive by fetch must not hold the process open.
await new Promise<void>((resolve) => process.stdout.write('', () => resolve()))
process.exit(code)
