'use strict';
// Example ItemPath workflows that `npm start` loads into n8n, wired to the sandbox's ItemPath.
const TYPE = 'n8n-nodes-wms-planning.itemPath';
module.exports = {
	vendor: 'itempath',
	title: 'ItemPath',
	credentials: (urls) => ({
		itemPathApi: {
			url: urls.itempath,
			authMethod: 'login',
			username: 'operator',
			password: 'operator-pass',
			allowUnauthorizedCerts: false,
			accessToken: '',
		},
	}),
	workflows: [
		{
			name: 'ItemPath: all materials',
			nodes: [
				{ name: 'Get Materials', type: TYPE, credentialType: 'itemPathApi', parameters: { resource: 'material', operation: 'getAll', returnAll: true } },
			],
		},
		{
			name: 'ItemPath: urgent orders (priority above 2)',
			nodes: [
				{
					name: 'Get Urgent Orders',
					type: TYPE,
					credentialType: 'itemPathApi',
					parameters: {
						resource: 'order',
						operation: 'getAll',
						limit: 50,
						filters: { conditions: [{ field: 'priority', operator: 'greaterThan', value: '2' }] },
					},
				},
			],
		},
		{
			name: 'ItemPath: stations via API Request',
			nodes: [
				{
					name: 'List Stations',
					type: TYPE,
					credentialType: 'itemPathApi',
					parameters: { resource: 'apiRequest', operation: 'request', method: 'GET', path: '/stations' },
				},
			],
		},
	],
	// Trigger workflows (no Manual Trigger): publish one, then make a change happen with
	// `node scripts/sandbox-change.js itempath` and watch an execution appear within a minute.
	triggerWorkflows: [
		{
			name: 'ItemPath Trigger: new transactions',
			trigger: {
				name: 'New Transactions',
				type: 'n8n-nodes-wms-planning.itemPathTrigger',
				credentialType: 'itemPathApi',
				parameters: { pollTimes: { item: [{ mode: 'everyMinute' }] }, event: 'transactionCreated' },
			},
		},
	],
};
