'use strict';
// The ItemPath resource table (nodes/ItemPath/resources/table.ts) in process, from the build in
// dist/ (run `npm run build` first; scripts/test.js does): saved workflows' parameter keys are all
// still there, every entry routes to a handler and builds a request to its documented path with
// the documented method, fields are typed, filters become ItemPath's wire syntax, and the sandbox
// serves every resource the node offers.
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('path');

const dist = path.join(__dirname, '..', '..', 'dist', 'nodes', 'ItemPath');
const { ITEMPATH_TABLE, ITEMPATH_RESOURCES } = require(path.join(dist, 'resources', 'table.js'));
const { itemPathHandlers } = require(path.join(dist, 'resources', 'index.js'));
const { recordRequest, singleRecord } = require(path.join(dist, 'resources', 'operations.js'));
const { listRequest } = require(path.join(dist, 'resources', 'list.js'));
const { conditionsQuery } = require(path.join(dist, 'resources', 'filters.js'));
const { searchMethodName } = require(path.join(dist, 'resources', 'locators.js'));
const { itemPathListSearch } = require(path.join(dist, 'listSearch.js'));
const { parameterKeys, builtDescription } = require('../../scripts/itempath-parameter-keys');

/**
 * What ../shared/vendor-docs/itempath-api-resources.md says, written out here independently of the
 * table: resource → [API path, operations the docs or public client code show, update method].
 */
const DOCUMENTED = {
	location: ['locations', 'get getAll'],
	locationContent: ['location_contents', 'get getAll'],
	material: ['materials', 'create delete get getAll update', 'POST'],
	order: ['orders', 'create delete get getAll update', 'POST'],
	orderLine: ['order_lines', 'create delete get getAll update', 'POST'],
	station: ['stations', 'get getAll'],
	transaction: ['transactions', 'get getAll update', 'POST'],
	warehouse: ['warehouses', 'get getAll'],
	accessPoint: ['access_points', 'get getAll'],
	apiCall: ['calls', 'get getAll'],
	batch: ['batches', 'create get getAll'],
	bin: ['bins', 'get getAll'],
	carrier: ['carriers', 'get getAll'],
	client: ['clients', 'get getAll'],
	connection: ['connections', 'get getAll'],
	costCenter: ['cost_centers', 'create get getAll update', 'POST'],
	image: ['images', 'get getAll'],
	kit: ['kits', 'create get getAll'],
	kitLine: ['kit_lines', 'get getAll'],
	locationContentBreakdown: ['location_content_breakdowns', 'get getAll'],
	materialCode: ['material_codes', 'create get getAll'],
	materialProperty: ['material_properties', 'get getAll'],
	report: ['reports', 'get getAll'],
	shelf: ['shelves', 'get getAll'],
	storageRule: ['storage_rules', 'create delete get getAll update', 'PUT'],
	storageUnit: ['storage_units', 'get getAll'],
	workOrderLine: ['work_order_lines', 'get getAll update', 'PUT'],
	zone: ['zones', 'get getAll'],
};

/**
 * The documented fields of the first eight resources (§3 of the same file), written out here
 * independently of the table: resource → { field: 'type[ c][ u]' } (c: in Create, u: in Update).
 * Each must be in the table with that type, filterable (JSON fields excepted) and writable as given.
 */
