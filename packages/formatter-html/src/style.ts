/** The report's style sheet, inlined so the file works offline. */

/** CSS of the report: system fonts, severity colours, a sticky filter bar, a print layout. */
export const style = `
:root {
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif;
  --mono: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace;
  --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --panel: #f6f8fa; --border: #d1d9e0; --link: #0969da;
  --error: #b42318; --error-bg: rgba(240, 68, 56, .16); --error-line: #d92d20; --error-tile: #fef3f2;
  --warning: #8a5300; --warning-bg: rgba(247, 176, 0, .26); --warning-line: #d98b00; --warning-tile: #fffaeb;
  --bar-h: 3.5rem;
  color-scheme: light;
}
* { box-sizing: border-box; }
html { scroll-padding-top: calc(var(--bar-h) + 1rem); }
body { margin: 0; font: 15px/1.55 var(--sans); color: var(--fg); background: var(--bg); }
a { color: var(--link); text-decoration-thickness: 1px; text-underline-offset: 2px; }
h1, h2, h3 { line-height: 1.25; margin: 0; }
code, .mono { font-family: var(--mono); font-size: .9em; }
.vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }

.bar { position: sticky; top: 0; z-index: 20; background: var(--bg); border-bottom: 1px solid var(--border);
  box-shadow: 0 1px 3px rgba(31, 35, 40, .06); }
.bar-inner { max-width: 92rem; margin: 0 auto; padding: .6rem 1.5rem; display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1.5rem; }
.brand { font-weight: 700; letter-spacing: -.01em; font-size: 1.05rem; }
.brand span { color: var(--muted); font-weight: 500; }
.filters .chips { display: flex; gap: .4rem; flex-wrap: wrap; }
.filters .chip { display: inline-flex; align-items: center; gap: .35rem; padding: .2rem .7rem .2rem .5rem; border-radius: 999px; font-size: .875rem;
  background: var(--panel); border: 1px solid var(--border); white-space: nowrap; }
.chip b { font-variant-numeric: tabular-nums; }
.chip.error { color: var(--error); background: var(--error-tile); border-color: #fecdca; }
.chip.warning { color: var(--warning); background: var(--warning-tile); border-color: #fedf89; }
.filters { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1rem; }
.filters fieldset { border: 0; margin: 0; padding: 0; display: flex; gap: .75rem; align-items: center; }
.filters label { display: inline-flex; align-items: center; gap: .3rem; cursor: pointer; white-space: nowrap; font-size: .9rem; }
.filters input { width: 1rem; height: 1rem; margin: 0; accent-color: #1f6feb; }
.filters .chip.error input { accent-color: var(--error-line); }
.filters .chip.warning input { accent-color: var(--warning-line); }
.filters .chip:has(input:not(:checked)) { background: var(--bg); color: var(--muted); border-color: var(--border); }
.filters .chip:focus-within, .rules > summary:focus-visible { outline: 2px solid var(--link); outline-offset: 1px; }
.rules { position: relative; }
.rules > summary { cursor: pointer; list-style: none; padding: .25rem .7rem; border: 1px solid var(--border); border-radius: 6px;
  background: var(--bg); font-size: .9rem; white-space: nowrap; }
.rules > summary::-webkit-details-marker { display: none; }
.rules > summary::after { content: " \\25BE"; color: var(--muted); }
.rules[open] > summary { background: var(--panel); }
.rules .panel { position: absolute; right: 0; top: calc(100% + .35rem); width: min(26rem, 90vw); max-height: 60vh; overflow: auto;
  background: var(--bg); border: 1px solid var(--border); border-radius: 8px; box-shadow: 0 8px 24px rgba(31, 35, 40, .15); padding: .5rem; }
.rules .panel fieldset { display: block; }
.rules .panel label { display: flex; padding: .3rem .4rem; border-radius: 4px; gap: .5rem; }
.rules .panel label:hover { background: var(--panel); }
.rules .panel .count { margin-left: auto; color: var(--muted); font-variant-numeric: tabular-nums; }
.panel-actions { display: flex; gap: .5rem; padding: .25rem .4rem .5rem; border-bottom: 1px solid var(--border); margin-bottom: .35rem; }
button { font: inherit; font-size: .85rem; padding: .15rem .6rem; border: 1px solid var(--border); border-radius: 6px; background: var(--panel); color: var(--fg); cursor: pointer; }
button:hover { background: #eaeef2; }
.shown { margin: 0 0 0 auto; font-size: .875rem; color: var(--muted); white-space: nowrap; }

main { max-width: 92rem; margin: 0 auto; padding: 1.5rem 1.5rem 3rem; }
.summary h1 { font-size: 1.6rem; letter-spacing: -.02em; }
.subtitle { color: var(--muted); margin: .25rem 0 1.25rem; }
.tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(9.5rem, 1fr)); gap: .75rem; margin-bottom: 1.5rem; }
.tile { border: 1px solid var(--border); border-radius: 8px; padding: .7rem .9rem; background: var(--panel); }
.tile .n { display: block; font-size: 1.6rem; font-weight: 650; font-variant-numeric: tabular-nums; line-height: 1.2; }
.tile .label { color: var(--muted); font-size: .85rem; }
.tile.error { background: var(--error-tile); border-color: #fecdca; } .tile.error .n { color: var(--error); }
.tile.warning { background: var(--warning-tile); border-color: #fedf89; } .tile.warning .n { color: var(--warning); }
.tables { display: grid; grid-template-columns: minmax(0, 5fr) minmax(0, 4fr); gap: 2rem; align-items: start; }
.tables h2 { font-size: 1.05rem; margin-bottom: .5rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid var(--border); vertical-align: top; }
th { font-weight: 600; color: var(--muted); font-size: .8rem; text-transform: uppercase; letter-spacing: .03em; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.num.error { color: var(--error); font-weight: 600; } td.num.warning { color: var(--warning); font-weight: 600; }
td.zero { color: #8c959f; font-weight: 400; }
.desc { color: var(--muted); }

.file { margin-top: 2.5rem; padding-top: 1.5rem; border-top: 1px solid var(--border); }
.file-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: .5rem 1rem; margin-bottom: .9rem; }
.file-head h2 { font-size: 1.15rem; font-family: var(--mono); font-weight: 600; word-break: break-all; }
.file-head h2 a { color: inherit; text-decoration: none; }
.file-head h2 a:hover { text-decoration: underline; }
.file-head .counts { color: var(--muted); font-size: .9rem; }
.file-body { display: grid; grid-template-columns: minmax(0, 3fr) minmax(21rem, 2fr); gap: 1.5rem; align-items: start; }
.file-body.list-only { grid-template-columns: minmax(0, 1fr); }
.copy { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; tab-size: 4; font: 15px/1.75 var(--sans);
  background: var(--panel); border: 1px solid var(--border); border-radius: 8px; padding: 1rem 1.25rem; }
.no-source { color: var(--muted); font-size: .9rem; margin: 0 0 .75rem; }

mark { background: none; color: inherit; }
mark.f { border-radius: 3px; padding: .1em 0; cursor: help; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
mark.f.error { background: var(--error-bg); box-shadow: inset 0 -2px 0 var(--error-line); }
mark.f.warning { background: var(--warning-bg); box-shadow: inset 0 -2px 0 var(--warning-line); }
mark.f.point::before { content: "\\2691"; font-size: .8em; }
mark.f.error.point::before { color: var(--error-line); } mark.f.warning.point::before { color: var(--warning-line); }
mark.f.active { outline: 2px solid var(--fg); outline-offset: 1px; }
mark.f:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
mark.f.off { background: none; box-shadow: none; cursor: auto; outline: none; }
mark.f.off.point::before { content: none; }

.findings { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: .6rem; }
.file-body:not(.list-only) .findings { position: sticky; top: calc(var(--bar-h) + 1rem); max-height: calc(100vh - var(--bar-h) - 2rem);
  overflow: auto; padding: 3px .25rem 3px 3px; }
.finding { border: 1px solid var(--border); border-left: 4px solid var(--border); border-radius: 8px; padding: .6rem .8rem; background: var(--bg); }
.finding.error { border-left-color: var(--error-line); }
.finding.warning { border-left-color: var(--warning-line); }
.finding.active { box-shadow: 0 0 0 2px var(--link); }
.head { display: flex; align-items: center; gap: .5rem; flex-wrap: wrap; font-size: .85rem; }
.badge { font-size: .72rem; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; padding: .05rem .4rem; border-radius: 4px; }
.badge.error { color: #fff; background: var(--error); }
.badge.warning { color: #3d2500; background: #fdb022; }
.rule { font-family: var(--mono); font-weight: 600; }
.pos { margin-left: auto; color: var(--muted); font-family: var(--mono); }
.msg { margin: .35rem 0 .25rem; }
.finding dl { margin: 0; display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .15rem .7rem; font-size: .875rem; }
.finding dt { color: var(--muted); font-weight: 600; }
.finding dd { margin: 0; }
.alts { margin: 0; padding: 0; list-style: none; }
.alts li::before { content: "\\2192\\00a0"; color: #1a7f37; }
.alts li { color: #116329; }
q { quotes: "\\201C" "\\201D"; }
.suppressed { margin-top: 1rem; }
.suppressed > summary { cursor: pointer; color: var(--muted); font-size: .9rem; }
.suppressed ul { margin: .5rem 0 0; padding: 0; list-style: none; display: flex; flex-direction: column; gap: .4rem; }
.suppressed li { border: 1px dashed var(--border); border-radius: 8px; padding: .5rem .75rem; font-size: .9rem; }
.justification { margin: .2rem 0 0; }
.clean { margin-top: 2.5rem; padding-top: 1.5rem; border-top: 1px solid var(--border); }
.clean h2 { font-size: 1.05rem; margin-bottom: .5rem; }
.clean ul { margin: 0; padding-left: 1.2rem; font-family: var(--mono); font-size: .9rem; }
footer { max-width: 92rem; margin: 0 auto; padding: 1rem 1.5rem 2rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--border); }
[hidden] { display: none !important; }

.tip { position: absolute; z-index: 30; max-width: 26rem; background: #fff; color: var(--fg); border: 1px solid var(--border); border-radius: 8px;
  box-shadow: 0 8px 24px rgba(31, 35, 40, .18); padding: .6rem .8rem; font-size: .875rem; pointer-events: none; }
.tip .why, .tip .pos { display: none; }
.tip .finding { display: block; border: 0; padding: 0; }

@media (max-width: 60rem) {
  .tables, .file-body { grid-template-columns: minmax(0, 1fr); }
  .file-body:not(.list-only) .findings { position: static; max-height: none; overflow: visible; }
  .filters { margin-left: 0; }
}
@media print {
  .bar { position: static; box-shadow: none; }
  .filters, .tip { display: none !important; }
  .file-body:not(.list-only) .findings { position: static; max-height: none; overflow: visible; }
  .file { break-before: page; }
}
`
