'use strict';
// ItemPath simulator: auth (login, refresh, application tokens, Flask-JWT-Extended errors),
// list queries (filters, paging, countOnly), CRUD and HTTPS.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const https = require('node:https');
const jwt = require('jsonwebtoken');

let sandbox;
let base;

before(async () => {
	sandbox = await require('../../sandbox/server').start({ port: 0, seed: 42, vendors: ['itempath'] });
	base = sandbox.urls.itempath;
});
after(() => sandbox?.close());

async function call(path, { method = 'GET', token, body, url = base } = {}) {
	const headers = { 'content-type': 'application/json' };
	if (token) headers.authorization = `Bearer ${token}`;
	const res = await fetch(url + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
	const text = await res.text();
	let json;
	try {
		json = JSON.parse(text);
	} catch {
		json = text;
	}
	return { status: res.status, body: json };
}
const admin = (name, body) => call(`/__admin/${name}`, { method: body === undefined ? 'GET' : 'POST', body });
const advance = (seconds) => admin('clock', { advanceSeconds: seconds });
async function login(username = 'operator', password = `${username}-pass`) {
	const res = await call('/api/users/login', { method: 'POST', body: { username, password } });
	assert.equal(res.status, 200, JSON.stringify(res.body));
	return res.body;
}
const list = async (path, token) => {
	const res = await call(path, { token });
	assert.equal(res.status, 200, JSON.stringify(res.body));
	return res.body;
};

test('login returns signed access and refresh tokens with Flask-JWT-Extended claims', async () => {
	await admin('reset', {});
	const body = await login();
	assert.equal(body.login, true);
	assert.equal(body.username, 'operator');
	assert.equal(body.id, 1);
	assert.equal(body.isAdmin, 'False');
	assert.match(body.accessExpiryDate, /^\d\d\/\d\d\/\d{4}, \d\d:\d\d:\d\d$/);
	assert.match(body.refreshExpiryDate, /^\d\d\/\d\d\/\d{4}, \d\d:\d\d:\d\d$/);
	const access = jwt.decode(body.accessToken, { complete: true });
	assert.equal(access.header.alg, 'HS256');
	assert.deepEqual(Object.keys(access.payload).sort(), ['exp', 'fresh', 'iat', 'identity', 'jti', 'nbf', 'type']);
	assert.equal(access.payload.type, 'access');
	assert.equal(access.payload.identity, 'operator');
	assert.equal(access.payload.exp - access.payload.iat, 900);
	const refresh = jwt.decode(body.refreshToken);
	assert.equal(refresh.type, 'refresh');
	assert.equal(refresh.exp - refresh.iat, 30 * 86400);
	assert.equal((await admin('counters')).body.logins, 1);
});

test('bad credentials give 404, a missing token 401, garbage 422', async () => {
	const bad = await call('/api/users/login', { method: 'POST', body: { username: 'operator', password: 'nope' } });
	assert.equal(bad.status, 404);
	assert.deepEqual(bad.body, { msg: 'User not found or wrong password' });
	assert.deepEqual(await call('/api/materials'), { status: 401, body: { msg: 'Missing Authorization Header' } });
	assert.deepEqual(await call('/api/materials', { token: 'garbage' }), { status: 422, body: { msg: 'Not enough segments' } });
	const { accessToken } = await login();
	const tampered = accessToken.slice(0, -4) + (accessToken.endsWith('AAAA') ? 'BBBB' : 'AAAA');
	assert.deepEqual(await call('/api/materials', { token: tampered }), { status: 422, body: { msg: 'Signature verification failed' } });
	const foreign = jwt.sign({ type: 'access', identity: 'operator' }, 'someone-elses-secret');
	assert.equal((await call('/api/materials', { token: foreign })).status, 422);
});

test('access token expires after 15 minutes of vendor clock; refresh (GET and POST) renews it', async (t) => {
	// JWT iat/exp are whole seconds: with a ticking clock, 899 s after login can already be second
	// 900 of the token's life. The frozen vendor clock makes the boundary exact.
	await admin('clock', { freeze: true });
	t.after(() => admin('clock', { freeze: false }));
	const { accessToken, refreshToken } = await login();
	assert.equal((await call('/api/stations', { token: accessToken })).status, 200);
	await advance(899);
	assert.equal((await call('/api/stations', { token: accessToken })).status, 200);
	await advance(2);
	assert.deepEqual(await call('/api/stations', { token: accessToken }), { status: 401, body: { msg: 'Token has expired' } });

	const before = (await admin('counters')).body.refreshes || 0;
	for (const method of ['POST', 'GET']) {
		const renewed = await call('/api/users/refresh', { method, token: refreshToken });
		assert.equal(renewed.status, 200);
		assert.deepEqual(Object.keys(renewed.body).sort(), ['accessExpiryDate', 'accessToken']);
		assert.equal(jwt.decode(renewed.body.accessToken).type, 'access');
		assert.equal((await call('/api/stations', { token: renewed.body.accessToken })).status, 200);
	}
	assert.equal((await admin('counters')).body.refreshes, before + 2);
});

test('token types are enforced on refresh and resource calls', async () => {
	const { accessToken, refreshToken } = await login();
	assert.deepEqual(await call('/api/users/refresh', { method: 'POST', token: accessToken }), { status: 422, body: { msg: 'Only refresh tokens are allowed' } });
	assert.deepEqual(await call('/api/orders', { token: refreshToken }), { status: 422, body: { msg: 'Only non-refresh tokens are allowed' } });
});

test('refresh token expires after 30 days', async () => {
	const { refreshToken } = await login();
	await advance(30 * 86400 + 1);
	assert.deepEqual(await call('/api/users/refresh', { method: 'POST', token: refreshToken }), { status: 401, body: { msg: 'Token has expired' } });
});

test('application tokens: only for "application" users, never expire', async () => {
	const operator = await login('operator');
	const denied = await call('/api/users/application-token', { method: 'POST', token: operator.refreshToken });
	assert.equal(denied.status, 403);
	assert.equal(typeof denied.body.msg, 'string');

	const integration = await login('integration');
	const before = (await admin('counters')).body.applicationTokens || 0;
	const res = await call('/api/users/application-token', { method: 'POST', token: integration.refreshToken });
	assert.equal(res.status, 200);
	const claims = jwt.decode(res.body.token);
	assert.equal(claims.type, 'access');
	assert.equal(claims.exp, undefined);
	assert.equal((await admin('counters')).body.applicationTokens, before + 1);
	// An access token cannot create one.
	assert.equal((await call('/api/users/application-token', { method: 'POST', token: integration.accessToken })).status, 422);
	await advance(400 * 86400);
	assert.equal((await call('/api/warehouses', { token: res.body.token })).status, 200);
	assert.equal((await call('/api/warehouses', { token: integration.accessToken })).status, 401);
});

test('admin lifetimes and revoke-tokens', async () => {
	assert.deepEqual((await admin('lifetimes', { accessSeconds: 60 })).body, { accessSeconds: 60, refreshSeconds: 2592000 });
	const short = await login();
	assert.equal(jwt.decode(short.accessToken).exp - jwt.decode(short.accessToken).iat, 60);
	await admin('lifetimes', { reset: true });
	assert.deepEqual((await admin('lifetimes')).body, { accessSeconds: 900, refreshSeconds: 2592000 });

	const { accessToken } = await login();
	await admin('revoke-tokens', {});
	assert.deepEqual(await call('/api/orders', { token: accessToken }), { status: 401, body: { msg: 'Token has been revoked' } });
	assert.equal((await call('/api/orders?limit=1', { token: (await login()).accessToken })).status, 200);
});

test('materials page completely at limit=1000: three pages, the last short, then empty', async () => {
	const { accessToken } = await login();
	const { count } = await list('/api/materials?countOnly=true', accessToken);
	assert.ok(count >= 2600);
	const seen = [];
	const sizes = [];
	for (let page = 0; ; page++) {
		const body = await list(`/api/materials?limit=1000&page=${page}`, accessToken);
		assert.deepEqual(Object.keys(body), ['materials']);
		sizes.push(body.materials.length);
		seen.push(...body.materials.map((m) => m.id));
		if (body.materials.length < 1000) break;
	}
	assert.deepEqual(sizes, [1000, 1000, count - 2000]);
	assert.equal(new Set(seen).size, count);
	assert.deepEqual(seen, [...seen].sort((a, b) => a - b));
	assert.deepEqual((await list('/api/materials?limit=1000&page=3', accessToken)).materials, []);
	assert.equal((await list('/api/materials', accessToken)).materials.length, count);
	assert.equal((await list('/api/transactions?countOnly=true', accessToken)).count >= 2600, true);
	assert.equal((await call('/api/materials?limit=abc', { token: accessToken })).status, 400);
	const m = (await list('/api/materials?limit=1', accessToken)).materials[0];
	for (const f of ['id', 'name', 'description', 'Info1', 'Info2', 'Info3', 'Info4', 'Info5', 'unitOfMeasure', 'creationDate', 'modifiedDate']) assert.ok(f in m, f);
});

test('every resource lists keyed by its name and fetches by id', async () => {
	const { accessToken } = await login();
	for (const r of ['materials', 'orders', 'order_lines', 'transactions', 'locations', 'location_contents', 'stations', 'warehouses']) {
		const body = await list(`/api/${r}?limit=2`, accessToken);
		assert.deepEqual(Object.keys(body), [r]);
		assert.equal(body[r].length, 2);
		const one = await call(`/api/${r}/${body[r][1].id}`, { token: accessToken });
		assert.equal(one.status, 200);
		assert.deepEqual(one.body, body[r][1]);
	}
	const order = (await list('/api/orders?limit=1', accessToken)).orders[0];
	assert.ok(order.order_lines.length >= 1);
	assert.ok(order.order_lines.every((l) => l.orderId === order.id));
	assert.equal((await call('/api/orders/999999', { token: accessToken })).status, 404);
});

test('filter operators', async () => {
	const { accessToken } = await login();
	const names = async (q) => (await list(`/api/materials?${q}`, accessToken)).materials.map((m) => m.name);
	const count = async (path) => (await list(`${path}${path.includes('?') ? '&' : '?'}countOnly=true`, accessToken)).count;
	const total = await count('/api/materials');

	assert.deepEqual(await names('name=mat-00010'), ['MAT-00010']); // equality, case-insensitive
	assert.equal(await count('/api/materials?name=[not]MAT-00010'), total - 1);
	assert.deepEqual(await names('name=[or]MAT-00003;MAT-00007;nothing'), ['MAT-00003', 'MAT-00007']);
	assert.equal(await count('/api/materials?name=[nor]MAT-00003;MAT-00007'), total - 2);
	assert.deepEqual(await names('id=[lt]4'), ['MAT-00001', 'MAT-00002', 'MAT-00003']); // numeric, not text
	assert.equal(await count(`/api/materials?id=[gt]${total - 5}`), 5);
	assert.equal(await count('/api/materials?id=[gt]10&id=[lt]21'), 10); // repeated = AND
	assert.deepEqual(await names(`name=${encodeURIComponent('[like]mat-0001%')}`), ['MAT-00010', 'MAT-00011', 'MAT-00012', 'MAT-00013', 'MAT-00014', 'MAT-00015', 'MAT-00016', 'MAT-00017', 'MAT-00018', 'MAT-00019']);
	assert.deepEqual(await names(`name=${encodeURIComponent('[like]MAT-0000_')}`), ['MAT-00001', 'MAT-00002', 'MAT-00003', 'MAT-00004', 'MAT-00005', 'MAT-00006', 'MAT-00007', 'MAT-00008', 'MAT-00009']);
	assert.equal(await count(`/api/materials?name=${encodeURIComponent('[notlike]MAT-0000%')}`), total - 9);

	const bolts = (await list(`/api/materials?description=${encodeURIComponent('[like]%BOLT%')}`, accessToken)).materials;
	assert.ok(bolts.length > 0 && bolts.every((m) => /bolt/i.test(m.description)));

	// Numbers and direction words on orders.
	const orders = (await list('/api/orders', accessToken)).orders;
	assert.equal(await count('/api/orders?priority=[gt]2'), orders.filter((o) => o.priority > 2).length);
	assert.equal(await count('/api/orders?directionType=pick'), orders.filter((o) => o.directionType === 2).length);
	assert.equal(await count('/api/orders?status=[or]Ready;Processed'), orders.filter((o) => ['Ready', 'Processed'].includes(o.status)).length);
	// Null fields match no condition, like SQL.
	assert.equal(await count('/api/materials?Info3=[not]A'), (await list('/api/materials', accessToken)).materials.filter((m) => m.Info3 !== null && m.Info3 !== 'A').length);

	assert.equal((await call('/api/materials?colour=red', { token: accessToken })).status, 400);
});

test('date filters accept today and yesterday', async () => {
	const { accessToken } = await login();
	const count = async (q) => (await list(`/api/materials?countOnly=true&${q}`, accessToken)).count;
	const seeded = await count('creationDate=[lt]today');
	assert.equal(await count('creationDate=today'), 0);
	const made = await call('/api/materials', { method: 'POST', token: accessToken, body: { name: 'DATE-TEST', description: 'dated' } });
	assert.equal(made.status, 201);
	assert.equal(await count('creationDate=today'), 1);
	assert.equal(await count('creationDate=yesterday'), 0);
	assert.equal(await count('creationDate=[gt]yesterday'), 1);
	assert.equal(await count('creationDate=[lt]today'), seeded);
	assert.equal(await count(`creationDate=${made.body.creationDate.slice(0, 10)}`), 1);
	await call(`/api/materials/${made.body.id}`, { method: 'DELETE', token: accessToken });
});

test('orders: create, verify asynchronously, update, delete; 400 and 422 errors', async () => {
	const { accessToken: token } = await login();
	await admin('verify-delay', { seconds: 5 });
	const created = await call('/api/orders', {
		method: 'POST',
		token,
		body: { name: 'N8N-0001', directionType: 'pick', priority: 3, deadline: '2030-01-31T12:00:00', Info1: 'from n8n', warehouseName: 'Main Warehouse', order_lines: [{ materialName: 'MAT-00001', quantity: 4 }, { materialName: 'MAT-00002', quantity: '2' }] },
	});
	assert.equal(created.status, 201, JSON.stringify(created.body));
	const order = created.body;
	assert.equal(order.directionType, 2);
	assert.equal(order.priority, 3);
	assert.equal(order.status, 'Queued');
	assert.equal(order.order_lines.length, 2);
	assert.deepEqual(order.order_lines.map((l) => [l.materialName, l.quantity, l.orderId]), [['MAT-00001', 4, order.id], ['MAT-00002', 2, order.id]]);

	await advance(6);
	assert.equal((await call(`/api/orders/${order.id}`, { token })).body.status, 'Ready');

	const dup = await call('/api/orders', { method: 'POST', token, body: { name: 'N8N-0001', order_lines: [{ materialName: 'MAT-00001', quantity: 1 }] } });
	assert.deepEqual(dup, { status: 422, body: { errors: [{ name: { message: 'Order with name N8N-0001 already exists' } }] } });
	for (const body of [{ name: 'N8N-0002' }, { name: 'N8N-0002', order_lines: [] }, { order_lines: [{ materialName: 'MAT-00001', quantity: 1 }] }, { name: 'N8N-0002', priority: 9, order_lines: [{ materialName: 'MAT-00001', quantity: 1 }] }, { name: 'N8N-0002', order_lines: [{ materialName: 'MAT-00001' }] }]) {
		const res = await call('/api/orders', { method: 'POST', token, body });
		assert.equal(res.status, 400, JSON.stringify(body));
		assert.ok(Array.isArray(res.body.errors));
	}

	// An unknown material fails verification.
	const bad = await call('/api/orders', { method: 'POST', token, body: { name: 'N8N-0003', directionType: 1, order_lines: [{ materialName: 'NO-SUCH', quantity: 1 }] } });
	assert.equal(bad.status, 201);
	await advance(6);
	assert.equal((await call(`/api/orders/${bad.body.id}`, { token })).body.status, 'Error');

	const updated = await call(`/api/orders/${order.id}`, { method: 'POST', token, body: { priority: 4, Info2: 'urgent' } });
	assert.equal(updated.status, 200);
	assert.equal(updated.body.priority, 4);
	assert.equal(updated.body.Info1, 'from n8n'); // merged, not replaced
	assert.equal(updated.body.Info2, 'urgent');
	assert.equal((await call(`/api/orders/${order.id}`, { method: 'POST', token, body: { name: 'N8N-0003' } })).status, 422);

	const line = await call('/api/order_lines', { method: 'POST', token, body: { orderId: order.id, materialName: 'MAT-00003', quantity: 7 } });
	assert.equal(line.status, 201);
	assert.equal((await call(`/api/orders/${order.id}`, { token })).body.order_lines.length, 3);
	assert.equal((await call(`/api/order_lines/${line.body.id}`, { method: 'POST', token, body: { quantity: 8 } })).body.quantity, 8);
	assert.equal((await call('/api/order_lines', { method: 'POST', token, body: { materialName: 'MAT-00003', quantity: 7 } })).status, 400);

	const deleted = await call(`/api/orders/${order.id}`, { method: 'DELETE', token });
	assert.equal(deleted.status, 200);
	assert.equal(deleted.body.id, order.id);
	assert.equal((await call(`/api/orders/${order.id}`, { token })).status, 404);
	assert.equal((await list(`/api/order_lines?orderId=${order.id}&countOnly=true`, token)).count, 0);
	await call(`/api/orders/${bad.body.id}`, { method: 'DELETE', token });
});

test('materials: create, update, duplicate 422, delete', async () => {
	const { accessToken: token } = await login();
	const made = await call('/api/materials', { method: 'POST', token, body: { name: 'N8N-MAT', description: 'Widget', unitOfMeasure: 'pcs', Info1: 'x' } });
	assert.equal(made.status, 201);
	assert.equal((await call(`/api/materials?name=N8N-MAT`, { token })).body.materials[0].id, made.body.id);
	const dup = await call('/api/materials', { method: 'POST', token, body: { name: 'N8N-MAT' } });
	assert.deepEqual(dup, { status: 422, body: { errors: [{ name: { message: 'Material with name N8N-MAT already exists' } }] } });
	assert.equal((await call('/api/materials', { method: 'POST', token, body: { description: 'no name' } })).status, 400);
	const upd = await call(`/api/materials/${made.body.id}`, { method: 'POST', token, body: { description: 'Better widget' } });
	assert.deepEqual([upd.status, upd.body.description, upd.body.Info1], [200, 'Better widget', 'x']);
	assert.equal((await call(`/api/materials/${made.body.id}`, { method: 'DELETE', token })).status, 200);
	assert.equal((await call(`/api/materials/${made.body.id}`, { token })).status, 404);
});

test('read-only resources and unknown methods answer 405', async () => {
	const { accessToken: token } = await login();
	assert.equal((await call('/api/transactions', { method: 'POST', token, body: {} })).status, 405);
	assert.equal((await call('/api/transactions/1', { method: 'DELETE', token })).status, 405);
	assert.equal((await call('/api/warehouses/1', { method: 'POST', token, body: {} })).status, 405);
	assert.equal((await call('/api/materials', { method: 'PUT', token, body: {} })).status, 405);
	assert.equal((await call('/api/users/login', { method: 'GET' })).status, 405);
});

function httpsGet(url, options = {}) {
	return new Promise((resolve, reject) => {
		https.get(url, options, (res) => {
			res.resume();
			res.on('end', () => resolve(res.statusCode));
		}).on('error', reject);
	});
}

test('HTTPS with a self-signed certificate', async () => {
	const url = `${sandbox.urls.itempathHttps}/api/warehouses`;
	assert.match(url, /^https:/);
	assert.equal(await httpsGet(url, { rejectUnauthorized: false }), 401);
	const { accessToken } = await login();
	assert.equal(await httpsGet(url, { rejectUnauthorized: false, headers: { authorization: `Bearer ${accessToken}` } }), 200);
	await assert.rejects(() => fetch(url)); // untrusted by default
	await assert.rejects(() => httpsGet(url));
	const pem = await (await fetch(`${base}/__admin/certificate`)).text();
	assert.match(pem, /^-----BEGIN CERTIFICATE-----/);
	assert.equal(await httpsGet(url, { ca: pem }), 401); // trusted once the PEM is given; SAN covers 127.0.0.1
});

test('admin transactions: appended at the vendor clock or a given time, filterable by the documented fields', async () => {
	const { accessToken } = await login();
	const made = (await admin('transactions', { count: 2 })).body.transactions;
	assert.equal(made.length, 2);
	assert.match(made[0].creationDate, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/);
	assert.equal(made[0].creationDate, made[1].creationDate, 'one call, one time');
	for (const f of ['type', 'motiveType', 'exportStateType', 'orderId', 'number', 'quantityDeviated', 'storageUnitName', 'reasonCode']) assert.ok(f in made[0], f);
	const given = (await admin('transactions', { records: [{ type: 4, motiveType: 5 }], creationDate: '2030-01-02T03:04:05.123456' })).body.transactions[0];
	assert.equal(given.creationDate, '2030-01-02T03:04:05.123456');
	assert.equal(given.id, made[1].id + 1);
	const found = await list('/api/transactions?creationDate=[gt]2030-01-01&type=4&motiveType=5', accessToken);
	assert.deepEqual(found.transactions.map((t) => t.id), [given.id]);
	assert.equal((await list('/api/transactions?creationDate=[gt]2030-01-01&motiveType=[not]5', accessToken)).transactions.length, 0);
	await admin('reset-data', {});
});

test('admin list-order: shuffled lists are unordered but stable from page to page', async () => {
	const { accessToken } = await login();
	await admin('list-order', { shuffle: true });
	try {
		const pages = [];
		for (let page = 0; page < 3; page++) pages.push(...(await list(`/api/transactions?limit=1000&page=${page}`, accessToken)).transactions.map((t) => t.id));
		assert.equal(new Set(pages).size, pages.length, 'no row on two pages');
		assert.equal(pages.length, 3000);
		assert.notDeepEqual(pages.slice(0, 20), [...pages.slice(0, 20)].sort((a, b) => a - b), 'not in id order');
	} finally {
		await admin('list-order', { shuffle: false });
	}
	const ordered = (await list('/api/transactions?limit=5', accessToken)).transactions.map((t) => t.id);
	assert.deepEqual(ordered, [1, 2, 3, 4, 5]);
});

test('the first eight resources carry their further documented fields, derived as sandbox/docs/itempath.md says', async () => {
	await admin('reset', {});
	const { accessToken: token } = await login();
	const { materials } = await list('/api/materials', token);
	const { location_contents: contents } = await list('/api/location_contents', token);
	// currentQuantity / locationCount of a material: the sum and count of its location contents.
	const stocked = materials.find((m) => m.locationCount > 1);
	const mine = contents.filter((c) => c.materialId === stocked.id);
	assert.equal(stocked.locationCount, mine.length);
	assert.equal(stocked.currentQuantity, mine.reduce((s, c) => s + c.currentQuantity, 0));
	assert.equal(stocked.netQuantity, stocked.currentQuantity + stocked.putQuantity - stocked.pickQuantity);
	// Number filters on the new fields; a 0/1 flag also matches true/false.
	const high = await list('/api/materials?reOrderPoint=[gt]190', token);
	assert.deepEqual(high.materials.map((m) => m.id), materials.filter((m) => m.reOrderPoint > 190).map((m) => m.id));
	const blocked = await list('/api/materials?isBlocked=true', token);
	assert.deepEqual(blocked.materials.map((m) => m.id), (await list('/api/materials?isBlocked=1', token)).materials.map((m) => m.id));
	assert.ok(blocked.materials.length > 0 && blocked.materials.every((m) => m.isBlocked === 1 && m.blockReason));

	// Writes: codes must be a list, reOrderPoint a number ≥ 0; a new material has nothing in stock.
	const bad = await call('/api/materials', { method: 'POST', token, body: { name: 'MAT-U-1', codes: 'A' } });
	assert.deepEqual([bad.status, bad.body], [400, { errors: [{ codes: { message: 'Must be a list of codes.' } }] }]);
	const negative = await call('/api/materials', { method: 'POST', token, body: { name: 'MAT-U-1', reOrderPoint: -1 } });
	assert.equal(negative.status, 400);
	const made = await call('/api/materials', { method: 'POST', token, body: { name: 'MAT-U-1', codes: ['C-1'], reOrderPoint: 5 } });
	assert.equal(made.status, 201);
	assert.deepEqual([made.body.codes, made.body.reOrderPoint, made.body.currentQuantity, made.body.isBlocked], [['C-1'], 5, 0, 0]);

	// Order lines: number generated when omitted, unique within the order (422); lot kept.
	const first = await call('/api/order_lines', { method: 'POST', token, body: { orderName: 'ORD-10001', materialName: 'MAT-00001', quantity: 1, lot: 'L-1' } });
	assert.equal(first.status, 201);
	const { order_lines: lines } = await list('/api/order_lines?orderName=ORD-10001', token);
	assert.equal(first.body.number, Math.max(...lines.filter((l) => l.id !== first.body.id).map((l) => l.number)) + 1);
	assert.deepEqual([first.body.lot, first.body.owner, first.body.status, first.body.quantityRequested], ['L-1', 'sys', 'queued', 1]);
	const twice = await call('/api/order_lines', { method: 'POST', token, body: { orderName: 'ORD-10001', materialName: 'MAT-00001', quantity: 1, number: first.body.number } });
	assert.equal(twice.status, 422);
	const zero = await call('/api/order_lines', { method: 'POST', token, body: { orderName: 'ORD-10001', materialName: 'MAT-00001', quantity: 1, number: 0 } });
	assert.equal(zero.status, 400);

	// Orders: countEmptyLocations must be a flag.
	const order = await call('/api/orders', { method: 'POST', token, body: { name: 'ORD-U-1', countEmptyLocations: 'maybe', order_lines: [{ materialName: 'MAT-00001', quantity: 1 }] } });
	assert.deepEqual([order.status, order.body], [400, { errors: [{ countEmptyLocations: { message: 'Not a valid boolean.' } }] }]);

	// Locations and transactions: derived fields.
	const { locations } = await list('/api/locations?limit=50', token);
	for (const l of locations) {
		const here = contents.filter((c) => c.locationId === l.id);
		assert.deepEqual([l.quantity, l.currentQuantity], [here.length, here.reduce((s, c) => s + c.currentQuantity, 0)], l.name);
	}
	const [tx] = (await list('/api/transactions?limit=1', token)).transactions;
	assert.equal(tx.carrierName, tx.locationName.split('-').slice(0, 3).join('-'));
});
