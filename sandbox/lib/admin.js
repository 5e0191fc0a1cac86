'use strict';
// Test controls shared by every vendor simulator. Mounted at /__admin on each vendor's server,
// a path no vendor uses. Nothing here changes how the simulated API behaves except what a test
// explicitly asks for (a fault, a clock jump, a revocation).
const express = require('express');

function createAdmin(vendor) {
	const state = {
		counters: {},
		requests: [], // the last 5000 API requests (not admin ones), oldest first
		faults: [], // queued faults: { remaining, status, body, contentType, delayMs, match }
		clockOffsetMs: 0,
		frozenAtMs: null, // while set, the vendor clock stands still (tests of second boundaries)
	};
	const hooks = {}; // vendor-specific admin actions: name -> (body) => result

	const count = (name, by = 1) => {
		state.counters[name] = (state.counters[name] || 0) + by;
	};
	const now = () => state.frozenAtMs ?? Date.now() + state.clockOffsetMs;

	// Records every API request; must be mounted after body parsers.
	const recorder = (req, _res, next) => {
		count('requests');
		state.requests.push({
			at: now(),
			method: req.method,
			path: req.path,
			query: req.query,
			headers: { ...req.headers },
			body: req.body,
		});
		if (state.requests.length > 5000) state.requests.shift();
		next();
	};

	// Serves an injected fault instead of the real answer for the next N matching calls.
	const faults = async (req, res, next) => {
		const i = state.faults.findIndex((f) => !f.match || req.originalUrl.includes(f.match));
		if (i === -1) return next();
		const fault = state.faults[i];
		// A fault with skip > 0 lets that many matching calls through first.
		if (fault.skip > 0) {
			fault.skip--;
			return next();
		}
		fault.remaining--;
		if (fault.remaining <= 0) state.faults.splice(i, 1);
		count('faultsServed');
		if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
		if (!fault.status) return next(); // a pure delay
		res.status(fault.status);
		if (fault.contentType) res.type(fault.contentType);
		if (typeof fault.body === 'string') return res.send(fault.body);
		return res.json(fault.body ?? { message: 'Injected fault' });
	};

	const router = express.Router();
	router.use(express.json());
	router.get('/counters', (_req, res) => res.json(state.counters));
	router.get('/requests', (_req, res) => res.json(state.requests));
	router.post('/reset', (_req, res) => {
		state.counters = {};
		state.requests = [];
		state.faults = [];
		res.json({ ok: true });
	});
	// body: { count = 1, skip = 0, status, body, contentType, delayMs, match }
	router.post('/faults', (req, res) => {
		const f = req.body || {};
		state.faults.push({
			remaining: f.count ?? 1,
			skip: f.skip ?? 0,
			status: f.status,
			body: f.body,
			contentType: f.contentType,
			delayMs: f.delayMs,
			match: f.match,
		});
		res.json({ ok: true, queued: state.faults.length });
	});
	// body: { advanceSeconds } moves this vendor's clock forward (tokens expire, jobs progress);
	// { freeze: true } stops it at the current whole second, so tests of whole-second lifetimes
	// (JWT exp, Doorkeeper expires_in) do not depend on where a real second boundary falls;
	// { freeze: false } lets it tick again from where it stood.
	router.post('/clock', (req, res) => {
		const advanceMs = Number(req.body?.advanceSeconds || 0) * 1000;
		if (req.body?.freeze === true && state.frozenAtMs === null) state.frozenAtMs = Math.floor(now() / 1000) * 1000;
		if (req.body?.freeze === false && state.frozenAtMs !== null) {
			state.clockOffsetMs = state.frozenAtMs - Date.now();
			state.frozenAtMs = null;
		}
		if (state.frozenAtMs !== null) state.frozenAtMs += advanceMs;
		else state.clockOffsetMs += advanceMs;
		res.json({ now: new Date(now()).toISOString(), offsetSeconds: (now() - Date.now()) / 1000, frozen: state.frozenAtMs !== null });
	});
	router.post('/:action', async (req, res, next) => {
		const hook = hooks[req.params.action];
		if (!hook) return next();
		try {
			res.json((await hook(req.body || {})) ?? { ok: true });
		} catch (error) {
			res.status(400).json({ error: String(error.message || error) });
		}
	});
	router.get('/:action', async (req, res, next) => {
		const hook = hooks[`get:${req.params.action}`];
		if (!hook) return next();
		res.json(await hook(req.query));
	});

	return { vendor, state, count, now, recorder, faults, router, hooks };
}

module.exports = { createAdmin };
