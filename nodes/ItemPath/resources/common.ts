import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IDisplayOptions, IExecuteFunctions, INode, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { getLimit, returnAllOrLimit } from '../../shared/descriptions';
import { splitList } from '../../shared/guards';
import { ITEMPATH_DEFAULT_PAGE_SIZE, itemPathGetMany } from '../pagination';
import { itemPathApiRequest } from '../transport';

export type ItemPathOperation = 'create' | 'delete' | 'get' | 'getAll' | 'update';

/** One ItemPath resource as the node shows it. */
export interface ItemPathResource {
	/** Node parameter value, e.g. `orderLine`. */
	value: string;
	/** Singular label, e.g. `Order Line`. */
	name: string;
	/** Plural, lower case, for texts: `order lines`. */
	plural: string;
	/** URL segment under /api and the key of list answers: `order_lines`. */
	path: string;
	/** Fields offered in filters (ItemPath filters on any field of the resource). */
	fields: string[];
	operations: ItemPathOperation[];
}

const INFO = ['Info1', 'Info2', 'Info3', 'Info4', 'Info5'];
const STAMPS = ['creationDate', 'modifiedDate'];
const READ: ItemPathOperation[] = ['get', 'getAll'];
const CRUD: ItemPathOperation[] = ['create', 'delete', 'get', 'getAll', 'update'];

export const ITEMPATH_RESOURCES: Record<string, ItemPathResource> = {
	location: {
		value: 'location',
		name: 'Location',
		plural: 'locations',
		path: 'locations',
		fields: ['id', 'name', 'warehouseName', 'storageUnitName', 'shelf', 'position', ...STAMPS],
		operations: READ,
	},
	locationContent: {
		value: 'locationContent',
		name: 'Location Content',
		plural: 'location contents',
		path: 'location_contents',
		fields: ['id', 'locationId', 'locationName', 'materialId', 'materialName', 'warehouseName', 'currentQuantity', ...STAMPS],
		operations: READ,
	},
	material: {
		value: 'material',
		name: 'Material',
		plural: 'materials',
		path: 'materials',
		fields: ['id', 'name', 'description', ...INFO, 'unitOfMeasure', ...STAMPS],
		operations: CRUD,
	},
	order: {
		value: 'order',
		name: 'Order',
		plural: 'orders',
		path: 'orders',
		fields: ['id', 'name', 'directionType', 'priority', 'deadline', 'status', ...INFO, 'warehouseName', ...STAMPS],
		operations: CRUD,
	},
	orderLine: {
		value: 'orderLine',
		name: 'Order Line',
		plural: 'order lines',
		path: 'order_lines',
		fields: ['id', 'orderId', 'orderName', 'materialId', 'materialName', 'quantity', 'quantityConfirmed', ...INFO, ...STAMPS],
		operations: CRUD,
	},
	station: {
		value: 'station',
		name: 'Station',
		plural: 'stations',
		path: 'stations',
		fields: ['id', 'name', 'warehouseName', 'status', ...STAMPS],
		operations: READ,
	},
	transaction: {
		value: 'transaction',
		name: 'Transaction',
		plural: 'transactions',
		path: 'transactions',
		fields: [
			'id',
			'orderName',
			'orderLineId',
			'directionType',
			'materialName',
			'quantityRequested',
			'quantityConfirmed',
			'locationName',
			'warehouseName',
			'stationName',
			'userName',
			'creationDate',
			'type',
			'motiveType',
			'exportStateType',
			'orderId',
			'number',
			'quantityDeviated',
			'storageUnitName',
			'reasonCode',
		],
		operations: READ,
	},
	warehouse: {
		value: 'warehouse',
		name: 'Warehouse',
		plural: 'warehouses',
		path: 'warehouses',
		fields: ['id', 'name', 'description', ...STAMPS],
		operations: READ,
	},
};

/** `warehouseName` → `Warehouse Name`, `Info1` → `Info 1`, `orderId` → `Order ID`. */
export function fieldLabel(field: string): string {
	return field
		.replace(/([a-z])([A-Z0-9])/g, '$1 $2')
		.replace(/^./, (c) => c.toUpperCase())
		.replace(/\bId\b/g, 'ID')
		.replace(/\bid\b/gi, 'ID')
		.replace(/\bOf\b/g, 'of');
}

