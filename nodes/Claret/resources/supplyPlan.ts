import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { getLimit, returnAllOrLimit } from '../../shared/descriptions';
import { claretGetMany } from '../pagination';
import { toClaretDate } from './common';

const show = { resource: ['supplyPlan'], operation: ['getAll'] };

export const supplyPlanDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['supplyPlan'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many supply plans',
				description: 'Get supply plans of a supply type',
			},
		],
		default: 'getAll',
	},
	{
		displayName: 'Supply Type Name',
		name: 'supplyTypeName',
		type: 'string',
		required: true,
		displayOptions: { show },
		default: '',
		placeholder: 'Production',
		description: 'The supply type to read, as named in Claret',
	},
	...returnAllOrLimit(show),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		displayOptions: { show },
		default: {},
		options: [
			{
				displayName: 'Last Updated',
				name: 'lastUpdated',
				type: 'dateTime',
				default: '',
				description: 'Only supply plans updated since this date',
			},
			{
				displayName: 'Duration (Days)',
				name: 'duration',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 7,
				description: 'How many days after Last Updated to include (needs Last Updated)',
			},
		],
	},
];

export async function getManySupplyPlans(this: IExecuteFunctions, itemIndex: number) {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as { lastUpdated?: string; duration?: number };
	const qs: IDataObject = { supply_type_name: this.getNodeParameter('supplyTypeName', itemIndex) as string };
	if (filters.lastUpdated) qs.last_updated = toClaretDate(this, filters.lastUpdated, 'Last Updated', itemIndex);
	if (filters.duration !== undefined) {
		if (!filters.lastUpdated) {
			throw new NodeOperationError(this.getNode(), `The "Duration (Days)" filter needs "Last Updated" (item ${itemIndex})`, {
				itemIndex,
			});
		}
		qs.duration = filters.duration;
	}
	return await claretGetMany.call(
		this,
		{ method: 'GET', path: '/supply-plan/get/process', qs, itemIndex },
		'supply_plans',
		getLimit(this, itemIndex),
	);
}