const DOCUMENTED_FIELDS = {
	// §3.15 Materials (newest version); Create documents codes and reOrderPoint, Update materialPropertyId (CLIENT).
	material: {
		name: 'string c u', blockReason: 'string', canOrderPoint: 'number', codes: 'json c', creationDate: 'dateTime', currentQuantity: 'number',
		currentValue: 'number', expectedQuantity: 'number', Info1: 'string c u', Info5: 'string c u', isBlocked: 'boolean', isCounted: 'boolean',
		locationCount: 'number', materialPropertyId: 'string c u', netQuantity: 'number', pickQuantity: 'number', putQuantity: 'number',
		reOrderPoint: 'number c u', unitOfMeasure: 'string c u', valuePerUnit: 'number', weightPerUnit: 'number',
	},
	// §3.18 Orders (hand-written Create / Update: checked on the description below).
	order: {
		name: 'string c u', countEmptyLocations: 'boolean c u', deadline: 'dateTime c u', directionType: 'options c u', hasStock: 'number',
		incompleteAllocations: 'number', Info1: 'string c u', initialHandlingUnit: 'string c u', modifiedDate: 'dateTime', storageUnits: 'json',
		priority: 'options c u', recipient: 'string c u', stationName: 'string', unit: 'string', warehouseName: 'string c u', status: 'string',
	},
	// §3.19 Order Lines (hand-written Create / Update).
	orderLine: {
		costCenterName: 'string', directionType: 'options', expiryDate: 'dateTime', hasStock: 'number', hostIdentification: 'string',
		incompleteAllocations: 'number', Info1: 'string c u', lot: 'string c', materialId: 'string', materialName: 'string c u', modifiedDate: 'dateTime',
		number: 'number c', orderId: 'string c', orderName: 'string c', owner: 'string', productionDate: 'dateTime', progressType: 'number', storageUnits: 'json',
		quantityRequested: 'number', quantityConfirmed: 'number', quantityDeviated: 'number', serialNumber: 'number', pickLocation: 'string',
		pickBinName: 'string', putLocation: 'string', putBinName: 'string', putHeight: 'number', putDate: 'dateTime', qualification: 'string',
		releaseDate: 'dateTime', quantity: 'number c u', status: 'string',
	},
	// §3.12 Locations (the old version's yCoordinate and orientationType too).
	location: {
		name: 'string', binDepth: 'number', binWidth: 'number', binId: 'string', currentQuantity: 'number', depth: 'number', expectedQuantity: 'number',
		fillLevel: 'number', isCounted: 'boolean', isMarkedFull: 'boolean', orientation: 'options', quantity: 'number', shelfId: 'string',
		type: 'options', typeDescription: 'string', width: 'number', xCoordinate: 'number', yCoordinate: 'number', orientationType: 'number',
	},
	// §3.13 Location Contents (fields and the list's filters).
	locationContent: {
		binId: 'string', carrierId: 'string', countingCycle: 'number', countDate: 'dateTime', creationDate: 'dateTime', nextCountDate: 'dateTime',
		currentQuantity: 'number', isCounted: 'boolean', locationId: 'string', locationName: 'string', materialId: 'string', storageUnitId: 'string',
		storageUnitName: 'string', type: 'options', typeDescription: 'string', warehouseName: 'string',
	},
	// §3.28 Transactions (Update: exportStateType).
	transaction: {
		batchName: 'string', binName: 'string', carrierName: 'string', creationDate: 'dateTime', directionType: 'options', expiryDate: 'dateTime',
		exportStateType: 'options u', handlingUnit: 'string', locationName: 'string', lot: 'string', materialInfo1: 'string', materialName: 'string',
		motiveType: 'number', type: 'options', orderName: 'string', storageUnitName: 'string', warehouseName: 'string', quantityConfirmed: 'number',
	},
	// §3.30 Warehouses (old version).
	warehouse: { name: 'string', address1: 'string', address2: 'string', address3: 'string', address4: 'string', address5: 'string' },
	// §3.25 Stations: the docs list no fields.
};

const NODE = { id: 'n1', name: 'ItemPath', type: 'n8n-nodes-wms-planning.itemPath', typeVersion: 2, position: [0, 0], parameters: {} };
/** A typed stand-in for n8n's execute context: parameters by (dotted) name, as getNodeParameter reads them. */
function context(parameters) {
	return {
		getNode: () => NODE,
		getNodeParameter(name, _itemIndex, ...rest) {
			const value = name.split('.').reduce((o, k) => (o === undefined || o === null ? undefined : o[k]), parameters);
			if (value === undefined) {
				if (rest.length) return rest[0];
				throw new Error(`no parameter ${name}`);
			}
			if (rest[1]?.extractValue && value && typeof value === 'object' && value.__rl) return value.value;
			return value;
		},
	};
}
const GUID = '6F9619FF-8B86-D011-B42D-00C04FC964FF';
const sampleValue = (field) =>
	({ string: 'x', number: 3, boolean: true, dateTime: '2026-01-02T03:04:05', options: field.options?.[0]?.value, json: '[{"materialId": "1", "quantity": 2}]' })[field.type];

