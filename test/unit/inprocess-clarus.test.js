'use strict';
// The Clarus WMS node's real execute(), in-process (test/unit/harness): the JSON:API envelope of
// create and update, GraphQL filter variables, Relay cursor pagination and its guards, the tenant
// header. Parameters are found by what the editor shows (display names), not by internal names.
// Needs `npm run build`.
const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { execute } = require('./harness/context');
const { parameter } = require('./harness/description');
const { BASE, CREDENTIALS, SECRETS, on } = require('./harness/fixtures');

const credentials = { clarusWmsOAuth2Api: CREDENTIALS.clarusWmsOAuth2Api };
// Version 1 (what saved workflows have): its parameters are addressed by what the editor shows.
const V1 = 1;
const byId = (value) => ({ __rl: true, mode: 'id', value: String(value) });

/** Parameters for `resource`/`operation`, given as { 'Display Name': value }. */
function params(resource, operation, shown = {}) {
	const out = { resource, operation };
	for (const [displayName, value] of Object.entries(shown)) out[parameter('ClarusWms', out, displayName, V1).name] = value;
	return out;
}

const record = (id, attributes) => ({ data: { id: String(id), type: 'goods_outs', attributes } });

describe('Clarus: JSON:API envelope', () => {
	it('create: type, required attributes, additional fields and the relationship, built for the user', async () => {
		const parameters = params('goods_outs', 'create', {
			'Account ID': byId(3),
			'Expected Date of Dispatch': '2026-08-01T09:00:00Z',
			'Goods Out Type': 'sales_order',
			Reference: 'SO-1001',
			'Additional Fields': {
				priority: 2,
				order_notes: 'fragile',
				lines_changes: '[{"type":"ADD","attributes":{"product_id":7,"quantity":5}}]',
			},
			Address: { name: 'Jane Doe', postcode: 'AB1 2CD', country_code: 'GB' },
		});
		const run = await execute({
			node: 'ClarusWms',
			version: V1,
			parameters,
			credentials,
			responders: [on('POST', '/api/goods_outs', (req) => ({ body: record(55, req.body.data.attributes) }))],
		});
		assert.equal(run.error, undefined);
		assert.equal(run.requests.length, 1);
		const [req] = run.requests;
		assert.equal(req.url, `${BASE.clarus}/api/goods_outs`);
		assert.deepEqual(req.body, {
			data: {
				type: 'goods_outs',
				attributes: {
					account_id: 3,
					expected_date_of_dispatch: '2026-08-01T09:00:00Z',
					goods_out_type: 'sales_order',
					reference: 'SO-1001',
					priority: 2,
					order_notes: 'fragile',
					lines_changes: [{ type: 'ADD', attributes: { product_id: 7, quantity: 5 } }],
				},
				relationships: {
					address: { data: { type: 'addresses', attributes: { name: 'Jane Doe', postcode: 'AB1 2CD', country_code: 'GB' } } },
				},
			},
		});
		// Simplify (default on) flattens the JSON:API answer.
		assert.equal(run.items[0].json.id, '55');
		assert.equal(run.items[0].json.reference, 'SO-1001');
	});

	it('update: PATCH to the record, only the changed attributes, no relationship when none is given', async () => {
		const run = await execute({
			node: 'ClarusWms',
			version: V1,
			parameters: params('goods_outs', 'update', { 'Goods Out ID': byId(55), 'Update Fields': { order_notes: 'call first' } }),
			credentials,
			responders: [on('PATCH', '/api/goods_outs/55', { body: record(55, { order_notes: 'call first' }) })],
		});
		assert.equal(run.error, undefined);
		const [req] = run.requests;
		assert.equal(req.method, 'PATCH');
		assert.equal(req.url, `${BASE.clarus}/api/goods_outs/55`);
		assert.deepEqual(req.body, { data: { type: 'goods_outs', attributes: { order_notes: 'call first' } } });
	});

	it('every request carries the tenant header and the OAuth2 bearer token, only to the Base URL', async () => {
		const run = await execute({
			node: 'ClarusWms',
			version: V1,
			parameters: params('goods_outs', 'delete', { 'Goods Out ID': byId(9) }),
			credentials,
			responders: [on('DELETE', '/api/goods_outs/9', { status: 204 })],
		});
		assert.equal(run.error, undefined);
		assert.deepEqual(run.items[0].json, { deleted: true, id: 9 });
		const [req] = run.requests;
		assert.equal(req.origin, BASE.clarus);
		assert.equal(req.wireHeaders['X-Clarus-Subdomain'], 'acme-warehouse');
		assert.equal(req.wireHeaders.Authorization, `Bearer ${SECRETS.clarusToken}`);
		assert.equal(req.credentialType, 'clarusWmsOAuth2Api');
	});

	it('a bad attribute value fails before any request, naming the parameter and the item', async () => {
		const run = await execute({
			node: 'ClarusWms',
			version: V1,
			parameters: params('goods_outs', 'update', { 'Goods Out ID': byId(1), 'Update Fields': { priority: 'high' } }),
			credentials,
			input: [{ json: {} }],
			responders: [],
		});
		assert.equal(run.error?.name, 'NodeOperationError');
		assert.match(run.error.message, /^The "Priority" parameter must be a number, got "high" \(item 0\)$/);
		assert.equal(run.requests.length, 0);
	});
});

