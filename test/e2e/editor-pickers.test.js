'use strict';
// The editor experience in real n8n: ItemPath resource locators (list search through n8n's
// /rest/dynamic-node-parameters/resource-locator-results, the endpoint the editor calls), a
// person picking a sandbox record in Debian's headless Chromium and running the node, old saved
// plain-string IDs still working, Simplify by node version, Claret sale/supply types with free
// entry. One n8n process for the whole file.
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { N8n } = require('../harness/n8n');
const { sandboxAdmin } = require('../harness/sandbox-admin');
const sandbox = require('../../sandbox/server');
const { seedData } = require('../../sandbox/itempath/data');

const ITEMPATH = 'n8n-nodes-wms-planning.itemPath';
const CLARET = 'n8n-nodes-wms-planning.claret';
const seed = seedData(42);
const skipBrowser = process.env.WMS_SKIP_BROWSER === '1' ? 'WMS_SKIP_BROWSER=1' : false;

/** resource → [list key in the seed, method, field searched, a term] */
const LOCATORS = {
	material: ['materials', 'searchMaterials', 'name', 'MAT-0012'],
	order: ['orders', 'searchOrders', 'name', 'ORD-1003'],
	orderLine: ['order_lines', 'searchOrderLines', 'orderName', 'ORD-1000'],
	location: ['locations', 'searchLocations', 'name', 'VLM2-03'],
	locationContent: ['location_contents', 'searchLocationContents', 'materialName', 'MAT-000'],
	station: ['stations', 'searchStations', 'name', 'ST2'],
	transaction: ['transactions', 'searchTransactions', 'orderName', 'ORD-1001'],
	warehouse: ['warehouses', 'searchWarehouses', 'name', 'a'],
};

