'use strict';
// The echo bot of kik-node's README ("Your first echo bot"), unchanged but for three things a load test
// on one machine needs: the API domain points at the stand-in API (kik-node 2.2.1's own `apiDomain`
// option, see lib/bot.js; the SDK's files are not touched), the server listens on 127.0.0.1 only, and
// bot.updateBotConfiguration() is not called (there is no Kik to configure).
//
//   node echo.js --port 18081 --api http://127.0.0.1:18080 --username loadbot --api-key KEY
let http = require('http');
let Bot = require('@kikinteractive/kik');

function arg(name, fallback) {
    const i = process.argv.indexOf(name);
    return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

let bot = new Bot({
    username: arg('--username', 'loadbot'),
    apiKey: arg('--api-key'),
    baseUrl: 'http://127.0.0.1/',
    apiDomain: arg('--api', 'http://127.0.0.1:18080')
});

bot.onTextMessage((message) => {
    message.reply(message.body);
});

let server = http
    .createServer(bot.incoming())
    .listen(Number(arg('--port', '8080')), '127.0.0.1');
server.on('listening', () => console.log(`kik-node echo bot on http://127.0.0.1:${server.address().port} (pid ${process.pid})`));
