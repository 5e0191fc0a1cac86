import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { apiRequestProperties, readApiRequestParameters } from '../../shared/descriptions';
import { claretForEachPage } from '../pagination';
import { claretApiRequest } from '../transport';

export const apiRequestDescription: INodeProperties[] = apiRequestProperties({
	vendor: 'Claret',
	pathPlaceholder: '/sales',
	pathDescription:
		'Path under https://plan.claret.app/{tenant}/api/v1, e.g. /sales. Full URLs and ".." are refused.',
	paginationDescription:
		'Whether to follow next_index to fetch every page; each record of the page array becomes an item',
});

/** The one array property of a Claret page (e.g. "sales"), if there is exactly one. */
function pageRecords(page: IDataObject): IDataObject[] | undefined {
	const arrays = Object.values(page).filter(Array.isArray);
	return arrays.length === 1 ? (arrays[0] as IDataObject[]) : undefined;
}

export async function apiRequest(this: IExecuteFunctions, itemIndex: number) {
	const p = readApiRequestParameters(this, itemIndex);
	const request = { method: p.method, path: p.path, qs: p.qs, body: p.body, itemIndex, pathParameter: 'Path' };
	if (p.paginate) {
		const results: IDataObject[] = [];
		await claretForEachPage.call(this, request, (page) => {
			results.push(...(pageRecords(page) ?? [page]));
			return true;
		});
		return results;
	}
	const response = await claretApiRequest.call(this, request);
	if (p.fullResponse) {
		return { statusCode: response.statusCode, headers: response.headers, body: response.body } as IDataObject;
	}
	const body = response.body;
	if (Array.isArray(body)) return body as IDataObject[];
	return (body && typeof body === 'object' ? body : { body: body ?? null }) as IDataObject;
}
