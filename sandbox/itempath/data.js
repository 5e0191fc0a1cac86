'use strict';
// Deterministic seeded data for the ItemPath simulator. Everything here is a pure function of
// the seed: timestamps are spread over 2025 from a fixed base, never taken from the clock.
const { createRandom } = require('../lib/random');

const DAY = 86400000;
const BASE = Date.UTC(2025, 0, 1);
// Power Pick direction types (the API accepts the number or the word).
const DIRECTIONS = { 1: 'put', 2: 'pick', 3: 'return', 4: 'transport', 5: 'count', 7: 'production' };

// Power Pick stores datetimes without a zone; the simulator treats them as UTC.
const isoDate = (ms) => new Date(ms).toISOString().slice(0, 19);
// Transactions carry microseconds, as in the docs (`2021-11-22T19:11:45.590000`); `salt` fills the
// digits below the millisecond so that two rows rarely share a time by accident.
const microDate = (ms, salt = 0) => `${new Date(ms).toISOString().slice(0, 23)}${String(salt % 1000).padStart(3, '0')}`;

// History types (the transaction `type`): order picks and puts from the order's direction.
const HISTORY_TYPE_OF_DIRECTION = { 1: 3, 2: 4, 3: 3, 4: 5, 5: 9, 7: 13 };
// The fields the docs list for a transaction besides the seeded ones (motiveType 0 = normal,
// exportStateType 2 = ready to export; storage unit from the location name).
function transactionDetails(t, i) {
	return {
		type: HISTORY_TYPE_OF_DIRECTION[t.directionType] ?? 1,
		motiveType: 0,
		exportStateType: 2,
		orderId: t.orderId ?? null,
		number: i,
		quantityDeviated: (t.quantityRequested ?? 0) - (t.quantityConfirmed ?? 0),
		storageUnitName: t.locationName ? String(t.locationName).split('-').slice(0, 2).join('-') : null,
		reasonCode: null,
	};
}

