'use strict';
// The Clarus WMS node version 2 in n8n's own editor, driven in Debian's headless Chromium
// (playwright-core), against the packed package in real n8n and the Clarus simulator: the
// resource mapper shows the selected operation's fields; open a resource locator, type a search,
// pick the sandbox record, save, run, check the output. Once for an `_id` attribute (the account
// of a new goods out), once for the shared `id` picker (the goods out to cancel, found by the
// reference the first run gave it).
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { N8n } = require('../harness/n8n');
const { sandboxAdmin } = require('../harness/sandbox-admin');
const { createClarusCredential } = require('../harness/clarus');
const sandbox = require('../../sandbox/server');

const TYPE = 'n8n-nodes-wms-planning.clarusWms';
const chromiumPath = execFileSync('bash', [path.join(__dirname, '..', '..', 'scripts', 'ensure-chromium.sh')], {
	encoding: 'utf8',
	stdio: ['ignore', 'pipe', 'inherit'],
}).trim();
const skip = process.env.WMS_SKIP_BROWSER === '1' ? 'WMS_SKIP_BROWSER=1' : false;
const shots = path.join(os.tmpdir(), 'wms-pickers');

describe('Clarus WMS record pickers in the n8n editor (headless Chromium)', { skip }, () => {
	let n8n;
	let box;
	let url;
	let browser;
	let context;
	let cred;
	const controls = sandboxAdmin(() => url);

	before(async () => {
		assert.ok(chromiumPath, 'Chromium is not installed (scripts/ensure-chromium.sh says why; WMS_SKIP_BROWSER=1 skips this test)');
		fs.mkdirSync(shots, { recursive: true });
		box = await sandbox.start({ port: 0, seed: 42, vendors: ['clarus'] });
		url = box.urls.clarus;
		n8n = await N8n.launch();
		cred = await createClarusCredential(n8n, url, 'Clarus (pickers)');
		const { chromium } = require('playwright-core');
		browser = await chromium.launch({
			executablePath: chromiumPath,
			args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
		});
		context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
		const [name, ...rest] = n8n.cookie.split(';')[0].split('=');
		for (const host of ['localhost', '127.0.0.1']) await context.addCookies([{ name, value: rest.join('='), domain: host, path: '/' }]);
	});

	after(async () => {
		await context?.close();
		await browser?.close();
		await n8n?.stop();
		await box?.close();
	});

	const workflowWith = async (parameters) =>
		await n8n.createWorkflow({
			nodes: [{ name: 'Clarus', type: TYPE, typeVersion: 2, parameters: { authentication: 'oAuth2', ...parameters }, credentials: { clarusWmsOAuth2Api: { id: cred.id, name: cred.name } } }],
		});

	/** Opens the workflow in the editor, opens the Clarus node, picks `itemText` in the `param` locator after searching `search`, saves. */
	async function pickInEditor(workflowId, param, search, itemText, shot) {
		const page = await context.newPage();
		try {
			await page.goto(`${n8n.baseUrl}/workflow/${workflowId}`);
			const node = page.locator('[data-test-id="canvas-node"]', { hasText: 'Clarus' }).first();
			await node.waitFor({ timeout: 60_000 });
			await node.dblclick();
			const field = page.locator(`[data-test-id="parameter-input-${param}"]`).first();
			await field.waitFor({ timeout: 30_000 });
			await field.locator('[data-test-id="rlc-input"]').first().click();
			// the open dropdown's search box (closed dropdowns of other parameters stay in the page, hidden)
			const searchBox = page.locator('[data-test-id="rlc-search"] input:visible, input[data-test-id="rlc-search"]:visible').first();
			await searchBox.waitFor({ timeout: 30_000 });
			await searchBox.fill(search);
			const item = page.locator('[data-test-id="rlc-item"]:visible', { hasText: itemText }).first();
			await item.waitFor({ timeout: 30_000 });
			await page.screenshot({ path: path.join(shots, `${shot}-list.png`) });
			await item.click();
			await page.screenshot({ path: path.join(shots, `${shot}-picked.png`) });
			await page.locator('[data-test-id="ndv-close-button"]').first().click().catch(async () => await page.keyboard.press('Escape'));
			const saved = page.waitForResponse((r) => r.url().includes(`/rest/workflows/${workflowId}`) && r.request().method() === 'PATCH', { timeout: 30_000 });
			await page.keyboard.press('Control+s');
			await saved;
		} catch (error) {
			await page.screenshot({ path: path.join(shots, `${shot}-failed.png`) }).catch(() => undefined);
			throw error;
		} finally {
			await page.close();
		}
		const workflow = await n8n.rest('GET', `/workflows/${workflowId}`);
		return workflow.nodes.find((n) => n.name === 'Clarus').parameters[param];
	}

	const createParameters = (reference) => ({
		resource: 'goods_outs',
		operation: 'create',
		columns: {
			mappingMode: 'defineBelow',
			value: { expected_date_of_dispatch: '2026-08-01T10:00:00Z', goods_out_type: 'sales_order', reference },
		},
		rel_address: { name: 'Jane Smith', address_1: '1 High Street', postcode: 'AB1 2CD', country_code: 'GB' },
	});

	it('shows the fields of the selected operation in the resource mapper: the required ones, the others to add', async () => {
		// a node as the editor creates it: the mapper has no value yet
		const id = await workflowWith({ resource: 'goods_outs', operation: 'create', columns: { mappingMode: 'defineBelow', value: null } });
		const page = await context.newPage();
		try {
			await page.goto(`${n8n.baseUrl}/workflow/${id}`);
			const node = page.locator('[data-test-id="canvas-node"]', { hasText: 'Clarus' }).first();
			await node.waitFor({ timeout: 60_000 });
			await node.dblclick();
			const fields = page.locator('[data-test-id="mapping-fields-container"]').first();
			await fields.waitFor({ timeout: 30_000 });
			await page.locator('[data-test-id="mapping-fields-container"]', { hasText: 'Goods Out Type' }).first().waitFor({ timeout: 30_000 });
			await page.screenshot({ path: path.join(shots, 'mapper.png') });
			await page.locator('[data-test-id="mapping-fields-container"]', { hasText: 'Reference' }).first().waitFor({ timeout: 30_000 });
			const text = await fields.innerText();
			for (const label of ['Reference', 'Expected Date of Dispatch', 'Goods Out Type']) assert.ok(text.includes(label), `the mapper shows ${label}: ${text.slice(0, 300)}`);
			assert.ok(!text.includes('Account ID'), 'the account has its own picker, not a mapper field');
			assert.ok(!text.includes('Boolean 1'), 'optional fields are not sent unless added');
			// the optional fields are offered to add
			assert.ok(await page.locator('[data-test-id="add-fields-select"]').first().isVisible());
		} catch (error) {
			await page.screenshot({ path: path.join(shots, 'mapper-failed.png') }).catch(() => undefined);
			throw error;
		} finally {
			await page.close();
		}
	});

	let goodsOutReference;
	let goodsOutId;

	it('picks the account of a new goods out from a searched list, then the run sends that account', async () => {
		goodsOutReference = `UI-PICK-${Date.now()}`;
		const id = await workflowWith(createParameters(goodsOutReference));
		const value = await pickInEditor(id, 'account_id', 'retail', 'Acme Retail', 'account');
		assert.equal(value.__rl, true);
		assert.equal(value.mode, 'list');
		assert.match(String(value.value), /^\d+$/);
		const searches = (await controls.requests()).filter((r) => r.path === '/graphql' && /ClarusRecordSearch/.test(r.body?.query ?? ''));
		assert.ok(searches.some((r) => JSON.stringify(r.body.variables.filter) === JSON.stringify({ name: { ilike: '%retail%' } })), 'the typed text was searched by Clarus');
		const result = await n8n.run(id);
		assert.equal(result.status, 'success', JSON.stringify(result.error));
		const [record] = result.output('Clarus');
		assert.equal(record.reference, goodsOutReference);
		assert.equal(String(record.account_id), String(value.value));
		goodsOutId = String(record.id);
		const post = (await controls.requests()).filter((r) => r.path === '/api/goods_outs').pop();
		assert.deepEqual(Object.keys(post.body.data.attributes).sort(), ['account_id', 'expected_date_of_dispatch', 'goods_out_type', 'reference'], 'only the fields set were sent');
	});

	it('picks that goods out by its reference for Cancel, then the run cancels it', async () => {
		assert.ok(goodsOutId, 'the previous test created a goods out');
		const id = await workflowWith({ resource: 'goods_outs', operation: 'cancel' });
		const value = await pickInEditor(id, 'id', goodsOutReference.toLowerCase(), goodsOutReference, 'goods-out');
		assert.deepEqual({ mode: value.mode, value: String(value.value) }, { mode: 'list', value: goodsOutId });
		const result = await n8n.run(id);
		assert.equal(result.status, 'success', JSON.stringify(result.error));
		assert.ok(result.output('Clarus').length >= 1);
		const rest = (await controls.requests()).filter((r) => r.path.startsWith('/api/'));
		assert.equal(rest[rest.length - 1].path, `/api/goods_outs/${goodsOutId}/cancel`);
	});
});
