#!/usr/bin/env node
'use strict';
// Where the time goes in a JFR recording of a load run (run.sh with PROFILE=1): CPU samples by thread,
// the hottest frames (self and inclusive), the first kik-bot/kik-api frame under each sample, the top
// allocation sites, GC, and how many threads were started and from where.
//
//   node jfr-top.js out/<run>/serve-echo.jfr [top=15]
const { spawn } = require('child_process');
const readline = require('readline');

const file = process.argv[2];
const top = Number(process.argv[3] || 15);
const events = ['jdk.ExecutionSample', 'jdk.ThreadStart', 'jdk.ObjectAllocationSample', 'jdk.GarbageCollection'];

// `jfr print` as text, read as a stream (its JSON form of a 20 s recording is too large for one string):
// each event is "jdk.Type {", then "name = value" lines and a "stackTrace = [" block of frames, then "}".
function readEvents() {
  return new Promise((resolve, reject) => {
    const jfr = spawn('jfr', ['print', '--stack-depth', '64', '--events', events.join(','), file]);
    const all = [];
    let event = null;
    let inStack = false;
    readline.createInterface({ input: jfr.stdout }).on('line', (line) => {
      const t = line.trim();
      if (!event) {
        const m = /^(jdk\.\w+) \{$/.exec(t);
        if (m) event = { type: m[1], values: {}, frames: [] };
      } else if (inStack) {
        if (t === ']') inStack = false;
        else if (t !== '...') event.frames.push(t.replace(/\(.*$/, ''));
      } else if (t === 'stackTrace = [') {
        inStack = true;
      } else if (t === '}' && line.startsWith('}')) {
        all.push(event);
        event = null;
      } else {
        const m = /^(\w+) = (.*)$/.exec(t);
        if (m) event.values[m[1]] = m[2];
      }
    });
    jfr.on('error', reject);
    jfr.on('close', (code) => (code === 0 ? resolve(all) : reject(new Error(`jfr print exited with ${code}`))));
  });
}

const frames = (e) => e.frames;
const ours = (name) => name.startsWith('dev.kikbot.');
const threadName = (v) => (/^"(.*)"/.exec(v || '') || [null, '?'])[1];
// "1.2 MB", "512 bytes", "3.1 ms", "250 us", "1 s": to bytes or milliseconds
function quantity(text) {
  const m = /([0-9.,]+)\s*(\S*)/.exec(text || '');
  if (!m) return 0;
  const n = Number(m[1].replace(/,/g, ''));
  const unit = { bytes: 1, byte: 1, kB: 1e3, MB: 1e6, GB: 1e9, ns: 1e-6, us: 1e-3, 'µs': 1e-3, ms: 1, s: 1e3 }[m[2]];
  return n * (unit === undefined ? 1 : unit);
}

function count(map, key, weight = 1) {
  map.set(key, (map.get(key) || 0) + weight);
}
function print(title, map, total, unit = 'samples') {
  console.log(`\n${title}`);
  [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).forEach(([key, n]) => {
    console.log(`  ${(100 * n / total).toFixed(1).padStart(5)}%  ${String(Math.round(n)).padStart(9)} ${unit}  ${key}`);
  });
}

readEvents().then((all) => {
const samples = all.filter((e) => e.type === 'jdk.ExecutionSample');
const byThread = new Map();
const self = new Map();
const inclusive = new Map();
const firstOurs = new Map();
for (const e of samples) {
  const stack = frames(e);
  count(byThread, threadName(e.values.sampledThread).replace(/\d+/g, 'N'));
  if (stack.length) count(self, stack[0]);
  new Set(stack).forEach((name) => count(inclusive, name));
  const mine = stack.find(ours);
  count(firstOurs, mine ? `${mine}  <-  top frame ${stack[0]}` : `(no kik-bot frame) ${stack[stack.length - 1] || '?'}`);
}
console.log(`${file}: ${samples.length} CPU samples`);
print('CPU samples by thread (digits folded to N)', byThread, samples.length);
print('Hottest frames, self', self, samples.length);
print('Hottest frames, inclusive (all)', inclusive, samples.length);
print('Hottest kik-bot/kik-api frames, inclusive', new Map([...inclusive].filter(([k]) => ours(k))), samples.length);
print('First kik-bot/kik-api frame under each sample', firstOurs, samples.length);

const allocations = all.filter((e) => e.type === 'jdk.ObjectAllocationSample');
const allocTotal = allocations.reduce((s, e) => s + quantity(e.values.weight), 0);
const allocSite = new Map();
for (const e of allocations) {
  const stack = frames(e);
  const mine = stack.find(ours);
  count(allocSite, `${(e.values.objectClass || '?').replace(/ \(.*$/, '')} at ${stack[0] || '?'}${mine ? `  <-  ${mine}` : ''}`,
    quantity(e.values.weight) / 1e6);
}
print(`Allocation (sampled weight, ${(allocTotal / 1e6).toFixed(0)} MB in total)`, allocSite, allocTotal / 1e6, 'MB');

const gcs = all.filter((e) => e.type === 'jdk.GarbageCollection');
const pause = gcs.reduce((s, e) => s + quantity(e.values.sumOfPauses), 0);
console.log(`\nGC: ${gcs.length} collections, about ${pause.toFixed(0)} ms of pauses`);

const starts = all.filter((e) => e.type === 'jdk.ThreadStart');
const creators = new Map();
for (const e of starts) {
  const stack = frames(e);
  const mine = stack.find(ours);
  count(creators, `${stack.slice(0, 4).join(' <- ')}${mine ? `  <-  ${mine}` : ''}`);
}
print(`Threads started: ${starts.length}; started from`, creators, starts.length || 1, 'threads');
});