// The Materials page's stock and planning fields (§3.15), for seeded materials: quantities derived
// from the location contents and the open order lines, the rest from a random stream of their own,
// so the seeded data above stays as it was. Open lines are those of orders not yet processed;
// picks (direction 2) and puts (direction 1) count what is still to be confirmed.
const BLOCK_REASONS = ['Damaged', 'Quality check', 'Recall'];
function materialStock(seed, { materials, locationContents, orders, orderLines }) {
	const rnd = createRandom(Number(seed) * 6151 + 29);
	const byId = new Map(materials.map((m) => [m.id, { currentQuantity: 0, locationCount: 0, pickQuantity: 0, putQuantity: 0 }]));
	for (const c of locationContents) {
		const s = byId.get(c.materialId);
		s.currentQuantity += c.currentQuantity;
		s.locationCount += 1;
	}
	for (const l of orderLines) {
		const order = orders[l.orderId - 1];
		if (order.status === 'Processed') continue;
		const open = l.quantity - l.quantityConfirmed;
		if (order.directionType === 2) byId.get(l.materialId).pickQuantity += open;
		if (order.directionType === 1) byId.get(l.materialId).putQuantity += open;
	}
	for (const m of materials) {
		const s = byId.get(m.id);
		const valuePerUnit = rnd.int(5, 25000) / 100;
		const reOrderPoint = rnd.int(0, 20) * 10;
		const blocked = rnd.next() < 0.03;
		Object.assign(m, {
			blockReason: blocked ? rnd.pick(BLOCK_REASONS) : null,
			canOrderPoint: reOrderPoint * 2,
			codes: [],
			currentQuantity: s.currentQuantity,
			currentValue: Math.round(s.currentQuantity * valuePerUnit * 100) / 100,
			expectedQuantity: s.currentQuantity + s.putQuantity,
			isBlocked: blocked ? 1 : 0,
			isCounted: rnd.next() < 0.6,
			locationCount: s.locationCount,
			materialPropertyId: null,
			netQuantity: s.currentQuantity + s.putQuantity - s.pickQuantity,
			pickQuantity: s.pickQuantity,
			putQuantity: s.putQuantity,
			reOrderPoint,
			valuePerUnit,
			weightPerUnit: rnd.int(1, 5000) / 1000,
		});
	}
}
// The further documented fields of locations (§3.12), location contents (§3.13), orders (§3.18),
// order lines (§3.19) and transactions (§3.28) for the seeded records: derived from the records
// or drawn from a random stream of their own, so the seeded values above stay as they were.
const LOCATION_TYPES = { 1: 'Bin', 2: 'Container', 3: 'Divisible Bin', 4: 'Cell', 5: 'Free space' };
const CONTENT_TYPES = { 1: 'Permanent', 2: 'Temporary' };
const LINE_STATUS = { Ready: 'queued', 'In Process': 'in process', Processed: 'processed' };
const guidOf = (rnd) => {
	const hex = rnd.string(32, '0123456789ABCDEF');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89AB'[rnd.int(0, 3)]}${hex.slice(17, 20)}-${hex.slice(20)}`;
};
// A transaction's carrier (tray): its location name without the bin position (`MAIN-VLM1-03`).
const carrierOf = (locationName) => (locationName ? String(locationName).split('-').slice(0, 3).join('-') : null);
function furtherDetails(seed, { materials, locations, locationContents, orders, orderLines, transactions, stations }) {
	const rnd = createRandom(Number(seed) * 7727 + 41);
	const guids = new Map();
	const guid = (key) => {
		if (!guids.has(key)) guids.set(key, guidOf(rnd));
		return guids.get(key);
	};
	const contentsAt = new Map();
	for (const c of locationContents) contentsAt.set(c.locationId, [...(contentsAt.get(c.locationId) || []), c]);
	for (const loc of locations) {
		const here = contentsAt.get(loc.id) || [];
		const currentQuantity = here.reduce((sum, c) => sum + c.currentQuantity, 0);
		const type = rnd.pick([1, 1, 1, 2, 3]);
		const orientation = rnd.next() < 0.85 ? 1 : rnd.int(2, 4);
		const capacity = rnd.int(8, 30) * 100;
		const fillLevel = Math.min(100, Math.round((currentQuantity / capacity) * 100));
		Object.assign(loc, {
			binDepth: rnd.int(2, 6) * 100,
			binWidth: rnd.int(1, 4) * 100,
			binId: guid(`bin-${type}`),
			currentQuantity,
			depth: 600,
			expectedQuantity: currentQuantity,
			fillLevel,
			isCounted: rnd.next() < 0.7,
			isMarkedFull: fillLevel >= 100 ? 1 : 0,
			orientation,
			quantity: here.length,
			shelfId: guid(`shelf-${loc.storageUnitName}-${loc.shelf}`),
			type,
			typeDescription: LOCATION_TYPES[type],
			width: 400,
			xCoordinate: (loc.position - 1) * 400,
			yCoordinate: loc.shelf,
			orientationType: orientation,
		});
	}
	const locationById = new Map(locations.map((l) => [l.id, l]));
	for (const c of locationContents) {
		const loc = locationById.get(c.locationId);
		const countingCycle = rnd.pick([30, 90, 180, 365]);
		const counted = Date.parse(`${c.creationDate}Z`) + rnd.int(0, 60) * DAY;
		const type = rnd.next() < 0.9 ? 1 : 2;
		Object.assign(c, {
			binId: loc.binId,
			carrierId: guid(`carrier-${loc.storageUnitName}-${loc.shelf}`),
			countingCycle,
			countDate: isoDate(counted),
			nextCountDate: isoDate(counted + countingCycle * DAY),
			isCounted: loc.isCounted,
			storageUnitId: guid(`unit-${loc.storageUnitName}`),
			storageUnitName: loc.storageUnitName,
			type,
			typeDescription: CONTENT_TYPES[type],
		});
	}
	const materialById = new Map(materials.map((m) => [m.id, m]));
	const linesOf = new Map();
	for (const l of orderLines) linesOf.set(l.orderId, [...(linesOf.get(l.orderId) || []), l]);
	for (const order of orders) {
		const lines = linesOf.get(order.id) || [];
		lines.forEach((l, k) => {
			const done = order.status === 'Processed';
			Object.assign(l, {
				lot: rnd.next() < 0.3 ? `L-${rnd.int(1000, 9999)}` : null,
				number: k + 1,
				costCenterName: null,
				directionType: order.directionType,
				expiryDate: null,
				hasStock: materialById.get(l.materialId).currentQuantity >= l.quantity ? 1 : 0,
				hostIdentification: `ERP-${order.name}-${k + 1}`,
				incompleteAllocations: 0,
				owner: 'sys',
				productionDate: null,
				progressType: done ? 3 : order.status === 'In Process' ? 2 : 0,
				quantityRequested: l.quantity,
				quantityDeviated: done ? l.quantity - l.quantityConfirmed : 0,
				serialNumber: null,
				pickLocation: null,
				pickBinName: null,
				putLocation: null,
				putBinName: null,
				putHeight: null,
				putDate: null,
				qualification: null,
				releaseDate: null,
				status: LINE_STATUS[order.status] ?? 'queued',
				storageUnits: [],
			});
		});
		const inWarehouse = stations.filter((s) => s.warehouseName === order.warehouseName);
		Object.assign(order, {
			countEmptyLocations: order.directionType === 5 && rnd.next() < 0.5,
			initialHandlingUnit: rnd.next() < 0.2 ? `TOTE-${rnd.int(1, 60)}` : null,
			recipient: null,
			hasStock: lines.every((l) => l.hasStock === 1) ? 1 : 0,
			incompleteAllocations: 0,
			stationName: order.status === 'In Process' ? rnd.pick(inWarehouse).name : null,
			unit: null,
			storageUnits: [],
		});
	}
	const lineById = new Map(orderLines.map((l) => [l.id, l]));
	const materialByName = new Map(materials.map((m) => [m.name, m]));
	for (const t of transactions) Object.assign(t, transactionExtras(t, lineById.get(t.orderLineId), materialByName.get(t.materialName)));
}
// A transaction's further fields (§3.28) from its line, material and location (no random draws).
function transactionExtras(t, line, material) {
	return {
		batchName: null,
		binName: null,
		carrierName: carrierOf(t.locationName),
		expiryDate: line?.expiryDate ?? null,
		handlingUnit: null,
		lot: line?.lot ?? null,
		materialInfo1: material?.Info1 ?? null,
	};
}
// A new order and its lines, as created through the API (INFERRED values).
const NEW_ORDER = { countEmptyLocations: false, initialHandlingUnit: null, recipient: null, hasStock: 0, incompleteAllocations: 0, stationName: null, unit: null, storageUnits: [] };
const NEW_LINE = { lot: null, costCenterName: null, expiryDate: null, hasStock: 0, hostIdentification: null, incompleteAllocations: 0, owner: 'sys', productionDate: null, progressType: 0, quantityDeviated: 0, serialNumber: null, pickLocation: null, pickBinName: null, putLocation: null, putBinName: null, putHeight: null, putDate: null, qualification: null, releaseDate: null, status: 'queued', storageUnits: [] };

