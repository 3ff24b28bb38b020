'use strict';

// kik-node 2.2.1's own code on the operations of the JMH benchmarks, on the same input files.
// Usage: npm install --prefix benchmarks/node && node benchmarks/node/bench.js [runs] [runMs] [warmupMs]
// Prints, per operation, the median ops/s of `runs` timed runs of `runMs` each after a warm-up, and the
// spread (slowest and fastest run). See docs/benchmarks.md.

const assert = require('assert');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const Bot = require('@kikinteractive/kik');
const IncomingMessage = require('@kikinteractive/kik/lib/incoming-message');
const Message = require('@kikinteractive/kik/lib/message');

const [runs, runMs, warmupMs] = [process.argv[2] || 5, process.argv[3] || 1000, process.argv[4] || 2000].map(Number);
const INPUTS = path.join(__dirname, '..', 'src', 'main', 'resources', 'inputs');
const API_KEY = '2042cd8e-638c-4183-aef4-d4bef6f01981'; // Inputs.API_KEY on the Java side
const CHAT_ID = '0ee6d46753bfa6ac2f089149959363f3f59ae62b10cba89cc426490ce38ea92d';
const bot = new Bot({ username: 'benchbot', apiKey: API_KEY });

function input(name) {
    return fs.readFileSync(path.join(INPUTS, name));
}

// Webhook body to messages, as Bot.incoming() does it: the body as a string, JSON.parse, one
// IncomingMessage per element of `messages` (it copies every key into the message's state).
function parse(bytes) {
    const parsed = JSON.parse('' + bytes);
    return parsed.messages.map(json => new IncomingMessage(bot).parse(json));
}

// A text message with a keyboard to JSON, as Bot.send() does it: toJSON(), then prepareMessage() adds the
// recipient and chat (module-private in lib/bot.js; its Object.assign is repeated here), then the request
// library's JSON.stringify.
const keyboardMessage = Message.text('Pick one')
    .addResponseKeyboard([{ type: 'text', body: 'Yes', metadata: { choice: 'yes' } }, 'No', 'Maybe'], false);

function serialize() {
    return JSON.stringify(Object.assign({}, keyboardMessage.toJSON(), { to: 'aleem' }, { chatId: CHAT_ID }));
}

// isSignatureValid of lib/bot.js (module-private), with `new Buffer(body)` written as its non-deprecated
// equal `Buffer.from(body)`. The check below makes sure the installed kik-node still has this code.
function isSignatureValid(body, apiKey, signature) {
    if (!signature) {
        return false;
    }

    const expected = crypto.createHmac('sha1', apiKey)
        .update(Buffer.from(body))
        .digest('hex')
        .toLowerCase();

    return expected === signature.toLowerCase();
}

function checkCopiedCode() {
    const source = fs.readFileSync(require.resolve('@kikinteractive/kik/lib/bot.js'), 'utf8');
    const original = isSignatureValid.toString().replace('Buffer.from(body)', 'new Buffer(body)');
    assert(source.includes(original), 'lib/bot.js no longer has this isSignatureValid');
}

// The Java side signs the 100-message body repeated and cut to size (Inputs.signedBody).
function signedBody(size) {
    return '' + Buffer.alloc(size, input('webhook-hundred.json'));
}

function measure(fn) {
    let sink = 0;
    const warmupEnd = Date.now() + warmupMs;
    let batch = 1;
    let done = 0;
    while (Date.now() < warmupEnd) {
        sink += fn() ? 1 : 0;
        done++;
    }
    batch = Math.max(1, Math.round(done / warmupMs)); // about a millisecond's worth
    const rates = [];
    for (let r = 0; r < runs; r++) {
        let ops = 0;
        const start = process.hrtime.bigint();
        const stop = start + BigInt(runMs) * 1000000n;
        let now = start;
        while (now < stop) {
            for (let i = 0; i < batch; i++) {
                sink += fn() ? 1 : 0;
            }
            ops += batch;
            now = process.hrtime.bigint();
        }
        rates.push(ops * 1e9 / Number(now - start));
    }
    assert(sink > 0);
    rates.sort((a, b) => a - b);
    return { median: rates[Math.floor(rates.length / 2)], min: rates[0], max: rates[rates.length - 1] };
}

function main() {
    checkCopiedCode();
    const expectedJson = JSON.parse(input('text-with-keyboard.json'));
    assert.deepStrictEqual(JSON.parse(serialize()), expectedJson, 'kik-node writes the JSON the Java side writes');

    const cases = [];
    for (const [body, count] of [['one', 1], ['hundred', 100], ['mix', 13]]) {
        const bytes = input(`webhook-${body}.json`);
        assert.strictEqual(parse(bytes).length, count);
        cases.push([`parse ${body}`, () => parse(bytes)]);
    }
    cases.push(['serialize', serialize]);
    for (const size of [1024, 65536]) {
        const body = signedBody(size);
        const header = crypto.createHmac('sha1', API_KEY).update(Buffer.from(body)).digest('hex').toUpperCase();
        assert(isSignatureValid(body, API_KEY, header));
        cases.push([`verify ${size}`, () => isSignatureValid(body, API_KEY, header)]);
    }

    console.log(`node ${process.version}, @kikinteractive/kik ${require('@kikinteractive/kik/package.json').version}, `
        + `${runs} runs of ${runMs} ms after ${warmupMs} ms warm-up`);
    console.log('operation'.padEnd(16) + 'median ops/s'.padStart(14) + 'min'.padStart(14) + 'max'.padStart(14));
    for (const [name, fn] of cases) {
        const { median, min, max } = measure(fn);
        console.log(name.padEnd(16) + [median, min, max].map(v => v.toFixed(0).padStart(14)).join(''));
    }
}

main();
