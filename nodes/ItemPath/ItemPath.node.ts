import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { requestOptionsProperty } from '../shared/retry';
import { runOperation } from '../shared/router';
import { itemPathListSearch } from './listSearch';
import { itemPathHandlers, itemPathProperties } from './resources';

export class ItemPath implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ItemPath',
		name: 'itemPath',
		documentationUrl: 'https://github.com/n8n-nodes-wms-planning/n8n-nodes-wms-planning#itempath-node',
		icon: { light: 'file:itempath.svg', dark: 'file:itempath.dark.svg' },
		group: ['transform'],
		version: [1, 2],
		defaultVersion: 2,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Read and manage materials, orders, stock locations and transactions in ItemPath (Kardex Power Pick)',
		defaults: { name: 'ItemPath' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'itemPathApi', required: true }],
		properties: [
			...itemPathProperties,
			requestOptionsProperty({ vendor: 'ItemPath', concurrency: { show: { '/operation': ['create', 'update', 'delete'] } } }),
		],
	};

	methods = { listSearch: itemPathListSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await runOperation(this, itemPathHandlers);
	}
}
