'use strict';
// Claret Trigger (polling) end to end in a running `n8n start` (n8n execute never polls).
// Polls are started by publishing (n8n 2.40.7 polls at once on publish and at startup), so an
// unpublish → publish cycle polls now. One test waits for a real scheduled tick (a cron at a
// fixed second, a few seconds ahead).
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { N8n } = require('../harness/n8n');
const { sandboxAdmin } = require('../harness/sandbox-admin');
const { pollTriggerHelpers, NEVER, soon } = require('../harness/poll-trigger');
const sandbox = require('../../sandbox/server');

const TYPE = 'n8n-nodes-wms-planning.claretTrigger';
const NODE = 'Claret Trigger';

describe('Claret Trigger in real n8n', () => {
	let n8n;
	let box;
	let url;
	let cred;
	const admin = sandboxAdmin(() => url).call;
	const supply = (body) => admin('POST', 'supply-plans', { tenant: 'demo', ...body });
	const sales = (body) => admin('POST', 'sales', { tenant: 'demo', ...body });
	// Claret's updated_at has whole seconds: a row changed again within the second of its last
	// emitted change looks unchanged. The tests move the vendor clock on between changes.
	const nextSecond = () => admin('POST', 'clock', { advanceSeconds: 2 });
	const ids = (list) => list.map((r) => r.id);
	const sorted = (list) => [...list].sort((a, b) => a - b);

	const trigger = (parameters, pollTimes = NEVER) => ({
		name: NODE,
		type: TYPE,
		typeVersion: 1,
		parameters: { pollTimes, ...parameters },
		credentials: { claretApi: { id: cred.id, name: cred.name } },
	});
	const { createWorkflow, resetSandbox, assertNoLeaks, productions, waitForProductions, published, republish, staticData, fetchTestEvent, emitted } =
		pollTriggerHelpers(() => n8n, NODE, { trigger, admin });

	before(async () => {
		box = await sandbox.start({ port: 0, seed: 42, vendors: ['claret'] });
		url = box.urls.claret;
		n8n = await N8n.launch();
		cred = await n8n.createCredential('claretApi', { baseUrl: url, tenant: 'demo', email: 'planner@example.com', password: 'correct-horse-battery', token: '' }, 'Claret demo');
	});

	after(async () => {
		await n8n?.stop();
		await box?.close();
	});

	it('an unknown supply type fails the publication with Laravel\'s message', async () => {
		assert.ok((await n8n.loadedNodeTypes()).includes(TYPE));
		const id = await createWorkflow({ event: 'supplyPlanUpdated', supplyTypes: 'No Such Plan' });
		const status = await n8n.publish(id);
		assert.notEqual(status.status, 'published');
		assert.match(JSON.stringify(status), /supply type name is invalid/i);
		await n8n.unpublish(id).catch(() => undefined);
	});

	let main;
	let old; // two plans that exist before publishing
	it('publishing sets a baseline and emits nothing; the cursor is kept through unpublish', async () => {
		old = (await supply({ insert: [{ supply_type_name: 'Make Plan' }, { supply_type_name: 'Purchase Plan' }] })).inserted;
		main = await createWorkflow({ event: 'supplyPlanUpdated', supplyTypes: 'Make Plan, Purchase Plan' });
		await published(main);
		const state = await staticData(main);
		assert.ok(state?.perKey?.['supply:Make Plan']?.cursor, JSON.stringify(state));
		assert.ok(state.perKey['supply:Purchase Plan'].cursor);
		await n8n.unpublish(main);
		assert.deepEqual(await staticData(main), state, 'unpublishing keeps the node static data');
	});

	it('updated and inserted supply plans are emitted once, with the change type', async (t) => {
		// Two existing plans changed and one new, in one call: identical updated_at. The vendor clock
		// is frozen so that "the same second" below really is the same second.
		await nextSecond();
		await admin('POST', 'clock', { freeze: true });
		t.after(() => admin('POST', 'clock', { freeze: false }));
		const { inserted, touched } = await supply({ insert: [{ supply_type_name: 'Make Plan', quantity: 50 }], touch: ids(old) });
		await supply({ insert: [{ supply_type_name: 'Transfer Plan' }] }); // a type not watched
		await published(main);
		const [run] = await waitForProductions(main, 1);
		assert.equal(run.status, 'success', JSON.stringify(run.error));
		const out = emitted(run);
		assert.deepEqual(sorted(ids(out)), sorted([...ids(inserted), ...ids(touched)]));
		const byId = Object.fromEntries(out.map((r) => [r.id, r]));
		assert.equal(byId[inserted[0].id].change, 'created');
		for (const t of touched) assert.equal(byId[t.id].change, 'updated');
		// Same second again: a new row carrying the second the cursor stands at is still new.
		const sameSecond = await supply({ insert: [{ supply_type_name: 'Purchase Plan' }] });
		// A row emitted before and changed again in a later second is a new change, emitted once
		// more. (Changed again within the second it was emitted at, it would look unchanged: Claret's
		// updated_at has whole seconds; the README says so.)
		await nextSecond();
		const again = await supply({ touch: [inserted[0].id] });
		await republish(main);
		const runs = await waitForProductions(main, 2);
		assert.equal(runs.length, 2);
		const second = emitted(runs[1]);
		assert.deepEqual(sorted(ids(second)), sorted([...ids(sameSecond.inserted), ...ids(again.touched)]));
		assert.equal(second.find((r) => r.id === inserted[0].id).change, 'updated');
		await republish(main);
		const more = await supply({ insert: [{ supply_type_name: 'Make Plan' }] });
		await republish(main);
		const all = await waitForProductions(main, 3);
		assert.equal(all.length, 3, 'no execution for the empty poll');
		assert.deepEqual(ids(emitted(all[2])), ids(more.inserted));
	});

	it('the cursor survives a restart: changes made while n8n was stopped are emitted at startup', async () => {
		let made;
		const before = (await productions(main)).length;
		await n8n.restart({
			whileStopped: async () => {
				made = await supply({ insert: [{ supply_type_name: 'Make Plan' }, { supply_type_name: 'Purchase Plan' }] });
			},
		});
		const runs = await waitForProductions(main, before + 1);
		assert.equal(runs.length, before + 1);
		assert.deepEqual(sorted(ids(emitted(runs[before]))), sorted(ids(made.inserted)));
	});

	it('manual "Fetch Test Event" returns recent rows and leaves the cursor alone', async () => {
		const state = await staticData(main);
		const exec = await fetchTestEvent(main);
		assert.equal(exec.mode, 'manual');
		assert.equal(exec.status, 'success', JSON.stringify(exec.error));
		assert.equal(emitted(exec).length, 5);
		assert.deepEqual(await staticData(main), state, 'static data unchanged by the manual fetch');
		const before = (await productions(main)).length;
		const made = await supply({ insert: [{ supply_type_name: 'Make Plan' }] });
		await republish(main);
		const runs = await waitForProductions(main, before + 1);
		assert.deepEqual(ids(emitted(runs[before])), ids(made.inserted));
		await n8n.unpublish(main);
	});

	it('sales rows: changes inside the sell-date window are emitted, outside it not', async () => {
		const id = await createWorkflow({ event: 'saleUpdated', saleType: 'Forecast', sellDateFromDays: -10, sellDateToDays: 60 });
		await published(id);
		const today = new Date().toISOString().slice(0, 10);
		const far = new Date(Date.now() + 400 * 86_400_000).toISOString().slice(0, 10);
		const inside = await sales({ insert: [{ sale_type_name: 'Forecast', sell_date: today }] });
		await sales({ insert: [{ sale_type_name: 'Forecast', sell_date: far }, { sale_type_name: 'History', sell_date: today }] });
		await republish(id);
		const [run] = await waitForProductions(id, 1);
		assert.deepEqual(ids(emitted(run)), ids(inside.inserted));
		assert.equal(emitted(run)[0].change, 'created');
		await nextSecond();
		const touched = await sales({ touch: [inside.inserted[0].id] });
		// The token is revoked in Claret meanwhile: the credential signs in again, once.
		await admin('POST', 'revoke-tokens', { tenant: 'demo' });
		const before = (await admin('GET', 'counters')).tokenCreations ?? 0;
		await republish(id);
		const runs = await waitForProductions(id, 2);
		assert.deepEqual(ids(emitted(runs[1])), ids(touched.touched));
		assert.equal((await admin('GET', 'counters')).tokenCreations - before, 1, 'one new token');
		await n8n.unpublish(id);
	});

	it('a failing scheduled poll is a failed execution; the workflow stays published and nothing is skipped', async () => {
		const id = await createWorkflow({ event: 'supplyPlanUpdated', supplyTypes: 'Transfer Plan' }, soon());
		await published(id);
		const waiting = await supply({ insert: [{ supply_type_name: 'Transfer Plan' }] });
		// A 500 (a 503 or 429 would be waited out and retried inside the poll, see resilience.test.js).
		await admin('POST', 'faults', { status: 500, body: { message: 'Server Error' }, match: '/supply-plan/get/process' });
		const [failed] = await waitForProductions(id, 1, 75_000);
		assert.equal(failed.status, 'error');
		assert.match(failed.error.message, /Server Error/);
		assert.equal((await n8n.publicationStatus(id)).status, 'published');
		assert.equal((await n8n.rest('GET', `/workflows/${id}`)).active, true);
		await republish(id);
		const runs = await waitForProductions(id, 2);
		assert.equal(runs[1].status, 'success');
		assert.deepEqual(ids(emitted(runs[1])), ids(waiting.inserted));
		await n8n.unpublish(id);
	});

	it('no output, error or n8n log line contains the password or a token', async () => {
		await assertNoLeaks(['correct-horse-battery']);
	});
});
