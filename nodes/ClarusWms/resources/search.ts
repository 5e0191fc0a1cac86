import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult, INodeProperties } from 'n8n-workflow';
import { clarusApi } from '../generated/operations';
import type { ClarusResource } from '../model';
import { clarusGraphql } from '../transport';

/**
 * Record pickers: resource locators (From List with search, By ID) for record IDs. From List
 * runs the target resource's GraphQL list query through the Clarus transport with the node's
 * credential, one page per call (the GraphQL cursor is n8n's pagination token), and searches on
 * Clarus's side with an `ilike` filter on the record's name/reference field where the docs allow
 * one, or an `id` filter for a number.
 */

const SEARCH_PAGE_SIZE = 50;
const LABEL_FIELDS = ['reference', 'name', 'code', 'booking_reference', 'username', 'email', 'title', 'file_name', 'tracking_number', 'process_reference', 'description'];

const listed = new Map(clarusApi.resources.filter((r) => r.list).map((r) => [r.key, r]));

/** The name of the listSearch method of a resource (`searchGoodsOuts`). */
export const searchMethodName = (key: string) => `search_${key}`;

/**
 * The resource an `<x>_id` attribute or path parameter points at, when it has a GraphQL list
 * (`resources`: the bundled model's listed resources, or another model's).
 */
export function idTarget(name: string, resources: Map<string, ClarusResource> = listed): ClarusResource | undefined {
	const m = /^(.+)_id$/.exec(name);
	if (!m) return undefined;
	const base = m[1];
	for (const key of [`${base}s`, `${base}es`, base.replace(/y$/, 'ies'), base]) {
		const r = resources.get(key);
		if (r) return r;
	}
	return undefined;
}

/** Scalar top-level fields of the documented selection (`account { id code }` is not one). */
function scalarFields(resource: ClarusResource): string[] {
	const out: string[] = [];
	const tokens = resource.list!.nodeSelection.match(/[A-Za-z_][A-Za-z0-9_]*|[{}]/g) ?? [];
	let depth = 0;
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		if (t === '{') depth++;
		else if (t === '}') depth--;
		else if (depth === 0 && tokens[i + 1] !== '{') out.push(t);
	}
	return out;
}

/** The field shown as the record's name in the list. */
export function labelField(resource: ClarusResource): string | undefined {
	const scalars = scalarFields(resource);
	return LABEL_FIELDS.find((f) => scalars.includes(f)) ?? scalars.find((f) => f !== 'id' && !/_id$/.test(f));
}

/** The filter a search text goes into on Clarus's side. */
export function searchFilter(resource: ClarusResource, text: string): IDataObject | undefined {
	const filters = resource.list!.filters;
	const term = text.trim();
	if (!term) return undefined;
	if (/^\d+$/.test(term) && filters.some((f) => f.name === 'id' && f.operators.includes('eq'))) return { id: { eq: Number(term) } };
	const label = labelField(resource);
	const field =
		filters.find((f) => f.name === label && f.operators.includes('ilike')) ??
		filters.find((f) => LABEL_FIELDS.includes(f.name) && f.operators.includes('ilike'));
	return field ? { [field.name]: { ilike: `%${term}%` } } : undefined;
}

export function recordSearch(resource: ClarusResource) {
	return async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		const list = resource.list!;
		const label = labelField(resource);
		const serverFilter = filter ? searchFilter(resource, filter) : undefined;
		const filterVar = list.filterType ? `$filter: ${list.filterType}, ` : '';
		const filterArg = list.filterType ? 'filter: $filter, ' : '';
		const query =
			`query ClarusRecordSearch(${filterVar}$first: Int, $after: String) { ${list.rootField} { ` +
			`${list.connection}(${filterArg}first: $first, after: $after) { pageInfo { hasNextPage endCursor } ` +
			`edges { node { id${label ? ` ${label}` : ''} } } } } }`;
		const variables: IDataObject = { first: SEARCH_PAGE_SIZE };
		if (paginationToken) variables.after = paginationToken;
		if (serverFilter && list.filterType) variables.filter = serverFilter;
		const data = await clarusGraphql.call(this, query, variables, 0);
		const connection = ((data[list.rootField] as IDataObject | undefined)?.[list.connection] ?? {}) as {
			pageInfo?: { hasNextPage?: boolean; endCursor?: string };
			edges?: Array<{ node?: IDataObject }>;
		};
		const term = (filter ?? '').trim().toLowerCase();
		const results = (connection.edges ?? [])
			.map((edge) => edge.node ?? {})
			.filter((node) => node.id !== undefined && node.id !== null)
			.map((node) => {
				const text = label && node[label] !== undefined && node[label] !== null ? String(node[label]) : '';
				return { name: text ? `${text} (#${String(node.id)})` : `#${String(node.id)}`, value: String(node.id) };
			})
			// without a server-side filter for the text, the page is filtered here
			.filter((item) => !term || serverFilter || item.name.toLowerCase().includes(term));
		const next = connection.pageInfo?.hasNextPage ? connection.pageInfo.endCursor : undefined;
		return { results, ...(next ? { paginationToken: next } : {}) };
	};
}

export const listSearch = Object.fromEntries([...listed.values()].map((r) => [searchMethodName(r.key), recordSearch(r)]));

/** The list search of the record's own ID: searches the list of the resource selected in the node. */
export const SEARCH_SELECTED_RESOURCE = 'searchRecords';

export async function searchSelectedResource(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const key = this.getCurrentNodeParameter('resource') as string;
	const resource = listed.get(key);
	if (!resource) {
		throw new NodeOperationError(this.getNode(), `Clarus has no list of ${key ? key.replace(/_/g, ' ') : 'these'} records to pick from`, {
			description: 'Choose "By ID" and enter the record\'s ID.',
		});
	}
	return await recordSearch(resource).call(this, filter, paginationToken);
}

/** A record-ID parameter as a resource locator picking from `target`'s list (or the list a method name gives). */
export function recordLocator(base: Omit<INodeProperties, 'type' | 'default'>, target: ClarusResource | string): INodeProperties {
	return {
		...base,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: typeof target === 'string' ? target : searchMethodName(target.key), searchable: true },
			},
			{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'e.g. 42' },
		],
	};
}

/** The value of a resource locator, or the plain value saved workflows stored before there was one. */
export function locatorValue(value: unknown): unknown {
	if (value && typeof value === 'object' && '__rl' in value && 'value' in value) return (value as { value: unknown }).value;
	return value;
}
