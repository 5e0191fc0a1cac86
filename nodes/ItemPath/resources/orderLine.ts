import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { itemPathApiRequest } from '../transport';
import { filledFields, infoFields, positiveNumber, requireSomething, requiredText } from './fields';
import { pickerSince2, recordId } from './locators';
import type { ItemPathResource } from './model';

// Order lines: Create names its order by ID or by name (pickers from version 2); hand-written,
// referenced from the table (resources/table.ts).
const show = (operation: string[], extra: Record<string, string[]> = {}) => ({
	show: { resource: ['orderLine'], operation, ...extra },
});

/** The order line's Create and Update parameters (Operation, ID and Get Many come from the table). */
export const orderLineProperties = (_resource: ItemPathResource, table: Record<string, ItemPathResource>): INodeProperties[] => [
	// ---------------- Create ----------------
	{
		displayName: 'Order',
		name: 'orderBy',
		type: 'options',
		noDataExpression: true,
		displayOptions: show(['create']),
		options: [
			{ name: 'By ID', value: 'orderId' },
			{ name: 'By Name', value: 'orderName' },
		],
		default: 'orderName',
		description: 'How to name the order the line is added to',
	},
	...pickerSince2(
		{
			displayName: 'Order Name',
			name: 'orderName',
			type: 'string',
			required: true,
			displayOptions: show(['create'], { orderBy: ['orderName'] }),
			default: '',
			placeholder: 'ORD-10001',
		},
		table.order,
		'name',
	),
	...pickerSince2(
		{
			displayName: 'Order ID',
			name: 'orderId',
			type: 'string',
			required: true,
			displayOptions: show(['create'], { orderBy: ['orderId'] }),
			default: '',
			placeholder: '123',
		},
		table.order,
		'id',
	),
	...pickerSince2(
		{
			displayName: 'Material Name',
			name: 'materialName',
			type: 'string',
			required: true,
			displayOptions: show(['create']),
			default: '',
			placeholder: 'MAT-00001',
		},
		table.material,
		'name',
	),
	{
		displayName: 'Quantity',
		name: 'quantity',
		type: 'number',
		required: true,
		typeOptions: { minValue: 0 },
		displayOptions: show(['create']),
		default: 1,
		description: 'Must be greater than 0',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		displayOptions: show(['create']),
		default: {},
		options: [
			...infoFields,
			{ displayName: 'Lot', name: 'lot', type: 'string', default: '', description: 'The lot to pick or put' },
			{
				displayName: 'Number',
				name: 'number',
				type: 'number',
				default: 0,
				description: 'The line number, unique within the order; ItemPath generates one if omitted',
			},
		],
	},
	// ---------------- Update ----------------
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		displayOptions: show(['update']),
		default: {},
		options: [
			...infoFields,
			{ displayName: 'Material Name', name: 'materialName', type: 'string', default: '' },
			{
				displayName: 'Quantity',
				name: 'quantity',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 1,
				description: 'Must be greater than 0',
			},
		],
	},
];

export async function createOrderLine(this: IExecuteFunctions, itemIndex: number, resource: ItemPathResource) {
	const orderBy = this.getNodeParameter('orderBy', itemIndex) as 'orderId' | 'orderName';
	const body: IDataObject = { ...filledFields(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject) };
	if (orderBy === 'orderId') {
		const orderId = recordId(this, itemIndex, { ...resource, name: 'Order' }, 'orderId');
		body.orderId = /^\d+$/.test(orderId) ? Number(orderId) : orderId;
	} else {
		body.orderName = requiredText(this, this.getNodeParameter('orderName', itemIndex, undefined, { extractValue: true }), 'The "Order Name" parameter', itemIndex);
	}
	body.materialName = requiredText(this, this.getNodeParameter('materialName', itemIndex, undefined, { extractValue: true }), 'The "Material Name" parameter', itemIndex);
	body.quantity = positiveNumber(this, this.getNodeParameter('quantity', itemIndex), 'The "Quantity" parameter', itemIndex);
	if (body.number !== undefined) body.number = positiveNumber(this, body.number, 'The "Number" field', itemIndex);
	const { body: created } = await itemPathApiRequest.call(this, {
		method: 'POST',
		path: '/order_lines',
		body,
		itemIndex,
		checkHint: `Check in ItemPath whether the order has a line for "${String(body.materialName)}"`,
	});
	return created as IDataObject;
}

export async function updateOrderLine(this: IExecuteFunctions, itemIndex: number, resource: ItemPathResource) {
	const id = recordId(this, itemIndex, resource);
	const body = filledFields(this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject);
	if (body.quantity !== undefined) body.quantity = positiveNumber(this, body.quantity, 'The "Quantity" field', itemIndex);
	requireSomething(this, itemIndex, body);
	const { body: updated } = await itemPathApiRequest.call(this, {
		method: 'POST',
		path: `/order_lines/${id}`,
		body,
		itemIndex,
		checkHint: `Check in ItemPath whether order line ${id} has the new values`,
	});
	return updated as IDataObject;
}
