import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { itemError } from '../../shared/errors';
import { apiRequestProperties, apiRequestResult, readApiRequestParameters } from '../../shared/descriptions';
import { CLARUS_DEFAULT_PAGE_SIZE, CLARUS_MAX_PAGE_SIZE, clarusConnectionRecords } from '../pagination';
import { clarusApiRequest } from '../transport';

/** API Request: any call under the credential's Base URL, with both Clarus headers added. */

export const apiRequestDescription: INodeProperties[] = apiRequestProperties({
	vendor: 'Clarus',
	pathPlaceholder: '/api/goods_outs/12/cancel',
	pathDescription:
		'Path under the Base URL of the credential, e.g. /api/goods_outs/12/cancel or /graphql. Full URLs and ".." are refused.',
	paginationDescription:
		'Only for POST /graphql: whether to follow pageInfo.endCursor of the one connection in the answer (the query must declare $first and $after); each record becomes an item',
});

export async function apiRequest(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]> {
	const p = readApiRequestParameters(this, itemIndex);
	if (p.paginate) {
		const body = (p.body ?? {}) as IDataObject;
		const isGraphql = p.method === 'POST' && /^\/?graphql\/?$/.test(p.path.trim()) && typeof body.query === 'string';
		if (!isGraphql) {
			throw itemError(this.getNode(), '"Paginate Automatically" works only for POST /graphql with a query in the body', itemIndex, {
				description: 'Clarus REST endpoints under /api change single records and are not paginated; lists come from GraphQL.',
			});
		}
		const variables = (body.variables && typeof body.variables === 'object' ? body.variables : {}) as IDataObject;
		const first = Number(variables.first);
		return await clarusConnectionRecords.call(this, {
			query: body.query as string,
			variables,
			pageSize: Number.isInteger(first) && first > 0 ? Math.min(first, CLARUS_MAX_PAGE_SIZE) : CLARUS_DEFAULT_PAGE_SIZE,
			itemIndex,
		});
	}
	return apiRequestResult(await clarusApiRequest.call(this, p.request), p.fullResponse);
}
