#!/usr/bin/env node
'use strict';
// Proof for scripts/ensure-n8n.sh: starts the cached n8n once (run with the cache's Node 24
// binary) with a throwaway user folder and waits until /healthz/readiness answers 200, which n8n
// only does once its database is open and migrated. Exits 0 on success, 1 with n8n's last log
// lines otherwise. Usage: node prove-n8n.js <cache folder>
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { freePort, headlessN8nEnv } = require('./n8n-env');

const dir = process.argv[2];

async function main() {
	const userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'wms-n8n-proof-'));
	const port = await freePort();
	const brokerPort = await freePort();
	let log = '';
	const proc = spawn(process.execPath, [path.join(dir, 'node_modules', 'n8n', 'bin', 'n8n'), 'start'], {
		env: {
			...process.env,
			PATH: `${path.dirname(process.execPath)}:${process.env.PATH}`,
			N8N_USER_FOLDER: userFolder,
			...headlessN8nEnv({ port, brokerPort }),
		},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	proc.stdout.on('data', (c) => (log += c));
	proc.stderr.on('data', (c) => (log += c));
	const deadline = Date.now() + 180_000;
	let ok = false;
	while (!ok && proc.exitCode === null && Date.now() < deadline) {
		try {
			ok = (await fetch(`http://127.0.0.1:${port}/healthz/readiness`)).status === 200;
		} catch {
			// not listening yet
		}
		if (!ok) await new Promise((r) => setTimeout(r, 500));
	}
	proc.kill('SIGTERM');
	await new Promise((r) => (proc.exitCode !== null ? r() : proc.once('exit', r)));
	fs.rmSync(userFolder, { recursive: true, force: true });
	if (!ok) {
		console.error(`n8n did not become ready:\n${log.slice(-3000)}`);
		process.exit(1);
	}
	console.error('n8n started and its database is ready');
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
