import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { itemError } from '../../shared/errors';
import { parseJsonParameter } from '../../shared/guards';
import { itemPathApiRequest } from '../transport';
import { dateValue, filledFields, infoFields, positiveNumber, requireSomething, requiredText } from './fields';
import { getManyRecords } from './list';
import { recordId } from './locators';
import type { ItemPathResource } from './model';
import { getRecord } from './operations';

// Orders: Create with its order lines (fields or JSON) and Simplify on by default since version 1;
// hand-written, referenced from the table (resources/table.ts).
const show = (operation: string[]) => ({ show: { resource: ['order'], operation } });

/** Power Pick direction types; ItemPath accepts the number or the word. */
const DIRECTION_OPTIONS = [
	{ name: 'Count', value: 5 },
	{ name: 'Pick', value: 2 },
	{ name: 'Production', value: 7 },
	{ name: 'Put', value: 1 },
	{ name: 'Return', value: 3 },
	{ name: 'Transport', value: 4 },
];

const directionType = (defaultValue: number): INodeProperties => ({
	displayName: 'Direction Type',
	name: 'directionType',
	type: 'options',
	options: DIRECTION_OPTIONS,
	default: defaultValue,
	description: 'What the order does in Power Pick: pick (take out), put (store), return, transport, count or production',
});

const orderFields: INodeProperties[] = [
	{
		displayName: 'Count Empty Locations',
		name: 'countEmptyLocations',
		type: 'boolean',
		default: false,
		description: 'Whether a count order also counts empty locations (count orders only)',
	},
	{
		displayName: 'Deadline',
		name: 'deadline',
		type: 'dateTime',
		default: '',
		description: 'When the order must be done',
	},
	...infoFields,
	{
		displayName: 'Initial Handling Unit',
		name: 'initialHandlingUnit',
		type: 'string',
		default: '',
		placeholder: 'TOTE-17',
		description: 'The handling unit (tote, cart) set on every line of the order',
	},
	{
		displayName: 'Priority',
		name: 'priority',
		type: 'options',
		options: [
			{ name: '1 (Highest)', value: 1 },
			{ name: '2', value: 2 },
			{ name: '3', value: 3 },
			{ name: '4 (Lowest)', value: 4 },
		],
		default: 2,
		description: 'Order priority in Power Pick',
	},
	{
		displayName: 'Recipient',
		name: 'recipient',
		type: 'string',
		default: '',
		description: 'Transfer orders: the new owner of the goods after the put',
	},
	{
		displayName: 'Warehouse Name',
		name: 'warehouseName',
		type: 'string',
		default: '',
		placeholder: 'Main Warehouse',
		description: 'The warehouse the order is processed in',
	},
];

const simplifyProperty = (operation: string[]): INodeProperties => ({
	displayName: 'Simplify',
	name: 'simple',
	type: 'boolean',
	displayOptions: show(operation),
	default: true,
	description: 'Whether to return a simplified version of the response instead of the raw data',
});

/** The order's Create and Update parameters and its Simplify (Operation, ID and Get Many come from the table). */
export const orderProperties = (): INodeProperties[] => [
	// ---------------- Create ----------------
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		displayOptions: show(['create']),
		default: '',
		placeholder: 'ORD-20001',
		description: 'The order name; it must be unique in ItemPath',
	},
	{ ...directionType(2), displayOptions: show(['create']) },
	{
		displayName: 'Order Lines Input',
		name: 'linesInput',
		type: 'options',
		noDataExpression: true,
		displayOptions: show(['create']),
		options: [
			{ name: 'Define Below', value: 'fields', description: 'Enter each order line below' },
			{ name: 'JSON', value: 'json', description: 'Give the order lines as a JSON array, e.g. from the input data' },
		],
		default: 'fields',
	},
	{
		displayName: 'Order Lines',
		name: 'orderLines',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Order Line',
		displayOptions: { show: { resource: ['order'], operation: ['create'], linesInput: ['fields'] } },
		default: {},
		description: 'The materials and quantities of the order. ItemPath needs at least one line.',
		options: [
			{
				displayName: 'Line',
				name: 'line',
				values: [
					{
						displayName: 'Material Name',
						name: 'materialName',
						type: 'string',
						default: '',
						required: true,
						placeholder: 'MAT-00001',
					},
					{
						displayName: 'Quantity',
						name: 'quantity',
						type: 'number',
						typeOptions: { minValue: 0 },
						default: 1,
						description: 'How many to pick, put, count…; must be greater than 0',
					},
					...infoFields,
				],
			},
		],
	},
	{
		displayName: 'Order Lines (JSON)',
		name: 'orderLinesJson',
		type: 'json',
		required: true,
		displayOptions: { show: { resource: ['order'], operation: ['create'], linesInput: ['json'] } },
		default: '[\n  {\n    "materialName": "",\n    "quantity": 1\n  }\n]',
		description: 'An array of order lines, each with materialName and quantity (and optionally Info1..Info5)',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		displayOptions: show(['create']),
		default: {},
		options: orderFields,
	},
	// ---------------- Update ----------------
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		displayOptions: show(['update']),
		default: {},
		description: 'Order lines are changed with the Order Line resource',
		options: [
			...orderFields,
			directionType(2),
			{ displayName: 'Name', name: 'name', type: 'string' as const, default: '', description: 'A new, unique order name' },
		].sort((a: INodeProperties, b: INodeProperties) => a.displayName.localeCompare(b.displayName)),
	},
	// ---------------- Get / Get Many ----------------
	simplifyProperty(['get', 'getAll']),
];

