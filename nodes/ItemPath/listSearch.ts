import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';
import { searchByNameMethod, searchMethodName } from './resources/locators';
import type { ItemPathResource } from './resources/model';
import { ITEMPATH_TABLE } from './resources/table';
import { pageRecords } from './pagination';
import { itemPathApiRequest } from './transport';

/** Records per page of a picker list (ItemPath's `limit`). */
export const LIST_SEARCH_PAGE_SIZE = 50;

const textOf = (v: unknown) => (v === undefined || v === null ? '' : String(v));

/** What a picker row shows for a record: the table's label, else the name, else `#id`. */
function label(resource: ItemPathResource, r: IDataObject): string {
	return resource.search?.label?.(r) ?? (textOf(r.name) || `#${textOf(r.id)}`);
}

function description(resource: ItemPathResource, r: IDataObject): string | undefined {
	const detail = r[resource.search?.detail ?? 'warehouseName'] ?? (resource.search?.detail ? r.warehouseName : undefined);
	return detail === undefined || detail === null || detail === '' ? undefined : String(detail);
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
	if (term) qs[resource.search?.field ?? 'name'] = `[like]%${term.replace(/;/g, '')}%`;
	const { body } = await itemPathApiRequest.call(this, { method: 'GET', path: `/${resource.path}`, qs, itemIndex: 0 });
	const records = pageRecords(body, resource.path) ?? [];
	const results: INodeListSearchItems[] = records.map((r) => ({
		name: label(resource, r),
		value: String(r[valueField]),
		description: description(resource, r),
	}));
	return {
		results,
		paginationToken: records.length >= LIST_SEARCH_PAGE_SIZE ? String((qs.page as number) + 1) : undefined,
	};
}

type SearchMethod = (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) => Promise<INodeListSearchResult>;

/**
 * `methods.listSearch` of the ItemPath node: one method per table resource (its ID picker), and a
 * by-name one for the resources whose names other parameters take (`search.byName`).
 */
export const itemPathListSearch: Record<string, SearchMethod> = {};
for (const resource of ITEMPATH_TABLE) {
	itemPathListSearch[searchMethodName(resource)] = async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
		return await searchRecords.call(this, resource, filter, paginationToken);
	};
	if (resource.search?.byName) {
		itemPathListSearch[searchByNameMethod(resource)] = async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
			return await searchRecords.call(this, resource, filter, paginationToken, 'name');
		};
	}
}
