'use strict';
// The OAuth 2.0 authorization-code consent flow in a real browser (Debian's headless Chromium
// driven by playwright-core): n8n's "Connect my account" URL → Clarus's consent page, where the
// user signs in and clicks Authorize → the browser lands on n8n's OAuth callback → n8n exchanges
// the code and stores the tokens → the Clarus WMS node works with the credential.
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { N8n } = require('../harness/n8n');
const { sandboxAdmin } = require('../harness/sandbox-admin');
const sandbox = require('../../sandbox/server');

const chromiumPath = execFileSync('bash', [path.join(__dirname, '..', '..', 'scripts', 'ensure-chromium.sh')], {
	encoding: 'utf8',
	stdio: ['ignore', 'pipe', 'inherit'],
}).trim();
// A missing browser fails this test (a skip would hide a broken setup); WMS_SKIP_BROWSER=1 skips
// it on purpose, e.g. on a machine without root or apt-get.
const skip = process.env.WMS_SKIP_BROWSER === '1' ? 'WMS_SKIP_BROWSER=1' : false;

describe('Clarus WMS OAuth2 consent in a real browser', { skip }, () => {
	let n8n;
	let box;
	let url;
	let browser;
	const controls = sandboxAdmin(() => url);

	before(async () => {
		assert.ok(chromiumPath, 'Chromium is not installed and could not be installed here (scripts/ensure-chromium.sh says why; WMS_SKIP_BROWSER=1 skips this test)');
		box = await sandbox.start({ port: 0, seed: 42, vendors: ['clarus'] });
		url = box.urls.clarus;
		n8n = await N8n.launch();
		const { chromium } = require('playwright-core');
		browser = await chromium.launch({
			executablePath: chromiumPath,
			args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
		});
	});

	after(async () => {
		await browser?.close();
		await n8n?.stop();
		await box?.close();
	});

	it('a person connects the credential on the consent page and the node then works', async () => {
		const data = {
			grantType: 'authorizationCode',
			clientId: 'clarus-web-client',
			clientSecret: 'clarus-web-secret',
			baseUrl: url,
			subdomain: 'acme-warehouse',
		};
		const cred = await n8n.createCredential('clarusWmsOAuth2Api', data, 'Clarus (connected in a browser)');
		// What the editor's "Connect my account" button asks n8n for, then opens in a popup.
		const authUrl = await n8n.rest('GET', `/oauth2-credential/auth?id=${cred.id}`);
		assert.ok(String(authUrl).startsWith(`${url}/oauth/authorize?`), String(authUrl));

		const context = await browser.newContext();
		const [name, ...rest] = n8n.cookie.split(';')[0].split('=');
		for (const host of ['localhost', '127.0.0.1']) {
			await context.addCookies([{ name, value: rest.join('='), domain: host, path: '/' }]);
		}
		const page = await context.newPage();
		await page.goto(authUrl);
		assert.match(await page.title(), /Clarus|Authorize|Sign in/i);
		await page.fill('input[name="email"]', 'api-user@acme.example');
		await page.fill('input[name="password"]', 'api-user-pass');
		const shots = path.join(os.tmpdir(), 'wms-consent');
		fs.mkdirSync(shots, { recursive: true });
		await page.screenshot({ path: path.join(shots, 'consent.png') });
		await Promise.all([
			page.waitForURL(/\/rest\/oauth2-credential\/callback/, { timeout: 30_000 }),
			page.click('button[value="true"]'),
		]);
		await page.waitForLoadState('load');
		const landed = await page.content();
		await page.screenshot({ path: path.join(shots, 'callback.png') });
		assert.match(landed, /Connection successful/, landed.slice(0, 500));
		await context.close();

		const counters = await controls.counters();
		assert.equal(counters['tokensIssued.authorization_code'], 1, 'n8n exchanged the code once');

		const result = await n8n.runNode({
			type: 'n8n-nodes-wms-planning.clarusWms',
			parameters: { authentication: 'oAuth2', resource: 'warehouses', operation: 'getAll', returnAll: true },
			credentials: { clarusWmsOAuth2Api: { id: cred.id, name: cred.name } },
		});
		assert.equal(result.status, 'success', JSON.stringify(result.error));
		assert.ok(result.output('Node').length > 0);
		const calls = (await controls.requests()).filter((r) => r.path === '/graphql');
		assert.ok(calls.length > 0 && calls.every((r) => r.headers['x-clarus-subdomain'] === 'acme-warehouse'));
	});
});
