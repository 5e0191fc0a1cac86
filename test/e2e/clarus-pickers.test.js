'use strict';
// Clarus WMS record pickers, resource mapper and the lean description (node version 2), in real
// n8n against the Clarus simulator: the resource-locator list search, the filter load-options and
// the resource mapper's fields through the endpoints the editor calls (POST
// /rest/dynamic-node-parameters/resource-locator-results, /options, /resource-mapper-fields),
// paging by the GraphQL cursor and searching on Clarus's side; a node run with a picked record
// and with a picked `_id` attribute; the node entries of /types/nodes.json as n8n serves them
// (one entry per version, each with its AI-tool copy: size, masked passwords, docs URL).
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { N8n } = require('../harness/n8n');
const { sandboxAdmin } = require('../harness/sandbox-admin');
const { CLARUS_TENANT: TENANT, createClarusCredential } = require('../harness/clarus');
const sandbox = require('../../sandbox/server');

const TYPE = 'n8n-nodes-wms-planning.clarusWms';
const SERVED_BUDGET = 300 * 1000;
const V1_SERVED_BUDGET = 620 * 1024;

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
			nodeTypeAndVersion: { name: TYPE, version: 2 },
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
			typeVersion: 2,
			parameters: nodeParameters(parameters),
			credentials: { clarusWmsOAuth2Api: { id: cred.id, name: cred.name } },
		});
	const rl = (value) => ({ __rl: true, mode: 'list', value });
	const createGoodsOut = (reference, accountId) => ({
		resource: 'goods_outs',
		operation: 'create',
		account_id: accountId,
		columns: { mappingMode: 'defineBelow', value: { expected_date_of_dispatch: '2026-08-01T10:00:00Z', goods_out_type: 'sales_order', reference } },
		rel_address: { name: 'Jane Smith', address_1: '1 High Street', postcode: 'AB1 2CD', country_code: 'GB' },
	});

	before(async () => {
		box = await sandbox.start({ port: 0, seed: 42, vendors: ['clarus'] });
		url = box.urls.clarus;
		n8n = await N8n.launch();
		cred = await createClarusCredential(n8n, url, 'Clarus pickers');
	});

	after(async () => {
		await n8n?.stop();
		await box?.close();
	});

	it('serves one entry per version, each with its AI-tool copy; version 2 within the 300 KB budget, with masked FTP passwords, pickers and the README docs link', async () => {
		const types = await n8n.rest('GET', '/types/nodes.json').catch(async () => {
			const res = await fetch(`${n8n.baseUrl}/types/nodes.json`, { headers: { cookie: n8n.cookie } });
			return res.json();
		});
		const entries = types.filter((t) => t.name === TYPE || t.name === `${TYPE}Tool`);
		const summary = entries.map((e) => ({ name: e.name, version: e.version, bytes: Buffer.byteLength(JSON.stringify(e)) }));
		for (const e of summary) console.log(`# served ${e.name} v${e.version}: ${e.bytes} bytes`);
		assert.deepEqual(summary.map((e) => `${e.name}@${e.version}`).sort(), [`${TYPE}@1`, `${TYPE}@2`, `${TYPE}Tool@1`, `${TYPE}Tool@2`]);
		for (const e of summary) assert.ok(e.bytes <= (e.version === 2 ? SERVED_BUDGET : V1_SERVED_BUDGET), `${e.name} v${e.version}: ${e.bytes} bytes`);
		for (const entry of entries) {
			assert.equal(entry.documentationUrl, 'https://github.com/n8n-nodes-wms-planning/n8n-nodes-wms-planning#clarus-wms-node');
			assert.equal(entry.defaultVersion, 2);
		}
		const v2 = entries.find((e) => e.name === TYPE && e.version === 2);
		const props = v2.properties;
		const passwords = props.filter((p) => p.name === 'password' || p.name === 'password_confirmation');
		assert.ok(passwords.length >= 2);
		for (const p of passwords) assert.equal(p.typeOptions?.password, true, p.name);
		const id = props.find((p) => p.name === 'id');
		assert.equal(id.type, 'resourceLocator');
		assert.deepEqual(id.modes.map((m) => m.name), ['list', 'id']);
		assert.equal(props.find((p) => p.name === 'account_id').modes[0].typeOptions.searchListMethod, 'search_accounts');
		assert.equal(props.find((p) => p.name === 'columns').type, 'resourceMapper');
		const v1 = entries.find((e) => e.name === TYPE && e.version === 1);
		assert.equal(v1.properties.find((p) => p.name === 'goods_outs_cancel_path_id').type, 'string', 'version 1 keeps plain-text IDs');
	});

	it('serves the resource mapper fields of the selected operation from the bundled model', async () => {
		const ask = async (resource, operation) =>
			await n8n.rest('POST', '/dynamic-node-parameters/resource-mapper-fields', {
				nodeTypeAndVersion: { name: TYPE, version: 2 },
				path: 'parameters.columns',
				methodName: 'getColumns',
				currentNodeParameters: nodeParameters({ resource, operation }),
				credentials: { clarusWmsOAuth2Api: { id: cred.id, name: cred.name } },
			});
		const create = await ask('goods_outs', 'create');
		const byId = Object.fromEntries(create.fields.map((f) => [f.id, f]));
		assert.equal(byId.reference.required, true);
		assert.equal(byId.priority.type, 'number');
		assert.equal(byId.boolean1.type, 'boolean');
		assert.equal(byId.boolean1.removed, true, 'optional: added by the user');
		assert.equal(byId.reference.removed, false);
		assert.deepEqual(byId.goods_out_type.options.map((o) => o.value).sort(), ['crossdock', 'sales_order', 'work_order']);
		assert.equal(byId.account_id, undefined, 'picked by its own locator');
		const update = await ask('goods_outs', 'update');
		assert.deepEqual(update.fields.filter((f) => f.required), []);
		const ftp = await ask('ftp_users', 'create');
		assert.ok(ftp.fields.length > 0 && !ftp.fields.some((f) => /password/.test(f.id)), 'passwords stay masked parameters');
	});

	it('loads filter fields and operators of the selected resource through the options endpoint', async () => {
		const ask = async (methodName) =>
			await n8n.rest('POST', '/dynamic-node-parameters/options', {
				nodeTypeAndVersion: { name: TYPE, version: 2 },
				path: 'parameters.filters.filter.field',
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
		const first = await listSearch('searchRecords', { resource: 'goods_outs', operation: 'cancel' });
		assert.equal(first.results.length, 50);
		assert.ok(first.paginationToken, 'more pages');
		for (const item of first.results) assert.match(item.value, /^\d+$/);
		assert.match(first.results[0].name, /\(#\d+\)$/);
		const second = await listSearch('searchRecords', { resource: 'goods_outs', operation: 'cancel' }, { paginationToken: first.paginationToken });
		assert.equal(second.results.length, 50);
		const seen = new Set(first.results.map((r) => r.value));
		assert.ok(second.results.every((r) => !seen.has(r.value)), 'the second page has other records');
		const calls = await graphqlCalls();
		assert.equal(calls.length, 2);
		assert.equal(calls[1].body.variables.after, first.paginationToken);
		for (const c of calls) assert.equal(c.headers['x-clarus-subdomain'], TENANT);
	});

	it('picks a goods out found by a search on Clarus\'s side (the `id` picker searches the selected resource), runs Cancel with it and By ID', async () => {
		await controls.call('POST', 'reset');
		const stamp = Date.now();
		const ids = [];
		for (const suffix of ['A', 'B']) {
			const created = await run(createGoodsOut(`PICK-${stamp}-${suffix}`, 1));
			assert.equal(created.status, 'success', JSON.stringify(created.error));
			ids.push(String(created.output('Node')[0].id));
		}
		const found = await listSearch('searchRecords', { resource: 'goods_outs', operation: 'cancel' }, { filter: `pick-${stamp}-a` });
		assert.deepEqual(found.results, [{ name: `PICK-${stamp}-A (#${ids[0]})`, value: ids[0] }]);
		const search = (await graphqlCalls()).pop();
		assert.deepEqual(search.body.variables.filter, { reference: { ilike: `%pick-${stamp}-a%` } }, 'searched by Clarus, not in n8n');

		const picked = await run({ resource: 'goods_outs', operation: 'cancel', id: rl(found.results[0].value) });
		assert.equal(picked.status, 'success', JSON.stringify(picked.error));
		const rest = (await controls.requests()).filter((r) => r.path.startsWith('/api/'));
		assert.equal(rest[rest.length - 1].path, `/api/goods_outs/${ids[0]}/cancel`);
		assert.ok(picked.output('Node').length >= 1);

		const plain = await run({ resource: 'goods_outs', operation: 'cancel', id: { __rl: true, mode: 'id', value: ids[1] } });
		assert.equal(plain.status, 'success', JSON.stringify(plain.error));
		const rest2 = (await controls.requests()).filter((r) => r.path.startsWith('/api/'));
		assert.equal(rest2[rest2.length - 1].path, `/api/goods_outs/${ids[1]}/cancel`);

		const byId = await run({ resource: 'goods_outs', operation: 'cancel', id: { __rl: true, mode: 'id', value: 'abc' } });
		assert.equal(byId.status, 'error');
		assert.match(byId.error.message, /must be a whole number, got "abc"/);

		// a resource without a GraphQL list: the picker says to enter the ID
		const none = await listSearch('searchRecords', { resource: 'ftp_users', operation: 'delete' }).catch((error) => error);
		assert.ok(none instanceof Error && /no list of ftp users records/.test(String(none.message)), String(none.message ?? JSON.stringify(none)));
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
