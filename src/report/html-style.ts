/** The report's whole stylesheet, inlined: report.html loads nothing from anywhere. */
export const HTML_STYLE = `
body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1d2430; }
h1 { margin-bottom: .25rem; } h2 { margin-top: 2.5rem; border-bottom: 1px solid #d5dae1; }
.meta { color: #4a5565; margin: .25rem 0 1rem; }
.verdict { display: inline-block; padding: .35rem .9rem; border-radius: 999px; font-weight: 700; font-size: 1.2rem; }
.verdict.conformant { background: #dcf5e3; color: #12622f; } .verdict.non-conformant { background: #fde1e1; color: #9b1c1c; }
.verdict.inconclusive, .verdict.error { background: #fff1cc; color: #7a5200; }
.counts span { margin-right: 1.2rem; font-weight: 600; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid #e6e9ee; vertical-align: top; }
th { background: #f4f6f8; } tr.family td { background: #f9fafb; font-weight: 700; }
.status { font-weight: 700; white-space: nowrap; }
.status.passed { color: #12622f; } .status.failed { color: #9b1c1c; } .status.known { color: #8a4b00; }
.status.inconclusive { color: #7a5200; } .status.not-run { color: #6b7280; }
.reason { color: #4a5565; font-size: .9em; }
code, pre { font-family: ui-monospace, monospace; font-size: .88em; } pre { background: #f4f6f8; padding: .75rem; overflow-x: auto; white-space: pre-wrap; }
.failure { border-left: 4px solid #c81e1e; padding-left: 1rem; margin: 1.5rem 0; }
ol.story > li { margin: .4rem 0; } .exchange { color: #374151; font-family: ui-monospace, monospace; font-size: .85em; }
details { margin: .2rem 0 .2rem 1rem; } summary { cursor: pointer; }
`;
