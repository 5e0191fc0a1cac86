'use strict';
// Seeded warehouse data per tenant: a pure function of (seed, tenant). Attribute names follow the
// spec's REST schemas and GraphQL list documentation. Dates are fixed relative to 2026-01-01 so
// the data does not drift with the wall clock.
const { createRandom } = require('../lib/random');

// Tenants (subdomains), the OAuth account that owns each, and how much data each holds.
const TENANTS = {
	'acme-warehouse': { account: 'acme', warehouses: 3, products: 300, locations: 240, stocks: 900, receipts: 400, goodsOuts: 2650 },
	'acme-test': { account: 'acme', warehouses: 1, products: 25, locations: 20, stocks: 40, receipts: 10, goodsOuts: 40 },
	'globex-warehouse': { account: 'globex', warehouses: 1, products: 20, locations: 20, stocks: 30, receipts: 8, goodsOuts: 30 },
};

const BASE = Date.UTC(2026, 0, 1);
const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
const iso = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');
const pad = (n, w) => String(n).padStart(w, '0');

// Goods out statuses as the GoodsOutStatusId schema lists them.
const GOODS_OUT_STATUSES = [
	[1, 'DRAFT', 'Draft'],
	[2, 'PENDING', 'Pending'],
	[3, 'PICK', 'Pick'],
	[4, 'PART', 'Part'],
	[5, 'ALLOCATED', 'Allocated'],
	[6, 'COMPLETED', 'Completed'],
	[7, 'PART_ALLOCATED', 'Part allocated'],
	[8, 'CANCELLED', 'Cancelled'],
];
const STATUS_WEIGHTS = [
	[1, 5],
	[2, 20],
	[3, 10],
	[5, 15],
	[6, 45],
	[7, 3],
	[8, 2],
];

function hash(text) {
	let h = 2166136261;
	for (const c of text) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
	return h;
}

function weighted(rnd, table) {
	let r = rnd.int(1, table.reduce((s, [, w]) => s + w, 0));
	for (const [value, w] of table) if ((r -= w) <= 0) return value;
	return table[0][0];
}

