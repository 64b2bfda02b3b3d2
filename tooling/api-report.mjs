#!/usr/bin/env node
// Run in a package folder after its build, by its `lint` (check) and `api-report` (`--update`) scripts.
// The public surface of a package is what its built declaration files export. This prints each exported entry's
// exported declarations without comments (docs may change freely) into `api-report[.<entry>].d.ts` beside package.json.
// Without --update it fails when the built surface differs from the checked-in report, so every change to the
// public API shows up in review as a diff of that file. After an intended change: `pnpm api-report`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const update = process.argv.includes('--update')
const pkgDir = process.cwd()
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'))
const ts = createRequire(join(pkgDir, 'package.json'))('typescript')

let stale = 0
for (const [entry, target] of Object.entries(pkg.exports ?? {})) {
  const types = typeof target === 'object' ? target.import?.types : undefined
  if (!types) continue
  const name = entry === '.' ? 'api-report.d.ts' : `api-report.${entry.replace(/^\.\//, '').replace(/\//g, '-')}.d.ts`
  const rootTypes = entry === '.' ? undefined : pkg.exports['.']?.import?.types
  const report = surface(join(pkgDir, types), rootTypes && join(pkgDir, rootTypes))
  const file = join(pkgDir, name)
  const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined
  if (current === report) continue
  if (update) {
    writeFileSync(file, report)
    console.log(`api-report: wrote ${pkg.name} ${name}`)
  } else {
    stale++
    console.error(`api-report: the public API of ${pkg.name} (${entry}) changed and ${name} was not updated.`)
    console.error(diffSummary(current ?? '', report))
  }
}
if (stale > 0) {
  console.error('Review the change, then run `npx -y pnpm@10 api-report` at the root and commit the reports.')
  process.exit(1)
}

/**
 * The declarations an entry's built .d.ts exports, each printed without comments, sorted by exported name, then the
 * unexported declarations of this package they refer to (their shape is part of the surface too). Read through the
 * type checker, so shared declaration chunks (a package with more than one entry) and their generated names do not
 * show. What another package, or this package's root entry, declares is listed by name only: it is in that report.
 * A type named after a computed one (an endpoint row's `PlaceOrderInput`, read from its zod schema) is printed with
 * the fields it resolves to, so each field shows once, in its named type, and the rows show as one line each.
 */
