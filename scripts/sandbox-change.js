#!/usr/bin/env node
'use strict';
// Makes something happen in the sandbox so a published trigger example has something to emit:
//   node scripts/sandbox-change.js itempath [count]   appends confirmed transactions (vendor clock)
//   node scripts/sandbox-change.js claret [count]     inserts Make Plan supply plans (vendor clock)
// The sandbox of `npm start` listens on SANDBOX_PORT (default 4010): Claret on it, ItemPath on +1.
const [vendor, countArg] = process.argv.slice(2);
const port = Number(process.env.SANDBOX_PORT || 4010);
const count = Math.max(1, Number(countArg) || 1);

async function admin(base, action, body) {
	const res = await fetch(`${base}/__admin/${action}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body),
	});
	const json = await res.json();
	if (!res.ok) throw new Error(`${action}: ${JSON.stringify(json)}`);
	return json;
}

async function main() {
	if (vendor === 'itempath') {
		const { transactions } = await admin(`http://127.0.0.1:${port + 1}`, 'transactions', { count });
		for (const t of transactions) console.log(`transaction ${t.id} (type ${t.type}, ${t.materialName}) at ${t.creationDate}`);
	} else if (vendor === 'claret') {
		const base = `http://127.0.0.1:${port}`;
		const { inserted } = await admin(base, 'supply-plans', { tenant: 'demo', insert: Array.from({ length: count }, () => ({ supply_type_name: 'Make Plan' })) });
		for (const p of inserted) console.log(`supply plan ${p.id} (${p.supply_type_name}) updated_at ${p.updated_at}`);
	} else {
		console.error('usage: node scripts/sandbox-change.js itempath|claret [count]');
		process.exit(2);
	}
	console.log('a published trigger example emits this at its next poll (every minute), or unpublish and publish it to poll now');
}

main().catch((error) => {
	console.error(error.message);
	process.exit(1);
});
