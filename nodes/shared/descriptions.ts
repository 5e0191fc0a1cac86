import type { IDataObject, IDisplayOptions, IExecuteFunctions, IHttpRequestMethods, IN8nHttpFullResponse, INodeProperties } from 'n8n-workflow';
import { parseJsonParameter } from './guards';
import { retryOptionFields } from './retry';
import type { VendorRequest } from './transport';

type Show = { [key: string]: Array<string | number | boolean> };

/** "Return All" + "Limit" (default 50), the n8n convention for Get Many operations. */
export function returnAllOrLimit(show: Show, maxLimit?: number): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			displayOptions: { show },
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			displayOptions: { show: { ...show, returnAll: [false] } },
			typeOptions: { minValue: 1, ...(maxLimit ? { maxValue: maxLimit } : {}) },
			default: 50,
			description: 'Max number of results to return',
		},
	];
}

/**
 * Simplify (on by default, n8n's convention) from node version `sinceVersion`. Saved workflows of
 * earlier versions never see it: n8n saves only non-default parameters, so adding a Simplify that
 * defaults to true to a version in use would change what those workflows output.
 */
export function simplifyProperty(show: NonNullable<IDisplayOptions['show']>, sinceVersion: number): INodeProperties {
	return {
		displayName: 'Simplify',
		name: 'simple',
		type: 'boolean',
		displayOptions: { show: { '@version': [{ _cnd: { gte: sinceVersion } }], ...show } },
		default: true,
		description: 'Whether to return a simplified version of the response instead of the raw data',
	};
}

/** A copy of a record with only the given fields (those it has), in that order. */
export function pickFields(record: IDataObject, fields: string[]): IDataObject {
	return Object.fromEntries(fields.filter((f) => f in record).map((f) => [f, record[f]]));
}

/** The records as the `simple` (Simplify) parameter wants them; absent (older versions) means off. */
export function simplifyRecords(ctx: IExecuteFunctions, itemIndex: number, records: IDataObject[], fields: string[]): IDataObject[] {
	if (!(ctx.getNodeParameter('simple', itemIndex, false) as boolean)) return records;
	return records.map((record) => pickFields(record, fields));
}

/** Reads Return All / Limit: undefined means "everything". */
export function getLimit(ctx: IExecuteFunctions, itemIndex: number): number | undefined {
	const returnAll = ctx.getNodeParameter('returnAll', itemIndex, false) as boolean;
	return returnAll ? undefined : (ctx.getNodeParameter('limit', itemIndex, 50) as number);
}

/**
 * The generic "API Request" resource's operation and fields: any method and path under the
 * vendor's API base (resource `apiRequest`, operation `request`).
 */
export function apiRequestProperties(opts: {
	vendor: string;
	pathDescription: string;
	pathPlaceholder: string;
	paginationDescription: string;
}): INodeProperties[] {
	const show = { resource: ['apiRequest'], operation: ['request'] };
	return [
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: ['apiRequest'] } },
			options: [
				{
					name: 'Request',
					value: 'request',
					action: 'Make an API request',
					description: `Call any ${opts.vendor} API endpoint with the credential`,
				},
			],
			default: 'request',
		},
		{
			displayName: 'Method',
			name: 'method',
			type: 'options',
			displayOptions: { show },
			options: [
				{ name: 'DELETE', value: 'DELETE' },
				{ name: 'GET', value: 'GET' },
				{ name: 'PATCH', value: 'PATCH' },
				{ name: 'POST', value: 'POST' },
				{ name: 'PUT', value: 'PUT' },
			],
			default: 'GET',
			description: 'The HTTP method to use',
		},
		{
			displayName: 'Path',
			name: 'path',
			type: 'string',
			required: true,
			displayOptions: { show },
			default: '',
			placeholder: opts.pathPlaceholder,
			description: opts.pathDescription,
		},
		{
			displayName: 'Query Parameters',
			name: 'queryParameters',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			displayOptions: { show },
			default: {},
			placeholder: 'Add Query Parameter',
			options: [
				{
					displayName: 'Parameter',
					name: 'parameter',
					values: [
						{ displayName: 'Name', name: 'name', type: 'string', default: '' },
						{ displayName: 'Value', name: 'value', type: 'string', default: '' },
					],
				},
			],
		},
		{
			displayName: 'Send Body',
			name: 'sendBody',
			type: 'boolean',
			displayOptions: { show },
			default: false,
			description: 'Whether to send a JSON body with the request',
		},
		{
			displayName: 'Body (JSON)',
			name: 'jsonBody',
			type: 'json',
			displayOptions: { show: { ...show, sendBody: [true] } },
			default: '{}',
			description: 'The JSON body to send',
		},
		{
			displayName: 'Options',
			name: 'requestOptions',
			type: 'collection',
			placeholder: 'Add Option',
			displayOptions: { show },
			default: {},
			options: ([
				{
					displayName: 'Full Response',
					name: 'fullResponse',
					type: 'boolean',
					default: false,
					description: 'Whether to return the status code and headers as well as the body',
				},
				{
					displayName: 'Paginate Automatically',
					name: 'paginate',
					type: 'boolean',
					default: false,
					description: opts.paginationDescription,
				},
				...retryOptionFields(opts.vendor),
			] as INodeProperties[]).sort((a: INodeProperties, b: INodeProperties) => a.displayName.localeCompare(b.displayName)),
		},
	];
}

export interface ApiRequestParameters {
	method: IHttpRequestMethods;
	path: string;
	qs: IDataObject;
	body: IDataObject | IDataObject[] | undefined;
	fullResponse: boolean;
	paginate: boolean;
	/** The call as every vendor's transport takes it. */
	request: VendorRequest;
}

export function readApiRequestParameters(ctx: IExecuteFunctions, itemIndex: number): ApiRequestParameters {
	const method = ctx.getNodeParameter('method', itemIndex) as IHttpRequestMethods;
	const path = ctx.getNodeParameter('path', itemIndex) as string;
	const pairs = ctx.getNodeParameter('queryParameters.parameter', itemIndex, []) as Array<{
		name: string;
		value: string;
	}>;
	const qs: IDataObject = {};
	for (const { name, value } of pairs) if (name) qs[name] = value;
	const sendBody = ctx.getNodeParameter('sendBody', itemIndex, false) as boolean;
	const body = sendBody
		? parseJsonParameter(ctx.getNode(), ctx.getNodeParameter('jsonBody', itemIndex), 'Body (JSON)', itemIndex)
		: undefined;
	const options = ctx.getNodeParameter('requestOptions', itemIndex, {}) as IDataObject;
	return {
		method,
		path,
		qs,
		body,
		fullResponse: options.fullResponse === true,
		paginate: options.paginate === true,
		request: { method, path, qs, body, itemIndex, pathParameter: 'Path' },
	};
}

/**
 * What API Request outputs for one answer, the same for every vendor: with Full Response the
 * status, headers and body; otherwise an array body as one item per element, an object body as
 * one item, anything else (text, empty) as `{ body }`.
 */
export function apiRequestResult(response: IN8nHttpFullResponse, fullResponse: boolean): IDataObject | IDataObject[] {
	if (fullResponse) {
		return { statusCode: response.statusCode, headers: response.headers, body: response.body } as IDataObject;
	}
	const body = response.body;
	if (Array.isArray(body)) return body as IDataObject[];
	return (body && typeof body === 'object' ? body : { body: body ?? null }) as IDataObject;
}
