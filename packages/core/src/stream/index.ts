// The WebSocket protocol as pure functions: commands (encode), frames (decode), merge (snapshot + partial).
export * from './commands.js'
export * from './frames.js'
export * from './merge.js'
export * from './order-state.js'
export * from './protocol.js'
export * from './socket-v2.js'
export * from './socket-v2-updates.js'
