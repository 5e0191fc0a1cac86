import type { INodeCredentialDescription, INodeProperties } from 'n8n-workflow';
import { requestOptionsProperty } from '../shared/retry';

/**
 * What every version of the Clarus WMS node shares: the two credentials and the Authentication
 * switch between them, and Request Options. Each version's class (ClarusWmsV1.node.ts,
 * ClarusWmsV2.node.ts) has its own description, as n8n's lint rules want it written out.
 */
export const CLARUS_DEFAULT_VERSION = 2;

export const CLARUS_NODE_DESCRIPTION = 'Create, update and list goods outs, receipts, stock, products and every other Clarus WMS record';

export const clarusCredentials: INodeCredentialDescription[] = [
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
];

/**
 * Authentication, then the version's own properties, then Request Options (Requests in Flight
 * hidden for the reads: `readOperations`).
 */
export function clarusProperties(properties: INodeProperties[], readOperations: string[] = ['getAll']): INodeProperties[] {
	return [
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
		...properties,
		requestOptionsProperty({ vendor: 'Clarus', concurrency: { hide: { '/operation': readOperations, '/resource': ['graphql', 'apiRequest'] } } }),
	];
}
