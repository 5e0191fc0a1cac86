'use strict';
// Clarus WMS record pickers and the lean description, in real n8n against the Clarus simulator:
// the resource-locator list search and the filter load-options through the endpoints the editor
// calls (POST /rest/dynamic-node-parameters/resource-locator-results and /options), paging by the
// GraphQL cursor and searching on Clarus's side; a node run with a picked record, with a picked
// `_id` attribute, and with the plain string IDs saved workflows stored before; the node entries
// of /types/nodes.json as n8n serves them (size, masked passwords, docs URL).
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { N8n } = require('../harness/n8n');
const { sandboxAdmin } = require('../harness/sandbox-admin');
const sandbox = require('../../sandbox/server');

const TYPE = 'n8n-nodes-wms-planning.clarusWms';
const TENANT = 'acme-warehouse';
const CC = { id: 'clarus-cc-client', secret: 'clarus-cc-secret' };
const SERVED_BUDGET = 670 * 1024;

describe('Clarus WMS record pickers in real n8n', () => {
	let n8n;
	let box;
	let url;
	let cred;
	const controls = sandboxAdmin(() => url);
	const graphqlCalls = async () => (await controls.requests()).filter((r) => r.path === '/graphql');

	const nodeParameters = (parameters) => ({ authentication: 'oAuth2', ...parameters });
	/** What the editor sends when a resource locator's list opens, is searched or scrolled. */
	const listSearch = async (methodName, parameters, { filter, paginationToken } = {}) =>
		await n8n.rest('POST', '/dynamic-node-parameters/resource-locator-results', {
			nodeTypeAndVersion: { name: TYPE, version: 1 },
			path: 'parameters.x',
			methodName,
			currentNodeParameters: nodeParameters(parameters),
			credentials: { clarusWmsOAuth2Api: { id: cred.id, name: cred.name } },
			...(filter !== undefined ? { filter } : {}),
			...(paginationToken !== undefined ? { paginationToken } : {}),
		});
	const run = async (parameters) =>
		await n8n.runNode({
			type: TYPE,
			parameters: nodeParameters(parameters),
			credentials: { clarusWmsOAuth2Api: { id: cred.id, name: cred.name } },
		});
	const rl = (value) => ({ __rl: true, mode: 'list', value });
	const createGoodsOut = (reference, accountId) => ({
		resource: 'goods_outs',
		operation: 'create',
		goods_outs_create_account_id: accountId,
		goods_outs_create_expected_date_of_dispatch: '2026-08-01T10:00:00Z',
		goods_outs_create_goods_out_type: 'sales_order',
		goods_outs_create_reference: reference,
		goods_outs_create_rel_address: { name: 'Jane Smith', address_1: '1 High Street', postcode: 'AB1 2CD', country_code: 'GB' },
	});

	before(async () => {
		box = await sandbox.start({ port: 0, seed: 42, vendors: ['clarus'] });
		url = box.urls.clarus;
		n8n = await N8n.launch();
		cred = await n8n.createCredential('clarusWmsOAuth2Api', {
			grantType: 'clientCredentials',
			clientId: CC.id,
			clientSecret: CC.secret,
			baseUrl: url,
			subdomain: TENANT,
		}, 'Clarus pickers');
	});

	after(async () => {
		await n8n?.stop();
		await box?.close();
	});

	it('serves a node entry within the budget, with masked FTP passwords, record pickers and the README docs link', async () => {
		const types = await n8n.rest('GET', '/types/nodes.json').catch(async () => {
			const res = await fetch(`${n8n.baseUrl}/types/nodes.json`, { headers: { cookie: n8n.cookie } });
			return res.json();
		});
		const entries = types.filter((t) => t.name === TYPE || t.name === `${TYPE}Tool`);
		assert.equal(entries.length, 2, 'the node and its AI-tool copy');
		for (const entry of entries) {
			const bytes = Buffer.byteLength(JSON.stringify(entry));
			console.log(`# served ${entry.name}: ${(bytes / 1024).toFixed(1)} KB`);
			assert.ok(bytes <= SERVED_BUDGET, `${entry.name}: ${bytes} bytes`);
			assert.equal(entry.documentationUrl, 'https://github.com/n8n-nodes-wms-planning/n8n-nodes-wms-planning#clarus-wms-node');
		}
		const props = entries[0].properties;
		const password = props.find((p) => p.name === 'ftp_users_create_password');
		assert.equal(password.typeOptions?.password, true);
		const update = props.find((p) => p.name === 'ftp_users_update_updateFields');
		for (const name of ['password', 'password_confirmation']) assert.equal(update.options.find((o) => o.name === name).typeOptions?.password, true, name);
		const cancelId = props.find((p) => p.name === 'goods_outs_cancel_path_id');
		assert.equal(cancelId.type, 'resourceLocator');
		assert.deepEqual(cancelId.modes.map((m) => m.name), ['list', 'id']);
		assert.equal(props.find((p) => p.name === 'goods_outs_create_account_id').modes[0].typeOptions.searchListMethod, 'search_accounts');
	});

	it('loads filter fields and operators of the selected resource through the options endpoint', async () => {
		const ask = async (methodName) =>
			await n8n.rest('POST', '/dynamic-node-parameters/options', {
				nodeTypeAndVersion: { name: TYPE, version: 1 },
				path: 'parameters.goods_outs_getAll_filters.filter.field',
				methodName,
				currentNodeParameters: nodeParameters({ resource: 'goods_outs', operation: 'getAll' }),
				credentials: { clarusWmsOAuth2Api: { id: cred.id, name: cred.name } },
			});
		const fields = await ask('getFilterFields');
		assert.ok(fields.some((f) => f.value === 'reference'), JSON.stringify(fields.slice(0, 3)));
		assert.ok(fields.some((f) => f.value === 'goods_out_status_code'));
		const operators = await ask('getFilterOperators');
		assert.ok(operators.some((o) => o.value === 'ilike' && o.name === 'Contains (Case-Insensitive)'));
	});

	it('lists goods outs page by page with the GraphQL cursor as pagination token', async () => {
		await controls.call('POST', 'reset');
		const first = await listSearch('search_goods_outs', { resource: 'goods_outs', operation: 'cancel' });
		assert.equal(first.results.length, 50);
		assert.ok(first.paginationToken, 'more pages');
		for (const item of first.results) assert.match(item.value, /^\d+$/);
		assert.match(first.results[0].name, /\(#\d+\)$/);
		const second = await listSearch('search_goods_outs', { resource: 'goods_outs', operation: 'cancel' }, { paginationToken: first.paginationToken });
		assert.equal(second.results.length, 50);
		const seen = new Set(first.results.map((r) => r.value));
		assert.ok(second.results.every((r) => !seen.has(r.value)), 'the second page has other records');
		const calls = await graphqlCalls();
		assert.equal(calls.length, 2);
		assert.equal(calls[1].body.variables.after, first.paginationToken);
		for (const c of calls) assert.equal(c.headers['x-clarus-subdomain'], TENANT);
	});

	it('picks a goods out found by a search on Clarus\'s side, runs Cancel with it and with a plain saved ID', async () => {
		await controls.call('POST', 'reset');
		const stamp = Date.now();
		const ids = [];
		for (const suffix of ['A', 'B']) {
			const created = await run(createGoodsOut(`PICK-${stamp}-${suffix}`, 1));
			assert.equal(created.status, 'success', JSON.stringify(created.error));
			ids.push(String(created.output('Node')[0].id));
		}
		const found = await listSearch('search_goods_outs', { resource: 'goods_outs', operation: 'cancel' }, { filter: `pick-${stamp}-a` });
		assert.deepEqual(found.results, [{ name: `PICK-${stamp}-A (#${ids[0]})`, value: ids[0] }]);
		const search = (await graphqlCalls()).pop();
		assert.deepEqual(search.body.variables.filter, { reference: { ilike: `%pick-${stamp}-a%` } }, 'searched by Clarus, not in n8n');

		const picked = await run({ resource: 'goods_outs', operation: 'cancel', goods_outs_cancel_path_id: rl(found.results[0].value) });
		assert.equal(picked.status, 'success', JSON.stringify(picked.error));
		const rest = (await controls.requests()).filter((r) => r.path.startsWith('/api/'));
		assert.equal(rest[rest.length - 1].path, `/api/goods_outs/${ids[0]}/cancel`);
		assert.ok(picked.output('Node').length >= 1);

		// a workflow saved before the picker stored the ID as a plain string
		const plain = await run({ resource: 'goods_outs', operation: 'cancel', goods_outs_cancel_path_id: ids[1] });
		assert.equal(plain.status, 'success', JSON.stringify(plain.error));
		const rest2 = (await controls.requests()).filter((r) => r.path.startsWith('/api/'));
		assert.equal(rest2[rest2.length - 1].path, `/api/goods_outs/${ids[1]}/cancel`);

		const byId = await run({ resource: 'goods_outs', operation: 'cancel', goods_outs_cancel_path_id: { __rl: true, mode: 'id', value: 'abc' } });
		assert.equal(byId.status, 'error');
		assert.match(byId.error.message, /must be a whole number, got "abc"/);
	});

	it('picks the account of a new goods out (an `_id` attribute) from the accounts list', async () => {
		await controls.call('POST', 'reset');
		const found = await listSearch('search_accounts', { resource: 'goods_outs', operation: 'create' }, { filter: 'retail' });
		assert.equal(found.results.length, 1, JSON.stringify(found.results));
		assert.match(found.results[0].name, /^Acme Retail \(#\d+\)$/);
		const search = (await graphqlCalls()).pop();
		assert.deepEqual(search.body.variables.filter, { name: { ilike: '%retail%' } });
		const reference = `PICK-ACCOUNT-${Date.now()}`;
		const created = await run({ ...createGoodsOut(reference, rl(found.results[0].value)) });
		assert.equal(created.status, 'success', JSON.stringify(created.error));
		const [record] = created.output('Node');
		assert.equal(record.reference, reference);
		assert.equal(String(record.account_id), found.results[0].value);
		const post = (await controls.requests()).filter((r) => r.path === '/api/goods_outs').pop();
		assert.equal(post.body.data.attributes.account_id, Number(found.results[0].value), 'sent as the number the spec wants');
	});
});
