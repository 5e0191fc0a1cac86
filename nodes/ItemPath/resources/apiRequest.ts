import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { apiRequestProperties, readApiRequestParameters } from '../../shared/descriptions';
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
	const request = { method: p.method, path: p.path, qs: p.qs, body: p.body, itemIndex, pathParameter: 'Path' };
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
	const response = await itemPathApiRequest.call(this, request);
	if (p.fullResponse) {
		return { statusCode: response.statusCode, headers: response.headers, body: response.body } as IDataObject;
	}
	const body = response.body;
	if (Array.isArray(body)) return body as IDataObject[];
	return (body && typeof body === 'object' ? body : { body: body ?? null }) as IDataObject;
}
