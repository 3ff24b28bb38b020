#!/usr/bin/env node
'use strict';
// A stand-in for the Kik Bot API, for load tests: answers POST /v1/message and /v1/broadcast with 200 {}
// and counts the messages it was sent. No dependencies; one process (its CPU is reported so that a run
// can tell whether this server was the bottleneck).
//
//   node stand-in-api.js --port 18080 [--username loadbot --api-key KEY] [--delay-ms 0]
//
// --delay-ms holds every answer to /v1/message and /v1/broadcast that long, as a distant API would
// (the real one is across the internet, not 0.1 ms away on loopback).
//
// With --username and --api-key, a call without the matching Basic auth is answered 401 and counted as
// such (and its messages are not counted as received).
//
// GET /count answers {"messages":N,"calls":N,...,"cpuMicros":{"user":..,"system":..}}; SIGTERM and
// SIGINT print the same line to stdout and exit.
const http = require('http');

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const port = Number(arg('--port', '18080'));
const username = arg('--username', null);
const apiKey = arg('--api-key', null);
const delayMs = Number(arg('--delay-ms', '0'));
const expectedAuth = username && apiKey
  ? 'Basic ' + Buffer.from(`${username}:${apiKey}`).toString('base64') : null;

const stats = {
  messages: 0,        // messages[] entries in accepted calls
  calls: 0,           // accepted POST /v1/message and /v1/broadcast calls
  broadcastMessages: 0,
  badAuth: 0,
  badBody: 0,
  otherRequests: 0,
  batchSizes: {},     // messages per call -> number of calls
};

const OK = Buffer.from('{}');
const OK_HEADERS = { 'Content-Type': 'application/json', 'Content-Length': OK.length };

function snapshot() {
  return JSON.stringify(Object.assign({}, stats, { cpuMicros: process.cpuUsage(), rssKb: Math.round(process.memoryUsage().rss / 1024) }));
}

const server = http.createServer((req, res) => {
  const url = req.url;
  if (req.method === 'GET' && url === '/count') {
    const body = snapshot();
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
    return;
  }
  const isMessage = url === '/v1/message';
  if (req.method !== 'POST' || !(isMessage || url === '/v1/broadcast')) {
    stats.otherRequests++;
    req.resume();
    res.writeHead(404, { 'Content-Length': 0 });
    res.end();
    return;
  }
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    if (expectedAuth !== null && req.headers.authorization !== expectedAuth) {
      stats.badAuth++;
      res.writeHead(401, { 'Content-Length': 0 });
      res.end();
      return;
    }
    let messages;
    try {
      messages = JSON.parse(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)).messages;
    } catch (e) {
      messages = null;
    }
    if (!Array.isArray(messages)) {
      stats.badBody++;
      res.writeHead(400, { 'Content-Length': 0 });
      res.end();
      return;
    }
    stats.calls++;
    stats.messages += messages.length;
    if (!isMessage) {
      stats.broadcastMessages += messages.length;
    }
    stats.batchSizes[messages.length] = (stats.batchSizes[messages.length] || 0) + 1;
    if (delayMs > 0) {
      setTimeout(() => {
        res.writeHead(200, OK_HEADERS);
        res.end(OK);
      }, delayMs);
      return;
    }
    res.writeHead(200, OK_HEADERS);
    res.end(OK);
  });
});

// Clients pool their connections; don't close idle ones under them between runs (node's default is 5 s),
// which would turn into spurious send failures that the real API would not cause.
server.keepAliveTimeout = 120000;
server.headersTimeout = 121000;

server.listen(port, '127.0.0.1', () => {
  console.log(`stand-in API on http://127.0.0.1:${port} (pid ${process.pid})`);
});

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    console.log(snapshot());
    process.exit(0);
  });
}