function seedTenant(tenant, seed) {
	const size = TENANTS[tenant.name];
	const rnd = createRandom((Number(seed) ^ hash(tenant.name)) >>> 0);
	const ins = (entity, attrs) => tenant.insert(entity, attrs);
	const stamp = (ms) => ({ created_at: iso(ms), updated_at: iso(ms) });
	const prefix = size.account.toUpperCase();
	const ukAddress = (name) =>
		ins('addresses', {
			name,
			address_1: `${rnd.int(1, 200)} ${rnd.pick(['Station Road', 'High Street', 'Mill Lane', 'Church Street', 'Park Avenue'])}`,
			address_2: null,
			address_3: rnd.pick(['Manchester', 'Leeds', 'Bristol', 'Birmingham', 'Glasgow']),
			address_4: null,
			postcode: `${rnd.pick(['M', 'LS', 'BS', 'B', 'G'])}${rnd.int(1, 20)} ${rnd.int(1, 9)}${rnd.string(2, 'ABDEFGHJLNPQRSTUWXYZ')}`,
			country_code: 'GB',
			email_address: null,
			phone_number: null,
		});

	ins('subdomains', { name: tenant.name, subdomain: tenant.name, ...stamp(BASE - 90 * DAY) });
	ins('roles', { name: 'Administrator', role_type: 'admin', ...stamp(BASE - 90 * DAY) });
	ins('roles', { name: 'API', role_type: 'api', ...stamp(BASE - 90 * DAY) });
	const users = [
		['API User', `api-user@${size.account}.example`, 'api', 2],
		['John Smith', `john@${size.account}.example`, 'web', 1],
	].map(([name, email, user_type, role_id]) =>
		ins('users', { name, email, user_type, role_id, is_active: true, language: 'en', timezone: 'Europe/London', ...stamp(BASE - 60 * DAY) }),
	);
	for (const u of users) ins('subdomain_users', { user_id: u.id, ...stamp(BASE - 60 * DAY) });

	// Sites and warehouses
	const sites = [
		ins('sites', { code: 'SITE-N', name: 'North Site', default: true, tier: 'none', ...stamp(BASE - 90 * DAY) }),
		ins('sites', { code: 'SITE-S', name: 'South Site', default: false, tier: 'none', ...stamp(BASE - 90 * DAY) }),
	];
	const WAREHOUSE_NAMES = [
		['WH1', 'Main Warehouse'],
		['WH2', 'Overflow Warehouse'],
		['WH3', 'South Distribution Centre'],
	];
	const warehouses = WAREHOUSE_NAMES.slice(0, size.warehouses).map(([code, name], i) =>
		ins('warehouses', {
			code,
			name,
			is_active: true,
			timezone: 'Europe/London',
			site_id: sites[i === 2 ? 1 : 0].id,
			consolidate_pick_enabled: i === 0,
			loading_validation_setting: 'none',
			opening_times_enabled: false,
			address_id: ukAddress(name).id,
			...stamp(BASE - 90 * DAY),
		}),
	);

	// Stock accounts (stock owners) and which warehouses they use
	const accounts = [
		[prefix, `${size.account[0].toUpperCase()}${size.account.slice(1)} Corporation`],
		[`${prefix}-RETAIL`, `${size.account[0].toUpperCase()}${size.account.slice(1)} Retail`],
		[`${prefix}-B2B`, `${size.account[0].toUpperCase()}${size.account.slice(1)} Trade`],
	].map(([code, name], i) =>
		ins('accounts', {
			code,
			name,
			is_active: true,
			is_short_pickable: i === 2,
			dispatch_strategy: 'manual',
			pack_strategy: 'disabled',
			external_system_reference1: `${code}-EXT`,
			vat_number: `GB${rnd.int(100000000, 999999999)}`,
			...stamp(BASE - 90 * DAY),
		}),
	);
	for (const a of accounts) for (const w of warehouses) ins('account_warehouses', { account_id: a.id, warehouse_id: w.id, ...stamp(BASE - 90 * DAY) });

	// Reference data
	for (const [code, name] of [['EACH', 'Each'], ['CASE', 'Case'], ['PALLET', 'Pallet']])
		ins('stock_unit_types', { code, name, description: `${name} unit`, ...stamp(BASE - 90 * DAY) });
	for (const [code, name] of [['BULK', 'Bulk storage'], ['PICK', 'Pick face'], ['DOCK', 'Dock door']])
		ins('location_types', { code, name, ...stamp(BASE - 90 * DAY) });
	for (const [code, name] of [['PLT', 'Pallet'], ['TOTE', 'Tote']])
		ins('storage_unit_types', { code, name, unit_name: name.toLowerCase(), is_pickable: code === 'TOTE', ...stamp(BASE - 90 * DAY) });
	for (const [id, code, name] of GOODS_OUT_STATUSES) ins('goods_out_statuses', { id, code, name });
	for (const [code, name, reason_type] of [['DAMAGED', 'Damaged', 'negative_adjustment'], ['QC', 'Quality check', 'hold'], ['MOVE', 'Stock transfer', 'transfer']])
		ins('reason_codes', { code, name, description: name, reason_type, active: true, ...stamp(BASE - 90 * DAY) });

	// Carriers and their services
	const CARRIERS = [
		['DPD', 'DPD UK', 'dpd'],
		['DHL', 'DHL Express', 'dhl'],
		['UPS', 'UPS', 'ups'],
		['ROYALMAIL', 'Royal Mail', 'royal_mail'],
		['FEDEX', 'FedEx', 'fedex'],
		['PALLETWAYS', 'Palletways', 'custom'],
	];
	const carriers = CARRIERS.map(([code, name, carrier_type], i) =>
		ins('carriers', {
			code,
			name,
			description: `${name} carrier`,
			active: i !== 4,
			carrier_type,
			carrier_externally_registered: carrier_type !== 'custom',
			external_system_reference1: null,
			...stamp(BASE - 80 * DAY),
		}),
	);
	const services = [];
	for (const c of carriers) {
		const codes = c.code === 'ROYALMAIL' ? ['RM1CLS', 'RM2CLS'] : [`${c.code}-NEXT`, `${c.code}-ECO`];
		codes.forEach((code, i) =>
			services.push(
				ins('carrier_services', { code, name: `${c.name} ${i ? 'Economy' : 'Next Day'}`, active: true, is_default: i === 0, carrier_id: c.id, ...stamp(BASE - 80 * DAY) }),
			),
		);
	}

	const suppliers = Array.from({ length: 8 }, (_, i) =>
		ins('suppliers', {
			code: `${prefix}-SUP-${pad(i + 1, 3)}`,
			name: `${rnd.pick(['Northern', 'Apex', 'Summit', 'Harbour', 'Union'])} ${rnd.pick(['Supplies', 'Components', 'Packaging', 'Trading'])} Ltd`,
			description: 'Seeded supplier',
			active: i !== 7,
			external_system_reference1: `SUP-EXT-${i + 1}`,
			address_id: ukAddress(`Supplier ${i + 1}`).id,
			...stamp(BASE - 70 * DAY),
		}),
	);

	// Products
	const ADJ = ['Blue', 'Red', 'Green', 'Steel', 'Oak', 'Compact', 'Deluxe', 'Heavy'];
	const NOUN = ['Widget', 'Bracket', 'Hinge', 'Cable', 'Lamp', 'Shelf', 'Valve', 'Sensor'];
	const products = Array.from({ length: size.products }, (_, i) => {
		const [adj, noun] = [rnd.pick(ADJ), rnd.pick(NOUN)];
		const description = `${adj} ${noun} ${rnd.pick(['S', 'M', 'L', 'XL'])}`;
		return ins('products', {
			code: `${noun}-${adj}-${pad(i + 1, 4)}`.toUpperCase(), // e.g. WIDGET-RED-0001
			barcode: `50${rnd.string(11, '0123456789')}`,
			description,
			long_description: `${description} for warehouse simulation`,
			product_type: i % 40 === 39 ? 'bill_of_materials' : 'single',
			stock_unit_type_id: 1,
			units_per_case: rnd.pick([6, 12, 24, 48]),
			shelf_life_min: i % 5 === 0 ? rnd.int(10, 30) : null,
			shelf_life_max: i % 5 === 0 ? rnd.int(60, 365) : null,
			commodity_code: rnd.string(10, '0123456789'),
			country_of_manufacture: rnd.pick(['GB', 'DE', 'CN', 'US', 'IT']),
			account_id: accounts[i % accounts.length].id,
			stop: false,
			...stamp(BASE - 60 * DAY + i * HOUR),
		});
	});

	// Locations: aisle-row-column-slot codes per warehouse
	const locations = Array.from({ length: size.locations }, (_, i) => {
		const w = warehouses[i % warehouses.length];
		const n = Math.floor(i / warehouses.length);
		const [zone, aisle, row, column, slot] = [String.fromCharCode(65 + (n % 4)), pad(1 + (n % 12), 2), pad(1 + (n % 5), 2), pad(1 + (n % 8), 2), pad(1 + (n % 3), 2)];
		return ins('locations', {
			code: `${w.code}-${zone}-${aisle}-${row}-${pad(n + 1, 3)}`,
			description: `Zone ${zone}, aisle ${aisle}`,
			warehouse_id: w.id,
			location_type_id: n % 6 === 0 ? 2 : 1,
			active: true,
			is_active: true,
			is_pickface: n % 6 === 0,
			zone,
			aisle,
			row,
			column,
			slot,
			walk_sequence: n + 1,
			...stamp(BASE - 90 * DAY),
		});
	});
	const storageUnits = Array.from({ length: Math.ceil(size.stocks / 4) }, (_, i) =>
		ins('storage_units', {
			reference: `PLT-${pad(i + 1, 3)}`,
			storage_unit_type_id: 1,
			warehouse_id: warehouses[i % warehouses.length].id,
			active: true,
			dispatched: false,
			dispatched_at: null,
			...stamp(BASE - 30 * DAY + i * HOUR),
		}),
	);

	// Stock records and the balances they add up to
	const balances = new Map();
	for (let i = 0; i < size.stocks; i++) {
		const product = products[rnd.int(0, products.length - 1)];
		const location = locations[rnd.int(0, locations.length - 1)];
		const status = weighted(rnd, [['available', 85], ['held', 5], ['allocated', 10]]);
		const quantity = rnd.int(1, 50) * 4;
		const fifo = BASE - rnd.int(0, 120) * DAY;
		ins('stocks', {
			product_id: product.id,
			location_id: location.id,
			warehouse_id: location.warehouse_id,
			account_id: product.account_id,
			storage_unit_id: storageUnits[i % storageUnits.length].id,
			quantity,
			status,
			fifo_date: iso(fifo),
			...stamp(fifo),
		});
		const key = `${product.id}/${product.account_id}/${location.warehouse_id}`;
		const b = balances.get(key) || { product_id: product.id, account_id: product.account_id, warehouse_id: location.warehouse_id, available: 0, allocated: 0, ordered: 0, received: 0, picked: 0 };
		if (status === 'available') b.available += quantity;
		if (status === 'allocated') b.allocated += quantity;
		b.received += quantity;
		balances.set(key, b);
	}
	for (const b of balances.values()) ins('stock_balances', b);

	// Goods in receipts (inbound) with lines
	const RECEIPT_STATUSES = [['draft', 5], ['pending', 30], ['receiving', 15], ['completed', 50]];
	for (let i = 0; i < size.receipts; i++) {
		const created = BASE + i * 9 * HOUR;
		const status = weighted(rnd, RECEIPT_STATUSES);
		const expected = created + rnd.int(1, 10) * DAY;
		const receipt = ins('goods_in_receipts', {
			reference: `PO-2026-${pad(i + 1, 5)}`,
			status,
			receipt_type: 'standard',
			account_id: accounts[i % accounts.length].id,
			warehouse_id: warehouses[i % warehouses.length].id,
			supplier_id: suppliers[i % suppliers.length].id,
			expected_date_of_arrival: iso(expected),
			actual_date_of_arrival: status === 'completed' ? iso(expected + rnd.int(0, 2) * DAY) : null,
			notes: i % 7 === 0 ? 'Call before delivery' : null,
			...stamp(created),
		});
		for (let l = rnd.int(1, 3); l > 0; l--)
			ins('goods_in_receipt_lines', {
				goods_in_receipt_id: receipt.id,
				product_id: products[rnd.int(0, products.length - 1)].id,
				quantity: rnd.int(1, 40) * 6,
				...stamp(created),
			});
	}

	// Goods outs (outbound orders) with lines; enough in acme-warehouse to need many pages
	for (let i = 0; i < size.goodsOuts; i++) {
		const created = BASE + i * 90 * 60 * 1000; // one order every 90 minutes
		const statusId = weighted(rnd, STATUS_WEIGHTS);
		const account = accounts[i % accounts.length];
		const warehouse = warehouses[i % warehouses.length];
		const carrier = carriers[rnd.int(0, carriers.length - 1)];
		const dispatchDue = Date.UTC(new Date(created).getUTCFullYear(), new Date(created).getUTCMonth(), new Date(created).getUTCDate() + rnd.int(1, 5), 10);
		const order = ins('goods_outs', {
			reference: `SO-2026-${pad(i + 1, 6)}`,
			goods_out_type: i % 50 === 49 ? 'work_order' : 'sales_order',
			goods_out_status_id: statusId,
			account_id: account.id,
			warehouse_id: warehouse.id,
			carrier_id: carrier.id,
			carrier_service_id: services.find((s) => s.carrier_id === carrier.id).id,
			priority: rnd.int(1, 5),
			expected_date_of_dispatch: iso(dispatchDue),
			actual_date_of_dispatch: statusId === 6 ? iso(dispatchDue + rnd.int(0, 6) * HOUR) : null,
			dispatch_strategy: 'manual',
			pick_type: 'standard',
			order_notes: i % 11 === 0 ? 'Priority customer' : null,
			delivery_notes: null,
			external_system_reference1: `EXT-${pad(i + 1, 6)}`,
			address_id: ukAddress(`Customer ${i + 1}`).id,
			...stamp(created),
		});
		for (let l = rnd.int(1, 3); l > 0; l--) {
			const qty = rnd.int(1, 20);
			const picked = [3, 6].includes(statusId) ? qty : 0;
			ins('goods_out_lines', {
				goods_out_id: order.id,
				product_id: products[rnd.int(0, products.length - 1)].id,
				account_id: account.id,
				warehouse_id: warehouse.id,
				carrier_id: carrier.id,
				order_quantity: qty,
				allocated_quantity: [3, 5, 6].includes(statusId) ? qty : 0,
				pick_quantity: picked,
				dispatch_quantity: statusId === 6 ? qty : 0,
				short_status: '',
				...stamp(created),
			});
		}
	}

	// Automations (how Clarus delivers webhooks)
	const AUTOMATIONS = [
		['Webhook on goods out created', 'goods_out', 'created', true],
		['Webhook on dispatch', 'goods_out', 'completed', true],
		['Webhook on receipt completed', 'goods_in', 'completed', true],
		['Low stock alert', 'stock_balance', 'updated', false],
		['Nightly stock export', 'daily_schedule', 'triggered', true],
	];
	AUTOMATIONS.forEach(([name, resource_name, event, enabled], i) =>
		ins('automations', { name, resource_name, event, enabled, integration_id: null, ...stamp(BASE - 20 * DAY + i * DAY) }),
	);
}

module.exports = { TENANTS, seedTenant, iso };