function surface(path, rootPath) {
  const program = ts.createProgram(rootPath ? [path, rootPath] : [path], { noEmit: true, skipLibCheck: true, moduleResolution: ts.ModuleResolutionKind.Bundler, module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.Latest })
  const checker = program.getTypeChecker()
  const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed })
  const byName = (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(path))).sort(byName)
  const resolve = (symbol) => (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol)
  const own = (symbol) => ownerOf(symbol.declarations?.[0]?.getSourceFile().fileName) === pkg.name
  const exported = new Set(exports.map(resolve))
  const shown = new Set(exported)
  const inRoot = new Set(rootPath ? checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(rootPath))).map(resolve) : [])
  const fromRoot = []
  const referenced = []
  const print = (symbol) =>
    [...new Set((symbol.declarations ?? []).map((node) => {
      if (isDerived(symbol, node)) return printDerived(symbol, node)
      const statement = ts.isVariableDeclaration(node) ? node.parent.parent : node
      collectReferences(statement)
      return printer.printNode(ts.EmitHint.Unspecified, statement, statement.getSourceFile())
    }))].join('\n')
  // A named type computed from another (`interface PlaceOrderInput extends EndpointInput<typeof placeOrderRow> {}`,
  // `interface Quote extends z.output<Schemas['Quote']> {}`) is printed with the members it resolves to: its fields
  // are the surface, the value or schema it is read from is not.
  // A type alias read from a value the entry does not export (`type V1MultiQuoteItem = EndpointRow<typeof
  // getMultiQuotes>`) is printed resolved too.
  function isDerived(symbol, node) {
    if (ts.isTypeAliasDeclaration(node)) return readsHiddenValue(node.type)
    if (!ts.isInterfaceDeclaration(node) || node.members.length > 0 || node.heritageClauses?.[0]?.types.length !== 1) return false
    const [base] = checker.getBaseTypes(checker.getDeclaredTypeOfSymbol(symbol))
    return base !== undefined && !(base.symbol && base.symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.Class))
  }
  function readsHiddenValue(node) {
    if (ts.isTypeQueryNode(node)) {
      const symbol = checker.getSymbolAtLocation(ts.isQualifiedName(node.exprName) ? node.exprName.left : node.exprName)
      if (symbol && own(resolve(symbol)) && !exported.has(resolve(symbol))) return true
    }
    return ts.forEachChild(node, readsHiddenValue) ?? false
  }
  function printDerived(symbol, node) {
    const isAlias = ts.isTypeAliasDeclaration(node)
    const type = isAlias ? checker.getDeclaredTypeOfSymbol(symbol) : checker.getBaseTypes(checker.getDeclaredTypeOfSymbol(symbol))[0]
    collectTypeReferences(type, new Set())
    const flags = ts.NodeBuilderFlags.NoTruncation | ts.NodeBuilderFlags.MultilineObjectLiterals | ts.NodeBuilderFlags.IgnoreErrors
    const resolved = checker.typeToTypeNode(type, node, flags | (isAlias ? ts.NodeBuilderFlags.InTypeAlias : 0))
    const text = printer.printNode(ts.EmitHint.Unspecified, resolved, node.getSourceFile())
    const head = `${symbol.name}${node.typeParameters ? `<${node.typeParameters.map((p) => p.getText()).join(', ')}>` : ''}`
    if (isAlias) return `type ${head} = ${text};`
    if (ts.isTypeLiteralNode(resolved)) return `interface ${head} ${text}`
    return ts.isTypeReferenceNode(resolved) ? `interface ${head} extends ${text} {}` : `type ${head} = ${text};`
  }
  /** Lists a declaration of this package that the surface mentions, once (in the root's report when it is there). */
  function mention(target) {
    if (shown.has(target)) return
    shown.add(target)
    if (inRoot.has(target)) fromRoot.push(target.name)
    else referenced.push(target)
  }
  function collectReferences(node) {
    if (ts.isTypeReferenceNode(node) || ts.isExpressionWithTypeArguments(node) || ts.isTypeQueryNode(node)) {
      const name = ts.isTypeReferenceNode(node) ? node.typeName : ts.isTypeQueryNode(node) ? node.exprName : node.expression
      const symbol = checker.getSymbolAtLocation(ts.isQualifiedName(name) ? name.left : name)
      const target = symbol && resolve(symbol)
      if (target && own(target) && !(target.flags & ts.SymbolFlags.TypeParameter)) mention(target)
    }
    ts.forEachChild(node, collectReferences)
  }
  /** Like collectReferences, for a resolved type: the own named types it mentions. */
  function collectTypeReferences(type, seen) {
    if (!type || seen.has(type)) return
    seen.add(type)
    const declared = type.symbol && type.symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.Class | ts.SymbolFlags.Enum)
    const named = type.aliasSymbol ?? (declared ? type.symbol : undefined)
    if (named && own(named)) return mention(resolve(named))
    const isReference = type.flags & ts.TypeFlags.Object && type.objectFlags & ts.ObjectFlags.Reference
    const inner = [...(type.aliasTypeArguments ?? []), ...(type.types ?? []), ...(isReference ? checker.getTypeArguments(type) : [])]
    for (const part of inner) collectTypeReferences(part, seen)
    if (!named && type.flags & ts.TypeFlags.Object) for (const property of type.getProperties()) collectTypeReferences(checker.getTypeOfSymbol(property), seen)
  }
  const blocks = []
  const reexported = new Map()
  const bundlerNames = new Map()
  for (const symbol of exports) {
    const target = resolve(symbol)
    if (!own(target)) {
      const owner = ownerOf(target.declarations?.[0]?.getSourceFile().fileName)
      reexported.set(owner, [...(reexported.get(owner) ?? []), symbol.name])
      continue
    }
    // The declaration bundler renames one of two same-named declarations (`login$1`); the report uses the exported name.
    if (/\$\d+$/.test(target.name)) bundlerNames.set(target.name, symbol.name)
    const renamed = target.name === symbol.name || bundlerNames.has(target.name) ? '' : ` (declared as ${target.name})`
    blocks.push(`// ${symbol.name}${renamed}\n${print(target)}`)
  }
  for (let i = 0; i < referenced.length; i++) blocks.push(`// (not exported) ${referenced[i].name}\n${print(referenced[i])}`)
  if (fromRoot.length > 0) blocks.push(`// Declared in the root entry of ${pkg.name} (see its report):\n// ${fromRoot.sort().join(', ')}`)
  for (const [owner, names] of reexported) blocks.push(`// Re-exported from ${owner} (see its report):\n// ${names.join(', ')}`)
  const text = blocks.join('\n\n').replace(/[\w$]+\$\d+(?![\w$])/g, (name) => bundlerNames.get(name) ?? name)
  return `// The public API of ${pkg.name}, generated from its built types by tooling/api-report.mjs. Do not edit.\n${text}\n`
}

/** The name of the package whose folder holds a declaration file (another package's surface is its own report). */
function ownerOf(file) {
  for (let dir = dirname(file ?? ''); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name
  }
  return undefined
}

/** The lines only in one of the two texts (enough to see what moved without a diff tool). */
function diffSummary(before, after) {
  const a = new Set(before.split('\n'))
  const b = new Set(after.split('\n'))
  const removed = [...a].filter((l) => !b.has(l)).slice(0, 15).map((l) => `  - ${l}`)
  const added = [...b].filter((l) => !a.has(l)).slice(0, 15).map((l) => `  + ${l}`)
  return [...removed, ...added].join('\n')
}
