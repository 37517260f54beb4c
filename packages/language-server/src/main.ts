/**
 * The `claimlint-language-server` process: serve over the transport named on
 * the command line (`--stdio`, `--node-ipc` or `--socket=<port>`), which
 * `createConnection` reads itself.
 */
import {createConnection, ProposedFeatures} from 'vscode-languageserver/node'
import {startServer} from './server.js'

startServer(createConnection(ProposedFeatures.all))
