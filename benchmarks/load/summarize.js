#!/usr/bin/env node
'use strict';
// Turns run.sh's results.csv into the summary: per target the median of the runs and their spread, the
// ratios between targets, and the targets of the load issue, met or missed. Markdown on stdout.
//
//   node summarize.js out/<run>/results.csv [connections]
const fs = require('fs');

const file = process.argv[2];
const connections = Number(process.argv[3] || 32);
const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
const header = lines.shift().split(',');
const rows = lines.filter(Boolean).map((line) => {
  const values = line.split(',');
  const row = {};
  header.forEach((name, i) => { row[name] = name === 'target' ? values[i] : Number(values[i]); });
  return row;
});

const byTarget = new Map();
for (const row of rows) {
  if (!byTarget.has(row.target)) byTarget.set(row.target, []);
  byTarget.get(row.target).push(row);
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
const col = (runs, name) => runs.map((r) => r[name]);
const ms = (us) => (us / 1000).toFixed(2);
const k = (n) => Math.round(n).toLocaleString('en-US');
const pct = (x) => `${Math.round(x * 100)}%`;

const stats = new Map();
for (const [target, runs] of byTarget) {
  const rps = col(runs, 'rps');
  const p99 = col(runs, 'p99_us');
  const errors = runs.reduce((sum, r) => sum + r.non2xx + r.connect_err + r.read_err + r.write_err + r.timeout_err, 0);
  stats.set(target, {
    runs,
    rps: median(rps), rpsMin: Math.min(...rps), rpsMax: Math.max(...rps),
    p50: median(col(runs, 'p50_us')),
    p99: median(p99), p99Min: Math.min(...p99), p99Max: Math.max(...p99),
    p999: median(col(runs, 'p999_us')),
    max: Math.max(...col(runs, 'max_us')),
    errors,
    ok: runs.reduce((sum, r) => sum + r.ok_2xx, 0),
    received: runs.reduce((sum, r) => sum + r.received, 0),
    gaps: col(runs, 'received_minus_2xx'),
    perCall: runs.reduce((sum, r) => sum + (r.api_calls || 0), 0)
      ? runs.reduce((sum, r) => sum + r.received, 0) / runs.reduce((sum, r) => sum + (r.api_calls || 0), 0) : null,
    rss: col(runs, 'rss_kb').map((kb) => Math.round(kb / 1024)),
    threads: col(runs, 'threads'),
    cpu: median(col(runs, 'target_cpu_pct')),
    cpuPerRequest: median(runs.map((r) => (r.target_cpu_pct * 1e4) / r.rps)), // µs of CPU per request
    standinCpu: Math.max(...col(runs, 'standin_cpu_pct')),
    machineCpu: median(col(runs, 'machine_cpu_pct')),
  });
}

const out = [];
out.push(`Runs per target: ${Math.max(...[...stats.values()].map((s) => s.runs.length))}; median, with the runs' min–max. CPU % is of one core (the machine's: of all of them).`);
out.push('');
out.push('| target | req/s median (min–max) | p50 ms | p99 ms median (min–max) | p99.9 ms | max ms (worst run) | errors (non-2xx + socket) | 2xx answered / replies received (received − 2xx per run) | replies per API call | RSS MB per run | threads per run | target CPU % (µs CPU per request) | stand-in CPU % (max) | machine CPU % |');
out.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const [target, s] of stats) {
  out.push(`| ${target} | ${k(s.rps)} (${k(s.rpsMin)}–${k(s.rpsMax)}) | ${ms(s.p50)} | ${ms(s.p99)} (${ms(s.p99Min)}–${ms(s.p99Max)}) | ${ms(s.p999)} | ${ms(s.max)} | ${s.errors} | ${k(s.ok)} / ${k(s.received)} (${s.gaps.join(', ')}) | ${s.perCall === null ? '–' : s.perCall.toFixed(2)} | ${s.rss.join(' → ')} | ${s.threads.join(', ')} | ${s.cpu.toFixed(0)} (${s.cpuPerRequest.toFixed(0)}) | ${s.standinCpu.toFixed(0)} | ${s.machineCpu.toFixed(0)} |`);
}
out.push('');

function ratio(a, b, what = 'rps') {
  const x = stats.get(a);
  const y = stats.get(b);
  return x && y ? x[what] / y[what] : null;
}
const fmt = (r) => (r === null ? 'n/a' : `${r.toFixed(2)}x`);

out.push('| ratio | req/s | p99 |');
out.push('|---|---|---|');
for (const [a, b] of [['serve-echo', 'node-echo'], ['servlet-echo', 'node-echo'], ['serve-echo', 'serve-nohandler'],
  ['servlet-echo', 'jetty-handler-bare'], ['servlet-echo', 'jetty-servlet-bare'], ['servlet-echo', 'servlet-nohandler'],
  ['serve-nohandler', 'jetty-handler-bare'], ['node-echo', 'node-bare']]) {
  if (stats.has(a) && stats.has(b)) out.push(`| ${a} / ${b} | ${fmt(ratio(a, b))} | ${fmt(ratio(a, b, 'p99'))} |`);
}
out.push('');

// The targets of the load issue.
const checks = [];
function check(ok, text) {
  checks.push(`- [${ok === null ? ' ' : ok ? 'x' : ' '}] ${ok === null ? 'NOT MEASURED' : ok ? 'MET' : 'MISSED'}: ${text}`);
}
const node = stats.get('node-echo');
const adapters = [['serve-echo', 'serve-nohandler'], ['servlet-echo', 'jetty-handler-bare']].filter(([a]) => stats.has(a));
if (node && adapters.length) {
  const [best] = [...adapters].sort((a, b) => stats.get(b[0]).rps - stats.get(a[0]).rps)[0];
  const b = stats.get(best);
  check(b.rps >= 3 * node.rps, `the better adapter (${best}) has ≥3x kik-node's req/s: ${fmt(b.rps / node.rps)}`);
  check(b.p99 <= node.p99, `its p99 is no higher than kik-node's: ${ms(b.p99)} ms vs ${ms(node.p99)} ms`);
}
for (const [adapter, bare] of adapters) {
  const s = stats.get(adapter);
  check(s.errors === 0, `${adapter}: zero errors (${s.errors})`);
  check(s.gaps.every((g) => g >= 0 && g <= connections),
    `${adapter}: every 2xx has its reply at the API (received − 2xx per run ${s.gaps.join(', ')}; up to ${connections} more replies than 2xx are requests wrk cut off at the end)`);
  const growth = s.rss[s.rss.length - 1] - s.rss[0];
  check(Math.max(...s.rss) < 300 && growth <= Math.max(20, 0.1 * s.rss[0]),
    `${adapter}: bounded memory, RSS flat and < 300 MB (${s.rss.join(' → ')} MB)`);
  if (stats.has(bare)) {
    check(s.rps >= 0.5 * stats.get(bare).rps, `${adapter}: ≥50% of its bare server's req/s (${bare}): ${pct(s.rps / stats.get(bare).rps)}`);
  } else {
    check(null, `${adapter}: ≥50% of its bare server's req/s (${bare} not run)`);
  }
}
if (node) {
  check(node.gaps.every((g) => g >= 0 && g <= connections),
    `(for reference) node-echo: every 2xx has its reply at the API (received − 2xx per run ${node.gaps.join(', ')})`);
}
for (const [target, s] of stats) {
  if (s.standinCpu >= 90) {
    out.push(`WARNING: the stand-in API used ${s.standinCpu.toFixed(0)}% of a core during ${target}: it may have been the bottleneck.`);
  }
}
out.push(...checks);
console.log(out.join('\n'));
