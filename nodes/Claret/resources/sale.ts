import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { getLimit, returnAllOrLimit, simplifyRecords } from '../../shared/descriptions';
import { claretGetMany } from '../pagination';
import { claretSimplifyProperty, toClaretDate } from './common';

const show = { resource: ['sale'], operation: ['getAll'] };

/** The sale types Claret's API documentation names (`sale_type_name`, e.g. History, Forecast). */
export const SALE_TYPES = [
	{ name: 'Forecast', value: 'Forecast', description: 'Forecast quantities (monthly)' },
	{ name: 'History', value: 'History', description: 'Actual sales (daily)' },
];

/** What Simplify keeps of a sale (see the README). */
export const SALE_SIMPLE_FIELDS = ['id', 'sell_date', 'quantity', 'uom_abbr', 'item_name', 'customer_group_name', 'sale_type_name'];

export const saleDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['sale'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many sales',
				description: 'Get sales (history or forecast) in a date window',
			},
		],
		default: 'getAll',
	},
	{
		displayName: 'Sale Type Name',
		name: 'saleTypeName',
		type: 'options',
		options: SALE_TYPES,
		// A sale type the tenant named otherwise (saved before this list, or set by expression) stays valid.
		allowArbitraryValues: true,
		required: true,
		displayOptions: { show },
		default: 'History',
		description:
			'The sale type to read, as named in Claret. Choose one of Claret\'s documented types, or enter another name as an expression (e.g. Budget).',
	},
	{
		displayName: 'Start Date',
		name: 'startDate',
		type: 'dateTime',
		required: true,
		displayOptions: { show },
		default: '',
		description: 'First sell date to include (only the date part is used)',
	},
	{
		displayName: 'Duration (Days)',
		name: 'duration',
		type: 'number',
		required: true,
		typeOptions: { minValue: 1 },
		displayOptions: { show },
		default: 30,
		description: 'How many days from the start date to include',
	},
	...returnAllOrLimit(show),
	claretSimplifyProperty(show),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		displayOptions: { show },
		default: {},
		options: [
			{
				displayName: 'Include Flattened Hierarchy',
				name: 'includeFlattenedHierarchy',
				type: 'boolean',
				default: false,
				description: 'Whether to add the item and customer group hierarchy levels to each sale',
			},
		],
	},
];

export async function getManySales(this: IExecuteFunctions, itemIndex: number) {
	const options = this.getNodeParameter('options', itemIndex, {}) as { includeFlattenedHierarchy?: boolean };
	const qs = {
		sale_type_name: this.getNodeParameter('saleTypeName', itemIndex) as string,
		start_date: toClaretDate(this, this.getNodeParameter('startDate', itemIndex), 'Start Date', itemIndex),
		duration: this.getNodeParameter('duration', itemIndex) as number,
		...(options.includeFlattenedHierarchy ? { include_flattened_hierarchy: 1 } : {}),
	};
	const sales = await claretGetMany.call(
		this,
		{ method: 'GET', path: '/sales', qs, itemIndex },
		'sales',
		getLimit(this, itemIndex),
	);
	return simplifyRecords(this, itemIndex, sales, SALE_SIMPLE_FIELDS);
}
