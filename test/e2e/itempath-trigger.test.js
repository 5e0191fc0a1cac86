'use strict';
// ItemPath Trigger (polling) end to end in a running `n8n start` (n8n execute never polls).
// Polls are started by publishing: n8n 2.40.7 runs a poll trigger's first poll at once when a
// workflow is published and when n8n starts; an unpublish → publish cycle therefore polls now.
// One test waits for a real scheduled tick (a cron at a fixed second, a few seconds ahead).
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { N8n } = require('../harness/n8n');
const { sandboxAdmin } = require('../harness/sandbox-admin');
const { pollTriggerHelpers, NEVER, soon } = require('../harness/poll-trigger');
const sandbox = require('../../sandbox/server');

const TYPE = 'n8n-nodes-wms-planning.itemPathTrigger';
const NODE = 'ItemPath Trigger';
const PASSWORD = 'operator-pass';

describe('ItemPath Trigger in real n8n', () => {
	let n8n;
	let box;
	let url;
	let cred;
	const admin = sandboxAdmin(() => url).call;
	const append = async (body) => (await admin('POST', 'transactions', body)).transactions;
	const ids = (list) => list.map((t) => t.id);

	const trigger = (parameters = {}, pollTimes = NEVER) => ({
		name: NODE,
		type: TYPE,
		typeVersion: 1,
		parameters: { pollTimes, event: 'transactionCreated', ...parameters },
		credentials: { itemPathApi: { id: cred.id, name: cred.name } },
	});
	const { createWorkflow, resetSandbox, assertNoLeaks, productions, waitForProductions, published, republish, staticData, fetchTestEvent, emitted } =
		pollTriggerHelpers(() => n8n, NODE, { trigger, admin });

	before(async () => {
		box = await sandbox.start({ port: 0, seed: 42, vendors: ['itempath'] });
		url = box.urls.itempath;
		n8n = await N8n.launch();
		cred = await n8n.createCredential('itemPathApi', { url, authMethod: 'login', username: 'operator', password: PASSWORD, allowUnauthorizedCerts: false }, 'ItemPath operator');
	});

	after(async () => {
		await n8n?.stop();
		await box?.close();
	});

	let main; // the workflow of the first tests: all transactions, default options
	it('publishing sets a baseline and emits nothing; the cursor is kept through unpublish', async () => {
		assert.ok((await n8n.loadedNodeTypes()).includes(TYPE));
		main = await createWorkflow();
		await published(main);
		const cursor = await staticData(main);
		assert.ok(cursor?.cursor, `baseline stored at publish: ${JSON.stringify(cursor)}`);
		await n8n.unpublish(main);
		assert.deepEqual(await staticData(main), cursor, 'unpublishing keeps the node static data');
		// Nothing existing was emitted; absence is proven by the next test's count (exactly 1).
	});

	it('new transactions are emitted exactly once, in order, at the next poll', async () => {
		const made = await append({ count: 3 });
		await published(main);
		const [run] = await waitForProductions(main, 1);
		assert.equal(run.status, 'success');
		assert.deepEqual(ids(emitted(run)), ids(made));
		assert.deepEqual(Object.keys(emitted(run)[0]).sort(), Object.keys(made[0]).sort(), 'records as ItemPath returns them');
		// A poll with nothing new emits nothing: the next change gives exactly one more execution.
		await republish(main);
		const more = await append({ count: 1 });
		await republish(main);
		const runs = await waitForProductions(main, 2);
		assert.equal(runs.length, 2, 'no execution for the empty poll');
		assert.deepEqual(ids(emitted(runs[1])), ids(more));
	});

	it('identical creation dates across polls and a late row inside the look-back: each once', async () => {
		const [first] = await append({ count: 1 });
		await republish(main);
		let runs = await waitForProductions(main, 3);
		assert.deepEqual(ids(emitted(runs[2])), ids([first]));
		// Same creationDate as the row already emitted (the cursor), and one a minute older.
		const twin = await append({ count: 2, creationDate: first.creationDate });
		const minuteEarlier = `${new Date(Date.parse(`${first.creationDate.slice(0, 23)}Z`) - 60_000).toISOString().slice(0, 23)}000`;
		const late = await append({ count: 1, creationDate: minuteEarlier });
		await republish(main);
		runs = await waitForProductions(main, 4);
		const out = emitted(runs[3]);
		assert.deepEqual(ids(out).sort(), [...ids(twin), ...ids(late)].sort());
		await republish(main);
		const after = await append({ count: 1 });
		await republish(main);
		runs = await waitForProductions(main, 5);
		assert.equal(runs.length, 5);
		assert.deepEqual(ids(emitted(runs[4])), ids(after), 'nothing emitted twice');
	});

	it('the cursor survives a restart: changes made while n8n was stopped are emitted at startup', async () => {
		let made;
		const before = (await productions(main)).length;
		await n8n.restart({ whileStopped: async () => (made = await append({ count: 2 })) });
		const runs = await waitForProductions(main, before + 1);
		assert.equal(runs.length, before + 1);
		assert.deepEqual(ids(emitted(runs[before])), ids(made), 'exactly the rows written during the downtime');
	});

	it('manual "Fetch Test Event" returns recent records and leaves the cursor alone', async () => {
		const cursor = await staticData(main);
		const exec = await fetchTestEvent(main);
		assert.equal(exec.mode, 'manual');
		assert.equal(exec.status, 'success', JSON.stringify(exec.error));
		const sample = emitted(exec);
		assert.equal(sample.length, 5, 'the 5 most recent transactions');
		const dates = sample.map((t) => t.creationDate);
		assert.deepEqual(dates, [...dates].sort().reverse());
		assert.deepEqual(await staticData(main), cursor, 'static data unchanged by the manual fetch');
		// The next production poll emits only what is new.
		const before = (await productions(main)).length;
		const made = await append({ count: 1 });
		await republish(main);
		const runs = await waitForProductions(main, before + 1);
		assert.deepEqual(ids(emitted(runs[before])), ids(made));
		await n8n.unpublish(main);
	});

	it('filters: History Type and conditions go to ItemPath in its wire syntax', async () => {
		const id = await createWorkflow({
			historyTypes: [4],
			excludeDeletions: true,
			filters: { conditions: [{ field: 'warehouseName', operator: 'equals', value: 'Main Warehouse' }] },
		});
		await published(id);
		await resetSandbox();
		const picks = await append({ records: [{ type: 4, warehouseName: 'Main Warehouse' }, { type: 4, warehouseName: 'Main Warehouse' }] });
		await append({ records: [{ type: 3, warehouseName: 'Main Warehouse' }, { type: 4, warehouseName: 'Cold Storage' }, { type: 4, motiveType: 5, warehouseName: 'Main Warehouse' }] });
		await republish(id);
		const [run] = await waitForProductions(id, 1);
		assert.deepEqual(ids(emitted(run)), ids(picks));
		const query = (await admin('GET', 'requests')).find((q) => q.path === '/api/transactions').query;
		assert.equal(query.type, '4');
		assert.equal(query.motiveType, '[not]5');
		assert.equal(query.warehouseName, 'Main Warehouse');
		assert.match(String(query.creationDate), /^\[gt\]\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/);
		await n8n.unpublish(id);
	});

	it('a backlog in shuffled list order drains over polls at Max Records per Poll, none lost or repeated', async () => {
		const id = await createWorkflow({ options: { maxRecordsPerPoll: 500, pageSize: 200 } });
		await published(id);
		await admin('POST', 'list-order', { shuffle: true });
		try {
			const made = await append({ count: 1200 });
			// Expired access token on the way: renewed once with the refresh token, transparently.
			await admin('POST', 'clock', { advanceSeconds: 901 });
			const auth = await admin('GET', 'counters');
			const sizes = [];
			for (let n = 1; n <= 3; n++) {
				await republish(id);
				const runs = await waitForProductions(id, n);
				sizes.push(emitted(runs[n - 1]).length);
			}
			assert.deepEqual(sizes, [500, 500, 200]);
			const renewed = await admin('GET', 'counters');
			assert.equal((renewed.refreshes ?? 0) - (auth.refreshes ?? 0), 1, 'one refresh');
			assert.equal((renewed.logins ?? 0) - (auth.logins ?? 0), 0, 'no new login');
			const all = (await productions(id)).flatMap((r) => ids(emitted(r)));
			assert.equal(new Set(all).size, 1200);
			assert.deepEqual([...all].sort((a, b) => a - b), ids(made));
			await republish(id);
			const another = await append({ count: 1 });
			await republish(id);
			const runs = await waitForProductions(id, 4);
			assert.equal(runs.length, 4);
			assert.deepEqual(ids(emitted(runs[3])), ids(another));
		} finally {
			await admin('POST', 'list-order', { shuffle: false });
			await n8n.unpublish(id);
		}
	});

	it('Order Created or Updated: an order changed through the ItemPath API is emitted once', async () => {
		const id = await createWorkflow({ event: 'orderUpdated' });
		await published(id);
		// The vendor clock was moved on by the backlog test; a change now is newer than any order.
		const login = await fetch(`${url}/api/users/login`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ username: 'operator', password: PASSWORD }),
		}).then((r) => r.json());
		const change = (orderId, body) =>
			fetch(`${url}/api/orders/${orderId}`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', authorization: `Bearer ${login.accessToken}` },
				body: JSON.stringify(body),
			}).then((r) => r.json());
		await admin('POST', 'clock', { advanceSeconds: 2 });
		const changed = await change(7, { priority: 4 });
		await republish(id);
		const [run] = await waitForProductions(id, 1);
		assert.deepEqual(emitted(run).map((o) => [o.id, o.priority]), [[changed.id, 4]]);
		await republish(id);
		await admin('POST', 'clock', { advanceSeconds: 2 });
		await change(7, { priority: 1 });
		await republish(id);
		const runs = await waitForProductions(id, 2);
		assert.equal(runs.length, 2, 'the unchanged poll emitted nothing');
		assert.deepEqual(emitted(runs[1]).map((o) => [o.id, o.priority]), [[7, 1]]);
		await n8n.unpublish(id);
	});

	it('ItemPath failing at publish: n8n retries the first poll, then fails the publication with ItemPath\'s message', async () => {
		const id = await createWorkflow();
		await resetSandbox();
		// One 500: n8n retries the activation (and so the first poll) and the publication succeeds.
		await admin('POST', 'faults', { status: 500, body: { message: 'Database timeout' }, match: '/api/transactions' });
		assert.equal((await n8n.publish(id)).status, 'published');
		await n8n.unpublish(id);
		// A lasting 500: n8n gives up after its 5 attempts and the publication fails, naming ItemPath's error.
		await resetSandbox();
		await admin('POST', 'faults', { count: 100, status: 500, body: { message: 'Database timeout' }, match: '/api/transactions' });
		const status = await n8n.publish(id);
		const calls = (await admin('GET', 'requests')).filter((q) => q.path === '/api/transactions').length;
		await resetSandbox();
		assert.notEqual(status.status, 'published', JSON.stringify(status));
		assert.match(JSON.stringify(status), /Database timeout/);
		assert.equal(calls, 5, 'n8n made 5 activation attempts');
		await n8n.unpublish(id).catch(() => undefined);
	});

	it('a failing scheduled poll is a failed execution; the workflow stays published and nothing is skipped', async () => {
		// A real schedule: once a minute, at a second a few seconds from now.
		const id = await createWorkflow({}, soon());
		await published(id);
		const waiting = await append({ count: 2 });
		// A 500 (a 503 or 429 would be waited out and retried inside the poll, see resilience.test.js).
		await admin('POST', 'faults', { status: 500, body: { message: 'ItemPath is restarting' }, match: '/api/transactions' });
		const [failed] = await waitForProductions(id, 1, 75_000);
		assert.equal(failed.status, 'error');
		assert.match(failed.error.message, /ItemPath is restarting/);
		assert.equal((await n8n.publicationStatus(id)).status, 'published', 'still published');
		assert.equal((await n8n.rest('GET', `/workflows/${id}`)).active, true);
		await republish(id);
		const runs = await waitForProductions(id, 2);
		assert.equal(runs[1].status, 'success');
		assert.deepEqual(ids(emitted(runs[1])), ids(waiting), 'the rows waiting during the failure are emitted');
		await n8n.unpublish(id);
	});

	it('no output, error or n8n log line contains the password or a token', async () => {
		await assertNoLeaks([PASSWORD]);
	});
});
