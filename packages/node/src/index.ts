export * from '@firstock/core'
export {
  createFirstock,
  checkBaseUrl,
  type Firstock,
  type FirstockOptions,
  type EndpointMethods,
  type ReconcileOptions,
  type ReconcileResult,
  type ConfirmedOrder,
} from './create-firstock.js'
export { kyTransport, type KyTransportOptions } from './ky-transport.js'
export { FileSessionStore, defaultConfigDir } from './file-session-store.js'