/** An order with compact lines: the line fields that matter, no Info/date columns per line. */
export function simplifyOrder(order: IDataObject): IDataObject {
	const lines = Array.isArray(order.order_lines) ? (order.order_lines as IDataObject[]) : undefined;
	if (!lines) return order;
	return {
		...order,
		order_lines: lines.map((l) => ({
			id: l.id,
			materialName: l.materialName,
			quantity: l.quantity,
			quantityConfirmed: l.quantityConfirmed,
		})),
	};
}

/** Order fields from a collection: the date checked, empty values dropped. */
function orderBody(ctx: IExecuteFunctions, fields: IDataObject, itemIndex: number): IDataObject {
	const body = filledFields(fields);
	if (body.deadline !== undefined) body.deadline = dateValue(ctx, body.deadline, 'Deadline', itemIndex);
	return body;
}

/** The order lines, checked before anything is sent (ItemPath needs at least one). */
function orderLines(ctx: IExecuteFunctions, itemIndex: number): IDataObject[] {
	const node = ctx.getNode();
	const source = ctx.getNodeParameter('linesInput', itemIndex, 'fields') as string;
	let lines: IDataObject[];
	let parameter: string;
	if (source === 'json') {
		parameter = 'Order Lines (JSON)';
		const parsed = parseJsonParameter(node, ctx.getNodeParameter('orderLinesJson', itemIndex), parameter, itemIndex);
		if (!Array.isArray(parsed)) {
			throw itemError(node, `The "${parameter}" parameter must be a JSON array of order lines`, itemIndex);
		}
		lines = parsed;
	} else {
		parameter = 'Order Lines';
		lines = ctx.getNodeParameter('orderLines.line', itemIndex, []) as IDataObject[];
	}
	if (lines.length === 0) {
		throw itemError(node, `An order needs at least one order line: "${parameter}" is empty`, itemIndex, {
			description: 'ItemPath rejects orders without lines. Add a line with a material name and a quantity.',
		});
	}
	return lines.map((line, i) => {
		if (!line || typeof line !== 'object' || Array.isArray(line)) {
			throw itemError(node, `Order line ${i + 1} in "${parameter}" is not an object`, itemIndex);
		}
		const where = `Order line ${i + 1}: the material quantity`;
		return {
			...filledFields(line),
			materialName: requiredText(ctx, line.materialName, `Order line ${i + 1}: "Material Name" (materialName)`, itemIndex),
			quantity: positiveNumber(ctx, line.quantity, where, itemIndex),
		};
	});
}

export async function createOrder(this: IExecuteFunctions, itemIndex: number) {
	const body: IDataObject = {
		name: requiredText(this, this.getNodeParameter('name', itemIndex), 'The "Name" parameter', itemIndex),
		directionType: this.getNodeParameter('directionType', itemIndex) as number,
		...orderBody(this, this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject, itemIndex),
		order_lines: orderLines(this, itemIndex),
	};
	const { body: created } = await itemPathApiRequest.call(this, {
		method: 'POST',
		path: '/orders',
		body,
		itemIndex,
		checkHint: `Check in ItemPath whether the order "${String(body.name)}" exists`,
	});
	return created as IDataObject;
}

export async function updateOrder(this: IExecuteFunctions, itemIndex: number, resource: ItemPathResource) {
	const id = recordId(this, itemIndex, resource);
	const body = orderBody(this, this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject, itemIndex);
	requireSomething(this, itemIndex, body);
	const { body: updated } = await itemPathApiRequest.call(this, {
		method: 'POST',
		path: `/orders/${id}`,
		body,
		itemIndex,
		checkHint: `Check in ItemPath whether order ${id} has the new values`,
	});
	return updated as IDataObject;
}

export async function getOrder(this: IExecuteFunctions, itemIndex: number, resource: ItemPathResource) {
	const order = await getRecord.call(this, itemIndex, resource);
	return this.getNodeParameter('simple', itemIndex, true) ? simplifyOrder(order) : order;
}

export async function getManyOrders(this: IExecuteFunctions, itemIndex: number, resource: ItemPathResource) {
	const orders = await getManyRecords.call(this, itemIndex, resource);
	return this.getNodeParameter('simple', itemIndex, true) ? orders.map(simplifyOrder) : orders;
}
