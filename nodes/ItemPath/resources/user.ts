import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { itemPathCreateApplicationToken } from '../transport';

export const userDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['user'] } },
		options: [
			{
				name: 'Create Application Token',
				value: 'createApplicationToken',
				action: 'Create an application token',
				description:
					'Create a non-expiring token for the signed-in user (type "application" only), to paste into an ItemPath credential set to "Application Token"',
			},
		],
		default: 'createApplicationToken',
	},
	{
		displayName:
			'The output contains the new token in clear text. Copy it into an ItemPath credential with Authentication "Application Token" and delete this execution\'s data if others can read it.',
		name: 'applicationTokenNotice',
		type: 'notice',
		displayOptions: { show: { resource: ['user'], operation: ['createApplicationToken'] } },
		default: '',
	},
];

export async function createApplicationToken(this: IExecuteFunctions, itemIndex: number) {
	return await itemPathCreateApplicationToken.call(this, itemIndex);
}