describe('Editor pickers in real n8n', () => {
	let n8n;
	let box;
	let itemPathCred;
	let claretCred;
	const controls = sandboxAdmin(() => box.urls.itempath);

	const locatorResults = (resource, { version = 2, filter, paginationToken, credential = itemPathCred } = {}) =>
		n8n.rest('POST', '/dynamic-node-parameters/resource-locator-results', {
			nodeTypeAndVersion: { name: ITEMPATH, version },
			path: 'parameters.id',
			methodName: LOCATORS[resource][1],
			filter,
			paginationToken,
			currentNodeParameters: { resource, operation: 'get', id: { __rl: true, mode: 'list', value: '' } },
			credentials: { itemPathApi: { id: credential.id, name: credential.name } },
		});
	const runItemPath = async (parameters, typeVersion) => {
		const result = await n8n.runNode({
			type: ITEMPATH,
			typeVersion,
			parameters,
			credentials: { itemPathApi: { id: itemPathCred.id, name: itemPathCred.name } },
		});
		assert.equal(result.status, 'success', JSON.stringify(result.error));
		return result.output('Node');
	};

	before(async () => {
		box = await sandbox.start({ port: 0, seed: 42, vendors: ['itempath', 'claret'] });
		n8n = await N8n.launch();
		itemPathCred = await n8n.createCredential(
			'itemPathApi',
			{ url: box.urls.itempath, authMethod: 'login', username: 'operator', password: 'operator-pass', allowUnauthorizedCerts: false },
			'ItemPath operator',
		);
		claretCred = await n8n.createCredential(
			'claretApi',
			{ baseUrl: box.urls.claret, tenant: 'demo', email: 'planner@example.com', password: 'correct-horse-battery', token: '' },
			'Claret demo',
		);
	});

	after(async () => {
		await n8n?.stop();
		await box?.close();
	});

	for (const [resource, [key, , field, term]] of Object.entries(LOCATORS)) {
		it(`${resource}: the list searches ItemPath server-side and pages`, async () => {
			const records = seed[key];
			await controls.call('POST', 'reset');
			// No search term: the first page (50), then the next one with the token.
			const first = await locatorResults(resource);
			assert.equal(first.results.length, Math.min(50, records.length));
			for (const r of first.results) assert.ok(records.some((s) => String(s.id) === r.value), `${resource}: ${r.value} is a sandbox record`);
			if (records.length > 50) {
				assert.equal(first.paginationToken, '1');
				const second = await locatorResults(resource, { paginationToken: first.paginationToken });
				assert.ok(second.results.length > 0);
				assert.ok(second.results.every((r) => !first.results.some((f) => f.value === r.value)), 'page 2 holds other records');
			} else {
				assert.equal(first.paginationToken, undefined);
			}
			// A search term: exactly the sandbox records whose field contains it (first 50).
			const found = await locatorResults(resource, { filter: term });
			const expected = records.filter((r) => String(r[field] ?? '').toLowerCase().includes(term.toLowerCase()));
			assert.ok(expected.length > 0, `the seed has ${resource} records matching ${term}`);
			assert.equal(found.results.length, Math.min(50, expected.length));
			assert.deepEqual(new Set(found.results.map((r) => r.value)).size, found.results.length);
			for (const r of found.results) assert.ok(expected.some((e) => String(e.id) === r.value), `${r.value} matches ${term}`);
			// The search went to ItemPath as its filter syntax, with the page size.
			const calls = (await controls.requests()).filter((q) => q.path === `/api/${key}`);
			assert.ok(
				calls.some((q) => q.query[field] === `[like]%${term}%` && String(q.query.limit) === '50' && String(q.query.page) === '0'),
				JSON.stringify(calls.map((q) => q.query)),
			);
		});
	}

	it('a picked record (locator value) and an old saved plain-string ID both run', async () => {
		const material = seed.materials[11];
		const picked = await runItemPath(
			{ resource: 'material', operation: 'get', id: { __rl: true, mode: 'list', value: String(material.id), cachedResultName: material.name } },
			2,
		);
		assert.deepEqual(picked, [{ id: material.id, name: material.name, description: material.description, unitOfMeasure: material.unitOfMeasure, modifiedDate: material.modifiedDate }]);
		const byId = await runItemPath({ resource: 'material', operation: 'get', id: { __rl: true, mode: 'id', value: ` ${material.id} ` }, simple: false }, 2);
		assert.deepEqual(byId, [material]);
		// A version 1 workflow saved when the ID was a text field: same record, full (no Simplify in v1).
		const old = await runItemPath({ resource: 'material', operation: 'get', id: String(material.id) }, 1);
		assert.deepEqual(old, [material]);
		const oldTx = await runItemPath({ resource: 'transaction', operation: 'getAll', limit: 2 }, 1);
		assert.equal(Object.keys(oldTx[0]).length, Object.keys(seed.transactions[0]).length, 'v1 transactions are not simplified');
		const newTx = await runItemPath({ resource: 'transaction', operation: 'getAll', limit: 2 }, 2);
		assert.deepEqual(Object.keys(newTx[0]), ['id', 'creationDate', 'type', 'orderName', 'materialName', 'quantityRequested', 'quantityConfirmed', 'locationName', 'stationName', 'userName']);
		// A bad ID in a locator is refused before any request, naming the parameter and the item.
		const bad = await n8n.runNode({
			type: ITEMPATH,
			typeVersion: 2,
			parameters: { resource: 'order', operation: 'delete', id: { __rl: true, mode: 'id', value: '12abc' } },
			credentials: { itemPathApi: { id: itemPathCred.id, name: itemPathCred.name } },
		});
		assert.equal(bad.status, 'error');
		assert.match(bad.error.message, /"Order ID" parameter must be a positive whole number, got "12abc" \(item 0\)/);
	});

	it('Claret: documented sale types, a free name and a value saved before the list, Simplify from version 2', async () => {
		const run = async (parameters, typeVersion) =>
			await n8n.runNode({ type: CLARET, typeVersion, parameters, credentials: { claretApi: { id: claretCred.id, name: claretCred.name } } });
		const sale = (saleTypeName, extra = {}) => ({ resource: 'sale', operation: 'getAll', saleTypeName, startDate: '2025-07-01', duration: 30, limit: 3, ...extra });
		const v2 = await run(sale('Forecast'), 2);
		assert.equal(v2.status, 'success', JSON.stringify(v2.error));
		assert.deepEqual(Object.keys(v2.output('Node')[0]), ['id', 'sell_date', 'quantity', 'uom_abbr', 'item_name', 'customer_group_name', 'sale_type_name']);
		const v1 = await run(sale('History'), 1);
		assert.ok(Object.keys(v1.output('Node')[0]).includes('timing_interval_span'), 'v1 output unchanged');
		// A name not in the list (typed as an expression, or saved as free text) reaches Claret as is.
		const free = await run(sale('=Budget'), 2);
		assert.equal(free.status, 'success', JSON.stringify(free.error));
		assert.deepEqual(free.output('Node'), []);
		const unknown = await run(sale('Nonsense'), 1);
		assert.equal(unknown.status, 'error');
		const supply = await run({ resource: 'supplyPlan', operation: 'getAll', supplyTypeName: 'Purchase Plan', limit: 2 }, 2);
		assert.equal(supply.status, 'success', JSON.stringify(supply.error));
		assert.ok(supply.output('Node').every((p) => p.supply_type_name === 'Purchase Plan'));
	});
});
