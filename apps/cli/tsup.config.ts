import { tsupPreset } from '../../tooling/tsup.ts'

export default tsupPreset({
  entry: ['src/main.ts'],
  format: ['esm'],
  dts: false,
  // Commands are split into chunks loaded on demand; workspace packages stay external (resolved from node_modules).
  splitting: true,
  banner: { js: '#!/usr/bin/env node' },
})
