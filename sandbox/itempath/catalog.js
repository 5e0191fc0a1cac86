'use strict';
// The ItemPath resources beyond the first eight (materials, orders, order lines, transactions,
// locations, location contents, stations, warehouses, in index.js), as
// ../shared/vendor-docs/itempath-api-resources.md describes them: paths, documented fields (also
// the filterable ones), which calls each has, create bodies, single-record wrappers. What the docs
// do not say is chosen and marked in sandbox/docs/itempath.md ("Further resources").
const { createRandom } = require('../lib/random');
const { isoDate, DAY } = require('./data');
const { runQuery } = require('./query');

const GUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BASE = Date.UTC(2025, 0, 1);

// Field types: 's' string, 'n' number, 'b' boolean, 'd' datetime, 'j' JSON (not filterable),
// or an array of the documented values (an enumeration).
const f = (spec) => Object.fromEntries(spec.split(/\s+/).filter(Boolean).map((entry) => entry.split(':')));
const PRIORITY = [1, 2, 3, 4];
const DIRECTION = [1, 2, 3, 4, 5, 7];

/**
 * table → { label, single (wrapper key of one record; absent: bare), id ('guid' | 'int'),
 * fields, create?: { required, writable, unique? }, update?: { writable }, remove?: true }.
 */
const CATALOG = {
	access_points: { label: 'Access point', single: 'access_point', id: 'guid', fields: f('id:s name:s storageUnitId:s parameters:s isBlocked:b blockReason:s') },
	calls: { label: 'API call', single: 'call', id: 'guid', fields: f('id:s body:s code:n creationDate:d duration:n endpoint:s error:s response:s username:s userId:s') },
	batches: {
		label: 'Batch',
		single: 'batch',
		id: 'guid',
		fields: { ...f('id:s name:s deadline:d creationDate:d'), priority: PRIORITY, type: [0, 1, 2, 3] },
		create: { required: ['name'], writable: ['name', 'deadline', 'priority', 'type'], unique: 'name', defaults: { priority: 2, type: 1 } },
	},
	bins: { label: 'Bin', single: 'bin', id: 'guid', fields: { ...f('id:s name:s color:n depth:n cellName:s height:n insideDepth:n insideWidth:n width:n xSlots:n ySlots:n'), type: [1, 2, 3, 4, 5] } },
	carriers: { label: 'Carrier', single: 'carrier', id: 'guid', fields: f('id:s name:s blockReason:s isBlockedForPick:b isBlockedForPut:b maxWeight:n number:n') },
	clients: { label: 'Client', single: 'client', id: 'guid', fields: { ...f('id:s name:s description:s address1:s address2:s address3:s address4:s address5:s'), type: [1, 2, 3, 4] } },
	connections: {
		label: 'Connection',
		id: 'int',
		fields: f('id:n appId:n name:s url:s passwordExists:b tokenExists:b isTestable:b authentication:s type:s username:s status:n latestConnection:d creationDate:d lastCheck:d integrationCount:n'),
	},
	cost_centers: {
		label: 'Cost center',
		single: 'cost_center',
		id: 'guid',
		fields: f('id:s name:s creationDate:d description:s type:s'),
		create: { required: ['name'], writable: ['name', 'description'], unique: 'name' },
		update: { writable: ['name', 'description'] },
	},
	images: { label: 'Image', single: 'image', id: 'guid', fields: { ...f('id:s name:s hyperlink:s materialId:s origin:s type:n'), classification: [1, 2, 3, 5] } },
	kits: {
		label: 'Kit',
		single: 'kit',
		id: 'guid',
		fields: f('id:s name:s hasStock:n target:s lines:j'),
		create: { required: ['name', 'lines'], writable: ['name', 'target', 'lines'], unique: 'name' },
	},
	kit_lines: { label: 'Kit line', single: 'kit_line', id: 'guid', fields: f('id:s hasStock:n kitId:s materialId:s materialName:s number:n quantity:n') },
	location_content_breakdowns: {
		label: 'Location content breakdown',
		single: 'location_content_breakdown',
		id: 'guid',
		fields: f('id:s blockReason:s creationDate:d currentQuantity:n dedicatedQuantity:n expiryDate:d productionDate:d releaseDate:d putDate:d isBlocked:b lot:s qualification:s serialNumber:n'),
	},
	material_codes: {
		label: 'Material code',
		single: 'material_code',
		id: 'guid',
		fields: f('id:s name:s materialId:s packSize:n'),
		create: { required: ['name', 'materialId'], writable: ['name', 'materialId', 'packSize'], unique: 'name' },
	},
	material_properties: { label: 'Material property', single: 'material_property', id: 'guid', fields: f('id:s name:s') },
	reports: {
		label: 'Report',
		single: 'report',
		id: 'int',
		fields: { ...f('id:n name:s baseTable:s creationDate:d defaultSnapshotId:s groupColumnId:s sortColumnId:s sortDescending:b table:s userId:s'), reportTypeId: [1, 2], sortDirection: [0, 1] },
	},
	shelves: {
		label: 'Shelf',
		single: 'shelf',
		id: 'guid',
		fields: f('id:s name:s carrierId:s depth:n width:n depthSteps:n widthSteps:n maxHeight:n minHeight:n maxWeight:n number:n sequenceNumber:n xCoordinate:n yCoordinate:n zCoordinate:n zoneId:s'),
	},
	storage_rules: {
		label: 'Storage rule',
		single: 'storage_rule',
		id: 'guid',
		fields: { ...f('id:s name:s description:s isDefaultBin:b maxNumberLocations:n minNumberLocations:n minStockPerBin:n maxStockPerBin:n packSize:n requiredCapacity:n materialId:s binId:s'), packSizeUsageType: [0, 1, 2, 3, 4] },
		create: {
			required: ['materialId', 'binId'],
			writable: ['name', 'description', 'isDefaultBin', 'maxNumberLocations', 'minNumberLocations', 'minStockPerBin', 'maxStockPerBin', 'requiredCapacity', 'materialId', 'binId'],
		},
		update: { writable: ['name', 'description', 'isDefaultBin', 'maxNumberLocations', 'minNumberLocations', 'minStockPerBin', 'maxStockPerBin', 'requiredCapacity', 'materialId', 'binId'] },
		remove: true,
	},
	storage_units: {
		label: 'Storage unit',
		single: 'storage_unit',
		id: 'guid',
		fields: { ...f('id:s name:s description:s depthSteps:n widthSteps:n grossDepth:n grossWidth:n netDepth:n netWidth:n isManualSequenceNumbers:b maxWeight:n warehouseId:s'), type: [1, 2, 3, 4, 5, 6, 7, 8, 9] },
	},
	work_order_lines: {
		label: 'Work order line',
		single: 'work_order_line',
		id: 'guid',
		fields: {
			...f('id:s name:s attributeControl:s batchId:s handlingRank:n handlingUnit:s locationContentBreakdownId:s locationContentId:s locationId:s locationName:s materialId:s orderId:s orderLineId:s orderName:s pickError:s putError:s progressType:n quantity:n storageUnitId:s zoneId:s'),
			directionType: DIRECTION,
		},
		update: { writable: ['batchId', 'handlingRank'] },
	},
	zones: { label: 'Zone', single: 'zone', id: 'guid', fields: { ...f('id:s name:s abcClass:n color:n warehouseId:s'), pickType: [1, 2, 3], putType: [1, 2], type: [1, 2] } },
};

