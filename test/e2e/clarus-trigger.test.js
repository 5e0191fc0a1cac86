'use strict';
// Clarus WMS Trigger end to end: the packed package in a running `n8n start` (WEBHOOK_URL is
// n8n's own port, so the simulator's deliveries reach it), against the Clarus simulator's
// Automations and delivery engine. Publish creates exactly one Automation pointing at the
// production URL, an event starts one execution, repeats start none, forgeries are refused
// before any execution exists, unpublish deletes the Automation, a lost create response still
// leaves one Automation, and "Listen for test event" uses a temporary Automation.
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { N8n, freePort } = require('../harness/n8n');
const { sandboxAdmin } = require('../harness/sandbox-admin');
const sandbox = require('../../sandbox/server');

const TYPE = 'n8n-nodes-wms-planning.clarusWmsTrigger';
const TENANT = 'acme-warehouse';
const CC = { id: 'clarus-cc-client', secret: 'clarus-cc-secret' };
const NODE = 'Clarus Trigger';

describe('Clarus WMS Trigger in real n8n (n8n start)', () => {
	let n8n;
	let box;
	let url;
	const creds = {};
	const tokens = new Set(); // every delivery token n8n registered: none may leak
	const controls = sandboxAdmin(() => url);
	const admin = controls.call;
	const counters = controls.counters;

	let webhookCounter = 0;
	const newWebhookId = () => `c1a7${String(++webhookCounter).padStart(4, '0')}-7e57-4c1a-9d00-${String(Date.now()).slice(-12).padStart(12, '0')}`;
	const markerOf = (webhookId, mode = 'prod') => `[n8n:${webhookId.slice(0, 8)}:${mode}]`;

	/** The simulator's automations carrying this trigger's marker, with their actions and parameters. */
	const automationsOf = async (webhookId, mode = 'prod') => {
		const list = await admin('GET', `automations?tenant=${TENANT}`);
		const mine = list.filter((a) => String(a.name).includes(markerOf(webhookId, mode)));
		for (const a of mine) {
			const u = a.actions[0]?.parameters?.webhook_url;
			const token = u && new URL(u).searchParams.get('n8n_token');
			if (token) tokens.add(token);
		}
		return mine;
	};

	const createTriggerWorkflow = async ({ cred = 'api', parameters = {}, webhookId = newWebhookId() } = {}) => {
		const { type, id, name } = creds[cred];
		const workflowId = await n8n.createTriggerWorkflow({
			name: `clarus trigger ${webhookId.slice(0, 8)}`,
			trigger: {
				name: NODE,
				type: TYPE,
				webhookId,
				parameters: { authentication: type === 'clarusWmsApi' ? 'apiCredentials' : 'oAuth2', resource: 'goods_out', event: 'created', ...parameters },
				credentials: { [type]: { id, name } },
			},
		});
		return { workflowId, webhookId };
	};

	let apiToken;
	const clarus = async (method, path, body) => {
		if (!apiToken) {
			const res = await fetch(`${url}/oauth/token`, {
				method: 'POST',
				headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${CC.id}:${CC.secret}`).toString('base64')}` },
				body: 'grant_type=client_credentials',
			});
			apiToken = (await res.json()).access_token;
		}
		const res = await fetch(`${url}${path}`, {
			method,
			headers: { 'content-type': 'application/json', authorization: `Bearer ${apiToken}`, 'x-clarus-subdomain': TENANT },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await res.text();
		return { status: res.status, body: text ? JSON.parse(text) : null };
	};
	const createGoodsOut = async (reference) => {
		const r = await clarus('POST', '/api/goods_outs', {
			data: { type: 'goods_outs', attributes: { goods_out_type: 'sales_order', account_id: 1, reference, expected_date_of_dispatch: '2026-03-01T10:00:00Z' } },
		});
		assert.equal(r.status, 200, JSON.stringify(r.body));
		return r.body.data;
	};
	/** Waits until the simulator has no delivery in flight (events fire right after the REST answer). */
	const settle = async () => {
		await new Promise((r) => setTimeout(r, 20)); // lets the setImmediate that fires REST events run
		await admin('POST', 'deliveries-settle', {});
	};
	/** Executions of the workflow, running ones included: a delivery that got its answer has its execution row already. */
	const allExecutions = (workflowId) => n8n.executions(workflowId, { includeRunning: true });
	const post = (target, { headers = {}, body = { data: { id: 1 } } } = {}) =>
		fetch(target, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

	before(async () => {
		box = await sandbox.start({ port: 0, seed: 42, vendors: ['clarus'] });
		url = box.urls.clarus;
		await admin('POST', 'delivery-config', { retryDelayMs: 0 });
		const port = await freePort();
		n8n = await N8n.launch({ port, env: { WEBHOOK_URL: `http://127.0.0.1:${port}/` } });
		const make = async (key, type, data) => {
			creds[key] = await n8n.createCredential(type, data, `clarus ${key}`);
		};
		await make('api', 'clarusWmsApi', { authMethod: 'clientCredentials', clientId: CC.id, clientSecret: CC.secret, baseUrl: url, subdomain: TENANT, accessToken: '' });
		await make('oauth', 'clarusWmsOAuth2Api', { grantType: 'clientCredentials', clientId: CC.id, clientSecret: CC.secret, baseUrl: url, subdomain: TENANT });
	});

	after(async () => {
		await n8n?.stop();
		await box?.close();
	});

	let main; // the published workflow the next tests share
	let mainAutomation;

	it('publish creates exactly one Automation pointing at the production URL with a token', async () => {
		assert.ok((await n8n.loadedNodeTypes()).includes(TYPE), 'trigger node type loaded');
		main = await createTriggerWorkflow();
		const published = await n8n.publish(main.workflowId);
		assert.equal(published.status, 'published', JSON.stringify(published));
		const list = await automationsOf(main.webhookId);
		assert.equal(list.length, 1, JSON.stringify(list));
		[mainAutomation] = list;
		assert.equal(mainAutomation.resource_name, 'goods_out');
		assert.equal(mainAutomation.event, 'created');
		assert.equal(mainAutomation.enabled, true);
		assert.equal(mainAutomation.actions.length, 1);
		assert.equal(mainAutomation.actions[0].destination_type, 'webhook');
		assert.equal(mainAutomation.actions[0].parameters.webhook_method, 'POST');
		const hook = new URL(mainAutomation.actions[0].parameters.webhook_url);
		assert.equal(`${hook.origin}${hook.pathname}`, n8n.webhookUrl(main.webhookId));
		assert.ok(hook.searchParams.get('n8n_token').length >= 40, 'an unguessable token');
	});

	it('an event (goods out created through the REST API) starts exactly one execution carrying the record', async () => {
		const record = await createGoodsOut('SO-TRIGGER-0001');
		await settle();
		const deliveries = await admin('GET', `deliveries?automationId=${mainAutomation.id}`);
		assert.equal(deliveries.length, 1);
		assert.equal(deliveries[0].status, 'delivered');
		assert.deepEqual(deliveries[0].attempts.map((a) => a.status), [200]);
		const executions = await n8n.waitForExecutions(main.workflowId, 1);
		assert.equal(executions.length, 1);
		assert.equal(executions[0].status, 'success');
		const [item] = executions[0].output(NODE);
		assert.equal(item.event, 'created');
		assert.equal(item.resource, 'goods_out');
		assert.equal(item.automationId, mainAutomation.id);
		assert.equal(item.subdomain, TENANT);
		assert.equal(item.record.id, record.id);
		assert.equal(item.record.reference, 'SO-TRIGGER-0001');
		assert.match(item.dedupeKey, /^[0-9a-f]{32}$/);
	});

	it('the same delivery repeated starts no new execution (both answered 200)', async () => {
		const [first] = await admin('GET', `deliveries?automationId=${mainAutomation.id}`);
		const again = await admin('POST', 'redeliver', { id: first.id });
		assert.equal(again.status, 'delivered');
		assert.deepEqual(again.attempts.map((a) => [a.status, JSON.parse(a.response).message]), [[200, 'Duplicate delivery ignored']]);
		// duplicate-next: the simulator itself sends one event twice
		await admin('POST', 'duplicate-next', { count: 1 });
		const record = await createGoodsOut('SO-TRIGGER-0002');
		await settle();
		const deliveries = (await admin('GET', `deliveries?automationId=${mainAutomation.id}`)).filter((d) => d.body.data.id === record.id);
		assert.equal(deliveries.length, 2);
		assert.deepEqual(
			deliveries.map((d) => d.attempts.map((a) => [a.status, JSON.parse(a.response).message])),
			[[[200, 'Workflow was started']], [[200, 'Duplicate delivery ignored']]],
		);
		// the second event's execution exists, so any execution a repeat had started would too
		const done = await n8n.waitForExecutions(main.workflowId, 2);
		assert.equal((await allExecutions(main.workflowId)).length, 2, 'one for the first event, one for the second; none for the repeats');
		assert.deepEqual(done.map((e) => e.output(NODE)[0].record.reference), ['SO-TRIGGER-0001', 'SO-TRIGGER-0002']);
		// the keys are in the workflow's static data (not only in n8n's memory): see the restart test
		const { staticData } = await n8n.rest('GET', `/workflows/${main.workflowId}`);
		assert.equal(staticData[`node:${NODE}`].seen.length, 2);
	});

	it('forged deliveries get 401/403 and start nothing; the n8n log warns without the token', async () => {
		const before = (await allExecutions(main.workflowId)).length;
		const token = new URL(mainAutomation.actions[0].parameters.webhook_url).searchParams.get('n8n_token');
		const base = n8n.webhookUrl(main.webhookId);
		const good = { 'x-claruswms-subdomain': TENANT, 'x-claruswms-automation-id': String(mainAutomation.id) };
		const cases = [
			['no token', base, good, 401],
			['wrong token', `${base}?n8n_token=${'x'.repeat(43)}`, good, 401],
			['token of the right length, one character off', `${base}?n8n_token=${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`, good, 401],
			['wrong subdomain', `${base}?n8n_token=${token}`, { ...good, 'x-claruswms-subdomain': 'globex-warehouse' }, 403],
			['no subdomain', `${base}?n8n_token=${token}`, { 'x-claruswms-automation-id': String(mainAutomation.id) }, 403],
			['unknown automation id', `${base}?n8n_token=${token}`, { ...good, 'x-claruswms-automation-id': '999999' }, 403],
		];
		for (const [label, target, headers, status] of cases) {
			const res = await post(target, { headers, body: { data: { id: 424242, reference: label } } });
			assert.equal(res.status, status, label);
		}
		assert.match(n8n.log, /Clarus WMS Trigger rejected a delivery \(401\): missing or wrong n8n_token/);
		assert.match(n8n.log, /Clarus WMS Trigger rejected a delivery \(403\): X-ClarusWMS-Subdomain "globex-warehouse"/);
		assert.match(n8n.log, /Clarus WMS Trigger rejected a delivery \(403\): X-ClarusWMS-Automation-ID 999999/);
		// a genuine delivery still works afterwards; once its execution exists, any a forgery had started would too
		const ok = await post(`${base}?n8n_token=${token}`, { headers: good, body: { data: { id: 777001, reference: 'by hand' } } });
		assert.equal(ok.status, 200);
		await n8n.waitForExecutions(main.workflowId, before + 1);
		const executions = await allExecutions(main.workflowId);
		assert.equal(executions.length, before + 1, 'no execution for any forgery');
		assert.equal(executions[executions.length - 1].output(NODE)[0].record.reference, 'by hand');
	});

	it('restart: n8n makes no Automation calls, a repeat of an old delivery still starts nothing, a new event runs', async () => {
		await admin('POST', 'reset');
		const before = (await allExecutions(main.workflowId)).length;
		await n8n.restart();
		const calls = (await controls.requests()).filter((r) => r.path.startsWith('/api/automations') || r.path === '/graphql');
		assert.deepEqual(calls.map((r) => `${r.method} ${r.path}`), [], 'n8n 2.40.7 does not call checkExists/create at startup');
		const [first] = (await admin('GET', `deliveries?automationId=${mainAutomation.id}`)).filter((d) => d.body.data.reference === 'SO-TRIGGER-0001');
		const again = await admin('POST', 'redeliver', { id: first.id });
		assert.deepEqual(again.attempts.map((a) => [a.status, JSON.parse(a.response).message]), [[200, 'Duplicate delivery ignored']], 'the dedupe keys survived the restart');
		await createGoodsOut('SO-TRIGGER-AFTER-RESTART');
		await settle();
		await n8n.waitForExecutions(main.workflowId, before + 1);
		const executions = await allExecutions(main.workflowId);
		assert.equal(executions.length, before + 1);
		assert.equal(executions[executions.length - 1].output(NODE)[0].record.reference, 'SO-TRIGGER-AFTER-RESTART');
	});

	it('unpublish deletes the Automation (DELETE 204); the old URL then gets 404 and starts nothing', async () => {
		await admin('POST', 'reset');
		const id = mainAutomation.id;
		const done = await n8n.unpublish(main.workflowId);
		assert.equal(done.status, 'not_published');
		assert.equal((await automationsOf(main.webhookId)).length, 0);
		const deletes = (await controls.requests()).filter((r) => r.method === 'DELETE' && r.path === `/api/automations/${id}`);
		assert.equal(deletes.length, 1);
		assert.equal((await counters()).automationsDeleted, 1);
		const before = (await allExecutions(main.workflowId)).length;
		const token = new URL(mainAutomation.actions[0].parameters.webhook_url).searchParams.get('n8n_token');
		const res = await post(`${n8n.webhookUrl(main.webhookId)}?n8n_token=${token}`, { headers: { 'x-claruswms-subdomain': TENANT, 'x-claruswms-automation-id': String(id) } });
		assert.equal(res.status, 404);
		const late = await createGoodsOut('SO-TRIGGER-AFTER-UNPUBLISH');
		await settle();
		assert.equal((await admin('GET', `deliveries?automationId=${id}`)).filter((d) => d.recordId === late.id).length, 0, 'the deleted Automation delivers nothing');
		assert.equal((await allExecutions(main.workflowId)).length, before);
	});

	it('republish creates a new Automation with a new token; the old token is refused', async () => {
		const oldToken = new URL(mainAutomation.actions[0].parameters.webhook_url).searchParams.get('n8n_token');
		assert.equal((await n8n.publish(main.workflowId)).status, 'published');
		const list = await automationsOf(main.webhookId);
		assert.equal(list.length, 1);
		assert.notEqual(list[0].id, mainAutomation.id);
		const newToken = new URL(list[0].actions[0].parameters.webhook_url).searchParams.get('n8n_token');
		assert.notEqual(newToken, oldToken);
		const res = await post(`${n8n.webhookUrl(main.webhookId)}?n8n_token=${oldToken}`, { headers: { 'x-claruswms-subdomain': TENANT, 'x-claruswms-automation-id': String(list[0].id) } });
		assert.equal(res.status, 401);
		assert.equal((await n8n.unpublish(main.workflowId)).status, 'not_published');
		assert.equal((await automationsOf(main.webhookId)).length, 0);
	});

	it('publish while Clarus creates the Automation but the response is lost: n8n retries, still exactly one Automation', async () => {
		await admin('POST', 'reset');
		const wf = await createTriggerWorkflow({ cred: 'oauth' });
		await admin('POST', 'drop-create-response', { count: 1 });
		const published = await n8n.publish(wf.workflowId);
		assert.equal(published.status, 'published', JSON.stringify(published));
		const c = await counters();
		assert.equal(c.createResponsesDropped, 1, 'the fault was served');
		assert.equal(c.automationsCreated, 2, 'the lost one and the retry');
		assert.equal(c.automationsDeleted, 1, 'the sweep removed the one whose answer was lost');
		const list = await automationsOf(wf.webhookId);
		assert.equal(list.length, 1, JSON.stringify(list.map((a) => a.id)));
		// and it works, with the OAuth2 credential
		const record = await createGoodsOut('SO-TRIGGER-OAUTH');
		await settle();
		const executions = await n8n.waitForExecutions(wf.workflowId, 1);
		assert.equal(executions.length, 1);
		assert.equal(executions[0].output(NODE)[0].record.id, record.id);
		assert.equal((await n8n.unpublish(wf.workflowId)).status, 'not_published');
		assert.equal((await automationsOf(wf.webhookId)).length, 0);
	});

	it('a changed event, published as a new version: the old Automation is deleted, one new one exists', async () => {
		const wf = await createTriggerWorkflow();
		assert.equal((await n8n.publish(wf.workflowId)).status, 'published');
		const [first] = await automationsOf(wf.webhookId);
		const current = await n8n.rest('GET', `/workflows/${wf.workflowId}`);
		const nodes = current.nodes.map((node) => (node.name === NODE ? { ...node, parameters: { ...node.parameters, event: 'cancelled' } } : node));
		await n8n.updateWorkflow(wf.workflowId, { nodes, connections: current.connections });
		assert.equal((await n8n.publish(wf.workflowId)).status, 'published');
		const list = await automationsOf(wf.webhookId);
		assert.equal(list.length, 1, JSON.stringify(list.map((a) => [a.id, a.event])));
		assert.notEqual(list[0].id, first.id);
		assert.equal(list[0].event, 'cancelled');
		assert.equal((await n8n.unpublish(wf.workflowId)).status, 'not_published');
		assert.equal((await automationsOf(wf.webhookId)).length, 0);
	});

	it('Clarus failing the delete at unpublish: n8n gives up, the Automation stays; the next publish adopts it (checkExists), still one', async () => {
		const wf = await createTriggerWorkflow();
		assert.equal((await n8n.publish(wf.workflowId)).status, 'published');
		const [orphan] = await automationsOf(wf.webhookId);
		// 500s: a 503 would be waited out and retried by the transport (the delete then succeeds);
		// a 500 after the request was sent is ambiguous, never re-sent by the node, so each of n8n's
		// three teardown attempts fails.
		await admin('POST', 'faults', { count: 3, status: 500, match: `/api/automations/${orphan.id}`, body: { errors: [{ code: 500, symbol: 'server_error', details: 'Internal error' }] } });
		assert.equal((await n8n.unpublish(wf.workflowId)).status, 'not_published');
		const deadline = Date.now() + 30_000;
		while (!/Abandoned webhook/.test(n8n.log) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
		assert.match(n8n.log, /Abandoned webhook/);
		assert.match(n8n.log, /could not delete Automation \d+ in Clarus/);
		assert.deepEqual((await automationsOf(wf.webhookId)).map((a) => a.id), [orphan.id], 'the orphan is still in Clarus');
		await admin('POST', 'reset');
		assert.equal((await n8n.publish(wf.workflowId)).status, 'published');
		const calls = (await controls.requests()).map((r) => `${r.method} ${r.path}`);
		assert.ok(calls.includes('POST /graphql'), 'checkExists looked the Automation up');
		assert.ok(!calls.includes('POST /api/automations'), 'and found it: nothing new was created');
		assert.deepEqual((await automationsOf(wf.webhookId)).map((a) => a.id), [orphan.id]);
		// the adopted Automation delivers with its (kept) token
		const record = await createGoodsOut('SO-TRIGGER-ADOPTED');
		await settle();
		const executions = await n8n.waitForExecutions(wf.workflowId, 1);
		assert.equal(executions[0].output(NODE)[0].record.id, record.id);
		assert.equal((await n8n.unpublish(wf.workflowId)).status, 'not_published');
		assert.equal((await automationsOf(wf.webhookId)).length, 0);
	});

	it('publish with an event Clarus rejects, or with a rejected credential, fails publication with the reason and leaves nothing', async () => {
		const bad = await n8n.createCredential(
			'clarusWmsApi',
			{ authMethod: 'clientCredentials', clientId: CC.id, clientSecret: 'not-the-secret', baseUrl: url, subdomain: TENANT, accessToken: '' },
			'clarus wrong secret',
		);
		creds.bad = bad;
		const wrongEvent = await createTriggerWorkflow({ parameters: { resource: 'load_drop', event: 'created' } });
		const wrongSecret = await createTriggerWorkflow({ cred: 'bad' });
		// both at once: n8n retries a failing activation 5 times (about 15 s) before it reports it
		const [event, secret] = await Promise.all([wrongEvent, wrongSecret].map((wf) => n8n.publish(wf.workflowId, { timeoutMs: 120_000 })));
		assert.equal(event.status, 'failed', JSON.stringify(event));
		assert.match(JSON.stringify(event.triggers), /invalid_event|not valid for resource/);
		assert.equal(secret.status, 'failed', JSON.stringify(secret));
		assert.match(JSON.stringify(secret.triggers), /Clarus/);
		assert.ok(!JSON.stringify(secret).includes('not-the-secret'));
		assert.equal((await automationsOf(wrongEvent.webhookId)).length, 0);
		assert.equal((await automationsOf(wrongSecret.webhookId)).length, 0);
	});

	it('"Listen for test event" creates a temporary Automation at the test URL, removed after the event or on cancel', async () => {
		const wf = await createTriggerWorkflow({ cred: 'oauth' });
		const listening = await n8n.listenForTestEvent(wf.workflowId, NODE);
		assert.equal(listening.waitingForWebhook, true, JSON.stringify(listening));
		const [temp, ...more] = await automationsOf(wf.webhookId, 'test');
		assert.equal(more.length, 0);
		assert.ok(temp, 'a test Automation exists');
		assert.equal((await automationsOf(wf.webhookId, 'prod')).length, 0, 'no production Automation');
		const hook = new URL(temp.actions[0].parameters.webhook_url);
		assert.equal(`${hook.origin}${hook.pathname}`, n8n.webhookUrl(wf.webhookId, { test: true }));
		const record = await createGoodsOut('SO-TRIGGER-TEST');
		await settle();
		const [delivery] = await admin('GET', `deliveries?automationId=${temp.id}`);
		assert.deepEqual(delivery.attempts.map((a) => a.status), [200]);
		const executions = await n8n.waitForExecutions(wf.workflowId, 1);
		assert.equal(executions[0].output(NODE)[0].record.id, record.id);
		// n8n deletes the test registration after the call: wait for the DELETE to be made
		const deadline = Date.now() + 30_000;
		while ((await automationsOf(wf.webhookId, 'test')).length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
		assert.equal((await automationsOf(wf.webhookId, 'test')).length, 0, 'the temporary Automation is gone after the event');

		const again = await n8n.listenForTestEvent(wf.workflowId, NODE);
		assert.equal(again.waitingForWebhook, true);
		assert.equal((await automationsOf(wf.webhookId, 'test')).length, 1);
		await n8n.cancelTestEvent(wf.workflowId);
		const deadline2 = Date.now() + 30_000;
		while ((await automationsOf(wf.webhookId, 'test')).length && Date.now() < deadline2) await new Promise((r) => setTimeout(r, 200));
		assert.equal((await automationsOf(wf.webhookId, 'test')).length, 0, 'cancel removes it too');
	});

	it('WEBHOOK_URL changed and n8n restarted: the Automation keeps the old URL until the workflow is unpublished and published again', async () => {
		const wf = await createTriggerWorkflow();
		assert.equal((await n8n.publish(wf.workflowId)).status, 'published');
		const [before] = await automationsOf(wf.webhookId);
		const oldUrl = before.actions[0].parameters.webhook_url;
		assert.ok(oldUrl.startsWith(`http://127.0.0.1:${n8n.port}/`));
		await n8n.restart({ env: { WEBHOOK_URL: `http://localhost:${n8n.port}/` } });
		const [afterRestart] = await automationsOf(wf.webhookId);
		assert.equal(afterRestart.actions[0].parameters.webhook_url, oldUrl, 'a restart does not touch the Automation (n8n does not call checkExists)');
		// publishing the same, unchanged version again: n8n's publication diff leaves the trigger alone
		const again = await n8n.publish(wf.workflowId);
		assert.equal(again.status, 'published');
		const [afterPublish] = await automationsOf(wf.webhookId);
		assert.equal(afterPublish.id, before.id, 'evidence: checkExists is not called for an unchanged trigger, so the drift is not noticed');
		assert.equal(afterPublish.actions[0].parameters.webhook_url, oldUrl);
		assert.equal((await n8n.unpublish(wf.workflowId)).status, 'not_published');
		assert.equal((await n8n.publish(wf.workflowId)).status, 'published');
		const list = await automationsOf(wf.webhookId);
		assert.equal(list.length, 1);
		assert.ok(list[0].actions[0].parameters.webhook_url.startsWith(`http://localhost:${n8n.port}/webhook/${wf.webhookId}/webhook?n8n_token=`), 'unpublish + publish registers the new URL');
		assert.equal((await n8n.unpublish(wf.workflowId)).status, 'not_published');
	});

	it('no delivery token or credential secret appears in the n8n log or in any execution', async () => {
		assert.ok(tokens.size >= 4, `collected ${tokens.size} tokens`);
		const workflows = await n8n.rest('GET', '/workflows');
		const raws = [];
		for (const wf of workflows.data ?? workflows) for (const e of await n8n.executions(wf.id)) raws.push(typeof e.raw === 'string' ? e.raw : JSON.stringify(e.raw));
		assert.ok(raws.length >= 4);
		for (const secret of [...tokens, CC.secret, apiToken]) {
			assert.ok(!n8n.log.includes(secret), 'n8n log is free of secrets');
			for (const raw of raws) assert.ok(!raw.includes(secret), 'execution data is free of secrets');
		}
	});
});
