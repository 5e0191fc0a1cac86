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
// A missing browser fails the browser test (a skip would hide a broken setup); WMS_SKIP_BROWSER=1
// skips it on purpose, e.g. on a machine without root or apt-get.
const skipBrowser = process.env.WMS_SKIP_BROWSER === '1' ? 'WMS_SKIP_BROWSER=1' : false;
const chromiumPath = skipBrowser
	? ''
	: execFileSync('bash', [path.join(__dirname, '..', '..', 'scripts', 'ensure-chromium.sh')], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'inherit'],
		}).trim();

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

	it('order line Create: the order and the material are picked by name (or the order by ID) and the line is created', async () => {
		const names = (methodName, parameter, filter) =>
			n8n.rest('POST', '/dynamic-node-parameters/resource-locator-results', {
				nodeTypeAndVersion: { name: ITEMPATH, version: 2 },
				path: `parameters.${parameter}`,
				methodName,
				filter,
				currentNodeParameters: { resource: 'orderLine', operation: 'create', orderBy: 'orderName' },
				credentials: { itemPathApi: { id: itemPathCred.id, name: itemPathCred.name } },
			});
		const materials = await names('searchMaterialNames', 'materialName', 'MAT-0004');
		const expectedMaterials = seed.materials.filter((m) => m.name.includes('MAT-0004')).slice(0, 50);
		assert.equal(materials.results.length, expectedMaterials.length);
		for (const r of materials.results) {
			assert.equal(r.value, r.name, 'a material is picked by its name, as ItemPath takes it');
			assert.ok(expectedMaterials.some((m) => m.name === r.value));
		}
		const orders = await names('searchOrderNames', 'orderName', 'ORD-10007');
		assert.deepEqual(orders.results.map((r) => r.value).sort(), seed.orders.filter((o) => o.name.includes('ORD-10007')).map((o) => o.name).sort());
		const byId = await names('searchOrders', 'orderId', 'ORD-10007');
		assert.ok(byId.results.every((r) => /^\d+$/.test(r.value)));

		await controls.call('POST', 'reset');
		const [created] = await runItemPath(
			{
				resource: 'orderLine',
				operation: 'create',
				orderName: { __rl: true, mode: 'list', value: orders.results[0].value, cachedResultName: orders.results[0].name },
				materialName: { __rl: true, mode: 'name', value: materials.results[0].value },
				quantity: 3,
			},
			2,
		);
		assert.equal(created.orderName, orders.results[0].value);
		assert.equal(created.materialName, materials.results[0].value);
		const [second] = await runItemPath(
			{
				resource: 'orderLine',
				operation: 'create',
				orderBy: 'orderId',
				orderId: { __rl: true, mode: 'list', value: byId.results[0].value },
				materialName: { __rl: true, mode: 'list', value: materials.results[1].value },
				quantity: 2,
			},
			2,
		);
		assert.equal(String(second.orderId), byId.results[0].value);
		const posts = (await controls.requests()).filter((q) => q.method === 'POST' && q.path === '/api/order_lines');
		assert.deepEqual(posts.map((q) => q.body), [
			{ orderName: orders.results[0].value, materialName: materials.results[0].value, quantity: 3 },
			{ orderId: Number(byId.results[0].value), materialName: materials.results[1].value, quantity: 2 },
		]);
	});

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
		assert.match(bad.error.message, /"Order ID" parameter must be a positive whole number or a GUID, got "12abc" \(item 0\)/);
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

	it('in the editor (headless Chromium): sign in, search the Material picker, pick a record, run the node', { skip: skipBrowser }, async () => {
		assert.ok(chromiumPath, 'Chromium is not installed and could not be installed here (scripts/ensure-chromium.sh says why; WMS_SKIP_BROWSER=1 skips this test)');
		const credentials = { itemPathApi: { id: itemPathCred.id, name: itemPathCred.name } };
		const workflowId = await n8n.createWorkflow({
			name: 'Pick a material',
			nodes: [{ name: 'ItemPath', type: ITEMPATH, typeVersion: 2, parameters: { resource: 'material', operation: 'get' }, credentials }],
		});
		const oldWorkflowId = await n8n.createWorkflow({
			name: 'Saved with version 1',
			nodes: [{ name: 'ItemPath', type: ITEMPATH, typeVersion: 1, parameters: { resource: 'material', operation: 'get', id: '7' }, credentials }],
		});
		const claretWorkflowId = await n8n.createWorkflow({
			name: 'Claret saved with a free sale type',
			nodes: [
				{
					name: 'Claret',
					type: CLARET,
					typeVersion: 1,
					parameters: { resource: 'sale', operation: 'getAll', saleTypeName: 'Budget', startDate: '2025-01-01', duration: 30 },
					credentials: { claretApi: { id: claretCred.id, name: claretCred.name } },
				},
			],
		});
		const { chromium } = require('playwright-core');
		const browser = await chromium.launch({
			executablePath: chromiumPath,
			args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
		});
		const shots = path.join(os.tmpdir(), 'wms-editor-pickers');
		fs.mkdirSync(shots, { recursive: true });
		const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
		try {
			// Sign in through n8n's own login page, as a person does.
			await page.goto(`${n8n.baseUrl}/signin`);
			await page.fill('input[name="emailOrLdapLoginId"]', 'owner@example.com');
			await page.fill('input[name="password"]', 'Owner-Passw0rd-1');
			await page.click('button:has-text("Sign in")');
			await page.waitForURL((u) => !u.pathname.includes('signin'), { timeout: 60_000 });

			await page.goto(`${n8n.baseUrl}/workflow/${workflowId}`);
			await page.dblclick('[data-test-id="canvas-node"][data-node-name="ItemPath"]', { timeout: 60_000 });
			const docs = await page.getAttribute('[data-test-id="ndv"] a:has-text("Docs")', 'href', { timeout: 20_000 });
			console.log(`# NDV Docs link: ${docs}`);
			assert.ok(docs.startsWith('https://github.com/n8n-nodes-wms-planning/n8n-nodes-wms-planning'), docs);
			assert.match(docs, /#itempath-node$/, 'the Docs link ends on the README section anchor');
			await controls.call('POST', 'reset');
			await page.click('[data-test-id="rlc-input"]');
			await page.fill('[data-test-id="rlc-search"]', 'MAT-0012');
			await page.waitForFunction(
				() => {
					const items = [...document.querySelectorAll('[data-test-id="rlc-item"]')].map((e) => e.innerText.trim());
					return items.length > 0 && items.every((t) => t.includes('MAT-0012'));
				},
				undefined,
				{ timeout: 30_000 },
			);
			const items = await page.$$eval('[data-test-id="rlc-item"]', (els) => els.map((e) => e.innerText.split('\n')[0].trim()));
			const expected = seed.materials.filter((m) => m.name.includes('MAT-0012')).map((m) => m.name);
			assert.deepEqual([...items].sort(), [...expected].sort());
			const searched = (await controls.requests()).filter((q) => q.path === '/api/materials' && q.query.name === '[like]%MAT-0012%');
			assert.ok(searched.length > 0, 'the search reached ItemPath as name=[like]%MAT-0012%');
			await page.screenshot({ path: path.join(shots, 'search.png') });

			await page.click('[data-test-id="rlc-item"]:has-text("MAT-00123")');
			assert.equal(await page.inputValue('[data-test-id="rlc-input"]'), 'MAT-00123');
			await page.click('[data-test-id="node-execute-button"]');
			await page.waitForFunction(() => document.querySelector('[data-test-id="output-panel"]')?.innerText.includes('Aluminium') || document.querySelector('[data-test-id="output-panel"]')?.innerText.includes('1 item'), undefined, { timeout: 60_000 });
			await page.screenshot({ path: path.join(shots, 'output.png') });
			const material = seed.materials.find((m) => m.name === 'MAT-00123');
			const shown = await page.innerText('[data-test-id="output-panel"]');
			for (const v of [material.name, material.description, String(material.id)]) assert.ok(shown.includes(v), `the output shows ${v}`);
			// What the editor ran: the record picked, simplified (version 2 default).
			const runs = await n8n.executions(workflowId);
			assert.equal(runs.length, 1);
			const [exec] = runs;
			assert.equal(exec.status, 'success');
			assert.deepEqual(exec.output('ItemPath'), [
				{ id: material.id, name: material.name, description: material.description, unitOfMeasure: material.unitOfMeasure, modifiedDate: material.modifiedDate },
			]);
			const got = (await controls.requests()).filter((q) => q.method === 'GET' && q.path === `/api/materials/${material.id}`);
			assert.equal(got.length, 1, 'the node fetched the picked record by its ID');

			// A workflow saved with version 1 opens with its text field and value, and no issue.
			await page.goto(`${n8n.baseUrl}/workflow/${oldWorkflowId}`);
			await page.dblclick('[data-test-id="canvas-node"][data-node-name="ItemPath"]', { timeout: 60_000 });
			await page.waitForSelector('[data-test-id="parameter-input-id"] input', { timeout: 20_000 });
			assert.equal(await page.inputValue('[data-test-id="parameter-input-id"] input'), '7');
			assert.equal(await page.$('[data-test-id="resource-locator-id"]'), null, 'version 1 shows no locator');
			assert.equal(await page.$('[data-test-id="parameter-issues"]'), null);
			await page.screenshot({ path: path.join(shots, 'version1.png') });

			// Claret: a sale type saved as free text before the list existed shows as it is, no issue.
			await page.goto(`${n8n.baseUrl}/workflow/${claretWorkflowId}`);
			await page.dblclick('[data-test-id="canvas-node"][data-node-name="Claret"]', { timeout: 60_000 });
			await page.waitForSelector('[data-test-id="parameter-input-saleTypeName"] input', { timeout: 20_000 });
			assert.equal(await page.inputValue('[data-test-id="parameter-input-saleTypeName"] input'), 'Budget');
			assert.equal(await page.$('[data-test-id="parameter-issues"]'), null, 'no "value not supported" issue');
			await page.screenshot({ path: path.join(shots, 'claret-budget.png') });
		} catch (error) {
			await page.screenshot({ path: path.join(shots, 'failure.png') }).catch(() => {});
			throw error;
		} finally {
			await browser.close();
		}
	});
});
