'use strict';
// Clarus Automations: the event engine and the webhook delivery of the simulator.
// See sandbox/docs/clarus.md "Automations and webhook deliveries" for what comes from the
// vendor docs and what is chosen.
//   - REST mutations (and POST /__admin/events for events that only the web UI causes) fire
//     `<resource_name>.<event>`; every enabled automation of that tenant, resource and event
//     whose conditions all pass runs its `webhook` actions.
//   - A delivery is an HTTP request (webhook_method, default POST) to webhook_url with the body
//     {"data": <record>} and the X-ClarusWMS-* headers; 10 s timeout; retried on a non-2xx answer
//     or a timeout (3 retries by default).

// Events per resource_name, from the Automations documentation (schedules excluded here: they
// have no record).
const EVENTS = {
	goods_out: ['created', 'completed', 'updated', 'processed', 'cancelled'],
	goods_in: ['completed', 'created', 'cancelled', 'moved_to_part'],
	goods_out_pick_list: ['completed', 'created', 'cancelled', 'picked'],
	invoice: ['submitted', 'authorised', 'paid'],
	load_drop: ['dispatched'],
	stock_balance: ['updated'],
	stock: ['positively_adjusted', 'negatively_adjusted', 'placed_on_hold', 'released_from_hold', 'received', 'unreceived', 'dispatched', 'undispatched', 'account_transferred', 'picked'],
	putaway_task: ['completed'],
	failure_event_log: ['created'],
	ftp_file: ['uploaded'],
	ftp_import: ['failed'],
	daily_schedule: ['triggered'],
	weekly_schedule: ['triggered'],
	monthly_schedule: ['triggered'],
	one_time_schedule: ['triggered'],
};

// The table (REST resource) holding the records of a resource_name [chosen].
const TABLES = {
	goods_out: 'goods_outs',
	goods_in: 'goods_in_receipts',
	goods_out_pick_list: 'goods_out_pick_lists',
	invoice: 'invoices',
	load_drop: 'load_drops',
	stock_balance: 'stock_balances',
	stock: 'stocks',
	putaway_task: 'putaway_tasks',
	failure_event_log: 'failure_event_logs',
	ftp_file: 'ftp_files',
	ftp_import: 'ftp_imports',
};

// REST calls that fire an event [chosen, from the design table]: `<resource>.<kind or action>`.
const REST_EVENTS = {
	'goods_outs.create': ['goods_out', 'created'],
	'goods_outs.update': ['goods_out', 'updated'],
	'goods_outs.cancel': ['goods_out', 'cancelled'],
	'goods_in_receipts.create': ['goods_in', 'created'],
	'goods_in_receipts.receive': ['stock', 'received'],
	'stocks.negative_adjustment': ['stock', 'negatively_adjusted'],
	'stocks.hold': ['stock', 'placed_on_hold'],
	'stocks.offhold': ['stock', 'released_from_hold'],
	'stocks.transfer': ['stock', 'account_transferred'],
};

const OPERATORS = {
	eq: (a, b) => String(a) === String(b),
	neq: (a, b) => String(a) !== String(b),
	in: (a, b) => list(b).includes(String(a)),
	notin: (a, b) => !list(b).includes(String(a)),
	matches: (a, b) => {
		try {
			return new RegExp(String(b)).test(String(a ?? ''));
		} catch {
			return false;
		}
	},
	greater_than: (a, b) => Number(a) > Number(b),
	greater_than_eq: (a, b) => Number(a) >= Number(b),
	less_than: (a, b) => Number(a) < Number(b),
	less_than_eq: (a, b) => Number(a) <= Number(b),
	starts_with: (a, b) => String(a ?? '').startsWith(String(b)),
};
function list(v) {
	if (Array.isArray(v)) return v.map(String);
	return String(v ?? '')
		.split(',')
		.map((s) => s.trim());
}
const at = (obj, dotted) => String(dotted || '').split('.').filter(Boolean).reduce((o, k) => (o == null ? undefined : o[k]), obj);

