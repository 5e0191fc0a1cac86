import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { itemError } from '../../shared/errors';
import { getLimit, returnAllOrLimit, simplifyProperty, simplifyRecords } from '../../shared/descriptions';
import { ITEMPATH_DEFAULT_PAGE_SIZE, itemPathGetMany } from '../pagination';
import type { ItemPathRequest } from '../transport';
import { filterConditionsProperty, filterQuery } from './filters';
import type { ItemPathResource } from './model';

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

/** A Get Many as a request: `GET /api/<path>` with the filters, plus how much to fetch. */
export function listRequest(
	ctx: IExecuteFunctions,
	itemIndex: number,
	resource: ItemPathResource,
): { request: ItemPathRequest; limit: number | undefined; pageSize: number } {
	const qs = filterQuery(ctx, itemIndex, resource);
	const options = ctx.getNodeParameter('options', itemIndex, {}) as { pageSize?: number };
	const pageSize = options.pageSize ?? ITEMPATH_DEFAULT_PAGE_SIZE;
	if (!Number.isInteger(pageSize) || pageSize < 1) {
		throw itemError(ctx.getNode(), 'The "Page Size" option must be a positive whole number', itemIndex);
	}
	return { request: { method: 'GET', path: `/${resource.path}`, qs, itemIndex }, limit: getLimit(ctx, itemIndex), pageSize };
}

export async function getManyRecords(this: IExecuteFunctions, itemIndex: number, resource: ItemPathResource): Promise<IDataObject[]> {
	const { request, limit, pageSize } = listRequest(this, itemIndex, resource);
	const records = await itemPathGetMany.call(this, request, resource.path, { limit, pageSize });
	return simplified(this, itemIndex, resource, records);
}

/** Records as Simplify wants them: only the resource's `simple` fields, when it is on. */
export function simplified(ctx: IExecuteFunctions, itemIndex: number, resource: ItemPathResource, records: IDataObject[]): IDataObject[] {
	return resource.simple ? simplifyRecords(ctx, itemIndex, records, resource.simple) : records;
}

/** Simplify for Get and Get Many of the resources with large records, from version 2. */
export function simplifyProperties(resources: ItemPathResource[]): INodeProperties[] {
	return [simplifyProperty({ resource: resources.filter((r) => r.simple).map((r) => r.value), operation: ['get', 'getAll'] }, 2)];
}
