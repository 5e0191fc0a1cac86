'use strict';
// ItemPath Data Push Trigger end to end: the packed package in a running `n8n start`
// (WEBHOOK_URL = n8n's own port) receiving pushes from the ItemPath simulator's Data Push
// emulator. The right secret header starts one execution per transaction, a wrong or missing one
// gets 401 (ItemPath retries, then lists it under Failed Attempts) and starts nothing, resends
// start nothing, and the secret appears in no output and no log line.
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { N8n, freePort } = require('../harness/n8n');
const { sandboxAdmin } = require('../harness/sandbox-admin');
const sandbox = require('../../sandbox/server');

const TYPE = 'n8n-nodes-wms-planning.itemPathDataPushTrigger';
const NODE = 'Data Push';
const SECRET = 'dp-5ecret-Zq8vN2kLr7Tw4Yb9Hc3Jm6Xs';
const HEADER = 'X-N8N-Secret';
const WEBHOOK_ID = 'da7a9054-0000-4e57-9d00-000000000001';

describe('ItemPath Data Push Trigger in real n8n (n8n start)', () => {
	let n8n;
	let box;
	let url;
	let cred;
	let workflowId;
	const controls = sandboxAdmin(() => url);
	const admin = controls.call;
	const pushAdmin = (method, path, body) => admin(method, `data-push/${path}`, body);
	const integration = async (headers, path = `/webhook/${WEBHOOK_ID}/webhook`) =>
		pushAdmin('POST', 'integrations', { name: 'n8n', connectionAddress: n8n.baseUrl, path, headers, retries: 1 });
	const push = (integrationId, count = 1, extra = {}) => pushAdmin('POST', 'transactions', { integrationId, count, wait: true, ...extra });
	const allExecutions = () => n8n.executions(workflowId, { includeRunning: true });

	before(async () => {
		box = await sandbox.start({ port: 0, seed: 42, vendors: ['itempath'] });
		url = box.urls.itempath;
		const port = await freePort();
		n8n = await N8n.launch({ port, env: { WEBHOOK_URL: `http://127.0.0.1:${port}/` } });
		cred = await n8n.createCredential('itemPathDataPushApi', { headerName: HEADER, secret: SECRET }, 'data push secret');
		workflowId = await n8n.createTriggerWorkflow({
			name: 'itempath data push',
			trigger: {
				name: NODE,
				type: TYPE,
				webhookId: WEBHOOK_ID,
				parameters: { options: { includeHeaders: true, includeMetadata: true } },
				credentials: { itemPathDataPushApi: { id: cred.id, name: cred.name } },
			},
		});
	});

	after(async () => {
		await n8n?.stop();
		await box?.close();
	});

	it('the credential test checks the secret locally and says so', async () => {
		const ok = await n8n.testCredential(cred, { headerName: HEADER, secret: SECRET });
		assert.equal(ok.status, 'OK', JSON.stringify(ok));
		assert.match(ok.message, /no API to check them against/);
		const short = await n8n.testCredential(cred, { headerName: HEADER, secret: 'short' });
		assert.equal(short.status, 'Error');
		assert.match(short.message, /at least 24 characters/);
		assert.ok(!JSON.stringify(short).includes(SECRET));
	});

	it('publishing registers nothing at ItemPath (no API exists) and succeeds', async () => {
		await admin('POST', 'reset');
		const published = await n8n.publish(workflowId);
		assert.equal(published.status, 'published', JSON.stringify(published));
		assert.deepEqual(await controls.requests(), [], 'n8n made no request to ItemPath');
		assert.match(n8n.log, new RegExp(`Data Push Path to /webhook/${WEBHOOK_ID}/webhook`));
	});

	let pushed;
	it('pushes with the right secret: one execution per transaction, carrying the mapped record', async () => {
		const { id } = await integration([{ name: HEADER, value: SECRET, private: true }]);
		const result = await push(id, 3);
		assert.deepEqual(result.results.map((r) => [r.ok, r.attempts, r.status]), [[true, 1, 200], [true, 1, 200], [true, 1, 200]]);
		pushed = result.transactions;
		const executions = await n8n.waitForExecutions(workflowId, 3);
		assert.equal(executions.length, 3);
		const items = executions.map((e) => e.output(NODE));
		assert.deepEqual(items.map((i) => i.length), [1, 1, 1]);
		for (const [i, [item]] of items.entries()) {
			const tx = pushed[i];
			assert.equal(item.id, tx.id);
			assert.equal(item.creationDate, tx.creationDate);
			assert.match(item.creationDate, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/);
			assert.equal(item.orderName, tx.orderName);
			assert.equal(item.quantityConfirmed, tx.quantityConfirmed);
			assert.match(item._n8n.dedupeKey, /^[0-9a-f]{32}$/);
			assert.equal(item._headers['x-n8n-secret'], undefined, 'the secret header is never in the output');
			assert.equal(item._headers['content-type'], 'application/json');
		}
		const attempts = await pushAdmin('GET', 'attempts');
		assert.ok(attempts.every((a) => a.headers[HEADER] === '••••••'), 'the Private header is redacted in ItemPath\'s log');
	});

	it('a resend of the same transaction starts nothing (200 "Duplicate delivery ignored")', async () => {
		const resent = await pushAdmin('POST', 'resend', { transactionIds: [pushed[0].id], wait: true });
		assert.deepEqual(resent.results.map((r) => [r.ok, r.status]), [[true, 200]]);
		const last = (await pushAdmin('GET', 'attempts')).pop();
		assert.equal(JSON.parse(last.response).message, 'Duplicate delivery ignored');
		const { staticData } = await n8n.rest('GET', `/workflows/${workflowId}`);
		assert.equal(staticData[`node:${NODE}`].seen.length, 3, 'the keys are stored in the workflow, not only in memory');
	});

	it('a wrong or missing secret gets 401, ItemPath retries once and lists it under Failed Attempts; nothing runs', async () => {
		const wrong = await integration([{ name: HEADER, value: `${SECRET.slice(0, -1)}x`, private: true }]);
		const none = await integration([]);
		const otherHeader = await integration([{ name: 'Authorization', value: `Bearer ${SECRET}`, private: true }]);
		for (const { id } of [wrong, none, otherHeader]) {
			const result = await push(id, 1);
			assert.deepEqual(result.results.map((r) => [r.ok, r.attempts, r.status]), [[false, 2, 401]]);
			await pushAdmin('PATCH', `integrations/${id}`, { active: false });
		}
		const failed = await pushAdmin('GET', 'failed');
		assert.equal(failed.length, 3);
		assert.ok(failed.every((f) => f.status === 401));
		// the right integration still works; once its execution exists, any from the rejected pushes would too
		const good = (await pushAdmin('GET', 'integrations')).find((i) => i.active);
		await push(good.id, 1);
		await n8n.waitForExecutions(workflowId, 4);
		assert.equal((await allExecutions()).length, 4, 'no execution for a wrong or missing secret');
		assert.match(n8n.log, /ItemPath Data Push Trigger rejected a delivery \(401\): wrong value in the x-n8n-secret header/);
		assert.match(n8n.log, /ItemPath Data Push Trigger rejected a delivery \(401\): no x-n8n-secret header/);
	});

	it('the right secret but not JSON gets 415, JSON without the transaction wrapper 400; nothing runs', async () => {
		const before = (await allExecutions()).length;
		const target = n8n.webhookUrl(WEBHOOK_ID);
		const text = await fetch(target, { method: 'POST', headers: { [HEADER]: SECRET, 'content-type': 'text/plain' }, body: 'id=1' });
		assert.equal(text.status, 415);
		assert.match((await text.json()).message, /Format to JSON/);
		const bare = await fetch(target, { method: 'POST', headers: { [HEADER]: SECRET, 'content-type': 'application/json' }, body: JSON.stringify({ id: 'x' }) });
		assert.equal(bare.status, 400);
		assert.equal((await allExecutions()).length, before);
	});

	it('Consolidate Lines: one execution per order line, and its resend starts nothing', async () => {
		const consolidated = await pushAdmin('POST', 'integrations', {
			name: 'n8n consolidated',
			connectionAddress: n8n.baseUrl,
			path: `/webhook/${WEBHOOK_ID}/webhook`,
			headers: [{ name: HEADER, value: SECRET, private: true }],
			consolidateLines: true,
		});
		const line = 'a1b2c3d4-0000-4000-8000-0000000000aa';
		const before = (await allExecutions()).length;
		const result = await push(consolidated.id, 0, { records: [{ orderLineId: line, quantityConfirmed: 2 }, { orderLineId: line, quantityConfirmed: 3 }] });
		assert.deepEqual(result.results.map((r) => [r.ok, r.status]), [[true, 200]]);
		await n8n.waitForExecutions(workflowId, before + 1);
		const executions = await allExecutions();
		assert.equal(executions.length, before + 1);
		const [item] = executions[executions.length - 1].output(NODE);
		assert.deepEqual(Object.keys(item.id).sort(), result.transactions.map((t) => String(t.id)).sort());
		assert.equal(item.orderLineId, line);
		const resent = await pushAdmin('POST', 'resend', { transactionIds: result.transactions.map((t) => t.id), integrationId: consolidated.id, wait: true });
		assert.deepEqual(resent.results.map((r) => [r.ok, r.status]), [[true, 200]]);
		assert.equal(JSON.parse((await pushAdmin('GET', 'attempts')).pop().response).message, 'Duplicate delivery ignored');
		await pushAdmin('PATCH', `integrations/${consolidated.id}`, { active: false });
	});

	it('a credential with a short secret fails publication with the message', async () => {
		const shortCred = await n8n.createCredential('itemPathDataPushApi', { headerName: HEADER, secret: 'too-short' }, 'short secret');
		const id = await n8n.createTriggerWorkflow({
			name: 'itempath data push, short secret',
			trigger: { name: NODE, type: TYPE, webhookId: 'da7a9054-0000-4e57-9d00-000000000002', parameters: {}, credentials: { itemPathDataPushApi: { id: shortCred.id, name: shortCred.name } } },
		});
		const published = await n8n.publish(id, { timeoutMs: 120_000 });
		assert.equal(published.status, 'failed', JSON.stringify(published));
		assert.match(JSON.stringify(published.triggers), /at least 24 characters/);
	});

	it('"Listen for test event": a push to the test URL starts one manual execution', async () => {
		const testIntegration = await integration([{ name: HEADER, value: SECRET, private: true }], `/webhook-test/${WEBHOOK_ID}/webhook`);
		const listening = await n8n.listenForTestEvent(workflowId, NODE);
		assert.equal(listening.waitingForWebhook, true, JSON.stringify(listening));
		const result = await push(testIntegration.id, 1);
		assert.deepEqual(result.results.map((r) => [r.ok, r.status]), [[true, 200]]);
		const executions = await n8n.waitForExecutions(workflowId, 6);
		const manual = executions.find((e) => e.output(NODE)[0]?.id === result.transactions[0].id);
		assert.ok(manual, 'the test push ran the workflow');
		await pushAdmin('PATCH', `integrations/${testIntegration.id}`, { active: false });
	});

	it('after unpublishing, a push gets 404 and lands in Failed Attempts', async () => {
		assert.equal((await n8n.unpublish(workflowId)).status, 'not_published');
		const good = (await pushAdmin('GET', 'integrations')).find((i) => i.active);
		const result = await push(good.id, 1);
		assert.deepEqual(result.results.map((r) => [r.ok, r.status]), [[false, 404]]);
		assert.ok((await pushAdmin('GET', 'failed')).some((f) => f.transactionIds[0] === result.transactions[0].id));
	});

	it('the secret appears in no execution and no n8n log line', async () => {
		const raws = (await n8n.executions(workflowId)).map((e) => (typeof e.raw === 'string' ? e.raw : JSON.stringify(e.raw)));
		assert.ok(raws.length >= 6);
		for (const raw of raws) assert.ok(!raw.includes(SECRET), 'execution data is free of the secret');
		assert.ok(!n8n.log.includes(SECRET), 'n8n log is free of the secret');
	});
});
