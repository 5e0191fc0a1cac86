'use strict';
// Error shaping of all three nodes, through their real execute() in-process (test/unit/harness):
// vendor error bodies → NodeApiError with the vendor's own message; bad parameters →
// NodeOperationError naming the parameter and "(item N)"; Continue On Fail per item; no password
// or token in errors, Continue On Fail output or logs. Needs `npm run build`.
const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { execute } = require('./harness/context');
const { parameter } = require('./harness/description');
const { CREDENTIALS, SECRETS, claretLogin, everythingAsText, on } = require('./harness/fixtures');

const noRetries = { requestOptions: { maxRetries: 0 } };
const claret = { claretApi: CREDENTIALS.claretApi };
const itemPath = { itemPathApi: CREDENTIALS.itemPathApi };
const clarus = { clarusWmsOAuth2Api: CREDENTIALS.clarusWmsOAuth2Api };
const sales = (extra) => ({ resource: 'sale', operation: 'getAll', saleTypeName: 'History', startDate: '2025-01-15', duration: 7, limit: 5, ...noRetries, ...extra });

/** Sale → Get Many where Claret answers `answer` to the read (after the credential's login). */
const claretSalesAnswering = async (answer) =>
	await execute({ node: 'Claret', parameters: sales(), credentials: claret, responders: [claretLogin, on('GET', '/demo/api/v1/sales', answer)] });

/** Asserts that no secret appears anywhere in what a run produced (error, output, logs). */
function assertNoSecrets(run) {
	const text = everythingAsText({ error: run.error, output: run.output, logs: run.logs });
	for (const [name, secret] of Object.entries(SECRETS)) assert.ok(!text.includes(secret), `${name} leaked`);
}

describe('vendor errors → NodeApiError with the vendor\'s own message', () => {
	it('Claret 422: Laravel message, field errors in the description, HTTP code kept', async () => {
		const run = await claretSalesAnswering({
			status: 422,
			body: { message: 'The selected sale type name is invalid.', errors: { sale_type_name: ['The selected sale type name is invalid.'] } },
		});
		assert.equal(run.error?.name, 'NodeApiError');
		assert.equal(run.error.message, 'The selected sale type name is invalid.');
		assert.equal(run.error.httpCode, '422');
		assert.match(run.error.description, /^sale_type_name: The selected sale type name is invalid\./);
		assert.equal(run.error.context.itemIndex, 0);
	});

	it('Claret\'s HTML login page where JSON was expected is told as such', async () => {
		const run = await claretSalesAnswering({ status: 200, body: '<!DOCTYPE html><html><body>Login</body></html>' });
		assert.equal(run.error?.name, 'NodeApiError');
		assert.match(run.error.message, /^Claret answered with an HTML page instead of JSON/);
	});

	it('ItemPath 422 field errors: the field\'s message, the field named in the description', async () => {
		const run = await execute({
			node: 'ItemPath',
			parameters: { resource: 'material', operation: 'create', name: 'MAT-1', ...noRetries },
			credentials: itemPath,
			responders: [on('POST', '/api/materials', { status: 422, body: { errors: [{ name: { message: 'Material MAT-1 already exists' } }] } })],
		});
		assert.equal(run.error?.name, 'NodeApiError');
		assert.equal(run.error.message, 'Material MAT-1 already exists');
		assert.match(run.error.description, /^Field: name\./);
		assert.equal(run.error.httpCode, '422');
	});

	it('Clarus 422 JSON:API errors: "Clarus: symbol: details (source)", all errors in the description', async () => {
		const name = parameter('ClarusWms', { resource: 'goods_outs', operation: 'cancel' }, 'Goods Out ID', 1).name;
		const run = await execute({
			node: 'ClarusWms',
			version: 1,
			parameters: { resource: 'goods_outs', operation: 'cancel', [name]: { __rl: true, mode: 'id', value: '5' }, ...noRetries },
			credentials: clarus,
			responders: [
				on('POST', '/api/goods_outs/5/cancel', {
					status: 422,
					body: {
						errors: [
							{ code: 'invalid', symbol: 'invalid_state', details: 'Goods out is already completed', source: 'goods_out_status_id' },
							{ code: 'invalid', symbol: 'locked', details: 'Record is locked' },
						],
					},
				}),
			],
		});
		assert.equal(run.error?.name, 'NodeApiError');
		assert.equal(run.error.message, 'Clarus: invalid_state: Goods out is already completed (source: goods_out_status_id)');
		assert.match(run.error.description, /locked: Record is locked/);
	});

	it('no answer at all: "Could not reach …" in words, never the raw code alone', async () => {
		const run = await execute({
			node: 'ItemPath',
			parameters: { resource: 'material', operation: 'getAll', limit: 1, ...noRetries },
			credentials: itemPath,
			responders: [() => ({ networkError: 'ECONNREFUSED' })],
		});
		assert.equal(run.error?.name, 'NodeApiError');
		assert.equal(run.error.message, 'Could not reach ItemPath at https://acme.itempath.com: the connection was refused');
	});
});

