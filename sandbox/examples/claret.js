'use strict';
// Example Claret workflows that `npm start` loads into n8n, wired to the sandbox's Claret.
module.exports = {
	vendor: 'claret',
	title: 'Claret',
	credentials: (urls) => ({
		claretApi: { baseUrl: urls.claret, tenant: 'demo', email: 'planner@example.com', password: 'correct-horse-battery', token: '' },
	}),
	workflows: [
		{
			name: 'Claret: all 2025 sales history',
			nodes: [
				{
					name: 'Get 2025 Sales',
					type: 'n8n-nodes-wms-planning.claret',
					credentialType: 'claretApi',
					parameters: { resource: 'sale', operation: 'getAll', saleTypeName: 'History', startDate: '2025-01-01', duration: 364, returnAll: true },
				},
			],
		},
		{
			name: 'Claret: Make Plan supply plans (first 100)',
			nodes: [
				{
					name: 'Get Supply Plans',
					type: 'n8n-nodes-wms-planning.claret',
					credentialType: 'claretApi',
					parameters: { resource: 'supplyPlan', operation: 'getAll', supplyTypeName: 'Make Plan', limit: 100 },
				},
			],
		},
		{
			name: 'Claret: import inventory counts',
			inputItems: [
				{ item_name: '101', bin_name: 'BR-01', lot_name: 'L2021-A', date_filled: '2025-03-01', quantity: 120, uom: '9LE' },
				{ item_name: '102', bin_name: 'BR-02', lot_name: 'L2021-B', date_filled: '2025-03-01', quantity: 80, uom: '9LE' },
				{ item_name: '103', bin_name: 'TF-01', lot_name: 'L2022-A', date_filled: '2025-03-02', quantity: 45, uom: 'CS' },
			],
			nodes: [
				{
					name: 'Import Inventory',
					type: 'n8n-nodes-wms-planning.claret',
					credentialType: 'claretApi',
					parameters: { resource: 'inventory', operation: 'import', recordsSource: 'fields' },
				},
			],
		},
		{
			name: 'Claret: any endpoint with API Request',
			nodes: [
				{
					name: 'Forecast via API Request',
					type: 'n8n-nodes-wms-planning.claret',
					credentialType: 'claretApi',
					parameters: {
						resource: 'apiRequest',
						operation: 'request',
						method: 'GET',
						path: '/sales',
						queryParameters: {
							parameter: [
								{ name: 'sale_type_name', value: 'Forecast' },
								{ name: 'start_date', value: '2025-07-01' },
								{ name: 'duration', value: '365' },
							],
						},
						requestOptions: { paginate: true },
					},
				},
			],
		},
	],
	// Trigger workflows (no Manual Trigger): publish one, then make a change happen with
	// `node scripts/sandbox-change.js claret` and watch an execution appear within a minute.
	triggerWorkflows: [
		{
			name: 'Claret Trigger: Make Plan supply plan changes',
			trigger: {
				name: 'Supply Plan Changes',
				type: 'n8n-nodes-wms-planning.claretTrigger',
				credentialType: 'claretApi',
				parameters: { pollTimes: { item: [{ mode: 'everyMinute' }] }, event: 'supplyPlanUpdated', supplyTypes: 'Make Plan' },
			},
		},
	],
};
