'use strict';
// Generic REST for every /api operation of the spec (see spec.js restOperations): creates,
// updates, deletes and actions on the tenant's in-memory store, JSON:API-style bodies and the
// vendor error shape {"errors":[{code, symbol, details, source, context}]}.
const { singular } = require('./store');

class VendorError extends Error {
	constructor(status, symbol, details, source = null, context = null) {
		super(details);
		this.status = status;
		this.body = { errors: [{ code: status, symbol, details, source, context }] };
	}
}
const sendError = (res, e) => res.status(e.status).json(e.body);
const modelName = (resource) => singular(resource).replace(/(^|_)([a-z])/g, (_, __, c) => c.toUpperCase());
const notFound = (resource, id) =>
	new VendorError(404, 'record_not_found', `Couldn't find ${modelName(resource)} with 'id'=${id}`, 'id', { resource, id: Number(id) || id });
const unprocessable = (symbol, details, source = null, context = null) => new VendorError(422, symbol, details, source, context);

/**
 * express-openapi-validator error -> vendor error. Body problems are 422 (the status the spec
 * documents); a malformed path id is a 404 like an unknown one; an unknown route or method 404.
 */
function fromValidatorError(err) {
	const status = err.status || 500;
	const items = err.errors || [];
	if (status === 404 || status === 405) return new VendorError(404, 'route_not_found', `No route matches ${err.path || ''}`.trim(), null, { message: err.message });
	if (items.some((e) => String(e.path).startsWith('/params/'))) return new VendorError(404, 'record_not_found', 'Record not found: malformed id', 'id', { message: err.message });
	if (status === 415) return new VendorError(422, 'unsupported_media_type', 'Content-Type must be application/json', null, { message: err.message });
	if (status === 400) {
		const errors = (items.length ? items : [{ path: '', message: err.message }]).map((e) => {
			const pointer = String(e.path || '').replace(/^\/(body|query|headers)/, '') || null;
			const attribute = pointer?.match(/^\/data\/attributes\/([^/]+)/)?.[1] || pointer?.split('/').filter(Boolean).pop() || null;
			return {
				code: 422,
				symbol: /^required/.test(e.errorCode || '') ? 'missing_attribute' : 'invalid_attribute',
				details: pointer ? `${pointer.slice(1)} ${e.message}` : e.message,
				source: attribute,
				context: { pointer, validator: e.errorCode || null },
			};
		});
		return Object.assign(new VendorError(422, 'invalid_attribute', errors[0].details), { body: { errors } });
	}
	return new VendorError(status, 'server_error', err.message || 'Internal error');
}

// Attribute defaults for records created through the API (docs silent; chosen and documented).
const DEFAULTS = {
	goods_outs: { goods_out_status_id: 2 }, // PENDING
	goods_in_receipts: { status: 'pending', receipt_type: 'standard' },
	shipments: { status: 'pending' },
	stocks: { status: 'available' },
	documents: { status: 'queued' },
};

// Deletes that cascade to child rows [doc: DELETE /api/automations/{id} "Cascades to the
// automation's conditions, actions, and action parameters"].
const CASCADES = {
	automations: ['automation_conditions', 'automation_actions'],
	automation_actions: ['automation_action_parameters'],
};
function removeWithChildren(tenant, resource, id) {
	const fk = `${singular(resource)}_id`;
	for (const child of CASCADES[resource] || []) {
		for (const row of tenant.list(child)) if (row[fk] === Number(id)) removeWithChildren(tenant, child, row.id);
	}
	return tenant.remove(resource, id);
}

