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
// A material created through the API: nothing in stock, nothing allocated, not blocked.
const NEW_MATERIAL = { blockReason: null, canOrderPoint: 0, codes: [], currentQuantity: 0, currentValue: 0, expectedQuantity: 0, isBlocked: 0, isCounted: false, locationCount: 0, materialPropertyId: null, netQuantity: 0, pickQuantity: 0, putQuantity: 0, reOrderPoint: 0, valuePerUnit: 0, weightPerUnit: 0 };

const WAREHOUSES = [
	{ code: 'MAIN', name: 'Main Warehouse', description: 'Central stores, vertical lift modules' },
	{ code: 'COLD', name: 'Cold Storage', description: 'Temperature controlled carousels' },
	{ code: 'SPARE', name: 'Spare Parts', description: 'Maintenance spare parts' },
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

	return { warehouses, stations, locations, location_contents: locationContents, materials, orders, order_lines: orderLines, transactions };
}

module.exports = { seedData, isoDate, microDate, transactionDetails, NEW_MATERIAL, DIRECTIONS, DAY };
