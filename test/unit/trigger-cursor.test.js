'use strict';
// Unit tests of the polling triggers' cursor (compiled code in dist/): exactly-once emission with
// identical timestamps, late rows inside the look-back, held cursors over unordered lists, budgets.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('path');
const fs = require('fs');

const dist = path.join(__dirname, '..', '..', 'dist', 'nodes', 'shared', 'triggers', 'cursor.js');
if (!fs.existsSync(dist)) throw new Error('build first: npm run build');
const { timeKey, shiftKey, baseline, createScan, pollDeadline, DEFAULT_POLL_BUDGET_MS } = require(dist);

test('time keys of both vendors sort like time', () => {
	assert.equal(timeKey('2022-03-17T19:15:16.067000'), '2022-03-17T19:15:16.067000');
	assert.equal(timeKey('2023-04-03 19:16:34'), '2023-04-03T19:16:34.000000');
	assert.equal(timeKey('2025-01-31T10:00:00.000000Z'), '2025-01-31T10:00:00.000000');
	assert.equal(timeKey('2025-01-31T10:00:00'), '2025-01-31T10:00:00.000000');
	assert.equal(timeKey('31/01/2025'), undefined);
	assert.ok(timeKey('2023-04-03 19:16:34') < timeKey('2023-04-03T19:16:34.000001'));
	assert.equal(shiftKey('2025-01-01T00:00:00.000123', 120), '2024-12-31T23:58:00.000123');
});

/** Runs polls over a simulated table until nothing is new; returns the ids emitted per poll. */
function pollAll(table, state, { lookBackSeconds = 0, maxRecords = 1000, pageSize = 1000, order = (rows) => rows } = {}) {
	const polls = [];
	for (let n = 0; n < 50; n++) {
		const scan = createScan(state, { lookBackSeconds, maxRecords, deadline: Date.now() + 60_000 });
		const rows = order(table.map((r) => ({ row: r, data: r.id })));
		let lastPage = false;
		for (let p = 0; ; p++) {
			const page = rows.slice(p * pageSize, (p + 1) * pageSize);
			lastPage = page.length < pageSize;
			if (!scan.offer(page) || lastPage) break;
		}
		const result = scan.finish(lastPage);
		state = result.state;
		if (!result.emit.length) break;
		polls.push(result.emit);
	}
	return { polls, state };
}

const row = (id, at) => ({ id: String(id), at: timeKey(at) });

test('baseline emits nothing; identical timestamps split across polls are each emitted once', () => {
	const table = [row(1, '2025-01-01 10:00:00'), row(2, '2025-01-01 10:00:05'), row(3, '2025-01-01 10:00:05')];
	let state = baseline(timeKey('2024-12-31 00:00:00'), table, 0);
	assert.equal(pollAll(table, state).polls.length, 0, 'nothing new after the baseline');
	// Two more rows at the cursor's exact second, one later.
	table.push(row(4, '2025-01-01 10:00:05'), row(5, '2025-01-01 10:00:05'), row(6, '2025-01-01 10:00:07'));
	const first = pollAll(table, state, { maxRecords: 1 });
	assert.deepEqual(first.polls, [['4'], ['5'], ['6']]);
	state = first.state;
	assert.equal(pollAll(table, state).polls.length, 0);
});

test('a late row inside the look-back is emitted once; one older than the look-back is not', () => {
	const table = [row(1, '2025-01-01T10:00:00')];
	let state = baseline(timeKey('2024-12-31T00:00:00'), table, 120);
	table.push(row(2, '2025-01-01T10:05:00'));
	let r = pollAll(table, state, { lookBackSeconds: 120 });
	assert.deepEqual(r.polls, [['2']]);
	state = r.state;
	table.push(row(3, '2025-01-01T10:04:00'), row(4, '2025-01-01T09:00:00'));
	r = pollAll(table, state, { lookBackSeconds: 120 });
	assert.deepEqual(r.polls, [['3']]);
	assert.equal(pollAll(table, r.state, { lookBackSeconds: 120 }).polls.length, 0);
});

test('a row changed again (a later time) is emitted again, once', () => {
	const table = [row(1, '2025-01-01 10:00:00'), row(2, '2025-01-01 10:00:00')];
	let state = baseline(timeKey('2024-12-31 00:00:00'), table, 0);
	table[0] = row(1, '2025-01-01 10:00:02');
	const r = pollAll(table, state);
	assert.deepEqual(r.polls, [['1']]);
	assert.equal(pollAll(table, r.state).polls.length, 0);
});

test('a backlog in an unordered list drains over polls, none lost or repeated (held cursor)', () => {
	const table = [];
	for (let i = 1; i <= 5000; i++) table.push(row(i, new Date(Date.UTC(2025, 0, 1) + (i % 777) * 1000).toISOString().slice(0, 19)));
	const state = baseline(timeKey('2024-12-31T00:00:00'), [], 0);
	const shuffle = (rows) => [...rows].sort((a, b) => ((Number(a.row.id) * 2654435761) % 4093) - ((Number(b.row.id) * 2654435761) % 4093));
	const { polls } = pollAll(table, state, { maxRecords: 1000, pageSize: 700, order: shuffle });
	assert.equal(polls.length, 5);
	assert.ok(polls.every((p) => p.length === 1000));
	const all = polls.flat();
	assert.equal(new Set(all).size, 5000);
});

test('pollDeadline uses getPollBudgetMs when present, else 5 minutes, minus 20 %', () => {
	const now = 1_000_000;
	assert.equal(pollDeadline({ getPollBudgetMs: () => 36_000 }, now), now + 28_800);
	assert.equal(pollDeadline({}, now), now + DEFAULT_POLL_BUDGET_MS * 0.8);
});

test('poll errors declare a failure cause from the HTTP status; one already declared is kept', () => {
	const { failureOf, pollError } = require(path.join(__dirname, '..', '..', 'dist', 'nodes', 'shared', 'triggers', 'failure.js'));
	const { NodeApiError, NodeOperationError } = require('n8n-workflow');
	assert.deepEqual(failureOf(401), { cause: 'credential-invalid' });
	assert.deepEqual(failureOf('429'), { cause: 'rate-limited' });
	assert.deepEqual(failureOf(422), { cause: 'configuration-invalid' });
	assert.deepEqual(failureOf(503), { cause: 'temporarily-unavailable' });
	assert.deepEqual(failureOf(undefined), { cause: 'temporarily-unavailable' });
	const node = { name: 'T', type: 'x', typeVersion: 1, position: [0, 0], parameters: {} };
	const api = new NodeApiError(node, { message: 'Too many' }, { message: 'Too many', httpCode: '429' });
	assert.deepEqual(pollError(node, api).failure, { cause: 'rate-limited' });
	const declared = new NodeApiError(node, { message: 'x' }, { message: 'x', httpCode: '500', failure: { cause: 'rate-limited', retryAfterMs: 2000 } });
	assert.deepEqual(pollError(node, declared).failure, { cause: 'rate-limited', retryAfterMs: 2000 });
	const bug = pollError(node, new TypeError('boom'));
	assert.ok(bug instanceof NodeOperationError);
	assert.deepEqual(bug.failure, { cause: 'node-defect' });
});