const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name);

const OPERATION_TEXT: Record<ItemPathOperation, { name: string; action: (r: ItemPathResource) => string; description: (r: ItemPathResource) => string }> = {
	create: { name: 'Create', action: (r) => `Create ${article(r.name)}`, description: (r) => `Create ${article(r.name)}` },
	delete: { name: 'Delete', action: (r) => `Delete ${article(r.name)}`, description: (r) => `Delete ${article(r.name)} by ID` },
	get: { name: 'Get', action: (r) => `Get ${article(r.name)}`, description: (r) => `Get ${article(r.name)} by ID` },
	getAll: { name: 'Get Many', action: (r) => `Get many ${r.plural}`, description: (r) => `Get many ${r.plural}, optionally filtered` },
	update: { name: 'Update', action: (r) => `Update ${article(r.name)}`, description: (r) => `Update ${article(r.name)} by ID` },
};

function article(name: string): string {
	return `${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name.toLowerCase()}`;
}

/** The Operation dropdown of a resource. */
export function operationProperty(resource: ItemPathResource): INodeProperties {
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource.value] } },
		options: resource.operations
			.map((op) => ({
				name: OPERATION_TEXT[op].name,
				value: op,
				action: OPERATION_TEXT[op].action(resource),
				description: OPERATION_TEXT[op].description(resource),
			}))
			.sort(byName),
		default: 'getAll',
	};
}

/** The ID parameter of Get, Update and Delete. */
export function idProperty(resource: ItemPathResource): INodeProperties {
	const operations = resource.operations.filter((op) => op === 'get' || op === 'update' || op === 'delete');
	return {
		displayName: `${resource.name} ID`,
		name: 'id',
		type: 'string',
		required: true,
		displayOptions: { show: { resource: [resource.value], operation: operations } },
		default: '',
		placeholder: '123',
		description: `The numeric ID of the ${resource.name.toLowerCase()} in ItemPath`,
	};
}

const OPERATORS: Array<INodePropertyOptions & { value: string }> = [
	{ name: 'Equals', value: 'equals' },
	{ name: 'Greater Than', value: 'greaterThan', description: 'Numbers, text or dates after the value' },
	{ name: 'Is None Of', value: 'isNoneOf', description: 'Not any of several values, separated by commas (or semicolons)' },
	{ name: 'Is One Of', value: 'isOneOf', description: 'Any of several values, separated by commas (or semicolons)' },
	{ name: 'Less Than', value: 'lessThan', description: 'Numbers, text or dates before the value' },
	{ name: 'Like', value: 'like', description: 'A pattern: % matches any text, _ one character, e.g. MAT-00%' },
	{ name: 'Not Equals', value: 'notEquals' },
	{ name: 'Not Like', value: 'notLike', description: 'Does not match a pattern (% any text, _ one character)' },
];

/** The Filters conditions (field, operator, value) of a resource's list, as Get Many shows them. */
export function filterConditionsProperty(resource: ItemPathResource, displayOptions?: IDisplayOptions): INodeProperties {
	const defaultField = resource.fields.includes('name') ? 'name' : 'id';
	const fieldOptions = resource.fields.map((field) => ({ name: fieldLabel(field), value: field })).sort(byName);
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Condition',
		displayOptions,
		default: {},
		description: `Conditions every returned ${resource.name.toLowerCase()} must meet`,
		options: [
			{
				displayName: 'Condition',
				name: 'conditions',
				values: [
					{
						displayName: 'Field',
						name: 'field',
						type: 'options',
						options: fieldOptions,
						default: defaultField,
						description: 'The field to compare. To filter on a field not listed, enter its ItemPath name as an expression.',
					},
					{
						displayName: 'Operator',
						name: 'operator',
						type: 'options',
						options: OPERATORS,
						default: 'equals',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						description:
							'The value to compare with. Dates accept YYYY-MM-DD, a date and time, "today" or "yesterday". For "Is One Of" and "Is None Of", separate values with commas (or with semicolons when a value contains a comma).',
					},
				],
			},
		],
	};
}

