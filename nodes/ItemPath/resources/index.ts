import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { concurrent, type OperationHandlers, type PerItemHandler } from '../../shared/router';
import { apiRequest, apiRequestDescription } from './apiRequest';
import { writeProperties } from './fields';
import { getManyProperties, simplifyProperties } from './list';
import { idProperties } from './locators';
import { byName, type ItemPathOperation, type ItemPathResource } from './model';
import { GENERATED_HANDLERS, operationProperty } from './operations';
import { ITEMPATH_RESOURCES, ITEMPATH_TABLE } from './table';
import { createApplicationToken, userDescription } from './user';

export { ITEMPATH_RESOURCES, ITEMPATH_TABLE } from './table';

/** The handler of one operation of a table resource: its own (custom) one, or the generated one. */
export function tableHandler(resource: ItemPathResource, operation: ItemPathOperation): PerItemHandler {
	const handler = resource.custom?.handlers[operation] ?? GENERATED_HANDLERS[operation];
	const perItem: PerItemHandler = async function (this: IExecuteFunctions, itemIndex: number) {
		return await handler.call(this, itemIndex, resource);
	};
	return perItem;
}

const WRITES = new Set<ItemPathOperation>(['create', 'update', 'delete']);

/** Routing of the node: every table resource and operation, plus User and API Request. */
export const itemPathHandlers: OperationHandlers = {
	...Object.fromEntries(
		ITEMPATH_TABLE.map((resource) => [
			resource.value,
			Object.fromEntries(
				resource.operations.map((op) => {
					const handler = tableHandler(resource, op);
					// Writes may run with several requests in flight (Request Options → Requests in Flight).
					return [op, WRITES.has(op) ? concurrent(handler) : handler];
				}),
			),
		]),
	),
	user: { createApplicationToken },
	apiRequest: { request: apiRequest },
};

/** One table resource's parameters: Operation, ID, Create / Update (generated or its own), Get Many. */
export function resourceProperties(resource: ItemPathResource): INodeProperties[] {
	const describes = resource.custom?.describes ?? [];
	const generated = (['create', 'update'] as const).filter((op) => resource.operations.includes(op) && !describes.includes(op));
	return [
		operationProperty(resource),
		...idProperties(resource),
		...writeProperties(resource, generated, ITEMPATH_RESOURCES),
		...(resource.custom ? resource.custom.properties(resource, ITEMPATH_RESOURCES) : []),
		...(resource.operations.includes('getAll') ? getManyProperties(resource) : []),
	];
}

/** The ItemPath node's parameters: Resource, then each resource's, then Simplify. */
export const itemPathProperties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'API Request', value: 'apiRequest', description: 'Call any ItemPath API endpoint' },
			{ name: 'User', value: 'user' },
			...ITEMPATH_TABLE.map((r) => ({ name: r.name, value: r.value, ...(r.summary ? { description: r.summary } : {}) })),
		].sort(byName),
		default: 'material',
	},
	...ITEMPATH_TABLE.flatMap(resourceProperties),
	...userDescription,
	...apiRequestDescription,
	...simplifyProperties([...ITEMPATH_TABLE]),
];
