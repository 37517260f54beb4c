/** A mistake in how claimlint was called, reported as one line and exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}
