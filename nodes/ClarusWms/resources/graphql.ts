import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { itemError } from '../../shared/errors';
import { getLimit, returnAllOrLimit } from '../../shared/descriptions';
import { parseJsonParameter } from '../../shared/guards';
import { CLARUS_DEFAULT_PAGE_SIZE, CLARUS_MAX_PAGE_SIZE, clarusConnectionRecords } from '../pagination';
import { clarusGraphql } from '../transport';

/** GraphQL → Execute Query: any query against POST /graphql, optionally paginated. */

const show = { resource: ['graphql'], operation: ['execute'] };
const paginated = { ...show, graphqlPaginate: [true] };

export const graphqlDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['graphql'] } },
		options: [
			{
				name: 'Execute Query',
				value: 'execute',
				action: 'Execute a query',
				description: 'Run any query against the Clarus GraphQL API',
			},
		],
		default: 'execute',
	},
	{
		displayName: 'Query',
		name: 'graphqlQuery',
		type: 'string',
		typeOptions: { rows: 8 },
		required: true,
		displayOptions: { show },
		default: '',
		placeholder:
			'query($filter: GoodsOutsFilterType, $first: Int, $after: String) { goods_outs { all(filter: $filter, first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { reference priority } } } } }',
		description: 'The GraphQL query, as in the Clarus API docs',
	},
	{
		displayName: 'Variables',
		name: 'graphqlVariables',
		type: 'json',
		displayOptions: { show },
		default: '{}',
		description: 'Values of the variables the query declares, as a JSON object',
	},
	{
		displayName: 'Paginate Automatically',
		name: 'graphqlPaginate',
		type: 'boolean',
		displayOptions: { show },
		default: false,
		description:
			'Whether to follow pageInfo.endCursor through every page of a connection and return each record as an item. The query must declare $first: Int and $after: String, pass them to the connection and ask for pageInfo { hasNextPage endCursor }.',
	},
	{
		displayName: 'Connection Path',
		name: 'graphqlConnectionPath',
		type: 'string',
		displayOptions: { show: paginated },
		default: '',
		placeholder: 'goods_outs.all',
		description: 'Where the paginated connection is in the answer, dot-separated. Leave empty when the query has a single connection.',
	},
	...returnAllOrLimit(paginated),
	{
		displayName: 'Page Size',
		name: 'graphqlPageSize',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: CLARUS_MAX_PAGE_SIZE },
		displayOptions: { show: paginated },
		default: CLARUS_DEFAULT_PAGE_SIZE,
		description: `The value given to $first on each request (at most ${CLARUS_MAX_PAGE_SIZE})`,
	},
];

export async function executeGraphql(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]> {
	const node = this.getNode();
	const query = String(this.getNodeParameter('graphqlQuery', itemIndex, '') ?? '').trim();
	if (!query) throw itemError(node, `The "Query" parameter is empty`, itemIndex);
	const variables = parseJsonParameter(node, this.getNodeParameter('graphqlVariables', itemIndex, '{}'), 'Variables', itemIndex);
	if (Array.isArray(variables)) {
		throw itemError(node, `The "Variables" parameter must be a JSON object`, itemIndex);
	}
	if (!(this.getNodeParameter('graphqlPaginate', itemIndex, false) as boolean)) {
		return await clarusGraphql.call(this, query, variables, itemIndex);
	}
	for (const name of ['first', 'after']) {
		if (!new RegExp(`\\$${name}\\s*:`).test(query)) {
			throw itemError(node, `To paginate, the query must declare $${name}`, itemIndex, {
				description: 'Declare query($first: Int, $after: String) and pass first: $first, after: $after to the connection, which must ask for pageInfo { hasNextPage endCursor }.',
			});
		}
	}
	const pathText = String(this.getNodeParameter('graphqlConnectionPath', itemIndex, '') ?? '').trim();
	const path = pathText ? pathText.split('.').map((s) => s.trim()).filter(Boolean) : undefined;
	const pageSize = Number(this.getNodeParameter('graphqlPageSize', itemIndex, CLARUS_DEFAULT_PAGE_SIZE));
	if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > CLARUS_MAX_PAGE_SIZE) {
		throw itemError(node, `The "Page Size" parameter must be a whole number from 1 to ${CLARUS_MAX_PAGE_SIZE}`, itemIndex);
	}
	return await clarusConnectionRecords.call(this, {
		query,
		variables,
		path,
		pageSize,
		limit: getLimit(this, itemIndex),
		itemIndex,
		pathParameter: 'the "Connection Path" parameter',
	});
}
