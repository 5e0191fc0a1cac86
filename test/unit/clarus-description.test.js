'use strict';
// The Clarus WMS node's descriptions as n8n serves them, measured on the built node (run
// `npm run build` first; `node scripts/test.js` does). Version 1 (frozen): every resource/operation
// pair and parameter name of the released node still there, plain-text IDs, secrets masked, docs
// URL on the README section. Version 2 (the default): the 300 KB budget per served entry,
// no operation of version 1 lost, shared names that no spec update can rename, record pickers and
// the resource mapper wired to methods the node has.
const { describe, it, before } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const built = path.join(root, 'dist', 'nodes', 'ClarusWms', 'ClarusWms.node.js');
const README = 'https://github.com/n8n-nodes-wms-planning/n8n-nodes-wms-planning#';
/**
 * Budget of one node entry in n8n's /types/nodes.json (the node, and again its AI-tool copy).
 * Version 2 meets the 300 KB. Version 1 keeps every saved workflow's parameter names
 * (each operation's Update/Additional Fields list its attributes under its own name): about
 * 600 KB, a guard against growth only (620 KiB).
 */
const BUDGET_BYTES = 300 * 1000;
const V1_BUDGET_BYTES = 620 * 1024;

/** What n8n 2.40.7 serves for a package node: the description with the package-prefixed name, plus the AI-tool copy with its two extra properties. */
function served(description) {
	const node = { ...description, name: `n8n-nodes-wms-planning.${description.name}` };
	const tool = JSON.parse(JSON.stringify(node));
	tool.name += 'Tool';
	tool.displayName += ' Tool';
	tool.inputs = [];
	tool.outputs = ['ai_tool'];
	delete tool.usableAsTool;
	tool.properties.unshift(
		{ displayName: 'Tool Description', name: 'descriptionType', type: 'options', noDataExpression: true, options: [{ name: 'Set Automatically', value: 'auto', description: 'Automatically set based on resource and operation' }, { name: 'Set Manually', value: 'manual', description: 'Manually set the description' }], default: 'auto' },
		{ displayName: 'Description', name: 'toolDescription', type: 'string', default: description.description, required: true, typeOptions: { rows: 2 }, displayOptions: { show: { descriptionType: ['manual'] } }, description: 'Explain to the LLM what this tool does, a good, specific description would allow LLMs to produce expected results much more often' },
	);
	return [node, tool];
}

function walk(properties, visit, trail = []) {
	for (const p of properties ?? []) {
		visit(p, trail);
		walk(p.options?.filter((o) => o && typeof o === 'object' && 'type' in o), visit, [...trail, p.name]);
		for (const group of p.options ?? []) if (group && Array.isArray(group.values)) walk(group.values, visit, [...trail, p.name, group.name]);
	}
}

/** How many password/secret/token parameters a description has, and which of them are not masked. */
function secretParameters(description) {
	const unmasked = [];
	let seen = 0;
	walk(description.properties, (p, trail) => {
		if (p.type !== 'string' || !/(^|_)(password|secret|token)(_|$)|password_confirmation$/i.test(p.name)) return;
		seen++;
		if (!p.typeOptions?.password) unmasked.push([...trail, p.name].join(' > '));
	});
	return { seen, unmasked };
}

