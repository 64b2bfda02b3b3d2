import { defaultServerConditions } from 'vite'
import { defineConfig, type ViteUserConfig } from 'vitest/config'

// Tests run against src/ of every workspace package through the `@firstock/source` export condition.
const conditions = ['@firstock/source', ...defaultServerConditions]

export function vitestPreset(test: NonNullable<ViteUserConfig['test']> = {}) {
  return defineConfig({
    resolve: { conditions },
    ssr: { resolve: { conditions, externalConditions: ['@firstock/source'] } },
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      typecheck: { enabled: true, include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
      testTimeout: 20_000,
      ...test,
    },
  })
}
