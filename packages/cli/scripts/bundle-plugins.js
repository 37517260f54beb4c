// The esbuild plugins scripts/bundle.js builds the CLI bundle with. Those
// that change a dependency's source check that the text they replace is
// there, so that an update of the dependency fails the build instead of
// silently undoing the change (src/bundle-plugins.test.ts tests that, and
// that the patched parser builds the same trees; test/bundle.test.ts tests
// what the bundle loads and prints).
import {readFile} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'

/**
 * An esbuild plugin that routes imports of `string-width` through
 * dist/string-width.js (`withSingleColumnFastPath`), which answers text of
 * one-column characters itself and calls the real function otherwise.
 */
export function singleColumnStringWidth(wrapperUrl) {
  const wrapper = fileURLToPath(wrapperUrl)
  return {
    name: 'single-column-string-width',
    setup(build) {
      build.onResolve({filter: /^string-width$/}, (args) =>
        args.namespace === 'single-column-string-width' ? undefined : {path: args.resolveDir, namespace: 'single-column-string-width'}
      )
      build.onLoad({filter: /.*/, namespace: 'single-column-string-width'}, (args) => ({
        // Resolved from the importer's folder, so the importer's own version.
        resolveDir: args.path,
        contents: `import width from 'string-width'\nimport {withSingleColumnFastPath} from ${JSON.stringify(wrapper)}\nexport default withSingleColumnFastPath(width)\n`
      }))
    }
  }
}

/**
 * An esbuild plugin that swaps dist/import-url.js for the importer
 * load-bundle.cjs passes to the bundle (`__claimlintImport`): the bundle is
 * compiled through `vm.Script`, where `import()` fails on Node 20.
 */
export function importerFromLoader() {
  return {
    name: 'importer-from-loader',
    setup(build) {
      build.onLoad({filter: /[\\/]dist[\\/]import-url\.js$/}, () => ({
        contents: 'export function importUrl(url) {\n  return __claimlintImport(url)\n}\n'
      }))
    }
  }
}

/**
 * An esbuild plugin that gives vfile-reporter the colour default it has
 * outside Node (`false`) instead of sniffing the terminal with
 * supports-color when the bundle loads. The stylish formatter always passes
 * `color` itself (the CLI decides it), so the default is never read, and a
 * run no longer loads node:tty for it (issue 6).
 */
export function reporterColorFromCaller() {
  return {
    name: 'reporter-color-from-caller',
    setup(build) {
      build.onLoad({filter: /[\\/]vfile-reporter[\\/]lib[\\/]color\.node\.js$/}, () => ({contents: 'export const color = false\n'}))
    }
  }
}

/**
 * An esbuild plugin that makes lilconfig look up `fs.promises.readFile` when
 * its asynchronous API reads a file rather than when it loads: the getter
 * loads Node's promise-based fs and readline modules (~2 ms of every start),
 * and the CLI only uses `lilconfigSync` (issue 6). The build fails if the
 * line is not found, so a lilconfig update cannot silently undo it.
 */
export function lilconfigAsyncReadOnUse() {
  const eager = 'const fsReadFileAsync = fs.promises.readFile;'
  return {
    name: 'lilconfig-async-read-on-use',
    setup(build) {
      build.onLoad({filter: /[\\/]lilconfig[\\/]src[\\/]index\.js$/}, async (args) => {
        const source = await readFile(args.path, 'utf8')
        if (!source.includes(eager)) throw new Error(`lilconfig changed: \`${eager}\` not found in ${args.path}`)
        return {contents: source.replace(eager, 'const fsReadFileAsync = (...args) => fs.promises.readFile(...args);'), loader: 'js'}
      })
    }
  }
}

/**
 * An esbuild plugin that makes mdast-util-from-markdown call its handlers
 * with one context object per document, its `sliceSerialize` set for each
 * event, instead of a fresh copy of the context (`{...context,
 * sliceSerialize}`) per event. The copy was ~7 % of a CLI run on the bench
 * corpus and a large share of its garbage; the handlers (the library's own,
 * mdast-util-gfm's, mdast-util-frontmatter's) only read `this` while they
 * run and never set a property on it, so the trees are the same (tested on
 * every construct, every fixture page and 300 bench pages). The
 * build fails if the lines are not found, so an update cannot silently
 * undo it or patch something else.
 */
export function markdownHandlersShareContext() {
  const copy = [
    '        handler[events[index][1].type].call({',
    '          ...context,',
    '          sliceSerialize: events[index][2].sliceSerialize',
    '        }, events[index][1]);'
  ].join('\n')
  const shared = [
    '        context.sliceSerialize = events[index][2].sliceSerialize;',
    '        handler[events[index][1].type].call(context, events[index][1]);'
  ].join('\n')
  return {
    name: 'markdown-handlers-share-context',
    setup(build) {
      let patched = 0
      build.onLoad({filter: /[\\/]mdast-util-from-markdown[\\/]lib[\\/]index\.js$/}, async (args) => {
        const source = await readFile(args.path, 'utf8')
        if (source.split(copy).length !== 2) throw new Error(`mdast-util-from-markdown changed: the handler call was not found once in ${args.path}`)
        patched++
        return {contents: source.replace(copy, shared), loader: 'js'}
      })
      build.onEnd(() => {
        if (patched === 0) throw new Error('mdast-util-from-markdown was not bundled: remove the markdown-handlers-share-context plugin')
      })
    }
  }
}
