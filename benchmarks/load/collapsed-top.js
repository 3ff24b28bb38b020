#!/usr/bin/env node
'use strict';
// Where the CPU goes in an async-profiler recording of a load run (run.sh with PROFILE=async), from its
// collapsed stacks (one "frame;frame;...;frame count" line per stack, the thread's name first): CPU by
// thread, by kind of work, the hottest frames (self and inclusive, JVM and kernel included), and the
// kik-bot/kik-api frames the time is spent under.
//
//   node collapsed-top.js out/<run>/serve-echo.collapsed.txt [top=15]
const fs = require('fs');

const file = process.argv[2];
const top = Number(process.argv[3] || 15);
const stacks = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => {
  const i = line.lastIndexOf(' ');
  return { frames: line.slice(0, i).split(';'), n: Number(line.slice(i + 1)) };
});
const total = stacks.reduce((s, x) => s + x.n, 0);
const clean = (f) => f.replace(/_\[[jik0-9]\]$/, '').replace(/\//g, '.');
const ours = (f) => f.startsWith('dev.kikbot.');

function count(map, key, n) {
  map.set(key, (map.get(key) || 0) + n);
}
function print(title, map) {
  console.log(`\n${title}`);
  [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).forEach(([key, n]) => {
    console.log(`  ${(100 * n / total).toFixed(1).padStart(5)}%  ${String(n).padStart(7)}  ${key}`);
  });
}

// What kind of work a stack is, by its thread and frames; the first rule that matches wins.
const kinds = [
  ['GC', (t, f) => /^(G1|GC Thread|VM Thread)/.test(t) || f.some((x) => x.startsWith('G1') && !x.includes('Barrier'))],
  ['JIT compiler', (t) => /Compiler ?Thread|C[12] CompilerThre/.test(t)],
  ['starting and ending threads', (t, f) => f.some((x) => /^(JVM_StartThread|thread_native_entry|JavaThread::exit|JavaThread::~JavaThread|Threads::add|Threads::remove|os::create_thread|JavaThread::pd_destroy|__x64_sys_clone3?|__do_sys_clone3?|do_exit|__x64_sys_exit|mm_release|start_thread)$/.test(x))
      && !f.some((x) => /^(java\.|jdk\.|dev\.|org\.|sun\.)/.test(x) && !/^java\.lang\.Thread\.(start0?|run)$/.test(x))],
  ['JDK HttpClient (replies to the API)', (t, f) => t.startsWith('HttpClient') || f.some((x) => x.startsWith('jdk.internal.net.http.'))],
  ['kik-api: JSON and sending', (t, f) => f.some((x) => x.startsWith('dev.kikbot.api.'))],
  ['kik-bot webhook, dispatch and outbox', (t, f) => f.some(ours)],
  ['Jetty', (t, f) => f.some((x) => x.startsWith('org.eclipse.jetty.'))],
  ['other Java', (t, f) => f.some((x) => /^(java\.|jdk\.|sun\.)/.test(x))],
  ['other (JVM, kernel)', () => true],
];

const byThread = new Map();
const byKind = new Map();
const self = new Map();
const inclusive = new Map();
const underOurs = new Map();
for (const { frames, n } of stacks) {
  const thread = frames[0].startsWith('[') ? frames[0].replace(/^\[|\]$/g, '').replace(/ tid=\d+/, '') : '?';
  const f = frames.slice(frames[0].startsWith('[') ? 1 : 0).map(clean);
  count(byThread, thread.replace(/\d+/g, 'N'), n);
  count(byKind, kinds.find(([, test]) => test(thread, f))[0], n);
  if (f.length) count(self, f[f.length - 1], n);
  new Set(f).forEach((x) => count(inclusive, x, n));
  const deepest = [...f].reverse().find(ours);
  if (deepest) count(underOurs, deepest, n);
}
console.log(`${file}: ${total} samples`);
print('CPU by thread (digits folded to N)', byThread);
print('CPU by kind of work', byKind);
print('Hottest frames, self', self);
print('Hottest frames, inclusive', inclusive);
print('Hottest kik-bot/kik-api frames, inclusive', new Map([...inclusive].filter(([k]) => ours(k))));
print('Deepest kik-bot/kik-api frame of each sample (the time spent under it, in the JDK or libraries)', underOurs);
