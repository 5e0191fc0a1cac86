import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { requestOptionsProperty } from '../shared/retry';
import { runOperation } from '../shared/router';
import { loadOptions } from './methods';
import { clarusHandlers, resourceDescriptions, resourceOptions } from './resources';
import { listSearch } from './resources/search';

export class ClarusWms implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Clarus WMS',
		name: 'clarusWms',
		icon: { light: 'file:clarusWms.svg', dark: 'file:clarusWms.dark.svg' },
		group: ['transform'],
		version: 1,
		documentationUrl: 'https://github.com/n8n-nodes-wms-planning/n8n-nodes-wms-planning#clarus-wms-node',
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Create, update and list goods outs, receipts, stock, products and every other Clarus WMS record',
		defaults: { name: 'Clarus WMS' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'clarusWmsOAuth2Api',
				required: true,
				displayOptions: { show: { authentication: ['oAuth2'] } },
			},
			{
				name: 'clarusWmsApi',
				required: true,
				displayOptions: { show: { authentication: ['apiCredentials'] } },
			},
		],
		properties: [
			{
				displayName: 'Authentication',
				name: 'authentication',
				type: 'options',
				options: [
					{
						name: 'OAuth2',
						value: 'oAuth2',
						description: 'Clarus WMS OAuth2 API credential: client credentials or "Connect my account"',
					},
					{
						name: 'Client ID and Secret or Access Token',
						value: 'apiCredentials',
						description: 'Clarus WMS API credential, which also works in the HTTP Request node',
					},
				],
				default: 'oAuth2',
			},
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: resourceOptions,
				default: 'goods_outs',
			},
			...resourceDescriptions,
			requestOptionsProperty({ vendor: 'Clarus', concurrency: { hide: { '/operation': ['getAll'], '/resource': ['graphql', 'apiRequest'] } } }),
		],
	};

	methods = { loadOptions, listSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await runOperation(this, clarusHandlers);
	}
}