/** The filterable fields of a catalog table (every documented field but JSON ones). */
const filterFields = (table) => Object.entries(CATALOG[table].fields).filter(([, t]) => t !== 'j').map(([name]) => name);

function guidMaker(rnd) {
	return () => {
		const hex = rnd.string(32, '0123456789ABCDEF');
		return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89AB'[rnd.int(0, 3)]}${hex.slice(17, 20)}-${hex.slice(20)}`;
	};
}

/**
 * A few records per table, a pure function of the seed (its own random stream, so the data of
 * index.js stays as it was). `refs` are records of the first eight resources that these point to.
 */
function seedCatalog(seed, { materials, orders, orderLines, warehouses, locations }) {
	const rnd = createRandom(Number(seed) * 7919 + 17);
	const guid = guidMaker(rnd);
	const at = (days) => isoDate(BASE + days * DAY + rnd.int(0, 86399) * 1000);
	const mat = (i) => materials[i];
	const db = {};
	db.storage_units = [1, 2, 3].map((n) => ({
		id: guid(), name: `SU-VLM${n}`, description: `Vertical lift module ${n}`, depthSteps: 8, widthSteps: 16, grossDepth: null, grossWidth: null,
		netDepth: 813, netWidth: 3050, isManualSequenceNumbers: false, maxWeight: 60000000, type: 5, warehouseId: String(warehouses[n - 1].id),
	}));
	db.access_points = db.storage_units.map((su, i) => ({
		id: guid(), name: `AP-${i + 1}`, storageUnitId: su.id, parameters: `AccessPointNumber\\=1;Index\\=${i + 1}`, isBlocked: i === 2, blockReason: i === 2 ? 'Maintenance' : null,
	}));
	db.zones = [['Picking A', 1, 1], ['Putting B', 2, 2], ['Fast movers', 1, 3]].map(([name, type, pickType], i) => ({
		id: guid(), name, abcClass: i, color: [16711680, 65280, 255][i], pickType, putType: type === 2 ? 2 : 1, type, warehouseId: String(warehouses[i].id),
	}));
	db.carriers = ['010', '020', '030'].map((name, i) => ({
		id: guid(), name, blockReason: i === 1 ? 'Jammed' : null, isBlockedForPick: i === 1, isBlockedForPut: false, maxWeight: 250000, number: (i + 1) * 10,
	}));
	db.shelves = [1, 2, 3, 4].map((n) => ({
		id: guid(), name: `TRAY-${String(n).padStart(3, '0')}`, carrierId: db.carriers[(n - 1) % 3].id, depth: 813, width: 3050, depthSteps: 8, widthSteps: 16,
		maxHeight: 200, minHeight: 25, maxWeight: 250000, number: n, sequenceNumber: n, xCoordinate: 0, yCoordinate: 0, zCoordinate: 0, zoneId: db.zones[(n - 1) % 3].id,
	}));
	db.bins = [['BIN-S', 1, 400], ['BIN-M', 1, 800], ['CONT-L', 2, 1600], ['DIV-4', 3, 800]].map(([name, type, width], i) => ({
		id: guid(), name, color: 16777215, depth: 425 * (i + 1), cellName: `A${i + 1}`, height: 75 + i * 25, insideDepth: 405 * (i + 1), insideWidth: width - 20, type, width, xSlots: width / 50, ySlots: 2 * (i + 1),
	}));
	db.clients = [['Acme Industrial', 1], ['Nordic Fasteners', 2], ['Orion Parts', 3]].map(([name, type], i) => ({
		id: guid(), name, description: `${name} consignment stock`, type, address1: `${i + 1} Harbour Road`, address2: null, address3: ['Leeds', 'Oslo', 'Lyon'][i], address4: null, address5: ['UK', 'NO', 'FR'][i],
	}));
	db.connections = [['Power Pick', 'MSSQL', 'Basic Authentication'], ['ERP', 'REST', 'Bearer Token']].map(([name, type, authentication], i) => ({
		id: i + 1, appId: i + 1, name, url: i ? 'https://erp.example/api' : 'mssql://ppg-db:1433', passwordExists: true, tokenExists: i === 1, isTestable: true, authentication, type,
		username: i ? 'erp-api' : 'ppg', status: 1, latestConnection: at(300), creationDate: at(10), lastCheck: at(301), integrationCount: 3 - i,
		latestLog: { id: 100 + i, creationDate: at(301), status: 1, description: 'Connection test passed', error: null, appId: i + 1, integrationId: null, workflowId: null, taskId: null, time: 12 },
	}));
	db.cost_centers = [['CC-100', 'Production line 1', 'Internal'], ['CC-200', 'Maintenance', 'Internal'], ['CC-900', 'Customer returns', 'External']].map(([name, description, type], i) => ({
		id: guid(), name, creationDate: at(20 + i), description, type,
	}));
	db.images = [1, 2, 3].map((n) => ({
		id: guid(), name: `${mat(n - 1).name}-photo`, classification: n === 3 ? 5 : 1, hyperlink: `\\\\files\\images\\${mat(n - 1).name}.jpg`, materialId: String(mat(n - 1).id), origin: `C:\\import\\${mat(n - 1).name}.jpg`, type: 1,
	}));
	db.material_properties = ['BASIC', 'FIFO', 'LOT'].map((name) => ({ id: guid(), name }));
	db.material_codes = [0, 1, 2, 3].map((i) => ({ id: guid(), name: `EAN-40063813339${String(i).padStart(2, '0')}`, materialId: String(mat(i % 2).id), packSize: i === 3 ? 10 : 1 }));
	db.kits = [['KIT-REPAIR', 'Service'], ['KIT-START', 'Assembly']].map(([name, target]) => ({ id: guid(), name, hasStock: 1, target }));
	db.kit_lines = [[0, 0, 2], [0, 1, 4], [1, 2, 1], [1, 3, 10]].map(([k, m, quantity], i) => ({
		id: guid(), hasStock: 1, kitId: db.kits[k].id, materialId: String(mat(m).id), materialName: mat(m).name, number: (i % 2) + 1, quantity,
	}));
	db.location_content_breakdowns = [1, 2, 3, 4].map((n) => ({
		id: guid(), blockReason: n === 4 ? 'Damaged' : null, creationDate: at(100 + n), currentQuantity: 10 * n, dedicatedQuantity: n === 1 ? 5 : 0,
		expiryDate: at(500 + n), productionDate: at(90), releaseDate: at(95), putDate: at(100 + n), isBlocked: n === 4, lot: `LOT-${2025000 + n}`, qualification: n % 2 ? 'A' : 'B', serialNumber: 9000 + n,
	}));
	db.batches = [['BATCH-001', 1], ['BATCH-002', 2], ['BATCH-003', 3]].map(([name, type], i) => ({ id: guid(), name, deadline: at(200 + i), priority: i + 1, type, creationDate: at(190 + i) }));
	db.storage_rules = [0, 1, 2].map((i) => ({
		id: guid(), name: `Rule ${mat(i).name}`, description: `${mat(i).name} in ${db.bins[i].name}`, isDefaultBin: i === 0, maxNumberLocations: 4, minNumberLocations: 1,
		minStockPerBin: 5, maxStockPerBin: 50, packSize: 1, packSizeUsageType: 1, requiredCapacity: 80, materialId: String(mat(i).id), binId: db.bins[i].id,
	}));
	db.work_order_lines = orderLines.slice(0, 4).map((line, i) => {
		const order = orders.find((o) => o.id === line.orderId);
		return {
			id: guid(), name: `${order.name}-${i + 1}`, attributeControl: null, batchId: i < 2 ? db.batches[0].id : null, directionType: order.directionType, handlingRank: i < 2 ? i + 1 : null,
			handlingUnit: null, locationContentBreakdownId: db.location_content_breakdowns[i].id, locationContentId: String(i + 1), locationId: String(locations[i].id), locationName: locations[i].name,
			materialId: String(line.materialId), orderId: String(order.id), orderLineId: String(line.id), orderName: order.name, pickError: null, putError: null, progressType: 1, quantity: line.quantity,
			storageUnitId: db.storage_units[0].id, zoneId: db.zones[0].id,
		};
	});
	db.calls = [['GET /api/materials', 200, null], ['POST /api/orders', 201, null], ['GET /api/orders/99999', 404, 'Order with id 99999 not found'], ['POST /api/orders', 422, 'Order with name ORD-10001 already exists'], ['GET /api/stations', 200, null]].map(
		([endpoint, code, error], i) => ({
			id: guid(), body: endpoint.startsWith('POST') ? '{"name": "ORD-10001"}' : null, code, creationDate: at(280 + i), duration: 40 + 13 * i, endpoint, error,
			response: error ? JSON.stringify({ errors: [{ name: { message: error } }] }) : '{"ok": true}', username: i % 2 ? 'integration' : 'operator', userId: String((i % 2) + 1),
		}),
	);
	db.reports = [['Stock by location', 'LocContent', 1], ['Picks per hour', 'History', 2], ['Open orders', 'MasterOrder', 1]].map(([name, baseTable, reportTypeId], i) => ({
		id: i + 1, name, baseTable, columns: [], creationDate: at(30 + i), defaultSnapshotId: null, favouritedUsers: [1], filters: [], groupColumnId: null, reportTypeId,
		snapshots: [], sortColumnId: null, sortDescending: i === 1, sortDirection: i === 1 ? 1 : 0, table: baseTable, userId: '1',
	}));
	return db;
}

