/**
 * Temporary git repositories for the end-to-end suites of changed-lines
 * mode, `--staged` and the pre-commit hook.
 */
import {spawnSync} from 'node:child_process'
import {project} from './harness.js'

/** The environment for git: no user or system configuration, a fixed identity, no GIT_DIR from a hook the suite may run in. */
export function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('GIT_')) env[key] = value
  return {
    ...env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.com'
  }
}

/** Run git in `cwd` and return its output; throws with git's complaint. */
export function git(cwd: string, ...args: string[]): string {
  const child = spawnSync('git', args, {cwd, encoding: 'utf8', env: gitEnv()})
  if (child.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${child.stderr}`)
  return child.stdout
}

/** A temporary git repository (branch `main`) whose first commit holds `files`. */
export function repository(files: Record<string, string | Uint8Array>): string {
  const cwd = project(files)
  git(cwd, 'init', '--quiet', '--initial-branch=main')
  // Some tools (pre-commit) read the identity from the configuration rather than the environment.
  git(cwd, 'config', 'user.name', 'Test')
  git(cwd, 'config', 'user.email', 'test@example.com')
  git(cwd, 'config', 'commit.gpgSign', 'false')
  git(cwd, 'add', '--all')
  git(cwd, 'commit', '--quiet', '--message', 'Legacy catalogue')
  return cwd
}