describe('bad parameters → NodeOperationError naming the parameter and the item', () => {
	it('the failing item is named, even when earlier items were fine', async () => {
		const run = await execute({
			node: 'Claret',
			parameters: sales({ startDate: '={{ $json.date }}' }),
			credentials: claret,
			input: [{ json: { date: '2025-01-15' } }, { json: { date: 'next week' } }],
			responders: [claretLogin, on('GET', '/demo/api/v1/sales', { body: { sales: [{ id: 1 }], next_index: null } })],
		});
		assert.equal(run.error?.name, 'NodeOperationError');
		assert.equal(run.error.message, 'The "Start Date" parameter must be a date like 2025-01-31, got "next week" (item 1)');
		assert.equal(run.error.context.itemIndex, 1);
	});

	it('a credential value that is not valid fails before any request, naming the item', async () => {
		const run = await execute({
			node: 'Claret',
			parameters: sales(),
			credentials: { claretApi: { ...CREDENTIALS.claretApi, tenant: 'demo/../other' } },
			responders: [claretLogin],
		});
		assert.equal(run.error?.name, 'NodeOperationError');
		assert.match(run.error.message, /^The Claret credential's "Tenant" is not valid: "demo\/\.\.\/other" \(item 0\)$/);
		assert.equal(run.requests.length, 0);
	});

	it('API Request refuses a path leaving the vendor\'s API, naming the parameter', async () => {
		const run = await execute({
			node: 'ItemPath',
			parameters: { resource: 'apiRequest', operation: 'request', method: 'GET', path: 'https://evil.example/steal' },
			credentials: itemPath,
			responders: [],
		});
		assert.equal(run.error?.name, 'NodeOperationError');
		assert.match(run.error.message, /^The "Path" parameter .*\(item 0\)$/);
		assert.equal(run.requests.length, 0);
	});
});

describe('Continue On Fail, per item', () => {
	it('a bad parameter on one item: that item becomes { error } paired with it, the others run', async () => {
		const run = await execute({
			node: 'Claret',
			parameters: sales({ startDate: '={{ $json.date }}' }),
			credentials: claret,
			continueOnFail: true,
			input: [{ json: { date: '2025-01-15' } }, { json: { date: 'soon' } }, { json: { date: '2025-02-01' } }],
			responders: [claretLogin, on('GET', '/demo/api/v1/sales', (req) => ({ body: { sales: [{ id: req.qs.start_date }], next_index: null } }))],
		});
		assert.equal(run.error, undefined);
		assert.deepEqual(
			run.items.map((i) => [i.pairedItem.item, i.json.id ?? i.json.error]),
			[
				[0, '2025-01-15'],
				[1, 'The "Start Date" parameter must be a date like 2025-01-31, got "soon" (item 1)'],
				[2, '2025-02-01'],
			],
		);
	});

	it('a vendor error on one item: its error item carries the vendor message and HTTP code', async () => {
		const run = await execute({
			node: 'ItemPath',
			parameters: { resource: 'material', operation: 'get', id: { __rl: true, mode: 'id', value: '={{ $json.id }}' }, ...noRetries },
			credentials: itemPath,
			continueOnFail: true,
			input: [{ json: { id: 1 } }, { json: { id: 404 } }],
			responders: [
				on('GET', '/api/materials/1', { body: { id: 1, name: 'MAT-1' } }),
				on('GET', '/api/materials/404', { status: 404, body: { msg: 'Material not found' } }),
			],
		});
		assert.equal(run.error, undefined);
		assert.equal(run.items[0].json.name, 'MAT-1');
		assert.deepEqual(run.items[1].pairedItem, { item: 1 });
		assert.equal(run.items[1].json.error, 'Material not found');
		assert.equal(run.items[1].json.httpCode, '404');
		assert.match(run.items[1].json.description, /ItemPath has no such record/);
	});
});

describe('no password or token in errors, Continue On Fail output or logs', () => {
	it('Claret: a rejected token (401 twice, with a new login between) leaks neither password nor token', async (t) => {
		// The credential keeps a renewal's result for 10 s (nodes/shared/renewal.ts) with a timer;
		// fake timers keep that timer from holding the test process open.
		t.mock.timers.enable({ apis: ['setTimeout'] });
		const run = await claretSalesAnswering({ status: 401, body: { message: 'Unauthenticated.' } });
		assert.equal(run.error?.name, 'NodeApiError');
		assert.equal(run.error.message, 'Unauthenticated.');
		// n8n's retry after 401: preAuthentication again (a second login), the request once more.
		assert.equal(run.requests.filter((r) => r.path.endsWith('/tokens/create')).length, 2);
		assert.equal(run.requests.filter((r) => r.path.endsWith('/sales')).length, 2);
		assertNoSecrets(run);
	});

	it('ItemPath: a vendor message echoing the token is redacted, in the error and in Continue On Fail output', async () => {
		const responders = [on('GET', '/api/materials', { status: 403, body: { msg: `Token ${SECRETS.itemPathAppToken} may not read materials` } })];
		const parameters = { resource: 'material', operation: 'getAll', limit: 1, ...noRetries };
		const stopped = await execute({ node: 'ItemPath', parameters, credentials: itemPath, responders });
		assert.equal(stopped.error?.name, 'NodeApiError');
		assert.equal(stopped.error.message, 'Token [redacted] may not read materials');
		assertNoSecrets(stopped);
		const continued = await execute({ node: 'ItemPath', parameters, credentials: itemPath, responders, continueOnFail: true });
		assert.equal(continued.items[0].json.error, 'Token [redacted] may not read materials');
		assertNoSecrets(continued);
	});

	it('Clarus: a vendor body echoing the access token is redacted; a refused connection leaks nothing', async () => {
		const name = parameter('ClarusWms', { resource: 'goods_outs', operation: 'delete' }, 'Goods Out ID', 1).name;
		const parameters = { resource: 'goods_outs', operation: 'delete', [name]: { __rl: true, mode: 'id', value: '5' }, ...noRetries };
		const echoed = await execute({
			node: 'ClarusWms',
			version: 1,
			parameters,
			credentials: clarus,
			responders: [on('DELETE', '/api/goods_outs/5', { status: 401, body: { error: `token ${SECRETS.clarusToken} was revoked` } })],
		});
		assert.equal(echoed.error?.name, 'NodeApiError');
		assert.equal(echoed.error.message, 'Clarus: token [redacted] was revoked');
		assertNoSecrets(echoed);
		const refused = await execute({ node: 'ClarusWms', version: 1, parameters, credentials: clarus, responders: [() => ({ networkError: 'ECONNREFUSED' })] });
		assert.equal(refused.error?.name, 'NodeApiError');
		assert.equal(refused.error.message, 'Could not reach Clarus: the connection was refused');
		assertNoSecrets(refused);
	});
});

describe('no secret in the credentials\' own sign-in errors', () => {
	it('ItemPath: a refused login echoing the password', async () => {
		const run = await execute({
			node: 'ItemPath',
			parameters: { resource: 'material', operation: 'getAll', limit: 1, ...noRetries },
			credentials: { itemPathApi: { url: 'https://acme.itempath.com', authMethod: 'login', username: 'api-user', password: SECRETS.itemPathPassword } },
			responders: [on('POST', '/api/users/login', { status: 401, body: { msg: `Bad password ${SECRETS.itemPathPassword}` } })],
		});
		assert.equal(run.error?.name, 'NodeApiError');
		assert.match(run.error.message, /^ItemPath rejected the username or password \(HTTP 401\)\. ItemPath said: "Bad password \[redacted\]"/);
		assert.equal(run.requests.filter((r) => r.credentialType).length, 0, 'nothing is sent without a session');
		assertNoSecrets(run);
	});

	it('Clarus WMS API credential: a refused client secret echoed by the token endpoint', async () => {
		const query = parameter('ClarusWms', { resource: 'graphql', operation: 'execute' }, 'Query').name;
		const run = await execute({
			node: 'ClarusWms',
			parameters: { authentication: 'apiCredentials', resource: 'graphql', operation: 'execute', [query]: '{ goods_outs { all(first: 1) { edges { node { id } } } } }', ...noRetries },
			credentials: {
				clarusWmsApi: { authMethod: 'clientCredentials', clientId: 'clarus-client', clientSecret: SECRETS.clarusClientSecret, baseUrl: 'https://clarus-api.com', subdomain: 'acme-warehouse' },
			},
			responders: [on('POST', '/oauth/token', { status: 401, body: { error: 'invalid_client', error_description: `secret ${SECRETS.clarusClientSecret} unknown` } })],
		});
		assert.equal(run.error?.name, 'NodeApiError');
		assert.match(run.error.message, /^Clarus rejected the client ID or secret/);
		assert.equal(run.requests.length, 1);
		assert.equal(run.requests[0].url, 'https://clarus-api.com/oauth/token');
		assertNoSecrets(run);
	});
});

// Both found by these tests: Claret's secrets were read before the run's token was created, and
// the credential quoted a refused login with the password in it.
describe('secrets echoed by Claret never reach the error', () => {
	it(
		'Claret: a vendor message echoing the token is redacted (as ItemPath and Clarus do)',
		{},
		async () => {
			const run = await claretSalesAnswering({
				status: 422,
				body: { message: `Token ${SECRETS.claretToken} may not read sales`, errors: { token: [SECRETS.claretToken] } },
			});
			assert.equal(run.error?.name, 'NodeApiError');
			assertNoSecrets(run);
		},
	);

	it(
		'Claret credential: a login refusal echoing the password does not show the password',
		{},
		async () => {
			const run = await execute({
				node: 'Claret',
				parameters: sales(),
				credentials: claret,
				responders: [
					on('POST', '/demo/api/v1/tokens/create', { status: 422, body: { message: `The password ${SECRETS.claretPassword} is not valid.` } }),
				],
			});
			assert.equal(run.error?.name, 'NodeApiError');
			assert.match(run.error.message, /^Claret rejected the email or password/);
			assertNoSecrets(run);
		},
	);
});

describe('throttling and writes without an answer', () => {
	it('a 429 with Retry-After is waited out and the request sent again', async () => {
		let n = 0;
		const run = await execute({
			node: 'ItemPath',
			parameters: { resource: 'material', operation: 'getAll', limit: 1 },
			credentials: itemPath,
			responders: [on('GET', '/api/materials', () => (++n === 1 ? { status: 429, headers: { 'Retry-After': '0' }, body: { msg: 'slow down' } } : { body: { materials: [{ id: 1 }] } }))],
		});
		assert.equal(run.error, undefined);
		assert.equal(run.requests.length, 2);
		assert.deepEqual(run.items.map((i) => i.json.id), [1]);
		assert.ok(run.logs.some((l) => l.level === 'info' && /ItemPath answered HTTP 429; retrying/.test(l.message)));
	});

	it('a write that fails after it was sent is not sent again and is marked "may have been written"', async () => {
		const run = await execute({
			node: 'ItemPath',
			parameters: { resource: 'material', operation: 'create', name: 'MAT-9' },
			credentials: itemPath,
			continueOnFail: true,
			responders: [on('POST', '/api/materials', { status: 502, body: { msg: 'Bad gateway' } })],
		});
		assert.equal(run.error, undefined);
		assert.equal(run.requests.length, 1);
		assert.equal(run.items[0].json.mayHaveBeenWritten, true);
		assert.match(run.items[0].json.description, /it may have been written\. Check in ItemPath whether the material "MAT-9" exists/);
	});
});
