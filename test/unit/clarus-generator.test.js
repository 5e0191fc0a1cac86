'use strict';
// scripts/generate-clarus.js: the committed nodes/ClarusWms/generated/operations.ts must be exactly
// what the generator makes from the vendor spec (so it cannot drift), and a few operations the
// node relies on must come out right. Skipped when the spec is not next to the repository (it is
// never copied into it); a clean clone builds from the committed file.
const { describe, it, before } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const root = path.resolve(__dirname, '..', '..');
const script = path.join(root, 'scripts', 'generate-clarus.js');
const committed = path.join(root, 'nodes', 'ClarusWms', 'generated', 'operations.ts');
const { DEFAULT_SPEC, titleCase } = require(script);
const specFile = process.env.CLARUS_OPENAPI_SPEC || DEFAULT_SPEC;
const haveSpec = fs.existsSync(specFile);

/** The model object inside a generated file. */
function modelOf(text) {
	const start = text.indexOf('= {') + 2;
	return JSON.parse(text.slice(start).replace(/;\s*$/, ''));
}

describe('Clarus generator', { skip: haveSpec ? false : `spec not found at ${specFile}` }, () => {
	let generated;
	let model;
	const resource = (key) => model.resources.find((r) => r.key === key);
	const operation = (key, op) => resource(key).operations.find((o) => o.key === op);

	before(() => {
		const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'clarus-gen-')), 'operations.ts');
		execFileSync(process.execPath, [script, specFile, '--out', out], { stdio: 'ignore' });
		generated = fs.readFileSync(out, 'utf8');
		model = modelOf(generated);
	});

	it('regenerates exactly the committed file', () => {
		const current = fs.readFileSync(committed, 'utf8');
		assert.ok(current === generated, 'nodes/ClarusWms/generated/operations.ts is stale: run `npm run generate:clarus` and commit it');
	});

	it('writes a header naming the source, its date and the command to regenerate', () => {
		const header = generated.split('\n').slice(0, 8).join('\n');
		assert.match(header, /GENERATED FILE/);
		assert.match(header, /ClarusWMS API 1\.0\.0 \(OpenAPI 3\.0\.3\), published 2026-07-29/);
		assert.match(header, /npm run generate:clarus/);
		assert.equal(model.specDate, '2026-07-29');
		assert.equal(model.server, 'https://clarus-api.com');
	});

	it('covers every REST operation of the spec exactly once', () => {
		const spec = JSON.parse(fs.readFileSync(specFile, 'utf8'));
		const inSpec = [];
		for (const [p, item] of Object.entries(spec.paths)) {
			if (!p.startsWith('/api/')) continue;
			for (const m of ['get', 'post', 'put', 'patch', 'delete']) if (item[m]) inSpec.push(`${m.toUpperCase()} ${p}`);
		}
		const generatedOps = model.resources.flatMap((r) => r.operations.map((o) => `${o.method} ${o.path}`));
		assert.deepEqual([...generatedOps].sort(), [...inSpec].sort());
		const lists = Object.keys(spec.paths).filter((p) => p.startsWith('/graphql#')).length;
		assert.equal(model.resources.filter((r) => r.list).length, lists);
	});

	it('derives goods out create: JSON:API type, required attributes first, enums, relationships', () => {
		const create = operation('goods_outs', 'create');
		assert.equal(create.method, 'POST');
		assert.equal(create.path, '/api/goods_outs');
		assert.equal(create.body, 'jsonapi');
		assert.equal(create.type, 'goods_outs');
		const required = create.fields.filter((f) => f.required).map((f) => f.name).sort();
		assert.deepEqual(required, ['account_id', 'expected_date_of_dispatch', 'goods_out_type', 'reference']);
		assert.ok(create.fields.slice(0, 4).every((f) => f.required), 'required fields come first');
		const type = create.fields.find((f) => f.name === 'goods_out_type');
		assert.equal(type.type, 'options');
		assert.deepEqual(type.options, ['sales_order', 'work_order', 'crossdock']);
		assert.equal(create.fields.find((f) => f.name === 'reference').type, 'string', 'allOf $ref to a string schema stays a string');
		const lines = create.fields.find((f) => f.name === 'lines_changes');
		assert.equal(lines.type, 'json');
		assert.equal(lines.jsonType, 'array');
		const priority = create.fields.find((f) => f.name === 'priority');
		assert.equal(priority.type, 'number');
		assert.equal(priority.maximum, 99);
		assert.deepEqual(create.relationships.map((r) => [r.name, r.type, r.many]), [['address', 'addresses', false]]);
		assert.ok(!create.relationships[0].fields.some((f) => f.name === 'code'), 'read-only address code is left out');
	});

	it('marks an update that reuses the create schema as partial, and keeps a dedicated update schema strict', () => {
		const update = operation('goods_outs', 'update');
		assert.equal(update.method, 'PATCH');
		assert.deepEqual(update.pathParams.map((p) => p.name), ['id']);
		assert.equal(update.partial, true);
		const taxRate = operation('tax_rates', 'update');
		assert.equal(taxRate.partial, undefined);
		assert.deepEqual(taxRate.fields.filter((f) => f.required).map((f) => f.name), ['name']);
	});

	it('classifies custom actions, bulk deletes and nested collections', () => {
		const cancel = operation('goods_outs', 'cancel');
		assert.deepEqual([cancel.kind, cancel.method, cancel.path, cancel.body], ['action', 'POST', '/api/goods_outs/{id}/cancel', 'none']);
		const move = operation('stocks', 'move');
		assert.equal(move.body, 'jsonapi');
		assert.deepEqual(move.fields.filter((f) => f.required).map((f) => f.name).sort(), ['quantity', 'to_location_id']);
		const hold = operation('stocks', 'hold');
		assert.deepEqual([hold.body, hold.path], ['json', '/api/stocks/hold']);
		assert.equal(hold.fields.find((f) => f.name === 'ids').itemType, 'integer');
		assert.equal(operation('tasks', 'allocate').path, '/api/tasks/{id}/allocate');
		assert.equal(operation('tasks', 'allocateMany').path, '/api/tasks/allocate');
		assert.equal(operation('tasks', 'receive').path, '/api/receive_tasks/{id}/receive');
		assert.deepEqual(operation('products', 'deleteMany').queryParams.map((p) => p.name), ['ids']);
		const material = operation('product_materials', 'create');
		assert.deepEqual(material.pathParams.map((p) => p.name), ['product_id']);
		const removeProduct = operation('product_groups', 'delete');
		assert.equal(removeProduct.path, '/api/groups/{group_id}/product_group');
		assert.deepEqual(removeProduct.queryParams.map((p) => p.name), ['product_id']);
		assert.equal(operation('documents', 'upload').body, 'binary');
		assert.equal(operation('rf_flows', 'create').path, '/api/rf/flows');
	});

	it('takes the GraphQL list query: root field, node selection, filter type and the filters table', () => {
		const list = resource('goods_outs').list;
		assert.equal(list.rootField, 'goods_outs');
		assert.equal(list.connection, 'all');
		assert.equal(list.filterType, 'GoodsOutsFilterType');
		assert.match(list.nodeSelection, /^id reference priority expected_date_of_dispatch goods_out_status \{ code name \}/);
		const status = list.filters.find((f) => f.name === 'goods_out_status_code');
		assert.equal(status.inputType, 'StringInputType');
		assert.deepEqual(status.operators, ['eq', 'ilike', 'like', 'in', 'between']);
		const dispatch = list.filters.find((f) => f.name === 'expected_date_of_dispatch');
		assert.deepEqual(dispatch.operators, ['eq', 'from', 'to', 'between']);
		assert.equal(resource('users').list.rootField, 'subdomain_users', 'users are listed through subdomain_users');
		assert.ok(resource('stock_balances').list && resource('stock_balances').operations.length === 0, 'a GraphQL-only resource');
		// tables after "Available Filters" (e.g. "PICK-Only Conditions") are not filters
		assert.deepEqual(resource('charge_prices').list.filters.map((f) => f.name), ['id', 'code', 'name', 'charge_type', 'charge_card_id']);
	});

	it('writes n8n-style display names', () => {
		assert.equal(titleCase('expected_date_of_dispatch'), 'Expected Date of Dispatch');
		assert.equal(titleCase('account_id'), 'Account ID');
		assert.equal(titleCase('string1'), 'String 1');
		assert.equal(resource('warehouses').displayName, 'Warehouse');
		assert.equal(resource('goods_in_receipts').displayName, 'Goods In Receipt');
		assert.equal(resource('addresses').displayName, 'Address');
	});
});
