'use strict';
// In-memory records per tenant (subdomain). A record is a flat object of spec attribute names
// plus an integer `id`; relations are `<name>_id` attributes (goods_outs.account_id -> accounts).

const plural = (s) => (/(s|x|ch|sh)$/.test(s) ? `${s}es` : /[^aeiou]y$/.test(s) ? `${s.slice(0, -1)}ies` : `${s}s`);
const singular = (s) =>
	/ies$/.test(s) ? `${s.slice(0, -3)}y` : /(sses|uses|xes|ches|shes)$/.test(s) ? s.slice(0, -2) : s.replace(/s$/, '');

class Table {
	constructor() {
		this.rows = new Map(); // id -> record; ids only grow, so insertion order is id order
		this.nextId = 1;
	}
}

class Tenant {
	constructor(name, entities) {
		this.name = name;
		this.entities = entities; // shared Set of known entity (resource) names
		this.tables = new Map();
	}

	table(entity) {
		if (!this.tables.has(entity)) this.tables.set(entity, new Table());
		this.entities.add(entity);
		return this.tables.get(entity);
	}

	insert(entity, attrs) {
		const t = this.table(entity);
		const id = attrs.id ?? t.nextId;
		t.nextId = Math.max(t.nextId, id + 1);
		const record = { id, ...attrs };
		t.rows.set(id, record);
		return record;
	}

	get(entity, id) {
		const n = Number(id);
		return Number.isInteger(n) ? this.tables.get(entity)?.rows.get(n) : undefined;
	}

	update(entity, id, attrs) {
		const record = this.get(entity, id);
		if (record) Object.assign(record, attrs);
		return record;
	}

	remove(entity, id) {
		return this.tables.get(entity)?.rows.delete(Number(id)) ?? false;
	}

	list(entity) {
		const t = this.tables.get(entity);
		return t ? Array.from(t.rows.values()) : [];
	}

	/**
	 * The entity a relation name points at: `account` -> accounts, `location_from` -> locations,
	 * `completing_user` -> users, `goods_out_status` -> goods_out_statuses.
	 */
	entityFor(name) {
		const parts = name.split('_');
		const candidates = [];
		for (let i = 0; i < parts.length; i++) candidates.push(parts.slice(i).join('_'));
		candidates.push(name.replace(/_(from|to)$/, ''));
		for (const c of candidates) if (this.entities.has(plural(c))) return plural(c);
		return plural(name);
	}

	/**
	 * A record's value for a field name that may not be stored on it: `product_code` follows
	 * product_id to the product's code, and a line's `goods_out_status_code` follows goods_out_id
	 * to its order. Returns undefined when the field cannot be resolved.
	 */
	valueOf(entity, record, field, depth = 0) {
		if (record == null) return undefined;
		if (field in record) return record[field];
		const alias = ALIASES[entity]?.[field];
		if (alias) return alias(record, this);
		if (depth > 2) return undefined;
		const parts = field.split('_');
		for (let i = parts.length - 1; i >= 1; i--) {
			const rel = parts.slice(0, i).join('_');
			const id = record[`${rel}_id`];
			if (id == null) continue;
			const target = this.entityFor(rel);
			const related = this.get(target, id);
			if (!related) return null;
			const rest = this.valueOf(target, related, parts.slice(i).join('_'), depth + 1);
			return rest !== undefined ? rest : this.valueOf(target, related, field, depth + 1);
		}
		return undefined;
	}
}

// Fields the docs name differently in different places.
const ALIASES = {
	// the REST body says expected/actual_date_of_arrival, the GraphQL list says ..._of_receipt
	goods_in_receipts: {
		expected_date_of_receipt: (r) => r.expected_date_of_arrival ?? null,
		actual_date_of_receipt: (r) => r.actual_date_of_arrival ?? null,
	},
	// "Search across all code/barcode fields"
	products: {
		all_codes: (r) => [r.code, r.barcode, r.case_barcode, r.inner_barcode, r.outer_barcode].filter(Boolean),
	},
};

module.exports = { Tenant, plural, singular };