/** Get Many: Return All / Limit, Filters (conditions), Options (page size). */
export function getManyProperties(resource: ItemPathResource, extraOptions: INodeProperties[] = []): INodeProperties[] {
	const show = { resource: [resource.value], operation: ['getAll'] };
	return [
		...returnAllOrLimit(show),
		filterConditionsProperty(resource, { show }),
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			displayOptions: { show },
			default: {},
			options: [
				{
					displayName: 'Page Size',
					name: 'pageSize',
					type: 'number',
					typeOptions: { minValue: 1 },
					default: ITEMPATH_DEFAULT_PAGE_SIZE,
					description:
						'How many records to ask ItemPath for per request. 1000 keeps single requests light enough for ItemPath\'s database.',
				},
				...extraOptions,
			],
		},
	];
}

const RESERVED_QUERY = new Set(['limit', 'page', 'countOnly']);
const OPERATOR_PREFIX: Record<string, string> = {
	equals: '',
	notEquals: '[not]',
	greaterThan: '[gt]',
	lessThan: '[lt]',
	like: '[like]',
	notLike: '[notlike]',
	isOneOf: '[or]',
	isNoneOf: '[nor]',
};

/**
 * Filter conditions → ItemPath's query syntax: the field is the parameter and the operator goes
 * in front of the value (`priority=[gt]2`, `status=[or]Ready;Queued`). Several conditions on one
 * field repeat the parameter; ItemPath requires all of them.
 */
export function filterQuery(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const conditions = ctx.getNodeParameter('filters.conditions', itemIndex, []) as FilterCondition[];
	return conditionsQuery(ctx.getNode(), conditions, itemIndex);
}

export interface FilterCondition {
	field?: string;
	operator?: string;
	value?: unknown;
}

/** The wire syntax of filter conditions; `itemIndex` is absent for a trigger (no items). */
export function conditionsQuery(node: INode, conditions: FilterCondition[], itemIndex?: number): IDataObject {
	const fail = (n: number, why: string) =>
		new NodeOperationError(node, `Filter condition ${n} ${why}${itemIndex === undefined ? '' : ` (item ${itemIndex})`}`, { itemIndex });
	const qs: Record<string, string[]> = {};
	conditions.forEach((condition, i) => {
		const n = i + 1;
		const field = String(condition.field ?? '').trim();
		if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(field)) throw fail(n, `has no valid field name ("${field}")`);
		if (RESERVED_QUERY.has(field)) throw fail(n, `uses "${field}", which is a paging parameter, not a field`);
		const operator = String(condition.operator ?? 'equals');
		const prefix = OPERATOR_PREFIX[operator];
		if (prefix === undefined) throw fail(n, `has an unknown operator "${operator}"`);
		let argument: string;
		if (operator === 'isOneOf' || operator === 'isNoneOf') {
			const raw = condition.value;
			const values = Array.isArray(raw)
				? raw.map((v) => String(v).trim()).filter((v) => v !== '')
				: String(raw ?? '').includes(';')
					? String(raw).split(';').map((v) => v.trim()).filter((v) => v !== '')
					: splitList(raw);
			if (values.length === 0) throw fail(n, 'needs at least one value');
			if (values.some((v) => v.includes(';'))) throw fail(n, 'has a value containing ";", which ItemPath cannot match in a list');
			argument = values.join(';');
		} else {
			argument = condition.value === undefined || condition.value === null ? '' : String(condition.value);
			if (argument === '' && operator !== 'equals' && operator !== 'notEquals') throw fail(n, 'needs a value');
		}
		(qs[field] ??= []).push(`${prefix}${argument}`);
	});
	return Object.fromEntries(Object.entries(qs).map(([field, values]) => [field, values.length === 1 ? values[0] : values]));
}

/** The ID parameter as a positive integer, checked before any request. */
export function recordId(ctx: IExecuteFunctions, itemIndex: number, resource: ItemPathResource, parameter = 'id'): string {
	const raw = ctx.getNodeParameter(parameter, itemIndex);
	const id = String(raw ?? '').trim();
	if (!/^\d+$/.test(id) || Number(id) < 1) {
		throw new NodeOperationError(
			ctx.getNode(),
			`The "${resource.name} ID" parameter must be a positive whole number, got "${id}" (item ${itemIndex})`,
			{ itemIndex },
		);
	}
	return id;
}

