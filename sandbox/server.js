#!/usr/bin/env node
'use strict';
// Starts the vendor simulators on loopback, one port per vendor (their URL spaces overlap:
// ItemPath and Clarus both live under /api). Usage:
//   node sandbox/server.js [--port 4010] [--seed 42] [--host 127.0.0.1]
// or env SANDBOX_PORT / SANDBOX_SEED / SANDBOX_HOST. Port P gives Claret P, ItemPath P+1
// (HTTP) and P+2 (HTTPS, self-signed), Clarus P+3. Port 0 gives every server a free port.
const http = require('http');
const https = require('https');
const path = require('path');
const fs = require('fs');

const VENDORS = [
	{ key: 'claret', module: './claret', offset: 0 },
	{ key: 'itempath', module: './itempath', offset: 1, httpsOffset: 2 },
	{ key: 'clarus', module: './clarus', offset: 3 },
];

function listen(server, port, host) {
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => resolve(server.address().port));
	});
}

async function start({ port = 4010, seed = 42, host = '127.0.0.1', vendors } = {}) {
	const servers = [];
	const urls = {};
	const apps = {};
	for (const v of VENDORS) {
		if (vendors && !vendors.includes(v.key)) continue;
		const file = path.join(__dirname, `${v.module}.js`);
		const dir = path.join(__dirname, v.module);
		if (!fs.existsSync(file) && !fs.existsSync(dir)) continue;
		let instance;
		try {
			instance = await require(v.module).create({ seed: Number(seed) });
		} catch (error) {
			// A vendor asked for by name must start; when starting all of them (npm start), one that
			// cannot (Clarus needs its vendor's OpenAPI spec) is skipped with a warning.
			if (vendors) {
				await Promise.all(servers.map((srv) => new Promise((r) => srv.close(r))));
				throw error;
			}
			console.warn(`sandbox: ${v.key} not started: ${error.message}`);
			continue;
		}
		apps[v.key] = instance;
		const p = port === 0 ? 0 : Number(port) + v.offset;
		const server = http.createServer(instance.app);
		servers.push(server);
		const actual = await listen(server, p, host);
		const hostPart = host.includes(':') ? `[${host}]` : host;
		urls[v.key] = `http://${hostPart}:${actual}`;
		if (v.httpsOffset !== undefined && instance.tls) {
			const hs = https.createServer(instance.tls, instance.app);
			servers.push(hs);
			const hp = port === 0 ? 0 : Number(port) + v.httpsOffset;
			const actualHttps = await listen(hs, hp, host);
			urls[`${v.key}Https`] = `https://${hostPart}:${actualHttps}`;
		}
		if (instance.setPublicUrl) instance.setPublicUrl(urls[v.key]);
	}
	const close = () =>
		Promise.all(
			servers.map(
				(s) =>
					new Promise((r) => {
						if (s.closeAllConnections) s.closeAllConnections();
						s.close(() => r());
					}),
			),
		);
	return { urls, apps, close, seed: Number(seed) };
}

function arg(name, fallback) {
	const i = process.argv.indexOf(`--${name}`);
	return i > -1 ? process.argv[i + 1] : fallback;
}

if (require.main === module) {
	const port = Number(arg('port', process.env.SANDBOX_PORT ?? 4010));
	const seed = Number(arg('seed', process.env.SANDBOX_SEED ?? 42));
	const host = arg('host', process.env.SANDBOX_HOST ?? '127.0.0.1');
	start({ port, seed, host })
		.then(({ urls }) => {
			console.log(`vendor sandbox running (seed ${seed})`);
			for (const [k, u] of Object.entries(urls)) console.log(`  ${k.padEnd(14)} ${u}`);
			console.log('  test controls: <vendor url>/__admin/{counters,requests,faults,clock,reset}');
			if (process.send) process.send({ ready: true, urls });
		})
		.catch((e) => {
			console.error(e);
			process.exit(1);
		});
}

module.exports = { start };
