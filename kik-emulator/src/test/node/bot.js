'use strict';
// A bot written with the official kik-node SDK (@kikinteractive/kik 2.2.1, unchanged), run by KikNodeSdkTest
// against the emulator. Only its options differ from a bot on Kik: `apiDomain` is the emulator's URL, and
// `baseUrl` is this process's own server on 127.0.0.1, whose port is known once it listens.
//
//   node bot.js --api http://127.0.0.1:PORT --username nodebot --api-key UUID
//
// It prints "READY <port>" once its webhook is set with updateBotConfiguration(), and "ERROR <what>" for any
// failure, so the test can fail with the reason. What users say decides what it does:
//   start-chatting        -> "welcome <user>"
//   "profile"             -> getUserProfile(user), answered as "profile <first>|<last>|<picture>|<timezone>"
//   "code <data>"         -> getKikCodeUrl({data}), answered as "code <url>"
//   "broadcast <a,b> <t>" -> broadcast(text t, to users a and b)
//   scan-data             -> "scanned <data>"
//   any other text        -> the same text back
const http = require('http');
const Bot = require('@kikinteractive/kik');

function arg(name) {
    const i = process.argv.indexOf(name);
    if (i < 0 || i + 1 >= process.argv.length) {
        console.log(`ERROR missing ${name}`);
        process.exit(2);
    }
    return process.argv[i + 1];
}

function failed(what) {
    return (error) => console.log(`ERROR ${what}: ${error && (error.stack || error.message || error)}`);
}

let handle = (req, res) => {
    res.statusCode = 503;
    res.end();
};
const server = http.createServer((req, res) => handle(req, res));

server.listen(0, '127.0.0.1', () => {
    const port = server.address().port;
    const bot = new Bot({
        username: arg('--username'),
        apiKey: arg('--api-key'),
        baseUrl: `http://127.0.0.1:${port}/`,
        apiDomain: arg('--api')
    });

    bot.onStartChattingMessage((message) => {
        message.reply(`welcome ${message.from}`);
    });

    bot.onScanDataMessage((message) => {
        message.reply(`scanned ${message.scanData}`);
    });

    bot.onTextMessage((message) => {
        const body = message.body;
        if (body === 'profile') {
            bot.getUserProfile(message.from)
                .then((p) => message.reply(
                    `profile ${p.firstName}|${p.lastName}|${p.profilePicUrl || ''}|${p.timezone || ''}`))
                .catch(failed('getUserProfile'));
        } else if (body.startsWith('code ')) {
            bot.getKikCodeUrl({ data: body.substring('code '.length) })
                .then((url) => message.reply(`code ${url}`))
                .catch(failed('getKikCodeUrl'));
        } else if (body.startsWith('broadcast ')) {
            const [, users, ...words] = body.split(' ');
            bot.broadcast(Bot.Message.text(words.join(' ')), users.split(','))
                .catch(failed('broadcast'));
        } else {
            message.reply(body);
        }
    });

    handle = bot.incoming();
    bot.updateBotConfiguration()
        .then(() => console.log(`READY ${port}`))
        .catch(failed('updateBotConfiguration'));
});

// The test destroys this process; if the test JVM dies first, stdin closes and the bot ends with it.
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