function createAutomationEngine({ admin, tenants }) {
	let publicUrl = 'http://127.0.0.1';
	const config = { retries: 3, timeoutMs: 10_000, retryDelayMs: 1000 };
	const journal = []; // deliveries, oldest first (last 2000)
	let nextDeliveryId = 1;
	let duplicateNext = 0;
	let dropCreateResponses = 0;
	let paused = false;
	const queue = []; // deliveries held while paused
	const inFlight = new Set();

	const actionsOf = (tenant, automation) =>
		tenant
			.list('automation_actions')
			.filter((a) => a.automation_id === automation.id)
			.map((a) => ({
				...a,
				parameters: Object.fromEntries(
					tenant
						.list('automation_action_parameters')
						.filter((p) => p.automation_action_id === a.id)
						.map((p) => [p.parameter_code, p.value]),
				),
			}));

	const conditionsPass = (tenant, automation, payload) =>
		tenant
			.list('automation_conditions')
			.filter((c) => c.automation_id === automation.id)
			.every((c) => (OPERATORS[c.operator] ?? (() => false))(at(payload, c.source_path), c.value));

	/** Fires an event; returns the deliveries it started (promises settle when each is done). */
	function fire(tenant, resourceName, event, record) {
		admin.count('events');
		admin.count(`events.${resourceName}.${event}`);
		const payload = { data: { ...record } };
		const started = [];
		for (const automation of tenant.list('automations')) {
			if (automation.resource_name !== resourceName || automation.event !== event || automation.enabled === false) continue;
			if (!conditionsPass(tenant, automation, payload)) {
				admin.count('eventsFilteredByConditions');
				continue;
			}
			for (const action of actionsOf(tenant, automation)) {
				if (action.destination_type !== 'webhook' || !action.parameters.webhook_url) continue;
				const copies = duplicateNext > 0 ? 2 : 1;
				if (duplicateNext > 0) duplicateNext--;
				const delivery = {
					id: nextDeliveryId++,
					at: new Date(admin.now()).toISOString(),
					tenant: tenant.name,
					automationId: automation.id,
					integrationId: automation.integration_id ?? null,
					resource_name: resourceName,
					event,
					recordId: record.id ?? null,
					method: String(action.parameters.webhook_method || 'POST').toUpperCase(),
					url: action.parameters.webhook_url,
					body: payload,
					attempts: [],
					repeatOf: null,
					status: 'pending',
				};
				journal.push(delivery);
				if (journal.length > 2000) journal.shift();
				started.push(schedule(delivery));
				for (let i = 1; i < copies; i++) {
					// The same event delivered again, as the docs warn may happen, after the first one finished.
					const repeat = { ...delivery, id: nextDeliveryId++, attempts: [], repeatOf: delivery.id, status: 'pending' };
					journal.push(repeat);
					started.push(started[started.length - 1].then(() => schedule(repeat)));
				}
			}
		}
		return started;
	}

	function schedule(delivery) {
		if (paused) {
			delivery.status = 'paused';
			return new Promise((resolve) => queue.push(() => resolve(send(delivery))));
		}
		return send(delivery);
	}

	function headersFor(delivery) {
		const headers = {
			'Content-Type': 'application/json',
			'User-Agent': 'ClarusWMS-Webhooks (sandbox)',
			'X-ClarusWMS-Domain': `https://${delivery.tenant}.claruswms.com`,
			'X-ClarusWMS-API-Domain': publicUrl,
			'X-ClarusWMS-Subdomain': delivery.tenant,
			'X-ClarusWMS-Automation-ID': String(delivery.automationId),
		};
		if (delivery.integrationId != null) headers['X-ClarusWMS-Integration-ID'] = String(delivery.integrationId);
		return headers;
	}

	async function attempt(delivery) {
		const started = Date.now();
		const controller = new AbortController();
		const timer = setTimeout(() => controller.abort(), config.timeoutMs);
		const entry = { at: new Date(admin.now()).toISOString(), status: null, durationMs: null, error: null };
		delivery.attempts.push(entry);
		admin.count('deliveryAttempts');
		try {
			const get = delivery.method === 'GET';
			const url = new URL(delivery.url);
			if (get) url.searchParams.set('data', JSON.stringify(delivery.body.data));
			const res = await fetch(url, {
				method: delivery.method,
				headers: headersFor(delivery),
				body: get ? undefined : JSON.stringify(delivery.body),
				signal: controller.signal,
			});
			entry.status = res.status;
			entry.response = (await res.text()).slice(0, 500);
		} catch (error) {
			entry.error = controller.signal.aborted ? 'timeout' : String(error.cause?.code || error.message);
		} finally {
			clearTimeout(timer);
			entry.durationMs = Date.now() - started;
		}
		return entry.status >= 200 && entry.status < 300;
	}

	function send(delivery) {
		const p = (async () => {
			delivery.status = 'sending';
			admin.count('deliveries');
			for (let i = 0; i <= config.retries; i++) {
				if (i > 0 && config.retryDelayMs) await new Promise((r) => setTimeout(r, config.retryDelayMs));
				if (await attempt(delivery)) {
					delivery.status = 'delivered';
					admin.count('deliveriesSucceeded');
					return delivery;
				}
			}
			delivery.status = 'failed';
			admin.count('deliveriesFailed');
			return delivery;
		})();
		inFlight.add(p);
		p.finally(() => inFlight.delete(p));
		return p;
	}

	/** Called by the REST handler after a successful mutation. */
	function onRest({ tenant, resource, kind, action, result }) {
		const key = `${resource}.${action || kind}`;
		const mapped = REST_EVENTS[key];
		if (!mapped) return;
		for (const record of Array.isArray(result) ? result : result ? [result] : []) fire(tenant, mapped[0], mapped[1], record);
	}

	/** 422 for an event the resource does not have (the docs' events table). Returns an error body or null. */
	function validate(attributes) {
		const events = EVENTS[attributes?.resource_name];
		if (events && attributes.event !== undefined && !events.includes(attributes.event)) {
			return {
				errors: [
					{
						code: 422,
						symbol: 'invalid_event',
						details: `Event '${attributes.event}' is not valid for resource '${attributes.resource_name}' (valid: ${events.join(', ')})`,
						source: 'event',
						context: { resource_name: attributes.resource_name, event: attributes.event },
					},
				],
			};
		}
		return null;
	}

	// Express middleware in front of the automations REST routes: event validation, counters and
	// the "created but the response was lost" fault.
	function middleware(req, res, next) {
		const isCreate = req.method === 'POST' && req.path === '/automations';
		const isDelete = req.method === 'DELETE' && /^\/automations\/[^/]+$/.test(req.path);
		const isUpdate = req.method === 'PATCH' && /^\/automations\/[^/]+$/.test(req.path);
		if (!isCreate && !isDelete && !isUpdate) return next();
		const attrs = req.body?.data?.attributes;
		if ((isCreate || isUpdate) && attrs) {
			const current = isUpdate ? req.clarus.tenant.get('automations', req.path.split('/')[2]) : null;
			const error = validate({ resource_name: current?.resource_name, event: current?.event, ...attrs });
			if (error) return res.status(422).json(error);
		}
		res.on('finish', () => {
			if (isCreate && res.statusCode === 200) admin.count('automationsCreated');
			if (isDelete && res.statusCode === 204) admin.count('automationsDeleted');
		});
		if (isCreate && dropCreateResponses > 0) {
			dropCreateResponses--;
			admin.count('createResponsesDropped');
			// The automation is created, then the connection is cut before any answer is written.
			res.json = () => {
				admin.count('automationsCreated');
				req.socket.destroy();
				return res;
			};
		}
		return next();
	}

	const deliveriesView = (q = {}) =>
		journal.filter((d) => (!q.automationId || String(d.automationId) === String(q.automationId)) && (!q.tenant || d.tenant === q.tenant));

	const hooks = {
		// POST /__admin/events {tenant, resource_name, event, id, changes?, wait?}: an event the web
		// UI or a scanner causes (completed, dispatched, picked...). `changes` are applied to the
		// record first. With `wait: true` the answer waits for the deliveries and lists them.
		events: async (b) => {
			const tenant = tenants().get(b.tenant || 'acme-warehouse');
			if (!tenant) throw new Error(`unknown tenant ${b.tenant}`);
			if (!EVENTS[b.resource_name]?.includes(b.event)) throw new Error(`event ${b.resource_name}.${b.event} is not a documented Clarus automation event`);
			const table = TABLES[b.resource_name];
			let record = b.record ?? (b.id != null ? tenant.get(table, b.id) : undefined);
			if (!record) throw new Error(`no ${table} record with id ${b.id}`);
			if (b.changes && !b.record) record = tenant.update(table, b.id, { ...b.changes, updated_at: new Date(admin.now()).toISOString().replace(/\.\d{3}Z$/, 'Z') });
			const started = fire(tenant, b.resource_name, b.event, record);
			const deliveries = b.wait ? await Promise.all(started) : [];
			return { ok: true, deliveries: started.length, results: deliveries.map((d) => ({ id: d.id, status: d.status, attempts: d.attempts })) };
		},
		// the next N deliveries are each sent twice (the second after the first finished)
		'duplicate-next': (b) => ((duplicateNext = Number(b.count ?? 1)), { ok: true, duplicateNext }),
		// the next N POST /api/automations create the automation but cut the connection
		'drop-create-response': (b) => ((dropCreateResponses = Number(b.count ?? 1)), { ok: true, dropCreateResponses }),
		// {retries, timeoutMs, retryDelayMs}
		'delivery-config': (b) => {
			for (const k of Object.keys(config)) if (b[k] !== undefined) config[k] = Number(b[k]);
			return { ...config };
		},
		// endpoint outage from Clarus's side: deliveries wait until resume
		'deliveries-pause': () => ((paused = true), { ok: true }),
		'deliveries-resume': () => {
			paused = false;
			queue.splice(0).forEach((go) => go());
			return { ok: true };
		},
		// sends a journal entry again, as a repeat of it
		redeliver: async (b) => {
			const original = journal.find((d) => d.id === Number(b.id));
			if (!original) throw new Error(`no delivery ${b.id}`);
			const repeat = { ...original, id: nextDeliveryId++, attempts: [], repeatOf: original.id, status: 'pending', at: new Date(admin.now()).toISOString() };
			journal.push(repeat);
			const done = await schedule(repeat);
			return { id: done.id, status: done.status, attempts: done.attempts };
		},
		// waits until no delivery is in flight (tests use this instead of sleeping)
		'deliveries-settle': async () => {
			while (inFlight.size) await Promise.all([...inFlight]);
			return { ok: true };
		},
		'get:deliveries': (q) => deliveriesView(q),
		'get:automations': (q) => {
			const tenant = tenants().get(q.tenant || 'acme-warehouse');
			return tenant
				? tenant.list('automations').map((a) => ({
						...a,
						conditions: tenant.list('automation_conditions').filter((c) => c.automation_id === a.id),
						actions: actionsOf(tenant, a),
					}))
				: [];
		},
	};

	return {
		fire,
		onRest,
		middleware,
		hooks,
		setPublicUrl: (u) => (publicUrl = u),
		reset: () => {
			journal.length = 0;
			duplicateNext = 0;
			dropCreateResponses = 0;
			paused = false;
			queue.length = 0;
		},
	};
}

module.exports = { createAutomationEngine, EVENTS, TABLES, REST_EVENTS, OPERATORS };
