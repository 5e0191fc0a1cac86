'use strict';
// The newcomer's command: `npm start` brings up the sandbox and n8n with the package, a
// credential per vendor and the example workflows; every example workflow must run green.
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync, fork } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { N8n, freePort } = require('../harness/n8n');

describe('npm start (newcomer setup)', () => {
	let child;
	let ready;
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wms-start-'));

	before(async () => {
		child = fork(path.join(__dirname, '..', '..', 'scripts', 'start.js'), [], {
			env: { ...process.env, WMS_START_DIR: dir, N8N_PORT: String(await freePort()), SANDBOX_PORT: '0' },
			stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
		});
		let out = '';
		child.stdout.on('data', (c) => (out += c));
		child.stderr.on('data', (c) => (out += c));
		ready = await new Promise((resolve, reject) => {
			child.on('message', (m) => m.ready && resolve(m));
			child.on('exit', (code) => reject(new Error(`npm start exited ${code}:\n${out.slice(-3000)}`)));
		});
	});

	after(async () => {
		if (child && child.exitCode === null) {
			child.kill('SIGTERM');
			await new Promise((r) => child.once('exit', r));
		}
	});

	it('loads the example workflows and each one runs successfully', async () => {
		const client = N8n.attach({ baseUrl: ready.n8nUrl, cookie: ready.cookie });
		const workflows = await client.rest('GET', '/workflows');
		const list = workflows.data ?? workflows;
		const examples = fs.readdirSync(path.join(__dirname, '..', '..', 'sandbox', 'examples')).map((f) => require(`../../sandbox/examples/${f}`));
		const expected = examples.flatMap((e) => e.workflows.map((w) => w.name));
		// Trigger examples are loaded with their trigger node; they have no Manual Trigger to run. The
		// poll examples are left unpublished, the webhook ones (`publish`) are published.
		const triggers = new Map(examples.flatMap((e) => (e.triggerWorkflows ?? []).map((w) => [w.name, w])));
		assert.deepEqual(list.map((w) => w.name).sort(), [...expected, ...triggers.keys()].sort());
		for (const wf of list.filter((w) => triggers.has(w.name))) {
			const full = await client.rest('GET', `/workflows/${wf.id}`);
			assert.equal(full.nodes[0].type, triggers.get(wf.name).trigger.type, `${wf.name} starts with its trigger`);
			if (!triggers.get(wf.name).publish) assert.equal(full.active, false, `${wf.name} is left unpublished`);
		}
		for (const wf of list.filter((w) => !triggers.has(w.name))) {
			const result = await client.run(wf.id);
			assert.equal(result.status, 'success', `${wf.name}: ${JSON.stringify(result.error)}`);
			const last = Object.keys(result.runData).pop();
			assert.ok(result.output(last).length > 0, `${wf.name} produced items`);
		}
	});

	it('publishes the webhook trigger examples; scripts/fire-event.js makes each one fire', async () => {
		const client = N8n.attach({ baseUrl: ready.n8nUrl, cookie: ready.cookie });
		const list = (await client.rest('GET', '/workflows')).data ?? (await client.rest('GET', '/workflows'));
		const examples = fs.readdirSync(path.join(__dirname, '..', '..', 'sandbox', 'examples')).map((f) => require(`../../sandbox/examples/${f}`));
		const sandboxPort = Number(new URL(ready.sandbox.claret ?? ready.sandbox.itempath).port);
		for (const example of examples.filter((e) => e.triggerWorkflows?.length)) {
			const vendor = { clarus: 'clarus', itempath: 'itempath' }[example.vendor];
			for (const wf of example.triggerWorkflows.filter((w) => w.publish)) {
				const { id } = list.find((w) => w.name === wf.name);
				assert.equal((await client.publicationStatus(id)).status, 'published', wf.name);
				const args = [path.join(__dirname, '..', '..', 'scripts', 'fire-event.js'), vendor, '--n8n', ready.n8nUrl, `--${vendor}`, ready.sandbox[vendor], '--sandbox-port', String(sandboxPort)];
				const out = execFileSync(process.execPath, args, { encoding: 'utf8' });
				assert.match(out, /delivered/, out);
				const executions = await client.waitForExecutions(id, 1);
				assert.equal(executions[0].status, 'success', `${wf.name}: ${JSON.stringify(executions[0].error)}`);
			}
		}
	});
});
