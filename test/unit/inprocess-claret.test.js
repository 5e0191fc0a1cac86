'use strict';
// The Claret node's real execute(), in-process (test/unit/harness): inventory import chunking and
// partial failure, next_index pagination and its guards, versions 1 and 2. Needs `npm run build`.
const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { execute } = require('./harness/context');
const { BASE, CREDENTIALS, SECRETS, claretLogin, on } = require('./harness/fixtures');

const credentials = { claretApi: CREDENTIALS.claretApi };
const IMPORT = '/demo/api/v1/inventory/import/process';

/** `count` input items, one inventory record each, mapped by the node's default expressions. */
const recordItems = (count) =>
	Array.from({ length: count }, (_, i) => ({ json: { item_name: `ITEM-${i + 1}`, quantity: String(i + 1), bin_name: 'B-01' } }));

const importParameters = (options = {}) => ({ resource: 'inventory', operation: 'import', importOptions: options });

describe('Claret: inventory import chunking', () => {
	it('records from every input item go in chunks of at most Chunk Size, in order, each sent once', async () => {
		const run = await execute({
			node: 'Claret',
			parameters: importParameters({ chunkSize: 2, continueOnRecordError: true }),
			credentials,
			input: recordItems(5),
			responders: [claretLogin, on('POST', IMPORT, (req) => ({ body: { success_count: req.body.payload.length } }))],
		});
		assert.equal(run.error, undefined);
		const imports = run.requests.filter((r) => r.path === IMPORT);
		assert.deepEqual(imports.map((r) => r.body.payload.map((p) => p.item_name)), [
			['ITEM-1', 'ITEM-2'],
			['ITEM-3', 'ITEM-4'],
			['ITEM-5'],
		]);
		assert.deepEqual(imports[0].body, {
			source: 'api',
			arguments: { allow_record_creation: true, allow_record_update: true, should_continue_on_error: true },
			payload: [
				{ item_name: 'ITEM-1', quantity: 1, bin_name: 'B-01' },
				{ item_name: 'ITEM-2', quantity: 2, bin_name: 'B-01' },
			],
		});
		assert.deepEqual(
			run.items.map((i) => [i.json.chunk, i.json.chunks, i.json.firstRecord, i.json.lastRecord, i.json.status]),
			[
				[1, 3, 1, 2, 'accepted'],
				[2, 3, 3, 4, 'accepted'],
				[3, 3, 5, 5, 'accepted'],
			],
		);
		assert.deepEqual(run.items[1].pairedItem, [{ item: 2 }, { item: 3 }]);
	});

	it('more than 1000 records: never more than 1000 per request, whatever Chunk Size says', async () => {
		const records = Array.from({ length: 2500 }, (_, i) => ({ item_name: `I${i}`, quantity: 1 }));
		const run = await execute({
			node: 'Claret',
			parameters: { ...importParameters({ chunkSize: 5000 }), recordsSource: 'json', recordsJson: JSON.stringify(records) },
			credentials,
			responders: [claretLogin, on('POST', IMPORT, { body: { success_count: 1 } })],
		});
		assert.equal(run.error, undefined);
		assert.deepEqual(run.requests.filter((r) => r.path === IMPORT).map((r) => r.body.payload.length), [1000, 1000, 500]);
	});

	it('a failed chunk stops the node: the error says which records were imported and which were not sent', async () => {
		let n = 0;
		const run = await execute({
			node: 'Claret',
			parameters: importParameters({ chunkSize: 2 }),
			credentials,
			input: recordItems(6),
			responders: [
				claretLogin,
				on('POST', IMPORT, () =>
					++n === 2
						? { status: 422, body: { message: 'The payload.0.uom field is invalid.', errors: { 'payload.0.uom': ['Unknown unit'] } } }
						: { body: { success_count: 2 } },
				),
			],
		});
		assert.equal(run.error?.name, 'NodeApiError');
		assert.equal(run.error.message, 'The payload.0.uom field is invalid.');
		assert.match(run.error.description, /^Chunk 2 of 3 \(records 3-4\) failed; records 1-2 were imported and are not re-sent; records 5-6 were not sent\./);
		assert.match(run.error.description, /payload\.0\.uom: Unknown unit/);
		assert.equal(run.requests.filter((r) => r.path === IMPORT).length, 2);
	});

	it('with Continue On Fail a failed chunk becomes its own item listing its records; later chunks still go', async () => {
		let n = 0;
		const run = await execute({
			node: 'Claret',
			parameters: importParameters({ chunkSize: 2 }),
			credentials,
			continueOnFail: true,
			input: recordItems(5),
			responders: [
				claretLogin,
				on('POST', IMPORT, () => (++n === 2 ? { status: 422, body: { message: 'Unknown item ITEM-3' } } : { body: { success_count: 2 } })),
			],
		});
		assert.equal(run.error, undefined);
		assert.deepEqual(run.items.map((i) => i.json.status), ['accepted', 'failed', 'accepted']);
		const failed = run.items[1].json;
		assert.equal(failed.error, 'Unknown item ITEM-3');
		assert.equal(failed.httpCode, 422);
		assert.match(failed.description, /^Chunk 2 of 3 \(records 3-4\) failed; records 1-2 were imported and are not re-sent\./);
		assert.deepEqual(failed.records.map((r) => r.item_name), ['ITEM-3', 'ITEM-4']);
		assert.deepEqual(run.items[1].pairedItem, [{ item: 2 }, { item: 3 }]);
		assert.equal(run.requests.filter((r) => r.path === IMPORT).length, 3);
	});

	it('an invalid record names the parameter and the item; with Continue On Fail only that item fails', async () => {
		const input = recordItems(3);
		input[1].json.quantity = 'lots';
		const stopped = await execute({ node: 'Claret', parameters: importParameters(), credentials, input, responders: [claretLogin] });
		assert.equal(stopped.error?.name, 'NodeOperationError');
		assert.match(stopped.error.message, /^The "Quantity" \(quantity\) of an inventory record is not a number: "lots" \(item 1\)$/);
		assert.equal(stopped.requests.filter((r) => r.path === IMPORT).length, 0);

		const continued = await execute({
			node: 'Claret',
			parameters: importParameters(),
			credentials,
			continueOnFail: true,
			input,
			responders: [claretLogin, on('POST', IMPORT, { body: { success_count: 2 } })],
		});
		assert.equal(continued.error, undefined);
		const errorItem = continued.items.find((i) => i.json.error);
		assert.deepEqual(errorItem.pairedItem, { item: 1 });
		const sent = continued.requests.find((r) => r.path === IMPORT);
		assert.deepEqual(sent.body.payload.map((p) => p.item_name), ['ITEM-1', 'ITEM-3']);
	});
});

