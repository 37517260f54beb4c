/**
 * `@claimlint/language-server`: claimlint's Language Server Protocol server,
 * for editors and for tools that host it on a connection of their own.
 */
export {startServer, languageIds} from './server.js'
export type {ServerOptions} from './server.js'
export {codeActions, fixEdit, fixAllKind} from './code-actions.js'
export type {CodeActionInput} from './code-actions.js'
export {toDiagnostic, source} from './diagnostics.js'
export {toRange, toPosition, touches} from './ranges.js'
export type {MessageSpan} from './ranges.js'
export {suppressionComment, suppressionPlaces} from './suppression.js'
export {watchedGlobs, watchedNames, isWatched, registerNames} from './watched-files.js'
export {Workspaces} from './workspaces.js'
export type {Setup} from './workspaces.js'
