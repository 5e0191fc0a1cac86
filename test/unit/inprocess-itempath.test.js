'use strict';
// The ItemPath node's real execute(), in-process (test/unit/harness): filters to ItemPath's query
// syntax, limit/page pagination and its guards, record IDs, version 1 and 2. Needs `npm run build`.
const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { execute } = require('./harness/context');
const { BASE, CREDENTIALS, on } = require('./harness/fixtures');

const credentials = { itemPathApi: CREDENTIALS.itemPathApi };

/** Material pages of `size` records: page P holds ids P*size+1 … (fewer on the last page). */
function materialPages(total) {
	return on('GET', '/api/materials', (req) => {
		const limit = Number(req.qs.limit);
		const page = Number(req.qs.page);
		const ids = [];
		for (let id = page * limit + 1; id <= Math.min(total, (page + 1) * limit); id++) ids.push(id);
		return { body: { materials: ids.map((id) => ({ id, name: `MAT-${id}` })) } };
	});
}

const getMany = (extra = {}) => ({ resource: 'material', operation: 'getAll', ...extra });

describe('ItemPath: filter conditions → query wire syntax', () => {
	it('every operator goes in front of the value, lists joined with ";"', async () => {
		const conditions = [
			{ field: 'name', operator: 'equals', value: 'MAT-1' },
			{ field: 'description', operator: 'notEquals', value: 'old' },
			{ field: 'id', operator: 'greaterThan', value: '10' },
			{ field: 'modifiedDate', operator: 'lessThan', value: 'today' },
			{ field: 'Info1', operator: 'like', value: 'A%' },
			{ field: 'Info2', operator: 'notLike', value: '%x' },
			{ field: 'unitOfMeasure', operator: 'isOneOf', value: 'PCS, BOX ,KG' },
			{ field: 'Info3', operator: 'isNoneOf', value: 'a,b; c' },
		];
		const run = await execute({
			node: 'ItemPath',
			parameters: getMany({ limit: 5, filters: { conditions } }),
			credentials,
			responders: [materialPages(0)],
		});
		assert.equal(run.error, undefined);
		assert.equal(run.requests.length, 1);
		const [req] = run.requests;
		assert.equal(req.url.split('?')[0], `${BASE.itemPath}/materials`);
		assert.deepEqual(req.qs, {
			name: 'MAT-1',
			description: '[not]old',
			id: '[gt]10',
			modifiedDate: '[lt]today',
			Info1: '[like]A%',
			Info2: '[notlike]%x',
			unitOfMeasure: '[or]PCS;BOX;KG',
			Info3: '[nor]a,b;c',
			limit: 5,
			page: 0,
		});
		assert.equal(req.options.arrayFormat, 'repeat');
	});

	it('two conditions on one field repeat the parameter on the wire', async () => {
		const run = await execute({
			node: 'ItemPath',
			parameters: getMany({
				filters: {
					conditions: [
						{ field: 'id', operator: 'greaterThan', value: '1' },
						{ field: 'id', operator: 'lessThan', value: '9' },
					],
				},
			}),
			credentials,
			responders: [materialPages(0)],
		});
		assert.equal(run.error, undefined);
		assert.deepEqual(run.requests[0].qs.id, ['[gt]1', '[lt]9']);
		assert.match(run.requests[0].query, /^id=%5Bgt%5D1&id=%5Blt%5D9&/);
	});

	it('a bad condition fails before any request, naming the condition and the item', async () => {
		const cases = [
			[{ field: 'limit', operator: 'equals', value: '1' }, /^Filter condition 1 uses "limit", which is a paging parameter/],
			[{ field: 'name', operator: 'greaterThan', value: '' }, /^Filter condition 1 needs a value/],
			[{ field: 'name', operator: 'isOneOf', value: ' , ' }, /^Filter condition 1 needs at least one value/],
			[{ field: 'bad field', operator: 'equals', value: 'x' }, /^Filter condition 1 has no valid field name/],
		];
		for (const [condition, message] of cases) {
			const run = await execute({
				node: 'ItemPath',
				parameters: getMany({ filters: { conditions: [condition] } }),
				credentials,
				input: [{ json: {} }, { json: {} }],
				responders: [materialPages(0)],
			});
			assert.equal(run.error?.name, 'NodeOperationError', JSON.stringify(condition));
			assert.match(run.error.message, message);
			assert.match(run.error.message, /\(item 0\)$/);
			assert.equal(run.requests.length, 0);
		}
	});
});

