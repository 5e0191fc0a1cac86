'use strict';
// Clarus WMS node version 2 in real n8n (one boot) against the Clarus simulator: create through
// the resource mapper (a required string, a number, an enum, a boolean) with the account picked
// by its `_id` locator, update, Get by picker value, delete, Get Many with a filter and Return All,
// an action with a path ID, the resource mapper fed from an input item (Map Automatically), a bad
// value failing with a NodeOperationError that names the field and the item, Continue On Fail per
// item, and a saved version-1 workflow (old names, a plain-string ID and a locator-shaped ID)
// still running unchanged.
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { N8n } = require('../harness/n8n');
const { sandboxAdmin } = require('../harness/sandbox-admin');
const { createClarusCredential } = require('../harness/clarus');
const sandbox = require('../../sandbox/server');

const TYPE = 'n8n-nodes-wms-planning.clarusWms';
const ADDRESS = { name: 'Jane Smith', address_1: '1 High Street', postcode: 'AB1 2CD', country_code: 'GB' };

describe('Clarus WMS node version 2 in real n8n', () => {
	let n8n;
	let box;
	let url;
	let cred;
	const controls = sandboxAdmin(() => url);
	const apiCalls = async () => (await controls.requests()).filter((r) => r.path.startsWith('/api/'));
	const lastApiCall = async () => (await apiCalls()).pop();
	const rl = (value, mode = 'list') => ({ __rl: true, mode, value: String(value) });
	const columns = (value) => ({ mappingMode: 'defineBelow', value });
	const node = (parameters, { typeVersion = 2, continueOnFail } = {}) => ({
		type: TYPE,
		typeVersion,
		parameters: { authentication: 'oAuth2', ...parameters },
		credentials: { clarusWmsOAuth2Api: { id: cred.id, name: cred.name } },
		...(continueOnFail ? { continueOnFail } : {}),
	});
	const run = async (parameters, options = {}) => await n8n.runNode(node(parameters, options), { inputItems: options.inputItems });
	const ok = (result) => {
		assert.equal(result.status, 'success', JSON.stringify(result.error));
		return result.output('Node');
	};

	before(async () => {
		box = await sandbox.start({ port: 0, seed: 42, vendors: ['clarus'] });
		url = box.urls.clarus;
		n8n = await N8n.launch();
		cred = await createClarusCredential(n8n, url, 'Clarus v2');
	});

	after(async () => {
		await n8n?.stop();
		await box?.close();
	});

	let goodsOutId;
	let reference;

	it('creates a goods out through the resource mapper, the account picked by its `_id` locator', async () => {
		await controls.call('POST', 'reset');
		reference = `V2-${Date.now()}`;
		const [record] = ok(
			await run({
				resource: 'goods_outs',
				operation: 'create',
				account_id: rl(1),
				columns: columns({
					reference,
					expected_date_of_dispatch: '2026-08-01T10:00:00Z',
					goods_out_type: 'work_order',
					priority: 7,
					boolean1: true,
					delivery_notes: null,
				}),
				rel_address: ADDRESS,
			}),
		);
		assert.equal(record.reference, reference);
		goodsOutId = String(record.id);
		const post = await lastApiCall();
		assert.equal(post.path, '/api/goods_outs');
		assert.deepEqual(post.body.data.attributes, {
			account_id: 1,
			reference,
			expected_date_of_dispatch: '2026-08-01T10:00:00Z',
			goods_out_type: 'work_order',
			priority: 7,
			boolean1: true,
		});
		assert.equal(post.body.data.relationships.address.data.attributes.postcode, 'AB1 2CD');
	});

	it('updates it with only the fields given (an update requires none), the record picked by `id`', async () => {
		assert.ok(goodsOutId, 'created above');
		const [record] = ok(await run({ resource: 'goods_outs', operation: 'update', id: rl(goodsOutId), columns: columns({ priority: 9 }), simplify: true }));
		assert.equal(String(record.id), goodsOutId);
		assert.equal(record.priority, 9);
		const patch = await lastApiCall();
		assert.equal(patch.path, `/api/goods_outs/${goodsOutId}`);
		assert.deepEqual(patch.body.data.attributes, { priority: 9 });
	});

	it('finds it with Get Many, a filter and Return All', async () => {
		const records = ok(
			await run({
				resource: 'goods_outs',
				operation: 'getAll',
				returnAll: true,
				filters: { filter: [{ field: 'reference', operator: 'eq', value: reference }] },
			}),
		);
		assert.deepEqual(records.map((r) => String(r.id)), [goodsOutId]);
		const graphql = (await controls.requests()).filter((r) => r.path === '/graphql').pop();
		assert.deepEqual(graphql.body.variables.filter, { reference: { eq: reference } });
		const all = ok(await run({ resource: 'goods_outs', operation: 'getAll', returnAll: true, options: { pageSize: 100 } }));
		assert.ok(all.length > 100, `${all.length} goods outs over several pages`);
	});

	it('runs an action with a path ID (Cancel), the ID typed By ID', async () => {
		const output = ok(await run({ resource: 'goods_outs', operation: 'cancel', id: rl(goodsOutId, 'id') }));
		assert.ok(output.length >= 1);
		assert.equal((await lastApiCall()).path, `/api/goods_outs/${goodsOutId}/cancel`);
	});

	it('creates a supplier from the input item (Map Automatically), gets it by picker value, deletes it', async () => {
		const code = `SUP${Date.now() % 1e8}`;
		const [created] = ok(
			await run(
				{ resource: 'suppliers', operation: 'create', columns: { mappingMode: 'autoMapInputData', value: null } },
				{ inputItems: [{ code, name: 'V2 Supplier', active: true, unrelated: 'ignored' }] },
			),
		);
		const post = await lastApiCall();
		assert.deepEqual(post.body.data.attributes, { code, name: 'V2 Supplier', active: true });
		const supplierId = String(created.id);

		const [got] = ok(await run({ resource: 'suppliers', operation: 'get', id: rl(supplierId) }));
		assert.equal(String(got.id), supplierId);
		assert.equal(got.code, code);
		const graphql = (await controls.requests()).filter((r) => r.path === '/graphql').pop();
		assert.deepEqual(graphql.body.variables.filter, { id: { eq: Number(supplierId) } }, 'filtered by Clarus');

		const [deleted] = ok(await run({ resource: 'suppliers', operation: 'delete', id: rl(supplierId) }));
		assert.deepEqual(deleted, { deleted: true, id: Number(supplierId) });
		const del = await lastApiCall();
		assert.deepEqual([del.method, del.path], ['DELETE', `/api/suppliers/${supplierId}`]);
		const gone = await run({ resource: 'suppliers', operation: 'get', id: rl(supplierId) });
		assert.equal(gone.status, 'error');
		assert.match(gone.error.message, new RegExp(`No supplier record has the ID ${supplierId} \\(item 0\\)`));
	});

	it('sends a shared query parameter (Delete Many products by `query_ids`)', async () => {
		const products = ok(await run({ resource: 'products', operation: 'getAll', returnAll: false, limit: 2 }));
		assert.equal(products.length, 2);
		const ids = products.map((p) => String(p.id));
		const [deleted] = ok(await run({ resource: 'products', operation: 'deleteMany', query_ids: ` ${ids[0]} , ${ids[1]} ` }));
		assert.deepEqual(deleted, { deleted: true, ids: ids.join(',') });
		const call = await lastApiCall();
		assert.equal(call.path, '/api/products');
		assert.equal(call.method, 'DELETE');
		assert.equal(call.query.ids, ids.join(','));
	});

	it('a bad value fails with an error naming the field and the item; Continue On Fail keeps the good items', async () => {
		const parameters = {
			resource: 'goods_outs',
			operation: 'create',
			account_id: rl(1),
			columns: columns({
				reference: '={{ $json.reference }}',
				expected_date_of_dispatch: '2026-08-01T10:00:00Z',
				goods_out_type: 'sales_order',
				priority: '={{ $json.priority }}',
			}),
			rel_address: ADDRESS,
		};
		const stamp = Date.now();
		const inputItems = [
			{ reference: `V2-OK-${stamp}`, priority: 3 },
			{ reference: `V2-BAD-${stamp}`, priority: 'high' },
		];
		const before = (await apiCalls()).length;
		const failed = await run(parameters, { inputItems });
		assert.equal(failed.status, 'error');
		assert.match(failed.error.message, /The "Priority" parameter must be a number, got "high" \(item 1\)/);
		assert.equal(failed.error.itemIndex, 1);
		const error = failed.nodeError('Node');
		assert.equal(error?.name, 'NodeOperationError', JSON.stringify(error));

		const kept = await run(parameters, { inputItems, continueOnFail: true });
		const output = ok(kept);
		assert.equal(output.length, 2);
		assert.equal(output[0].reference, `V2-OK-${stamp}`);
		assert.match(output[1].error, /"Priority" parameter must be a number, got "high" \(item 1\)/);
		const posts = (await apiCalls()).slice(before).filter((r) => r.path === '/api/goods_outs');
		assert.ok(posts.every((p) => p.body.data.attributes.reference !== `V2-BAD-${stamp}`), 'the bad item was never sent');

		// an account that resolves to nothing at run time (n8n itself refuses a literally empty required picker)
		const noAccount = await run({ ...parameters, account_id: rl('={{ $json.account }}', 'id') }, { inputItems: inputItems.slice(0, 1) });
		assert.equal(noAccount.status, 'error');
		assert.match(noAccount.error.message, /The "Account ID" parameter is required \(item 0\)/);
	});

	it('a saved version-1 workflow runs unchanged: old names, a plain-string ID and a locator-shaped ID', async () => {
		const v1 = { typeVersion: 1 };
		const [created] = ok(
			await run(
				{
					resource: 'goods_outs',
					operation: 'create',
					goods_outs_create_account_id: 1,
					goods_outs_create_expected_date_of_dispatch: '2026-08-01T10:00:00Z',
					goods_outs_create_goods_out_type: 'sales_order',
					goods_outs_create_reference: `V1-${Date.now()}`,
					goods_outs_create_additionalFields: { priority: 4 },
					goods_outs_create_rel_address: ADDRESS,
				},
				v1,
			),
		);
		const post = await lastApiCall();
		assert.equal(post.body.data.attributes.priority, 4);
		const second = ok(
			await run(
				{
					resource: 'goods_outs',
					operation: 'create',
					// main had pickers on version 1 for a day: a workflow saved then stored a locator here
					goods_outs_create_account_id: rl(1),
					goods_outs_create_expected_date_of_dispatch: '2026-08-01T10:00:00Z',
					goods_outs_create_goods_out_type: 'sales_order',
					goods_outs_create_reference: `V1-RL-${Date.now()}`,
					goods_outs_create_rel_address: ADDRESS,
				},
				v1,
			),
		)[0];
		assert.equal((await lastApiCall()).body.data.attributes.account_id, 1);

		ok(await run({ resource: 'goods_outs', operation: 'cancel', goods_outs_cancel_path_id: String(created.id) }, v1));
		assert.equal((await lastApiCall()).path, `/api/goods_outs/${created.id}/cancel`);
		ok(await run({ resource: 'goods_outs', operation: 'cancel', goods_outs_cancel_path_id: rl(second.id) }, v1));
		assert.equal((await lastApiCall()).path, `/api/goods_outs/${second.id}/cancel`);
		const bad = await run({ resource: 'goods_outs', operation: 'cancel', goods_outs_cancel_path_id: rl('abc', 'id') }, v1);
		assert.equal(bad.status, 'error');
		assert.match(bad.error.message, /The "Goods Out ID" parameter must be a whole number, got "abc" \(item 0\)/);
	});
});
