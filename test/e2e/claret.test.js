'use strict';
// Claret end to end: the packed package in real n8n against the Claret simulator.
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { N8n } = require('../harness/n8n');
const { sandboxAdmin } = require('../harness/sandbox-admin');
const sandbox = require('../../sandbox/server');

const TYPE = 'n8n-nodes-wms-planning.claret';
const PASSWORD = 'correct-horse-battery';
const EMAIL = 'planner@example.com';

describe('Claret in real n8n', () => {
	let n8n;
	let box;
	let url;
	let cred;
	let goodData;
	const raws = [];

	const sandboxControls = sandboxAdmin(() => url);
	const admin = sandboxControls.call;
	const counters = sandboxControls.counters;
	const requests = sandboxControls.requests;
	const run = async (parameters, { credential = cred, inputItems, continueOnFail } = {}) => {
		const result = await n8n.runNode(
			{ type: TYPE, parameters, credentials: { claretApi: { id: credential.id, name: credential.name } }, continueOnFail },
			{ inputItems },
		);
		raws.push(result.raw);
		return result;
	};
	const sales = (extra = {}) => ({
		resource: 'sale',
		operation: 'getAll',
		saleTypeName: 'History',
		startDate: '2025-01-01',
		duration: 364,
		...extra,
	});

	before(async () => {
		box = await sandbox.start({ port: 0, seed: 42, vendors: ['claret'] });
		url = box.urls.claret;
		n8n = await N8n.launch();
		// As the editor saves it: every field, the hidden token empty until first use.
		goodData = { baseUrl: url, tenant: 'demo', email: EMAIL, password: PASSWORD, token: '' };
		cred = await n8n.createCredential('claretApi', goodData, 'Claret demo');
	});

	after(async () => {
		await n8n?.stop();
		await box?.close();
	});

	it('loads the package: the Claret node and its credential', async () => {
		const types = await n8n.loadedNodeTypes();
		assert.ok(types.includes(TYPE), 'claret node type loaded');
	});

	it('credential test passes with good and fails clearly with bad credentials', async () => {
		const ok = await n8n.testCredential(cred, goodData);
		assert.equal(ok.status, 'OK', JSON.stringify(ok));

		const wrongPassword = await n8n.testCredential(cred, { ...goodData, password: 'wrong-password' });
		assert.equal(wrongPassword.status, 'Error');
		assert.match(wrongPassword.message, /email or password/i);
		assert.ok(!wrongPassword.message.includes('wrong-password'));

		const unknownTenant = await n8n.testCredential(cred, { ...goodData, tenant: 'nosuchtenant' });
		assert.equal(unknownTenant.status, 'Error');
		assert.match(unknownTenant.message, /no tenant "nosuchtenant"/);

		const badTenant = await n8n.testCredential(cred, { ...goodData, tenant: 'demo/../acme' });
		assert.equal(badTenant.status, 'Error');
		assert.match(badTenant.message, /tenant .* is not valid/i);
	});

	it('a wrong password or unknown tenant fails the node with a message saying what to fix', async () => {
		const wrong = await n8n.createCredential('claretApi', { ...goodData, password: 'not-the-password' }, 'wrong password');
		const r = await run(sales({ limit: 1 }), { credential: wrong });
		assert.equal(r.status, 'error');
		assert.match(r.error.message, /^Claret rejected the email or password for tenant "demo".*Check Email and Password/);
		assert.ok(!JSON.stringify(r.raw).includes('not-the-password'));

		const unknown = await n8n.createCredential('claretApi', { ...goodData, tenant: 'nosuchtenant' }, 'unknown tenant');
		const u = await run(sales({ limit: 1 }), { credential: unknown });
		assert.equal(u.status, 'error');
		assert.match(u.error.message, /^Claret has no tenant "nosuchtenant"/);
	});

	it('creates one token for three executions and exactly one more after revocation', async () => {
		const fresh = await n8n.createCredential('claretApi', goodData, 'Claret token reuse');
		const before = (await counters()).tokenCreations ?? 0;
		for (let i = 0; i < 3; i++) {
			const r = await run(sales({ limit: 3 }), { credential: fresh });
			assert.equal(r.status, 'success', JSON.stringify(r.error));
			assert.equal(r.output('Node').length, 3);
		}
		assert.equal((await counters()).tokenCreations - before, 1, 'one token for three executions');

		await admin('POST', 'revoke-tokens', {});
		const r = await run(sales({ limit: 3 }), { credential: fresh });
		assert.equal(r.status, 'success', JSON.stringify(r.error));
		assert.equal((await counters()).tokenCreations - before, 2, 'exactly one more token after revocation');
		const r2 = await run(sales({ limit: 3 }), { credential: fresh });
		assert.equal(r2.status, 'success');
		assert.equal((await counters()).tokenCreations - before, 2, 'the new token is reused');
	});

	it('Return All fetches every sales row across pages, in order, without duplicates', async () => {
		// The previous test revoked every token: let this credential renew its own first.
		assert.equal((await run(sales({ limit: 1 }))).status, 'success');
		await admin('POST', 'reset');
		const r = await run(sales({ returnAll: true }));
		assert.equal(r.status, 'success', JSON.stringify(r.error));
		const rows = r.output('Node');
		assert.equal(rows.length, 3000, 'all seeded 2025 History rows');
		const ids = rows.map((row) => row.id);
		assert.equal(new Set(ids).size, ids.length, 'no duplicates');
		for (let i = 1; i < ids.length; i++) assert.ok(ids[i] > ids[i - 1], 'ascending id order');
		assert.ok(rows.every((row) => row.sale_type_name === 'History'));
		const pages = (await requests()).filter((q) => q.path === '/demo/api/v1/sales');
		assert.equal(pages.length, 3, `three pages of at most 1000: ${JSON.stringify(pages.map((q) => [q.query, q.headers.authorization?.slice(0, 12)]))}`);
		assert.equal(pages[0].query.current_index, undefined, 'first call has no current_index');
		assert.equal(String(pages[1].query.current_index), String(ids[999]), 'cursor is the opaque next_index');
	});

	it('Limit stops early without fetching further pages', async () => {
		await admin('POST', 'reset');
		const r = await run(sales({ returnAll: false, limit: 50 }));
		assert.equal(r.status, 'success');
		assert.equal(r.output('Node').length, 50);
		const pages = (await requests()).filter((q) => q.path === '/demo/api/v1/sales');
		assert.equal(pages.length, 1);
		assert.equal(String(pages[0].query.pagination_count), '50');
	});

	it('supply plans: Get Many pages through all Make Plan rows; Duration needs Last Updated', async () => {
		const r = await run({ resource: 'supplyPlan', operation: 'getAll', supplyTypeName: 'Make Plan', returnAll: true });
		assert.equal(r.status, 'success', JSON.stringify(r.error));
		const rows = r.output('Node');
		assert.ok(rows.length > 1000, `more than one page (${rows.length})`);
		assert.equal(new Set(rows.map((x) => x.id)).size, rows.length);
		assert.ok(rows.every((x) => x.supply_type_name === 'Make Plan'));

		await admin('POST', 'reset');
		const bad = await run({ resource: 'supplyPlan', operation: 'getAll', supplyTypeName: 'Make Plan', filters: { duration: 3 } });
		assert.equal(bad.status, 'error');
		assert.match(bad.error.message, /"Duration \(Days\)" filter needs "Last Updated" \(item 0\)/);
		assert.equal((await requests()).length, 0, 'nothing sent');
	});

	const inventoryRecords = async (count) => {
		const master = await admin('GET', 'master-data?tenant=demo');
		const records = [];
		for (let i = 0; records.length < count; i++) {
			records.push({
				item_name: master.items[i % master.items.length],
				bin_name: master.bins[Math.floor(i / master.items.length) % master.bins.length].name,
				lot_name: master.lots[Math.floor(i / (master.items.length * master.bins.length)) % master.lots.length],
				date_filled: '2025-03-01',
				quantity: (i % 90) + 1,
				uom: '9LE',
			});
		}
		return records;
	};
	const importParams = { resource: 'inventory', operation: 'import', recordsSource: 'fields' };

	it('imports 2,500 inventory records in 3 requests of at most 1000', async () => {
		const records = await inventoryRecords(2500);
		await admin('POST', 'reset');
		const r = await run(importParams, { inputItems: records });
		assert.equal(r.status, 'success', JSON.stringify(r.error));
		const out = r.output('Node');
		assert.deepEqual(
			out.map((o) => [o.chunk, o.firstRecord, o.lastRecord, o.status]),
			[
				[1, 1, 1000, 'accepted'],
				[2, 1001, 2000, 'accepted'],
				[3, 2001, 2500, 'accepted'],
			],
		);
		const sent = (await requests()).filter((q) => q.path === '/demo/api/v1/inventory/import/process');
		assert.deepEqual(sent.map((q) => q.body.payload.length), [1000, 1000, 500]);
		assert.equal(sent[1].body.payload[0].item_name, records[1000].item_name);
		assert.equal((await counters()).inventoryRecordsReceived, 2500);
	});

	it('a failing second chunk is reported with its records and nothing is sent twice', async () => {
		const records = await inventoryRecords(2500);
		await admin('POST', 'reset');
		await admin('POST', 'faults', { match: '/inventory/import/process', skip: 1, count: 1, status: 500, body: { message: 'Server Error' } });
		const r = await run(importParams, { inputItems: records, continueOnFail: true });
		assert.equal(r.status, 'success', JSON.stringify(r.error));
		const out = r.output('Node');
		assert.deepEqual(out.map((o) => o.status), ['accepted', 'failed', 'accepted']);
		assert.equal(out[1].firstRecord, 1001);
		assert.equal(out[1].lastRecord, 2000);
		assert.equal(out[1].error, 'Server Error');
		assert.equal(out[1].records.length, 1000);
		assert.deepEqual(out[1].records[0], records[1000]);
		assert.match(out[1].description, /records 1-1000 were imported/);
		const sent = (await requests()).filter((q) => q.path === '/demo/api/v1/inventory/import/process');
		assert.equal(sent.length, 3, 'each chunk sent exactly once');

		// Without Continue On Fail the node stops at the failed chunk and says what was written.
		await admin('POST', 'reset');
		await admin('POST', 'faults', { match: '/inventory/import/process', skip: 1, count: 1, status: 500, body: { message: 'Server Error' } });
		const stopped = await run(importParams, { inputItems: records });
		assert.equal(stopped.status, 'error');
		assert.equal(stopped.error.message, 'Server Error');
		assert.match(stopped.error.description, /Chunk 2 of 3 \(records 1001-2000\) failed; records 1-1000 were imported and are not re-sent; records 2001-2500 were not sent/);
		assert.equal((await requests()).filter((q) => q.path === '/demo/api/v1/inventory/import/process').length, 2);
	});

	it("Claret's validation errors reach the user with Claret's own message", async () => {
		const r = await run({ ...importParams, recordsSource: 'json', recordsJson: JSON.stringify([{ item_name: 'no-such-item', quantity: 3 }]) });
		assert.equal(r.status, 'error');
		assert.match(r.error.message, /The selected payload\.0\.item name is invalid|field is required/);
		assert.equal(r.error.httpCode, '422');
	});

	it('deletes inventory by rows and by filters', async () => {
		const inventory = await admin('GET', 'inventory?tenant=demo');
		const list = inventory.inventory ?? inventory.records ?? inventory;
		assert.ok(Array.isArray(list) && list.length > 2, 'seeded inventory');
		const target = list[0];
		const byRows = await run({
			resource: 'inventory',
			operation: 'delete',
			deleteBy: 'rows',
			rows: { row: [{ item: target.item_name ?? target.item, bin: target.bin_name ?? target.bin, lot: target.lot_name ?? target.lot }] },
		});
		assert.equal(byRows.status, 'success', JSON.stringify(byRows.error));
		assert.ok(byRows.output('Node')[0].deleted_count >= 1);
		assert.equal(byRows.output('Node')[0].mode, 'rows');

		const byFilters = await run({ resource: 'inventory', operation: 'delete', deleteBy: 'filters', deleteFilters: { lots: 'L2021-A, L2022-B' } });
		assert.equal(byFilters.status, 'success', JSON.stringify(byFilters.error));
		assert.equal(byFilters.output('Node')[0].mode, 'filters');
		const sent = (await requests()).filter((q) => q.path === '/demo/api/v1/inventory/batch-delete').pop();
		assert.deepEqual(sent.body, { lots: ['L2021-A', 'L2022-B'] });

		await admin('POST', 'reset');
		const empty = await run({ resource: 'inventory', operation: 'delete', deleteBy: 'filters', deleteFilters: {} });
		assert.equal(empty.status, 'error');
		assert.match(empty.error.message, /"Filters" parameter is empty: .*\(item 0\)/);
		assert.equal((await requests()).length, 0);
	});

	it('Import Job Get waits until the job completes, or fails after the time limit', async () => {
		await admin('POST', 'job-timing', { queuedSeconds: 0.5, stepSeconds: 0.2 });
		const job = await admin('POST', 'create-import-job', { tenant: 'demo' });
		const id = job.job_log_id ?? job.id;
		const r = await run({ resource: 'importJob', operation: 'get', jobLogId: String(id), waitForCompletion: true, timeout: 30, pollInterval: 1 });
		assert.equal(r.status, 'success', JSON.stringify(r.error));
		assert.equal(r.output('Node')[0].content.status, 'completed');

		await admin('POST', 'job-timing', { queuedSeconds: 600, stepSeconds: 60 });
		const slow = await admin('POST', 'create-import-job', { tenant: 'demo' });
		const timedOut = await run({ resource: 'importJob', operation: 'get', jobLogId: String(slow.job_log_id ?? slow.id), waitForCompletion: true, timeout: 2, pollInterval: 1 });
		assert.equal(timedOut.status, 'error');
		assert.match(timedOut.error.message, /did not finish within 2 seconds \(last status: "queued"\)/);
	});

	it('API Request calls any endpoint, paginates next_index, returns the full response on request', async () => {
		await admin('POST', 'reset');
		const r = await run({
			resource: 'apiRequest',
			operation: 'request',
			method: 'GET',
			path: '/sales',
			queryParameters: { parameter: [
				{ name: 'sale_type_name', value: 'Forecast' },
				{ name: 'start_date', value: '2025-01-01' },
				{ name: 'duration', value: '730' },
				{ name: 'pagination_count', value: '200' },
			] },
			requestOptions: { paginate: true },
		});
		assert.equal(r.status, 'success', JSON.stringify(r.error));
		assert.equal(r.output('Node').length, 480);
		assert.equal((await requests()).filter((q) => q.path === '/demo/api/v1/sales').length, 3);

		const full = await run({
			resource: 'apiRequest',
			operation: 'request',
			method: 'GET',
			path: 'supply-plan/get/process',
			queryParameters: { parameter: [{ name: 'supply_type_name', value: 'Transfer Plan' }] },
			requestOptions: { fullResponse: true },
		});
		assert.equal(full.status, 'success', JSON.stringify(full.error));
		assert.equal(full.output('Node')[0].statusCode, 200);
		assert.ok(Array.isArray(full.output('Node')[0].body.supply_plans));
	});

	it('refuses escaping paths, bad JSON and bad tenants before any request; continueOnFail gives per-item errors', async () => {
		await admin('POST', 'reset');
		const base = { resource: 'apiRequest', operation: 'request', method: 'GET' };
		for (const path of ['https://evil.example/api', '//evil.example/x', '../../acme/api/v1/sales', '/sales/%2e%2e/%2e%2e/x', '\\\\evil']) {
			const r = await run({ ...base, path });
			assert.equal(r.status, 'error', path);
			assert.match(r.error.message, /"Path" parameter/, path);
		}
		const badJson = await run({ ...base, method: 'POST', path: '/sales', sendBody: true, jsonBody: '{"arguments": ' });
		assert.equal(badJson.status, 'error');
		assert.match(badJson.error.message, /"Body \(JSON\)" parameter is not valid JSON \(item 0\)/);

		const badTenantCred = await n8n.createCredential('claretApi', { ...goodData, tenant: 'demo?x=1' }, 'bad tenant');
		const badTenant = await run(sales({ limit: 1 }), { credential: badTenantCred });
		assert.equal(badTenant.status, 'error');
		assert.match(badTenant.error.message, /Tenant.*not valid/);
		assert.equal((await requests()).length, 0, 'no request reached Claret');

		const perItem = await run(
			{ ...base, path: '={{ $json.path }}', queryParameters: { parameter: [{ name: 'supply_type_name', value: 'Transfer Plan' }] } },
			{ inputItems: [{ path: '/supply-plan/get/process' }, { path: 'https://evil.example/' }, { path: '/supply-plan/get/process' }], continueOnFail: true },
		);
		assert.equal(perItem.status, 'success', JSON.stringify(perItem.error));
		const out = perItem.output('Node');
		assert.equal(out.length, 3);
		assert.ok(out[0].supply_plans && out[2].supply_plans);
		assert.match(out[1].error, /"Path" parameter must be a path on the API, not a full URL \(item 1\)/);
	});

	it('an HTML page where JSON was expected fails with a clear message', async () => {
		await admin('POST', 'faults', { match: '/sales', status: 200, contentType: 'text/html', body: '<!DOCTYPE html><html><body>Login</body></html>' });
		const r = await run(sales({ limit: 5 }));
		assert.equal(r.status, 'error');
		assert.match(r.error.message, /HTML page instead of JSON/);
		assert.match(r.error.description, /Base URL|Tenant/);
	});

	it("works in n8n's HTTP Request node as a predefined credential type", async () => {
		const result = await n8n.runNode({
			type: 'n8n-nodes-base.httpRequest',
			typeVersion: 4.2,
			parameters: {
				url: `${url}/demo/api/v1/sales?sale_type_name=History&start_date=2025-01-01&duration=10&pagination_count=5`,
				authentication: 'predefinedCredentialType',
				nodeCredentialType: 'claretApi',
				options: {},
			},
			credentials: { claretApi: { id: cred.id, name: cred.name } },
		});
		raws.push(result.raw);
		assert.equal(result.status, 'success', JSON.stringify(result.error));
		assert.equal(result.output('Node')[0].sales.length, 5);
	});

	it('no output or error contains the password or a token', async () => {
		const tokens = new Set(
			(await requests())
				.map((q) => q.headers.authorization)
				.filter(Boolean)
				.map((h) => h.replace(/^Bearer /, '')),
		);
		// The recorded requests are reset between tests; collect tokens from the credentials' use too.
		const everything = raws.join('\n');
		assert.ok(everything.length > 1000);
		assert.ok(!everything.includes(PASSWORD), 'password not in any execution');
		for (const token of tokens) {
			assert.ok(!everything.includes(token), 'token not in any execution');
			assert.ok(!everything.includes(token.split('|')[1]), 'token secret not in any execution');
		}
		assert.ok(!n8n.log.includes(PASSWORD), 'password not in n8n logs');
		for (const token of tokens) assert.ok(!n8n.log.includes(token.split('|')[1]), 'token not in n8n logs');
	});
});