describe('Claret: next_index pagination', () => {
	const sales = { resource: 'sale', operation: 'getAll', saleTypeName: 'History', startDate: '2025-01-15T00:00:00.000Z', duration: 7 };
	/** Pages keyed by the cursor the node sends (no current_index on the first call). */
	const pagesByCursor = (pages) =>
		on('GET', '/demo/api/v1/sales', (req) => ({ body: pages[String(req.qs.current_index ?? 'first')] }));
	/** Sale → Get Many over these pages (Return All unless `extra` says otherwise). */
	const readSales = async (pages, extra = {}) =>
		await execute({
			node: 'Claret',
			parameters: { ...sales, returnAll: true, ...extra },
			credentials,
			responders: [claretLogin, pagesByCursor(pages)],
		});

	it('follows next_index as an opaque cursor until it is null; the query is what Claret documents', async () => {
		const run = await readSales({
			first: { sales: [{ id: 1 }, { id: 2 }], next_index: 9127 },
			9127: { sales: [{ id: 3 }], next_index: 'abc' },
			abc: { sales: [{ id: 4 }], next_index: null },
		});
		assert.equal(run.error, undefined);
		assert.deepEqual(run.items.map((i) => i.json.id), [1, 2, 3, 4]);
		const reads = run.requests.filter((r) => r.path.endsWith('/sales'));
		assert.deepEqual(reads.map((r) => r.qs.current_index), [undefined, 9127, 'abc']);
		assert.deepEqual(reads[0].qs, { sale_type_name: 'History', start_date: '2025-01-15', duration: 7, pagination_count: 1000 });
		assert.equal(reads[0].url.split('?')[0], `${BASE.claret}/sales`);
	});

	it('a repeated next_index stops with a clear error instead of looping', async () => {
		const run = await readSales({ first: { sales: [{ id: 1 }], next_index: 5 }, 5: { sales: [{ id: 2 }], next_index: 5 } });
		assert.equal(run.error?.name, 'NodeOperationError');
		assert.match(run.error.message, /Claret returned the same next_index "5" twice; stopping to avoid a loop/);
		assert.equal(run.requests.filter((r) => r.path.endsWith('/sales')).length, 2);
	});

	it('Limit: asks for at most Limit records per page and fetches no page beyond it', async () => {
		const run = await readSales(
			{
				first: { sales: [{ id: 1 }, { id: 2 }], next_index: 'p2' },
				p2: { sales: [{ id: 3 }, { id: 4 }], next_index: 'p3' },
				p3: { sales: [{ id: 5 }], next_index: null },
			},
			{ returnAll: false, limit: 3 },
		);
		assert.equal(run.error, undefined);
		assert.deepEqual(run.items.map((i) => i.json.id), [1, 2, 3]);
		const reads = run.requests.filter((r) => r.path.endsWith('/sales'));
		assert.equal(reads.length, 2);
		assert.ok(reads.every((r) => r.qs.pagination_count === 3));
	});

	it('Return All drops a sale already seen on an earlier page', async () => {
		const run = await readSales({ first: { sales: [{ id: 1 }, { id: 2 }], next_index: 'n' }, n: { sales: [{ id: 2 }, { id: 3 }], next_index: null } });
		assert.deepEqual(run.items.map((i) => i.json.id), [1, 2, 3]);
	});

	it('version 2 simplifies sales by default; version 1 keeps the whole record', async () => {
		const sale = { id: 1, sell_date: '2025-01-15', quantity: 3, uom_abbr: 'cs', item_name: 'CHARD', customer_group_name: 'G', sale_type_name: 'History', created_at: 'x', timing_interval_span: 'day' };
		const responders = [claretLogin, pagesByCursor({ first: { sales: [sale], next_index: null } })];
		const v2 = await execute({ node: 'Claret', parameters: { ...sales, returnAll: true }, credentials, responders });
		assert.equal(v2.version, 2);
		assert.equal(v2.error, undefined);
		assert.deepEqual(Object.keys(v2.items[0].json), ['id', 'sell_date', 'quantity', 'uom_abbr', 'item_name', 'customer_group_name', 'sale_type_name']);
		const v1 = await execute({ node: 'Claret', version: 1, parameters: { ...sales, returnAll: true }, credentials, responders });
		assert.equal(v1.error, undefined);
		assert.deepEqual(v1.items[0].json, sale);
	});

	it('the credential logs in once per run and signs every call; nothing goes to another host', async () => {
		const run = await execute({
			node: 'Claret',
			parameters: { ...sales, returnAll: true },
			credentials,
			input: [{ json: {} }, { json: {} }],
			responders: [claretLogin, pagesByCursor({ first: { sales: [{ id: 1 }], next_index: null } })],
		});
		assert.equal(run.error, undefined);
		assert.equal(run.requests.filter((r) => r.path.endsWith('/tokens/create')).length, 1);
		for (const req of run.requests.filter((r) => r.path.endsWith('/sales'))) {
			assert.equal(req.wireHeaders.Authorization, `Bearer ${SECRETS.claretToken}`);
			assert.equal(req.wireHeaders['X-Requested-With'], 'XMLHttpRequest');
		}
		assert.ok(run.requests.every((r) => r.origin === 'https://plan.claret.app'));
	});
});

