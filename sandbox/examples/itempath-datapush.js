'use strict';
// Example ItemPath Data Push Trigger workflow that `npm start` loads and publishes. ItemPath's
// Data Push has no API, so the sandbox's Data Push integration is set up by the admin call that
// scripts/fire-event.js makes before it pushes a transaction:
//   node scripts/fire-event.js itempath
const DATA_PUSH_WEBHOOK_ID = 'da7a905e-0000-4000-8000-000000000001';
const DATA_PUSH_HEADER = 'X-N8N-Secret';
// A sandbox-only example value; choose your own long random secret for a real ItemPath.
const DATA_PUSH_SECRET = 'sandbox-only-data-push-secret-0123456789';
module.exports = {
	vendor: 'itempath',
	title: 'ItemPath Data Push Trigger',
	webhookId: DATA_PUSH_WEBHOOK_ID,
	header: DATA_PUSH_HEADER,
	secret: DATA_PUSH_SECRET,
	credentials: () => ({ itemPathDataPushApi: { headerName: DATA_PUSH_HEADER, secret: DATA_PUSH_SECRET } }),
	workflows: [],
	triggerWorkflows: [
		{
			publish: true,
			name: 'ItemPath Data Push Trigger: transaction confirmed (run: node scripts/fire-event.js itempath)',
			trigger: {
				name: 'Transaction Pushed',
				type: 'n8n-nodes-wms-planning.itemPathDataPushTrigger',
				webhookId: DATA_PUSH_WEBHOOK_ID,
				credentialType: 'itemPathDataPushApi',
				parameters: {},
			},
		},
	],
};