/** Resource and operation options whose text is raw spec wording ("Widgets", "…endpoints", Markdown). */
function rawSpecWording(description) {
	const bad = [];
	for (const p of description.properties) {
		if (p.name !== 'operation' && p.name !== 'resource') continue;
		// API Request and GraphQL are hand-written; "Call any Clarus endpoint" is meant
		const handWritten = ['apiRequest', 'graphql'];
		if (handWritten.includes(p.displayOptions?.show?.resource?.[0])) continue;
		for (const o of p.options.filter((x) => !handWritten.includes(x.value))) {
			const text = `${o.name} ${o.description ?? ''} ${o.action ?? ''}`;
			if (/^Widgets$|endpoints?\b|`|\*\*|\]\(|##/.test(text)) bad.push(text.slice(0, 80));
		}
	}
	return bad;
}

const skip = fs.existsSync(built) ? false : 'run npm run build first';

describe('Clarus WMS node: a versioned node (built)', { skip }, () => {
	it('is n8n VersionedNodeType with versions 1 and 2, 2 the default, one name and the same credentials', () => {
		const { ClarusWms } = require(built);
		const node = new ClarusWms();
		assert.deepEqual(Object.keys(node.nodeVersions), ['1', '2']);
		assert.equal(node.description.defaultVersion, 2);
		assert.equal(node.currentVersion, 2);
		const [v1, v2] = [node.nodeVersions[1].description, node.nodeVersions[2].description];
		assert.equal(v1.version, 1);
		assert.equal(v2.version, 2);
		assert.equal(v1.defaultVersion, 2, 'served with each version, as n8n serves Airtable');
		assert.equal(v2.defaultVersion, 2);
		for (const d of [node.description, v1, v2]) assert.equal(d.name, 'clarusWms');
		assert.deepEqual(v2.credentials, v1.credentials);
		assert.deepEqual(v1.credentials.map((c) => c.name), ['clarusWmsOAuth2Api', 'clarusWmsApi']);
		assert.deepEqual(v2.icon, v1.icon);
	});
});

describe('Clarus WMS node version 1 description (built)', { skip }, () => {
	let description;
	before(() => {
		const { ClarusWms } = require(built);
		description = new ClarusWms().nodeVersions[1].description;
	});

	it(`stays within its size guard per served node entry (${V1_BUDGET_BYTES / 1024} KiB)`, () => {
		for (const entry of served(description)) {
			const bytes = Buffer.byteLength(JSON.stringify(entry));
			console.log(`# v1 ${entry.name}: ${bytes} bytes (${(bytes / 1024).toFixed(1)} KiB), ${entry.properties.length} top-level properties`);
			assert.ok(bytes <= V1_BUDGET_BYTES, `${entry.name} is ${bytes} bytes, over ${V1_BUDGET_BYTES}`);
		}
	});

	it('asks for record IDs as plain text, as version 1 was released (pickers come with version 2)', () => {
		const locators = [];
		walk(description.properties, (p, trail) => {
			if (p.type === 'resourceLocator') locators.push([...trail, p.name].join(' > '));
		});
		assert.deepEqual(locators, []);
		assert.equal(description.properties.find((p) => p.name === 'goods_outs_cancel_path_id').type, 'string');
		assert.equal(description.properties.find((p) => p.name === 'goods_outs_create_account_id').type, 'number');
	});

	it('keeps every resource/operation pair of v1', () => {
		const v1 = require('./fixtures/clarus-operations-v1.json');
		const now = new Set();
		for (const p of description.properties) {
			if (p.name !== 'operation') continue;
			for (const o of p.options) for (const r of p.displayOptions.show.resource) now.add(`${r}.${o.value}`);
		}
		assert.deepEqual(v1.filter((pair) => !now.has(pair)), [], 'operations lost');
	});

	it('keeps every top-level parameter name of v1 (saved workflows reference them)', () => {
		const v1 = require('./fixtures/clarus-parameter-names-v1.json');
		const now = new Set(description.properties.map((p) => p.name));
		assert.deepEqual(v1.filter((name) => !now.has(name)), []);
	});

	it('takes every generated parameter name from the committed names map', () => {
		const names = require('../../nodes/ClarusWms/generated/names.json');
		const mapped = new Set(Object.values(names.parameters));
		// hand-written: the node's own switches, Get Many's shared pair, GraphQL and API Request
		const handWritten = new Set(['authentication', 'resource', 'operation', 'returnAll', 'limit', 'method', 'path', 'queryParameters', 'sendBody', 'jsonBody', 'requestOptions']);
		const unmapped = description.properties
			.map((p) => p.name)
			.filter((n) => !mapped.has(n) && !handWritten.has(n) && !n.startsWith('graphql'));
		assert.deepEqual([...new Set(unmapped)], []);
	});

	it('serves filter fields and operators by load options, not inline', () => {
		const filters = description.properties.filter((p) => /_getAll_filters$/.test(p.name));
		assert.ok(filters.length > 50);
		for (const p of filters) {
			const [field, operator] = p.options[0].values;
			assert.equal(field.typeOptions.loadOptionsMethod, 'getFilterFields');
			assert.equal(operator.typeOptions.loadOptionsMethod, 'getFilterOperators');
			assert.equal(field.options, undefined);
		}
		const returnAll = description.properties.filter((p) => p.name === 'returnAll');
		assert.equal(returnAll.length, 2, 'one Return All for every Get Many, one for GraphQL');
	});

	it('masks every password, secret or token parameter', () => {
		const { seen, unmasked } = secretParameters(description);
		assert.ok(seen >= 4, 'the FTP user password fields are found');
		assert.deepEqual(unmasked, []);
	});

	it('links the node and its credentials to their README sections', () => {
		assert.equal(description.documentationUrl, `${README}clarus-wms-node`);
		const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
		const anchors = new Set(
			[...readme.matchAll(/^#{1,4} (.+)$/gm)].map((m) => m[1].trim().toLowerCase().replace(/[^\w\- ]/g, '').replace(/ /g, '-')),
		);
		assert.ok(anchors.has('clarus-wms-node'), 'README has a "Clarus WMS node" section');
		const { ClarusWmsTrigger } = require(path.join(root, 'dist', 'nodes', 'ClarusWms', 'ClarusWmsTrigger.node.js'));
		assert.equal(new ClarusWmsTrigger().description.documentationUrl, `${README}clarus-wms-trigger`);
		assert.ok(anchors.has('clarus-wms-trigger'));
		for (const file of ['ClarusWmsApi', 'ClarusWmsOAuth2Api']) {
			const mod = require(path.join(root, 'dist', 'credentials', `${file}.credentials.js`));
			const cred = new mod[file]();
			assert.ok(cred.documentationUrl.startsWith(README), cred.documentationUrl);
			assert.ok(anchors.has(cred.documentationUrl.slice(README.length)), cred.documentationUrl);
		}
	});

	it('names operations in words, without raw spec wording', () => {
		assert.deepEqual(rawSpecWording(description), []);
	});
});

/** Whether a property shows for a resource and operation (display options on those two only). */
function showsFor(p, resource, operation) {
	const show = p.displayOptions?.show ?? {};
	const hide = p.displayOptions?.hide ?? {};
	const value = { resource, operation };
	for (const [key, values] of Object.entries(show)) if (key in value && !values.includes(value[key])) return false;
	for (const [key, values] of Object.entries(hide)) if (key in value && values.includes(value[key])) return false;
	return true;
}

/** The (resource, operation) pairs a description offers. */
function pairsOf(description) {
	const pairs = [];
	for (const p of description.properties) {
		if (p.name !== 'operation') continue;
		for (const o of p.options) for (const r of p.displayOptions.show.resource) pairs.push([r, o.value]);
	}
	return pairs;
}

describe('Clarus WMS node version 2 description (built)', { skip }, () => {
	let node;
	let description;
	let api;
	let v2;
	before(() => {
		const { ClarusWms } = require(built);
		node = new ClarusWms().nodeVersions[2];
		description = node.description;
		api = require(path.join(root, 'dist', 'nodes', 'ClarusWms', 'generated', 'operations.js')).clarusApi;
		v2 = require(path.join(root, 'dist', 'nodes', 'ClarusWms', 'v2', 'description.js'));
	});

	it(`fits the issue's budget per served node entry (${BUDGET_BYTES} bytes), the node and its AI-tool copy`, () => {
		for (const entry of served(description)) {
			const bytes = Buffer.byteLength(JSON.stringify(entry));
			console.log(`# v2 ${entry.name}: ${bytes} bytes (${(bytes / 1000).toFixed(1)} KB), ${entry.properties.length} top-level properties`);
			assert.ok(bytes <= BUDGET_BYTES, `${entry.name} is ${bytes} bytes, over ${BUDGET_BYTES}`);
		}
	});

	it('keeps every resource/operation pair of v1 (no operation lost)', () => {
		const v1 = require('./fixtures/clarus-operations-v1.json');
		const now = new Set(pairsOf(description).map(([r, o]) => `${r}.${o}`));
		assert.deepEqual(v1.filter((pair) => !now.has(pair)), [], 'operations lost');
	});

	it('names every parameter by hand or by the vendor\'s own wire name, never by a rule over the spec', () => {
		const wire = new Set();
		for (const r of api.resources) {
			for (const op of r.operations) {
				for (const p of op.pathParams) wire.add(p.name);
				for (const p of op.queryParams) wire.add(`query_${p.name}`);
				for (const rel of op.relationships) wire.add(`rel_${rel.name}`);
				for (const f of op.fields) wire.add(f.name);
			}
		}
		const handWritten = new Set([...v2.V2_FIXED_NAMES, 'method', 'path', 'queryParameters', 'sendBody', 'jsonBody']);
		const odd = [...new Set(description.properties.map((p) => p.name))].filter((n) => !handWritten.has(n) && !wire.has(n) && !n.startsWith('graphql'));
		assert.deepEqual(odd, []);
		assert.ok(!description.properties.some((p) => /^[a-z_]+_(create|update|delete|getAll)_/.test(p.name)), 'no per-operation names');
	});

	it('keeps every parameter name version 2 was released with (append-only)', () => {
		const released = require('./fixtures/clarus-parameter-names-v2.json');
		const now = new Set(description.properties.map((p) => p.name));
		assert.deepEqual(released.filter((name) => !now.has(name)), []);
	});

	it('never shows two definitions of one name for the same resource and operation', () => {
		const clashes = [];
		for (const [r, o] of pairsOf(description)) {
			const seen = new Map();
			for (const p of description.properties) {
				if (p.name === 'operation' || !showsFor(p, r, o)) continue;
				if (Object.keys(p.displayOptions?.show ?? {}).some((k) => k !== 'resource' && k !== 'operation')) continue;
				if (seen.has(p.name)) clashes.push(`${r}.${o}: ${p.name}`);
				seen.set(p.name, p);
			}
		}
		assert.deepEqual(clashes, []);
	});

	it('gives every operation that has a path ID the one shared `id` picker, searching the selected resource', () => {
		const ids = description.properties.filter((p) => p.name === 'id');
		assert.ok(ids.length >= 1 && ids.length <= 3, `${ids.length} definitions of id`);
		for (const p of ids) {
			assert.equal(p.type, 'resourceLocator');
			assert.equal(p.modes[0].typeOptions.searchListMethod, 'searchRecords');
		}
		assert.equal(typeof node.methods.listSearch.searchRecords, 'function');
		for (const r of api.resources) {
			for (const op of r.operations) {
				const has = ids.some((p) => showsFor(p, r.key, op.key));
				assert.equal(has, op.pathParams.some((p) => p.name === 'id'), `${r.key}.${op.key}`);
			}
		}
	});

	it('gives every record picker a list search method the node has', () => {
		let pickers = 0;
		walk(description.properties, (p) => {
			if (p.type !== 'resourceLocator') return;
			pickers++;
			const list = p.modes.find((m) => m.name === 'list');
			assert.equal(typeof node.methods.listSearch[list.typeOptions.searchListMethod], 'function', `${p.name}: ${list.typeOptions.searchListMethod}`);
			assert.deepEqual(p.default, { mode: 'list', value: '' });
		});
		assert.ok(pickers >= 20, `${pickers} pickers`);
		const account = description.properties.filter((p) => p.name === 'account_id');
		assert.ok(account.length >= 1);
		assert.ok(account.every((p) => p.type === 'resourceLocator' && p.modes[0].typeOptions.searchListMethod === 'search_accounts'));
		assert.ok(account.some((p) => showsFor(p, 'goods_outs', 'create')));
		assert.ok(!account.some((p) => showsFor(p, 'goods_outs', 'update')), 'updates require nothing');
	});

	it('takes body attributes through one resource mapper whose method the node has', () => {
		const mappers = description.properties.filter((p) => p.type === 'resourceMapper');
		assert.ok(mappers.length >= 1);
		for (const p of mappers) {
			assert.equal(p.name, 'columns');
			assert.deepEqual(p.typeOptions.loadOptionsDependsOn, ['resource', 'operation']);
			assert.equal(typeof node.methods.resourceMapping[p.typeOptions.resourceMapper.resourceMapperMethod], 'function');
		}
		assert.ok(mappers.some((p) => showsFor(p, 'goods_outs', 'create')));
		assert.ok(mappers.some((p) => showsFor(p, 'goods_outs', 'update')));
		assert.ok(!mappers.some((p) => showsFor(p, 'goods_outs', 'cancel')), 'no body, no mapper');
		assert.ok(!description.properties.some((p) => /_(additionalFields|updateFields)$/.test(p.name)));
	});

	it('shares filters, Return All, Limit and Options across every Get Many', () => {
		const filters = description.properties.filter((p) => p.name === 'filters');
		assert.equal(filters.length, 1);
		const [field, operator] = filters[0].options[0].values;
		assert.equal(field.typeOptions.loadOptionsMethod, 'getFilterFields');
		assert.equal(operator.typeOptions.loadOptionsMethod, 'getFilterOperators');
		assert.ok(showsFor(filters[0], 'goods_outs', 'getAll'));
		assert.equal(description.properties.filter((p) => p.name === 'returnAll').length, 2, 'one for every Get Many, one for GraphQL');
		assert.equal(description.properties.filter((p) => p.name === 'options').length, 1);
	});

	it('masks every password, secret or token parameter', () => {
		const { seen, unmasked } = secretParameters(description);
		assert.ok(seen >= 2, 'the FTP user password fields are found');
		assert.deepEqual(unmasked, []);
		const { mapperFields } = require(path.join(root, 'dist', 'nodes', 'ClarusWms', 'v2', 'methods.js'));
		const ftp = api.resources.find((r) => r.key === 'ftp_users');
		for (const op of ftp.operations) assert.ok(!mapperFields(op).some((f) => /password/.test(f.id)), `${op.key}: no password in the mapper`);
	});

	it('serves the resource mapper fields from the model: required, enums, types; updates require nothing', () => {
		const { mapperFields } = require(path.join(root, 'dist', 'nodes', 'ClarusWms', 'v2', 'methods.js'));
		const goodsOuts = api.resources.find((r) => r.key === 'goods_outs');
		const create = mapperFields(goodsOuts.operations.find((o) => o.key === 'create'));
		const byId = Object.fromEntries(create.map((f) => [f.id, f]));
		assert.equal(byId.reference.required, true);
		assert.equal(byId.reference.type, 'string');
		assert.equal(byId.goods_out_type.type, 'options');
		assert.ok(byId.goods_out_type.options.some((o) => o.value === 'sales_order'));
		assert.equal(byId.account_id, undefined, 'the required account_id has its own picker');
		assert.ok(create.some((f) => f.type === 'number') && create.some((f) => f.type === 'boolean'));
		const update = mapperFields(goodsOuts.operations.find((o) => o.key === 'update'));
		assert.deepEqual(update.filter((f) => f.required), []);
		assert.ok(update.some((f) => f.id === 'account_id'));
	});

	it('names operations in words, without raw spec wording', () => {
		assert.deepEqual(rawSpecWording(description), []);
	});
});