describe('ItemPath: pagination', () => {
	it('Limit is respected: page size shrinks to the limit and no page beyond it is fetched', async () => {
		const run = await execute({
			node: 'ItemPath',
			parameters: getMany({ limit: 3, options: { pageSize: 2 } }),
			credentials,
			responders: [materialPages(10)],
		});
		assert.equal(run.error, undefined);
		assert.deepEqual(run.items.map((i) => i.json.id), [1, 2, 3]);
		assert.deepEqual(run.requests.map((r) => [r.qs.limit, r.qs.page]), [[2, 0], [2, 1]]);
	});

	it('Return All pages until a short page, in order, each record paired with its item', async () => {
		const run = await execute({
			node: 'ItemPath',
			parameters: getMany({ returnAll: true, options: { pageSize: 4 } }),
			credentials,
			responders: [materialPages(9)],
		});
		assert.equal(run.error, undefined);
		assert.deepEqual(run.items.map((i) => i.json.id), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
		assert.deepEqual(run.requests.map((r) => r.qs.page), [0, 1, 2]);
		assert.ok(run.items.every((i) => i.pairedItem.item === 0));
	});

	it('Return All drops a record already seen on an earlier page (same id)', async () => {
		const pages = [
			[{ id: 1 }, { id: 2 }],
			[{ id: 2 }, { id: 3 }],
			[{ id: 4 }],
		];
		const run = await execute({
			node: 'ItemPath',
			parameters: getMany({ returnAll: true, options: { pageSize: 2 } }),
			credentials,
			responders: [on('GET', '/api/materials', (req) => ({ body: { materials: pages[Number(req.qs.page)] ?? [] } }))],
		});
		assert.equal(run.error, undefined);
		assert.deepEqual(run.items.map((i) => i.json.id), [1, 2, 3, 4]);
	});

	it('a server ignoring `page` (the same full page again) stops with a clear error', async () => {
		const run = await execute({
			node: 'ItemPath',
			parameters: getMany({ returnAll: true, options: { pageSize: 2 } }),
			credentials,
			responders: [on('GET', '/api/materials', { body: { materials: [{ id: 1 }, { id: 2 }] } })],
		});
		assert.equal(run.error?.name, 'NodeOperationError');
		assert.match(run.error.message, /ItemPath returned the same page twice \(page 1\); stopping to avoid an endless loop \(item 0\)/);
		assert.equal(run.requests.length, 2);
	});

	it('an answer without the list stops with an error naming the list', async () => {
		const run = await execute({
			node: 'ItemPath',
			parameters: getMany({ returnAll: true }),
			credentials,
			responders: [on('GET', '/api/materials', { body: { items: 'nope' } })],
		});
		assert.match(run.error?.message ?? '', /ItemPath answered without a "materials" list \(item 0\)/);
	});
});

describe('ItemPath: versions and record IDs', () => {
	it('version 2 (default): the record picker By ID gives the path; Simplify is on', async () => {
		const run = await execute({
			node: 'ItemPath',
			parameters: { resource: 'material', operation: 'get', id: { __rl: true, mode: 'id', value: '42' } },
			credentials,
			responders: [on('GET', '/api/materials/42', { body: { id: 42, name: 'M', description: 'd', Info1: 'x', unitOfMeasure: 'PCS' } })],
		});
		assert.equal(run.version, 2);
		assert.equal(run.error, undefined);
		assert.equal(run.requests[0].url, `${BASE.itemPath}/materials/42`);
		assert.deepEqual(run.items[0].json, { id: 42, name: 'M', description: 'd', unitOfMeasure: 'PCS' });
	});

	it('version 1: a plain ID string (as saved workflows have it) works and the output is not simplified', async () => {
		const record = { id: 42, name: 'M', description: 'd', Info1: 'x', unitOfMeasure: 'PCS' };
		const run = await execute({
			node: 'ItemPath',
			version: 1,
			parameters: { resource: 'material', operation: 'get', id: '42' },
			credentials,
			responders: [on('GET', '/api/materials/42', { body: record })],
		});
		assert.equal(run.error, undefined);
		assert.equal(run.requests[0].url, `${BASE.itemPath}/materials/42`);
		assert.deepEqual(run.items[0].json, record);
	});

	it('an ID that is not a positive whole number fails before any request, naming parameter and item', async () => {
		const run = await execute({
			node: 'ItemPath',
			parameters: { resource: 'order', operation: 'delete', id: { __rl: true, mode: 'id', value: '../users' } },
			credentials,
			input: [{ json: {} }],
			responders: [],
		});
		assert.equal(run.error?.name, 'NodeOperationError');
		assert.match(run.error.message, /^The "Order ID" parameter must be a positive whole number.*, got "\.\.\/users" \(item 0\)$/);
		assert.equal(run.requests.length, 0);
	});

	it('the bearer token goes only to the credential\'s host', async () => {
		const run = await execute({
			node: 'ItemPath',
			parameters: getMany({ limit: 1 }),
			credentials,
			responders: [materialPages(1)],
		});
		assert.equal(run.error, undefined);
		for (const req of run.requests) {
			assert.equal(req.origin, 'https://acme.itempath.com');
			assert.equal(req.wireHeaders.Authorization, `Bearer ${CREDENTIALS.itemPathApi.applicationToken}`);
			assert.equal(req.options.sendCredentialsOnCrossOriginRedirect, false);
		}
	});
});

describe('ItemPath: write bodies', () => {
	it('create order: the documented body with its lines; update: POST to /:id with only the changed fields', async () => {
		const created = await execute({
			node: 'ItemPath',
			parameters: {
				resource: 'order',
				operation: 'create',
				name: 'ORD-1',
				directionType: 2,
				additionalFields: { priority: 3, Info1: '' },
				orderLines: { line: [{ materialName: 'MAT-1', quantity: '4', Info2: 'x' }] },
			},
			credentials,
			responders: [on('POST', '/api/orders', (req) => ({ body: { id: 10, ...req.body } }))],
		});
		assert.equal(created.error, undefined);
		assert.equal(created.requests[0].url, `${BASE.itemPath}/orders`);
		assert.deepEqual(created.requests[0].body, {
			name: 'ORD-1',
			directionType: 2,
			priority: 3,
			order_lines: [{ materialName: 'MAT-1', quantity: 4, Info2: 'x' }],
		});

		const updated = await execute({
			node: 'ItemPath',
			parameters: { resource: 'material', operation: 'update', id: { __rl: true, mode: 'id', value: '5' }, updateFields: { description: 'New', Info3: '' } },
			credentials,
			responders: [on('POST', '/api/materials/5', { body: { id: 5, description: 'New' } })],
		});
		assert.equal(updated.error, undefined);
		assert.deepEqual([updated.requests[0].method, updated.requests[0].url, updated.requests[0].body], ['POST', `${BASE.itemPath}/materials/5`, { description: 'New' }]);
	});

	it('an order line without a positive quantity fails before any request', async () => {
		const run = await execute({
			node: 'ItemPath',
			parameters: { resource: 'order', operation: 'create', name: 'ORD-1', orderLines: { line: [{ materialName: 'MAT-1', quantity: 0 }] } },
			credentials,
			responders: [],
		});
		assert.equal(run.error?.name, 'NodeOperationError');
		assert.match(run.error.message, /^Order line 1: the material quantity must be a number greater than 0, got "0" \(item 0\)$/);
		assert.equal(run.requests.length, 0);
	});
});

describe('ItemPath: Requests in Flight', () => {
	// The timeout only ends a hang (a node sending one at a time never gets its first answer).
	it('writes run several at once, yet output order, pairing and Continue On Fail stay per item', { timeout: 20_000 }, async () => {
		// Each create is held until three are in flight at once, then they are answered last first:
		// the node must not wait for one answer before sending the next (up to Requests in Flight).
		const held = [];
		let maxInFlight = 0;
		let inFlight = 0;
		const responder = on('POST', '/api/materials', (req) => {
			inFlight++;
			maxInFlight = Math.max(maxInFlight, inFlight);
			return new Promise((resolve) => {
				held.push(() => {
					inFlight--;
					resolve(req.body.name === 'BAD' ? { status: 422, body: { errors: [{ name: { message: 'BAD is not allowed' } }] } } : { body: { id: held.length, name: req.body.name } });
				});
				if (held.length % 3 === 0 || req.body.name === 'LAST') for (const release of held.splice(0).reverse()) release();
			});
		});
		const names = ['A', 'B', 'BAD', 'C', 'LAST'];
		const run = await execute({
			node: 'ItemPath',
			parameters: { resource: 'material', operation: 'create', name: '={{ $json.name }}', requestOptions: { concurrency: 3, maxRetries: 0 } },
			credentials,
			continueOnFail: true,
			input: names.map((name) => ({ json: { name } })),
			responders: [responder],
		});
		assert.equal(run.error, undefined);
		assert.equal(maxInFlight, 3);
		assert.deepEqual(
			run.items.map((i) => [i.pairedItem.item, i.json.name ?? i.json.error]),
			[
				[0, 'A'],
				[1, 'B'],
				[2, 'BAD is not allowed'],
				[3, 'C'],
				[4, 'LAST'],
			],
		);
	});
});
