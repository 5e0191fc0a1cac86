'use strict';
// Example Clarus WMS Trigger workflow that `npm start` loads and publishes: it runs whenever a
// goods out is created in the sandbox's Clarus. Make one happen with
//   node scripts/fire-event.js clarus
const CLARUS_TRIGGER_WEBHOOK_ID = 'c1a705e0-0000-4000-8000-000000000001';
module.exports = {
	vendor: 'clarus',
	title: 'Clarus WMS Trigger',
	webhookId: CLARUS_TRIGGER_WEBHOOK_ID,
	// the same sandbox credential as the other Clarus examples
	credentials: require('./clarus').credentials,
	workflows: [],
	// Started by an event, not by "Execute workflow": npm start publishes them (every start, so the
	// sandbox, which forgets its Automations when it stops, gets a fresh one).
	triggerWorkflows: [
		{
			publish: true,
			name: 'Clarus WMS Trigger: new goods out (run: node scripts/fire-event.js clarus)',
			trigger: {
				name: 'New Goods Out',
				type: 'n8n-nodes-wms-planning.clarusWmsTrigger',
				webhookId: CLARUS_TRIGGER_WEBHOOK_ID,
				credentialType: 'clarusWmsApi',
				parameters: { authentication: 'apiCredentials', resource: 'goods_out', event: 'created' },
			},
			nodes: [
				{
					name: 'Summary',
					type: 'n8n-nodes-base.set',
					typeVersion: 3.4,
					parameters: {
						assignments: {
							assignments: [
								{ id: 'ref', name: 'reference', value: '={{ $json.record.reference }}', type: 'string' },
								{ id: 'event', name: 'event', value: '={{ $json.resource }}.{{ $json.event }}', type: 'string' },
							],
						},
						options: {},
					},
				},
			],
		},
	],
};
