'use strict';
// Clarus simulator: Automations (create with nested actions/parameters, GraphQL list, cascade
// delete, event validation) and the webhook delivery engine (REST and admin events, headers,
// conditions, duplicate-next, retries, the lost-create-response fault).
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const http = require('node:http');
const { start } = require('../../sandbox/server');
const { sandboxAdmin } = require('../harness/sandbox-admin');

let sandbox;
let base;
let receiver;
let receiverUrl;
const received = [];
let answer = 200;
let admin;

before(async () => {
	sandbox = await start({ port: 0, seed: 42, vendors: ['clarus'] });
	base = sandbox.urls.clarus;
	admin = sandboxAdmin(base);
	receiver = http.createServer((req, res) => {
		let body = '';
		req.on('data', (c) => (body += c));
		req.on('end', () => {
			received.push({ method: req.method, url: req.url, headers: req.headers, body: body ? JSON.parse(body) : null });
			res.statusCode = typeof answer === 'function' ? answer() : answer;
			res.end('{}');
		});
	});
	await new Promise((r) => receiver.listen(0, '127.0.0.1', r));
	receiverUrl = `http://127.0.0.1:${receiver.address().port}/hook`;
	await admin.call('POST', 'delivery-config', { retryDelayMs: 0 });
});
after(async () => {
	await sandbox?.close();
	await new Promise((r) => receiver.close(r));
});

async function token() {
	const res = await fetch(`${base}/oauth/token`, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from('clarus-cc-client:clarus-cc-secret').toString('base64')}` },
		body: 'grant_type=client_credentials',
	});
	return (await res.json()).access_token;
}
async function api(method, path, body, raw = false) {
	const res = await fetch(`${base}${path}`, {
		method,
		headers: { 'content-type': 'application/json', authorization: `Bearer ${await token()}`, 'x-clarus-subdomain': 'acme-test' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	if (raw) return res;
	const text = await res.text();
	return { status: res.status, body: text ? JSON.parse(text) : null };
}
const automation = (attrs = {}, url = receiverUrl) => ({
	data: {
		type: 'automations',
		attributes: {
			resource_name: 'goods_out',
			event: 'created',
			enabled: true,
			name: 'unit [n8n:abc:prod]',
			conditions_changes: [],
			actions_changes: [
				{
					type: 'ADD',
					attributes: {
						destination_type: 'webhook',
						destination_code: 'default',
						parameters_changes: [
							{ type: 'ADD', attributes: { parameter_code: 'webhook_url', value: url } },
							{ type: 'ADD', attributes: { parameter_code: 'webhook_method', value: 'POST' } },
						],
					},
				},
			],
			...attrs,
		},
	},
});
const goodsOut = (ref) => ({ data: { type: 'goods_outs', attributes: { goods_out_type: 'sales_order', account_id: 1, reference: ref, expected_date_of_dispatch: '2026-02-01T10:00:00Z' } } });
const settle = () => admin.call('POST', 'deliveries-settle', {});

test('create stores actions and parameters as rows; GraphQL lists it; delete cascades', async () => {
	const created = await api('POST', '/api/automations', automation());
	assert.equal(created.status, 200);
	const id = created.body.data.id;
	assert.equal(typeof id, 'number');
	const stored = (await admin.call('GET', 'automations?tenant=acme-test')).find((a) => a.id === id);
	assert.equal(stored.actions[0].parameters.webhook_url, receiverUrl);
	const list = await api('POST', '/graphql', {
		query: 'query($f: AutomationFilterType) { automations { all(filter: $f) { edges { node { id name resource_name event enabled created_at } } } } }',
		variables: { f: { name: { like: '%[n8n:abc:prod]%' } } },
	});
	assert.deepEqual(list.body.data.automations.all.edges.map((e) => Number(e.node.id)), [id]);
	assert.equal((await api('DELETE', `/api/automations/${id}`)).status, 204);
	assert.equal((await api('DELETE', `/api/automations/${id}`)).status, 404);
	const store = await admin.call('GET', 'store?tenant=acme-test');
	assert.equal(store.automation_action_parameters ?? 0, 0);
});

test('an event invalid for the resource is a 422', async () => {
	const r = await api('POST', '/api/automations', automation({ event: 'dispatched' }));
	assert.equal(r.status, 422);
	assert.equal(r.body.errors[0].symbol, 'invalid_event');
});

test('REST create fires goods_out.created to the webhook with the X-ClarusWMS headers; conditions gate it', async () => {
	received.length = 0;
	const a = (await api('POST', '/api/automations', automation())).body.data.id;
	const b = (
		await api('POST', '/api/automations', automation({ conditions_changes: [{ type: 'ADD', attributes: { condition_code: 'account_id', source_path: 'data.account_id', operator: 'eq', value: '999' } }] }))
	).body.data.id;
	const created = await api('POST', '/api/goods_outs', goodsOut('SO-AUTO-1'));
	assert.equal(created.status, 200);
	await new Promise((r) => setImmediate(r));
	await settle();
	assert.equal(received.length, 1, 'only the automation whose conditions pass delivers');
	const [d] = received;
	assert.equal(d.method, 'POST');
	assert.equal(d.headers['x-claruswms-automation-id'], String(a));
	assert.equal(d.headers['x-claruswms-subdomain'], 'acme-test');
	assert.equal(d.headers['x-claruswms-domain'], 'https://acme-test.claruswms.com');
	assert.equal(d.headers['x-claruswms-api-domain'], base);
	assert.equal(d.headers['x-claruswms-integration-id'], undefined);
	assert.equal(d.body.data.reference, 'SO-AUTO-1');
	assert.equal(d.body.data.id, created.body.data.id);
	const journal = await admin.call('GET', `deliveries?automationId=${a}`);
	assert.equal(journal.length, 1);
	assert.equal(journal[0].status, 'delivered');
	await api('DELETE', `/api/automations/${a}`);
	await api('DELETE', `/api/automations/${b}`);
});

test('admin events, duplicate-next and retries on a non-2xx answer', async () => {
	received.length = 0;
	const a = (await api('POST', '/api/automations', automation({ event: 'completed' }))).body.data.id;
	await admin.call('POST', 'duplicate-next', { count: 1 });
	const fired = await admin.call('POST', 'events', { tenant: 'acme-test', resource_name: 'goods_out', event: 'completed', id: 1, wait: true });
	assert.equal(fired.deliveries, 2);
	await settle();
	assert.equal(received.length, 2);
	assert.deepEqual(received[0].body, received[1].body);
	received.length = 0;
	let n = 0;
	answer = () => (++n === 1 ? 500 : 200);
	const r = await admin.call('POST', 'events', { tenant: 'acme-test', resource_name: 'goods_out', event: 'completed', id: 1, wait: true });
	answer = 200;
	assert.equal(r.results[0].status, 'delivered');
	assert.deepEqual(r.results[0].attempts.map((x) => x.status), [500, 200]);
	await api('DELETE', `/api/automations/${a}`);
});

test('drop-create-response creates the automation and cuts the connection', async () => {
	const before = (await admin.call('GET', 'automations?tenant=acme-test')).length;
	await admin.call('POST', 'drop-create-response', { count: 1 });
	await assert.rejects(api('POST', '/api/automations', automation()));
	const after = await admin.call('GET', 'automations?tenant=acme-test');
	assert.equal(after.length, before + 1);
	await api('DELETE', `/api/automations/${after[after.length - 1].id}`);
});
