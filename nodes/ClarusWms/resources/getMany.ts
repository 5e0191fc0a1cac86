import type { IDataObject, IDisplayOptions, IExecuteFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { itemError } from '../../shared/errors';
import { getLimit, returnAllOrLimit } from '../../shared/descriptions';
import { parseJsonParameter, splitList } from '../../shared/guards';
import type { ClarusFilter, ClarusResource } from '../model';
import { CLARUS_DEFAULT_PAGE_SIZE, CLARUS_MAX_PAGE_SIZE, clarusConnectionRecords } from '../pagination';
import { paramName } from './fields';

/**
 * "Get Many" for every resource with a documented GraphQL list query
 * (`{ <root> { all(filter: $filter, first: $first, after: $after) { ... } } }`): filters as
 * field + operator + value, checked against the operators the docs allow for each filter, and
 * automatic Relay cursor pagination.
 */

const OPERATOR_LABELS: Record<string, string> = {
	between: 'Between (Two Values)',
	eq: 'Equals',
	filled: 'Is Filled (True/False)',
	from: 'From (Date)',
	gt: 'Greater Than',
	gteq: 'Greater Than or Equal',
	ilike: 'Contains (Case-Insensitive)',
	in: 'Is One Of (List)',
	like: 'Contains (Case-Sensitive)',
	lt: 'Less Than',
	lteq: 'Less Than or Equal',
	to: 'To (Date)',
};

const OPERATOR_DESCRIPTIONS: Record<string, string> = {
	between: 'Value is a range: two comma-separated values',
	eq: 'Exact match',
	filled: 'Value true: the field has a value; false: it is empty',
	from: 'On or after a date/time (ISO 8601 or phrases like "today", "3 days ago")',
	gt: 'Strictly greater than the value',
	gteq: 'Greater than or equal to the value',
	ilike: 'Partial match ignoring case (% and _ act as wildcards)',
	in: 'Any of comma-separated values',
	like: 'Partial match respecting case (% and _ act as wildcards)',
	lt: 'Strictly less than the value',
	lteq: 'Less than or equal to the value',
	to: 'On or before a date/time (a date alone includes the whole day)',
};

/** Operators offered for a resource's filters: the union the docs allow for its filter fields. */
export function resourceOperators(resource: ClarusResource): string[] {
	const list = resource.list;
	if (!list) return [];
	return [...new Set(list.filters.flatMap((f) => f.operators))].sort((a, b) =>
		(OPERATOR_LABELS[a] ?? a).localeCompare(OPERATOR_LABELS[b] ?? b),
	);
}

/** Load-options method: the filter fields of the selected resource, from the bundled model. */
export function filterFieldOptions(resource: ClarusResource | undefined): INodePropertyOptions[] {
	return [...(resource?.list?.filters ?? [])]
		.sort((a, b) => a.displayName.localeCompare(b.displayName))
		.map((f) => ({
			name: f.displayName,
			value: f.name,
			description: `${f.description ? `${f.description}. ` : ''}Operators: ${f.operators.join(', ')}`,
		}));
}

/** Load-options method: the operators of the selected resource's filters. */
export function filterOperatorOptions(resource: ClarusResource | undefined): INodePropertyOptions[] {
	return (resource ? resourceOperators(resource) : []).map((o) => ({
		name: OPERATOR_LABELS[o] ?? o,
		value: o,
		description: `${OPERATOR_DESCRIPTIONS[o] ?? ''} (${o})`.trim(),
	}));
}

/**
 * Return All and Limit, once for every resource's Get Many (their names were always the shared
 * `returnAll` and `limit`).
 */
export function getManyCommonProperties(resources: ClarusResource[]): INodeProperties[] {
	const keys = resources.filter((r) => r.list).map((r) => r.key);
	return keys.length ? returnAllOrLimit({ resource: keys, operation: ['getAll'] }) : [];
}

/** The Filters rows (field and operator from load options) of a Get Many. */
export function filtersProperty(name: string, show: NonNullable<IDisplayOptions['show']>, defaultField: string, defaultOperator: string): INodeProperties {
	return {
		displayName: 'Filters',
		name,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Filter',
		displayOptions: { show },
		default: {},
		options: [
			{
				displayName: 'Filter',
				name: 'filter',
				values: [
					{
						displayName: 'Field Name or ID',
						name: 'field',
						type: 'options',
						typeOptions: { loadOptionsMethod: 'getFilterFields', loadOptionsDependsOn: ['resource'] },
						default: defaultField,
						description:
							'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
					},
					{
						displayName: 'Operator Name or ID',
						name: 'operator',
						type: 'options',
						typeOptions: { loadOptionsMethod: 'getFilterOperators', loadOptionsDependsOn: ['resource'] },
						default: defaultOperator,
						description:
							'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
					},
					{ displayName: 'Value', name: 'value', type: 'string', default: '', hint: 'Comma-separated for "Is One Of" and "Between"' },
				],
			},
		],
	};
}

/** Get Many's Options: the GraphQL fields, a filter as JSON, the page size. */
export function getManyOptionsProperty(name: string, show: NonNullable<IDisplayOptions['show']>, fieldsPlaceholder?: string): INodeProperties {
	return {
		displayName: 'Options',
		name,
		type: 'collection',
		placeholder: 'Add Option',
		displayOptions: { show },
		default: {},
		options: [
			{
				displayName: 'Fields',
				name: 'fields',
				type: 'string',
				default: '',
				...(fieldsPlaceholder
					? { placeholder: fieldsPlaceholder, description: 'The GraphQL fields to return for each record (default: the placeholder)' }
					: { placeholder: 'id reference', description: "The GraphQL fields to return for each record (default: the fields of the resource's documented list query)" }),
			},
			{
				displayName: 'Filter (JSON)',
				name: 'filterJson',
				type: 'json',
				default: '{}',
				description: 'A GraphQL filter object merged with the filters above',
			},
			{
				displayName: 'Page Size',
				name: 'pageSize',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: CLARUS_MAX_PAGE_SIZE },
				default: CLARUS_DEFAULT_PAGE_SIZE,
				description: `Records per GraphQL request (at most ${CLARUS_MAX_PAGE_SIZE})`,
			},
		],
	};
}

