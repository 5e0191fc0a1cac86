'use strict';
// Helpers for polling-trigger suites in a running `n8n start`. n8n 2.40.7 runs a poll trigger's
// first poll at once when a workflow is published and when n8n starts, so unpublish → publish
// polls now; scheduled polls are kept out of the way with a schedule that does not fire.
const assert = require('node:assert/strict');

/** Poll Times that do not fire during a test (1 January, midnight). */
const NEVER = { item: [{ mode: 'custom', cronExpression: '0 0 0 1 1 *' }] };

/** A real schedule firing once a minute, at a second `aheadSeconds` from now. */
const soon = (aheadSeconds = 12) => ({ item: [{ mode: 'custom', cronExpression: `${(new Date().getUTCSeconds() + aheadSeconds) % 60} * * * * *` }] });

function pollTriggerHelpers(getN8n, nodeName) {
	const n8n = () => getN8n();
	/** Production (trigger-mode) executions of a workflow, oldest first. */
	const productions = async (id) => (await n8n().executions(id)).filter((e) => e.mode !== 'manual');
	const waitForProductions = async (id, count, timeoutMs = 60_000) => {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const list = await productions(id);
			if (list.length >= count) return list;
			if (Date.now() > deadline) throw new Error(`workflow ${id}: ${list.length} of ${count} executions`);
			await new Promise((r) => setTimeout(r, 250));
		}
	};
	const published = async (id) => {
		const status = await n8n().publish(id);
		assert.equal(status.status, 'published', JSON.stringify(status));
	};
	const republish = async (id) => {
		await n8n().unpublish(id);
		await published(id);
	};
	/** The trigger node's static data as n8n stored it. */
	const staticData = async (id) => (await n8n().rest('GET', `/workflows/${id}`)).staticData?.[`node:${nodeName}`];
	/** "Fetch Test Event" on the trigger node: the manual execution it started. */
	const fetchTestEvent = async (id) => {
		const started = await n8n().listenForTestEvent(id, nodeName);
		assert.ok(started.executionId, JSON.stringify(started));
		for (const deadline = Date.now() + 30_000; ; ) {
			const exec = (await n8n().executions(id)).find((e) => String(e.id) === String(started.executionId));
			if (exec) return exec;
			if (Date.now() > deadline) throw new Error(`manual execution ${started.executionId} did not finish`);
			await new Promise((r) => setTimeout(r, 250));
		}
	};
	const emitted = (execution) => execution.output(nodeName);
	return { productions, waitForProductions, published, republish, staticData, fetchTestEvent, emitted };
}

module.exports = { pollTriggerHelpers, NEVER, soon };
