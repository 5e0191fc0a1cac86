import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IDisplayOptions, IExecuteFunctions, INode, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { itemError } from '../../shared/errors';
import { splitList } from '../../shared/guards';
import { byName, fieldLabel, type FieldSpec, type ItemPathResource } from './model';

/** The fields a resource's filters offer (ItemPath filters on any field its docs list). */
export function filterFields(resource: ItemPathResource): FieldSpec[] {
	return resource.fields.filter((f) => f.filter !== false);
}

const OPERATORS: Array<INodePropertyOptions & { value: string }> = [
	{ name: 'Equals', value: 'equals' },
	{ name: 'Greater Than', value: 'greaterThan', description: 'Numbers, text or dates after the value' },
	{ name: 'Is None Of', value: 'isNoneOf', description: 'Not any of several values, separated by commas (or semicolons)' },
	{ name: 'Is One Of', value: 'isOneOf', description: 'Any of several values, separated by commas (or semicolons)' },
	{ name: 'Less Than', value: 'lessThan', description: 'Numbers, text or dates before the value' },
	{ name: 'Like', value: 'like', description: 'A pattern: % matches any text, _ one character, e.g. MAT-00%' },
	{ name: 'Not Equals', value: 'notEquals' },
	{ name: 'Not Like', value: 'notLike', description: 'Does not match a pattern (% any text, _ one character)' },
];

/** The Filters conditions (field, operator, value) of a resource's list, as Get Many shows them. */
export function filterConditionsProperty(resource: ItemPathResource, displayOptions?: IDisplayOptions): INodeProperties {
	const fields = filterFields(resource);
	const defaultField = fields.some((f) => f.name === 'name') ? 'name' : 'id';
	const fieldOptions = fields.map((field) => ({ name: fieldLabel(field.name), value: field.name })).sort(byName);
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Condition',
		displayOptions,
		default: {},
		description: `Conditions every returned ${resource.name.toLowerCase()} must meet`,
		options: [
			{
				displayName: 'Condition',
				name: 'conditions',
				values: [
					{
						displayName: 'Field',
						name: 'field',
						type: 'options',
						options: fieldOptions,
						default: defaultField,
						description: 'The field to compare. To filter on a field not listed, enter its ItemPath name as an expression.',
					},
					{
						displayName: 'Operator',
						name: 'operator',
						type: 'options',
						options: OPERATORS,
						default: 'equals',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						placeholder: 'e.g. 2, 2025-01-31 or today',
						description:
							'The value to compare with. Dates accept YYYY-MM-DD, a date and time, "today" or "yesterday". For "Is One Of" and "Is None Of", separate values with commas (or with semicolons when a value contains a comma).',
					},
				],
			},
		],
	};
}

const RESERVED_QUERY = new Set(['limit', 'page', 'countOnly']);
const OPERATOR_PREFIX: Record<string, string> = {
	equals: '',
	notEquals: '[not]',
	greaterThan: '[gt]',
	lessThan: '[lt]',
	like: '[like]',
	notLike: '[notlike]',
	isOneOf: '[or]',
	isNoneOf: '[nor]',
};
/** Date words ItemPath documents for date filters. */
const DATE_WORDS = new Set(['today', 'yesterday', 'lastweek']);

export interface FilterCondition {
	field?: string;
	operator?: string;
	value?: unknown;
}

/** Why a value does not fit a typed field, or undefined when it does (patterns are not checked). */
function typeProblem(field: FieldSpec | undefined, value: string): string | undefined {
	if (!field || value === '') return undefined;
	if (field.type === 'number' && !Number.isFinite(Number(value))) return `is a number field; "${value}" is not a number`;
	if (field.type === 'boolean' && !/^(true|false|0|1)$/i.test(value)) return `is a true/false field; use true, false, 1 or 0, not "${value}"`;
	if (field.type === 'dateTime' && !DATE_WORDS.has(value.toLowerCase()) && Number.isNaN(Date.parse(value))) {
		return `is a date field; "${value}" is not a date (use YYYY-MM-DD, a date and time, "today" or "yesterday")`;
	}
	return undefined;
}

/**
 * Filter conditions → ItemPath's query syntax: the field is the parameter and the operator goes
 * in front of the value (`priority=[gt]2`, `status=[or]Ready;Queued`). Several conditions on one
 * field repeat the parameter; ItemPath requires all of them. With `resource`, a value that does
 * not fit its field's documented type is refused before any request. `itemIndex` is absent for a
 * trigger (no items).
 */
export function conditionsQuery(node: INode, conditions: FilterCondition[], itemIndex?: number, resource?: ItemPathResource): IDataObject {
	const fail = (n: number, why: string) =>
		itemIndex === undefined ? new NodeOperationError(node, `Filter condition ${n} ${why}`) : itemError(node, `Filter condition ${n} ${why}`, itemIndex);
	const typed = new Map((resource?.fields ?? []).map((f) => [f.name, f]));
	const qs: Record<string, string[]> = {};
	conditions.forEach((condition, i) => {
		const n = i + 1;
		const field = String(condition.field ?? '').trim();
		if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(field)) throw fail(n, `has no valid field name ("${field}")`);
		if (RESERVED_QUERY.has(field)) throw fail(n, `uses "${field}", which is a paging parameter, not a field`);
		const operator = String(condition.operator ?? 'equals');
		const prefix = OPERATOR_PREFIX[operator];
		if (prefix === undefined) throw fail(n, `has an unknown operator "${operator}"`);
		let values: string[];
		if (operator === 'isOneOf' || operator === 'isNoneOf') {
			const raw = condition.value;
			values = Array.isArray(raw)
				? raw.map((v) => String(v).trim()).filter((v) => v !== '')
				: String(raw ?? '').includes(';')
					? String(raw).split(';').map((v) => v.trim()).filter((v) => v !== '')
					: splitList(raw);
			if (values.length === 0) throw fail(n, 'needs at least one value');
			if (values.some((v) => v.includes(';'))) throw fail(n, 'has a value containing ";", which ItemPath cannot match in a list');
		} else {
			values = [condition.value === undefined || condition.value === null ? '' : String(condition.value)];
			if (values[0] === '' && operator !== 'equals' && operator !== 'notEquals') throw fail(n, 'needs a value');
		}
		if (operator !== 'like' && operator !== 'notLike') {
			for (const value of values) {
				const problem = typeProblem(typed.get(field), value.trim());
				if (problem) throw fail(n, `("${field}") ${problem}`);
			}
		}
		(qs[field] ??= []).push(`${prefix}${values.join(';')}`);
	});
	return Object.fromEntries(Object.entries(qs).map(([field, list]) => [field, list.length === 1 ? list[0] : list]));
}

/** The Filters parameter of an item as ItemPath's query parameters. */
export function filterQuery(ctx: IExecuteFunctions, itemIndex: number, resource?: ItemPathResource): IDataObject {
	const conditions = ctx.getNodeParameter('filters.conditions', itemIndex, []) as FilterCondition[];
	return conditionsQuery(ctx.getNode(), conditions, itemIndex, resource);
}
