#!/usr/bin/env node
'use strict';
// `npm start`: everything a newcomer needs, on this machine only.
//   - the vendor sandbox (Claret, ItemPath, Clarus simulators) on 127.0.0.1:4010-4013
//   - real n8n (pinned, installed once into ~/.cache) with this package installed as a
//     community package, an owner account, one credential per vendor pointing at the sandbox,
//     and the example workflows from sandbox/examples/
// Ctrl+C stops both. The n8n data lives in .tmp/start (delete it for a fresh start).
const fs = require('fs');
const path = require('path');
const { N8n, installCommunityPackage } = require('../test/harness/n8n');
const { buildAndPack, root } = require('./package');
const sandbox = require('../sandbox/server');

const N8N_PORT = Number(process.env.N8N_PORT ?? 5678);
const SANDBOX_PORT = Number(process.env.SANDBOX_PORT ?? 4010);

async function main() {
	console.log('building and packing the package…');
	const tarball = buildAndPack();
	const box = await sandbox.start({ port: SANDBOX_PORT, seed: Number(process.env.SANDBOX_SEED ?? 42) });
	console.log('vendor sandbox:');
	for (const [k, u] of Object.entries(box.urls)) console.log(`  ${k.padEnd(14)} ${u}`);

	const userFolder = process.env.WMS_START_DIR ?? path.join(root, '.tmp', 'start');
	const fresh = !fs.existsSync(path.join(userFolder, '.n8n', 'database.sqlite'));
	fs.mkdirSync(userFolder, { recursive: true });
	fs.rmSync(path.join(userFolder, '.n8n', 'nodes'), { recursive: true, force: true });
	installCommunityPackage(userFolder, tarball, process.env);
	console.log('starting n8n (the first run installs it into ~/.cache/n8n-nodes-wms-planning, 5-8 minutes, once)…');
	// WEBHOOK_URL on 127.0.0.1 (where n8n listens), so the sandbox can deliver to the webhook trigger examples.
	const n8n = await N8n.launch({ userFolder, port: N8N_PORT, env: { WEBHOOK_URL: `http://127.0.0.1:${N8N_PORT}/` } });
	const examples = fs
		.readdirSync(path.join(root, 'sandbox', 'examples'))
		.filter((f) => f.endsWith('.js'))
		.map((f) => require(path.join(root, 'sandbox', 'examples', f)));

	if (fresh) {
		for (const example of examples) {
			const available = box.urls[example.vendor];
			if (!available) continue;
			const credentials = {};
			for (const [type, data] of Object.entries(example.credentials(box.urls))) {
				credentials[type] = await n8n.createCredential(type, data, `${example.title} (sandbox)`);
			}
			for (const wf of example.workflows) {
				const nodes = wf.nodes.map((node) => ({
					...node,
					credentials: node.credentialType
						? { [node.credentialType]: { id: credentials[node.credentialType].id, name: credentials[node.credentialType].name } }
						: undefined,
					credentialType: undefined,
				}));
				await n8n.createWorkflow({ name: wf.name, nodes, inputItems: wf.inputItems });
			}
			// Trigger examples start with their trigger node; the poll examples are left unpublished,
			// those marked `publish` are published below.
			for (const wf of example.triggerWorkflows ?? []) {
				const { credentialType, ...trigger } = wf.trigger;
				trigger.credentials = { [credentialType]: { id: credentials[credentialType].id, name: credentials[credentialType].name } };
				await n8n.createTriggerWorkflow({ name: wf.name, trigger, nodes: wf.nodes });
			}
			console.log(`loaded ${example.workflows.length + (example.triggerWorkflows ?? []).length} example workflows for ${example.title}`);
		}
	}
	// Webhook trigger examples (`publish: true`) are (re)published on every start: the sandbox
	// starts empty each time, so the Clarus Automation must be created again (unpublish deletes the
	// old one; a 404 from the fresh sandbox counts as deleted).
	const existing = await n8n.rest('GET', '/workflows');
	for (const example of examples) {
		if (!box.urls[example.vendor]) continue;
		for (const wf of (example.triggerWorkflows ?? []).filter((w) => w.publish)) {
			const found = (existing.data ?? existing).find((w) => w.name === wf.name);
			if (!found) continue;
			if (found.active || found.activeVersionId) await n8n.unpublish(found.id);
			const result = await n8n.publish(found.id);
			console.log(`published "${wf.name}": ${result.status}${result.status === 'published' ? '' : ` ${JSON.stringify(result.triggers)}`}`);
		}
	}
	console.log(`\nn8n is ready: http://localhost:${N8N_PORT}`);
	console.log('sign in with owner@example.com / Owner-Passw0rd-1');
	if (process.send) process.send({ ready: true, n8nUrl: n8n.baseUrl, cookie: n8n.cookie, sandbox: box.urls });
	console.log('open a workflow and click "Execute workflow". Ctrl+C stops everything.');
	const stop = async () => {
		await n8n.stop();
		await box.close();
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