describe('Clarus: file upload', () => {
	it('the input binary goes as the raw body, octet-stream, with the file name in Content-Disposition', async () => {
		const run = await execute({
			node: 'ClarusWms',
			version: V1,
			parameters: params('documents', 'upload', { 'Document ID': byId(12), 'Input Binary Field': 'file' }),
			credentials,
			input: [{ json: {}, binary: { file: { data: Buffer.from('a,b\n1,2\n').toString('base64'), mimeType: 'text/csv', fileName: 'stock "May".csv' } } }],
			responders: [on('POST', '/api/documents/12/upload', { body: { data: { id: '12', type: 'documents', attributes: { file_name: 'stock.csv' } } } })],
		});
		assert.equal(run.error, undefined);
		const [req] = run.requests;
		assert.ok(Buffer.isBuffer(req.body));
		assert.equal(req.body.toString(), 'a,b\n1,2\n');
		assert.equal(req.wireHeaders['Content-Type'], 'application/octet-stream');
		assert.equal(req.wireHeaders['Content-Disposition'], 'attachment; filename="stock _May_.csv"');
		assert.equal(req.options.json, false);
	});

	it('a missing input binary fails before any request, naming the item', async () => {
		const run = await execute({
			node: 'ClarusWms',
			version: V1,
			parameters: params('documents', 'upload', { 'Document ID': byId(12) }),
			credentials,
			input: [{ json: {} }],
			responders: [],
		});
		assert.equal(run.error?.name, 'NodeOperationError');
		assert.match(run.error.message, /binary/i);
		assert.equal(run.error.context.itemIndex, 0);
		assert.equal(run.requests.length, 0);
	});
});

