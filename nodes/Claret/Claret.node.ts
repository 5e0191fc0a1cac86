import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { requestOptionsProperty } from '../shared/retry';
import { runOperation } from '../shared/router';
import {
	apiRequestDescription,
	claretHandlers,
	importJobDescription,
	inventoryDescription,
	saleDescription,
	supplyPlanDescription,
} from './resources';

export class Claret implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Claret',
		name: 'claret',
		icon: { light: 'file:claret.svg', dark: 'file:claret.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Read sales and supply plans and import inventory in Claret supply and demand planning',
		defaults: { name: 'Claret' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'claretApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'API Request', value: 'apiRequest', description: 'Call any Claret API endpoint' },
					{ name: 'Import Job', value: 'importJob' },
					{ name: 'Inventory', value: 'inventory' },
					{ name: 'Sale', value: 'sale' },
					{ name: 'Supply Plan', value: 'supplyPlan' },
				],
				default: 'sale',
			},
			...saleDescription,
			...supplyPlanDescription,
			...inventoryDescription,
			...importJobDescription,
			...apiRequestDescription,
			requestOptionsProperty({ vendor: 'Claret' }),
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await runOperation(this, claretHandlers);
	}
}