export const defaultOperatorOf = (operators: string[]) => (operators.includes('eq') ? 'eq' : operators[0]);

export function getManyProperties(resource: ClarusResource): INodeProperties[] {
	const list = resource.list;
	if (!list) return [];
	const show = { resource: [resource.key], operation: ['getAll'] };
	const props: INodeProperties[] = [];
	if (list.filters.length) {
		props.push(filtersProperty(paramName(resource.key, 'getAll', 'filters'), show, list.filters[0].name, defaultOperatorOf(resourceOperators(resource))));
	}
	props.push(getManyOptionsProperty(paramName(resource.key, 'getAll', 'options'), show, list.nodeSelection));
	return props;
}

/** Names of a Get Many's Filters and Options parameters: per resource in version 1, shared in version 2. */
export interface GetManyNaming {
	filters: string;
	options: string;
}

const v1GetManyNaming = (resource: ClarusResource): GetManyNaming => ({
	filters: paramName(resource.key, 'getAll', 'filters'),
	options: paramName(resource.key, 'getAll', 'options'),
});

function filterOperand(ctx: IExecuteFunctions, filter: ClarusFilter, operator: string, raw: unknown, itemIndex: number): unknown {
	const fail = (why: string) =>
		itemError(ctx.getNode(), `The filter on "${filter.displayName}" ${why}`, itemIndex);
	const scalar = (text: string): unknown => {
		switch (filter.inputType) {
			case 'IntegerInputType': {
				if (!/^-?\d+$/.test(text)) throw fail(`needs a whole number, got "${text}"`);
				return Number(text);
			}
			case 'DecimalInputType': {
				const n = Number(text);
				if (text === '' || !Number.isFinite(n)) throw fail(`needs a number, got "${text}"`);
				return n;
			}
			case 'BooleanInputType':
				if (/^(true|yes|1)$/i.test(text)) return true;
				if (/^(false|no|0)$/i.test(text)) return false;
				throw fail(`needs true or false, got "${text}"`);
			default:
				return text;
		}
	};
	const text = typeof raw === 'string' ? raw.trim() : raw === undefined || raw === null ? '' : String(raw);
	if (operator === 'filled') {
		if (/^(true|yes|1|)$/i.test(text)) return true;
		if (/^(false|no|0)$/i.test(text)) return false;
		throw fail(`with "Is Filled" needs true or false, got "${text}"`);
	}
	if (operator === 'in' || operator === 'between') {
		const values = splitList(raw).map((v) => scalar(v.trim()));
		if (!values.length) throw fail('needs at least one value');
		if (operator === 'between' && values.length !== 2) throw fail(`with "Between" needs exactly two comma-separated values, got ${values.length}`);
		return values;
	}
	if (text === '') throw fail('has no value');
	return scalar(text);
}

