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
};
