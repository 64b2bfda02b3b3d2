import { tsupPreset } from '../../tooling/tsup.ts'

// Two entries share one copy of each module (splitting, also for CJS): an error class thrown by code behind
// `@firstock/core/protocol` is the same class the root exports, so `instanceof` holds across the two.
export default tsupPreset({ entry: ['src/index.ts', 'src/protocol.ts'], splitting: true })
