'use strict';
// Stable names: the Clarus node is regenerated from a modified copy of the spec (one operation
// removed, one added) starting from the committed generated/names.json, and every existing name
// stays: no operation value, resource or parameter name is renamed or dropped; the removed
// operation stays in the map marked retired; the added one gets a new entry. Without the map the
// same spec change WOULD rename a saved value (tasks.allocateMany -> tasks.allocate), so this
// test can fail. Version 2 built from the updated model keeps every name and operation it had
// (its names are hand-written or the vendor's wire names). Skipped when the spec is not next to
// the repository.
const { describe, it, before } = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const script = path.join(root, 'scripts', 'generate-clarus.js');
const { DEFAULT_SPEC, DEFAULT_NAMES, namesLost } = require(script);
const v2Built = path.join(root, 'dist', 'nodes', 'ClarusWms', 'v2', 'description.js');
const specFile = process.env.CLARUS_OPENAPI_SPEC || DEFAULT_SPEC;
const haveSpec = fs.existsSync(specFile);

const modelOf = (text) => JSON.parse(text.slice(text.indexOf('= {') + 2).replace(/;\s*$/, ''));
const REMOVED = ['/api/tasks/{id}/allocate', 'post'];
const ADDED = ['/api/goods_outs/{id}/archive', 'post'];

/** Runs the generator on `spec` with a copy of `names` in a fresh folder; returns the model and the names it wrote. */
function regenerate(spec, names) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clarus-names-'));
	const specCopy = path.join(dir, 'clarus-openapi.json');
	fs.writeFileSync(specCopy, JSON.stringify(spec));
	const namesFile = path.join(dir, 'names.json');
	if (names) fs.writeFileSync(namesFile, JSON.stringify(names));
	const out = path.join(dir, 'operations.ts');
	const res = spawnSync(process.execPath, [script, specCopy, '--out', out, '--names', namesFile], { encoding: 'utf8' });
	return { res, model: res.status === 0 ? modelOf(fs.readFileSync(out, 'utf8')) : undefined, names: res.status === 0 ? JSON.parse(fs.readFileSync(namesFile, 'utf8')) : undefined };
}

