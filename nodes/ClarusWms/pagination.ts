import { itemError } from '../shared/errors';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { clarusGraphql } from './transport';

/**
 * Largest `first` Clarus serves on a GraphQL connection. The published docs give no number; the
 * simulator (sandbox/docs/clarus.md) caps pages at 100 records like graphql-ruby's default
 * max_page_size, and a larger `first` is silently cut down, which the pagination below handles
 * anyway because it follows `pageInfo`, never counts.
 */
export const CLARUS_MAX_PAGE_SIZE = 100;
export const CLARUS_DEFAULT_PAGE_SIZE = 100;

/** A Relay connection as Clarus returns it: `{ pageInfo { hasNextPage endCursor } edges { node } }`. */
interface Connection {
	pageInfo?: { hasNextPage?: unknown; endCursor?: unknown };
	edges?: Array<{ node?: IDataObject } | null>;
	nodes?: IDataObject[];
}

/** The value at a dotted path such as `goods_outs.all` in a GraphQL `data` object. */
export function valueAtPath(data: IDataObject, path: string[]): unknown {
	let value: unknown = data;
	for (const key of path) {
		if (!value || typeof value !== 'object') return undefined;
		value = (value as IDataObject)[key];
	}
	return value;
}

/** Paths of every connection (an object with pageInfo and edges or nodes) in a `data` object. */
export function findConnections(data: unknown, path: string[] = [], found: string[][] = []): string[][] {
	if (!data || typeof data !== 'object' || Array.isArray(data)) return found;
	const obj = data as IDataObject;
	if (obj.pageInfo && typeof obj.pageInfo === 'object' && (Array.isArray(obj.edges) || Array.isArray(obj.nodes))) {
		found.push(path);
		return found;
	}
	for (const [key, value] of Object.entries(obj)) findConnections(value, [...path, key], found);
	return found;
}

/** The records of one page: `edges[].node` (or `nodes[]`). */
export function connectionNodes(connection: Connection): IDataObject[] {
	if (Array.isArray(connection.edges)) {
		return connection.edges.map((edge) => (edge?.node ?? {}) as IDataObject);
	}
	return Array.isArray(connection.nodes) ? connection.nodes : [];
}

export interface ConnectionRequest {
	/** A query that declares `$first: Int` and `$after: String` and asks for `pageInfo { hasNextPage endCursor }`. */
	query: string;
	variables: IDataObject;
	/** Where the connection is in `data`, e.g. ['goods_outs', 'all']; found automatically when omitted. */
	path?: string[];
	pageSize: number;
	/** Stop after this many records (undefined: all). */
	limit?: number;
	itemIndex: number;
	/** Parameter named in errors about the connection path. */
	pathParameter?: string;
}

/**
 * Relay cursor pagination as Clarus serves it: ask for `first` records, then `after` the last
 * page's `pageInfo.endCursor` while `pageInfo.hasNextPage` is true. Cursors are opaque and never
 * computed; a repeated cursor stops with an error instead of looping. With a limit, `first` is
 * never larger than what is still needed, so no page is fetched beyond the limit.
 */
export async function clarusConnectionRecords(this: IExecuteFunctions, request: ConnectionRequest): Promise<IDataObject[]> {
	const { itemIndex, limit } = request;
	const node = this.getNode();
	const records: IDataObject[] = [];
	const seen = new Set<string>();
	let after: string | undefined;
	let path = request.path;
	for (;;) {
		const remaining = limit === undefined ? request.pageSize : Math.min(request.pageSize, limit - records.length);
		const variables: IDataObject = { ...request.variables, first: remaining };
		if (after !== undefined) variables.after = after;
		else delete variables.after;
		const data = await clarusGraphql.call(this, request.query, variables, itemIndex);
		if (!path) {
			const found = findConnections(data);
			if (found.length !== 1) {
				throw itemError(
					node,
					found.length ? `The query returns ${found.length} connections; say which one to paginate` : 'The query returns no connection with pageInfo to paginate',
					itemIndex,
					{
						description:
							'Ask for pageInfo { hasNextPage endCursor } on the paginated connection and set the connection path, e.g. goods_outs.all.',
					},
				);
			}
			path = found[0];
		}
		const connection = valueAtPath(data, path) as Connection | undefined;
		if (!connection || typeof connection !== 'object' || !connection.pageInfo) {
			throw itemError(
				node,
				`No connection with pageInfo at "${path.join('.')}" in the GraphQL answer`,
				itemIndex,
				{
					description: `Check ${request.pathParameter ?? 'the connection path'} and that the query asks for pageInfo { hasNextPage endCursor } there.`,
				},
			);
		}
		const page = connectionNodes(connection);
		records.push(...page);
		if (limit !== undefined && records.length >= limit) return records.slice(0, limit);
		const { hasNextPage, endCursor } = connection.pageInfo;
		if (hasNextPage !== true || typeof endCursor !== 'string' || endCursor === '' || page.length === 0) return records;
		if (seen.has(endCursor)) {
			throw itemError(node, `Clarus returned the cursor "${endCursor}" twice; stopping to avoid a loop`, itemIndex);
		}
		seen.add(endCursor);
		after = endCursor;
	}
}
