import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { apiRequestProperties, apiRequestResult, readApiRequestParameters } from '../../shared/descriptions';
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
	const { request } = p;
	if (p.paginate) {
		const results: IDataObject[] = [];
		await claretForEachPage.call(this, request, (page) => {
			results.push(...(pageRecords(page) ?? [page]));
			return true;
		});
		return results;
	}
	return apiRequestResult(await claretApiRequest.call(this, request), p.fullResponse);
}
