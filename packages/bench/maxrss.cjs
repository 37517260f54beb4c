// Preloaded into benchmarked processes (`node --require`): writes the peak
// resident set size in kilobytes to the file named by CLAIMLINT_BENCH_RSS on exit.
const {writeFileSync} = require('node:fs')
const target = process.env.CLAIMLINT_BENCH_RSS
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)))
