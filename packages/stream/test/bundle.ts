import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build, defaultServerConditions } from 'vite'

const root = fileURLToPath(new URL('..', import.meta.url))
const conditions = ['@firstock/source', ...defaultServerConditions]

/** Bundles a test entry from source (workspace packages through `@firstock/source`) into one .mjs a child node runs. */
export async function bundleForChild(entry: string, name: string): Promise<string> {
  const outDir = `${root}node_modules/.cache/stream-test`
  mkdirSync(outDir, { recursive: true })
  await build({
    configFile: false,
    logLevel: 'silent',
    root,
    resolve: { conditions },
    ssr: { noExternal: true, resolve: { conditions, externalConditions: ['@firstock/source'] } },
    build: {
      ssr: fileURLToPath(new URL(entry, import.meta.url)),
      outDir,
      emptyOutDir: false,
      minify: false,
      target: 'node20',
      rollupOptions: { external: ['ws', 'isomorphic-ws', /^node:/], output: { format: 'es', entryFileNames: `${name}.mjs` } },
    },
  })
  return `${outDir}/${name}.mjs`
}
