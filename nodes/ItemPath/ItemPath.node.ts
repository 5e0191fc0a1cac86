import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { requestOptionsProperty } from '../shared/retry';
import { runOperation } from '../shared/router';
import {
	apiRequestDescription,
	itemPathHandlers,
	materialDescription,
	orderDescription,
	orderLineDescription,
	readOnlyDescription,
	userDescription,
} from './resources';

export class ItemPath implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ItemPath',
		name: 'itemPath',
		icon: { light: 'file:itempath.svg', dark: 'file:itempath.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Read and manage materials, orders, stock locations and transactions in ItemPath (Kardex Power Pick)',
		defaults: { name: 'ItemPath' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'itemPathApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'API Request', value: 'apiRequest', description: 'Call any ItemPath API endpoint' },
					{ name: 'Location', value: 'location' },
					{ name: 'Location Content', value: 'locationContent', description: 'Stock: which material lies where, how many' },
					{ name: 'Material', value: 'material' },
					{ name: 'Order', value: 'order' },
					{ name: 'Order Line', value: 'orderLine' },
					{ name: 'Station', value: 'station' },
					{ name: 'Transaction', value: 'transaction', description: 'History of confirmed picks, puts and counts' },
					{ name: 'User', value: 'user' },
					{ name: 'Warehouse', value: 'warehouse' },
				],
				default: 'material',
			},
			...materialDescription,
			...orderDescription,
			...orderLineDescription,
			...readOnlyDescription,
			...userDescription,
			...apiRequestDescription,
			requestOptionsProperty({ vendor: 'ItemPath', concurrency: { show: { '/operation': ['create', 'update', 'delete'] } } }),
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await runOperation(this, itemPathHandlers);
	}
}
