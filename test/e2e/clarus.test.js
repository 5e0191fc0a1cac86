'use strict';
// Clarus WMS end to end: the packed package in real n8n against the Clarus simulator.
// Credentials (OAuth2 client credentials, OAuth2 authorization code through n8n's own
// connect/callback endpoints, the self-contained Clarus WMS API credential), the tenant header on
// every call, GraphQL cursor pagination, REST writes with Clarus's own errors, n8n's HTTP Request
// node, and no secret in any output.
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { N8n } = require('../harness/n8n');
const { sandboxAdmin } = require('../harness/sandbox-admin');
const sandbox = require('../../sandbox/server');

const TYPE = 'n8n-nodes-wms-planning.clarusWms';
const TENANT = 'acme-warehouse';
const CC = { id: 'clarus-cc-client', secret: 'clarus-cc-secret' };
const WEB = { id: 'clarus-web-client', secret: 'clarus-web-secret' };
const USER = { email: 'api-user@acme.example', password: 'api-user-pass' };

describe('Clarus WMS in real n8n', () => {
	let n8n;
	let box;
	let url;
	const creds = {}; // name -> { cred, data }
	const raws = [];
	const knownSecrets = new Set([CC.secret, WEB.secret, USER.password]);

	const sandboxControls = sandboxAdmin(() => url);
	const admin = sandboxControls.call;
	const counters = sandboxControls.counters;
	const requests = sandboxControls.requests;
	const count = (c, name) => c[name] ?? 0;
	const apiCalls = (list) => list.filter((r) => r.path.startsWith('/api/') || r.path === '/graphql');
	let apiCallsChecked = 0;
	/**
	 * Every API call (REST and GraphQL) the simulator recorded carried the tenant header: checked
	 * before each reset and at the end, so it holds for the whole file. (Token requests go to
	 * /oauth/token, which takes no tenant.)
	 */
	const checkTenantHeaders = async (allowed = [TENANT]) => {
		const calls = apiCalls(await requests());
		for (const r of calls) assert.ok(allowed.includes(r.headers['x-clarus-subdomain']), `${r.method} ${r.path} carried X-Clarus-Subdomain`);
		assert.equal(count(await counters(), 'requestsWithoutSubdomain'), 0);
		apiCallsChecked += calls.length;
	};
	const resetSandbox = async () => {
		await rememberTokens();
		await checkTenantHeaders();
		await admin('POST', 'reset');
	};

	/** Every bearer token and refresh token the simulator saw: none may appear in n8n's outputs. */
	const rememberTokens = async () => {
		for (const r of await requests()) {
			const auth = r.headers.authorization;
			if (typeof auth === 'string' && auth.startsWith('Bearer ')) knownSecrets.add(auth.slice(7));
			if (r.body && typeof r.body === 'object') {
				for (const key of ['refresh_token', 'code', 'client_secret']) if (typeof r.body[key] === 'string') knownSecrets.add(r.body[key]);
			}
		}
	};

	const node = (credName, parameters, extra = {}) => {
		const { cred } = creds[credName];
		return {
			type: TYPE,
			parameters: { authentication: cred.type === 'clarusWmsApi' ? 'apiCredentials' : 'oAuth2', ...parameters },
			credentials: { [cred.type]: { id: cred.id, name: cred.name } },
			...extra,
		};
	};
	const run = async (credName, parameters, { inputItems, continueOnFail } = {}) => {
		const result = await n8n.runNode(node(credName, parameters, { continueOnFail }), { inputItems });
		raws.push(result.raw);
		return result;
	};
	const getMany = (resource, extra = {}) => ({ resource, operation: 'getAll', returnAll: false, limit: 2, ...extra });
	const goodsOutCount = async () => (await admin('GET', `store?tenant=${TENANT}`)).goods_outs;

	before(async () => {
		box = await sandbox.start({ port: 0, seed: 42, vendors: ['clarus'] });
		url = box.urls.clarus;
		n8n = await N8n.launch();
		const make = async (name, type, data) => {
			creds[name] = { cred: await n8n.createCredential(type, data, name), data };
		};
		await make('oauthCc', 'clarusWmsOAuth2Api', {
			grantType: 'clientCredentials',
			clientId: CC.id,
			clientSecret: CC.secret,
			baseUrl: url,
			subdomain: TENANT,
		});
		await make('apiCc', 'clarusWmsApi', {
			authMethod: 'clientCredentials',
			clientId: CC.id,
			clientSecret: CC.secret,
			baseUrl: url,
			subdomain: TENANT,
			accessToken: '',
		});
	});

	after(async () => {
		await n8n?.stop();
		await box?.close();
	});

	it('loads the Clarus WMS node', async () => {
		const types = await n8n.loadedNodeTypes();
		assert.ok(types.includes(TYPE), 'clarusWms node type loaded');
	});

	for (const credName of ['oauthCc', 'apiCc']) {
		it(`${credName}: client-credentials token fetched once, reused, renewed after expiry; tenant header on every call`, async () => {
			await resetSandbox();
			const list = getMany('warehouses');
			const first = await run(credName, list);
			assert.equal(first.status, 'success', JSON.stringify(first.error));
			assert.deepEqual(first.output('Node').map((w) => w.code), ['WH1', 'WH2']);
			const second = await run(credName, list);
			assert.equal(second.status, 'success', JSON.stringify(second.error));
			let c = await counters();
			assert.equal(count(c, 'tokensIssued.client_credentials'), 1, 'one token for two executions');
			assert.equal(count(c, 'graphqlRequests'), 2);

			await admin('POST', 'expire-tokens');
			const third = await run(credName, list);
			assert.equal(third.status, 'success', JSON.stringify(third.error));
			c = await counters();
			assert.equal(count(c, 'tokensIssued.client_credentials'), 2, 'renewed once after expiry');
			const graphqlCalls = apiCalls(await requests());
			assert.equal(graphqlCalls.length, 4, 'the expired call (answered 401) and its retry');
			assert.notEqual(graphqlCalls[2].headers.authorization, graphqlCalls[3].headers.authorization, 'retried with a new token');
			assert.equal(graphqlCalls[1].headers.authorization, graphqlCalls[0].headers.authorization, 'same token in both first runs');
			const fourth = await run(credName, list);
			assert.equal(fourth.status, 'success', JSON.stringify(fourth.error));
			c = await counters();
			assert.equal(count(c, 'tokensIssued.client_credentials'), 2, 'the renewed token was stored and reused');

			const calls = apiCalls(await requests());
			assert.equal(calls.length, 5);
			for (const r of calls) assert.equal(r.headers['x-clarus-subdomain'], TENANT, `${r.method} ${r.path} carried the tenant`);
			assert.equal(count(c, 'requestsWithoutSubdomain'), 0);
			await rememberTokens();
		});
	}

	it('Clarus WMS API credential test: OK with good data, clear errors with a bad secret or a foreign tenant', async () => {
		const { cred, data } = creds.apiCc;
		const ok = await n8n.testCredential(cred, data);
		assert.equal(ok.status, 'OK', JSON.stringify(ok));
		const badSecret = await n8n.testCredential(cred, { ...data, clientSecret: 'not-the-secret' });
		assert.equal(badSecret.status, 'Error');
		assert.ok(!JSON.stringify(badSecret).includes('not-the-secret'));
		const foreign = await n8n.testCredential(cred, { ...data, subdomain: 'globex-warehouse' });
		assert.equal(foreign.status, 'Error', 'an acme client may not use the globex tenant');
		const calls = apiCalls(await requests());
		assert.equal(calls[calls.length - 1].headers['x-clarus-subdomain'], 'globex-warehouse', 'the test call carried the tenant being tested');
		await rememberTokens();
		await checkTenantHeaders([TENANT, 'globex-warehouse']);
		await admin('POST', 'reset');
	});

	it("a wrong client secret fails the node with the credential's own words, with both credentials", async () => {
		await resetSandbox();
		const bad = 'not-the-secret-42';
		for (const [name, from] of [['apiBad', 'apiCc'], ['oauthBad', 'oauthCc']]) {
			const { cred, data } = creds[from];
			creds[name] = { cred: await n8n.createCredential(cred.type, { ...data, clientSecret: bad }, name), data: { ...data, clientSecret: bad } };
		}
		const api = await run('apiBad', getMany('goods_outs'));
		assert.equal(api.status, 'error');
		assert.match(api.error.message, /^Clarus rejected the client ID or secret \(invalid_client.*\)\. Check Client ID and Client Secret\.$/);
		const oauth = await run('oauthBad', getMany('goods_outs'));
		assert.equal(oauth.status, 'error');
		// n8n's OAuth2 client fetches that token: its words go into the description.
		assert.equal(oauth.error.message, 'Could not get a Clarus access token');
		assert.match(oauth.error.description, /^Failed to acquire OAuth2 access token: Client authentication failed.* — Check the Client ID and Client Secret/);
		for (const result of [api, oauth]) assert.ok(!result.raw.includes(bad), 'the secret is not in the execution');
		assert.equal(apiCalls(await requests()).length, 0, 'nothing reached the API');
	});

	it('authorization code: connected through n8n\'s own OAuth endpoints, then renews itself with the refresh token', async () => {
		await resetSandbox();
		const data = { grantType: 'authorizationCode', clientId: WEB.id, clientSecret: WEB.secret, baseUrl: url, subdomain: TENANT };
		const cred = await n8n.createCredential('clarusWmsOAuth2Api', data, 'oauthCode');
		creds.oauthCode = { cred, data };

		// 1. What the editor's "Connect my account" button asks n8n for.
		const authUrl = await n8n.rest('GET', `/oauth2-credential/auth?id=${cred.id}`);
		assert.ok(String(authUrl).startsWith(`${url}/oauth/authorize?`), String(authUrl));
		const params = new URL(authUrl).searchParams;
		assert.equal(params.get('client_id'), WEB.id);
		// 2. The user signs in on Clarus's consent page and approves (the form the page posts).
		const page = await fetch(authUrl);
		assert.equal(page.status, 200);
		assert.match(await page.text(), /<form method="post" action="\/oauth\/authorize">/);
		const form = new URLSearchParams({ ...Object.fromEntries(params), email: USER.email, password: USER.password, allowed: 'true' });
		const approved = await fetch(`${url}/oauth/authorize`, { method: 'POST', body: form, redirect: 'manual' });
		assert.equal(approved.status, 302);
		const callback = new URL(approved.headers.get('location'));
		assert.match(callback.pathname, /\/rest\/oauth2-credential\/callback$/);
		assert.ok(callback.searchParams.get('code'));
		// 3. The browser lands on n8n's callback; n8n exchanges the code and stores the tokens.
		const landed = await fetch(`${n8n.baseUrl}${callback.pathname}${callback.search}`, {
			headers: { cookie: n8n.cookie, 'browser-id': 'wms-tests' },
		});
		const landedText = await landed.text();
		assert.equal(landed.status, 200, landedText.slice(0, 500));
		assert.doesNotMatch(landedText, /error/i, landedText.slice(0, 500));
		let c = await counters();
		assert.equal(count(c, 'tokensIssued.authorization_code'), 1);

		const list = getMany('warehouses');
		const first = await run('oauthCode', list);
		assert.equal(first.status, 'success', JSON.stringify(first.error));
		assert.equal(first.output('Node').length, 2);

		await admin('POST', 'expire-tokens');
		const second = await run('oauthCode', list);
		assert.equal(second.status, 'success', JSON.stringify(second.error));
		c = await counters();
		assert.equal(count(c, 'tokensIssued.refresh_token'), 1, 'renewed with the refresh token');
		const third = await run('oauthCode', list);
		assert.equal(third.status, 'success', JSON.stringify(third.error));
		c = await counters();
		assert.equal(count(c, 'tokensIssued.refresh_token'), 1, 'the renewed token was stored and reused');
		assert.equal(count(c, 'tokensIssued.client_credentials'), 0);
		for (const r of apiCalls(await requests())) assert.equal(r.headers['x-clarus-subdomain'], TENANT);
		await rememberTokens();
	});

	it('authorization code: a credential holding an expired access token and a refresh token renews itself', async () => {
		await resetSandbox();
		// Real tokens from the simulator's consent flow, done here with fetch.
		const redirectUri = 'http://127.0.0.1:9/callback';
		const authorize = new URL(`${url}/oauth/authorize`);
		for (const [k, v] of Object.entries({ response_type: 'code', client_id: WEB.id, redirect_uri: redirectUri, state: 'e2e' })) authorize.searchParams.set(k, v);
		assert.equal((await fetch(authorize)).status, 200);
		const form = new URLSearchParams({ ...Object.fromEntries(authorize.searchParams), email: USER.email, password: USER.password, allowed: 'true' });
		const approved = await fetch(`${url}/oauth/authorize`, { method: 'POST', body: form, redirect: 'manual' });
		const code = new URL(approved.headers.get('location')).searchParams.get('code');
		assert.ok(code);
		const tokenRes = await fetch(`${url}/oauth/token`, {
			method: 'POST',
			headers: { authorization: `Basic ${Buffer.from(`${WEB.id}:${WEB.secret}`).toString('base64')}` },
			body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirectUri }),
		});
		const tokens = await tokenRes.json();
		assert.equal(tokenRes.status, 200, JSON.stringify(tokens));
		for (const t of [tokens.access_token, tokens.refresh_token, code]) knownSecrets.add(t);
		const data = {
			grantType: 'authorizationCode',
			clientId: WEB.id,
			clientSecret: WEB.secret,
			baseUrl: url,
			subdomain: TENANT,
			oauthTokenData: { access_token: tokens.access_token, refresh_token: tokens.refresh_token, token_type: tokens.token_type, expires_in: tokens.expires_in },
		};
		const cred = await n8n.createCredential('clarusWmsOAuth2Api', data, 'oauthInjected');
		creds.oauthInjected = { cred, data };
		await admin('POST', 'expire-tokens');

		const first = await run('oauthInjected', getMany('warehouses'));
		assert.equal(first.status, 'success', JSON.stringify(first.error));
		assert.equal(first.output('Node').length, 2);
		let c = await counters();
		assert.equal(count(c, 'tokensIssued.refresh_token'), 1);
		const calls = apiCalls(await requests());
		assert.equal(calls.length, 2, 'the call with the expired token (401), then the retry');
		assert.equal(calls[0].headers.authorization, `Bearer ${tokens.access_token}`);
		assert.notEqual(calls[1].headers.authorization, calls[0].headers.authorization);
		const second = await run('oauthInjected', getMany('warehouses'));
		assert.equal(second.status, 'success', JSON.stringify(second.error));
		c = await counters();
		assert.equal(count(c, 'tokensIssued.refresh_token'), 1, 'the renewed tokens were stored and reused');
	});

	it("Clarus WMS API credential in n8n's HTTP Request node: both headers sent, none typed by the user", async () => {
		await resetSandbox();
		const { cred } = creds.apiCc;
		const result = await n8n.runNode({
			type: 'n8n-nodes-base.httpRequest',
			typeVersion: 4.2,
			parameters: {
				method: 'POST',
				url: `${url}/graphql`,
				authentication: 'predefinedCredentialType',
				nodeCredentialType: 'clarusWmsApi',
				sendBody: true,
				specifyBody: 'json',
				jsonBody: JSON.stringify({ query: '{ warehouses { all(first: 3) { edges { node { id code } } } } }' }),
				options: {},
			},
			credentials: { clarusWmsApi: { id: cred.id, name: cred.name } },
		});
		raws.push(result.raw);
		assert.equal(result.status, 'success', JSON.stringify(result.error));
		const [out] = result.output('Node');
		assert.deepEqual(out.data.warehouses.all.edges.map((e) => e.node.code), ['WH1', 'WH2', 'WH3']);
		const [call] = apiCalls(await requests());
		assert.equal(call.headers['x-clarus-subdomain'], TENANT);
		assert.match(call.headers.authorization, /^Bearer \S+$/);
		await rememberTokens();
	});

	it('Get Many follows the cursors through all 2,500+ goods outs, without duplicates', async () => {
		const total = await goodsOutCount();
		assert.ok(total >= 2500, `seeded ${total}`);
		await resetSandbox();
		const result = await run('oauthCc', { resource: 'goods_outs', operation: 'getAll', returnAll: true });
		assert.equal(result.status, 'success', JSON.stringify(result.error));
		const items = result.output('Node');
		assert.equal(items.length, total);
		assert.equal(new Set(items.map((i) => i.id)).size, total, 'no duplicates');
		assert.ok(items.every((i) => i.reference && i.goods_out_status && 'code' in i.goods_out_status), 'documented node fields');
		const pages = Math.ceil(total / 100);
		const c = await counters();
		assert.equal(count(c, 'graphqlRequests'), pages, 'pages of 100');
		const calls = apiCalls(await requests());
		assert.ok(calls.every((call) => call.body.variables.first === 100));
		// each page starts after the previous page's endCursor (Clarus cursors: base64url positions)
		const cursors = calls.map((call) => call.body.variables.after).filter(Boolean);
		const expected = Array.from({ length: pages - 1 }, (_, k) => Buffer.from(String(100 * (k + 1))).toString('base64url'));
		assert.deepEqual(cursors, expected);
	});

	it('Limit stops early: only the pages it needs, never more records than asked', async () => {
		await resetSandbox();
		const result = await run('oauthCc', getMany('goods_outs', { limit: 150 }));
		assert.equal(result.status, 'success', JSON.stringify(result.error));
		assert.equal(result.output('Node').length, 150);
		let c = await counters();
		assert.equal(count(c, 'graphqlRequests'), 2);
		const [, secondPage] = apiCalls(await requests());
		assert.equal(secondPage.body.variables.first, 50, 'the last page asks only for what is missing');

		await resetSandbox();
		const small = await run('oauthCc', getMany('goods_outs', { limit: 7, goods_outs_getAll_options: { pageSize: 5 } }));
		assert.equal(small.status, 'success', JSON.stringify(small.error));
		assert.equal(small.output('Node').length, 7);
		c = await counters();
		assert.equal(count(c, 'graphqlRequests'), 2);
	});

	it('Get Many filters: field + operator + value, checked against the documented operators before any call', async () => {
		await resetSandbox();
		const filtered = await run(
			'apiCc',
			getMany('goods_outs', {
				returnAll: true,
				goods_outs_getAll_filters: {
					filter: [
						{ field: 'goods_out_status_code', operator: 'in', value: 'PENDING, DRAFT' },
						{ field: 'warehouse_id', operator: 'eq', value: '2' },
					],
				},
			}),
		);
		assert.equal(filtered.status, 'success', JSON.stringify(filtered.error));
		const items = filtered.output('Node');
		assert.ok(items.length > 10 && items.length < 1000, `${items.length} records`);
		assert.ok(items.every((i) => ['PENDING', 'DRAFT'].includes(i.goods_out_status.code) && i.warehouse.id === '2'));
		const [call] = apiCalls(await requests());
		assert.deepEqual(call.body.variables.filter, { goods_out_status_code: { in: ['PENDING', 'DRAFT'] }, warehouse_id: { eq: '2' } });

		await resetSandbox();
		const bad = await run('apiCc', getMany('goods_outs', { goods_outs_getAll_filters: { filter: [{ field: 'reference', operator: 'gt', value: 'SO' }] } }));
		assert.equal(bad.status, 'error');
		assert.match(bad.error.message, /does not support the operator "gt"/);
		assert.match(bad.error.message, /item 0/);
		assert.equal(count(await counters(), 'graphqlRequests'), 0, 'refused before any request');
	});

	it('creates a goods out with the JSON:API envelope built by the node, then cancels it', async () => {
		await resetSandbox();
		const reference = `N8N-E2E-${Date.now()}`;
		const created = await run('oauthCc', {
			resource: 'goods_outs',
			operation: 'create',
			goods_outs_create_account_id: 1,
			goods_outs_create_expected_date_of_dispatch: '2026-08-01T10:00:00Z',
			goods_outs_create_goods_out_type: 'sales_order',
			goods_outs_create_reference: reference,
			goods_outs_create_additionalFields: {
				priority: 3,
				warehouse_id: 1,
				lines_changes: JSON.stringify([{ type: 'ADD', attributes: { product_id: 1, order_quantity: 4 } }]),
			},
			goods_outs_create_rel_address: { name: 'Jane Smith', address_1: '1 High Street', postcode: 'AB1 2CD', country_code: 'GB' },
		});
		assert.equal(created.status, 'success', JSON.stringify(created.error));
		const [record] = created.output('Node');
		assert.equal(record.type, 'goods_outs');
		assert.equal(record.reference, reference);
		assert.equal(record.priority, 3);
		assert.ok(Number.isInteger(record.id));
		const [call] = apiCalls(await requests());
		assert.equal(call.method, 'POST');
		assert.equal(call.path, '/api/goods_outs');
		assert.equal(call.body.data.type, 'goods_outs');
		assert.equal(call.body.data.attributes.account_id, 1);
		assert.deepEqual(call.body.data.attributes.lines_changes, [{ type: 'ADD', attributes: { product_id: 1, order_quantity: 4 } }]);
		assert.deepEqual(call.body.data.relationships.address.data, {
			type: 'addresses',
			attributes: { name: 'Jane Smith', address_1: '1 High Street', postcode: 'AB1 2CD', country_code: 'GB' },
		});

		const found = await run('oauthCc', getMany('goods_outs', { goods_outs_getAll_filters: { filter: [{ field: 'reference', operator: 'eq', value: reference }] } }));
		assert.equal(found.status, 'success', JSON.stringify(found.error));
		assert.deepEqual(found.output('Node').map((g) => g.id), [String(record.id)]);

		const cancelled = await run('oauthCc', { resource: 'goods_outs', operation: 'cancel', goods_outs_cancel_path_id: String(record.id) });
		assert.equal(cancelled.status, 'success', JSON.stringify(cancelled.error));
		const calls = apiCalls(await requests());
		assert.equal(calls[calls.length - 1].path, `/api/goods_outs/${record.id}/cancel`);
	});

	it("a create the spec rejects fails with Clarus's own error symbol and details", async () => {
		const before = await goodsOutCount();
		await resetSandbox();
		const result = await run('oauthCc', {
			resource: 'goods_outs',
			operation: 'create',
			goods_outs_create_account_id: 1,
			goods_outs_create_expected_date_of_dispatch: '2026-08-01T10:00:00Z',
			goods_outs_create_goods_out_type: 'sales_order',
			goods_outs_create_reference: 'R'.repeat(60), // the spec allows at most 50 characters
		});
		assert.equal(result.status, 'error');
		assert.match(result.error.message, /invalid_attribute/);
		assert.match(result.error.message, /data\/attributes\/reference must NOT have more than 50 characters/);
		assert.equal(String(result.error.httpCode), '422');
		assert.equal(apiCalls(await requests()).length, 1);
		assert.equal(await goodsOutCount(), before, 'nothing was created');

		const bad = await run('oauthCc', { resource: 'goods_outs', operation: 'cancel', goods_outs_cancel_path_id: 'abc' }, { continueOnFail: true });
		assert.equal(bad.status, 'success');
		assert.match(bad.output('Node')[0].error, /"Goods Out ID" parameter must be a whole number/);
		assert.equal(apiCalls(await requests()).length, 1, 'no request for the bad ID');

		const missing = await run('apiCc', { resource: 'goods_outs', operation: 'cancel', goods_outs_cancel_path_id: '999999' });
		assert.equal(missing.status, 'error');
		assert.match(missing.error.message, /record_not_found/);
		assert.equal(String(missing.error.httpCode), '404');
	});

	it('GraphQL Execute Query paginates a named connection; API Request stays on the credential host', async () => {
		await resetSandbox();
		const query =
			'query($first: Int, $after: String, $filter: ProductsFilterType) { products { all(first: $first, after: $after, filter: $filter) { pageInfo { hasNextPage endCursor } edges { node { id code } } } } }';
		const result = await run('apiCc', {
			resource: 'graphql',
			operation: 'execute',
			graphqlQuery: query,
			graphqlVariables: '{}',
			graphqlPaginate: true,
			graphqlConnectionPath: 'products.all',
			returnAll: true,
			graphqlPageSize: 40,
		});
		assert.equal(result.status, 'success', JSON.stringify(result.error));
		const products = (await admin('GET', `store?tenant=${TENANT}`)).products;
		assert.equal(result.output('Node').length, products);
		assert.equal(count(await counters(), 'graphqlRequests'), Math.ceil(products / 40));

		const graphqlError = await run('apiCc', { resource: 'graphql', operation: 'execute', graphqlQuery: '{ products { nope } }' });
		assert.equal(graphqlError.status, 'error');
		assert.match(graphqlError.error.message, /Clarus GraphQL: .*nope/);

		await resetSandbox();
		const outside = await run('oauthCc', { resource: 'apiRequest', operation: 'request', method: 'GET', path: 'http://evil.example/steal' });
		assert.equal(outside.status, 'error');
		assert.match(outside.error.message, /not a full URL/);
		const escape = await run('oauthCc', { resource: 'apiRequest', operation: 'request', method: 'GET', path: '/api/../../x' });
		assert.equal(escape.status, 'error');
		assert.equal((await requests()).length, 0, 'nothing was sent');

		const call = await run('oauthCc', {
			resource: 'apiRequest',
			operation: 'request',
			method: 'POST',
			path: '/api/stocks/hold',
			sendBody: true,
			jsonBody: JSON.stringify({ ids: [1, 2], description: 'QA check' }),
		});
		assert.equal(call.status, 'success', JSON.stringify(call.error));
		assert.deepEqual(call.output('Node')[0].data.map((s) => s.attributes.status), ['held', 'held']);
		const [sent] = apiCalls(await requests());
		assert.equal(sent.headers['x-clarus-subdomain'], TENANT);
	});

	it('chains REST operations: report query -> report -> generate (plain JSON body) -> upload a binary file to the document', async () => {
		await resetSandbox();
		const query = await run('apiCc', {
			resource: 'report_queries',
			operation: 'create',
			report_queries_create_name: 'Stock by product',
			report_queries_create_graphql: '{ stocks { all { edges { node { id quantity } } } } }',
		});
		assert.equal(query.status, 'success', JSON.stringify(query.error));
		const report = await run('apiCc', {
			resource: 'reports',
			operation: 'create',
			reports_create_name: 'Stock report',
			reports_create_report_query_id: query.output('Node')[0].id,
			reports_create_report_type: 'single',
		});
		assert.equal(report.status, 'success', JSON.stringify(report.error));
		const generated = await run('apiCc', {
			resource: 'reports',
			operation: 'generate',
			reports_generate_path_id: String(report.output('Node')[0].id),
			reports_generate_additionalFields: { variables: '[]' },
		});
		assert.equal(generated.status, 'success', JSON.stringify(generated.error));
		const [document] = generated.output('Node');
		assert.equal(document.type, 'documents');

		const workflowId = await n8n.createWorkflow({
			nodes: [
				{
					name: 'Make File',
					type: 'n8n-nodes-base.code',
					typeVersion: 2,
					parameters: {
						jsCode: "return [{ json: {}, binary: { data: { data: btoa('sku,qty\\nA,1\\n'), mimeType: 'text/csv', fileName: 'stock.csv' } } }];",
					},
				},
				{ name: 'Node', ...node('apiCc', { resource: 'documents', operation: 'upload', documents_upload_path_id: String(document.id) }) },
			],
		});
		const uploaded = await n8n.run(workflowId);
		raws.push(uploaded.raw);
		assert.equal(uploaded.status, 'success', JSON.stringify(uploaded.error));
		const calls = apiCalls(await requests());
		const upload = calls[calls.length - 1];
		assert.equal(upload.path, `/api/documents/${document.id}/upload`);
		assert.equal(upload.headers['content-type'], 'application/octet-stream');
		assert.equal(upload.headers['content-disposition'], 'attachment; filename="stock.csv"');
		assert.equal(upload.headers['content-length'], String('sku,qty\nA,1\n'.length));
		const generateCall = calls.find((c) => c.path.endsWith('/generate'));
		assert.deepEqual(generateCall.body, { variables: [] }, 'a non-JSON:API body is sent as is');
	});

	it('no output or error contains a secret or a token; every API call carried the tenant header', async () => {
		await rememberTokens();
		await checkTenantHeaders();
		assert.ok(apiCallsChecked > 50, `${apiCallsChecked} API calls checked for X-Clarus-Subdomain`);
		assert.ok(knownSecrets.size >= 6, `collected ${knownSecrets.size} secrets and tokens`);
		for (const raw of raws) {
			const text = typeof raw === 'string' ? raw : JSON.stringify(raw);
			for (const secret of knownSecrets) assert.ok(!text.includes(secret), 'a secret or token leaked into an execution');
		}
		for (const secret of knownSecrets) assert.ok(!n8n.log.includes(secret), 'n8n log has no secret or token');
	});
});
