import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';
import { ITEMPATH_RESOURCES, SEARCH_FIELD, searchByNameMethod, searchMethodName, type ItemPathResource } from './resources/common';
import { pageRecords } from './pagination';
import { itemPathApiRequest } from './transport';

/** Records per page of a picker list (ItemPath's `limit`). */
export const LIST_SEARCH_PAGE_SIZE = 50;

/** What a picker row shows for a record. */
function label(resource: ItemPathResource, r: IDataObject): string {
	const text = (v: unknown) => (v === undefined || v === null ? '' : String(v));
	switch (resource.value) {
		case 'orderLine':
			return `${text(r.orderName)} · ${text(r.materialName)} × ${text(r.quantity)}`;
		case 'locationContent':
			return `${text(r.materialName)} @ ${text(r.locationName)} (${text(r.currentQuantity)})`;
		case 'transaction':
			return `#${text(r.id)} ${text(r.orderName)} · ${text(r.materialName)} (${text(r.creationDate)})`;
		default:
			return text(r.name) || `#${text(r.id)}`;
	}
}

function description(resource: ItemPathResource, r: IDataObject): string | undefined {
	if (resource.value === 'material' && r.description) return String(r.description);
	if (r.warehouseName) return String(r.warehouseName);
	return undefined;
}

/**
 * One page of a resource's records for a resource locator, through the ItemPath transport with
 * the node's credential. The search term is matched server-side with ItemPath's filter syntax
 * (`name=[like]%term%`); the pagination token is ItemPath's `page` (from 0).
 */
export async function searchRecords(
	this: ILoadOptionsFunctions,
	resource: ItemPathResource,
	filter?: string,
	paginationToken?: string,
	valueField: 'id' | 'name' = 'id',
): Promise<INodeListSearchResult> {
	const page = Number(paginationToken ?? 0);
	const qs: IDataObject = { limit: LIST_SEARCH_PAGE_SIZE, page: Number.isInteger(page) && page >= 0 ? page : 0 };
	const term = (filter ?? '').trim();
	// `;` separates list values in ItemPath's syntax; `%` and `_` are its wildcards.
	if (term) qs[SEARCH_FIELD[resource.value] ?? 'name'] = `[like]%${term.replace(/;/g, '')}%`;
	const { body } = await itemPathApiRequest.call(this, { method: 'GET', path: `/${resource.path}`, qs, itemIndex: 0 });
	const records = pageRecords(body, resource.path) ?? [];
	const results: INodeListSearchItems[] = records.map((r) => ({
		name: label(resource, r),
		value: String(r[valueField]),
		description: description(resource, r),
	}));
	return {
		results,
		paginationToken: records.length >= LIST_SEARCH_PAGE_SIZE ? String(qs.page as number + 1) : undefined,
	};
}

/** Resources picked by name where ItemPath takes a name (e.g. an order line's material). */
const BY_NAME = ['material', 'order'];

/**
 * `methods.listSearch` of the ItemPath node: one method per resource with an ID parameter, and a
 * by-name one for the resources whose names other parameters take.
 */
export const itemPathListSearch: Record<
	string,
	(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) => Promise<INodeListSearchResult>
> = Object.fromEntries(
	Object.values(ITEMPATH_RESOURCES).map((resource) => [
		searchMethodName(resource),
		async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
			return await searchRecords.call(this, resource, filter, paginationToken);
		},
	]),
);
for (const resource of BY_NAME.map((key) => ITEMPATH_RESOURCES[key])) {
	itemPathListSearch[searchByNameMethod(resource)] = async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
		return await searchRecords.call(this, resource, filter, paginationToken, 'name');
	};
}
