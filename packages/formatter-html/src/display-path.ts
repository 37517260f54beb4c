import path from 'node:path'

/**
 * A file's path relative to the cwd with POSIX slashes, so reports read the
 * same on every machine and CI tools can place them in the repository; a file
 * outside the cwd keeps the path it was given.
 */
export function displayPath(filePath: string, cwd: string): string {
  const relative = path.relative(cwd, path.resolve(cwd, filePath))
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    return filePath
  }
  return relative.split(path.sep).join('/')
}
