#!/usr/bin/env node
'use strict';
// Makes a vendor event happen in the running sandbox so you can watch a trigger example fire
// (see README, "Clarus WMS Trigger" and "ItemPath Data Push Trigger"). With `npm start` running:
//   node scripts/fire-event.js clarus     creates a goods out in the sandbox's Clarus (REST API);
//                                          its Automation delivers goods_out.created to n8n
//   node scripts/fire-event.js itempath   sets up the sandbox's Data Push integration (if needed)
//                                          and pushes one new transaction to n8n
// Options: --sandbox-port 4010 (or SANDBOX_PORT), --n8n http://127.0.0.1:5678 (or N8N_PORT),
//          --clarus <url>, --itempath <url> (override the sandbox URLs).
const path = require('path');

const arg = (name, fallback) => {
	const i = process.argv.indexOf(`--${name}`);
	return i > -1 ? process.argv[i + 1] : fallback;
};
const sandboxPort = Number(arg('sandbox-port', process.env.SANDBOX_PORT ?? 4010));
const n8nUrl = arg('n8n', `http://127.0.0.1:${process.env.N8N_PORT ?? 5678}`).replace(/\/+$/, '');
const urls = {
	clarus: arg('clarus', `http://127.0.0.1:${sandboxPort + 3}`),
	itempath: arg('itempath', `http://127.0.0.1:${sandboxPort + 1}`),
};

async function json(res) {
	const text = await res.text();
	if (!res.ok) throw new Error(`${res.status} ${text.slice(0, 500)}`);
	return text ? JSON.parse(text) : {};
}

async function clarus() {
	const token = (
		await json(
			await fetch(`${urls.clarus}/oauth/token`, {
				method: 'POST',
				headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from('clarus-cc-client:clarus-cc-secret').toString('base64')}` },
				body: 'grant_type=client_credentials',
			}),
		)
	).access_token;
	const reference = `SO-DEMO-${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}`;
	const created = await json(
		await fetch(`${urls.clarus}/api/goods_outs`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-clarus-subdomain': 'acme-warehouse' },
			body: JSON.stringify({ data: { type: 'goods_outs', attributes: { goods_out_type: 'sales_order', account_id: 1, reference, expected_date_of_dispatch: new Date(Date.now() + 86400000).toISOString() } } }),
		}),
	);
	await json(await fetch(`${urls.clarus}/__admin/deliveries-settle`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }));
	const deliveries = (await json(await fetch(`${urls.clarus}/__admin/deliveries?tenant=acme-warehouse`))).filter((d) => d.recordId === created.data.id);
	console.log(`created goods out ${created.data.id} (${reference}) in the sandbox's Clarus`);
	if (!deliveries.length) console.log('no Automation matched goods_out.created: is the "Clarus WMS Trigger" example workflow published?');
	for (const d of deliveries) console.log(`  Automation ${d.automationId} delivered it: ${d.status} (${d.attempts.map((a) => a.status ?? a.error).join(', ')})`);
}

async function itempath() {
	const example = require(path.join(__dirname, '..', 'sandbox', 'examples', 'itempath-datapush.js'));
	const admin = (method, p, body) =>
		fetch(`${urls.itempath}/__admin/data-push/${p}`, { method, headers: { 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined }).then(json);
	const wanted = `/webhook/${example.webhookId}/webhook`;
	let integration = (await admin('GET', 'integrations')).find((i) => i.active && i.connectionAddress === n8nUrl && i.path === wanted);
	if (!integration) {
		integration = await admin('POST', 'integrations', {
			name: 'n8n example',
			connectionAddress: n8nUrl,
			path: wanted,
			headers: [{ name: example.header, value: example.secret, private: true }],
		});
		console.log(`set up Data Push integration ${integration.id}: ${n8nUrl}${wanted} with header ${example.header} (Private)`);
	}
	const result = await admin('POST', 'transactions', { integrationId: integration.id, count: 1, wait: true });
	const [tx] = result.transactions;
	const [r] = result.results;
	console.log(`pushed transaction ${tx.id} (${tx.orderName}): ${r?.ok ? `delivered (${r.status})` : `failed (${r?.status ?? r?.error}); is the example workflow published?`}`);
}

const which = process.argv[2];
const run = { clarus, itempath }[which];
if (!run) {
	console.error('usage: node scripts/fire-event.js clarus|itempath [--sandbox-port 4010] [--n8n http://127.0.0.1:5678]');
	process.exit(2);
}
run().catch((error) => {
	console.error(`fire-event ${which}: ${error.message}`);
	process.exit(1);
});
