'use strict';
// ItemPath (Kardex Power Pick) API simulator. See sandbox/docs/itempath.md for what is
// documented by the vendor and what is our choice.
const selfsigned = require('selfsigned');
const { createVendorApp } = require('../lib/vendor-app');
const { createAuth, HttpError } = require('./auth');
const { seedData, isoDate, microDate, transactionDetails, transactionExtras, NEW_MATERIAL, NEW_ORDER, NEW_LINE, DIRECTIONS } = require('./data');
const { runQuery, WORD_TO_DIRECTION } = require('./query');
const { attachDataPush } = require('./datapush');
const { seedCatalog, mountCatalog } = require('./catalog');

const INFO = ['Info1', 'Info2', 'Info3', 'Info4', 'Info5'];
const STAMPS = ['creationDate', 'modifiedDate'];
// Field lists (also the filterable fields) and which calls each resource supports.
const RESOURCES = {
	materials: {
		label: 'Material',
		writable: true,
		fields: ['id', 'name', 'description', ...INFO, 'unitOfMeasure', ...STAMPS, 'blockReason', 'canOrderPoint', 'codes', 'currentQuantity', 'currentValue', 'expectedQuantity', 'isBlocked', 'isCounted', 'locationCount', 'materialPropertyId', 'netQuantity', 'pickQuantity', 'putQuantity', 'reOrderPoint', 'valuePerUnit', 'weightPerUnit'],
	},
	orders: {
		label: 'Order',
		writable: true,
		fields: ['id', 'name', 'directionType', 'priority', 'deadline', 'status', ...INFO, 'warehouseName', ...STAMPS, 'countEmptyLocations', 'initialHandlingUnit', 'recipient', 'hasStock', 'incompleteAllocations', 'stationName', 'unit', 'storageUnits'],
	},
	order_lines: {
		label: 'Order line',
		writable: true,
		fields: [
			'id', 'orderId', 'orderName', 'materialId', 'materialName', 'quantity', 'quantityConfirmed', ...INFO, ...STAMPS,
			'lot', 'number', 'costCenterName', 'directionType', 'expiryDate', 'hasStock', 'hostIdentification', 'incompleteAllocations', 'owner', 'productionDate', 'progressType',
			'quantityRequested', 'quantityDeviated', 'serialNumber', 'pickLocation', 'pickBinName', 'putLocation', 'putBinName', 'putHeight', 'putDate', 'qualification', 'releaseDate', 'status', 'storageUnits',
		],
	},
	transactions: {
		label: 'Transaction',
		updatable: true,
		fields: [
			'id', 'orderName', 'orderLineId', 'directionType', 'materialName', 'quantityRequested', 'quantityConfirmed', 'locationName', 'warehouseName', 'stationName', 'userName', 'creationDate',
			'type', 'motiveType', 'exportStateType', 'orderId', 'number', 'quantityDeviated', 'storageUnitName', 'reasonCode', 'batchName', 'binName', 'carrierName', 'expiryDate', 'handlingUnit', 'lot', 'materialInfo1',
		],
	},
	locations: {
		label: 'Location',
		fields: [
			'id', 'name', 'warehouseName', 'storageUnitName', 'shelf', 'position', ...STAMPS, 'binDepth', 'binWidth', 'binId', 'currentQuantity', 'depth', 'expectedQuantity', 'fillLevel',
			'isCounted', 'isMarkedFull', 'orientation', 'quantity', 'shelfId', 'type', 'typeDescription', 'width', 'xCoordinate', 'yCoordinate', 'orientationType',
		],
	},
	location_contents: {
		label: 'Location content',
		fields: [
			'id', 'locationId', 'locationName', 'materialId', 'materialName', 'warehouseName', 'currentQuantity', ...STAMPS,
			'binId', 'carrierId', 'countingCycle', 'countDate', 'nextCountDate', 'isCounted', 'storageUnitId', 'storageUnitName', 'type', 'typeDescription',
		],
	},
	stations: { label: 'Station', fields: ['id', 'name', 'warehouseName', 'status', ...STAMPS] },
	warehouses: { label: 'Warehouse', fields: ['id', 'name', 'description', ...STAMPS, 'address1', 'address2', 'address3', 'address4', 'address5'] },
};
const NOT_FOUND = { message: 'The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.' };
const NOT_ALLOWED = { message: 'The method is not allowed for the requested URL.' };

