'use strict';
// Test controls shared by every vendor simulator. Mounted at /__admin on each vendor's server,
// a path no vendor uses. Nothing here changes how the simulated API behaves except what a test
// explicitly asks for (a fault, a clock jump, a revocation).
const express = require('express');

// `presets`: the vendor's own answers for the named faults, e.g. { throttle: { status: 429,
// body, headers: (retryAfter) => ({...}) } } (see each vendor's docs page).
function createAdmin(vendor, { presets = {} } = {}) {
	const state = {
		counters: {},
		requests: [], // the last 5000 API requests (not admin ones), oldest first
		faults: [], // queued faults: { remaining, status, body, headers, contentType, delayMs, match, method, drop }
		clockOffsetMs: 0,
		frozenAtMs: null, // while set, the vendor clock stands still (tests of second boundaries)
		latencyMs: 0, // added before every API answer (POST /__admin/latency)
	};
	const hooks = {}; // vendor-specific admin actions: name -> (body) => result

	const count = (name, by = 1) => {
		state.counters[name] = (state.counters[name] || 0) + by;
	};
	const now = () => state.frozenAtMs ?? Date.now() + state.clockOffsetMs;

	// Records every API request; must be mounted after body parsers.
	// Each entry gets the status it was answered with (`status`, null while unanswered or when
	// the answer was dropped) and the vendor-clock time it arrived (`at`).
	const recorder = (req, res, next) => {
		count('requests');
		const entry = {
			at: now(),
			method: req.method,
			path: req.path,
			query: req.query,
			headers: { ...req.headers },
			body: req.body,
			status: null,
		};
		state.requests.push(entry);
		if (state.requests.length > 5000) state.requests.shift();
		res.on('finish', () => {
			entry.status = res.statusCode;
		});
		if (!state.latencyMs) return next();
		setTimeout(next, state.latencyMs);
	};

	// Serves an injected fault instead of the real answer for the next N matching calls. A fault
	// with `drop` lets the vendor process the call, then never answers (`hang`: the connection
	// stays open until the client gives up) or resets the connection (`reset`).
	const faults = async (req, res, next) => {
		const i = state.faults.findIndex(
			(f) => (!f.match || req.originalUrl.includes(f.match)) && (!f.method || f.method.toUpperCase() === req.method),
		);
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
		if (fault.drop) {
			count('answersDropped');
			const swallow = () => {
				if (fault.drop === 'reset') req.socket.destroy();
				return res;
			};
			res.writeHead = swallow;
			res.write = () => true;
			res.end = swallow;
			return next();
		}
		if (!fault.status) return next(); // a pure delay
		res.status(fault.status);
		for (const [name, value] of Object.entries(fault.headers())) res.set(name, String(value));
		if (fault.contentType) res.type(fault.contentType);
		if (typeof fault.body === 'string') return res.send(fault.body);
		return res.json(fault.body ?? { message: 'Injected fault' });
	};

	// A fault from the request body; `preset` takes the vendor's own status, body and headers.
	// `retryAfter` (seconds) sets Retry-After, as delta-seconds or, with `retryAfterDate`, as an
	// HTTP date (real time, rounded up to the next whole second, so the wait is never shorter).
	const faultFrom = (f) => {
		const preset = f.preset ? presets[f.preset] : undefined;
		if (f.preset && !preset) throw new Error(`unknown fault preset "${f.preset}" (known: ${Object.keys(presets).join(', ')})`);
		// Computed when the fault is served, so an HTTP date is that far from the answer.
		const headers = () => {
			const out = { ...(preset?.headers ? preset.headers(f.retryAfter) : {}), ...(f.headers ?? {}) };
			if (f.retryAfter !== undefined) {
				out['Retry-After'] = f.retryAfterDate
					? new Date(Math.ceil((Date.now() + Number(f.retryAfter) * 1000) / 1000) * 1000).toUTCString()
					: String(f.retryAfter);
			}
			return out;
		};
		return {
			remaining: f.count ?? 1,
			skip: f.skip ?? 0,
			status: f.status ?? preset?.status,
			body: f.body ?? preset?.body,
			headers,
			contentType: f.contentType,
			delayMs: f.delayMs,
			match: f.match,
			method: f.method,
			drop: f.drop,
		};
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
	// body: { count = 1, skip = 0, status, body, headers, contentType, delayMs, match, method,
	//         preset, retryAfter, retryAfterDate, drop: 'hang' | 'reset' }
	router.post('/faults', (req, res) => {
		try {
			state.faults.push(faultFrom(req.body || {}));
		} catch (error) {
			return res.status(400).json({ error: error.message });
		}
		res.json({ ok: true, queued: state.faults.length });
	});
	// body: { ms } adds this much latency before every API answer (0: none); for benchmarks.
	router.post('/latency', (req, res) => {
		state.latencyMs = Math.max(0, Number(req.body?.ms || 0));
		res.json({ latencyMs: state.latencyMs });
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
