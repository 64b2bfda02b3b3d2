import Table from 'cli-table3'
import { createSpinner } from 'nanospinner'
import pc from 'picocolors'

/** How this run prints: decided once from the flags, the environment and whether the streams are terminals. */
export interface Output {
  /** `--json`: machine-readable JSON on stdout only; no colour, no spinner, no decoration. */
  readonly json: boolean
  /** Colours on stdout (a TTY, not `--json`, `NO_COLOR` unset). */
  readonly color: boolean
  /** stdout is a terminal (live tables redraw in place only then). */
  readonly tty: boolean
  readonly debug: boolean
  readonly c: ReturnType<typeof pc.createColors>
  /** Human text on stdout (ignored under `--json`). */
  line(text?: string): void
  /** A note for people on stderr (also under `--json`: stdout stays clean). */
  note(text: string): void
  data(value: unknown): void
  table(head: readonly string[], rows: readonly (readonly Cell[])[], options?: TableOptions): string
  /** Runs `work` under a spinner on stderr (only on a TTY and without `--json`). */
  spin<T>(text: string, work: () => Promise<T>): Promise<T>
}

export type Cell = string | number | undefined | null

export interface TableOptions {
  /** Column indexes to right-align (numbers). */
  right?: readonly number[]
  title?: string
}

export interface OutputOptions {
  json?: boolean
  debug?: boolean
  env?: NodeJS.ProcessEnv
  stdout?: NodeJS.WriteStream
  stderr?: NodeJS.WriteStream
}

export function createOutput(options: OutputOptions = {}): Output {
  const env = options.env ?? process.env
  const stdout = options.stdout ?? process.stdout
  const stderr = options.stderr ?? process.stderr
  const json = options.json ?? false
  const tty = Boolean(stdout.isTTY) && env.TERM !== 'dumb'
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== ''
  const color = !json && !noColor && (tty || (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0'))
  const errColor = !json && !noColor && Boolean(stderr.isTTY)
  const c = pc.createColors(color)
  const ec = pc.createColors(errColor)
  const spinners = !json && Boolean(stderr.isTTY) && env.TERM !== 'dumb' && env.CI === undefined

  return {
    json,
    color,
    tty,
    debug: options.debug ?? false,
    c,
    line(text = '') {
      if (!json) stdout.write(`${text}\n`)
    },
    note(text) {
      stderr.write(`${ec.dim(text)}\n`)
    },
    data(value) {
      stdout.write(`${JSON.stringify(value, null, 2)}\n`)
    },
    table(head, rows, tableOptions = {}) {
      const right = new Set(tableOptions.right ?? [])
      const table = new Table({
        head: head.every((h) => h === '') ? [] : head.map((h) => c.bold(h)),
        style: { head: [], border: color ? ['grey'] : [], compact: true },
        colAligns: head.map((_, index) => (right.has(index) ? 'right' : 'left')),
        ...(tty ? {} : { chars: ASCII }),
      })
      for (const row of rows) table.push(row.map((cell) => (cell === undefined || cell === null ? '' : String(cell))))
      return tableOptions.title ? `${c.bold(tableOptions.title)}\n${table.toString()}` : table.toString()
    },
    async spin(text, work) {
      if (!spinners) return work()
      const spinner = createSpinner(text, { stream: stderr }).start()
      try {
        return await work()
      } finally {
        // stop() with no text clears the line, ends the timer and shows the cursor again.
        spinner.stop()
      }
    },
  }
}

/** Plain ASCII borders for pipes and logs, where box-drawing characters may not survive. */
const ASCII = {
  top: '-', 'top-mid': '+', 'top-left': '+', 'top-right': '+',
  bottom: '-', 'bottom-mid': '+', 'bottom-left': '+', 'bottom-right': '+',
  left: '|', 'left-mid': '+', mid: '-', 'mid-mid': '+', right: '|', 'right-mid': '+', middle: '|',
}

/** Formats a price with 2 decimals (or a dash when missing). */
export function price(value: number | undefined, digits = 2): string {
  return value === undefined || !Number.isFinite(value) ? '—' : value.toFixed(digits)
}

export function integer(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? '—' : Math.round(value).toLocaleString('en-IN')
}

/** `+1.25` in green, `-0.40` in red, `0.00` plain. */
export function signed(out: Output, value: number | undefined, suffix = '', digits = 2): string {
  if (value === undefined || !Number.isFinite(value)) return '—'
  const text = `${value > 0 ? '+' : ''}${value.toFixed(digits)}${suffix}`
  if (value > 0) return out.c.green(text)
  if (value < 0) return out.c.red(text)
  return text
}

/** Order status coloured by outcome. */
export function status(out: Output, value: string | undefined): string {
  if (!value) return '—'
  const upper = value.toUpperCase()
  if (upper === 'COMPLETE') return out.c.green(value)
  if (upper === 'REJECTED') return out.c.red(value)
  if (upper === 'CANCELED' || upper === 'CANCELLED') return out.c.dim(value)
  return out.c.yellow(value)
}

export function side(out: Output, value: string | undefined): string {
  if (value === 'B') return out.c.green('BUY')
  if (value === 'S') return out.c.red('SELL')
  return value ?? '—'
}
