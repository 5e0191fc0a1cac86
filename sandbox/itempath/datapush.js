'use strict';
// ItemPath Data Push emulator. ItemPath's Data Push app (Apps → Data Push) sends each new
// transaction as one JSON POST to a configured connection address + path, with configured
// headers. It has no API: integrations are set up in ItemPath's UI, so here they are set up
// through the admin calls below. See sandbox/docs/itempath.md "Data Push" for what is
// documented and what is inferred.
//
//   POST   /__admin/data-push/integrations        {name, connectionAddress, path, headers:[{name,value,private}],
//                                                   timeoutSeconds=10 (max 90), maxRecordsPerSecond (≤100, default none),
//                                                   retries=1, verify=true, filters:{historyTypes, motiveTypes},
//                                                   consolidateLines=false, root='transaction', mappings, active=true}
//   GET    /__admin/data-push/integrations        (private header values redacted)
//   PATCH  /__admin/data-push/integrations/:id    {active, ...settings}
//   DELETE /__admin/data-push/integrations/:id
//   POST   /__admin/data-push/transactions        {records?|count?, creationDate?, integrationId?, wait?}: new
//                                                   transactions (as POST /__admin/transactions makes them), pushed
//   POST   /__admin/data-push/resend              {transactionIds?|failedIds?, integrationId?, wait?}
//   GET    /__admin/data-push/attempts            journal (one entry per HTTP attempt; private values redacted)
//   GET    /__admin/data-push/failed              the Failed Attempts tab
//   POST   /__admin/data-push/settle              waits until nothing is being pushed
const express = require('express');

// The docs' suggested mapping: `{"transaction": {...}}` with these Power Pick columns.
const DEFAULT_FIELDS = [
	'id', 'creationDate', 'type', 'orderId', 'orderName', 'orderLineId', 'number', 'materialName', 'serialNumber',
	'quantityRequested', 'quantityConfirmed', 'quantityDeviated', 'userName', 'motiveType', 'reasonCode', 'handlingUnit',
	'storageUnitName', 'warehouseName',
];
const REDACTED = '••••••';


