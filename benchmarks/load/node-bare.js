#!/usr/bin/env node
'use strict';
// The limit of the node stack: a plain node http server that reads the body and answers 200 OK, as the
// kik-node webhook does, with nothing in between.   node node-bare.js --port 18081
const http = require('http');
const i = process.argv.indexOf('--port');
const port = Number(i >= 0 ? process.argv[i + 1] : 8080);
const OK = Buffer.from('OK');
const server = http.createServer((req, res) => {
  req.on('data', () => {});
  req.on('end', () => {
    res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': OK.length });
    res.end(OK);
  });
});
server.listen(port, '127.0.0.1', () => console.log(`bare node server on http://127.0.0.1:${port} (pid ${process.pid})`));
