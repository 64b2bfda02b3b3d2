import type { z } from 'zod'

/** `none` for login; `session` adds `userId` + `jKey` to the body. */
export type AuthMode = 'none' | 'session'
/** `safe` reads may be retried and replayed after a re-login; `never` is for anything that changes orders. */
export type RetryPolicy = 'safe' | 'never'
/** Rate-limit bucket (v3.md §5). */
export type RateLimitBucket = 'quote' | 'candles' | 'order' | 'other'
/**
 * Where the payload sits in a success answer: `data` (the usual envelope), `values` (searchScrips' top-level list)
 * or `list` (a top-level array of per-order envelopes: strategies and multiPlaceOrders).
 */
export type EnvelopeShape = 'data' | 'values' | 'list'

/**
 * One REST endpoint as data: path, auth, retry policy, rate-limit bucket and the zod request and response schemas.
 * {@link call} runs any row; {@link defineEndpoint} declares one.
 */
export interface Endpoint<
  Name extends string = string,
  Request extends z.ZodType = z.ZodType,
  Response extends z.ZodType = z.ZodType,
> {
  readonly name: Name
  /** Path relative to the version base URL, e.g. `getQuote/ltp`. */
  readonly path: string
  readonly auth: AuthMode
  readonly retry: RetryPolicy
  readonly limit: RateLimitBucket
  readonly envelope?: EnvelopeShape
  /** A request field that carries the caller's order tag; generated when the caller leaves it out. */
  readonly tagField?: string
  readonly request: Request
  readonly response: Response
}

/** Declares one endpoint as data. An identity function that keeps the literal types of the row. */
export function defineEndpoint<const Name extends string, Request extends z.ZodType, Response extends z.ZodType>(
  endpoint: Endpoint<Name, Request, Response>,
): Endpoint<Name, Request, Response> {
  return endpoint
}

/** What a caller passes to an endpoint. */
export type EndpointInput<E extends Endpoint> = z.input<E['request']>
/** What an endpoint resolves to. */
export type EndpointOutput<E extends Endpoint> = z.output<E['response']>