function attachDataPush({ admin, transactions, append }) {
	const integrations = new Map();
	let nextIntegrationId = 1;
	let nextAttemptId = 1;
	let nextFailedId = 1;
	const attempts = [];
	const failed = [];
	const inFlight = new Set();
	const lastSendAt = new Map(); // integration id -> ms of the last send (rate limit)

	const view = (i) => ({ ...i, headers: i.headers.map((h) => ({ ...h, value: h.private ? REDACTED : h.value })) });

	function configure(target, body) {
		if (body.timeoutSeconds !== undefined) {
			const t = Number(body.timeoutSeconds);
			if (!(t >= 1 && t <= 90)) throw new Error('timeoutSeconds must be between 1 and 90');
			target.timeoutSeconds = t;
		}
		if (body.maxRecordsPerSecond !== undefined && body.maxRecordsPerSecond !== null) {
			const r = Number(body.maxRecordsPerSecond);
			if (!(r >= 1 && r <= 100)) throw new Error('maxRecordsPerSecond must be between 1 and 100');
			target.maxRecordsPerSecond = r;
		}
		for (const k of ['name', 'connectionAddress', 'path', 'verify', 'consolidateLines', 'root', 'mappings', 'active', 'filters'])
			if (body[k] !== undefined) target[k] = body[k];
		if (body.retries !== undefined) target.retries = Math.max(0, Number(body.retries));
		if (body.headers !== undefined) {
			if (!Array.isArray(body.headers)) throw new Error('headers must be a list of {name, value, private}');
			target.headers = body.headers.map((h) => ({ name: String(h.name), value: String(h.value ?? ''), private: Boolean(h.private) }));
		}
		if (!target.connectionAddress) throw new Error('connectionAddress is required');
		return target;
	}

	const matches = (integration, tx) => {
		const f = integration.filters || {};
		if (Array.isArray(f.historyTypes) && f.historyTypes.length && !f.historyTypes.map(Number).includes(Number(tx.type))) return false;
		if (Array.isArray(f.motiveTypes) && f.motiveTypes.length && !f.motiveTypes.map(Number).includes(Number(tx.motiveType))) return false;
		return true;
	};

	// One payload per transaction, or per order line with Consolidate Lines (values that differ
	// between the line's transactions become {"<transactionId>": value}).
	function payloads(integration, txs) {
		const fields = integration.mappings && typeof integration.mappings === 'object' ? integration.mappings : Object.fromEntries(DEFAULT_FIELDS.map((c) => [c, c]));
		const map = (tx) => Object.fromEntries(Object.entries(fields).map(([key, column]) => [key, typeof column === 'object' && column && 'text' in column ? column.text : (tx[column] ?? null)]));
		const wrap = (obj) => (integration.root === '' ? obj : { [integration.root ?? 'transaction']: obj });
		if (!integration.consolidateLines) return txs.map((tx) => ({ txIds: [tx.id], body: wrap(map(tx)) }));
		const groups = new Map();
		for (const tx of txs) groups.set(tx.orderLineId ?? tx.id, [...(groups.get(tx.orderLineId ?? tx.id) || []), tx]);
		return [...groups.values()].map((group) => {
			if (group.length === 1) return { txIds: [group[0].id], body: wrap(map(group[0])) };
			const mapped = group.map(map);
			const out = {};
			for (const key of Object.keys(fields)) {
				const values = mapped.map((m) => m[key]);
				out[key] = values.every((v) => JSON.stringify(v) === JSON.stringify(values[0])) ? values[0] : Object.fromEntries(group.map((tx, i) => [tx.id, values[i]]));
			}
			return { txIds: group.map((tx) => tx.id), body: wrap(out) };
		});
	}

	async function attempt(integration, payload, resend) {
		const url = `${String(integration.connectionAddress).replace(/\/+$/, '')}/${String(integration.path || '').replace(/^\/+/, '')}`;
		const headers = { 'Content-Type': 'application/json', 'User-Agent': 'ItemPath-DataPush (sandbox)' };
		for (const h of integration.headers) headers[h.name] = h.value;
		const entry = {
			id: nextAttemptId++,
			at: new Date(admin.now()).toISOString(),
			integrationId: integration.id,
			transactionIds: payload.txIds,
			url,
			headers: Object.fromEntries(integration.headers.map((h) => [h.name, h.private ? REDACTED : h.value])),
			resend: Boolean(resend),
			status: null,
			error: null,
			durationMs: null,
		};
		attempts.push(entry);
		if (attempts.length > 5000) attempts.shift();
		admin.count('dataPushAttempts');
		const controller = new AbortController();
		const timer = setTimeout(() => controller.abort(), integration.timeoutSeconds * 1000);
		const started = Date.now();
		try {
			const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(payload.body), signal: controller.signal });
			entry.status = res.status;
			entry.response = (await res.text()).slice(0, 300);
		} catch (error) {
			entry.error = controller.signal.aborted ? `timeout after ${integration.timeoutSeconds} s` : String(error.cause?.code || error.message);
		} finally {
			clearTimeout(timer);
			entry.durationMs = Date.now() - started;
		}
		return entry;
	}

	async function throttle(integration) {
		if (!integration.maxRecordsPerSecond) return;
		const gap = 1000 / integration.maxRecordsPerSecond;
		const last = lastSendAt.get(integration.id) ?? 0;
		const wait = last + gap - Date.now();
		lastSendAt.set(integration.id, Math.max(Date.now(), last + gap));
		if (wait > 0) await new Promise((r) => setTimeout(r, wait));
	}

	// Sends one payload: first try plus `retries` automatic resends, then Failed Attempts.
	function deliver(integration, payload, resend = false) {
		const p = (async () => {
			await throttle(integration);
			let last;
			for (let i = 0; i <= integration.retries; i++) {
				last = await attempt(integration, payload, resend || i > 0);
				if (last.status >= 200 && last.status < 300) {
					admin.count('dataPushDelivered');
					return { ok: true, transactionIds: payload.txIds, attempts: i + 1, status: last.status };
				}
			}
			admin.count('dataPushFailed');
			failed.push({
				id: nextFailedId++,
				at: new Date(admin.now()).toISOString(),
				integrationId: integration.id,
				transactionIds: payload.txIds,
				status: last.status,
				error: last.error ?? `HTTP ${last.status}`,
			});
			for (const id of payload.txIds) {
				const tx = transactions().find((t) => t.id === id);
				if (tx) tx.exportStateType = 5; // export failed
			}
			return { ok: false, transactionIds: payload.txIds, attempts: integration.retries + 1, status: last.status, error: last.error };
		})();
		inFlight.add(p);
		p.finally(() => inFlight.delete(p));
		return p;
	}

	function push(txs, { integrationId, resend = false } = {}) {
		const started = [];
		for (const integration of integrations.values()) {
			if (!integration.active) continue;
			if (integrationId !== undefined && integration.id !== Number(integrationId)) continue;
			const selected = txs.filter((tx) => matches(integration, tx));
			// Sequential per integration, in creation order.
			let chain = Promise.resolve();
			for (const payload of payloads(integration, selected)) {
				const next = chain.then(() => deliver(integration, payload, resend));
				chain = next;
				started.push(next);
			}
		}
		return started;
	}

	const router = express.Router();
	const handle = (fn) => async (req, res) => {
		try {
			res.json(await fn(req.body || {}, req));
		} catch (error) {
			res.status(400).json({ error: String(error.message || error) });
		}
	};
	router.post(
		'/integrations',
		handle((b) => {
			const integration = configure({ id: nextIntegrationId++, name: 'n8n', path: '', headers: [], timeoutSeconds: 10, maxRecordsPerSecond: null, retries: 1, verify: true, filters: {}, consolidateLines: false, root: 'transaction', mappings: null, active: true }, b);
			integrations.set(integration.id, integration);
			return view(integration);
		}),
	);
	router.get('/integrations', (_req, res) => res.json([...integrations.values()].map(view)));
	router.patch(
		'/integrations/:id',
		handle((b, req) => {
			const integration = integrations.get(Number(req.params.id));
			if (!integration) throw new Error(`no integration ${req.params.id}`);
			return view(configure(integration, b));
		}),
	);
	router.delete(
		'/integrations/:id',
		handle((_b, req) => ({ ok: integrations.delete(Number(req.params.id)) })),
	);
	router.post(
		'/transactions',
		handle(async (b) => {
			const given = Array.isArray(b.records) ? b.records : Array.from({ length: Number(b.count ?? 1) }, () => ({}));
			// Transactions as Power Pick writes them (the simulator's own factory, also behind
			// POST /__admin/transactions), then pushed.
			const created = given.map((r, i) => append({ ...(b.creationDate ? { creationDate: b.creationDate } : {}), ...r }, i));
			admin.count('dataPushTransactionsCreated', created.length);
			const started = push(created, { integrationId: b.integrationId });
			const results = b.wait ? await Promise.all(started) : [];
			for (const tx of created) if (!failed.some((f) => f.transactionIds.includes(tx.id)) && b.wait) tx.exportStateType = 4;
			return { transactions: created, pushes: started.length, results };
		}),
	);
	router.post(
		'/resend',
		handle(async (b) => {
			const ids = new Set(b.transactionIds || []);
			for (const fid of b.failedIds || []) {
				const i = failed.findIndex((f) => f.id === Number(fid));
				if (i > -1) {
					failed[i].transactionIds.forEach((id) => ids.add(id));
					failed.splice(i, 1);
				}
			}
			const txs = transactions().filter((t) => ids.has(t.id));
			if (txs.length !== ids.size) throw new Error('unknown transaction id');
			const started = push(txs, { integrationId: b.integrationId, resend: true });
			return { pushes: started.length, results: b.wait ? await Promise.all(started) : [] };
		}),
	);
	router.get('/attempts', (_req, res) => res.json(attempts));
	router.get('/failed', (_req, res) => res.json(failed));
	router.post(
		'/settle',
		handle(async () => {
			while (inFlight.size) await Promise.all([...inFlight]);
			return { ok: true };
		}),
	);
	router.post(
		'/reset',
		handle(() => {
			integrations.clear();
			attempts.length = 0;
			failed.length = 0;
			return { ok: true };
		}),
	);
	admin.router.use('/data-push', router);
	return { push, integrations };
}

module.exports = { attachDataPush, DEFAULT_FIELDS };
