// Preloaded into benchmarked processes (`node --require`): writes, on exit,
// the peak resident set size in kilobytes and the CPU time of every thread of
// the process (user + system) in microseconds to the file named by
// CLAIMLINT_BENCH_RSS, separated by a space.
const {writeFileSync} = require('node:fs')
const target = process.env.CLAIMLINT_BENCH_RSS
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage()
    writeFileSync(target, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}`)
  })
}
