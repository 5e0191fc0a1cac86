import { itemError } from '../../shared/errors';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { getLimit, returnAllOrLimit, simplifyRecords } from '../../shared/descriptions';
import { claretGetMany } from '../pagination';
import { claretSimplifyProperty, toClaretDate } from './common';

const show = { resource: ['supplyPlan'], operation: ['getAll'] };

/**
 * Supply types: "Make Plan" is the example of Claret's API documentation; purchase and transfer
 * plans are Claret's other planning kinds (names inferred, see sandbox/docs/claret.md). Tenants
 * may name theirs otherwise, hence free entry.
 */
export const SUPPLY_TYPES = [
	{ name: 'Make Plan', value: 'Make Plan', description: 'Planned production' },
	{ name: 'Purchase Plan', value: 'Purchase Plan', description: 'Planned purchases' },
	{ name: 'Transfer Plan', value: 'Transfer Plan', description: 'Planned transfers between locations' },
];

/** What Simplify keeps of a supply plan (see the README). */
export const SUPPLY_PLAN_SIMPLE_FIELDS = ['id', 'date', 'quantity', 'uom_abbr', 'item_name', 'supply_type_name', 'supply_plan_status_name', 'updated_at'];

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
		type: 'options',
		options: SUPPLY_TYPES,
		// A supply type the tenant named otherwise (saved before this list, or set by expression) stays valid.
		allowArbitraryValues: true,
		required: true,
		displayOptions: { show },
		default: 'Make Plan',
		description:
			'The supply type to read, as named in Claret. Choose a common one, or enter the name your tenant uses as an expression.',
	},
	...returnAllOrLimit(show),
	claretSimplifyProperty(show),
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
			throw itemError(this.getNode(), 'The "Duration (Days)" filter needs "Last Updated"', itemIndex);
		}
		qs.duration = filters.duration;
	}
	const plans = await claretGetMany.call(
		this,
		{ method: 'GET', path: '/supply-plan/get/process', qs, itemIndex },
		'supply_plans',
		getLimit(this, itemIndex),
	);
	return simplifyRecords(this, itemIndex, plans, SUPPLY_PLAN_SIMPLE_FIELDS);
}
