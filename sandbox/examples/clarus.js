'use strict';
// Example Clarus WMS workflows that `npm start` loads into n8n, wired to the sandbox's Clarus.
const TYPE = 'n8n-nodes-wms-planning.clarusWms';
const node = (name, parameters) => ({
	name,
	type: TYPE,
	credentialType: 'clarusWmsApi',
	parameters: { authentication: 'apiCredentials', ...parameters },
});
module.exports = {
	vendor: 'clarus',
	title: 'Clarus WMS',
	credentials: (urls) => ({
		clarusWmsApi: {
			authMethod: 'clientCredentials',
			clientId: 'clarus-cc-client',
			clientSecret: 'clarus-cc-secret',
			baseUrl: urls.clarus,
			subdomain: 'acme-warehouse',
			accessToken: '',
		},
	}),
	workflows: [
		{
			name: 'Clarus WMS: all goods outs (GraphQL, cursor pagination)',
			nodes: [node('Get Goods Outs', { resource: 'goods_outs', operation: 'getAll', returnAll: true })],
		},
		{
			name: 'Clarus WMS: goods outs whose reference contains 2026-0001',
			nodes: [
				node('Find Goods Outs', {
					resource: 'goods_outs',
					operation: 'getAll',
					limit: 20,
					goods_outs_getAll_filters: { filter: [{ field: 'reference', operator: 'ilike', value: '%2026-0001%' }] },
				}),
			],
		},
		{
			name: 'Clarus WMS: GraphQL query',
			nodes: [
				node('Warehouses', {
					resource: 'graphql',
					operation: 'execute',
					graphqlQuery: '{ warehouses { all(first: 10) { edges { node { id code name } } } } }',
					graphqlVariables: '{}',
				}),
			],
		},
	],
};