/** The `filter` variable from the Filters rows and the Filter (JSON) option. */
function buildFilter(ctx: IExecuteFunctions, resource: ClarusResource, naming: GetManyNaming, itemIndex: number): IDataObject {
	const list = resource.list!;
	const filter: IDataObject = {};
	const rows = ctx.getNodeParameter(`${naming.filters}.filter`, itemIndex, []) as Array<{
		field: string;
		operator: string;
		value: unknown;
	}>;
	for (const row of rows) {
		const spec = list.filters.find((f) => f.name === row.field);
		if (!spec) {
			throw itemError(ctx.getNode(), `Unknown filter field "${row.field}" for ${resource.displayName}`, itemIndex, {
				description: `Available filters: ${list.filters.map((f) => f.name).join(', ')}. Use the Filter (JSON) option for others.`,
			});
		}
		if (!spec.operators.includes(row.operator)) {
			throw itemError(ctx.getNode(), `The filter on "${spec.displayName}" does not support the operator "${row.operator}"`, itemIndex, {
				description: `Clarus allows these operators for ${spec.name}: ${spec.operators.join(', ')}.`,
			});
		}
		const conditions = (filter[spec.name] ?? {}) as IDataObject;
		if (row.operator in conditions) {
			throw itemError(ctx.getNode(), `The filter on "${spec.displayName}" uses the operator "${row.operator}" twice`, itemIndex);
		}
		conditions[row.operator] = filterOperand(ctx, spec, row.operator, row.value, itemIndex) as IDataObject[keyof IDataObject];
		filter[spec.name] = conditions;
	}
	const options = ctx.getNodeParameter(naming.options, itemIndex, {}) as IDataObject;
	if (options.filterJson !== undefined && options.filterJson !== '') {
		const extra = parseJsonParameter(ctx.getNode(), options.filterJson, 'Filter (JSON)', itemIndex);
		if (Array.isArray(extra)) {
			throw itemError(ctx.getNode(), `The "Filter (JSON)" option must be a JSON object`, itemIndex);
		}
		for (const [field, conditions] of Object.entries(extra)) {
			filter[field] =
				conditions && typeof conditions === 'object' && !Array.isArray(conditions) && filter[field]
					? { ...(filter[field] as IDataObject), ...(conditions as IDataObject) }
					: conditions;
		}
	}
	return filter;
}

/** The list query with pagination variables and pageInfo added to the documented one. */
export function listQuery(resource: ClarusResource, selection: string): string {
	const list = resource.list!;
	const filterVar = list.filterType ? `$filter: ${list.filterType}, ` : '';
	const filterArg = list.filterType ? 'filter: $filter, ' : '';
	return (
		`query ClarusGetMany(${filterVar}$first: Int, $after: String) { ${list.rootField} { ` +
		`${list.connection}(${filterArg}first: $first, after: $after) { pageInfo { hasNextPage endCursor } ` +
		`edges { node { ${selection} } } } } }`
	);
}

export function getManyHandler(resource: ClarusResource, naming: GetManyNaming = v1GetManyNaming(resource)) {
	return async function (this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
		const list = resource.list!;
		const options = this.getNodeParameter(naming.options, itemIndex, {}) as IDataObject;
		const selection = String(options.fields ?? '').trim() || list.nodeSelection;
		if (/[{}]/.test(selection) && (selection.match(/\{/g) ?? []).length !== (selection.match(/\}/g) ?? []).length) {
			throw itemError(this.getNode(), `The "Fields" option has unbalanced braces`, itemIndex, {
				description: `Write GraphQL fields such as: ${list.nodeSelection}`,
			});
		}
		const pageSize = Number(options.pageSize ?? CLARUS_DEFAULT_PAGE_SIZE);
		if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > CLARUS_MAX_PAGE_SIZE) {
			throw itemError(this.getNode(), `The "Page Size" option must be a whole number from 1 to ${CLARUS_MAX_PAGE_SIZE}`, itemIndex);
		}
		const filter = buildFilter(this, resource, naming, itemIndex);
		const variables: IDataObject = list.filterType && Object.keys(filter).length ? { filter } : {};
		return await clarusConnectionRecords.call(this, {
			query: listQuery(resource, selection),
			variables,
			path: [list.rootField, list.connection],
			pageSize,
			limit: getLimit(this, itemIndex),
			itemIndex,
		});
	};
}
