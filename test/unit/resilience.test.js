'use strict';
// Unit tests of the shared retry, pool and renewal logic (compiled code in dist/). Waits here are
// all zero (Retry-After: 0) or refused by the budget, so nothing depends on the clock.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('path');

const dist = (file) => require(path.join(__dirname, '..', '..', 'dist', 'nodes', 'shared', file));
const { retryAfterMs, backoffMs, classify, sendWithRetries, retryReport, describeRetries, retrySettings } = dist('retry.js');
const { runPool } = dist('pool.js');
const { executePerItem } = dist('execute.js');
const { renewOnce } = require(path.join(__dirname, '..', '..', 'dist', 'credentials', 'common', 'renewal.js'));

const ctx = (requestOptions = {}) => ({
	getNode: () => ({ name: 'Node', type: 't', typeVersion: 1, parameters: {} }),
	getNodeParameter: (name, _i, fallback) => (name === 'requestOptions' ? requestOptions : fallback),
});
const httpError = (status, headers = {}) => Object.assign(new Error(`HTTP ${status}`), { response: { status, headers, data: {} } });
const netError = (code) => Object.assign(new Error(code), { code });

test('Retry-After: delta-seconds and HTTP dates', () => {
	assert.equal(retryAfterMs('3', 0), 3000);
	assert.equal(retryAfterMs(['1.5'], 0), 1500);
	const now = Date.parse('Tue, 01 Dec 2026 10:00:00 GMT');
	assert.equal(retryAfterMs('Tue, 01 Dec 2026 10:00:05 GMT', now), 5000);
	assert.equal(retryAfterMs('Tue, 01 Dec 2026 09:00:00 GMT', now), 0, 'a date in the past: no wait');
	assert.equal(retryAfterMs('soon', now), undefined);
	assert.equal(retryAfterMs(undefined, now), undefined);
});

test('backoff grows exponentially, is capped and jittered between half and all of the step', () => {
	assert.equal(backoffMs(1, () => 0), 500);
	assert.equal(backoffMs(1, () => 1), 1000);
	assert.equal(backoffMs(3, () => 1), 4000);
	assert.equal(backoffMs(20, () => 1), 30_000);
	assert.equal(backoffMs(20, () => 0), 15_000);
});

test('what is retried: 429/503 always, resets and 502/504 only for reads, other 5xx of writes are ambiguous', () => {
	const f = (status, extra = {}) => ({ status, message: 'x', ...extra });
	assert.equal(classify(f(429, { headers: { 'Retry-After': '2' } }), true, 0).kind, 'retry');
	assert.equal(classify(f(429, { headers: { 'retry-after': '2' } }), true, 0).waitMs, 2000);
	assert.equal(classify(f(503), true, 0).kind, 'retry');
	assert.equal(classify(f(503), true, 0).pauseAll, true);
	assert.equal(classify(f(502), false, 0).kind, 'retry');
	assert.equal(classify(f(502), true, 0).kind, 'ambiguous');
	assert.equal(classify(f(500), true, 0).kind, 'ambiguous');
	assert.equal(classify(f(500), false, 0).kind, 'fail');
	assert.equal(classify(f(422), true, 0).kind, 'fail');
	assert.equal(classify({ message: 'x', code: 'ECONNRESET' }, false, 0).kind, 'retry');
	assert.equal(classify({ message: 'x', code: 'ECONNRESET' }, true, 0).kind, 'ambiguous');
	assert.equal(classify({ message: 'timeout of 2000ms exceeded', code: 'ECONNABORTED' }, true, 0).kind, 'ambiguous');
	assert.equal(classify({ message: 'x', code: 'ECONNREFUSED' }, false, 0).kind, 'fail');
});

test('a throttled request is retried until it succeeds; the count is reported on failure', async () => {
	let calls = 0;
	const result = await sendWithRetries(ctx(), {
		vendor: 'V',
		write: true,
		send: async () => {
			calls++;
			if (calls < 3) throw httpError(429, { 'retry-after': '0' });
			return 'ok';
		},
	});
	assert.equal(result, 'ok');
	assert.equal(calls, 3);

	calls = 0;
	const c = ctx({ maxRetries: 2 });
	const error = await sendWithRetries(c, {
		vendor: 'V',
		write: false,
		send: async () => {
			calls++;
			throw httpError(503, { 'Retry-After': '0' });
		},
	}).catch((e) => e);
	assert.equal(calls, 3, 'first try plus 2 retries');
	assert.deepEqual({ ...retryReport(error), gaveUp: undefined }, { attempts: 3, waitedMs: 0, ambiguous: false, reason: 'HTTP 503', gaveUp: undefined });
	assert.match(describeRetries('V', error).note, /Tried 3 times and waited 0 s in total; stopped because Max Retries \(2\) was reached/);
});

test('a wait longer than the budget is not started', async () => {
	let calls = 0;
	const error = await sendWithRetries(ctx({ maxWaitSeconds: 10 }), {
		vendor: 'V',
		write: false,
		send: async () => {
			calls++;
			throw httpError(429, { 'Retry-After': '3600' });
		},
	}).catch((e) => e);
	assert.equal(calls, 1);
	assert.match(retryReport(error).gaveUp, /waiting 3600 s more would exceed the longest total wait of 10 s/);
});

