'use strict';
// Clarus WMS simulator: OAuth 2.0 (client credentials, authorization code, refresh), bearer +
// subdomain enforcement, spec-driven REST with validation, GraphQL lists with filters and
// cursor pagination, and the admin token controls.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { start } = require('../../sandbox/server');

const N8N_CALLBACK = 'http://localhost:5678/rest/oauth2-credential/callback';
let sandbox;
let base;

before(async () => {
	sandbox = await start({ port: 0, seed: 42, vendors: ['clarus'] });
	base = sandbox.urls.clarus;
});
after(() => sandbox?.close());

const form = (o) => new URLSearchParams(o).toString();
const basic = (id, secret) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

async function tokenRequest(body, headers = {}) {
	const res = await fetch(`${base}/oauth/token`, { method: 'POST', headers: { ...FORM, ...headers }, body: form(body) });
	return { status: res.status, body: await res.json() };
}
async function ccToken() {
	const r = await tokenRequest({ grant_type: 'client_credentials' }, { authorization: basic('clarus-cc-client', 'clarus-cc-secret') });
	assert.equal(r.status, 200);
	return r.body.access_token;
}
const headers = (token, subdomain = 'acme-warehouse') => ({
	'content-type': 'application/json',
	...(token ? { authorization: `Bearer ${token}` } : {}),
	...(subdomain ? { 'x-clarus-subdomain': subdomain } : {}),
});
async function api(method, p, { token, subdomain, body } = {}) {
	const res = await fetch(`${base}${p}`, { method, headers: headers(token, subdomain), body: body === undefined ? undefined : JSON.stringify(body) });
	const text = await res.text();
	return { status: res.status, body: text ? JSON.parse(text) : null };
}
const gql = (token, query, variables, subdomain) => api('POST', '/graphql', { token, subdomain, body: { query, variables } });
const counters = async () => (await fetch(`${base}/__admin/counters`)).json();
const adminPost = async (name, body = {}) =>
	(await fetch(`${base}/__admin/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json();

const GOODS_OUT = (attributes) => ({
	data: {
		type: 'goods_outs',
		attributes: { goods_out_type: 'sales_order', account_id: 1, reference: 'SO-T-1', expected_date_of_dispatch: '2026-02-01T10:00:00Z', ...attributes },
	},
});
const assertVendorError = (body, status) => {
	assert.ok(Array.isArray(body.errors) && body.errors.length > 0, JSON.stringify(body));
	for (const e of body.errors) {
		assert.equal(e.code, status);
		assert.equal(typeof e.symbol, 'string');
		assert.equal(typeof e.details, 'string');
		assert.ok('source' in e && 'context' in e);
	}
};

test('client credentials: Basic or body client authentication, 7200 s default lifetime', async () => {
	const before = await counters();
	const viaBasic = await tokenRequest({ grant_type: 'client_credentials' }, { authorization: basic('clarus-cc-client', 'clarus-cc-secret') });
	assert.equal(viaBasic.status, 200);
	assert.equal(viaBasic.body.token_type, 'Bearer');
	assert.equal(viaBasic.body.expires_in, 7200);
	assert.equal(viaBasic.body.refresh_token, undefined);
	const viaBody = await tokenRequest({ grant_type: 'client_credentials', client_id: 'clarus-cc-client', client_secret: 'clarus-cc-secret', scope: '' });
	assert.equal(viaBody.status, 200);
	assert.notEqual(viaBody.body.access_token, viaBasic.body.access_token);

	const wrong = await tokenRequest({ grant_type: 'client_credentials' }, { authorization: basic('clarus-cc-client', 'nope') });
	assert.equal(wrong.status, 401);
	assert.equal(wrong.body.error, 'invalid_client');
	const notAllowed = await tokenRequest({ grant_type: 'client_credentials', client_id: 'clarus-web-client', client_secret: 'clarus-web-secret' });
	assert.equal(notAllowed.body.error, 'unauthorized_client');

	const after = await counters();
	assert.equal((after['tokensIssued.client_credentials'] || 0) - (before['tokensIssued.client_credentials'] || 0), 2);
});

test('authorization code flow: consent page, approval, code exchange, refresh rotation', async () => {
	const q = form({ response_type: 'code', client_id: 'clarus-web-client', redirect_uri: N8N_CALLBACK, state: 'st-123' });
	const page = await fetch(`${base}/oauth/authorize?${q}`);
	assert.equal(page.status, 200);
	const html = await page.text();
	assert.match(html, /<form method="post" action="\/oauth\/authorize">/);
	assert.match(html, />Authorize</);
	assert.match(html, /name="state" value="st-123"/);

	const approve = (extra) =>
		fetch(`${base}/oauth/authorize`, {
			method: 'POST',
			headers: FORM,
			redirect: 'manual',
			body: form({ response_type: 'code', client_id: 'clarus-web-client', redirect_uri: N8N_CALLBACK, state: 'st-123', ...extra }),
		});
	const badLogin = await approve({ email: 'api-user@acme.example', password: 'wrong', allowed: 'true' });
	assert.equal(badLogin.status, 401);

	const denied = await approve({ allowed: 'false' });
	assert.equal(denied.status, 302);
	assert.equal(new URL(denied.headers.get('location')).searchParams.get('error'), 'access_denied');

	const ok = await approve({ email: 'api-user@acme.example', password: 'api-user-pass', allowed: 'true' });
	assert.equal(ok.status, 302);
	const location = new URL(ok.headers.get('location'));
	assert.equal(`${location.origin}${location.pathname}`, N8N_CALLBACK);
	assert.equal(location.searchParams.get('state'), 'st-123');
	const code = location.searchParams.get('code');
	assert.ok(code);

	const exchange = await tokenRequest({ grant_type: 'authorization_code', code, redirect_uri: N8N_CALLBACK }, { authorization: basic('clarus-web-client', 'clarus-web-secret') });
	assert.equal(exchange.status, 200, JSON.stringify(exchange.body));
	assert.ok(exchange.body.access_token && exchange.body.refresh_token);
	assert.equal(exchange.body.expires_in, 7200);
	const reused = await tokenRequest({ grant_type: 'authorization_code', code, redirect_uri: N8N_CALLBACK }, { authorization: basic('clarus-web-client', 'clarus-web-secret') });
	assert.equal(reused.body.error, 'invalid_grant');

	// the user's token works on the API for the user's tenants
	const list = await gql(exchange.body.access_token, '{ carriers { all { edges { node { code } } } } }');
	assert.equal(list.status, 200);
	assert.ok(list.body.data.carriers.all.edges.length > 0);

	// refresh with body client authentication; the refresh token rotates
	const refreshed = await tokenRequest({ grant_type: 'refresh_token', refresh_token: exchange.body.refresh_token, client_id: 'clarus-web-client', client_secret: 'clarus-web-secret' });
	assert.equal(refreshed.status, 200, JSON.stringify(refreshed.body));
	assert.notEqual(refreshed.body.access_token, exchange.body.access_token);
	assert.notEqual(refreshed.body.refresh_token, exchange.body.refresh_token);
	const again = await tokenRequest({ grant_type: 'refresh_token', refresh_token: exchange.body.refresh_token, client_id: 'clarus-web-client', client_secret: 'clarus-web-secret' });
	assert.equal(again.body.error, 'invalid_grant');
	assert.equal((await gql(refreshed.body.access_token, '{ carriers { all { edges { node { id } } } } }')).status, 200);
});

test('API calls without a valid bearer token get 401 {"error": "..."}', async () => {
	for (const [method, p, body] of [
		['POST', '/graphql', { query: '{ carriers { all { edges { node { id } } } } }' }],
		['POST', '/api/goods_outs', GOODS_OUT()],
	]) {
		const none = await api(method, p, { body });
		assert.equal(none.status, 401);
		assert.equal(typeof none.body.error, 'string');
		const bogus = await api(method, p, { token: 'not-a-token', body });
		assert.equal(bogus.status, 401);
		assert.match(bogus.body.error, /invalid/i);
	}
});

test('X-Clarus-Subdomain: missing 403, another account\'s tenant 403, unknown tenant 404', async () => {
	const token = await ccToken();
	const q = '{ goods_outs { all(first: 1) { edges { node { id } } } } }';
	const before = (await counters()).requestsWithoutSubdomain || 0;
	const missing = await gql(token, q, undefined, null);
	assert.equal(missing.status, 403);
	assertVendorError(missing.body, 403);
	assert.equal((await counters()).requestsWithoutSubdomain, before + 1);

	const foreign = await api('POST', '/api/goods_outs', { token, subdomain: 'globex-warehouse', body: GOODS_OUT() });
	assert.equal(foreign.status, 403);
	assertVendorError(foreign.body, 403);
	const unknown = await gql(token, q, undefined, 'no-such-tenant');
	assert.equal(unknown.status, 404);
	assertVendorError(unknown.body, 404);

	// the second acme tenant is allowed and holds different (smaller) data
	const other = await gql(token, '{ goods_outs { all(first: 100) { edges { node { id } } } } }', undefined, 'acme-test');
	assert.equal(other.status, 200);
	assert.equal(other.body.data.goods_outs.all.edges.length, 40);
});

test('REST create: valid body 200 JSON:API record, visible in GraphQL; invalid body 422 vendor shape', async () => {
	const token = await ccToken();
	const body = GOODS_OUT({ reference: 'SO-UNIT-CREATE', priority: 3, lines_changes: [{ type: 'ADD', attributes: { product_id: 5, order_quantity: 4 } }] });
	body.data.relationships = { address: { data: { type: 'addresses', attributes: { name: 'Jane', address_1: '1 High St', postcode: 'AB1 2CD', country_code: 'GB' } } } };
	const created = await api('POST', '/api/goods_outs', { token, body });
	assert.equal(created.status, 200, JSON.stringify(created.body));
	const { id, type, attributes } = created.body.data;
	assert.equal(type, 'goods_outs');
	assert.ok(Number.isInteger(id) && id > 2600);
	assert.equal(attributes.reference, 'SO-UNIT-CREATE');
	assert.equal(attributes.lines_changes, undefined);

	const listed = await gql(
		token,
		'query($filter: GoodsOutsFilterType) { goods_outs { all(filter: $filter) { edges { node { id reference priority goods_out_status { code } } } } } }',
		{ filter: { reference: { eq: 'SO-UNIT-CREATE' } } },
	);
	assert.deepEqual(listed.body.data.goods_outs.all.edges.map((e) => e.node), [{ id: String(id), reference: 'SO-UNIT-CREATE', priority: 3, goods_out_status: { code: 'PENDING' } }]);
	const lines = await gql(token, `{ goods_out_lines { all(filter: {goods_out_id: {eq: ${id}}}) { edges { node { order_quantity product { id } } } } } }`);
	assert.deepEqual(lines.body.data.goods_out_lines.all.edges.map((e) => e.node), [{ order_quantity: 4, product: { id: '5' } }]);

	const invalid = await api('POST', '/api/goods_outs', { token, body: { data: { type: 'goods_outs', attributes: { reference: 'SO-BAD', priority: 500 } } } });
	assert.equal(invalid.status, 422);
	assertVendorError(invalid.body, 422);
	const missing = invalid.body.errors.find((e) => e.source === 'goods_out_type');
	assert.ok(missing, JSON.stringify(invalid.body));
	assert.equal(missing.context.pointer, '/data/attributes/goods_out_type');
	assert.match(missing.details, /goods_out_type/);
	assert.ok(invalid.body.errors.some((e) => e.source === 'priority' && /99/.test(e.details)));
});

test('REST update, delete and unknown ids', async () => {
	const token = await ccToken();
	const patched = await api('PATCH', '/api/goods_outs/12', { token, body: { data: { type: 'goods_outs', attributes: { priority: 9, order_notes: 'Rush' } } } });
	assert.equal(patched.status, 200, JSON.stringify(patched.body));
	assert.equal(patched.body.data.id, 12);
	assert.equal(patched.body.data.attributes.priority, 9);
	assert.equal(patched.body.data.attributes.reference, 'SO-2026-000012');

	const unknown = await api('PATCH', '/api/goods_outs/999999', { token, body: { data: { type: 'goods_outs', attributes: { priority: 1 } } } });
	assert.equal(unknown.status, 404);
	assertVendorError(unknown.body, 404);

	const created = await api('POST', '/api/carriers', { token, body: { data: { type: 'carriers', attributes: { code: 'TMP', name: 'Temporary' } } } });
	assert.equal(created.status, 200);
	const id = created.body.data.id;
	assert.equal((await api('DELETE', `/api/carriers/${id}`, { token })).status, 204);
	const gone = await api('DELETE', `/api/carriers/${id}`, { token });
	assert.equal(gone.status, 404);
	assertVendorError(gone.body, 404);
});

test('custom actions: cancel a goods out, move stock', async () => {
	const token = await ccToken();
	const find = async (code) =>
		(await gql(token, `{ goods_outs { all(filter: {goods_out_status_code: {eq: "${code}"}}, first: 1) { edges { node { id } } } } }`)).body.data.goods_outs.all.edges[0].node.id;

	const allocated = await find('ALLOCATED');
	const cancelled = await api('POST', `/api/goods_outs/${allocated}/cancel`, { token });
	assert.equal(cancelled.status, 200);
	assert.equal(cancelled.body.data.attributes.goods_out_status_id, 8);
	const after = await gql(token, `{ goods_outs { all(filter: {id: {eq: ${allocated}}}) { edges { node { goods_out_status { code } } } } } }`);
	assert.equal(after.body.data.goods_outs.all.edges[0].node.goods_out_status.code, 'CANCELLED');

	const completed = await find('COMPLETED');
	const refused = await api('POST', `/api/goods_outs/${completed}/cancel`, { token });
	assert.equal(refused.status, 422);
	assertVendorError(refused.body, 422);

	const moved = await api('POST', '/api/stocks/1/move', { token, body: { data: { type: 'stocks', attributes: { quantity: 4, to_location_id: 2 } } } });
	assert.equal(moved.status, 200, JSON.stringify(moved.body));
	assert.equal(moved.body.data.attributes.location_id, 2);
	assert.equal(moved.body.data.attributes.quantity, 4);
});

test('GraphQL: filters, cursor pagination to the end over all goods outs, page size limits, errors', async () => {
	const token = await ccToken();
	const PAGE = `query($filter: GoodsOutsFilterType, $first: Int, $after: String) {
		goods_outs { all(filter: $filter, first: $first, after: $after) {
			pageInfo { hasNextPage endCursor } edges { cursor node { id reference goods_out_status { code } expected_date_of_dispatch } } } } }`;
	async function fetchAll(filter) {
		const nodes = [];
		let after = null;
		for (let page = 0; page < 100; page++) {
			const r = await gql(token, PAGE, { filter, first: 100, after });
			assert.equal(r.status, 200);
			assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
			const conn = r.body.data.goods_outs.all;
			nodes.push(...conn.edges.map((e) => e.node));
			if (!conn.pageInfo.hasNextPage) return nodes;
			assert.equal(conn.pageInfo.endCursor, conn.edges[conn.edges.length - 1].cursor);
			after = conn.pageInfo.endCursor;
		}
		throw new Error('pagination did not end');
	}
	const all = await fetchAll(undefined);
	assert.ok(all.length >= 2600, `only ${all.length}`);
	assert.equal(new Set(all.map((n) => n.id)).size, all.length);

	const completed = await fetchAll({ goods_out_status_code: { in: ['COMPLETED'] } });
	assert.ok(completed.length > 100);
	assert.equal(completed.length, all.filter((n) => n.goods_out_status.code === 'COMPLETED').length);
	assert.ok(completed.every((n) => n.goods_out_status.code === 'COMPLETED'));

	const march = await fetchAll({ expected_date_of_dispatch: { from: '2026-03-01', to: '2026-03-31' }, reference: { ilike: 'so-2026-00' } });
	assert.ok(march.length > 0);
	assert.ok(march.every((n) => n.expected_date_of_dispatch.startsWith('2026-03')));

	const numeric = await gql(token, '{ stocks { all(filter: {quantity: {gt: 150}}, first: 100) { edges { node { quantity } } } } }');
	assert.ok(numeric.body.data.stocks.all.edges.length > 0);
	assert.ok(numeric.body.data.stocks.all.edges.every((e) => e.node.quantity > 150));
	const bool = await gql(token, '{ carriers { all(filter: {active: {eq: false}}) { edges { node { code active } } } } }');
	assert.deepEqual(bool.body.data.carriers.all.edges.map((e) => e.node), [{ code: 'FEDEX', active: false }]);

	const defaults = await gql(token, '{ goods_outs { all { edges { node { id } } } } }');
	assert.equal(defaults.body.data.goods_outs.all.edges.length, 25);
	const capped = await gql(token, '{ goods_outs { all(first: 1000) { edges { node { id } } } } }');
	assert.equal(capped.body.data.goods_outs.all.edges.length, 100);

	const badCursor = await gql(token, '{ goods_outs { all(after: "@@") { edges { node { id } } } } }');
	assert.equal(badCursor.status, 200);
	assert.match(badCursor.body.errors[0].message, /cursor/i);
	const badField = await gql(token, '{ goods_outs { all { edges { node { nope } } } } }');
	assert.equal(badField.status, 200);
	assert.ok(badField.body.errors.length > 0 && typeof badField.body.errors[0].message === 'string');
});

test('admin token controls: lifetime, expire-tokens, clock', async () => {
	try {
		await adminPost('token-lifetime', { seconds: 60 });
		const short = await tokenRequest({ grant_type: 'client_credentials' }, { authorization: basic('clarus-cc-client', 'clarus-cc-secret') });
		assert.equal(short.body.expires_in, 60);
		const q = '{ carriers { all(first: 1) { edges { node { id } } } } }';
		assert.equal((await gql(short.body.access_token, q)).status, 200);
		await adminPost('clock', { advanceSeconds: 61 });
		const aged = await gql(short.body.access_token, q);
		assert.equal(aged.status, 401);
		assert.match(aged.body.error, /expired/);
	} finally {
		await adminPost('token-lifetime', { seconds: 7200 });
	}
	const token = await ccToken();
	const q = '{ carriers { all(first: 1) { edges { node { id } } } } }';
	assert.equal((await gql(token, q)).status, 200);
	await adminPost('expire-tokens');
	const expired = await gql(token, q);
	assert.equal(expired.status, 401);
	assert.equal(typeof expired.body.error, 'string');
	assert.equal((await gql(await ccToken(), q)).status, 200);
});

test('create() throws a clear error when the spec is missing', () => {
	const saved = process.env.CLARUS_OPENAPI_SPEC;
	process.env.CLARUS_OPENAPI_SPEC = path.join(__dirname, 'no-such-clarus-openapi.json');
	try {
		assert.throws(() => require('../../sandbox/clarus').create({ seed: 1 }), /OpenAPI spec not found/);
	} finally {
		if (saved === undefined) delete process.env.CLARUS_OPENAPI_SPEC;
		else process.env.CLARUS_OPENAPI_SPEC = saved;
	}
});
