import { defineEndpoint, type Check, type Endpoint, type EndpointInput, type EndpointOutput, type ExactRows } from '../../define-endpoint.js'
import type { NoInput } from './shared.js'

const loginRow = defineEndpoint({
  name: 'login',
  path: 'login',
  auth: 'none',
  retry: 'safe',
  limit: 'other',
  request: ({ z, request, Text }) =>
    request({
      userId: Text,
      /** V3 sends the password as given; V1 sends its SHA-256. */
      password: z.string({ error: 'must be a string' }).min(1, { error: 'must not be empty' }),
      TOTP: z.string().regex(/^\d{6}$/, { error: 'must be a 6-digit code' }),
      vendorCode: Text,
      apiKey: Text,
    }),
  response: ({ z, response, str }) => response({ actid: str, userName: str, susertoken: z.string().min(1), email: str }),
})

/** The `login` endpoint row (`startSession(client, credentials)` calls it and stores the session it returns). */
export const login: Endpoint<'login', LoginInput, LoginResult> = loginRow
/** What {@link login} takes. */
export interface LoginInput extends EndpointInput<typeof loginRow> {}
/** What {@link login} resolves to. */
export interface LoginResult extends EndpointOutput<typeof loginRow> {}

const logoutRow = defineEndpoint({
  name: 'logout',
  path: 'logout',
  auth: 'session',
  retry: 'safe',
  limit: 'other',
  request: ({ NoInput }) => NoInput,
  response: ({ z }) => z.unknown(),
})

/** The `logout` endpoint row (`endSession(client)` calls it and forgets the session locally). */
export const logout: Endpoint<'logout', NoInput, unknown> = logoutRow

const userDetailsRow = defineEndpoint({
  name: 'userDetails',
  path: 'userDetails',
  auth: 'session',
  retry: 'safe',
  limit: 'other',
  request: ({ NoInput }) => NoInput,
  response: ({ z, response, str, requiredStr }) =>
    response({
      requestTime: str,
      userName: str,
      email: str,
      actid: requiredStr,
      uprev: str,
      exchange: z.array(z.string()).optional(),
      orarr: z.array(z.string()).optional(),
    }),
})

/**
 * `userDetails`: the logged-in user's profile (name, email, exchanges, products).
 * Inputs are checked before sending (`ValidationError`); failures reject as described in {@link call}.
 * @example
 * ```ts
 * const me = await firstock.userDetails()
 * ```
 */
export const userDetails: Endpoint<'userDetails', NoInput, UserDetails> = userDetailsRow
/** What {@link userDetails} resolves to. */
export interface UserDetails extends EndpointOutput<typeof userDetailsRow> {}

// Each row takes and gives exactly its named types, shared names included (see `ExactRows`).
type Exact = Check<ExactRows<[
  [typeof loginRow, typeof login],
  [typeof logoutRow, typeof logout],
  [typeof userDetailsRow, typeof userDetails],
]>>
