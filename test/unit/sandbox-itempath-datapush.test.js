'use strict';
// ItemPath simulator: the Data Push emulator (integrations set up by admin call, one JSON POST per
// transaction with the configured headers, retries then Failed Attempts, resend, Private header
// values redacted, Consolidate Lines, limits from the docs).
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const http = require('node:http');
const { start } = require('../../sandbox/server');
const { sandboxAdmin } = require('../harness/sandbox-admin');

let sandbox;
let receiver;
let address;
let answer = 200;
const received = [];
let dp;

before(async () => {
	sandbox = await start({ port: 0, seed: 42, vendors: ['itempath'] });
	const admin = sandboxAdmin(sandbox.urls.itempath);
	dp = (method, path, body) => admin.call(method, `data-push/${path}`, body);
	receiver = http.createServer((req, res) => {
		let body = '';
		req.on('data', (c) => (body += c));
		req.on('end', () => {
			received.push({ url: req.url, headers: req.headers, body: JSON.parse(body) });
			res.statusCode = answer;
			res.end('{}');
		});
	});
	await new Promise((r) => receiver.listen(0, '127.0.0.1', r));
	address = `http://127.0.0.1:${receiver.address().port}`;
});
after(async () => {
	await sandbox?.close();
	await new Promise((r) => receiver.close(r));
});

test('pushes each new transaction as {"transaction": {...}} with the headers; Private values are redacted in the journal', async () => {
	const integration = await dp('POST', 'integrations', { connectionAddress: address, path: '/hook', headers: [{ name: 'X-Secret', value: 'v1', private: true }, { name: 'X-Plain', value: 'p' }] });
	assert.equal(integration.headers[0].value, '••••••');
	assert.equal(integration.timeoutSeconds, 10);
	assert.equal(integration.retries, 1);
	received.length = 0;
	const r = await dp('POST', 'transactions', { count: 2, wait: true });
	assert.equal(r.transactions.length, 2);
	assert.equal(typeof r.transactions[0].id, 'number', 'the simulator\'s transaction ids (numeric, see docs/itempath.md)');
	assert.match(r.transactions[0].creationDate, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/);
	assert.equal(received.length, 2);
	assert.equal(received[0].url, '/hook');
	assert.equal(received[0].headers['x-secret'], 'v1');
	assert.equal(received[0].headers['content-type'], 'application/json');
	assert.equal(received[0].body.transaction.id, r.transactions[0].id);
	assert.ok('quantityDeviated' in received[0].body.transaction);
	const attempts = await dp('GET', 'attempts');
	assert.ok(attempts.every((a) => a.headers['X-Secret'] === '••••••' && a.headers['X-Plain'] === 'p'));
	await dp('DELETE', `integrations/${integration.id}`);
});

test('a failing endpoint: first try + retries, then Failed Attempts; resend delivers', async () => {
	const integration = await dp('POST', 'integrations', { connectionAddress: address, path: 'hook', retries: 2 });
	answer = 500;
	const r = await dp('POST', 'transactions', { count: 1, wait: true });
	assert.deepEqual(r.results.map((x) => [x.ok, x.attempts, x.status]), [[false, 3, 500]]);
	const failed = await dp('GET', 'failed');
	const mine = failed.find((f) => f.transactionIds[0] === r.transactions[0].id);
	assert.ok(mine);
	answer = 200;
	const resent = await dp('POST', 'resend', { failedIds: [mine.id], wait: true });
	assert.deepEqual(resent.results.map((x) => [x.ok, x.status]), [[true, 200]]);
	assert.ok(!(await dp('GET', 'failed')).some((f) => f.id === mine.id), 'resent attempts leave the tab');
	await dp('DELETE', `integrations/${integration.id}`);
});

test('filters, Consolidate Lines and the documented limits', async () => {
	const bad = await dp('POST', 'integrations', { connectionAddress: address, timeoutSeconds: 91 });
	assert.match(bad.error, /between 1 and 90/);
	const tooFast = await dp('POST', 'integrations', { connectionAddress: address, maxRecordsPerSecond: 101 });
	assert.match(tooFast.error, /between 1 and 100/);
	const integration = await dp('POST', 'integrations', { connectionAddress: address, path: 'hook', consolidateLines: true, filters: { historyTypes: [4] } });
	received.length = 0;
	const line = '00000000-0000-4000-8000-00000000000a';
	const r = await dp('POST', 'transactions', { records: [{ orderLineId: line, quantityConfirmed: 2, type: 4 }, { orderLineId: line, quantityConfirmed: 3, type: 4 }, { type: 3 }], wait: true });
	assert.equal(received.length, 1, 'two transactions of one line in one payload; the put (type 3) filtered out');
	const { transaction } = received[0].body;
	assert.deepEqual(Object.keys(transaction.id).sort(), [r.transactions[0].id, r.transactions[1].id].map(String).sort());
	assert.deepEqual(Object.values(transaction.quantityConfirmed).sort(), [2, 3]);
	assert.equal(transaction.orderLineId, line);
	await dp('DELETE', `integrations/${integration.id}`);
});
