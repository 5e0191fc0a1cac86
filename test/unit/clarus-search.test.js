'use strict';
// Record pickers of the Clarus WMS node (built: run `npm run build` first): which resource an
// `<x>_id` points at, which field names a record in the list, and which filter a search text
// becomes on Clarus's side.
const { describe, it, before } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');

const built = path.join(__dirname, '..', '..', 'dist', 'nodes', 'ClarusWms', 'resources', 'search.js');

describe('Clarus record search', { skip: fs.existsSync(built) ? false : 'run npm run build first' }, () => {
	let search;
	let api;
	const resource = (key) => api.resources.find((r) => r.key === key);
	before(() => {
		search = require(built);
		api = require(path.join(__dirname, '..', '..', 'dist', 'nodes', 'ClarusWms', 'generated', 'operations.js')).clarusApi;
	});

	it('finds the listed resource an _id names', () => {
		assert.equal(search.idTarget('account_id').key, 'accounts');
		assert.equal(search.idTarget('warehouse_id').key, 'warehouses');
		assert.equal(search.idTarget('goods_out_id').key, 'goods_outs');
		assert.equal(search.idTarget('reference'), undefined);
		assert.equal(search.idTarget('owner_id'), undefined, 'no resource called owners');
	});

	it('names records by their reference, name or code', () => {
		assert.equal(search.labelField(resource('goods_outs')), 'reference');
		assert.equal(search.labelField(resource('accounts')), 'name');
		assert.equal(search.labelField(resource('bookings')), 'booking_reference');
	});

	it('turns a search text into an ilike filter where the docs allow one', () => {
		assert.deepEqual(search.searchFilter(resource('goods_outs'), ' SO-1 '), { reference: { ilike: '%SO-1%' } });
		assert.deepEqual(search.searchFilter(resource('accounts'), 'retail'), { name: { ilike: '%retail%' } });
		assert.equal(search.searchFilter(resource('goods_outs'), '  '), undefined);
	});

	it('has one list search method per listed resource', () => {
		const listed = api.resources.filter((r) => r.list).map((r) => `search_${r.key}`).sort();
		assert.deepEqual(Object.keys(search.listSearch).sort(), listed);
	});
});