test('an ambiguous write is never re-sent and says it may have been written', async () => {
	for (const failure of [httpError(500), httpError(504), netError('ECONNRESET'), Object.assign(new Error('timeout of 100ms exceeded'), { code: 'ECONNABORTED' })]) {
		let calls = 0;
		const error = await sendWithRetries(ctx(), {
			vendor: 'V',
			write: true,
			send: async () => {
				calls++;
				throw failure;
			},
		}).catch((e) => e);
		assert.equal(calls, 1, failure.message);
		const { ambiguous, note } = describeRetries('V', error, 'Look for order X.');
		assert.equal(ambiguous, true);
		assert.match(note, /may have been written\. Look for order X\. before running this item again; it was not re-sent/);
	}
	// A read that met a reset is retried.
	let calls = 0;
	await sendWithRetries(ctx(), {
		vendor: 'V',
		write: false,
		send: async () => {
			if (++calls === 1) throw netError('ECONNRESET');
			return 'ok';
		},
	});
	assert.equal(calls, 2);
});

test('Request Options are bounded', () => {
	const s = retrySettings(ctx({ maxRetries: 99, concurrency: 1000, maxWaitSeconds: -3 }));
	assert.equal(s.maxRetries, 20);
	assert.equal(s.concurrency, 16);
	assert.equal(s.maxWaitMs, 0);
	const d = retrySettings({ getNode: () => ({}) });
	assert.deepEqual(d, { maxRetries: 5, maxWaitMs: 120_000, timeoutMs: 0, concurrency: 1 });
});

test('the pool runs at most N tasks at once, in index order, and stops when told', async () => {
	let inFlight = 0;
	let most = 0;
	const started = [];
	await runPool(20, 4, async (i) => {
		started.push(i);
		inFlight++;
		most = Math.max(most, inFlight);
		await new Promise((r) => setImmediate(r));
		inFlight--;
	});
	assert.equal(most, 4);
	assert.deepEqual(started, [...Array(20).keys()]);
	const seen = [];
	await runPool(20, 3, async (i) => {
		seen.push(i);
		return i !== 5;
	});
	assert.ok(seen.length < 20 && seen.includes(5) && !seen.includes(12));
});

test('per-item execution with several in flight keeps input order, pairing and Continue On Fail', async () => {
	const items = Array.from({ length: 30 }, (_, i) => ({ json: { i } }));
	const fake = (continueOnFail) => ({
		getInputData: () => items,
		continueOnFail: () => continueOnFail,
		getNode: () => ({ name: 'Node' }),
	});
	const handler = async (i) => {
		// Later items finish first.
		for (let k = 0; k < 30 - i; k++) await new Promise((r) => setImmediate(r));
		if (i === 7) throw new Error('item 7 is bad');
		return { n: i };
	};
	const [out] = await executePerItem(fake(true), handler, { concurrency: 8 });
	assert.equal(out.length, 30);
	out.forEach((o, i) => {
		assert.deepEqual(o.pairedItem, { item: i });
		if (i === 7) assert.equal(o.json.error, 'item 7 is bad');
		else assert.equal(o.json.n, i);
	});
	await assert.rejects(executePerItem(fake(false), handler, { concurrency: 8 }), /item 7 is bad/);
});

test('renewals of one identity are shared; other identities and failures are not', async () => {
	let renewals = 0;
	const renew = async () => {
		renewals++;
		await new Promise((r) => setImmediate(r));
		return { token: `t${renewals}` };
	};
	const a = { url: 'x', user: 'a', token: 'old', renewalId: 'cred-1' };
	const results = await Promise.all(Array.from({ length: 20 }, () => renewOnce('unitType', { ...a }, { tokenField: 'token' }, renew)));
	assert.equal(renewals, 1);
	assert.ok(results.every((r) => r.token === 't1'));
	// Shortly after, an execution still holding the old token gets the same result.
	assert.equal((await renewOnce('unitType', { ...a }, { tokenField: 'token' }, renew)).token, 't1');
	assert.equal(renewals, 1);
	// A token other than the one replaced (e.g. the new one, revoked meanwhile) is renewed again.
	assert.equal((await renewOnce('unitType', { ...a, token: 't1' }, { tokenField: 'token' }, renew)).token, 't2');
	assert.equal(renewals, 2);
	// Another user (or password) is another identity.
	await renewOnce('unitType', { ...a, user: 'b' }, { tokenField: 'token' }, renew);
	assert.equal(renewals, 3);
	// Another credential with identical settings never shares (its own renewal id).
	await renewOnce('unitType', { ...a, renewalId: 'cred-2' }, { tokenField: 'token' }, renew);
	assert.equal(renewals, 4);
	// Without a renewal id yet (first use) nothing is shared, and the result carries a new id.
	const first = await Promise.all([1, 2].map(() => renewOnce('unitType', { ...a, renewalId: '' }, { tokenField: 'token' }, renew)));
	assert.equal(renewals, 6);
	assert.ok(first[0].renewalId && first[0].renewalId !== first[1].renewalId);
	// A failed renewal is not kept.
	let failures = 0;
	const failing = async () => {
		failures++;
		throw new Error('no');
	};
	await assert.rejects(renewOnce('unitType', { ...a, user: 'c' }, { tokenField: 'token' }, failing));
	await assert.rejects(renewOnce('unitType', { ...a, user: 'c' }, { tokenField: 'token' }, failing));
	assert.equal(failures, 2);
});
