import { defineConfig, type Options } from 'tsup'

/** The one tsup preset every package builds with: ESM + CJS + .d.ts from src/index.ts. */
export function tsupPreset(overrides: Options = {}) {
  return defineConfig({
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    target: 'node20',
    // Declarations resolve sibling packages through their built types, not their sources.
    dts: { compilerOptions: { customConditions: [] } },
    sourcemap: true,
    clean: true,
    treeshake: true,
    ...overrides,
  })
}