/**
 * Mounts the catalog tables on the ItemPath app, with index.js's routing pieces (`only`, `authed`,
 * `send`, errors); `db()` is the catalog data, `refs()` the first eight resources' data.
 */
function mountCatalog({ app, only, authed, send, HttpError, fieldError, now, db, refs, notFound }) {
	const newId = guidMaker(createRandom(4242));
	for (const [table, spec] of Object.entries(CATALOG)) {
		const fields = filterFields(table);
		const wrap = (record) => (spec.single ? { [spec.single]: record } : record);
		const serialize = (record) => (table === 'kits' ? { ...record, lines: db().kit_lines.filter((l) => l.kitId === record.id) } : record);
		const missing = (id) => new HttpError(404, { message: `${spec.label} with id ${id} not found` });
		const idOk = (id) => (spec.id === 'int' ? /^\d+$/.test(id) : GUID_RE.test(id));
		const find = (id) => db()[table].find((r) => String(r.id).toLowerCase() === String(id).toLowerCase());

		function value(field, v) {
			const type = spec.fields[field];
			if (v === null) return null;
			if (Array.isArray(type)) {
				const n = Number(v);
				if (!type.includes(n)) throw fieldError(400, field, `Must be one of: ${type.join(', ')}.`);
				return n;
			}
			if (type === 'n') {
				const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
				if (typeof n !== 'number' || !Number.isFinite(n)) throw fieldError(400, field, 'Not a valid number.');
				return n;
			}
			if (type === 'b') {
				if (v === true || v === 1 || v === '1' || v === 'true') return true;
				if (v === false || v === 0 || v === '0' || v === 'false') return false;
				throw fieldError(400, field, 'Not a valid boolean.');
			}
			if (type === 'd') {
				const t = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(v) || /^\d{4}-\d\d-\d\d$/.test(v) ? v : `${v}Z`);
				if (Number.isNaN(t)) throw fieldError(400, field, 'Not a valid datetime.');
				return isoDate(t);
			}
			if (type === 'j') return v;
			if (typeof v !== 'string' && typeof v !== 'number') throw fieldError(400, field, 'Not a valid string.');
			return String(v);
		}
		function fieldsOf(body, writable) {
			return Object.fromEntries(writable.filter((k) => k in body).map((k) => [k, value(k, body[k])]));
		}
		function checkReferences(record) {
			if ('materialId' in record && record.materialId !== null && !refs().materials.some((m) => String(m.id) === String(record.materialId))) {
				throw fieldError(400, 'materialId', `Material ${record.materialId} does not exist`);
			}
			if (table === 'storage_rules' && record.binId !== null && record.binId !== undefined && !db().bins.some((b) => b.id === record.binId)) {
				throw fieldError(400, 'binId', `Bin ${record.binId} does not exist`);
			}
			if (table === 'work_order_lines' && record.batchId && !db().batches.some((b) => b.id === record.batchId)) {
				throw fieldError(400, 'batchId', `Batch ${record.batchId} does not exist`);
			}
		}
		function unique(record, selfId) {
			const key = spec.create?.unique;
			if (!key || record[key] === undefined) return;
			const taken = db()[table].some((r) => r.id !== selfId && String(r[key]) === String(record[key]))
				|| (table === 'material_codes' && refs().materials.some((m) => m.name === record.name));
			if (taken) throw fieldError(422, key, `${spec.label} with ${key} ${record[key]} already exists`);
		}

		function create(body) {
			const { required, writable, defaults = {} } = spec.create;
			for (const k of required) {
				if (body[k] === undefined || body[k] === null || body[k] === '') throw fieldError(400, k, 'Missing data for required field.');
			}
			const given = fieldsOf(body, writable);
			const record = { id: null, ...Object.fromEntries(Object.keys(spec.fields).map((k) => [k, null])), ...defaults, ...given };
			if ('creationDate' in spec.fields) record.creationDate = isoDate(now());
			checkReferences(record);
			unique(record);
			record.id = spec.id === 'int' ? Math.max(0, ...db()[table].map((r) => r.id)) + 1 : newId();
			if (table === 'kits') {
				// A kit needs at least one kit line: { materialId, quantity > 0, number? } (Doc).
				const lines = body.lines;
				if (!Array.isArray(lines) || lines.length === 0) throw fieldError(400, 'lines', 'A kit requires at least one kit line.');
				const made = lines.map((l, i) => {
					const material = l && refs().materials.find((m) => String(m.id) === String(l.materialId));
					if (!material) throw fieldError(400, `lines.${i}.materialId`, 'Material does not exist');
					if (!(Number(l.quantity) > 0)) throw fieldError(400, `lines.${i}.quantity`, 'Must be a number greater than 0.');
					return { id: newId(), hasStock: 0, kitId: record.id, materialId: String(material.id), materialName: material.name, number: l.number ?? i + 1, quantity: Number(l.quantity) };
				});
				delete record.lines;
				record.hasStock = 0;
				db().kit_lines.push(...made);
			}
			db()[table].push(record);
			return record;
		}
		function update(record, body) {
			const changes = fieldsOf(body, spec.update.writable);
			const merged = { ...record, ...changes };
			checkReferences(merged);
			unique(merged, record.id);
			Object.assign(record, changes);
			return record;
		}

		const collection = ['GET', ...(spec.create ? ['POST'] : [])];
		app.all(`/api/${table}`, only(...collection), authed('access'), (req, res) =>
			send(res, () => {
				if (req.method === 'POST') return { status: 201, body: wrap(serialize(create(req.body || {}))) };
				return runQuery(db()[table], req.query, { key: table, fields, now: now(), serialize });
			}),
		);
		const single = ['GET', ...(spec.update ? ['POST', 'PUT'] : []), ...(spec.remove ? ['DELETE'] : [])];
		app.all(`/api/${table}/:id`, (req, res, next) => (idOk(req.params.id) ? next() : res.status(404).json(notFound)), only(...single), authed('access'), (req, res) =>
			send(res, () => {
				const record = find(req.params.id);
				if (!record) throw missing(req.params.id);
				if (req.method === 'POST' || req.method === 'PUT') return { body: wrap(serialize(update(record, req.body || {}))) };
				if (req.method === 'DELETE') {
					db()[table] = db()[table].filter((r) => r !== record);
					return { body: wrap(serialize(record)) };
				}
				return { body: wrap(serialize(record)) };
			}),
		);
	}
}

module.exports = { CATALOG, seedCatalog, mountCatalog, filterFields };
