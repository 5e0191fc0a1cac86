'use strict';
// Tests for the Claret simulator (sandbox/claret.js); behaviour described in sandbox/docs/claret.md.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { start } = require('../../sandbox/server');

let sandbox;
let base; // http://127.0.0.1:<port>
const XHR = { 'X-Requested-With': 'XMLHttpRequest' };
const EMAIL = 'planner@example.com';
const PASSWORD = 'correct-horse-battery';

const api = (tenant, path) => `${base}/${tenant}/api/v1/${path}`;
const adminPost = (name, body = {}) =>
	fetch(`${base}/__admin/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json());
const adminGet = (name, qs = '') => fetch(`${base}/__admin/${name}${qs}`).then((r) => r.json());

async function login(tenant = 'demo') {
	const qs = new URLSearchParams({ email: EMAIL, password: PASSWORD });
	const res = await fetch(api(tenant, `tokens/create?${qs}`), { method: 'POST', headers: XHR });
	assert.equal(res.status, 200);
	return (await res.json()).token;
}
const auth = (token, extra = {}) => ({ ...XHR, Authorization: `Bearer ${token}`, ...extra });
async function getJson(url, token) {
	const res = await fetch(url, { headers: auth(token) });
	return { status: res.status, body: await res.json() };
}
async function postJson(url, token, body) {
	const res = await fetch(url, { method: 'POST', headers: auth(token, { 'Content-Type': 'application/json' }), body: JSON.stringify(body) });
	return { status: res.status, body: await res.json() };
}
const record = (over = {}) => ({ item_name: '101', bin_name: 'BR-01', lot_name: 'L2024-A', date_filled: '2026-02-14', quantity: 12, uom: 'CS', ...over });
const importBody = (payload, args = {}) => ({ source: 'api', payload,
	arguments: { allow_record_creation: true, allow_record_update: true, should_continue_on_error: false, ...args } });

before(async () => {
	sandbox = await start({ port: 0, seed: 42, vendors: ['claret'] });
	base = sandbox.urls.claret;
});
after(() => sandbox.close());

test('tokens/create issues Sanctum tokens "<id>|<40 chars>" and counts them', async () => {
	const before = (await adminGet('counters')).tokenCreations || 0;
	const token = await login();
	assert.match(token, /^\d+\|[A-Za-z0-9]{40}$/);
	const second = await login();
	assert.equal(Number(second.split('|')[0]), Number(token.split('|')[0]) + 1);
	assert.equal((await adminGet('counters')).tokenCreations, before + 2);
	const tokens = await adminGet('tokens');
	assert.ok(tokens.byTenant.demo >= 2);
	assert.ok(!JSON.stringify(tokens).includes(token.split('|')[1]), 'admin never shows secrets');
});

test('wrong password gives 401 JSON, missing parameters give 422', async () => {
	let res = await fetch(api('demo', `tokens/create?email=${EMAIL}&password=wrong`), { method: 'POST', headers: XHR });
	assert.equal(res.status, 401);
	assert.deepEqual(await res.json(), { message: 'These credentials do not match our records.' });
	res = await fetch(api('demo', 'tokens/create'), { method: 'POST', headers: XHR });
	assert.equal(res.status, 422);
	const body = await res.json();
	assert.equal(body.message, 'The email field is required. (and 1 more error)');
	assert.deepEqual(Object.keys(body.errors), ['email', 'password']);
});

test('unknown tenant is a 404 (JSON when the client expects JSON, HTML otherwise)', async () => {
	let res = await fetch(api('nosuchtenant', `tokens/create?email=${EMAIL}&password=${PASSWORD}`), { method: 'POST', headers: XHR });
	assert.equal(res.status, 404);
	assert.deepEqual(await res.json(), { message: 'Not Found' });
	res = await fetch(api('nosuchtenant', 'sales'));
	assert.equal(res.status, 404);
	assert.match(res.headers.get('content-type'), /text\/html/);
});

test('unauthenticated: 302 to the login page without X-Requested-With, 401 JSON with it', async () => {
	const url = api('demo', 'sales?sale_type_name=History&start_date=2025-01-01&duration=30');
	let res = await fetch(url, { redirect: 'manual' });
	assert.equal(res.status, 302);
	assert.equal(res.headers.get('location'), `${base}/demo/login`);
	res = await fetch(`${base}/demo/login`);
	assert.equal(res.status, 200);
	assert.match(res.headers.get('content-type'), /text\/html/);
	res = await fetch(url, { headers: XHR });
	assert.equal(res.status, 401);
	assert.deepEqual(await res.json(), { message: 'Unauthenticated.' });
	res = await fetch(url, { headers: { Accept: 'application/json', Authorization: 'Bearer 1|not-the-secret' } });
	assert.equal(res.status, 401, 'Accept: application/json alone also gets JSON');
	// An authenticated call needs no X-Requested-With.
	const token = await login();
	res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
	assert.equal(res.status, 200);
});

test('tokens are per tenant', async () => {
	const demoToken = await login('demo');
	const { status } = await getJson(api('acme', 'sales?sale_type_name=History&start_date=2025-01-01&duration=30'), demoToken);
	assert.equal(status, 401);
	const acmeToken = await login('acme');
	assert.equal((await getJson(api('acme', 'sales?sale_type_name=History&start_date=2025-01-01&duration=30'), acmeToken)).status, 200);
});

test('GET /sales validates like Laravel (422)', async () => {
	const token = await login();
	let { status, body } = await getJson(api('demo', 'sales'), token);
	assert.equal(status, 422);
	assert.equal(body.message, 'The sale type name field is required. (and 2 more errors)');
	assert.deepEqual(body.errors.start_date, ['The start date field is required.']);
	({ status, body } = await getJson(api('demo', 'sales?sale_type_name=Nope&start_date=2025-02-30&duration=x'), token));
	assert.equal(status, 422);
	assert.deepEqual(body.errors, { sale_type_name: ['The selected sale type name is invalid.'],
		start_date: ['The start date field must match the format Y-m-d.'], duration: ['The duration field must be an integer.'] });
	({ status, body } = await getJson(api('demo', 'sales?sale_type_name=History&start_date=2025-01-01&duration=5&pagination_count=1001'), token));
	assert.equal(status, 422);
	assert.deepEqual(body.errors.pagination_count, ['The pagination count field must not be greater than 1000.']);
});

test('GET /sales paginates with an opaque cursor: every row once, in id order', async () => {
	const token = await login();
	const q = 'sale_type_name=History&start_date=2025-01-01&duration=364';
	const ids = [];
	let cursor = null;
	let pages = 0;
	let total;
	do {
		const { status, body } = await getJson(api('demo', `sales?${q}${cursor === null ? '' : `&current_index=${cursor}`}`), token);
		assert.equal(status, 200);
		total = body.total;
		assert.equal(body.previous_data_count, ids.length);
		assert.equal(body.from, ids.length + 1);
		assert.equal(body.success_count, body.sales.length);
		assert.ok(body.sales.length <= 1000 && body.per_page === 1000);
		assert.equal(body.data_count_remaining, total - ids.length - body.sales.length);
		for (const row of body.sales) {
			assert.deepEqual(Object.keys(row), ['id', 'sell_date', 'quantity', 'created_at', 'updated_at', 'item_name',
				'customer_group_name', 'timing_interval_span', 'sale_type_name', 'uom_abbr']);
			assert.equal(row.sale_type_name, 'History');
			assert.ok(row.sell_date >= '2025-01-01' && row.sell_date <= '2025-12-31');
		}
		ids.push(...body.sales.map((r) => r.id));
		if (body.next_index !== null) assert.ok(body.next_index > 1000, 'next_index is not a page number');
		cursor = body.next_index;
		pages++;
	} while (cursor !== null && pages < 20);
	assert.ok(total >= 2500);
	assert.equal(ids.length, total);
	assert.equal(new Set(ids).size, ids.length, 'no duplicates');
	assert.deepEqual([...ids].sort((a, b) => a - b), ids, 'ascending id order');
	assert.equal(pages, Math.ceil(total / 1000));
	// A page number is not a valid cursor.
	const bad = await getJson(api('demo', `sales?${q}&current_index=2`), token);
	assert.equal(bad.status, 422);
	assert.deepEqual(bad.body.errors.current_index, ['The selected current index is invalid.']);
	// Smaller pages and flattened hierarchy
	const small = await getJson(api('demo', `sales?${q}&pagination_count=7&include_flattened_hierarchy=1`), token);
	assert.equal(small.body.sales.length, 7);
	assert.equal(small.body.next_index, small.body.sales[6].id);
	assert.ok(small.body.sales[0].item_hierarchy_level_1);
	const forecast = await getJson(api('demo', 'sales?sale_type_name=Forecast&start_date=2025-07-01&duration=400'), token);
	assert.ok(forecast.body.total > 0 && forecast.body.sales.every((r) => r.sale_type_name === 'Forecast'));
});

test('GET /supply-plan/get/process: validation, string quantities, pagination', async () => {
	const token = await login();
	let { status, body } = await getJson(api('demo', 'supply-plan/get/process'), token);
	assert.equal(status, 422);
	assert.deepEqual(body.errors, { supply_type_name: ['The supply type name field is required.'] });
	({ status, body } = await getJson(api('demo', 'supply-plan/get/process?supply_type_name=Make%20Plan&duration=10'), token));
	assert.equal(status, 422);
	assert.ok(body.errors.last_updated);
	const seen = new Set();
	let cursor = null;
	let total;
	do {
		({ status, body } = await getJson(api('demo', `supply-plan/get/process?supply_type_name=Make%20Plan${cursor ? `&current_index=${cursor}` : ''}`), token));
		assert.equal(status, 200);
		total = body.total;
		for (const p of body.supply_plans) {
			assert.match(p.quantity, /^\d+\.\d{4}$/);
			assert.equal(p.supply_type_name, 'Make Plan');
			seen.add(p.id);
		}
		cursor = body.next_index;
	} while (cursor !== null);
	assert.ok(total > 1000, 'Make Plan needs more than one page');
	assert.equal(seen.size, total);
	({ status, body } = await getJson(api('demo', 'supply-plan/get/process?supply_type_name=Make%20Plan&last_updated=2025-06-01&duration=30'), token));
	assert.equal(status, 200);
	assert.ok(body.total < total && body.supply_plans.every((p) => p.updated_at >= '2025-06-01' && p.updated_at < '2025-07-01'));
});

test('inventory import: limits, validation and per-record failures', async () => {
	const token = await login();
	const url = api('demo', 'inventory/import/process');
	const tooMany = Array.from({ length: 1001 }, (_, i) => record({ quantity: i + 1 }));
	let { status, body } = await postJson(url, token, importBody(tooMany));
	assert.equal(status, 422);
	assert.deepEqual(body.errors.payload, ['The payload field must not have more than 1000 items.']);

	const before = await adminGet('counters');
	({ status, body } = await postJson(url, token, importBody([record({ lot_name: 'L2024-B' }), record({ lot_name: 'L2024-C', quantity: 'lots' })])));
	assert.equal(status, 422, 'should_continue_on_error=false rejects the whole request');
	assert.deepEqual(body.errors, { 'payload.1.quantity': ['The payload.1.quantity field must be a number.'] });
	assert.equal((await adminGet('inventory', '?tenant=demo')).records.filter((r) => r.lot_name === 'L2024-B' && r.date_filled === '2026-02-14').length, 0);

	({ status, body } = await postJson(url, token, importBody([record({ lot_name: 'L2024-B' }), record({ lot_name: 'L2024-C', quantity: 'lots' }),
		record({ item_name: 'NOPE' })], { should_continue_on_error: true })));
	assert.equal(status, 200);
	assert.equal(body.success_count, 1);
	assert.equal(body.failed_count, 2);
	assert.deepEqual(body.errors.map((e) => e.index), [1, 2]);
	assert.deepEqual(body.errors[1].errors, { 'payload.2.item_name': ['The selected payload.2.item name is invalid.'] });
	const after = await adminGet('counters');
	assert.equal(after.inventoryImports, (before.inventoryImports || 0) + 1);
	assert.equal(after.inventoryRecordsReceived, (before.inventoryRecordsReceived || 0) + 3);

	// update vs create switches
	({ status, body } = await postJson(url, token, importBody([record({ lot_name: 'L2024-B', quantity: 99 })], { allow_record_update: false })));
	assert.equal(status, 422);
	({ status, body } = await postJson(url, token, importBody([record({ lot_name: 'L2024-B', quantity: 99 })])));
	assert.equal(body.updated_count, 1);
	const stored = (await adminGet('inventory', '?tenant=demo')).records.find((r) => r.lot_name === 'L2024-B' && r.item_name === '101' && r.date_filled === '2026-02-14');
	assert.equal(stored.quantity, 99);
	assert.equal(stored.location, 'Main Winery');
});

test('inventory batch-delete by rows and by filters; neither is a 422', async () => {
	const token = await login();
	const imp = await postJson(api('demo', 'inventory/import/process'), token, importBody([
		record({ item_name: '110', lot_name: 'L2023-A', bin_name: 'CG-05' }), record({ item_name: '110', lot_name: 'L2023-B', bin_name: 'CG-05' }),
		record({ item_name: '111', lot_name: 'L2023-A', bin_name: 'CG-06', date_filled: '2026-03-01' })]));
	assert.equal(imp.status, 200);
	const url = api('demo', 'inventory/batch-delete');
	let { status, body } = await postJson(url, token, {});
	assert.equal(status, 422);
	assert.ok(body.errors.rows);
	({ status, body } = await postJson(url, token, { rows: [{ lot: 'L2023-A' }] }));
	assert.equal(status, 422);
	assert.deepEqual(body.errors, { 'rows.0.item': ['The rows.0.item field is required.'] });
	// rows win over filters
	({ status, body } = await postJson(url, token, { rows: [{ item: '110', bin: 'CG-05', lot: 'L2023-A' }], items: ['111'] }));
	assert.equal(status, 200);
	assert.equal(body.deleted_count, 1);
	let left = (await adminGet('inventory', '?tenant=demo')).records;
	assert.ok(left.some((r) => r.item_name === '110' && r.lot_name === 'L2023-B'));
	assert.ok(left.some((r) => r.item_name === '111' && r.lot_name === 'L2023-A'));
	({ status, body } = await postJson(url, token, { items: ['111'], bins: ['CG-06'], date_filled_from: '2026-03-01', date_filled_to: '2026-03-01' }));
	assert.equal(status, 200);
	assert.equal(body.deleted_count, 1);
	left = (await adminGet('inventory', '?tenant=demo')).records;
	assert.ok(!left.some((r) => r.item_name === '111' && r.bin_name === 'CG-06'));
});

test('CSV upload returns 202 with a job whose status follows the vendor clock', async (t) => {
	// The job's state is a function of vendor time since its creation: frozen, "queued" right after
	// the upload no longer depends on how fast this machine answers.
	await adminPost('clock', { freeze: true });
	t.after(() => adminPost('clock', { freeze: false }));
	const token = await login();
	const form = new FormData();
	form.append('file', new Blob(['item_name,bin_name,lot_name,date_filled,quantity,uom\n120,TF-02,L2022-C,2025-03-03,40,9LE\n'], { type: 'text/csv' }), 'stock.csv');
	let res = await fetch(api('demo', 'inventory/import/process'), { method: 'POST', headers: auth(token), body: form });
	assert.equal(res.status, 202);
	const { job_log_id: id } = await res.json();
	assert.ok(Number.isInteger(id));
	const status = async () => (await getJson(api('demo', `imports/status/${id}`), token)).body.content;
	let content = await status();
	assert.equal(content.status, 'queued');
	assert.equal(content.timestamps.started_at, null);
	await adminPost('clock', { advanceSeconds: 2 });
	content = await status();
	assert.equal(content.status, 'processing');
	assert.ok(content.progress.completed_steps > 0 && content.progress.current_step);
	await adminPost('clock', { advanceSeconds: 10 });
	content = await status();
	assert.equal(content.status, 'completed');
	assert.equal(content.progress.completed_steps, content.progress.total_steps);
	assert.ok(content.timestamps.completed_at && content.files.output.length === 1);
	const inv = (await adminGet('inventory', '?tenant=demo')).records;
	assert.ok(inv.some((r) => r.item_name === '120' && r.bin_name === 'TF-02' && r.lot_name === 'L2022-C' && r.quantity === 40));

	// admin-created job that fails; unknown job; job of another tenant
	const failing = await adminPost('create-import-job', { tenant: 'demo', fail: true });
	assert.equal(failing.status, 'queued');
	await adminPost('clock', { advanceSeconds: 30 });
	assert.equal((await getJson(api('demo', `imports/status/${failing.job_log_id}`), token)).body.content.status, 'failed');
	assert.equal((await getJson(api('demo', 'imports/status/999999'), token)).status, 404);
	assert.equal((await getJson(api('acme', `imports/status/${id}`), await login('acme'))).status, 404);
	res = await fetch(api('demo', 'inventory/import/process'), { method: 'POST', headers: auth(token), body: new FormData() });
	assert.equal(res.status, 422);
});

test('revoke-tokens makes every token fail with 401', async () => {
	const token = await login();
	const url = api('demo', 'sales?sale_type_name=History&start_date=2025-01-01&duration=1');
	assert.equal((await getJson(url, token)).status, 200);
	const { revoked } = await adminPost('revoke-tokens');
	assert.ok(revoked >= 1);
	assert.equal((await adminGet('tokens')).active, 0);
	assert.equal((await getJson(url, token)).status, 401);
	assert.equal((await getJson(url, await login())).status, 200, 'a new token works');
});

test('admin supply-plans and sales: inserted and touched rows carry the vendor clock, identical within a call', async () => {
	const token = await login();
	const one = await adminPost('supply-plans', { tenant: 'demo', insert: [{ supply_type_name: 'Make Plan' }, { supply_type_name: 'make plan' }] });
	assert.equal(one.inserted.length, 2);
	const [a, b] = one.inserted;
	assert.equal(a.updated_at, b.updated_at, 'same call, same updated_at');
	assert.equal(a.created_at, a.updated_at);
	assert.match(a.updated_at, /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
	assert.ok(b.id > a.id);
	await adminPost('clock', { advanceSeconds: 5 });
	const two = await adminPost('supply-plans', { tenant: 'demo', touch: [a.id] });
	assert.ok(two.touched[0].updated_at > a.updated_at);
	const day = a.updated_at.slice(0, 10);
	const listed = await getJson(api('demo', `supply-plan/get/process?supply_type_name=Make%20Plan&last_updated=${day}`), token);
	assert.deepEqual(listed.body.supply_plans.filter((p) => p.id === a.id || p.id === b.id).map((p) => p.id), [a.id, b.id]);
	assert.equal((await adminPost('supply-plans', { tenant: 'demo', insert: [{ supply_type_name: 'Nope' }] })).error, 'unknown supply type Nope');

	const sale = await adminPost('sales', { tenant: 'demo', insert: [{ sale_type_name: 'Forecast', sell_date: '2026-06-01' }] });
	assert.match(sale.inserted[0].updated_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000000Z$/);
	const window = await getJson(api('demo', 'sales?sale_type_name=Forecast&start_date=2026-06-01&duration=0'), token);
	assert.ok(window.body.sales.some((s) => s.id === sale.inserted[0].id));
	await adminPost('clock', { advanceSeconds: 5 });
	const touched = await adminPost('sales', { tenant: 'demo', touch: [sale.inserted[0].id] });
	assert.ok(touched.touched[0].updated_at > sale.inserted[0].updated_at);
	assert.equal(touched.touched[0].created_at, sale.inserted[0].created_at);
});
