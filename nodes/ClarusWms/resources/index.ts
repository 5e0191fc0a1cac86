import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { concurrent, type ConcurrentHandler, type OperationHandlers, type PerItemHandler } from '../../shared/router';
import { clarusApi } from '../generated/operations';
import type { ClarusResource } from '../model';
import { apiRequest, apiRequestDescription } from './apiRequest';
import { brief } from './fields';
import { getManyCommonProperties, getManyHandler, getManyProperties } from './getMany';
import { executeGraphql, graphqlDescription } from './graphql';
import { restOperationHandler, restOperationProperties } from './rest';

/**
 * Resources and operations of the Clarus WMS node, built from the data generated from Clarus's
 * OpenAPI document (generated/operations.ts): one resource per JSON:API type (or documented
 * collection), with its REST operations and, when the docs have one, "Get Many" through its
 * GraphQL list query. Plus GraphQL (any query) and API Request (any call).
 */

/** The Operation options of a resource (`extra`: options a node version adds, such as Get). */
export function operationOptions(resource: ClarusResource, extra: INodePropertyOptions[] = []): INodePropertyOptions[] {
	const options: INodePropertyOptions[] = resource.operations.map((op) => ({
		name: op.name,
		value: op.key,
		action: op.action,
		description: brief(op.description) ?? op.action,
	}));
	if (resource.list) {
		options.push({
			name: 'Get Many',
			value: 'getAll',
			action: resource.list.summary ?? `Get many ${resource.displayName.toLowerCase()} records`,
			description: `List ${resource.displayName.toLowerCase()} records through the GraphQL ${resource.list.rootField} query, with filters`,
		});
	}
	options.push(...extra);
	return options.sort((a, b) => a.name.localeCompare(b.name));
}

/** The Resource switch, the same in every node version. */
export function resourceProperty(options: INodePropertyOptions[]): INodeProperties {
	return {
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options,
		default: 'goods_outs',
	};
}

/** The Resource options of a model: its resources, API Request and GraphQL. */
export function resourceOptionsOf(resources: ClarusResource[]): INodePropertyOptions[] {
	return [
		...resources.map((r) => ({ name: r.displayName, value: r.key, description: brief(r.description) })),
		{ name: 'API Request', value: 'apiRequest', description: 'Call any Clarus endpoint' },
		{ name: 'GraphQL', value: 'graphql', description: 'Run any GraphQL query' },
	].sort((a, b) => a.name.localeCompare(b.name));
}

/** The Operation switch of a resource (`extra`: options a node version adds). */
export function operationProperty(resource: ClarusResource, extra: INodePropertyOptions[] = []): INodeProperties {
	const options = operationOptions(resource, extra);
	const defaultOperation = resource.list ? 'getAll' : String(options[0]?.value ?? '');
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource.key] } },
		options,
		default: defaultOperation,
	};
}

function resourceProperties(resource: ClarusResource): INodeProperties[] {
	return [
		operationProperty(resource),
		...resource.operations.flatMap((op) => restOperationProperties(resource, op)),
		...getManyProperties(resource),
	];
}

export const resourceOptions: INodePropertyOptions[] = resourceOptionsOf(clarusApi.resources);

export const resourceDescriptions: INodeProperties[] = [
	...clarusApi.resources.flatMap(resourceProperties),
	...getManyCommonProperties(clarusApi.resources),
	...graphqlDescription,
	...apiRequestDescription,
];

export const clarusHandlers: OperationHandlers = {
	graphql: { execute: executeGraphql },
	apiRequest: { request: apiRequest },
};
for (const resource of clarusApi.resources) {
	const handlers: Record<string, PerItemHandler | ConcurrentHandler> = {};
	// REST calls may run with several requests in flight (Request Options → Requests in Flight).
	for (const op of resource.operations) handlers[op.key] = concurrent(restOperationHandler(resource, op));
	if (resource.list) handlers.getAll = getManyHandler(resource);
	clarusHandlers[resource.key] = handlers;
}