const fieldError = (status, field, message) => new HttpError(status, { errors: [{ [field]: { message } }] });
const text = (v) => (v === undefined || v === null || v === '' ? null : String(v));

async function create({ seed = 42 } = {}) {
	// Werkzeug's TooManyRequests / ServiceUnavailable as ItemPath's JSON error handler answers
	// them (inferred, see docs/itempath.md, "Throttling").
	const { app, admin } = createVendorApp('itempath', {
		presets: {
			throttle: { status: 429, body: { message: 'This user has exceeded an allotted request count. Try again later.' } },
			unavailable: {
				status: 503,
				body: { message: 'The server is temporarily unable to service your request due to maintenance downtime or capacity problems. Please try again later.' },
			},
		},
	});
	const auth = createAuth(admin);
	const settings = { verifySeconds: 5, shuffle: false };
	let db;
	let pending; // orders awaiting Power Pick verification: order -> { at, verdict }
	let lastIds; // table -> last id handed out (ids are never reused, like an identity column)
	let catalog; // the further resources (catalog.js)
	const reset = () => {
		db = seedData(seed);
		catalog = seedCatalog(seed, { materials: db.materials, orders: db.orders, orderLines: db.order_lines, warehouses: db.warehouses, locations: db.locations });
		pending = new Map();
		lastIds = Object.fromEntries(Object.entries(db).map(([t, rows]) => [t, rows.length ? rows[rows.length - 1].id : 0]));
	};
	reset();
	const now = () => admin.now();
	const nextId = (table) => ++lastIds[table];
	const byName = (table, name) => db[table].find((r) => r.name === name);

	// Power Pick verifies new orders asynchronously: "Queued" until verifySeconds of vendor
	// clock have passed, then "Ready" (or "Error" when a line names an unknown material).
	function settleOrders() {
		for (const [order, job] of pending) {
			if (now() < job.at) continue;
			order.status = job.verdict();
			order.modifiedDate = isoDate(job.at);
			pending.delete(order);
		}
	}

	// Embeds each order's lines (grouped once per response).
	function orderSerializer() {
		const lines = new Map();
		for (const l of db.order_lines) lines.set(l.orderId, [...(lines.get(l.orderId) || []), l]);
		return (o) => ({ ...o, order_lines: lines.get(o.id) || [] });
	}

	// ---- validation shared by create and update ----
	function directionOf(v) {
		if (v === undefined) return undefined;
		const n = typeof v === 'string' && WORD_TO_DIRECTION[v.trim().toLowerCase()] ? WORD_TO_DIRECTION[v.trim().toLowerCase()] : Number(v);
		if (!DIRECTIONS[n]) throw fieldError(400, 'directionType', 'Must be one of 1 (put), 2 (pick), 3 (return), 4 (transport), 5 (count), 7 (production) or the word.');
		return n;
	}
	function priorityOf(v) {
		if (v === undefined) return undefined;
		const n = Number(v);
		if (!Number.isInteger(n) || n < 1 || n > 4) throw fieldError(400, 'priority', 'Must be between 1 and 4.');
		return n;
	}
	function dateOf(field, v) {
		if (v === undefined || v === null || v === '') return v === undefined ? undefined : null;
		const t = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(v) || /^\d{4}-\d\d-\d\d$/.test(v) ? v : `${v}Z`);
		if (Number.isNaN(t)) throw fieldError(400, field, 'Not a valid datetime.');
		return isoDate(t);
	}
	function warehouseOf(v) {
		if (v === undefined || v === null) return v;
		if (!byName('warehouses', v)) throw fieldError(400, 'warehouseName', `Warehouse ${v} does not exist`);
		return v;
	}
	function quantityOf(field, v) {
		const n = Number(v);
		if (v === null || v === '' || !(n > 0)) throw fieldError(400, field, 'Must be a number greater than 0.');
		return n;
	}
	function requiredName(field, v) {
		if (typeof v !== 'string' || !v.trim()) throw fieldError(400, field, 'Missing data for required field.');
		return v;
	}
	const infoOf = (body) => Object.fromEntries(INFO.filter((k) => k in body).map((k) => [k, text(body[k])]));
	const defined = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
	function uniqueName(table, label, name, selfId) {
		const other = byName(table, name);
		if (other && other.id !== selfId) throw fieldError(422, 'name', `${label} with name ${name} already exists`);
	}

	// ---- per-resource writes: (body, existing?) -> record ----
	function writeMaterial(body, existing) {
		const name = existing && body.name === undefined ? existing.name : requiredName('name', body.name);
		uniqueName('materials', 'Material', name, existing?.id);
		return defined({
			name,
			description: 'description' in body ? text(body.description) : undefined,
			...infoOf(body),
			unitOfMeasure: 'unitOfMeasure' in body ? text(body.unitOfMeasure) : undefined,
			codes: codesOf(body.codes),
			materialPropertyId: 'materialPropertyId' in body ? text(body.materialPropertyId) : undefined,
			reOrderPoint: numberOf('reOrderPoint', body.reOrderPoint),
		});
	}
	// Documented writable material fields: `codes` an array of codes, `reOrderPoint` a number (≥ 0).
	function codesOf(v) {
		if (v === undefined) return undefined;
		if (!Array.isArray(v) || v.some((c) => typeof c !== 'string' || !c.trim())) throw fieldError(400, 'codes', 'Must be a list of codes.');
		return v;
	}
	function numberOf(field, v) {
		if (v === undefined) return undefined;
		const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
		if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) throw fieldError(400, field, 'Not a valid number.');
		return n;
	}
	function flagOf(field, v) {
		if (v === undefined) return undefined;
		if (v === true || v === 1 || v === 'true' || v === '1') return true;
		if (v === false || v === 0 || v === 'false' || v === '0') return false;
		throw fieldError(400, field, 'Not a valid boolean.');
	}
	// Order line fields; creating requires materialName and a positive quantity; `lot` and `number` optional.
	function lineFields(body, prefix, creating) {
		const out = infoOf(body);
		if ('lot' in body) out.lot = text(body.lot);
		if (creating && body.number !== undefined) {
			const n = Number(body.number);
			if (body.number === null || body.number === '' || !Number.isInteger(n) || n < 1) throw fieldError(400, `${prefix}number`, 'Must be a whole number greater than 0.');
			out.number = n;
		}
		if (creating || body.materialName !== undefined) {
			out.materialName = requiredName(`${prefix}materialName`, body.materialName);
			// Lines may name a material Power Pick does not know yet; verification catches it.
			out.materialId = byName('materials', out.materialName)?.id ?? null;
		}
		if (creating || body.quantity !== undefined) out.quantity = quantityOf(`${prefix}quantity`, body.quantity);
		return out;
	}
	function writeOrder(body, existing) {
		const name = existing && body.name === undefined ? existing.name : requiredName('name', body.name);
		const fields = defined({
			name,
			directionType: directionOf(body.directionType),
			priority: priorityOf(body.priority),
			deadline: dateOf('deadline', body.deadline),
			...infoOf(body),
			warehouseName: warehouseOf(body.warehouseName),
			countEmptyLocations: flagOf('countEmptyLocations', body.countEmptyLocations),
			initialHandlingUnit: 'initialHandlingUnit' in body ? text(body.initialHandlingUnit) : undefined,
			recipient: 'recipient' in body ? text(body.recipient) : undefined,
		});
		if (!existing) {
			// Creating requires at least one order line (400 otherwise).
			const lines = body.order_lines;
			if (!Array.isArray(lines) || lines.length === 0) throw fieldError(400, 'order_lines', 'An order requires at least one order line.');
			fields.lines = lines.map((l, i) => {
				const prefix = `order_lines.${i}.`;
				if (!l || typeof l !== 'object') throw fieldError(400, `order_lines.${i}`, 'Not a valid object.');
				return lineFields(l, prefix, true);
			});
		}
		uniqueName('orders', 'Order', name, existing?.id);
		return fields;
	}
	function writeOrderLine(body, existing) {
		let order;
		if (!existing) {
			order = body.orderId !== undefined ? db.orders.find((o) => o.id === Number(body.orderId)) : body.orderName !== undefined ? byName('orders', body.orderName) : undefined;
			if (!order) throw fieldError(400, 'orderId', body.orderId === undefined && body.orderName === undefined ? 'Missing data for required field.' : 'Order does not exist');
		}
		const fields = lineFields(body, '', !existing);
		if (order && fields.number !== undefined && db.order_lines.some((l) => l.orderId === order.id && l.number === fields.number)) {
			throw fieldError(422, 'number', `Order line with number ${fields.number} already exists in order ${order.name}`);
		}
		return order ? { orderId: order.id, orderName: order.name, directionType: order.directionType, ...fields } : fields;
	}
	// Transactions: only exportStateType changes, after an export (Doc: 2 ready → 4 exported).
	function writeTransaction(body) {
		if (body.exportStateType === undefined) return {};
		const n = Number(body.exportStateType);
		if (body.exportStateType === null || !Number.isInteger(n) || n < 0 || n > 6) throw fieldError(400, 'exportStateType', 'Must be one of 0, 1, 2, 3, 4, 5, 6.');
		return { exportStateType: n };
	}
	const WRITERS = { materials: writeMaterial, orders: writeOrder, order_lines: writeOrderLine, transactions: writeTransaction };

	function insert(table, fields) {
		const stamp = isoDate(now());
		const record = { id: nextId(table) };
		for (const f of RESOURCES[table].fields) if (f !== 'id') record[f] = fields[f] ?? null;
		record.creationDate = record.modifiedDate = stamp;
		db[table].push(record);
		return record;
	}

	// A new line: quantityConfirmed 0, requested = quantity, its number the next free one in its order (Doc: generated if omitted).
	function newLine(fields) {
		const taken = db.order_lines.filter((l) => l.orderId === fields.orderId).map((l) => l.number ?? 0);
		return { ...NEW_LINE, storageUnits: [], quantityConfirmed: 0, quantityRequested: fields.quantity, number: Math.max(0, ...taken) + 1, ...fields };
	}

	function createRecord(table, body) {
		const fields = WRITERS[table](body);
		if (table === 'order_lines') return insert(table, newLine(fields));
		if (table === 'materials') return insert(table, { ...NEW_MATERIAL, codes: [], ...fields });
		if (table !== 'orders') return insert(table, fields);
		const order = insert('orders', { ...NEW_ORDER, storageUnits: [], directionType: 2, priority: 2, status: 'Queued', ...fields });
		for (const l of fields.lines) insert('order_lines', newLine({ ...l, orderId: order.id, orderName: order.name, directionType: order.directionType }));
		pending.set(order, {
			at: now() + settings.verifySeconds * 1000,
			verdict: () => (db.order_lines.every((l) => l.orderId !== order.id || byName('materials', l.materialName)) ? 'Ready' : 'Error'),
		});
		return orderSerializer()(order);
	}

	function updateRecord(table, record, body) {
		const fields = WRITERS[table](body, record);
		delete fields.lines;
		// Transactions have no modifiedDate (History rows keep their creationDate).
		Object.assign(record, fields, table === 'transactions' ? {} : { modifiedDate: isoDate(now()) });
		// Keep denormalised names in step with a renamed order.
		if (table === 'orders') for (const l of db.order_lines) if (l.orderId === record.id) l.orderName = record.name;
		return table === 'orders' ? orderSerializer()(record) : record;
	}

	function deleteRecord(table, record) {
		const out = table === 'orders' ? orderSerializer()(record) : record;
		db[table] = db[table].filter((r) => r !== record);
		if (table === 'orders') {
			db.order_lines = db.order_lines.filter((l) => l.orderId !== record.id);
			pending.delete(record);
		}
		return out;
	}

	// Lists come in id order, unless the shuffled list order is on: then in an order that is
	// stable from page to page but unrelated to ids or times (like SQL without ORDER BY).
	const scramble = (id) => {
		let h = Number(id) * 2654435761;
		h = (h ^ (h >>> 16)) >>> 0;
		return Math.imul(h, 2246822507) >>> 0;
	};
	const listOrder = (rows) => (settings.shuffle ? [...rows].sort((a, b) => scramble(a.id) - scramble(b.id) || a.id - b.id) : rows);

	// A transaction as Power Pick writes it when a pick, put or count is confirmed (the API cannot
	// create transactions; only this admin call does). `creationDate` is the vendor clock unless given.
	function appendTransaction(fields, creationDate, salt) {
		const line = db.order_lines[(lastIds.transactions + salt) % db.order_lines.length];
		const order = line && db.orders.find((o) => o.id === line.orderId);
		const location = db.locations[(lastIds.transactions * 7 + salt) % db.locations.length];
		const id = nextId('transactions');
		const base = {
			id,
			orderName: order?.name ?? null,
			orderLineId: line?.id ?? null,
			directionType: order?.directionType ?? 2,
			materialName: line?.materialName ?? null,
			quantityRequested: line?.quantity ?? 1,
			quantityConfirmed: line?.quantity ?? 1,
			locationName: location?.name ?? null,
			warehouseName: location?.warehouseName ?? null,
			stationName: null,
			userName: 'operator',
			creationDate,
		};
		const material = line && byName('materials', line.materialName);
		Object.assign(base, transactionDetails({ ...base, orderId: order?.id }, id), transactionExtras(base, line, material), fields, { id, creationDate: fields.creationDate ?? creationDate });
		const record = {};
		for (const f of RESOURCES.transactions.fields) record[f] = base[f] ?? null;
		db.transactions.push(record);
		return record;
	}

	// ---- HTTP ----
	const send = (res, fn) => {
		try {
			const { status = 200, body } = fn();
			res.status(status).json(body);
		} catch (error) {
			if (!(error instanceof HttpError)) throw error;
			res.status(error.status).json(error.body);
		}
	};
	// Flask answers 405 (with Allow) before authentication, OPTIONS automatically.
	const only = (...methods) => (req, res, next) => {
		const allow = [...methods, ...(methods.includes('GET') ? ['HEAD'] : []), 'OPTIONS'].join(', ');
		if (req.method === 'OPTIONS') return res.set('Allow', allow).status(200).end();
		if (methods.includes(req.method) || (req.method === 'HEAD' && methods.includes('GET'))) return next();
		res.set('Allow', allow).status(405).json(NOT_ALLOWED);
	};
	const authed = (kind) => (req, res, next) => {
		try {
			req.claims = auth.verify(req, kind);
			next();
		} catch (error) {
			res.status(error.status).json(error.body);
		}
	};

	app.all('/api/users/login', only('POST'), (req, res) => send(res, () => ({ body: auth.login(req.body) })));
	app.all('/api/users/refresh', only('GET', 'POST'), (req, res) => send(res, () => ({ body: auth.refresh(req) })));
	app.all('/api/users/application-token', only('POST'), (req, res) => send(res, () => ({ body: auth.applicationToken(req) })));

	for (const [table, spec] of Object.entries(RESOURCES)) {
		const find = (id) => db[table].find((r) => r.id === Number(id));
		const serialize = (r) => (table === 'orders' ? orderSerializer()(r) : r);
		const missing = (id) => new HttpError(404, { message: `${spec.label} with id ${id} not found` });

		app.all(`/api/${table}`, only('GET', ...(spec.writable ? ['POST'] : [])), authed('access'), (req, res) =>
			send(res, () => {
				settleOrders();
				if (req.method === 'POST') return { status: 201, body: createRecord(table, req.body || {}) };
				const ser = table === 'orders' ? orderSerializer() : undefined;
				return runQuery(listOrder(db[table]), req.query, { key: table, fields: spec.fields, now: now(), serialize: ser });
			}),
		);
		// Like Flask's <int:id> converter, a non-numeric id is an unknown URL (404 before auth).
		app.all(`/api/${table}/:id`, (req, res, next) => (/^\d+$/.test(req.params.id) ? next() : res.status(404).json(NOT_FOUND)),
			only('GET', ...(spec.writable ? ['POST', 'PUT', 'DELETE'] : spec.updatable ? ['POST', 'PUT'] : [])), authed('access'), (req, res) =>
				send(res, () => {
					settleOrders();
					const record = find(req.params.id);
					if (!record) throw missing(req.params.id);
					// Update is POST in the reference, PUT in the course and client code: both (inferred).
					if (req.method === 'POST' || req.method === 'PUT') return { body: updateRecord(table, record, req.body || {}) };
					if (req.method === 'DELETE') return { body: deleteRecord(table, record) };
					return { body: serialize(record) };
				}),
		);
	}

	mountCatalog({ app, only, authed, send, HttpError, fieldError, now, db: () => catalog, refs: () => db, notFound: NOT_FOUND });

	app.use((_req, res) => res.status(404).json(NOT_FOUND));
	// Malformed JSON bodies: Werkzeug's 400.
	app.use((error, _req, res, _next) => {
		const status = error.status || error.statusCode || 500;
		res.status(status).json(status === 400
			? { message: 'The browser (or proxy) sent a request that this server could not understand.' }
			: { message: 'The server encountered an internal error and was unable to complete your request.' });
	});

	// ---- admin controls specific to ItemPath (lifetimes and revoke-tokens live in auth.js) ----
	admin.hooks['verify-delay'] = (body) => {
		if (body.seconds !== undefined) settings.verifySeconds = Number(body.seconds);
		return { ...settings };
	};
	// body: { records: [{...fields}] | count: N, creationDate?: 'YYYY-MM-DDTHH:MM:SS[.ffffff]' }
	admin.hooks.transactions = (body) => {
		const records = Array.isArray(body.records) ? body.records : Array.from({ length: Number(body.count ?? 1) }, () => ({}));
		if (records.length > 100000) throw new Error('at most 100000 transactions per call');
		const at = body.creationDate === undefined ? microDate(now()) : dateOf('creationDate', body.creationDate) && String(body.creationDate);
		const made = records.map((fields, i) => appendTransaction(fields || {}, at, i));
		admin.count('transactionsAppended', made.length);
		return { count: made.length, transactions: made };
	};
	// body: { shuffle: true|false }
	admin.hooks['list-order'] = (body) => {
		settings.shuffle = body.shuffle === true;
		return { shuffle: settings.shuffle };
	};
	// ItemPath's Data Push app: pushes new transactions to configured endpoints (datapush.js).
	attachDataPush({ admin, transactions: () => db.transactions, append: (fields, i) => appendTransaction(fields, fields.creationDate ?? microDate(now()), i) });
	admin.hooks['reset-data'] = () => {
		reset();
		return { ok: true };
	};

	// Self-hosted ItemPath usually runs HTTPS with a self-signed certificate.
	const pems = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
		keySize: 2048,
		algorithm: 'sha256',
		extensions: [
			{ name: 'basicConstraints', cA: false },
			{ name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
			{ name: 'extKeyUsage', serverAuth: true },
			{ name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }] },
		],
	});
	admin.router.get('/certificate', (_req, res) => res.type('application/x-pem-file').send(pems.cert));

	return { app, admin, tls: { key: pems.private, cert: pems.cert }, users: auth.users };
}

module.exports = { create, RESOURCES };