// A material created through the API: nothing in stock, nothing allocated, not blocked.
const NEW_MATERIAL = { blockReason: null, canOrderPoint: 0, codes: [], currentQuantity: 0, currentValue: 0, expectedQuantity: 0, isBlocked: 0, isCounted: false, locationCount: 0, materialPropertyId: null, netQuantity: 0, pickQuantity: 0, putQuantity: 0, reOrderPoint: 0, valuePerUnit: 0, weightPerUnit: 0 };

const WAREHOUSES = [
	{ code: 'MAIN', name: 'Main Warehouse', description: 'Central stores, vertical lift modules', address: ['1 Industrial Way', 'Building A', 'Springfield', 'IL 62701', 'USA'] },
	{ code: 'COLD', name: 'Cold Storage', description: 'Temperature controlled carousels', address: ['1 Industrial Way', 'Building C', 'Springfield', 'IL 62701', 'USA'] },
	{ code: 'SPARE', name: 'Spare Parts', description: 'Maintenance spare parts', address: ['27 Depot Road', null, 'Decatur', 'IL 62521', 'USA'] },
];
const ADJECTIVES = ['Steel', 'Brass', 'Plastic', 'Rubber', 'Aluminium', 'Copper', 'Nylon', 'Ceramic'];
const NOUNS = ['bolt', 'washer', 'nut', 'bearing', 'gasket', 'valve', 'fitting', 'seal', 'spring', 'bracket', 'hinge', 'clip'];
const UNITS = ['pcs', 'pcs', 'pcs', 'pcs', 'kg', 'm', 'box', 'l'];
const SUPPLIERS = ['Acme Industrial', 'Nordic Fasteners', 'Kessler GmbH', 'Bluewater Supply', 'Orion Parts'];
const CUSTOMERS = ['CUST-001', 'CUST-002', 'CUST-003', 'CUST-004', 'CUST-005', 'CUST-006'];
const USERS = ['operator', 'jsmith', 'mgarcia', 'tnguyen'];

