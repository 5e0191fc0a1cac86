#!/usr/bin/env node
'use strict';
// `npm run bench`: the ItemPath node in the pinned real n8n against the ItemPath simulator on
// loopback with a fixed latency per answer, next to a plain client doing the same calls.
//   - writes/s: BENCH_WRITES (1000) orders created from as many items, at 1 and at
//     BENCH_CONCURRENCY (8) requests in flight (Request Options → Requests in Flight), next to a
//     plain fetch loop at the same concurrency;
//   - rows/s: a Return All of every material (pages of BENCH_PAGE_SIZE, 100) next to a plain
//     paging loop.
// Latency: BENCH_LATENCY_MS (20). The node's time is n8n's own execution time of that node; the
// ratios (plain ÷ node throughput) come from one run. Not part of `npm test`.
const http = require('http');
const { N8n } = require('../test/harness/n8n');
const { buildAndPack } = require('./package');
const sandbox = require('../sandbox/server');

const LATENCY = Number(process.env.BENCH_LATENCY_MS ?? 20);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const WRITES = Number(process.env.BENCH_WRITES ?? 1000);
const PAGE_SIZE = Number(process.env.BENCH_PAGE_SIZE ?? 100);
const USER = { username: 'operator', password: 'operator-pass' };

async function main() {
	const tarball = buildAndPack();
	const box = await sandbox.start({ port: 0, seed: 42, vendors: ['itempath'] });
	const url = box.urls.itempath;
	const admin = async (path, body) =>
		(await fetch(`${url}/__admin/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body ?? {}) })).json();
	const n8n = await N8n.launch({ tarball });
	try {
		const cred = await n8n.createCredential('itemPathApi', { url, authMethod: 'login', ...USER, allowUnauthorizedCerts: false }, 'ItemPath bench');
		const credentials = { itemPathApi: { id: cred.id, name: cred.name } };
		await admin('latency', { ms: LATENCY });

		const login = await (await fetch(`${url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(USER) })).json();
		const auth = { authorization: `Bearer ${login.accessToken}` };
		const orderBody = (name) => ({ name, directionType: 2, order_lines: [{ materialName: 'MAT-00001', quantity: 1 }] });

		const nodeTime = async (parameters, inputItems) => {
			const workflowId = await n8n.createWorkflow({ nodes: [{ name: 'Node', type: 'n8n-nodes-wms-planning.itemPath', parameters, credentials }], inputItems });
			const result = await n8n.run(workflowId, { timeoutMs: 600_000 });
			if (result.status !== 'success') throw new Error(`bench workflow failed: ${JSON.stringify(result.error)}`);
			return { ms: result.runData.Node[0].executionTime, items: result.output('Node').length };
		};
		// A plain POST: fetch (keep-alive), or with a new connection per request as n8n's HTTP stack does.
		const post = async (path, body, fresh) => {
			if (!fresh) {
				const res = await fetch(`${url}${path}`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify(body) });
				await res.arrayBuffer();
				return res.status;
			}
			return await new Promise((resolve, reject) => {
				const data = JSON.stringify(body);
				const req = http.request(`${url}${path}`, { method: 'POST', agent: false, headers: { ...auth, 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } }, (res) => {
					res.resume();
					res.on('end', () => resolve(res.statusCode));
				});
				req.on('error', reject);
				req.end(data);
			});
		};
		const plainWrites = async (prefix, concurrency, fresh = false) => {
			let next = 0;
			const started = performance.now();
			const worker = async () => {
				while (next < WRITES) {
					const i = next++;
					const status = await post('/api/orders', orderBody(`${prefix}-${i}`), fresh);
					if (status !== 201) throw new Error(`plain write ${i}: HTTP ${status}`);
				}
			};
			await Promise.all(Array.from({ length: concurrency }, worker));
			return performance.now() - started;
		};
		const plainReadAll = async () => {
			const started = performance.now();
			let rows = 0;
			for (let page = 0; ; page++) {
				const res = await fetch(`${url}/api/materials?limit=${PAGE_SIZE}&page=${page}`, { headers: auth });
				const list = (await res.json()).materials;
				rows += list.length;
				if (list.length < PAGE_SIZE) break;
			}
			return { ms: performance.now() - started, rows };
		};

		const rows = [];
		for (const concurrency of [1, CONCURRENCY]) {
			await admin('reset-data');
			const prefix = `BENCH-N${concurrency}`;
			const items = Array.from({ length: WRITES }, (_, i) => ({ name: `${prefix}-${i}` }));
			const node = await nodeTime(
				{
					resource: 'order',
					operation: 'create',
					name: '={{ $json.name }}',
					linesInput: 'fields',
					orderLines: { line: [{ materialName: 'MAT-00001', quantity: 1 }] },
					requestOptions: { concurrency },
				},
				items,
			);
			await admin('reset-data');
			const plain = await plainWrites(`PLAIN-N${concurrency}`, concurrency);
			await admin('reset-data');
			const fresh = await plainWrites(`FRESH-N${concurrency}`, concurrency, true);
			rows.push({
				what: `${WRITES} order writes, ${concurrency} in flight`,
				node: `${((WRITES / node.ms) * 1000).toFixed(1)} writes/s`,
				plain: `${((WRITES / plain) * 1000).toFixed(1)} writes/s`,
				ratio: +(node.ms / plain).toFixed(2),
				'plain, new connection each': `${((WRITES / fresh) * 1000).toFixed(1)} writes/s`,
				'ratio to it': +(node.ms / fresh).toFixed(2),
			});
		}
		await admin('reset-data');
		const read = await nodeTime({ resource: 'material', operation: 'getAll', returnAll: true, options: { pageSize: PAGE_SIZE } });
		const plainRead = await plainReadAll();
		rows.push({
			what: `Return All, ${plainRead.rows} materials in pages of ${PAGE_SIZE}`,
			node: `${((read.items / read.ms) * 1000).toFixed(0)} rows/s`,
			plain: `${((plainRead.rows / plainRead.ms) * 1000).toFixed(0)} rows/s`,
			ratio: +(read.ms / plainRead.ms).toFixed(2),
		});
		console.log(`\nItemPath node in n8n vs a plain client, ${LATENCY} ms latency per answer (ratio = plain throughput / node throughput; target <= 1.3)`);
		console.table(rows);
		console.log(JSON.stringify({ latencyMs: LATENCY, concurrency: CONCURRENCY, writes: WRITES, results: rows }));
	} finally {
		await n8n.stop();
		await box.close();
	}
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
