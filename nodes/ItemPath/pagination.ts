import { itemError } from '../shared/errors';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { pushUnseen } from '../shared/guards';
import { itemPathApiRequest, type ItemPathContext, type ItemPathRequest } from './transport';

/**
 * Page size used unless the user picks another: ItemPath users were asked by their IT to page
 * heavy calls at limit=1000, because single huge calls hit database timeouts.
 */
export const ITEMPATH_DEFAULT_PAGE_SIZE = 1000;

/** The records of a list answer: `{"materials": [...]}`, or the one array in the body. */
export function pageRecords(body: unknown, listKey?: string): IDataObject[] | undefined {
	if (Array.isArray(body)) return body as IDataObject[];
	if (!body || typeof body !== 'object') return undefined;
	const page = body as IDataObject;
	if (listKey !== undefined) return Array.isArray(page[listKey]) ? (page[listKey] as IDataObject[]) : undefined;
	const arrays = Object.values(page).filter(Array.isArray);
	return arrays.length === 1 ? (arrays[0] as IDataObject[]) : undefined;
}

/**
 * ItemPath's pagination: `?limit=N&page=P` with `page` from 0, no totals; the last page is the
 * first one shorter than `limit`. `onPage` returns false to stop early (a Limit was reached), so
 * no further page is fetched. Throws if a full page brings nothing new (a server ignoring
 * `page` would otherwise make this loop forever).
 */
export async function itemPathForEachPage(
	this: ItemPathContext,
	request: ItemPathRequest,
	pageSize: number,
	listKey: string | undefined,
	onPage: (records: IDataObject[]) => boolean,
): Promise<void> {
	const firstPage = Number(request.qs?.page ?? 0);
	let previous: string | undefined;
	for (let page = Number.isInteger(firstPage) && firstPage >= 0 ? firstPage : 0; ; page++) {
		const { body } = await itemPathApiRequest.call(this, {
			...request,
			qs: { ...(request.qs ?? {}), limit: pageSize, page },
		});
		const records = pageRecords(body, listKey);
		if (!records) {
			throw itemError(this.getNode(), `ItemPath answered without ${listKey ? `a "${listKey}" list` : 'a list'}`, request.itemIndex, {
				description: 'Automatic pagination needs a list endpoint such as /materials.',
			});
		}
		const fingerprint = records.length ? JSON.stringify(records[records.length - 1]) : '';
		if (records.length >= pageSize && fingerprint === previous) {
			throw itemError(this.getNode(), `ItemPath returned the same page twice (page ${page}); stopping to avoid an endless loop`, request.itemIndex);
		}
		previous = fingerprint;
		if (!onPage(records)) return;
		if (records.length < pageSize) return;
	}
}

/**
 * All records of a list (Return All), or the first `limit`. Records are kept in ItemPath's order
 * and a record seen on an earlier page (same `id`, e.g. shifted by an insert while paging) is
 * not output twice.
 */
export async function itemPathGetMany(
	this: IExecuteFunctions,
	request: ItemPathRequest,
	listKey: string,
	options: { limit?: number; pageSize?: number },
): Promise<IDataObject[]> {
	const { limit } = options;
	const pageSize = Math.max(1, Math.min(limit ?? Infinity, options.pageSize ?? ITEMPATH_DEFAULT_PAGE_SIZE));
	const records: IDataObject[] = [];
	const seen = new Set<unknown>();
	await itemPathForEachPage.call(this, request, pageSize, listKey, (page) => {
		pushUnseen(records, seen, page);
		return limit === undefined || records.length < limit;
	});
	return limit === undefined ? records : records.slice(0, limit);
}
