'use strict';
// Throttling, transient faults, requests in flight and shared token renewal, end to end: the
// packed package in one real n8n against the three simulators. Faults come from the sandbox's
// /__admin fault controls (the vendors' own 429/503 answers with Retry-After); every assertion is
// on the sandbox's journal (which request got which status, when the sandbox saw it, by its own
// clock), its counters and n8n's outputs, never on how long the test took.
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { N8n } = require('../harness/n8n');
const { sandboxAdmin } = require('../harness/sandbox-admin');
const sandbox = require('../../sandbox/server');
const { seedData } = require('../../sandbox/itempath/data');

const CLARET = 'n8n-nodes-wms-planning.claret';
const ITEMPATH = 'n8n-nodes-wms-planning.itemPath';
const CLARUS = 'n8n-nodes-wms-planning.clarusWms';
const ITEMPATH_SEED = seedData(42);

describe('Resilience in real n8n: throttling, faults, requests in flight, one renewal', () => {
	let n8n;
	let box;
	const creds = {};
	const ctl = {};
	const secrets = ['correct-horse-battery', 'operator-pass', 'clarus-cc-secret'];
	const raws = [];

	const run = async (type, credType, cred, parameters, { inputItems, continueOnFail } = {}) => {
		const result = await n8n.runNode(
			{ type, parameters, credentials: { [credType]: { id: cred.id, name: cred.name } }, continueOnFail },
			{ inputItems },
		);
		raws.push(result.raw);
		return result;
	};
	const claret = (parameters, opts) => run(CLARET, 'claretApi', creds.claret, parameters, opts);
	const itemPath = (parameters, opts) => run(ITEMPATH, 'itemPathApi', creds.itemPath, parameters, opts);
	const clarus = (parameters, opts) => run(CLARUS, 'clarusWmsApi', creds.clarus, { authentication: 'apiCredentials', ...parameters }, opts);
	const ok = (result) => {
		assert.equal(result.status, 'success', JSON.stringify(result.error));
		return result.output('Node');
	};
	const unique = (rows, key = 'id') => new Set(rows.map((r) => r[key])).size === rows.length;
	/** The throttled request and the one after it that asked for the same page. */
	const throttledAndRetry = (calls, samePage) => {
		const i = calls.findIndex((q) => q.status === 429);
		assert.ok(i >= 0, 'the sandbox answered one request with 429');
		const retry = calls.slice(i + 1).find((q) => samePage(q, calls[i]));
		assert.ok(retry, 'the throttled page was asked for again');
		return { throttled: calls[i], retry };
	};

	before(async () => {
		box = await sandbox.start({ port: 0, seed: 42, vendors: ['claret', 'itempath', 'clarus'] });
		for (const v of ['claret', 'itempath', 'clarus']) ctl[v] = sandboxAdmin(box.urls[v]);
		n8n = await N8n.launch();
		creds.claret = await n8n.createCredential(
			'claretApi',
			{ baseUrl: box.urls.claret, tenant: 'demo', email: 'planner@example.com', password: 'correct-horse-battery', token: '' },
			'Claret',
		);
		creds.itemPath = await n8n.createCredential(
			'itemPathApi',
			{ url: box.urls.itempath, authMethod: 'login', username: 'operator', password: 'operator-pass', allowUnauthorizedCerts: false },
			'ItemPath',
		);
		creds.clarus = await n8n.createCredential(
			'clarusWmsApi',
			{ authMethod: 'clientCredentials', clientId: 'clarus-cc-client', clientSecret: 'clarus-cc-secret', baseUrl: box.urls.clarus, subdomain: 'acme-warehouse', accessToken: '' },
			'Clarus',
		);
	});

	after(async () => {
		// No secret in any execution or in n8n's log.
		for (const raw of raws) for (const secret of secrets) assert.ok(!String(raw).includes(secret), 'no secret in execution data');
		if (n8n) for (const secret of secrets) assert.ok(!n8n.log.includes(secret), 'no secret in the n8n log');
		await n8n?.stop();
		await box?.close();
	});

	it('Claret: a 429 "Too Many Attempts." with Retry-After on page 2 of a Return All is waited out; every row once', async () => {
		ok(await claret({ resource: 'sale', operation: 'getAll', saleTypeName: 'History', startDate: '2025-01-01', duration: 1, limit: 1 }));
		await ctl.claret.call('POST', 'reset');
		await ctl.claret.call('POST', 'faults', { preset: 'throttle', retryAfter: 1, match: '/sales', skip: 1 });
		const rows = ok(await claret({ resource: 'sale', operation: 'getAll', saleTypeName: 'History', startDate: '2025-01-01', duration: 364, returnAll: true }));
		assert.equal(rows.length, 3000);
		assert.ok(unique(rows), 'no row twice');
		const calls = (await ctl.claret.requests()).filter((q) => q.path === '/demo/api/v1/sales');
		assert.deepEqual(calls.map((q) => q.status), [200, 429, 200, 200]);
		const { throttled, retry } = throttledAndRetry(calls, (q, t) => q.query.current_index === t.query.current_index);
		assert.ok(retry.at - throttled.at >= 1000, `retried ${retry.at - throttled.at} ms after the 429 that asked for 1 s`);
		const answered = calls.filter((q) => q.status === 200).map((q) => q.query.current_index ?? 'first');
		assert.equal(new Set(answered).size, 3, 'each page fetched once');
	});

	it('ItemPath: a 429 with an HTTP-date Retry-After on page 3 of a Return All is waited out; every row once', async () => {
		await ctl.itempath.call('POST', 'reset');
		await ctl.itempath.call('POST', 'faults', { preset: 'throttle', retryAfter: 1, retryAfterDate: true, match: '/api/materials', skip: 2 });
		const rows = ok(await itemPath({ resource: 'material', operation: 'getAll', returnAll: true, options: { pageSize: 500 } }));
		assert.equal(rows.length, ITEMPATH_SEED.materials.length);
		assert.ok(unique(rows));
		const calls = (await ctl.itempath.requests()).filter((q) => q.path === '/api/materials');
		const { throttled, retry } = throttledAndRetry(calls, (q, t) => q.query.page === t.query.page);
		assert.equal(throttled.query.page, '2');
		assert.ok(retry.at - throttled.at >= 1000, `retried ${retry.at - throttled.at} ms after the 429`);
		const pages = calls.filter((q) => q.status === 200).map((q) => q.query.page);
		assert.deepEqual(pages, ['0', '1', '2', '3', '4', '5'], 'each page fetched once, in order');
	});

	it('Clarus: a 429 with Retry-After on page 2 of a GraphQL Get Many is waited out; every record once', async () => {
		await ctl.clarus.call('POST', 'reset');
		await ctl.clarus.call('POST', 'faults', { preset: 'throttle', retryAfter: 1, match: '/graphql', skip: 1 });
		const rows = ok(await clarus({ resource: 'goods_outs', operation: 'getAll', returnAll: true }));
		const total = (await ctl.clarus.call('GET', 'store?tenant=acme-warehouse')).goods_outs;
		assert.equal(rows.length, total);
		assert.ok(unique(rows));
		const calls = (await ctl.clarus.requests()).filter((q) => q.path === '/graphql');
		const { throttled, retry } = throttledAndRetry(calls, (q, t) => q.body.variables.after === t.body.variables.after);
		assert.ok(retry.at - throttled.at >= 1000, `retried ${retry.at - throttled.at} ms after the 429`);
		const cursors = calls.filter((q) => q.status === 200).map((q) => q.body.variables.after ?? 'first');
		assert.equal(new Set(cursors).size, cursors.length, 'each page fetched once');
		assert.equal(cursors.length, Math.ceil(total / 100));
	});

	const orderParams = (name) => ({
		resource: 'order',
		operation: 'create',
		name,
		linesInput: 'fields',
		orderLines: { line: [{ materialName: 'MAT-00001', quantity: 1 }] },
	});
	const orderPosts = async (name) =>
		(await ctl.itempath.requests()).filter((q) => q.method === 'POST' && q.path === '/api/orders' && (!name || q.body?.name === name));
	const ordersNamed = async (name) => {
		const found = ok(await itemPath({ resource: 'order', operation: 'getAll', returnAll: true, filters: { conditions: [{ field: 'name', operator: 'equals', value: name }] } }));
		return found.length;
	};

	it('ItemPath: a write throttled with 429 is sent again after the wait and written exactly once', async () => {
		await ctl.itempath.call('POST', 'reset');
		await ctl.itempath.call('POST', 'faults', { preset: 'throttle', retryAfter: 1, match: '/api/orders', method: 'POST' });
		const [order] = ok(await itemPath(orderParams('RES-429')));
		assert.equal(order.name, 'RES-429');
		const posts = await orderPosts('RES-429');
		assert.deepEqual(posts.map((q) => q.status), [429, 201]);
		assert.ok(posts[1].at - posts[0].at >= 1000);
		assert.equal(await ordersNamed('RES-429'), 1, 'written once');
	});

	it('ItemPath: a write answered 503 with Retry-After is retried and written once', async () => {
		await ctl.itempath.call('POST', 'reset');
		await ctl.itempath.call('POST', 'faults', { preset: 'unavailable', retryAfter: 1, count: 2, match: '/api/orders', method: 'POST' });
		const [order] = ok(await itemPath(orderParams('RES-503')));
		assert.equal(order.name, 'RES-503');
		assert.deepEqual((await orderPosts('RES-503')).map((q) => q.status), [503, 503, 201]);
		assert.equal(await ordersNamed('RES-503'), 1);
	});

	it('ItemPath: when the retries are used up, the error says how often it tried and how long it waited', async () => {
		await ctl.itempath.call('POST', 'reset');
		await ctl.itempath.call('POST', 'faults', { preset: 'throttle', retryAfter: 1, count: 3, match: '/api/warehouses' });
		const r = await itemPath({ resource: 'warehouse', operation: 'getAll', limit: 1, requestOptions: { maxRetries: 1 } });
		assert.equal(r.status, 'error');
		assert.equal(r.error.message, 'This user has exceeded an allotted request count. Try again later.');
		assert.equal(r.error.httpCode, '429');
		assert.match(r.error.description, /Tried 2 times and waited 1 s in total; stopped because Max Retries \(1\) was reached/);
		const calls = (await ctl.itempath.requests()).filter((q) => q.path === '/api/warehouses');
		assert.deepEqual(calls.map((q) => q.status), [429, 429]);
	});

	it('ItemPath: a write that timed out after it was sent is reported per item as possibly written, never re-sent', async () => {
		await ctl.itempath.call('POST', 'reset');
		await ctl.itempath.call('POST', 'faults', { drop: 'hang', match: '/api/orders', method: 'POST' });
		const r = await itemPath(
			{ ...orderParams('={{ $json.name }}'), requestOptions: { timeoutSeconds: 2 } },
			{ inputItems: [{ name: 'RES-HANG-1' }, { name: 'RES-HANG-2' }], continueOnFail: true },
		);
		const [first, second] = ok(r);
		assert.match(first.error, /ItemPath at http:\/\/127\.0\.0\.1:\d+ did not answer \(the connection timed out\) after the request was sent/);
		assert.match(first.description, /may have been written\. Check in ItemPath whether the order "RES-HANG-1" exists before running this item again; it was not re-sent/);
		assert.equal(first.mayHaveBeenWritten, true);
		assert.equal(second.name, 'RES-HANG-2', 'the next item is written');
		assert.equal((await orderPosts('RES-HANG-1')).length, 1, 'sent once');
		assert.equal(await ordersNamed('RES-HANG-1'), 1, 'the sandbox did write it');

		// Without Continue On Fail the node stops with the same message.
		await ctl.itempath.call('POST', 'faults', { drop: 'hang', match: '/api/orders', method: 'POST' });
		const stopped = await itemPath({ ...orderParams('RES-HANG-3'), requestOptions: { timeoutSeconds: 2 } });
		assert.equal(stopped.status, 'error');
		assert.match(stopped.error.description, /may have been written/);
		assert.equal((await orderPosts('RES-HANG-3')).length, 1);
	});

	it('ItemPath: 1,000 orders at 8 in flight are each written once, in input order, with one failure reported per item and a 429 that pauses the whole pool', async () => {
		await ctl.itempath.call('POST', 'reset');
		const taken = ITEMPATH_SEED.orders[0].name; // exists already: ItemPath answers 422
		const names = Array.from({ length: 1000 }, (_, i) => (i === 500 ? taken : `BULK-${String(i).padStart(4, '0')}`));
		await ctl.itempath.call('POST', 'faults', { preset: 'throttle', retryAfter: 1, match: '/api/orders', method: 'POST', skip: 300 });
		const r = await itemPath(
			{ ...orderParams('={{ $json.name }}'), requestOptions: { concurrency: 8 } },
			{ inputItems: names.map((name) => ({ name })), continueOnFail: true },
		);
		const out = ok(r);
		assert.equal(out.length, 1000);
		const items = r.runData.Node[0].data.main[0];
		items.forEach((item, i) => assert.deepEqual(item.pairedItem, { item: i }, `item ${i} paired`));
		out.forEach((o, i) => {
			if (i === 500) {
				assert.match(o.error, /already exists/);
				assert.equal(o.httpCode, '422');
			} else assert.equal(o.name, names[i], `output ${i} is input ${i}`);
		});
		const posts = (await orderPosts()).filter((q) => q.body?.name?.startsWith('BULK-'));
		const written = posts.filter((q) => q.status === 201).map((q) => q.body.name);
		assert.equal(written.length, 999);
		assert.equal(new Set(written).size, 999, 'every record written once');
		// The 429 paused every worker: in the Retry-After second the sandbox saw only requests that
		// were already on their way (at most one or two per other worker, at most 2 x 7), where
		// workers that did not pause would have sent over a hundred (the run writes > 100/s).
		const throttled = posts.find((q) => q.status === 429);
		assert.ok(throttled);
		const during = posts.filter((q) => q.at > throttled.at && q.at < throttled.at + 1000);
		assert.ok(during.length <= 14, `${during.length} requests arrived during the pause`);
		const elapsed = posts[posts.length - 1].at - posts[0].at;
		assert.ok(posts.length / (elapsed / 1000) > 14, 'the pool writes faster than the pause bound');
	});

	it('Claret inventory import: a throttled chunk is sent again after the wait; chunks stay in order, each record received once', async () => {
		const master = await ctl.claret.call('GET', 'master-data?tenant=demo');
		const records = Array.from({ length: 30 }, (_, i) => ({
			item_name: master.items[i % master.items.length],
			bin_name: master.bins[Math.floor(i / master.items.length) % master.bins.length].name,
			lot_name: master.lots[Math.floor(i / (master.items.length * master.bins.length)) % master.lots.length],
			date_filled: '2025-03-01',
			quantity: i + 1,
			uom: '9LE',
		}));
		await ctl.claret.call('POST', 'reset');
		await ctl.claret.call('POST', 'faults', { preset: 'throttle', retryAfter: 1, match: '/inventory/import/process', skip: 1 });
		const out = ok(
			await claret({ resource: 'inventory', operation: 'import', recordsSource: 'fields', importOptions: { chunkSize: 10 } }, { inputItems: records }),
		);
		assert.deepEqual(out.map((o) => [o.chunk, o.firstRecord, o.status]), [[1, 1, 'accepted'], [2, 11, 'accepted'], [3, 21, 'accepted']]);
		const sent = (await ctl.claret.requests()).filter((q) => q.path === '/demo/api/v1/inventory/import/process');
		assert.deepEqual(sent.map((q) => [q.status, q.body.payload[0].quantity]), [[200, 1], [429, 11], [200, 11], [200, 21]]);
		assert.ok(sent[2].at - sent[1].at >= 1000);
		assert.equal((await ctl.claret.counters()).inventoryRecordsReceived, 30, 'each record received once');
	});

	it('Clarus: goods outs created at 4 in flight meet a 429; each written once, outputs in input order', async () => {
		await ctl.clarus.call('POST', 'reset');
		const before = (await ctl.clarus.call('GET', 'store?tenant=acme-warehouse')).goods_outs;
		const refs = Array.from({ length: 20 }, (_, i) => `RES-GO-${i}`);
		await ctl.clarus.call('POST', 'faults', { preset: 'throttle', retryAfter: 1, match: '/api/goods_outs', method: 'POST', skip: 5 });
		const out = ok(
			await clarus(
				{
					resource: 'goods_outs',
					operation: 'create',
					goods_outs_create_account_id: 1,
					goods_outs_create_expected_date_of_dispatch: '2026-08-01T10:00:00Z',
					goods_outs_create_goods_out_type: 'sales_order',
					goods_outs_create_reference: '={{ $json.reference }}',
					requestOptions: { concurrency: 4 },
				},
				{ inputItems: refs.map((reference) => ({ reference })) },
			),
		);
		assert.deepEqual(out.map((o) => o.reference), refs, 'outputs in input order');
		const posts = (await ctl.clarus.requests()).filter((q) => q.method === 'POST' && q.path === '/api/goods_outs');
		assert.equal(posts.filter((q) => q.status === 429).length, 1);
		const written = posts.filter((q) => q.status === 200 || q.status === 201).map((q) => q.body.data.attributes.reference);
		assert.deepEqual([...written].sort(), [...refs].sort(), 'each written once');
		assert.equal((await ctl.clarus.call('GET', 'store?tenant=acme-warehouse')).goods_outs, before + 20);
	});

	const concurrentRuns = async (workflowId, count) => await Promise.all(Array.from({ length: count }, () => n8n.run(workflowId)));

	it('20 concurrent executions that find the ItemPath token expired renew it once', async () => {
		const workflowId = await n8n.createWorkflow({
			nodes: [
				{
					name: 'Node',
					type: ITEMPATH,
					parameters: { resource: 'warehouse', operation: 'getAll', limit: 1 },
					credentials: { itemPathApi: { id: creds.itemPath.id, name: creds.itemPath.name } },
				},
			],
		});
		assert.equal((await n8n.run(workflowId)).status, 'success');
		await ctl.itempath.call('POST', 'clock', { advanceSeconds: 901 });
		await ctl.itempath.call('POST', 'reset');
		const results = await concurrentRuns(workflowId, 20);
		assert.deepEqual(results.map((x) => x.status), Array(20).fill('success'));
		const c = await ctl.itempath.counters();
		assert.equal(c.refreshes, 1, `one renewal in the process: ${JSON.stringify(c)}`);
		assert.equal(c.logins ?? 0, 0);

		// A server that revokes the previous token on every renewal: still no execution fails.
		await ctl.itempath.call('POST', 'revoke-previous', { enabled: true });
		try {
			await ctl.itempath.call('POST', 'clock', { advanceSeconds: 901 });
			await ctl.itempath.call('POST', 'reset');
			const again = await concurrentRuns(workflowId, 20);
			assert.deepEqual(again.map((x) => x.status), Array(20).fill('success'), JSON.stringify(again.map((x) => x.error)));
			const c2 = await ctl.itempath.counters();
			assert.equal(c2.refreshes, 1, JSON.stringify(c2));
			assert.equal(c2.revokedTokenUses ?? 0, 0);
		} finally {
			await ctl.itempath.call('POST', 'revoke-previous', { enabled: false });
		}
	});
});