describe('ItemPath resource table', () => {
	it('keeps every parameter key saved workflows use (v1 and v2), from before the table', () => {
		const before = require('./fixtures/itempath-parameter-keys.json');
		const now = new Set(parameterKeys(builtDescription()));
		assert.ok(before.length > 1500, `fixture has ${before.length} keys`);
		assert.deepEqual(before.filter((key) => !now.has(key)), []);
	});

	it('has exactly the documented resources, each at its documented path with the documented operations', () => {
		assert.deepEqual(ITEMPATH_TABLE.map((r) => r.value).sort(), Object.keys(DOCUMENTED).sort());
		for (const r of ITEMPATH_TABLE) {
			const [docPath, ops, method] = DOCUMENTED[r.value];
			assert.equal(r.path, docPath, r.value);
			assert.deepEqual([...r.operations].sort().join(' '), ops, r.value);
			if (method) assert.equal(r.updateMethod ?? 'POST', method, `${r.value} updates with ${method}`);
		}
	});

	it('offers every table resource in the node, with its operations, in both versions', () => {
		const description = builtDescription();
		const resource = description.properties.find((p) => p.name === 'resource');
		const values = resource.options.map((o) => o.value);
		for (const r of ITEMPATH_TABLE) {
			assert.ok(values.includes(r.value), r.value);
			const operation = description.properties.find((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(r.value));
			assert.deepEqual(operation.options.map((o) => o.value).sort(), [...r.operations].sort(), r.value);
			assert.equal(operation.displayOptions.show['@version'], undefined, `${r.value}: not limited to a version`);
		}
		assert.deepEqual(resource.options.map((o) => o.name), [...resource.options.map((o) => o.name)].sort((a, b) => a.localeCompare(b)), 'sorted');
	});

	it('routes every operation of every entry to a handler, and every ID picker to a list search', () => {
		for (const r of ITEMPATH_TABLE) {
			for (const op of r.operations) {
				const handler = itemPathHandlers[r.value]?.[op];
				assert.ok(typeof handler === 'function' || typeof handler?.concurrent === 'function', `${r.value}.${op}`);
				if (['create', 'update', 'delete'].includes(op)) assert.equal(typeof handler.concurrent, 'function', `${r.value}.${op} may run in flight`);
			}
			assert.equal(typeof itemPathListSearch[searchMethodName(r)], 'function', `${r.value} list search`);
		}
		assert.deepEqual(Object.keys(itemPathHandlers).sort(), [...Object.keys(DOCUMENTED), 'apiRequest', 'user'].sort());
	});

	it('builds each generated operation\'s request: documented path and method, typed body', () => {
		for (const r of ITEMPATH_TABLE) {
			const [docPath] = DOCUMENTED[r.value];
			const custom = r.custom?.handlers ?? {};
			const { request } = listRequest(context({ filters: {}, options: {}, returnAll: false, limit: 5 }), 0, r);
			assert.deepEqual([request.method, request.path, request.qs], ['GET', `/${docPath}`, {}], r.value);
			for (const op of r.operations.filter((o) => o !== 'getAll' && !custom[o])) {
				const parameters = { id: { __rl: true, mode: 'id', value: GUID }, additionalFields: {}, updateFields: {} };
				for (const f of r.fields.filter((x) => x.create === 'required')) parameters[f.name] = sampleValue(f);
				const updatable = r.fields.filter((x) => x.update);
				if (op === 'update') parameters.updateFields = { [updatable[0].name]: sampleValue(updatable[0]) };
				const sent = recordRequest(context(parameters), 0, r, op);
				const expected = { get: ['GET', `/${docPath}/${GUID}`], delete: ['DELETE', `/${docPath}/${GUID}`], create: ['POST', `/${docPath}`], update: [r.updateMethod ?? 'POST', `/${docPath}/${GUID}`] }[op];
				assert.deepEqual([sent.method, sent.path], expected, `${r.value}.${op}`);
				if (op === 'create') {
					const required = r.fields.filter((x) => x.create === 'required').map((x) => x.name);
					assert.deepEqual(Object.keys(sent.body).sort(), required.sort(), `${r.value}: required fields sent`);
				}
				if (op === 'update') assert.deepEqual(Object.keys(sent.body), [updatable[0].name]);
			}
		}
	});

	it('types every documented field and makes the parameters of those types', () => {
		const description = builtDescription();
		const TYPES = ['string', 'number', 'boolean', 'dateTime', 'options', 'json'];
		for (const r of ITEMPATH_TABLE) {
			assert.ok(r.fields.some((f) => f.name === 'id'), `${r.value} has id`);
			assert.equal(new Set(r.fields.map((f) => f.name)).size, r.fields.length, `${r.value}: no field twice`);
			for (const f of r.fields) {
				assert.ok(TYPES.includes(f.type), `${r.value}.${f.name}: ${f.type}`);
				if (f.create) assert.ok(r.operations.includes('create'), `${r.value}.${f.name}: a Create field without Create`);
				if (f.update) assert.ok(r.operations.includes('update'), `${r.value}.${f.name}: an Update field without Update`);
				if (f.type === 'options') assert.ok(f.options.length > 1 && f.options.every((o) => o.value !== undefined), `${r.value}.${f.name} options`);
			}
			if (r.custom) continue;
			const shown = (op, name) => description.properties.find((p) => p.name === name && p.displayOptions?.show?.resource?.includes(r.value) && p.displayOptions.show.operation?.includes(op));
			for (const f of r.fields.filter((x) => x.create === 'required' && r.operations.includes('create'))) {
				const p = shown('create', f.name);
				assert.ok(p?.required, `${r.value}.create ${f.name} is a required parameter`);
				assert.equal(p.type, f.type, `${r.value}.create ${f.name}`);
			}
			const additional = shown('create', 'additionalFields');
			for (const f of r.fields.filter((x) => x.create === 'optional' && r.operations.includes('create'))) {
				assert.equal(additional.options.find((o) => o.name === f.name)?.type, f.type, `${r.value} Additional Fields ${f.name}`);
			}
			const updates = shown('update', 'updateFields');
			assert.equal(Boolean(updates), r.operations.includes('update'), `${r.value}: Update Fields only with Update`);
			for (const f of r.fields.filter((x) => x.update && updates)) assert.equal(updates.options.find((o) => o.name === f.name)?.type, f.type, `${r.value} Update Fields ${f.name}`);
			const filters = shown('getAll', 'filters').options[0].values[0].options.map((o) => o.value);
			assert.deepEqual(filters.sort(), r.fields.filter((x) => x.filter !== false).map((x) => x.name).sort(), `${r.value} filterable fields`);
		}
	});

	it('has the documented fields of the first eight resources: typed, filterable, writable as the docs say', () => {
		const description = builtDescription();
		for (const [value, fields] of Object.entries(DOCUMENTED_FIELDS)) {
			const r = ITEMPATH_RESOURCES[value];
			const filters = description.properties.find((p) => p.name === 'filters' && p.displayOptions?.show?.resource?.includes(value) && p.displayOptions.show.operation?.includes('getAll'));
			const offered = filters.options[0].values[0].options.map((o) => o.value);
			for (const [name, spec] of Object.entries(fields)) {
				const [type, ...flags] = spec.split(' ');
				const f = r.fields.find((x) => x.name === name);
				assert.ok(f, `${value}.${name} is in the table`);
				assert.equal(f.type, type, `${value}.${name} type`);
				assert.equal(offered.includes(name), type !== 'json', `${value}.${name} filterable`);
				const inCollection = (op, collection) =>
					description.properties.some((p) => p.name === collection && p.displayOptions?.show?.resource?.includes(value) && p.displayOptions.show.operation?.includes(op) && p.options.some((o) => o.name === name && o.type === type));
				const topLevel = description.properties.some((p) => p.name === name && p.type === type && p.displayOptions?.show?.resource?.includes(value) && p.displayOptions.show.operation?.includes('create'));
				const created = inCollection('create', 'additionalFields') || topLevel;
				assert.equal(created, flags.includes('c'), `${value}.${name} in Create`);
				assert.equal(inCollection('update', 'updateFields'), flags.includes('u'), `${value}.${name} in Update`);
			}
		}
	});

	it('makes a reference to another resource\'s record a picker of that resource from version 2', () => {
		const description = builtDescription();
		const refs = ITEMPATH_TABLE.flatMap((r) => r.fields.filter((f) => f.ref).map((f) => [r, f]));
		assert.ok(refs.length >= 3);
		for (const [r, f] of refs) {
			const versions = description.properties.filter((p) => p.name === f.name && p.displayOptions?.show?.resource?.includes(r.value) && p.displayOptions.show.operation?.includes('create'));
			assert.deepEqual(versions.map((p) => p.type), ['string', 'resourceLocator'], `${r.value}.${f.name}`);
			assert.equal(versions[1].modes[0].typeOptions.searchListMethod, searchMethodName(ITEMPATH_RESOURCES[f.ref]));
			const sent = recordRequest(context({ ...Object.fromEntries(r.fields.filter((x) => x.create === 'required').map((x) => [x.name, 'v'])), [f.name]: { __rl: true, mode: 'list', value: '42' }, additionalFields: {} }), 0, r, 'create');
			assert.equal(sent.body[f.name], '42');
		}
	});

	it('checks typed values before sending: numbers, dates and JSON in bodies', () => {
		const { batch, kit, storageRule, costCenter } = ITEMPATH_RESOURCES;
		const created = recordRequest(context({ name: ' BATCH-9 ', additionalFields: { priority: 3, deadline: '2026-05-01T10:00:00', type: 2 } }), 0, batch, 'create');
		assert.deepEqual(created.body, { name: 'BATCH-9', priority: 3, deadline: '2026-05-01T10:00:00', type: 2 });
		const withLines = recordRequest(context({ name: 'KIT-9', lines: '[{"materialId": "4", "quantity": 2}]', additionalFields: {} }), 0, kit, 'create');
		assert.deepEqual(withLines.body.lines, [{ materialId: '4', quantity: 2 }]);
		assert.throws(() => recordRequest(context({ name: 'KIT-9', lines: '[{', additionalFields: {} }), 0, kit, 'create'), /The "Kit Lines \(JSON\)" parameter is not valid JSON \(item 0\)/);
		assert.throws(() => recordRequest(context({ name: 'B', additionalFields: { deadline: 'soon' } }), 0, batch, 'create'), /The "Deadline" parameter is not a date: "soon" \(item 0\)/);
		assert.throws(
			() => recordRequest(context({ id: GUID, updateFields: { requiredCapacity: 'lots' } }), 0, storageRule, 'update'),
			/The "Required Capacity" parameter must be a number, got "lots" \(item 0\)/,
		);
		assert.throws(() => recordRequest(context({ id: GUID, updateFields: {} }), 0, costCenter, 'update'), /"Update Fields" is empty/);
		assert.throws(() => recordRequest(context({ name: '  ', additionalFields: {} }), 0, costCenter, 'create'), /The "Name" parameter is empty \(item 0\)/);
		assert.throws(() => recordRequest(context({ id: 'ab12' }), 0, costCenter, 'get'), /The "Cost Center ID" parameter must be a positive whole number or a GUID, got "ab12" \(item 0\)/);
		assert.equal(recordRequest(context({ id: '17' }), 0, ITEMPATH_RESOURCES.report, 'get').path, '/reports/17');
	});

	it('turns filter conditions into ItemPath\'s wire syntax, refusing values that do not fit the field type', () => {
		const { zone, transaction, accessPoint, apiCall } = ITEMPATH_RESOURCES;
		const q = (resource, ...conditions) => conditionsQuery(NODE, conditions.map(([field, operator, value]) => ({ field, operator, value })), 0, resource);
		assert.deepEqual(q(zone, ['type', 'equals', '2'], ['name', 'like', 'Pick%']), { type: '2', name: '[like]Pick%' });
		assert.deepEqual(q(transaction, ['creationDate', 'greaterThan', '2022-01-01'], ['creationDate', 'lessThan', 'today']), { creationDate: ['[gt]2022-01-01', '[lt]today'] });
		assert.deepEqual(q(transaction, ['type', 'isOneOf', '2, 4'], ['motiveType', 'notEquals', '5'], ['exportStateType', 'isNoneOf', '4;6']), { type: '[or]2;4', motiveType: '[not]5', exportStateType: '[nor]4;6' });
		assert.deepEqual(q(accessPoint, ['isBlocked', 'equals', 'true'], ['blockReason', 'notLike', '%test%']), { isBlocked: 'true', blockReason: '[notlike]%test%' });
		assert.deepEqual(q(apiCall, ['creationDate', 'greaterThan', 'lastWeek'], ['code', 'isNoneOf', '200;201']), { creationDate: '[gt]lastWeek', code: '[nor]200;201' });
		assert.throws(() => q(zone, ['abcClass', 'greaterThan', 'high']), /Filter condition 1 \("abcClass"\) is a number field; "high" is not a number \(item 0\)/);
		assert.throws(() => q(transaction, ['quantityConfirmed', 'isOneOf', '1, two']), /is a number field; "two" is not a number/);
		assert.throws(() => q(accessPoint, ['isBlocked', 'equals', 'yes']), /is a true\/false field/);
		assert.throws(() => q(apiCall, ['creationDate', 'lessThan', 'someday']), /is a date field; "someday" is not a date/);
		assert.throws(() => q(zone, ['page', 'equals', '1']), /Filter condition 1 uses "page", which is a paging parameter/);
		assert.throws(() => q(zone, ['name', 'isOneOf', ' , ']), /Filter condition 1 needs at least one value \(item 0\)/);
		// A pattern is text whatever the field's type; a field not in the table is passed as typed.
		assert.deepEqual(q(zone, ['abcClass', 'like', '1%'], ['Custom_1', 'equals', 'abc']), { abcClass: '[like]1%', Custom_1: 'abc' });
		// Triggers (no item): the same syntax, the message without an item.
		assert.throws(() => conditionsQuery(NODE, [{ field: 'abcClass', operator: 'equals', value: 'x' }], undefined, zone), (e) => /is a number field/.test(e.message) && !/\(item/.test(e.message));
	});

	it('unwraps single-record answers where ItemPath wraps them', () => {
		const { costCenter, connection, material } = ITEMPATH_RESOURCES;
		assert.deepEqual(singleRecord(costCenter, { cost_center: { id: GUID, name: 'CC' } }), { id: GUID, name: 'CC' });
		assert.deepEqual(singleRecord(connection, { id: 1, name: 'ERP' }), { id: 1, name: 'ERP' });
		// The first eight resources' answers are output as they come (as before the table).
		assert.deepEqual(singleRecord(material, { material: { id: 1 } }), { material: { id: 1 } });
	});

	describe('the sandbox serves every resource of the table', () => {
		let box;
		let token;
		before(async () => {
			box = await require('../../sandbox/server').start({ port: 0, seed: 42, vendors: ['itempath'] });
			const res = await fetch(`${box.urls.itempath}/api/users/login`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ username: 'operator', password: 'operator-pass' }),
			});
			token = (await res.json()).accessToken;
		});
		after(() => box?.close());
		const get = async (p) => {
			const res = await fetch(`${box.urls.itempath}/api${p}`, { headers: { authorization: `Bearer ${token}` } });
			return { status: res.status, body: await res.json() };
		};

		for (const r of ITEMPATH_TABLE) {
			it(`${r.value}: GET /api/${r.path} (keyed list, every field filterable) and GET one`, async () => {
				const list = await get(`/${r.path}?limit=2&page=0`);
				assert.equal(list.status, 200, JSON.stringify(list.body));
				const records = list.body[r.path];
				assert.ok(Array.isArray(records) && records.length > 0, `${r.path} has seeded records`);
				for (const f of r.fields.filter((x) => x.filter !== false)) {
					const filtered = await get(`/${r.path}?limit=1&${f.name}=${encodeURIComponent('[not]__none__')}`);
					assert.notEqual(filtered.status, 400, `${r.path}: ${f.name} is filterable (${JSON.stringify(filtered.body)})`);
				}
				const one = await get(`/${r.path}/${records[0].id}`);
				assert.equal(one.status, 200);
				assert.deepEqual(singleRecord(r, one.body).id, records[0].id);
				const missing = await get(`/${r.path}/${r.idType === 'guid' || typeof records[0].id === 'string' ? GUID : 999999}`);
				assert.equal(missing.status, 404);
				assert.match(missing.body.message, /not found/);
			});
		}
	});
});