export async function getRecord(this: IExecuteFunctions, itemIndex: number, resource: ItemPathResource): Promise<IDataObject> {
	const id = recordId(this, itemIndex, resource);
	const { body } = await itemPathApiRequest.call(this, { method: 'GET', path: `/${resource.path}/${id}`, itemIndex });
	return body as IDataObject;
}

export async function getManyRecords(this: IExecuteFunctions, itemIndex: number, resource: ItemPathResource): Promise<IDataObject[]> {
	const qs = filterQuery(this, itemIndex);
	const options = this.getNodeParameter('options', itemIndex, {}) as { pageSize?: number };
	const pageSize = options.pageSize ?? ITEMPATH_DEFAULT_PAGE_SIZE;
	if (!Number.isInteger(pageSize) || pageSize < 1) {
		throw new NodeOperationError(this.getNode(), `The "Page Size" option must be a positive whole number (item ${itemIndex})`, { itemIndex });
	}
	return await itemPathGetMany.call(this, { method: 'GET', path: `/${resource.path}`, qs, itemIndex }, resource.path, {
		limit: getLimit(this, itemIndex),
		pageSize,
	});
}

export async function deleteRecord(this: IExecuteFunctions, itemIndex: number, resource: ItemPathResource): Promise<IDataObject> {
	const id = recordId(this, itemIndex, resource);
	const { body } = await itemPathApiRequest.call(this, {
		method: 'DELETE',
		path: `/${resource.path}/${id}`,
		itemIndex,
		checkHint: `Check in ItemPath whether ${resource.name.toLowerCase()} ${id} still exists`,
	});
	return body && typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length
		? { ...(body as IDataObject), deleted: true }
		: { id: Number(id), deleted: true };
}

/** Info1..Info5, free text fields of materials, orders and order lines. */
export const infoFields: INodeProperties[] = INFO.map((name) => ({
	displayName: fieldLabel(name),
	name,
	type: 'string',
	default: '',
	description: `ItemPath's free text field ${name}`,
}));

/** Keeps only the fields the user filled in (an empty Info field is not sent). */
export function filledFields(fields: IDataObject): IDataObject {
	return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== null && v !== ''));
}

/** Throws if an Update has nothing to change. */
export function requireSomething(ctx: IExecuteFunctions, itemIndex: number, body: IDataObject, parameter = 'Update Fields') {
	if (Object.keys(body).length === 0) {
		throw new NodeOperationError(ctx.getNode(), `"${parameter}" is empty: add at least one field to change (item ${itemIndex})`, {
			itemIndex,
		});
	}
}

/** A date(time) parameter as ItemPath accepts it; checked before any request. */
export function dateValue(ctx: IExecuteFunctions, value: unknown, parameter: string, itemIndex: number): string {
	const text = String(value ?? '').trim();
	if (Number.isNaN(Date.parse(text))) {
		throw new NodeOperationError(ctx.getNode(), `The "${parameter}" parameter is not a date: "${text}" (item ${itemIndex})`, {
			itemIndex,
			description: 'Use a date like 2025-06-30 or a date and time like 2025-06-30T14:00:00.',
		});
	}
	return text;
}

/** A positive number parameter (quantities); checked before any request. */
export function positiveNumber(ctx: IExecuteFunctions, value: unknown, parameter: string, itemIndex: number): number {
	const n = typeof value === 'string' ? Number(value.trim()) : Number(value);
	if (value === '' || value === null || value === undefined || !Number.isFinite(n) || n <= 0) {
		throw new NodeOperationError(ctx.getNode(), `${parameter} must be a number greater than 0, got "${String(value)}" (item ${itemIndex})`, {
			itemIndex,
		});
	}
	return n;
}

/** A required text parameter; checked before any request. */
export function requiredText(ctx: IExecuteFunctions, value: unknown, parameter: string, itemIndex: number): string {
	const text = String(value ?? '').trim();
	if (!text) {
		throw new NodeOperationError(ctx.getNode(), `${parameter} is empty (item ${itemIndex})`, { itemIndex });
	}
	return text;
}
