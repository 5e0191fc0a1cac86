'use strict';
// The ItemPath resource table in real n8n (one boot for the file): a sample of the resources added
// from the vendor docs, one per operation kind (Get Many with a filter, Get, Create, Update by
// POST and by PUT, Delete), then one workflow that runs Get Many on EVERY resource of the table
// against the sandbox.
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('path');
const { N8n } = require('../harness/n8n');
const { sandboxAdmin } = require('../harness/sandbox-admin');
const sandbox = require('../../sandbox/server');

const TYPE = 'n8n-nodes-wms-planning.itemPath';
const CRED = 'itemPathApi';
// The table as the packed package has it (scripts/test.js builds before the tests run).
const { ITEMPATH_TABLE } = require(path.join(__dirname, '..', '..', 'dist', 'nodes', 'ItemPath', 'resources', 'table.js'));
const { searchMethodName } = require(path.join(__dirname, '..', '..', 'dist', 'nodes', 'ItemPath', 'resources', 'locators.js'));

describe('ItemPath resources from the table, in real n8n', () => {
	let n8n;
	let box;
	let url;
	let cred;
	let token;
	const controls = sandboxAdmin(() => url);
	const requests = async (method, apiPath) => (await controls.requests()).filter((q) => (!method || q.method === method) && (!apiPath || q.path === apiPath));
	const reset = () => controls.call('POST', 'reset');
	/** The sandbox directly (not through n8n): what a resource holds. */
	const vendor = async (apiPath) => {
		const res = await fetch(`${url}/api${apiPath}`, { headers: { authorization: `Bearer ${token}` } });
		return await res.json();
	};
	const run = async (parameters, { typeVersion = 2, continueOnFail, inputItems } = {}) =>
		await n8n.runNode({ type: TYPE, typeVersion, parameters, credentials: { [CRED]: { id: cred.id, name: cred.name } }, continueOnFail }, { inputItems });
	const ok = (result) => {
		assert.equal(result.status, 'success', JSON.stringify(result.error));
		return result.output('Node');
	};
	const byId = (value) => ({ __rl: true, mode: 'id', value });
	const conditions = (...list) => ({ conditions: list.map(([field, operator, value]) => ({ field, operator, value })) });

	before(async () => {
		box = await sandbox.start({ port: 0, seed: 42, vendors: ['itempath'] });
		url = box.urls.itempath;
		n8n = await N8n.launch();
		cred = await n8n.createCredential(CRED, { url, authMethod: 'login', username: 'operator', password: 'operator-pass', allowUnauthorizedCerts: false }, 'ItemPath operator');
		const login = await fetch(`${url}/api/users/login`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ username: 'integration', password: 'integration-pass' }),
		});
		token = (await login.json()).accessToken;
	});

	after(async () => {
		await n8n?.stop();
		await box?.close();
	});

	it('Get Many with filters: typed conditions reach ItemPath in its syntax and select the right records', async () => {
		await reset();
		const zones = ok(await run({ resource: 'zone', operation: 'getAll', returnAll: true, filters: conditions(['type', 'equals', '2']) }));
		const expected = (await vendor('/zones')).zones.filter((z) => z.type === 2);
		assert.ok(expected.length > 0);
		assert.deepEqual(zones.map((z) => z.id), expected.map((z) => z.id));
		const [sent] = await requests('GET', '/api/zones');
		assert.deepEqual(sent.query, { type: '2', limit: '1000', page: '0' });

		await reset();
		const blocked = ok(await run({ resource: 'accessPoint', operation: 'getAll', limit: 10, filters: conditions(['isBlocked', 'equals', 'true'], ['name', 'like', 'AP-%']) }));
		assert.deepEqual(blocked.map((a) => [a.name, a.isBlocked]), [['AP-3', true]]);
		const [apSent] = await requests('GET', '/api/access_points');
		assert.deepEqual([apSent.query.isBlocked, apSent.query.name, apSent.query.limit], ['true', '[like]AP-%', '10']);

		// A value that does not fit the field's type is refused before any request.
		await reset();
		const bad = await run({ resource: 'zone', operation: 'getAll', filters: conditions(['abcClass', 'greaterThan', 'high']) });
		assert.equal(bad.status, 'error');
		assert.match(bad.error.message, /Filter condition 1 \("abcClass"\) is a number field; "high" is not a number \(item 0\)/);
		assert.equal((await controls.requests()).length, 0);
	});

	it('Get by ID: a GUID through the picker (v2) or as text (v1); the single-record wrapper is removed', async () => {
		const [carrier] = (await vendor('/carriers')).carriers;
		await reset();
		const [v2] = ok(await run({ resource: 'carrier', operation: 'get', id: byId(carrier.id) }));
		assert.deepEqual(v2, carrier);
		const [v1] = ok(await run({ resource: 'carrier', operation: 'get', id: carrier.id }, { typeVersion: 1 }));
		assert.deepEqual(v1, carrier);
		assert.deepEqual((await requests('GET')).map((q) => q.path), [`/api/carriers/${carrier.id}`, `/api/carriers/${carrier.id}`]);
		// Connections answer bare (as documented); reports have integer IDs.
		const [connection] = ok(await run({ resource: 'connection', operation: 'get', id: byId('2') }));
		assert.equal(connection.name, 'ERP');
		const [report] = ok(await run({ resource: 'report', operation: 'get', id: byId('3') }));
		assert.equal(report.name, 'Open orders');
		const missing = await run({ resource: 'zone', operation: 'get', id: byId('6F9619FF-8B86-D011-B42D-00C04FC964FF') });
		assert.equal(missing.status, 'error');
		assert.equal(missing.error.message, 'Zone with id 6F9619FF-8B86-D011-B42D-00C04FC964FF not found');
		assert.equal(missing.error.httpCode, '404');
	});

	it('Create: cost center, material code, batch and kit with lines; ItemPath\'s 400/422 keep their message', async () => {
		await reset();
		const [center] = ok(await run({ resource: 'costCenter', operation: 'create', name: 'CC-E2E', additionalFields: { description: 'E2E line' } }));
		assert.equal(center.name, 'CC-E2E');
		assert.equal(center.description, 'E2E line');
		assert.match(center.id, /^[0-9A-F-]{36}$/);
		const [sent] = await requests('POST', '/api/cost_centers');
		assert.deepEqual(sent.body, { name: 'CC-E2E', description: 'E2E line' });

		const [code] = ok(await run({ resource: 'materialCode', operation: 'create', name: 'EAN-E2E-1', materialId: byId('7'), additionalFields: { packSize: 12 } }));
		assert.deepEqual([code.name, code.materialId, code.packSize], ['EAN-E2E-1', '7', 12]);
		// Version 1: the same parameter as text.
		const [codeV1] = ok(await run({ resource: 'materialCode', operation: 'create', name: 'EAN-E2E-2', materialId: '8' }, { typeVersion: 1 }));
		assert.equal(codeV1.materialId, '8');
		const [bin] = (await vendor('/bins')).bins;
		const [rule] = ok(await run({ resource: 'storageRule', operation: 'create', materialId: byId('9'), binId: byId(bin.id), additionalFields: { isDefaultBin: true, minStockPerBin: 2.5 } }));
		assert.deepEqual([rule.materialId, rule.binId, rule.isDefaultBin, rule.minStockPerBin], ['9', bin.id, true, 2.5]);
		const [batch] = ok(await run({ resource: 'batch', operation: 'create', name: 'BATCH-E2E', additionalFields: { type: 2, priority: 4, deadline: '2026-06-30T16:00:00' } }));
		assert.deepEqual([batch.name, batch.type, batch.priority, batch.deadline], ['BATCH-E2E', 2, 4, '2026-06-30T16:00:00']);
		const [kit] = ok(await run({ resource: 'kit', operation: 'create', name: 'KIT-E2E', lines: JSON.stringify([{ materialId: '3', quantity: 2 }, { materialId: '4', quantity: 1 }]), additionalFields: { target: 'Service' } }));
		assert.deepEqual(kit.lines.map((l) => [l.materialName, l.quantity]), [['MAT-00003', 2], ['MAT-00004', 1]]);

		const duplicate = await run({ resource: 'materialCode', operation: 'create', name: 'MAT-00001', materialId: '1' });
		assert.equal(duplicate.status, 'error');
		assert.equal(duplicate.error.message, 'Material code with name MAT-00001 already exists');
		assert.equal(duplicate.error.httpCode, '422');
		// Continue On Fail: one result per item, ItemPath's message on the failed one.
		const perItem = ok(await run(
			{ resource: 'costCenter', operation: 'create', name: '={{ $json.name }}' },
			{ inputItems: [{ name: 'CC-E2E-A' }, { name: 'CC-100' }, { name: 'CC-E2E-B' }], continueOnFail: true },
		));
		assert.deepEqual(perItem.map((i) => i.name ?? i.error), ['CC-E2E-A', 'Cost center with name CC-100 already exists', 'CC-E2E-B']);
		assert.equal(perItem[1].httpCode, '422');
		const noLines = await run({ resource: 'kit', operation: 'create', name: 'KIT-EMPTY', lines: '[]' });
		assert.equal(noLines.status, 'error');
		assert.equal(noLines.error.message, 'A kit requires at least one kit line.');
		assert.equal(noLines.error.httpCode, '400');
	});

	it('Update by POST (cost center, transaction export state) and by PUT (storage rule, work order line)', async () => {
		const [center] = (await vendor('/cost_centers?name=CC-200')).cost_centers;
		await reset();
		const [updated] = ok(await run({ resource: 'costCenter', operation: 'update', id: byId(center.id), updateFields: { description: 'Maintenance and repairs' } }));
		assert.deepEqual([updated.id, updated.name, updated.description], [center.id, 'CC-200', 'Maintenance and repairs']);
		const [tx] = ok(await run({ resource: 'transaction', operation: 'update', id: byId('5'), updateFields: { exportStateType: 4 } }));
		assert.equal(tx.exportStateType, 4);
		const [exported] = ok(await run({ resource: 'transaction', operation: 'getAll', limit: 5, filters: conditions(['exportStateType', 'equals', '4']) }));
		assert.equal(exported.id, 5);

		const [rule] = (await vendor('/storage_rules')).storage_rules;
		const [batch] = (await vendor('/batches?name=BATCH-002')).batches;
		const [line] = (await vendor('/work_order_lines')).work_order_lines.filter((l) => !l.batchId);
		const [changedRule] = ok(await run({ resource: 'storageRule', operation: 'update', id: byId(rule.id), updateFields: { requiredCapacity: 60, isDefaultBin: false } }));
		assert.deepEqual([changedRule.requiredCapacity, changedRule.isDefaultBin], [60, false]);
		const [batched] = ok(await run({ resource: 'workOrderLine', operation: 'update', id: byId(line.id), updateFields: { batchId: batch.id, handlingRank: 3 } }));
		assert.deepEqual([batched.batchId, batched.handlingRank], [batch.id, 3]);

		const writes = (await controls.requests()).filter((q) => q.method !== 'GET' && !q.path.startsWith('/api/users/')).map((q) => [q.method, q.path, q.body]);
		assert.deepEqual(writes, [
			['POST', `/api/cost_centers/${center.id}`, { description: 'Maintenance and repairs' }],
			['POST', '/api/transactions/5', { exportStateType: 4 }],
			['PUT', `/api/storage_rules/${rule.id}`, { requiredCapacity: 60, isDefaultBin: false }],
			['PUT', `/api/work_order_lines/${line.id}`, { batchId: batch.id, handlingRank: 3 }],
		]);
	});

	it('Delete: a storage rule is gone afterwards; bad input is refused before any request', async () => {
		const [, rule] = (await vendor('/storage_rules')).storage_rules;
		await reset();
		const [deleted] = ok(await run({ resource: 'storageRule', operation: 'delete', id: byId(rule.id) }));
		assert.deepEqual([deleted.id, deleted.deleted], [rule.id, true]);
		assert.deepEqual((await requests('DELETE')).map((q) => q.path), [`/api/storage_rules/${rule.id}`]);
		const gone = await run({ resource: 'storageRule', operation: 'get', id: byId(rule.id) });
		assert.equal(gone.error.message, `Storage rule with id ${rule.id} not found`);

		await reset();
		const badId = await run({ resource: 'storageRule', operation: 'delete', id: byId('not-a-guid') });
		assert.match(badId.error.message, /The "Storage Rule ID" parameter must be a positive whole number or a GUID, got "not-a-guid" \(item 0\)/);
		const badNumber = await run({ resource: 'storageRule', operation: 'update', id: byId(rule.id), updateFields: { requiredCapacity: '={{ "lots" }}' } });
		assert.equal(badNumber.status, 'error');
		assert.match(badNumber.error.message, /"Required Capacity" parameter must be a number|Required Capacity.*number/);
		assert.equal((await controls.requests()).length, 0, 'nothing sent');
	});

	it('Materials: Get Many filters on a documented number field (reOrderPoint [gt]) and a 0/1 flag', async () => {
		await reset();
		const found = ok(await run({ resource: 'material', operation: 'getAll', returnAll: true, filters: conditions(['reOrderPoint', 'greaterThan', '190']), simple: false }));
		const all = (await vendor('/materials')).materials;
		const expected = all.filter((m) => m.reOrderPoint > 190);
		assert.ok(expected.length > 0 && expected.length < all.length, `${expected.length} of ${all.length}`);
		assert.deepEqual(found.map((m) => m.id), expected.map((m) => m.id));
		assert.ok(found.every((m) => m.reOrderPoint === 200));
		const [sent] = await requests('GET', '/api/materials');
		assert.deepEqual(sent.query, { reOrderPoint: '[gt]190', limit: '1000', page: '0' });

		await reset();
		const blocked = ok(await run({ resource: 'material', operation: 'getAll', returnAll: true, filters: conditions(['isBlocked', 'equals', 'true'], ['currentQuantity', 'greaterThan', '0']), simple: false }));
		const blockedExpected = all.filter((m) => m.isBlocked === 1 && m.currentQuantity > 0);
		assert.ok(blockedExpected.length > 0);
		assert.deepEqual(blocked.map((m) => [m.id, m.isBlocked]), blockedExpected.map((m) => [m.id, 1]));
		assert.ok(blocked.every((m) => typeof m.blockReason === 'string'));
	});

	it('Materials: Create with the documented reOrderPoint and codes, Update of materialPropertyId', async () => {
		await reset();
		const [created] = ok(await run({ resource: 'material', operation: 'create', name: 'MAT-E2E-RP', additionalFields: { reOrderPoint: 25, codes: '["EAN-E2E-9"]' } }));
		const [sent] = await requests('POST', '/api/materials');
		assert.deepEqual(sent.body, { name: 'MAT-E2E-RP', reOrderPoint: 25, codes: ['EAN-E2E-9'] });
		assert.deepEqual([created.name, created.reOrderPoint, created.codes, created.currentQuantity, created.isBlocked], ['MAT-E2E-RP', 25, ['EAN-E2E-9'], 0, 0]);
		const [stored] = (await vendor('/materials?name=MAT-E2E-RP')).materials;
		assert.equal(stored.reOrderPoint, 25);
		// The new field is filterable on the new record too.
		const low = ok(await run({ resource: 'material', operation: 'getAll', returnAll: true, filters: conditions(['name', 'like', 'MAT-E2E-%'], ['reOrderPoint', 'lessThan', '30']) }));
		assert.deepEqual(low.map((m) => m.name), ['MAT-E2E-RP']);

		const [updated] = ok(await run({ resource: 'material', operation: 'update', id: String(created.id), updateFields: { materialPropertyId: 'PROP-1', reOrderPoint: 40 } }));
		assert.deepEqual([updated.materialPropertyId, updated.reOrderPoint], ['PROP-1', 40]);
	});

	it('Orders, order lines, locations, transactions: newly documented fields are written and filtered', async () => {
		await reset();
		const [order] = ok(await run({
			resource: 'order',
			operation: 'create',
			name: 'ORD-E2E-F',
			orderLines: { line: [{ materialName: 'MAT-00001', quantity: 2 }] },
			additionalFields: { initialHandlingUnit: 'TOTE-E2E', recipient: 'Line 4' },
			simple: false,
		}));
		const [orderSent] = await requests('POST', '/api/orders');
		assert.deepEqual([orderSent.body.initialHandlingUnit, orderSent.body.recipient], ['TOTE-E2E', 'Line 4']);
		assert.deepEqual([order.initialHandlingUnit, order.recipient, order.countEmptyLocations], ['TOTE-E2E', 'Line 4', false]);
		const [line] = ok(await run({ resource: 'orderLine', operation: 'create', orderBy: 'orderName', orderName: 'ORD-E2E-F', materialName: 'MAT-00002', quantity: 3, additionalFields: { lot: 'L-E2E', number: 7 } }));
		const [lineSent] = await requests('POST', '/api/order_lines');
		assert.deepEqual([lineSent.body.lot, lineSent.body.number], ['L-E2E', 7]);
		assert.deepEqual([line.lot, line.number, line.quantityRequested, line.status], ['L-E2E', 7, 3, 'queued']);
		const byLot = ok(await run({ resource: 'orderLine', operation: 'getAll', returnAll: true, filters: conditions(['lot', 'equals', 'L-E2E']), simple: false }));
		assert.deepEqual(byLot.map((l) => l.id), [line.id]);
		const refused = await run({ resource: 'orderLine', operation: 'create', orderBy: 'orderName', orderName: 'ORD-E2E-F', materialName: 'MAT-00002', quantity: 3, additionalFields: { number: 0 } });
		assert.match(refused.error.message, /The "Number" field must be a number greater than 0, got "0" \(item 0\)/);

		await reset();
		const full = ok(await run({ resource: 'location', operation: 'getAll', returnAll: true, filters: conditions(['fillLevel', 'greaterThan', '90'], ['type', 'equals', '1']) }));
		const expected = (await vendor('/locations')).locations.filter((l) => l.fillLevel > 90 && l.type === 1);
		assert.ok(expected.length > 0);
		assert.deepEqual(full.map((l) => l.id), expected.map((l) => l.id));
		const [sent] = await requests('GET', '/api/locations');
		assert.deepEqual([sent.query.fillLevel, sent.query.type], ['[gt]90', '1']);
		const [tx] = (await vendor('/transactions?limit=1')).transactions;
		const sameCarrier = ok(await run({ resource: 'transaction', operation: 'getAll', limit: 5, filters: conditions(['carrierName', 'equals', tx.carrierName]), simple: false }));
		assert.ok(sameCarrier.length > 0 && sameCarrier.every((t) => t.carrierName === tx.carrierName));
	});

	it('one workflow runs Get Many on every resource of the table', async () => {
		await reset();
		const limit = 100;
		const nodes = ITEMPATH_TABLE.map((r) => ({
			name: `Get Many ${r.name}`,
			type: TYPE,
			typeVersion: 2,
			executeOnce: true,
			parameters: { resource: r.value, operation: 'getAll', limit, ...(r.value === 'order' || r.simple ? { simple: false } : {}) },
			credentials: { [CRED]: { id: cred.id, name: cred.name } },
		}));
		const id = await n8n.createWorkflow({ name: 'every ItemPath resource', nodes });
		const result = await n8n.run(id);
		assert.equal(result.status, 'success', JSON.stringify(result.error));
		assert.ok(ITEMPATH_TABLE.length >= 28, `${ITEMPATH_TABLE.length} resources`);
		for (const r of ITEMPATH_TABLE) {
			const { count } = await vendor(`/${r.path}?countOnly=true`);
			const output = result.output(`Get Many ${r.name}`);
			assert.ok(count > 0, `${r.path} is seeded`);
			assert.equal(output.length, Math.min(limit, count), `${r.value}: ${output.length} of ${count}`);
			const firstPage = (await vendor(`/${r.path}?limit=${limit}&page=0`))[r.path];
			assert.deepEqual(output.map((x) => x.id), firstPage.map((x) => x.id), r.value);
		}
		const calls = (await controls.requests()).filter((q) => q.headers.authorization && !q.headers.authorization.endsWith(token) && q.method === 'GET');
		assert.deepEqual(calls.map((q) => q.path).sort(), ITEMPATH_TABLE.map((r) => `/api/${r.path}`).sort(), 'one request per resource');
	});

	it('every resource\'s ID picker lists its records through n8n\'s resource-locator endpoint, searching server-side', async () => {
		const pick = (r, filter) =>
			n8n.rest('POST', '/dynamic-node-parameters/resource-locator-results', {
				nodeTypeAndVersion: { name: TYPE, version: 2 },
				path: 'parameters.id',
				methodName: searchMethodName(r),
				filter,
				currentNodeParameters: { resource: r.value, operation: 'get', id: { __rl: true, mode: 'list', value: '' } },
				credentials: { [CRED]: { id: cred.id, name: cred.name } },
			});
		for (const r of ITEMPATH_TABLE) {
			const firstPage = (await vendor(`/${r.path}?limit=50&page=0`))[r.path];
			const listed = await pick(r);
			assert.deepEqual(listed.results.map((x) => x.value), firstPage.map((x) => String(x.id)), r.value);
			assert.ok(listed.results.every((x) => typeof x.name === 'string' && x.name.length > 0), `${r.value} rows are labelled`);
		}
		// A search term goes to ItemPath as [like] on the table's search field.
		await reset();
		const kitLines = await pick(ITEMPATH_TABLE.find((r) => r.value === 'kitLine'), 'MAT-00002');
		assert.deepEqual(kitLines.results.map((x) => x.name), ['MAT-00002 × 4']);
		const zones = await pick(ITEMPATH_TABLE.find((r) => r.value === 'zone'), 'pick');
		assert.deepEqual(zones.results.map((x) => x.name), ['Picking A']);
		const sent = (await controls.requests()).filter((q) => q.method === 'GET').map((q) => [q.path, q.query.materialName ?? q.query.name]);
		assert.deepEqual(sent, [['/api/kit_lines', '[like]%MAT-00002%'], ['/api/zones', '[like]%pick%']]);
	});
});
