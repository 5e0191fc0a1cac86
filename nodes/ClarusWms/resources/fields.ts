import { ApplicationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { parameterError } from '../../shared/errors';
import { parseJsonParameter, splitList } from '../../shared/guards';
import names from '../generated/names.json';
import type { ClarusField } from '../model';
import { locatorValue } from './search';

/**
 * Node parameters from generated spec fields, and back: the values the user entered, converted to
 * what Clarus expects. Parameter names are namespaced per resource and operation
 * (`goods_outs_create_reference`), so no two operations share a name with a different type, and
 * come from the committed, append-only map generated/names.json, so a spec update never renames
 * what saved workflows reference.
 */
const parameterNames: Record<string, string> = names.parameters;

export function paramName(resource: string, operation: string, suffix: string): string {
	const name = parameterNames[`${resource}.${operation}.${suffix}`];
	if (name === undefined) {
		throw new ApplicationError(`generated/names.json has no name for ${resource}.${operation}.${suffix}: run npm run generate:clarus`);
	}
	return name;
}

/** `sales_order` -> "Sales Order" for option labels; codes in capitals (PICK) stay as they are. */
function optionLabel(value: string | number): string {
	if (typeof value === 'number' || value === value.toUpperCase()) return String(value);
	const text = value.replace(/[_-]+/g, ' ').trim();
	return text ? text.replace(/(^|\s)(\S)/g, (_, space: string, c: string) => `${space}${c.toUpperCase()}`) : value;
}

export function fieldOptions(field: ClarusField): INodePropertyOptions[] {
	const options = (field.options ?? []).map((value) => ({ name: optionLabel(value), value }));
	const seen = new Set<string>();
	for (const option of options) {
		// two values that read alike ("PICK" and "pick") keep their raw spelling
		if (seen.has(option.name.toLowerCase())) option.name = String(option.value);
		seen.add(option.name.toLowerCase());
	}
	return options.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The first sentence of the spec's prose, at most `max` characters (cut at a word): the editor
 * shows a hint, the vendor's documentation has the rest.
 */
export function brief(text: string | undefined, max = 110): string | undefined {
	if (!text) return undefined;
	const sentence = /^.*?[.!?](?=\s+[A-Z(]|$)/.exec(text)?.[0] ?? text;
	const out = sentence.length <= max ? sentence : `${sentence.slice(0, sentence.lastIndexOf(' ', max - 1))}…`;
	return out.replace(/\.$/, '');
}

function fieldDescription(field: ClarusField): string | undefined {
	const parts: string[] = [];
	const summary = brief(field.description);
	// "Custom boolean field 1" only restates the field's name (Boolean 1)
	if (summary && !/^custom \w+ field \d+$/i.test(summary)) parts.push(summary);
	if (field.type === 'string' && field.format === 'date-time') parts.push('ISO 8601, e.g. 2026-01-31T10:00:00Z');
	else if (field.type === 'string' && field.format === 'date') parts.push('Date as YYYY-MM-DD');
	if (field.type === 'json') {
		parts.push(
			field.itemType
				? 'JSON array or comma-separated list'
				: field.jsonType === 'array'
					? 'JSON array'
					: 'JSON object',
		);
	}
	const text = parts.map((p) => p.replace(/\.$/, '')).join('. ');
	return text || undefined;
}

function jsonDefault(field: ClarusField): string {
	return field.jsonType === 'array' ? '[]' : '{}';
}

/** Passwords (FTP users' password and password_confirmation) and other secrets are masked in the editor. */
export const isSecretField = (field: ClarusField) => /(^|_)(password|secret|token)(_|$)/i.test(field.name);

/** The n8n parameter for one spec field (`name` is the parameter name). */
export function fieldProperty(field: ClarusField, name: string, required: boolean): INodeProperties {
	const base = {
		displayName: field.displayName,
		name,
		...(required ? { required: true } : {}),
		description: fieldDescription(field),
	};
	// `<x>_id` attributes are typed IDs here, as version 1 was released; version 2 gives the
	// required ones a record picker (v2/description.ts)
	switch (field.type) {
		case 'number':
			return {
				...base,
				type: 'number',
				default: typeof field.default === 'number' ? field.default : 0,
				...(field.minimum !== undefined || field.maximum !== undefined
					? {
							typeOptions: {
								...(field.minimum !== undefined ? { minValue: field.minimum } : {}),
								...(field.maximum !== undefined ? { maxValue: field.maximum } : {}),
							},
						}
					: {}),
			};
		case 'boolean':
			return { ...base, type: 'boolean', default: typeof field.default === 'boolean' ? field.default : false };
		case 'options': {
			// the spec's default, else its example, else its first value (in the spec's order)
			const values = field.options ?? [];
			const preferred = [field.default, field.example].find((v) => v !== undefined && values.includes(v as string));
			const fallback = preferred ?? values[0] ?? '';
			return { ...base, type: 'options', options: fieldOptions(field), default: fallback };
		}
		case 'json':
			return { ...base, type: 'json', default: jsonDefault(field) };
		default:
			if (isSecretField(field)) return { ...base, type: 'string', typeOptions: { password: true }, default: '' };
			return {
				...base,
				type: 'string',
				default: typeof field.default === 'string' ? field.default : '',
				...(field.example !== undefined ? { placeholder: String(field.example) } : {}),
			};
	}
}

/** A parameter value converted to the field's type; undefined when an optional value is empty. */
export function fieldValue(
	ctx: IExecuteFunctions,
	field: ClarusField,
	value: unknown,
	itemIndex: number,
	required: boolean,
): unknown {
	const node = ctx.getNode();
	value = locatorValue(value);
	const fail = (why: string) => parameterError(node, field.displayName, why, itemIndex, { description: field.description });
	const empty = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
	if (empty) {
		if (required) throw fail('is required');
		return undefined;
	}
	switch (field.type) {
		case 'number': {
			const n = typeof value === 'number' ? value : Number(String(value).trim());
			if (!Number.isFinite(n)) throw fail(`must be a number, got "${String(value)}"`);
			return n;
		}
		case 'boolean':
			if (typeof value === 'boolean') return value;
			if (/^(true|yes|1)$/i.test(String(value).trim())) return true;
			if (/^(false|no|0)$/i.test(String(value).trim())) return false;
			throw fail(`must be true or false, got "${String(value)}"`);
		case 'json': {
			if (field.itemType && typeof value === 'string' && !/^\s*[[{]/.test(value)) {
				const list = splitList(value);
				if (field.itemType === 'integer' || field.itemType === 'number') {
					return list.map((entry) => {
						const n = Number(entry);
						if (!Number.isFinite(n)) throw fail(`must be a list of numbers, got "${entry}"`);
						return n;
					});
				}
				return list;
			}
			if (field.itemType && (typeof value === 'number' || typeof value === 'boolean')) return [value];
			return parseJsonParameter(node, value, field.displayName, itemIndex);
		}
		case 'options':
			return value;
		default:
			return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
	}
}

/** Converts the entries of an "Additional Fields" collection (only the fields the user added). */
export function collectionValues(
	ctx: IExecuteFunctions,
	fields: ClarusField[],
	values: IDataObject,
	itemIndex: number,
	requiredNames: Set<string> = new Set(),
): IDataObject {
	const out: IDataObject = {};
	for (const field of fields) {
		if (!(field.name in values)) {
			if (requiredNames.has(field.name)) fieldValue(ctx, field, undefined, itemIndex, true);
			continue;
		}
		const converted = fieldValue(ctx, field, values[field.name], itemIndex, requiredNames.has(field.name));
		if (converted !== undefined) out[field.name] = converted as IDataObject[keyof IDataObject];
	}
	return out;
}