describe('Claret: supply plans', () => {
	const plans = (filters) => ({ resource: 'supplyPlan', operation: 'getAll', supplyTypeName: 'Make Plan', returnAll: true, filters });

	it('the documented query: supply_type_name, last_updated as YYYY-MM-DD, duration', async () => {
		const run = await execute({
			node: 'Claret',
			parameters: plans({ lastUpdated: '2025-03-01T10:00:00.000Z', duration: 14 }),
			credentials,
			responders: [claretLogin, on('GET', '/demo/api/v1/supply-plan/get/process', { body: { supply_plans: [{ id: 1 }], next_index: null } })],
		});
		assert.equal(run.error, undefined);
		const call = run.requests.find((r) => r.credentialType);
		assert.deepEqual(call.qs, { supply_type_name: 'Make Plan', last_updated: '2025-03-01', duration: 14, pagination_count: 1000 });
	});

	it('Duration without Last Updated fails before any request, naming the filter and the item', async () => {
		const run = await execute({ node: 'Claret', parameters: plans({ duration: 14 }), credentials, responders: [claretLogin] });
		assert.equal(run.error?.name, 'NodeOperationError');
		assert.match(run.error.message, /"Duration \(Days\)".*"Last Updated".*\(item 0\)$/);
		assert.equal(run.requests.filter((r) => r.credentialType).length, 0);
	});
});

describe('Claret: inventory delete', () => {
	it('by filters: comma lists become the documented arrays, dates YYYY-MM-DD', async () => {
		const run = await execute({
			node: 'Claret',
			parameters: {
				resource: 'inventory',
				operation: 'delete',
				deleteBy: 'filters',
				deleteFilters: { items: 'CHARD-750, MERLOT-750', bins: 'B-01', date_filled_from: '2025-01-01T00:00:00.000Z' },
			},
			credentials,
			responders: [claretLogin, on('POST', '/demo/api/v1/inventory/batch-delete', { body: { deleted: 2 } })],
		});
		assert.equal(run.error, undefined);
		const call = run.requests.find((r) => r.credentialType);
		assert.deepEqual(call.body, { items: ['CHARD-750', 'MERLOT-750'], bins: ['B-01'], date_filled_from: '2025-01-01' });
		assert.deepEqual(run.items[0].json, { deleted: 2 });
	});

	it('by rows: a row without an item fails before any request', async () => {
		const run = await execute({
			node: 'Claret',
			parameters: { resource: 'inventory', operation: 'delete', deleteBy: 'rows', rows: { row: [{ item: 'A' }, { bin: 'B-01' }] } },
			credentials,
			responders: [claretLogin],
		});
		assert.equal(run.error?.name, 'NodeOperationError');
		assert.match(run.error.message, /"Item".*\(item 0\)$/);
		assert.equal(run.requests.filter((r) => r.credentialType).length, 0);
	});
});
