'use strict';
// ItemPath end to end: the packed package in real n8n against the ItemPath simulator
// (JWT sessions on a movable vendor clock, application tokens, self-signed HTTPS, limit/page
// pagination, bracket filters, CRUD with Flask-style errors).
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const net = require('node:net');
const { N8n } = require('../harness/n8n');
const { sandboxAdmin } = require('../harness/sandbox-admin');
const sandbox = require('../../sandbox/server');
const { seedData } = require('../../sandbox/itempath/data');

const TYPE = 'n8n-nodes-wms-planning.itemPath';
const CRED = 'itemPathApi';
const OPERATOR = { username: 'operator', password: 'operator-pass' };
const INTEGRATION = { username: 'integration', password: 'integration-pass' };
const PASSWORDS = [OPERATOR.password, INTEGRATION.password];
const seed = seedData(42);

describe('ItemPath in real n8n', () => {
	let n8n;
	let box;
	let url;
	let cred;
	let goodData;
	const raws = []; // raw execution data that must not contain any secret
	const tokenRaws = []; // executions whose output is a requested application token
	const issued = new Set(); // every token the sandbox saw

	const sandboxControls = sandboxAdmin(() => url);
	const admin = sandboxControls.call;
	const counters = sandboxControls.counters;
	const requests = async () => {
		const list = await sandboxControls.requests();
		for (const q of list) {
			const auth = q.headers.authorization;
			if (auth && auth.startsWith('Bearer ')) issued.add(auth.slice(7));
		}
		return list;
	};
	const apiCalls = async (path) => (await requests()).filter((q) => q.path === path);
	const reset = async () => {
		await requests(); // harvest the tokens before the recorder is cleared
		await admin('POST', 'reset');
	};
	const advance = (seconds) => admin('POST', 'clock', { advanceSeconds: seconds });
	const loginData = (user, extra = {}) => ({
		url,
		authMethod: 'login',
		...user,
		allowUnauthorizedCerts: false,
		...extra,
	});
	const credential = (data, name) => n8n.createCredential(CRED, data, name);
	const run = async (parameters, { credential: c = cred, inputItems, continueOnFail, tokenOutput = false } = {}) => {
		const result = await n8n.runNode(
			{ type: TYPE, parameters, credentials: { [CRED]: { id: c.id, name: c.name } }, continueOnFail },
			{ inputItems },
		);
		(tokenOutput ? tokenRaws : raws).push(result.raw);
		return result;
	};
	const ok = (result) => {
		assert.equal(result.status, 'success', JSON.stringify(result.error));
		return result.output('Node');
	};
	const getMany = (resource, extra = {}) => ({ resource, operation: 'getAll', ...extra });
	const conditions = (...list) => ({ conditions: list.map(([field, operator, value]) => ({ field, operator, value })) });
	// The credential as the editor loads it (secrets redacted) and saves it back with changes.
	const editCredential = async (c, changes) => {
		const current = await n8n.rest('GET', `/credentials/${c.id}?includeData=true`);
		await n8n.updateCredential(c, { ...current.data, ...changes });
	};
	const closedPort = () =>
		new Promise((resolve) => {
			const srv = net.createServer();
			srv.listen(0, '127.0.0.1', () => {
				const { port } = srv.address();
				srv.close(() => resolve(port));
			});
		});

	before(async () => {
		box = await sandbox.start({ port: 0, seed: 42, vendors: ['itempath'] });
		url = box.urls.itempath;
		n8n = await N8n.launch();
		goodData = loginData(OPERATOR);
		cred = await credential(goodData, 'ItemPath operator');
	});

	after(async () => {
		await n8n?.stop();
		await box?.close();
	});

	it('loads the package: the ItemPath node and its credential', async () => {
		const types = await n8n.loadedNodeTypes();
		assert.ok(types.includes(TYPE), 'itemPath node type loaded');
	});

	it('credential test passes with good settings and fails clearly otherwise', async () => {
		const good = await n8n.testCredential(cred, goodData);
		assert.equal(good.status, 'OK', JSON.stringify(good));

		const wrong = await n8n.testCredential(cred, { ...goodData, password: 'wrong-pass-123' });
		assert.equal(wrong.status, 'Error');
		assert.match(wrong.message, /rejected the username or password \(HTTP 404\)/);
		assert.match(wrong.message, /User not found or wrong password/);
		assert.ok(!wrong.message.includes('wrong-pass-123'));

		const port = await closedPort();
		const unreachable = await n8n.testCredential(cred, { ...goodData, url: `http://127.0.0.1:${port}` });
		assert.equal(unreachable.status, 'Error');
		assert.match(unreachable.message, new RegExp(`Could not reach ItemPath at http://127\\.0\\.0\\.1:${port}: the connection was refused\\. Check the URL`));

		// The same advice reaches a workflow that uses the credential.
		const downCred = await credential({ ...goodData, url: `http://127.0.0.1:${port}` }, 'ItemPath down');
		const down = await run(getMany('warehouse', { limit: 1 }), { credential: downCred });
		assert.equal(down.status, 'error');
		assert.match(down.error.message, /Could not reach ItemPath at http:\/\/127\.0\.0\.1:\d+: the connection was refused/);

		const notItemPath = await n8n.testCredential(cred, { ...goodData, url: `${url}/elsewhere` });
		assert.equal(notItemPath.status, 'Error');
		assert.match(notItemPath.message, /There is no ItemPath login at .*\(HTTP 404\)/);

		const badUrl = await n8n.testCredential(cred, { ...goodData, url: 'ftp://itempath.example' });
		assert.equal(badUrl.status, 'Error');
		assert.match(badUrl.message, /URL in the ItemPath credential is not valid/);

		// A URL typed with /api and a trailing slash still works.
		const withApi = await n8n.testCredential(cred, { ...goodData, url: `${url}/api/` });
		assert.equal(withApi.status, 'OK', JSON.stringify(withApi));
	});

	it('45 minutes of executions: one login, one refresh per expired access token; a new login after 30 days', async () => {
		const fresh = await credential(goodData, 'ItemPath session');
		await reset();
		const params = getMany('warehouse', { returnAll: true });
		let executions = 0;
		const step = async (elapsed) => {
			for (let i = 0; i < 2; i++) {
				assert.equal(ok(await run(params, { credential: fresh })).length, 3);
				executions++;
			}
			const c = await counters();
			assert.equal(c.logins, 1, `one login at ${elapsed} s`);
			// The access token lives 900 s; each expiry costs exactly one refresh.
			assert.equal(c.refreshes ?? 0, Math.floor(elapsed / 900), `refreshes at ${elapsed} s`);
		};
		await step(0);
		for (let elapsed = 300; elapsed <= 2700; elapsed += 300) {
			await advance(300);
			await step(elapsed);
		}
		assert.equal(executions, 20);
		let c = await counters();
		assert.deepEqual([c.logins, c.refreshes], [1, 3]);
		const logins = await apiCalls('/api/users/login');
		assert.equal(logins.length, 1);
		assert.equal(logins[0].body.username, 'operator');
		// Refreshes send the refresh token, never the password.
		for (const q of await apiCalls('/api/users/refresh')) {
			assert.equal(q.body && Object.keys(q.body).length ? JSON.stringify(q.body) : '', '');
			assert.match(q.headers.authorization, /^Bearer /);
		}

		// The refresh token lives 30 days: after that, exactly one new login.
		await advance(31 * 86400);
		ok(await run(params, { credential: fresh }));
		c = await counters();
		assert.deepEqual([c.logins, c.refreshes], [2, 3], 'one new login after the refresh token expired');
		ok(await run(params, { credential: fresh }));
		c = await counters();
		assert.deepEqual([c.logins, c.refreshes], [2, 3], 'the new session is reused');
	});

	it('editing the credential to another user starts a new session for that user', async () => {
		const edited = await credential(goodData, 'ItemPath edited');
		ok(await run(getMany('station', { limit: 1 }), { credential: edited }));
		await reset();
		await editCredential(edited, { username: INTEGRATION.username, password: INTEGRATION.password });
		ok(await run(getMany('station', { limit: 1 }), { credential: edited }));
		const logins = await apiCalls('/api/users/login');
		assert.equal(logins.length, 1, 'signed in again');
		assert.equal(logins[0].body.username, 'integration');
		assert.equal((await apiCalls('/api/users/refresh')).length, 0, 'the previous user\'s refresh token is not used');
		const stationCalls = await apiCalls('/api/stations');
		assert.equal(stationCalls.length, 1, 'no call with the previous user\'s access token');
	});

	it('application tokens: only "application" users get one; with it n8n never logs in', async () => {
		// A user of type "user" is refused by ItemPath (403) with its own message.
		const refused = await run({ resource: 'user', operation: 'createApplicationToken' });
		assert.equal(refused.status, 'error');
		assert.match(refused.error.message, /Only users of type "application" can create application tokens/);
		assert.match(refused.error.description, /type "application"/);
		assert.equal(refused.error.httpCode, '403');

		// A fresh "application" credential: sign in first, then ask with the refresh token.
		const integration = await credential(loginData(INTEGRATION), 'ItemPath integration');
		await reset();
		const created = await run({ resource: 'user', operation: 'createApplicationToken' }, { credential: integration, tokenOutput: true });
		const [out] = ok(created);
		assert.deepEqual(Object.keys(out), ['token']);
		const token = out.token;
		assert.match(token, /^[\w-]+\.[\w-]+\.[\w-]+$/);
		let c = await counters();
		assert.deepEqual([c.logins, c.applicationTokens], [1, 1]);
		const [tokenCall] = await apiCalls('/api/users/application-token');
		const [login] = await apiCalls('/api/users/login');
		assert.ok(tokenCall && login);
		assert.notEqual(tokenCall.headers.authorization, `Bearer ${token}`);
		const decode = (t) => JSON.parse(Buffer.from(t.split('.')[1], 'base64url').toString());
		assert.equal(decode(tokenCall.headers.authorization.slice(7)).type, 'refresh', 'sent with the refresh token');
		assert.equal(decode(token).exp, undefined, 'a non-expiring token');

		// Again: the stored refresh token is used, no new login.
		ok(await run({ resource: 'user', operation: 'createApplicationToken' }, { credential: integration, tokenOutput: true }));
		c = await counters();
		assert.deepEqual([c.logins, c.applicationTokens], [1, 2]);

		// After the refresh token expired: one new login, then the token.
		await advance(31 * 86400);
		ok(await run({ resource: 'user', operation: 'createApplicationToken' }, { credential: integration, tokenOutput: true }));
		c = await counters();
		assert.deepEqual([c.logins, c.applicationTokens], [2, 3]);

		// A credential in application-token mode: no login, no refresh, ever.
		const appData = { url, authMethod: 'applicationToken', applicationToken: token, allowUnauthorizedCerts: false };
		const appCred = await credential(appData, 'ItemPath application token');
		assert.equal((await n8n.testCredential(appCred, appData)).status, 'OK');
		await reset();
		for (let i = 0; i < 4; i++) {
			assert.equal(ok(await run(getMany('station', { returnAll: true }), { credential: appCred })).length, 9);
			await advance(86400);
		}
		c = await counters();
		assert.equal(c.logins ?? 0, 0, 'zero logins');
		assert.equal(c.refreshes ?? 0, 0, 'zero refreshes');
		const calls = await apiCalls('/api/stations');
		assert.equal(calls.length, 4);
		assert.ok(calls.every((q) => q.headers.authorization === `Bearer ${token}`));

		// Creating a token needs a username/password credential: refused before any request.
		await reset();
		const wrongMode = await run({ resource: 'user', operation: 'createApplicationToken' }, { credential: appCred });
		assert.equal(wrongMode.status, 'error');
		assert.match(wrongMode.error.message, /needs an ItemPath credential with Authentication "Username & Password" \(item 0\)/);
		assert.equal((await requests()).length, 0);
	});

	it('Create Application Token is an ordinary request: the stored session stays, an unreadable refresh token signs in again, HTTP Request works', async () => {
		const decode = (t) => JSON.parse(Buffer.from(t.split('.')[1], 'base64url').toString());
		const createToken = async (c) => ok(await run({ resource: 'user', operation: 'createApplicationToken' }, { credential: c, tokenOutput: true }))[0].token;
		const integration = await credential(loginData(INTEGRATION), 'ItemPath integration (session)');
		ok(await run(getMany('station', { limit: 1 }), { credential: integration }));

		// With a session in place: no login, no refresh; the token is created with the refresh token.
		await reset();
		const token = await createToken(integration);
		assert.equal(decode(token).exp, undefined, 'a non-expiring token');
		const [tokenCall] = await apiCalls('/api/users/application-token');
		assert.equal(decode(tokenCall.headers.authorization.slice(7)).type, 'refresh');
		// The stored session is untouched: the next call reuses the access token as it is.
		ok(await run(getMany('station', { limit: 1 }), { credential: integration }));
		let c = await counters();
		assert.deepEqual([c.logins ?? 0, c.refreshes ?? 0, c.applicationTokens], [0, 0, 1]);
		const [stationCall] = await apiCalls('/api/stations');
		assert.equal(decode(stationCall.headers.authorization.slice(7)).type, 'access', 'other calls still carry the access token');

		// A stored refresh token ItemPath cannot read (422, e.g. after the server's key changed):
		// the credential signs in again and the request is sent once more.
		await editCredential(integration, { refreshToken: 'not-a-token' });
		await reset();
		const again = await createToken(integration);
		assert.notEqual(again, token);
		c = await counters();
		assert.deepEqual([c.logins, c.applicationTokens], [1, 1]);
		const tokenCalls = await apiCalls('/api/users/application-token');
		assert.equal(tokenCalls.length, 2, 'refused once (422), then sent with the new refresh token');
		assert.equal(tokenCalls[0].headers.authorization, 'Bearer not-a-token');

		// n8n's HTTP Request node with the credential: the same endpoint gets the refresh token too.
		await reset();
		const viaHttp = await n8n.runNode({
			type: 'n8n-nodes-base.httpRequest',
			typeVersion: 4.2,
			parameters: { method: 'POST', url: `${url}/api/users/application-token`, authentication: 'predefinedCredentialType', nodeCredentialType: CRED, options: {} },
			credentials: { [CRED]: { id: integration.id, name: integration.name } },
		});
		tokenRaws.push(viaHttp.raw);
		const [httpOut] = ok(viaHttp);
		assert.equal(decode(httpOut.token).exp, undefined);
		c = await counters();
		assert.deepEqual([c.logins ?? 0, c.applicationTokens], [0, 1]);
	});

	it('self-signed HTTPS fails with the option to turn on, and works with it', async () => {
		const httpsUrl = box.urls.itempathHttps;
		const strictData = loginData(OPERATOR, { url: httpsUrl });
		const strict = await credential(strictData, 'ItemPath https strict');
		const failed = await run(getMany('warehouse', { returnAll: true }), { credential: strict });
		assert.equal(failed.status, 'error');
		assert.match(failed.error.message, /certificate of ItemPath at https:\/\/127\.0\.0\.1:\d+ is not trusted/);
		assert.match(failed.error.message, /turn on "Ignore SSL Issues \(Insecure\)"/);
		const tested = await n8n.testCredential(strict, strictData);
		assert.equal(tested.status, 'Error');
		assert.match(tested.message, /Ignore SSL Issues \(Insecure\)/);

		const relaxedData = { ...strictData, allowUnauthorizedCerts: true };
		const relaxed = await credential(relaxedData, 'ItemPath https relaxed');
		assert.equal(ok(await run(getMany('warehouse', { returnAll: true }), { credential: relaxed })).length, 3);
		assert.equal((await n8n.testCredential(relaxed, relaxedData)).status, 'OK');

		// Turning the option off again in the editor: the stored session is kept, the API call
		// itself now fails on the certificate, with the same advice.
		await editCredential(relaxed, { allowUnauthorizedCerts: false });
		const again = await run(getMany('warehouse', { returnAll: true }), { credential: relaxed });
		assert.equal(again.status, 'error');
		assert.match(again.error.message, /is not trusted .*turn on "Ignore SSL Issues \(Insecure\)"/);
	});

	it('Return All brings all 2,650 materials in order without duplicates, 1000 per page', async () => {
		ok(await run(getMany('material', { limit: 1 })));
		await reset();
		const all = ok(await run(getMany('material', { returnAll: true })));
		assert.equal(all.length, 2650);
		const ids = all.map((m) => m.id);
		assert.equal(new Set(ids).size, ids.length, 'no duplicates');
		assert.deepEqual(ids, seed.materials.map((m) => m.id), 'every seeded material, in order');
		assert.deepEqual(all.map((m) => m.name), seed.materials.map((m) => m.name));
		const pages = await apiCalls('/api/materials');
		assert.deepEqual(pages.map((q) => [q.query.limit, q.query.page]), [['1000', '0'], ['1000', '1'], ['1000', '2']]);

		await reset();
		const tx = ok(await run(getMany('transaction', { returnAll: true, options: { pageSize: 700 } })));
		assert.deepEqual(tx.map((t) => t.id), seed.transactions.map((t) => t.id));
		assert.equal((await apiCalls('/api/transactions')).length, 5, '3000 records at 700 per page');
	});

	it('Limit stops early', async () => {
		await reset();
		const fifty = ok(await run(getMany('material', { limit: 50 })));
		assert.deepEqual(fifty.map((m) => m.id), seed.materials.slice(0, 50).map((m) => m.id));
		let pages = await apiCalls('/api/materials');
		assert.deepEqual(pages.map((q) => [q.query.limit, q.query.page]), [['50', '0']]);

		await reset();
		const many = ok(await run(getMany('material', { limit: 1500 })));
		assert.equal(many.length, 1500);
		assert.deepEqual(many.map((m) => m.id), seed.materials.slice(0, 1500).map((m) => m.id));
		pages = await apiCalls('/api/materials');
		assert.deepEqual(pages.map((q) => [q.query.limit, q.query.page]), [['1000', '0'], ['1000', '1']]);
	});

	it('filters send ItemPath operator syntax without the user writing brackets', async () => {
		const cases = [
			{ resource: 'material', filters: conditions(['id', 'greaterThan', '100'], ['id', 'lessThan', '111']), query: { id: ['[gt]100', '[lt]111'] }, expect: seed.materials.filter((m) => m.id > 100 && m.id < 111) },
			{ resource: 'material', filters: conditions(['name', 'like', 'MAT-0000%']), query: { name: '[like]MAT-0000%' }, expect: seed.materials.filter((m) => /^MAT-0000/.test(m.name)) },
			{ resource: 'material', filters: conditions(['name', 'isOneOf', 'MAT-00007, MAT-00003']), query: { name: '[or]MAT-00007;MAT-00003' }, expect: seed.materials.filter((m) => ['MAT-00003', 'MAT-00007'].includes(m.name)) },
			{ resource: 'order', filters: conditions(['status', 'isNoneOf', 'Processed;In Process']), query: { status: '[nor]Processed;In Process' }, expect: seed.orders.filter((o) => !['Processed', 'In Process'].includes(o.status)) },
			{ resource: 'order', filters: conditions(['priority', 'notEquals', '1'], ['warehouseName', 'equals', 'Cold Storage']), query: { priority: '[not]1', warehouseName: 'Cold Storage' }, expect: seed.orders.filter((o) => o.priority !== 1 && o.warehouseName === 'Cold Storage') },
			{ resource: 'order', filters: conditions(['name', 'notLike', 'ORD-1_0%']), query: { name: '[notlike]ORD-1_0%' }, expect: seed.orders.filter((o) => !/^ORD-1.0/.test(o.name)) },
			{ resource: 'station', filters: conditions(['status', 'equals', 'Offline']), query: { status: 'Offline' }, expect: seed.stations.filter((s) => s.status === 'Offline') },
		];
		for (const c of cases) {
			await reset();
			const out = ok(await run(getMany(c.resource, { returnAll: true, filters: c.filters })));
			assert.ok(c.expect.length > 0, `case has matches: ${JSON.stringify(c.query)}`);
			assert.deepEqual(out.map((r) => r.id), c.expect.map((r) => r.id), JSON.stringify(c.query));
			const [sent] = await requests();
			const { limit, page, ...query } = sent.query;
			assert.deepEqual(query, c.query);
			assert.deepEqual([limit, page], ['1000', '0']);
		}
		// Orders come simplified by default: compact lines.
		const [order] = ok(await run(getMany('order', { limit: 1 })));
		assert.deepEqual(Object.keys(order.order_lines[0]).sort(), ['id', 'materialName', 'quantity', 'quantityConfirmed']);
		const [raw] = ok(await run(getMany('order', { limit: 1, simple: false })));
		assert.ok('creationDate' in raw.order_lines[0]);

		// A list condition without values is refused before any request.
		await reset();
		const empty = await run(getMany('material', { filters: conditions(['name', 'isOneOf', ' , ']) }));
		assert.equal(empty.status, 'error');
		assert.match(empty.error.message, /Filter condition 1 needs at least one value \(item 0\)/);
		assert.equal((await requests()).length, 0);
	});

	it('materials: create, get, update, delete round-trip; vendor errors keep their message', async () => {
		const [created] = ok(await run({ resource: 'material', operation: 'create', name: 'E2E-MAT-1', additionalFields: { description: 'Test bolt', unitOfMeasure: 'pcs', Info1: 'Acme' } }));
		assert.equal(created.name, 'E2E-MAT-1');
		assert.equal(created.Info1, 'Acme');
		const id = String(created.id);
		assert.equal(ok(await run({ resource: 'material', operation: 'get', id }))[0].description, 'Test bolt');
		const [updated] = ok(await run({ resource: 'material', operation: 'update', id, updateFields: { description: 'Longer bolt' } }));
		assert.equal(updated.description, 'Longer bolt');
		const [deleted] = ok(await run({ resource: 'material', operation: 'delete', id }));
		assert.equal(deleted.deleted, true);
		assert.equal(deleted.id, created.id);
		const gone = await run({ resource: 'material', operation: 'get', id });
		assert.equal(gone.status, 'error');
		assert.equal(gone.error.message, `Material with id ${id} not found`);
		assert.equal(gone.error.httpCode, '404');

		const duplicate = await run({ resource: 'material', operation: 'create', name: 'MAT-00001' });
		assert.equal(duplicate.status, 'error');
		assert.equal(duplicate.error.message, 'Material with name MAT-00001 already exists');
		assert.equal(duplicate.error.httpCode, '422');
		assert.match(duplicate.error.description, /Field: name/);

		await reset();
		const badId = await run({ resource: 'material', operation: 'get', id: '12abc' });
		assert.equal(badId.status, 'error');
		assert.match(badId.error.message, /"Material ID" parameter must be a positive whole number or a GUID, got "12abc" \(item 0\)/);
		const nothing = await run({ resource: 'material', operation: 'update', id: '5', updateFields: {} });
		assert.match(nothing.error.message, /"Update Fields" is empty/);
		assert.equal((await requests()).length, 0, 'nothing sent for bad input');
	});

	it('orders and order lines: create with lines, verification, update, delete; 422/400 from ItemPath', async () => {
		await reset();
		const create = {
			resource: 'order',
			operation: 'create',
			name: 'E2E-ORD-1',
			directionType: 1,
			linesInput: 'fields',
			orderLines: { line: [{ materialName: 'MAT-00001', quantity: 5, Info1: 'first' }, { materialName: 'MAT-00002', quantity: 2 }] },
			additionalFields: { priority: 1, deadline: '2026-03-01T12:00:00', warehouseName: 'Main Warehouse', Info2: 'PO-1' },
		};
		const [order] = ok(await run(create));
		assert.equal(order.status, 'Queued');
		assert.equal(order.directionType, 1);
		assert.equal(order.priority, 1);
		assert.equal(order.order_lines.length, 2);
		const [sent] = await apiCalls('/api/orders');
		assert.deepEqual(sent.body.order_lines, [{ materialName: 'MAT-00001', quantity: 5, Info1: 'first' }, { materialName: 'MAT-00002', quantity: 2 }]);
		assert.equal(sent.body.warehouseName, 'Main Warehouse');

		await advance(10); // Power Pick verifies the order
		const [verified] = ok(await run({ resource: 'order', operation: 'get', id: String(order.id), simple: false }));
		assert.equal(verified.status, 'Ready');
		assert.equal(verified.order_lines[0].Info1, 'first');

		const [json] = ok(await run({ ...create, name: 'E2E-ORD-2', linesInput: 'json', orderLinesJson: JSON.stringify([{ materialName: 'MAT-00010', quantity: 1 }]), additionalFields: {} }));
		assert.equal(json.order_lines.length, 1);

		// Duplicate name: ItemPath's 422 with its own message.
		const dup = await run({ ...create, name: 'ORD-10001' });
		assert.equal(dup.status, 'error');
		assert.equal(dup.error.message, 'Order with name ORD-10001 already exists');
		assert.equal(dup.error.httpCode, '422');

		// No lines: refused before any request; through API Request ItemPath's 400 reaches the user.
		await reset();
		const noLines = await run({ ...create, name: 'E2E-ORD-3', orderLines: {} });
		assert.equal(noLines.status, 'error');
		assert.match(noLines.error.message, /An order needs at least one order line: "Order Lines" is empty \(item 0\)/);
		const zero = await run({ ...create, name: 'E2E-ORD-3', orderLines: { line: [{ materialName: 'MAT-00001', quantity: 0 }] } });
		assert.match(zero.error.message, /Order line 1: the material quantity must be a number greater than 0/);
		assert.equal((await requests()).length, 0);
		const raw400 = await run({ resource: 'apiRequest', operation: 'request', method: 'POST', path: '/orders', sendBody: true, jsonBody: JSON.stringify({ name: 'E2E-ORD-3' }) });
		assert.equal(raw400.status, 'error');
		assert.equal(raw400.error.message, 'An order requires at least one order line.');
		assert.equal(raw400.error.httpCode, '400');

		// Continue On Fail: per-item results.
		const perItem = await run(
			{ ...create, name: '={{ $json.name }}' },
			{ inputItems: [{ name: 'E2E-CF-1' }, { name: 'ORD-10002' }, { name: 'E2E-CF-2' }], continueOnFail: true },
		);
		const items = ok(perItem);
		assert.equal(items.length, 3);
		assert.equal(items[0].name, 'E2E-CF-1');
		assert.equal(items[1].error, 'Order with name ORD-10002 already exists');
		assert.equal(items[1].httpCode, '422');
		assert.equal(items[2].name, 'E2E-CF-2');

		// Update the order, then its lines.
		const [renamed] = ok(await run({ resource: 'order', operation: 'update', id: String(order.id), updateFields: { priority: 3, Info1: 'changed' } }));
		assert.deepEqual([renamed.priority, renamed.Info1], [3, 'changed']);
		const [line] = ok(await run({ resource: 'orderLine', operation: 'create', orderBy: 'orderName', orderName: 'E2E-ORD-1', materialName: 'MAT-00003', quantity: 7 }));
		assert.deepEqual([line.orderId, line.materialName, line.quantity], [order.id, 'MAT-00003', 7]);
		const [lineById] = ok(await run({ resource: 'orderLine', operation: 'create', orderBy: 'orderId', orderId: String(order.id), materialName: 'MAT-00004', quantity: 1 }));
		assert.equal(lineById.orderName, 'E2E-ORD-1');
		const [changedLine] = ok(await run({ resource: 'orderLine', operation: 'update', id: String(line.id), updateFields: { quantity: 9 } }));
		assert.equal(changedLine.quantity, 9);
		const lines = ok(await run(getMany('orderLine', { returnAll: true, filters: conditions(['orderId', 'equals', String(order.id)]) })));
		assert.deepEqual(lines.map((l) => l.materialName), ['MAT-00001', 'MAT-00002', 'MAT-00003', 'MAT-00004']);
		ok(await run({ resource: 'orderLine', operation: 'delete', id: String(lineById.id) }));
		const [removed] = ok(await run({ resource: 'order', operation: 'delete', id: String(order.id) }));
		assert.equal(removed.deleted, true);
		const afterDelete = await run({ resource: 'order', operation: 'get', id: String(order.id) });
		assert.equal(afterDelete.error.message, `Order with id ${order.id} not found`);

		// Read-only resources: Get by ID.
		const [warehouse] = ok(await run({ resource: 'warehouse', operation: 'get', id: '2' }));
		assert.equal(warehouse.name, 'Cold Storage');
		const [content] = ok(await run({ resource: 'locationContent', operation: 'get', id: '1' }));
		assert.equal(content.id, seed.location_contents[0].id);
		assert.equal(content.materialName, seed.location_contents[0].materialName);
	});

	it('API Request: any path under /api, automatic limit/page pagination, confined to the credential host', async () => {
		await reset();
		const paged = ok(await run({
			resource: 'apiRequest',
			operation: 'request',
			method: 'GET',
			path: '/materials',
			queryParameters: { parameter: [{ name: 'limit', value: '700' }, { name: 'name', value: '[like]MAT-%' }] },
			requestOptions: { paginate: true },
		}));
		assert.equal(paged.length, 2650);
		const pages = await apiCalls('/api/materials');
		assert.deepEqual(pages.map((q) => [q.query.limit, q.query.page, q.query.name]), [0, 1, 2, 3].map((p) => ['700', String(p), '[like]MAT-%']));

		const [count] = ok(await run({ resource: 'apiRequest', operation: 'request', method: 'GET', path: 'orders', queryParameters: { parameter: [{ name: 'countOnly', value: 'true' }] } }));
		assert.equal(count.count, 400 + 3); // seeded plus the orders created above and not deleted

		await reset();
		for (const path of ['https://evil.example/api/materials', '//evil.example/x', '../users/login', '/materials/%2e%2e/%2e%2e/x']) {
			const r = await run({ resource: 'apiRequest', operation: 'request', method: 'GET', path });
			assert.equal(r.status, 'error', path);
			assert.match(r.error.message, /"Path" parameter/, path);
		}
		assert.equal((await requests()).length, 0, 'nothing sent');
	});

	it("works in n8n's HTTP Request node as a predefined credential type, including token refresh", async () => {
		const httpNode = (path) => ({
			type: 'n8n-nodes-base.httpRequest',
			typeVersion: 4.2,
			parameters: { url: `${url}/api${path}`, authentication: 'predefinedCredentialType', nodeCredentialType: CRED, options: {} },
			credentials: { [CRED]: { id: cred.id, name: cred.name } },
		});
		let result = await n8n.runNode(httpNode('/stations'));
		raws.push(result.raw);
		assert.equal(ok(result)[0].stations.length, 9);

		await advance(901); // the stored access token expires
		await reset();
		result = await n8n.runNode(httpNode('/warehouses'));
		raws.push(result.raw);
		assert.equal(ok(result)[0].warehouses.length, 3);
		const c = await counters();
		assert.equal(c.refreshes, 1, 'renewed with the refresh token');
		assert.equal(c.logins ?? 0, 0);
	});

	it('no output, error or log contains a password or a token', async () => {
		await requests();
		assert.ok(issued.size >= 5, `tokens seen: ${issued.size}`);
		const everything = raws.join('\n');
		assert.ok(everything.length > 100_000);
		// Fails naming the execution a secret leaked into, with the secret itself masked.
		const absent = (secret, what) => {
			if (n8n.log.includes(secret)) assert.fail(`${what} found in the n8n log`);
			const i = raws.findIndex((raw) => raw.includes(secret));
			if (i === -1) return;
			const at = raws[i].indexOf(secret);
			assert.fail(`${what} found in execution ${i}: …${raws[i].slice(Math.max(0, at - 300), at)}[SECRET]…`);
		};
		for (const password of PASSWORDS) absent(password, 'a password');
		for (const token of issued) absent(token, 'a token');
		// The requested application tokens appear only in the output of the executions that asked.
		const requested = tokenRaws.map((raw) => /([\w-]{20,}\.[\w-]{20,}\.[\w-]{20,})/.exec(raw)?.[1]);
		assert.equal(requested.filter(Boolean).length, 6);
		for (const token of requested) absent(token, 'a requested application token');
	});
});
