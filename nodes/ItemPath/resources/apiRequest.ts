import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { apiRequestProperties, apiRequestResult, readApiRequestParameters } from '../../shared/descriptions';
import { ITEMPATH_DEFAULT_PAGE_SIZE, itemPathForEachPage } from '../pagination';
import { itemPathApiRequest } from '../transport';

export const apiRequestDescription: INodeProperties[] = apiRequestProperties({
	vendor: 'ItemPath',
	pathPlaceholder: '/materials',
	pathDescription:
		'Path under {URL}/api of the ItemPath credential, e.g. /materials or /orders/12. Full URLs and ".." are refused. Filters go in Query Parameters with ItemPath\'s syntax, e.g. priority = [gt]2.',
	paginationDescription:
		'Whether to fetch every page with limit/page (page from 0, stopping at a short page); each record of the list becomes an item. A "limit" query parameter sets the page size (default 1000).',
});

export async function apiRequest(this: IExecuteFunctions, itemIndex: number) {
	const p = readApiRequestParameters(this, itemIndex);
	const { request } = p;
	if (p.paginate) {
		const pageSize = Number(p.qs.limit ?? ITEMPATH_DEFAULT_PAGE_SIZE);
		const results: IDataObject[] = [];
		await itemPathForEachPage.call(
			this,
			request,
			Number.isInteger(pageSize) && pageSize > 0 ? pageSize : ITEMPATH_DEFAULT_PAGE_SIZE,
			undefined,
			(records) => {
				results.push(...records);
				return true;
			},
		);
		return results;
	}
	return apiRequestResult(await itemPathApiRequest.call(this, request), p.fullResponse);
}