function seedData(seed, { materials: materialCount = 2650, orders: orderCount = 400, transactions: txCount = 3000 } = {}) {
	const rnd = createRandom(seed);
	const maybe = (p, value) => (rnd.next() < p ? value : null);
	const info = (values) => ({ Info1: values[0] ?? null, Info2: values[1] ?? null, Info3: values[2] ?? null, Info4: values[3] ?? null, Info5: values[4] ?? null });
	const stamps = (from, spanDays) => {
		const created = from + rnd.int(0, spanDays * 24) * 3600000 + rnd.int(0, 3599) * 1000;
		return { creationDate: isoDate(created), modifiedDate: isoDate(created + rnd.int(0, 30) * DAY) };
	};

	const warehouses = WAREHOUSES.map((w, i) => ({
		id: i + 1,
		name: w.name,
		description: w.description,
		creationDate: isoDate(BASE - 400 * DAY + i * DAY),
		modifiedDate: isoDate(BASE - 400 * DAY + i * DAY),
		...Object.fromEntries(w.address.map((line, k) => [`address${k + 1}`, line])),
	}));

	const stations = [];
	warehouses.forEach((w, wi) => {
		for (let s = 1; s <= 3; s++) {
			stations.push({ id: stations.length + 1, name: `${WAREHOUSES[wi].code}-ST${s}`, warehouseName: w.name, status: rnd.next() < 0.8 ? 'Online' : 'Offline', creationDate: w.creationDate, modifiedDate: w.modifiedDate });
		}
	});

	// Two storage units (lift modules) per warehouse, 20 shelves (trays) each, 5 bins per shelf.
	const locations = [];
	warehouses.forEach((w, wi) => {
		for (let su = 1; su <= 2; su++) {
			for (let shelf = 1; shelf <= 20; shelf++) {
				for (let pos = 1; pos <= 5; pos++) {
					const storageUnitName = `${WAREHOUSES[wi].code}-VLM${su}`;
					locations.push({
						id: locations.length + 1,
						name: `${storageUnitName}-${String(shelf).padStart(2, '0')}-${pos}`,
						warehouseName: w.name,
						storageUnitName,
						shelf,
						position: pos,
						creationDate: w.creationDate,
						modifiedDate: w.modifiedDate,
					});
				}
			}
		}
	});

	const materials = [];
	for (let i = 1; i <= materialCount; i++) {
		materials.push({
			id: i,
			name: `MAT-${String(i).padStart(5, '0')}`,
			description: `${rnd.pick(ADJECTIVES)} ${rnd.pick(NOUNS)} ${rnd.int(2, 40)} mm`,
			...info([maybe(0.7, rnd.pick(SUPPLIERS)), maybe(0.4, `BIN-${rnd.int(1, 99)}`), maybe(0.2, rnd.pick(['A', 'B', 'C']))]),
			unitOfMeasure: rnd.pick(UNITS),
			...stamps(BASE, 150),
		});
	}

	const locationContents = [];
	for (const loc of locations) {
		const n = rnd.int(0, 6);
		for (let k = 0; k < n; k++) {
			const m = rnd.pick(materials);
			locationContents.push({
				id: locationContents.length + 1,
				locationId: loc.id,
				locationName: loc.name,
				materialId: m.id,
				materialName: m.name,
				warehouseName: loc.warehouseName,
				currentQuantity: rnd.int(1, 500),
				...stamps(BASE + 150 * DAY, 60),
			});
		}
	}

	const orders = [];
	const orderLines = [];
	for (let i = 1; i <= orderCount; i++) {
		const created = stamps(BASE + 60 * DAY, 240);
		const status = rnd.pick(['Ready', 'Ready', 'In Process', 'Processed', 'Processed', 'Processed']);
		const order = {
			id: i,
			name: `ORD-${10000 + i}`,
			directionType: Number(rnd.pick(['2', '2', '2', '1', '1', '3', '4', '5', '7'])),
			priority: rnd.int(1, 4),
			deadline: isoDate(Date.parse(created.creationDate + 'Z') + rnd.int(1, 14) * DAY),
			status,
			...info([maybe(0.8, rnd.pick(CUSTOMERS)), maybe(0.3, `PO-${rnd.int(1000, 9999)}`)]),
			warehouseName: rnd.pick(warehouses).name,
			...created,
		};
		orders.push(order);
		const lineCount = rnd.int(1, 5);
		for (let k = 0; k < lineCount; k++) {
			const m = rnd.pick(materials);
			const quantity = rnd.int(1, 50);
			orderLines.push({
				id: orderLines.length + 1,
				orderId: order.id,
				orderName: order.name,
				materialId: m.id,
				materialName: m.name,
				quantity,
				quantityConfirmed: status === 'Processed' ? quantity : status === 'In Process' ? rnd.int(0, quantity) : 0,
				...info([]),
				creationDate: order.creationDate,
				modifiedDate: order.modifiedDate,
			});
		}
	}

	// Transactions are the history of confirmed picks/puts, chronological by id.
	const transactions = [];
	let at = BASE + 60 * DAY;
	for (let i = 1; i <= txCount; i++) {
		at += rnd.int(60, 7200) * 1000;
		const line = rnd.pick(orderLines);
		const order = orders[line.orderId - 1];
		const content = rnd.pick(locationContents);
		const quantityConfirmed = rnd.next() < 0.9 ? line.quantity : rnd.int(0, line.quantity);
		transactions.push({
			id: i,
			orderName: order.name,
			orderLineId: line.id,
			directionType: order.directionType,
			materialName: line.materialName,
			quantityRequested: line.quantity,
			quantityConfirmed,
			locationName: content.locationName,
			warehouseName: content.warehouseName,
			stationName: rnd.pick(stations.filter((s) => s.warehouseName === content.warehouseName)).name,
			userName: rnd.pick(USERS),
			creationDate: microDate(at, i),
			// Derived without further random draws, so the seeded data above stays as it was.
			...transactionDetails({ directionType: order.directionType, orderId: order.id, quantityRequested: line.quantity, quantityConfirmed, locationName: content.locationName }, i),
		});
	}

	materialStock(seed, { materials, locationContents, orders, orderLines });
	furtherDetails(seed, { materials, locations, locationContents, orders, orderLines, transactions, stations });

	return { warehouses, stations, locations, location_contents: locationContents, materials, orders, order_lines: orderLines, transactions };
}

module.exports = { seedData, isoDate, microDate, transactionDetails, transactionExtras, NEW_MATERIAL, NEW_ORDER, NEW_LINE, DIRECTIONS, DAY };