describe('Clarus stable names across a spec update', { skip: haveSpec ? false : `spec not found at ${specFile}` }, () => {
	let committed;
	let modified;
	let result;
	const op = (model, resource, key) => model.resources.find((r) => r.key === resource)?.operations.find((o) => o.key === key);

	before(() => {
		committed = JSON.parse(fs.readFileSync(DEFAULT_NAMES, 'utf8'));
		const spec = JSON.parse(fs.readFileSync(specFile, 'utf8'));
		assert.ok(spec.paths[REMOVED[0]]?.[REMOVED[1]], 'the operation to remove is in the spec');
		assert.ok(!spec.paths[ADDED[0]], 'the added operation is new');
		delete spec.paths[REMOVED[0]][REMOVED[1]];
		// A new record action shaped like Cancel, under a new path.
		spec.paths[ADDED[0]] = { post: { ...JSON.parse(JSON.stringify(spec.paths['/api/goods_outs/{id}/cancel'].post)), operationId: 'archiveGoodsOut', summary: 'Archive a goods out' } };
		modified = spec;
		result = regenerate(modified, committed);
		assert.equal(result.res.status, 0, result.res.stderr);
	});

	it('the committed map regenerates unchanged from the current spec', () => {
		const same = regenerate(JSON.parse(fs.readFileSync(specFile, 'utf8')), committed);
		assert.equal(same.res.status, 0, same.res.stderr);
		assert.deepEqual(same.names, committed, 'generated/names.json is stale: run npm run generate:clarus and commit it');
	});

	it('keeps every existing operation value and parameter name', () => {
		assert.deepEqual(namesLost(committed, result.names), []);
		for (const [specKey, entry] of Object.entries(committed.operations)) {
			if (specKey === `${REMOVED[1].toUpperCase()} ${REMOVED[0]}`) continue;
			const node = entry.operation === 'getAll'
				? result.model.resources.find((r) => r.key === entry.resource)?.list
				: op(result.model, entry.resource, entry.operation);
			assert.ok(node, `${entry.resource}.${entry.operation} (${specKey}) is still generated`);
		}
	});

	it('keeps the collection action tasks.allocateMany although tasks.allocate is gone', () => {
		assert.equal(op(result.model, 'tasks', 'allocateMany')?.path, '/api/tasks/allocate');
		assert.equal(op(result.model, 'tasks', 'allocate'), undefined, 'the retired value is not given to another operation');
	});

	it('marks the removed operation retired, keeping its entries', () => {
		assert.deepEqual(result.names.operations['POST /api/tasks/{id}/allocate'], { resource: 'tasks', operation: 'allocate', retired: true });
		for (const key of Object.keys(committed.parameters).filter((k) => k.startsWith('tasks.allocate.'))) {
			assert.equal(result.names.parameters[key], committed.parameters[key]);
		}
	});

	it('adds the new operation with names of its own', () => {
		assert.deepEqual(result.names.operations['POST /api/goods_outs/{id}/archive'], { resource: 'goods_outs', operation: 'archive' });
		assert.equal(result.names.parameters['goods_outs.archive.path_id'], 'goods_outs_archive_path_id');
		assert.equal(op(result.model, 'goods_outs', 'archive')?.name, 'Archive');
	});

	it('a retired entry keeps its value after a second update (the map only grows)', () => {
		const again = regenerate(modified, result.names);
		assert.equal(again.res.status, 0, again.res.stderr);
		assert.deepEqual(again.names, result.names);
	});

	it('without the map the same change would rename a saved value (the check can fail)', () => {
		const bare = regenerate(modified, undefined);
		assert.equal(bare.res.status, 0, bare.res.stderr);
		assert.equal(op(bare.model, 'tasks', 'allocate')?.path, '/api/tasks/allocate', 'allocateMany became allocate');
		assert.ok(namesLost(committed, bare.names).includes('operation POST /api/tasks/allocate'));
	});

	it('an existing parameter name is kept even where it differs from the naming rule', () => {
		const older = JSON.parse(JSON.stringify(committed));
		older.parameters['tasks.allocateMany.simplify'] = 'tasks_allocateMany_simplify_old';
		const out = regenerate(modified, older);
		assert.equal(out.res.status, 0, out.res.stderr);
		assert.equal(out.names.parameters['tasks.allocateMany.simplify'], 'tasks_allocateMany_simplify_old');
	});

	it('version 2 built from the updated spec keeps every parameter name and operation it had', { skip: fs.existsSync(v2Built) ? false : 'run npm run build first' }, () => {
		const { buildV2Properties } = require(v2Built);
		const { clarusApi } = require(path.join(root, 'dist', 'nodes', 'ClarusWms', 'generated', 'operations.js'));
		const pairs = (properties) =>
			properties.filter((p) => p.name === 'operation').flatMap((p) => p.options.flatMap((o) => p.displayOptions.show.resource.map((r) => `${r}.${o.value}`)));
		const before = buildV2Properties(clarusApi);
		const after = buildV2Properties(result.model);
		const namesAfter = new Set(after.map((p) => p.name));
		assert.deepEqual([...new Set(before.map((p) => p.name))].filter((n) => !namesAfter.has(n)), []);
		const pairsAfter = new Set(pairs(after));
		assert.deepEqual(pairs(before).filter((pair) => !pairsAfter.has(pair)), ['tasks.allocate'], 'only the removed operation is gone');
		assert.ok(pairsAfter.has('goods_outs.archive'), 'the added operation is there');
		const released = require('./fixtures/clarus-parameter-names-v2.json');
		// Authentication and Request Options are added around these by the node class
		assert.deepEqual(released.filter((n) => !namesAfter.has(n) && n !== 'authentication' && n !== 'requestOptions'), []);
	});
});

