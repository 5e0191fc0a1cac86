'use strict';
// Helpers for polling-trigger suites in a running `n8n start`. n8n 2.40.7 runs a poll trigger's
// first poll at once when a workflow is published and when n8n starts, so unpublish → publish
// polls now; scheduled polls are kept out of the way with a schedule that does not fire.
const assert = require('node:assert/strict');

/** Poll Times that do not fire during a test (1 January, midnight). */
const NEVER = { item: [{ mode: 'custom', cronExpression: '0 0 0 1 1 *' }] };

/** A real schedule firing once a minute, at a second `aheadSeconds` from now. */
const soon = (aheadSeconds = 12) => ({ item: [{ mode: 'custom', cronExpression: `${(new Date().getUTCSeconds() + aheadSeconds) % 60} * * * * *` }] });

/**
 * `getN8n`: the running n8n; `trigger(parameters, pollTimes)`: the trigger node; `admin`: the
 * vendor simulator's admin call (its request journal is read for the bearer tokens it saw).
 */
function pollTriggerHelpers(getN8n, nodeName, { trigger, admin } = {}) {
	const n8n = () => getN8n();
	const workflows = [];
	const tokens = new Set(); // every bearer token the simulator saw (Sanctum: the part after "|")
	const harvestTokens = async () => {
		for (const q of await admin('GET', 'requests')) {
			const auth = q.headers.authorization;
			if (auth && auth.startsWith('Bearer ')) tokens.add(auth.slice(7).split('|').pop());
		}
	};
	/** The simulator's reset, keeping the tokens it saw for the leak check. */
	const resetSandbox = async () => {
		await harvestTokens();
		await admin('POST', 'reset');
	};
	const createWorkflow = async (parameters, pollTimes = NEVER) => {
		const id = await n8n().createTriggerWorkflow({ name: `${nodeName} ${Date.now()}`, trigger: trigger(parameters, pollTimes) });
		workflows.push(id);
		return id;
	};
	/** No output, error or n8n log line of the suite contains a secret or a token seen. */
	const assertNoLeaks = async (secrets) => {
		await harvestTokens();
		assert.ok(tokens.size > 0, 'tokens were seen');
		const all = [...secrets, ...[...tokens].filter((t) => t.length >= 16)];
		const texts = [n8n().log];
		for (const id of workflows) for (const e of await n8n().executions(id)) texts.push(JSON.stringify(e.raw));
		for (const text of texts) for (const secret of all) assert.ok(!text.includes(secret), 'a secret leaked');
	};
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
	return { createWorkflow, resetSandbox, assertNoLeaks, productions, waitForProductions, published, republish, staticData, fetchTestEvent, emitted };
}

module.exports = { pollTriggerHelpers, NEVER, soon };
