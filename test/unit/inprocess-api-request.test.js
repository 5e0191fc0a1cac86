'use strict';
// The API Request resource of each node, through the real execute() in-process
// (test/unit/harness): what goes on the wire (method, path under the API base, query, JSON body,
// credential), Full Response, and each vendor's automatic pagination with its loop guard.
// Needs `npm run build`.
const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { execute } = require('./harness/context');
const { BASE, CREDENTIALS, SECRETS, claretLogin, on } = require('./harness/fixtures');

const request = (extra) => ({ resource: 'apiRequest', operation: 'request', method: 'GET', ...extra });
const query = (pairs) => ({ parameter: Object.entries(pairs).map(([name, value]) => ({ name, value })) });

describe('API Request: the wire', () => {
	it('Claret: method, path under /{tenant}/api/v1, query, JSON body, signed; Full Response', async () => {
		const run = await execute({
			node: 'Claret',
			parameters: request({
				method: 'POST',
				path: '/inventory/batch-delete',
				queryParameters: query({ dry_run: '1' }),
				sendBody: true,
				jsonBody: '{"rows":[{"item":"CHARD-750"}]}',
				requestOptions: { fullResponse: true },
			}),
			credentials: { claretApi: CREDENTIALS.claretApi },
			responders: [claretLogin, on('POST', '/demo/api/v1/inventory/batch-delete', { status: 200, body: { deleted: 1 }, headers: { 'X-Trace': 't1' } })],
		});
		assert.equal(run.error, undefined);
		const call = run.requests.find((r) => r.credentialType);
		assert.equal(call.url, `${BASE.claret}/inventory/batch-delete?dry_run=1`);
		assert.deepEqual(call.body, { rows: [{ item: 'CHARD-750' }] });
		assert.equal(call.wireHeaders.Authorization, `Bearer ${SECRETS.claretToken}`);
		assert.deepEqual(run.items[0].json, { statusCode: 200, headers: { 'x-trace': 't1', 'content-type': 'application/json' }, body: { deleted: 1 } });
	});

	it('a body that is not JSON fails before any request, naming the parameter and the item', async () => {
		const run = await execute({
			node: 'ItemPath',
			parameters: request({ method: 'POST', path: '/materials', sendBody: true, jsonBody: '{name: MAT}' }),
			credentials: { itemPathApi: CREDENTIALS.itemPathApi },
			responders: [],
		});
		assert.equal(run.error?.name, 'NodeOperationError');
		assert.match(run.error.message, /^The "Body \(JSON\)" parameter .*\(item 0\)/);
		assert.equal(run.requests.length, 0);
	});
});

describe('API Request: automatic pagination', () => {
	it('Claret follows next_index; each record of the page array is an item', async () => {
		const pages = { first: { sales: [{ id: 1 }], next_index: 77 }, 77: { sales: [{ id: 2 }, { id: 3 }], next_index: null } };
		const run = await execute({
			node: 'Claret',
			parameters: request({ path: '/sales', queryParameters: query({ sale_type_name: 'History' }), requestOptions: { paginate: true } }),
			credentials: { claretApi: CREDENTIALS.claretApi },
			responders: [claretLogin, on('GET', '/demo/api/v1/sales', (req) => ({ body: pages[req.qs.current_index ?? 'first'] }))],
		});
		assert.equal(run.error, undefined);
		assert.deepEqual(run.items.map((i) => i.json.id), [1, 2, 3]);
		assert.deepEqual(run.requests.filter((r) => r.credentialType).map((r) => r.qs), [
			{ sale_type_name: 'History' },
			{ sale_type_name: 'History', current_index: 77 },
		]);
	});

	it('ItemPath pages with the "limit" query parameter as page size and stops at a short page', async () => {
		const run = await execute({
			node: 'ItemPath',
			parameters: request({ path: '/orders', queryParameters: query({ limit: '2', priority: '[gt]2' }), requestOptions: { paginate: true } }),
			credentials: { itemPathApi: CREDENTIALS.itemPathApi },
			responders: [on('GET', '/api/orders', (req) => ({ body: { orders: [[{ id: 1 }, { id: 2 }], [{ id: 3 }]][Number(req.qs.page)] ?? [] } }))],
		});
		assert.equal(run.error, undefined);
		assert.deepEqual(run.items.map((i) => i.json.id), [1, 2, 3]);
		assert.deepEqual(run.requests.map((r) => r.query), ['limit=2&priority=%5Bgt%5D2&page=0', 'limit=2&priority=%5Bgt%5D2&page=1']);
	});

	it('Clarus follows the one connection of a GraphQL answer; a repeated cursor stops', async () => {
		const connection = (ids, hasNextPage, endCursor) => ({
			body: { data: { goods_outs: { all: { pageInfo: { hasNextPage, endCursor }, edges: ids.map((id) => ({ node: { id } })) } } } },
		});
		const body = JSON.stringify({
			query: 'query($first: Int, $after: String) { goods_outs { all(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } } }',
			variables: { first: 2 },
		});
		const parameters = request({ method: 'POST', path: '/graphql', sendBody: true, jsonBody: body, requestOptions: { paginate: true } });
		const credentials = { clarusWmsOAuth2Api: CREDENTIALS.clarusWmsOAuth2Api };
		const pages = { first: connection(['1', '2'], true, 'X'), X: connection(['3'], false, null) };
		const run = await execute({ node: 'ClarusWms', parameters, credentials, responders: [on('POST', '/graphql', (req) => pages[req.body.variables.after ?? 'first'])] });
		assert.equal(run.error, undefined);
		assert.deepEqual(run.items.map((i) => i.json.id), ['1', '2', '3']);
		assert.deepEqual(run.requests.map((r) => r.body.variables), [{ first: 2 }, { first: 2, after: 'X' }]);
		assert.ok(run.requests.every((r) => r.wireHeaders['X-Clarus-Subdomain'] === 'acme-warehouse'));

		const looping = await execute({ node: 'ClarusWms', parameters, credentials, responders: [on('POST', '/graphql', connection(['1'], true, 'X'))] });
		assert.equal(looping.error?.name, 'NodeOperationError');
		assert.match(looping.error.message, /Clarus returned the cursor "X" twice; stopping to avoid a loop \(item 0\)/);
	});

	it('Clarus refuses automatic pagination of a REST call, before any request', async () => {
		const run = await execute({
			node: 'ClarusWms',
			parameters: request({ path: '/api/goods_outs', requestOptions: { paginate: true } }),
			credentials: { clarusWmsOAuth2Api: CREDENTIALS.clarusWmsOAuth2Api },
			responders: [],
		});
		assert.equal(run.error?.name, 'NodeOperationError');
		assert.match(run.error.message, /^"Paginate Automatically" works only for POST \/graphql with a query in the body \(item 0\)$/);
		assert.equal(run.requests.length, 0);
	});
});