describe('Clarus: Get Many through GraphQL', () => {
	const connection = (nodes, hasNextPage, endCursor) => ({
		data: { goods_outs: { all: { pageInfo: { hasNextPage, endCursor }, edges: nodes.map((node) => ({ cursor: `c${node.id}`, node })) } } },
	});

	it('filter rows become the documented filter variable (field → operator → typed value)', async () => {
		const run = await execute({
			node: 'ClarusWms',
			version: V1,
			parameters: params('goods_outs', 'getAll', {
				Limit: 10,
				Filters: {
					filter: [
						{ field: 'reference', operator: 'ilike', value: 'SO-%' },
						{ field: 'account_id', operator: 'in', value: '3, 4' },
						{ field: 'expected_date_of_dispatch', operator: 'between', value: '2026-08-01,2026-08-31' },
						{ field: 'carrier_id', operator: 'filled', value: 'false' },
					],
				},
			}),
			credentials,
			responders: [on('POST', '/graphql', { body: connection([{ id: '1' }], false, 'c1') })],
		});
		assert.equal(run.error, undefined);
		const [req] = run.requests;
		assert.equal(req.url, `${BASE.clarus}/graphql`);
		assert.deepEqual(req.body.variables, {
			filter: {
				reference: { ilike: 'SO-%' },
				account_id: { in: ['3', '4'] },
				expected_date_of_dispatch: { between: ['2026-08-01', '2026-08-31'] },
				carrier_id: { filled: false },
			},
			first: 10,
		});
		assert.match(req.body.query, /^query ClarusGetMany\(\$filter: GoodsOutsFilterType, \$first: Int, \$after: String\) \{ goods_outs \{ all\(filter: \$filter, first: \$first, after: \$after\) \{ pageInfo \{ hasNextPage endCursor \}/);
	});

	it('an operator the docs do not allow for the field fails before any request', async () => {
		const run = await execute({
			node: 'ClarusWms',
			version: V1,
			parameters: params('goods_outs', 'getAll', { Filters: { filter: [{ field: 'account_id', operator: 'ilike', value: '3' }] } }),
			credentials,
			responders: [],
		});
		assert.equal(run.error?.name, 'NodeOperationError');
		assert.match(run.error.message, /^The filter on "Account ID" does not support the operator "ilike" \(item 0\)$/);
		assert.equal(run.requests.length, 0);
	});

	it('Return All follows endCursor while hasNextPage; Limit asks only for what is still needed', async () => {
		const pages = {
			first: connection([{ id: '1' }, { id: '2' }], true, 'A'),
			A: connection([{ id: '3' }, { id: '4' }], true, 'B'),
			B: connection([{ id: '5' }], false, 'C'),
		};
		const responders = [on('POST', '/graphql', (req) => ({ body: pages[req.body.variables.after ?? 'first'] }))];
		const all = await execute({ node: 'ClarusWms', version: V1, parameters: params('goods_outs', 'getAll', { 'Return All': true }), credentials, responders });
		assert.equal(all.error, undefined);
		assert.deepEqual(all.items.map((i) => i.json.id), ['1', '2', '3', '4', '5']);
		assert.deepEqual(all.requests.map((r) => r.body.variables.after), [undefined, 'A', 'B']);

		const limited = await execute({ node: 'ClarusWms', version: V1, parameters: params('goods_outs', 'getAll', { Limit: 3 }), credentials, responders });
		assert.equal(limited.error, undefined);
		assert.deepEqual(limited.items.map((i) => i.json.id), ['1', '2', '3']);
		assert.deepEqual(limited.requests.map((r) => r.body.variables.first), [3, 1]);
	});

	it('a repeated cursor stops with a clear error instead of looping', async () => {
		const run = await execute({
			node: 'ClarusWms',
			version: V1,
			parameters: params('goods_outs', 'getAll', { 'Return All': true }),
			credentials,
			responders: [on('POST', '/graphql', { body: connection([{ id: '1' }], true, 'SAME') })],
		});
		assert.equal(run.error?.name, 'NodeOperationError');
		assert.match(run.error.message, /^Clarus returned the cursor "SAME" twice; stopping to avoid a loop \(item 0\)$/);
		assert.equal(run.requests.length, 2);
	});

	it('GraphQL errors in a 200 answer become a NodeApiError with Clarus\'s message', async () => {
		const run = await execute({
			node: 'ClarusWms',
			version: V1,
			parameters: params('goods_outs', 'getAll', { Limit: 1 }),
			credentials,
			responders: [on('POST', '/graphql', { body: { errors: [{ message: "Field 'nope' doesn't exist on type 'GoodsOut'" }] } })],
		});
		assert.equal(run.error?.name, 'NodeApiError');
		assert.equal(run.error.message, "Clarus GraphQL: Field 'nope' doesn't exist on type 'GoodsOut'");
	});
});

// The newest version, when the node has one beyond version 1 (a resource mapper for the attributes).
const { nodeVersions } = require('./harness/context');
const { mapperValue } = require('./harness/minimal');
const newest = Math.max(...nodeVersions('ClarusWms'));

describe(`Clarus: JSON:API envelope, newest version (v${newest})`, { skip: newest === 1 ? 'the node has only version 1' : false }, () => {
	/** Parameters of the newest version: { 'Display Name': value }, the mapper's fields as `fields`. */
	async function paramsV(resource, operation, shown, fields) {
		const out = { resource, operation };
		for (const [displayName, value] of Object.entries(shown)) out[parameter('ClarusWms', out, displayName, newest).name] = value;
		if (fields) {
			const { name, value } = await mapperValue('ClarusWms', newest, out, 'Fields', fields);
			out[name] = value;
		}
		return out;
	}

	it('create: the mapped attributes, the relationship and the type in one envelope', async () => {
		const parameters = await paramsV(
			'goods_outs',
			'create',
			{ 'Account ID': byId(3), Address: { name: 'Jane Doe', postcode: 'AB1 2CD' } },
			{ expected_date_of_dispatch: '2026-08-01T09:00:00Z', goods_out_type: 'sales_order', reference: 'SO-1001', priority: 2 },
		);
		const run = await execute({
			node: 'ClarusWms',
			version: newest,
			parameters,
			credentials,
			responders: [on('POST', '/api/goods_outs', (req) => ({ body: record(55, req.body.data.attributes) }))],
		});
		assert.equal(run.error, undefined);
		const [req] = run.requests;
		assert.equal(req.url, `${BASE.clarus}/api/goods_outs`);
		assert.equal(req.body.data.type, 'goods_outs');
		assert.deepEqual(req.body.data.attributes, {
			account_id: 3,
			expected_date_of_dispatch: '2026-08-01T09:00:00Z',
			goods_out_type: 'sales_order',
			reference: 'SO-1001',
			priority: 2,
		});
		assert.deepEqual(req.body.data.relationships, { address: { data: { type: 'addresses', attributes: { name: 'Jane Doe', postcode: 'AB1 2CD' } } } });
	});

	it('update: PATCH with only the mapped attributes', async () => {
		const parameters = await paramsV('goods_outs', 'update', { Record: byId(55) }, { order_notes: 'call first' });
		const run = await execute({
			node: 'ClarusWms',
			version: newest,
			parameters,
			credentials,
			responders: [on('PATCH', '/api/goods_outs/55', { body: record(55, { order_notes: 'call first' }) })],
		});
		assert.equal(run.error, undefined);
		assert.deepEqual([run.requests[0].method, run.requests[0].url], ['PATCH', `${BASE.clarus}/api/goods_outs/55`]);
		assert.deepEqual(run.requests[0].body, { data: { type: 'goods_outs', attributes: { order_notes: 'call first' } } });
	});
});
