import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { pushUnseen } from '../shared/guards';
import { claretApiRequest, type ClaretContext, type ClaretRequest } from './transport';

export const CLARET_MAX_PAGE_SIZE = 1000;

/**
 * Claret's pagination: the first call has no `current_index`; each later call sends
 * `current_index=<previous next_index>` until `next_index` is null. `next_index` is an opaque
 * cursor, never computed. `onPage` returns false to stop early (a Limit was reached), so no
 * further page is fetched.
 */
export async function claretForEachPage(
	this: ClaretContext,
	request: ClaretRequest,
	onPage: (body: IDataObject) => boolean,
): Promise<void> {
	const seen = new Set<string>();
	let cursor: unknown;
	for (;;) {
		const qs = { ...(request.qs ?? {}) };
		if (cursor !== undefined) qs.current_index = cursor as string;
		const { body } = await claretApiRequest.call(this, { ...request, qs });
		const page = (body ?? {}) as IDataObject;
		if (!onPage(page)) return;
		const next = page.next_index;
		if (next === null || next === undefined || next === '') return;
		const key = String(next);
		if (seen.has(key)) {
			throw new NodeOperationError(this.getNode(), `Claret returned the same next_index "${key}" twice; stopping to avoid a loop`, {
				itemIndex: request.itemIndex,
			});
		}
		seen.add(key);
		cursor = next;
	}
}

/**
 * All records of `dataKey` across pages, or the first `limit` of them, in Claret's order. A record
 * seen on an earlier page (same `id`, e.g. a server repeating rows across pages) is not output
 * twice.
 */
export async function claretGetMany(
	this: IExecuteFunctions,
	request: ClaretRequest,
	dataKey: string,
	limit?: number,
): Promise<IDataObject[]> {
	const pageSize = Math.min(limit ?? CLARET_MAX_PAGE_SIZE, CLARET_MAX_PAGE_SIZE);
	const records: IDataObject[] = [];
	const seen = new Set<unknown>();
	await claretForEachPage.call(
		this,
		{ ...request, qs: { ...(request.qs ?? {}), pagination_count: pageSize } },
		(page) => {
			const rows = Array.isArray(page[dataKey]) ? (page[dataKey] as IDataObject[]) : [];
			pushUnseen(records, seen, rows);
			return limit === undefined || records.length < limit;
		},
	);
	return limit === undefined ? records : records.slice(0, limit);
}