function createRest({ ops, attributes, admin, onChange = () => {} }) {
	const timestamp = () => new Date(admin.now()).toISOString().replace(/\.\d{3}Z$/, 'Z');
	const serialize = (resource, record) => {
		const { id, ...attrs } = record;
		return { id, type: resource, attributes: attrs };
	};

	// `lines_changes`, `conditions_changes`, ...: ADD / UPDATE / DESTROY child records
	// (goods_outs -> goods_out_lines with goods_out_id). Checked before anything is written.
	function planChanges(tenant, resource, parentId, key, changes) {
		const child = `${singular(resource)}_${key.replace(/_changes$/, '')}`;
		const fk = `${singular(resource)}_id`;
		changes.forEach((c, i) => {
			if (c.type === 'ADD') return;
			const row = tenant.get(child, c.id);
			if (!row || row[fk] !== parentId)
				throw unprocessable('line_not_found', `${key}[${i}]: no ${singular(child)} with id ${c.id} on this ${singular(resource)}`, key, { index: i, id: c.id ?? null });
		});
		return () => {
			for (const c of changes) {
				// Nested `*_changes` (an automation action's `parameters_changes`) become grandchild rows.
				const own = Object.fromEntries(Object.entries(c.attributes || {}).filter(([k, v]) => !(k.endsWith('_changes') && Array.isArray(v))));
				const nested = Object.entries(c.attributes || {}).filter(([k, v]) => k.endsWith('_changes') && Array.isArray(v));
				let row;
				if (c.type === 'ADD') row = tenant.insert(child, { [fk]: parentId, ...own, created_at: timestamp(), updated_at: timestamp() });
				else if (c.type === 'UPDATE') row = tenant.update(child, c.id, { ...own, updated_at: timestamp() });
				else removeWithChildren(tenant, child, c.id);
				if (row) for (const [k, v] of nested) planChanges(tenant, child, row.id, k, v)();
			}
		};
	}

	// Writes declared attributes (undeclared ones are ignored, like Rails strong parameters),
	// child changes and JSON:API relationships (e.g. the goods out delivery address).
	function write(tenant, resource, record, data, isNew) {
		const declared = attributes[resource];
		const pending = [];
		for (const [k, v] of Object.entries(data.attributes || {})) {
			if (k.endsWith('_changes') && Array.isArray(v)) pending.push(planChanges(tenant, resource, record.id, k, v));
			else if (!declared || k in declared) record[k] = v;
		}
		for (const [name, rel] of Object.entries(data.relationships || {})) {
			const d = rel?.data;
			if (!d) continue;
			const target = tenant.entityFor(name);
			if (d.attributes) {
				const existing = !isNew && tenant.get(target, record[`${name}_id`]);
				if (existing) Object.assign(existing, d.attributes, { updated_at: timestamp() });
				else record[`${name}_id`] = tenant.insert(target, { ...d.attributes, created_at: timestamp(), updated_at: timestamp() }).id;
			} else if (d.id != null) record[`${name}_id`] = Number(d.id);
		}
		return pending;
	}

	// State changes of the documented custom actions; other actions just touch updated_at.
	const qty = (body, record) => {
		const q = Number(body?.data?.attributes?.quantity);
		if (q > Number(record.quantity)) throw unprocessable('insufficient_quantity', `Quantity ${q} exceeds the ${record.quantity} available`, 'quantity', { available: record.quantity });
		return q;
	};
	const ACTIONS = {
		'goods_outs.cancel': ({ tenant, record }) => {
			const status = record.goods_out_status_id;
			if (status === 6) throw unprocessable('goods_out_dispatched', 'Cannot cancel a goods out that has already been dispatched', 'goods_out_status_id');
			if (status === 8) throw unprocessable('goods_out_cancelled', 'Goods out is already cancelled', 'goods_out_status_id');
			record.goods_out_status_id = 8;
			// Documented: "Draft/Pending -> Order deleted"; allocated/picking orders stay, cancelled.
			if (status === 1 || status === 2) tenant.remove('goods_outs', record.id);
			return record;
		},
		'goods_in_receipts.receive': ({ tenant, record }) => {
			if (record.status !== 'pending') throw unprocessable('invalid_status', `Receipt must be in PENDING status (is ${record.status})`, 'status');
			if (!tenant.list('goods_in_receipt_lines').some((l) => l.goods_in_receipt_id === record.id))
				throw unprocessable('no_lines', 'Receipt must have at least one line item', 'lines');
			record.status = 'receiving';
			return record;
		},
		'goods_in_receipts.revert': ({ record }) => {
			if (record.status !== 'receiving') throw unprocessable('invalid_status', `Only a receiving receipt can be reverted (is ${record.status})`, 'status');
			record.status = 'pending';
			return record;
		},
		'shipments.cancel': ({ record }) => Object.assign(record, { status: 'cancelled' }),
		'shipments.submit': ({ record }) => Object.assign(record, { status: 'submitted', tracking_number: `TRK${String(record.id).padStart(10, '0')}` }),
		'automations.run': ({ record }) => Object.assign(record, { last_run_at: timestamp() }),
		'integrations.synchronize': ({ record }) => Object.assign(record, { last_synchronized_at: timestamp() }),
		'stock_checks.complete': ({ record }) => Object.assign(record, { status: 'passed' }),
		'stocks.move': ({ tenant, record, body }) => {
			const q = qty(body, record);
			const to = tenant.get('locations', body.data.attributes.to_location_id);
			if (!to) throw unprocessable('location_not_found', `Location ${body.data.attributes.to_location_id} does not exist`, 'to_location_id');
			if (q === Number(record.quantity)) return Object.assign(record, { location_id: to.id, warehouse_id: to.warehouse_id });
			record.quantity -= q; // a part move splits the stock record
			const { id: _id, ...rest } = record;
			return tenant.insert('stocks', { ...rest, quantity: q, location_id: to.id, warehouse_id: to.warehouse_id, created_at: timestamp(), updated_at: timestamp() });
		},
		'stocks.negative_adjustment': ({ record, body }) => Object.assign(record, { quantity: Number(record.quantity) - qty(body, record) }),
		'stocks.transfer': ({ tenant, record, body }) => {
			const q = qty(body, record);
			const accountId = body.data.attributes.to_account_id;
			if (!tenant.get('accounts', accountId)) throw unprocessable('account_not_found', `Account ${accountId} does not exist`, 'to_account_id');
			if (q === Number(record.quantity)) return Object.assign(record, { account_id: accountId });
			record.quantity -= q;
			const { id: _id, ...rest } = record;
			return tenant.insert('stocks', { ...rest, quantity: q, account_id: accountId, created_at: timestamp(), updated_at: timestamp() });
		},
	};
	const COLLECTION_ACTIONS = {
		'stocks.hold': ({ tenant, body }) => (body.ids || []).map((id) => tenant.update('stocks', id, { status: 'held', updated_at: timestamp() })).filter(Boolean),
		'stocks.offhold': ({ tenant, body }) => (body.ids || []).map((id) => tenant.update('stocks', id, { status: 'available', updated_at: timestamp() })).filter(Boolean),
	};

	// A plausible body for non-record responses that have no example in the spec.
	const sample = (schema, id) => {
		if (!schema) return {};
		if (schema.type === 'array') return [];
		if (schema.type !== 'object' && !schema.properties) {
			if (schema.enum) return schema.enum[0];
			if (schema.format === 'uri') return `https://files.clarus-api.example/presigned/${id ?? 'file'}?expires=3600`;
			return { integer: 1, number: 1, boolean: true }[schema.type] ?? '';
		}
		return Object.fromEntries(Object.entries(schema.properties || {}).map(([k, v]) => [k, sample(v, id)]));
	};

	// Answers as the operation's success response says: 204, a record in `data`, or another body.
	function respond(res, op, tenant, result, id) {
		const r = op.response;
		if (r.status === 204) return res.status(204).end();
		if (r.wrapsData) {
			if (r.dataType && r.dataType !== op.resource) {
				// e.g. reports/{id}/generate returns a new Document
				const doc = tenant.insert(r.dataType, { ...DEFAULTS[r.dataType], source_type: op.resource, source_id: id ?? null, created_at: timestamp(), updated_at: timestamp() });
				return res.status(200).json({ data: serialize(r.dataType, doc) });
			}
			const data = Array.isArray(result) ? result.map((x) => serialize(op.resource, x)) : result ? serialize(op.resource, result) : null;
			return res.status(200).json({ data });
		}
		if (r.example !== undefined) return res.status(200).json(r.example);
		if (r.hasBody) return res.status(200).json(sample(r.schema, id));
		return res.status(200).end();
	}

	return function handle(req, res) {
		const op = ops.get(`${req.method} ${req.openapi?.openApiRoute}`);
		if (!op) return sendError(res, new VendorError(404, 'route_not_found', `No route matches ${req.method} ${req.path}`));
		admin.count('restRequests');
		const { tenant } = req.clarus;
		const params = req.openapi.pathParams || req.params || {};
		const body = req.body && typeof req.body === 'object' ? req.body : {};
		const data = body.data || {};
		try {
			switch (op.kind) {
				case 'create': {
					const record = { ...DEFAULTS[op.resource], created_at: timestamp(), updated_at: timestamp() };
					if (op.parentParam) record[op.parentParam] = Number(params[op.parentParam]);
					const inserted = tenant.insert(op.resource, record);
					try {
						write(tenant, op.resource, inserted, data, true).forEach((apply) => apply());
					} catch (e) {
						tenant.remove(op.resource, inserted.id);
						throw e;
					}
					onChange({ tenant, resource: op.resource, kind: op.kind, result: inserted });
					return respond(res, op, tenant, inserted, inserted.id);
				}
				case 'update': {
					const id = params[op.idParam];
					const record = tenant.get(op.resource, id);
					if (!record) throw notFound(op.resource, id);
					const draft = { ...record };
					const pending = write(tenant, op.resource, draft, data, false);
					Object.assign(record, draft, { updated_at: timestamp() });
					pending.forEach((apply) => apply());
					onChange({ tenant, resource: op.resource, kind: op.kind, result: record });
					return respond(res, op, tenant, record, record.id);
				}
				case 'delete': {
					const id = params[op.idParam];
					if (!removeWithChildren(tenant, op.resource, id)) throw notFound(op.resource, id);
					return res.status(204).end();
				}
				case 'bulkDelete': {
					const ids = String(req.query.ids || '').split(',').map((s) => s.trim()).filter(Boolean);
					const missing = ids.filter((id) => !tenant.get(op.resource, id));
					if (missing.length) throw notFound(op.resource, missing.join(','));
					ids.forEach((id) => tenant.remove(op.resource, id));
					return res.status(204).end();
				}
				case 'itemAction': {
					const id = params[op.idParam];
					const record = tenant.get(op.resource, id);
					if (!record) throw notFound(op.resource, id);
					const action = ACTIONS[`${op.resource}.${op.action}`];
					const result = action ? action({ tenant, record, body }) : Object.assign(record, { updated_at: timestamp() });
					onChange({ tenant, resource: op.resource, kind: op.kind, action: op.action, result });
					return respond(res, op, tenant, result, record.id);
				}
				default: {
					const action = COLLECTION_ACTIONS[`${op.resource}.${op.action}`];
					const result = action ? action({ tenant, body }) : null;
					onChange({ tenant, resource: op.resource, kind: op.kind, action: op.action, result });
					return respond(res, op, tenant, result);
				}
			}
		} catch (e) {
			if (e instanceof VendorError) return sendError(res, e);
			throw e;
		}
	};
}

module.exports = { createRest, VendorError, sendError, fromValidatorError };
