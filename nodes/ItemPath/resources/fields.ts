import type { IDataObject, IExecuteFunctions, INodeProperties, NodeParameterValueType } from 'n8n-workflow';
import { itemError, parameterError } from '../../shared/errors';
import { parseJsonParameter } from '../../shared/guards';
import { pickerSince2 } from './locators';
import { byName, fieldLabel, type FieldSpec, type ItemPathResource } from './model';

const INFO = ['Info1', 'Info2', 'Info3', 'Info4', 'Info5'];

/** Field specs: `text('name', 'lot')`, each a string field. */
export const text = (...names: string[]): FieldSpec[] => names.map((name) => ({ name, type: 'string' }));
export const numbers = (...names: string[]): FieldSpec[] => names.map((name) => ({ name, type: 'number' }));
export const flags = (...names: string[]): FieldSpec[] => names.map((name) => ({ name, type: 'boolean' }));
export const dates = (...names: string[]): FieldSpec[] => names.map((name) => ({ name, type: 'dateTime' }));
/** An options field with ItemPath's documented values: `choice('type', [1, 'Picking'], [2, 'Putting'])`. */
export const choice = (name: string, ...values: Array<[number | string, string]>): FieldSpec => ({
	name,
	type: 'options',
	options: values.map(([value, label]) => ({ name: label, value })),
});
/** Info1..Info5, ItemPath's free text fields. */
export const info = (): FieldSpec[] => text(...INFO);
/** The same fields, writable on Create (Additional Fields) and Update. */
export const writable = (fields: FieldSpec[]): FieldSpec[] => fields.map((f) => ({ ...f, create: 'optional', update: true }));
/** The same fields, in Create's Additional Fields only (resources without Update). */
export const optional = (fields: FieldSpec[]): FieldSpec[] => fields.map((f) => ({ ...f, create: 'optional' }));

const DEFAULTS: Record<FieldSpec['type'], NodeParameterValueType> = { string: '', number: 0, boolean: false, dateTime: '', options: '', json: '[]' };

/** A field as an editor parameter (inside a collection, or top level with `required`). */
export function fieldProperty(field: FieldSpec, required = false): INodeProperties {
	const property: INodeProperties = {
		displayName: field.displayName ?? fieldLabel(field.name),
		name: field.name,
		type: field.type,
		default: field.default ?? (field.type === 'options' ? (field.options?.[0]?.value ?? '') : DEFAULTS[field.type]),
		...(required ? { required: true } : {}),
		...(field.options ? { options: field.options } : {}),
		...(field.placeholder ? { placeholder: field.placeholder } : {}),
		description: field.description ?? (/^Info\d$/.test(field.name) ? `ItemPath's free text field ${field.name}` : undefined),
	};
	if (property.description === undefined) delete property.description;
	return property;
}

/** Info1..Info5 as editor parameters (order lines use them inside their fixed collection). */
export const infoFields: INodeProperties[] = info().map((f) => fieldProperty(f));

/** The Create and Update parameters of a resource, from its writable fields. */
export function writeProperties(
	resource: ItemPathResource,
	operations: Array<'create' | 'update'>,
	table: Record<string, ItemPathResource>,
): INodeProperties[] {
	const show = (operation: string) => ({ show: { resource: [resource.value], operation: [operation] } });
	const out: INodeProperties[] = [];
	if (operations.includes('create')) {
		for (const field of resource.fields.filter((f) => f.create === 'required')) {
			const property = { ...fieldProperty(field, true), displayOptions: show('create') };
			out.push(...(field.ref ? pickerSince2(property, table[field.ref], 'id') : [property]));
		}
		const optional = resource.fields.filter((f) => f.create === 'optional');
		if (optional.length) {
			out.push({
				displayName: 'Additional Fields',
				name: 'additionalFields',
				type: 'collection',
				placeholder: 'Add Field',
				displayOptions: show('create'),
				default: {},
				options: optional.map((f) => fieldProperty(f)).sort(byName),
			});
		}
	}
	if (operations.includes('update')) {
		out.push({
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			displayOptions: show('update'),
			default: {},
			options: resource.fields
				.filter((f) => f.update)
				.map((f) => fieldProperty(f.create === 'required' ? { ...f, description: f.updateDescription ?? `A new ${fieldLabel(f.name).toLowerCase()}` } : f))
				.sort(byName),
		});
	}
	return out;
}

/** Keeps only the fields the user filled in (an empty Info field is not sent). */
export function filledFields(fields: IDataObject): IDataObject {
	return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== null && v !== ''));
}

/** Throws if an Update has nothing to change. */
export function requireSomething(ctx: IExecuteFunctions, itemIndex: number, body: IDataObject, parameter = 'Update Fields') {
	if (Object.keys(body).length === 0) {
		throw itemError(ctx.getNode(), `"${parameter}" is empty: add at least one field to change`, itemIndex);
	}
}

/** A date(time) parameter as ItemPath accepts it; checked before any request. */
export function dateValue(ctx: IExecuteFunctions, value: unknown, parameter: string, itemIndex: number): string {
	const textValue = String(value ?? '').trim();
	if (Number.isNaN(Date.parse(textValue))) {
		throw parameterError(ctx.getNode(), parameter, `is not a date: "${textValue}"`, itemIndex, {
			description: 'Use a date like 2025-06-30 or a date and time like 2025-06-30T14:00:00.',
		});
	}
	return textValue;
}

/** A positive number parameter (quantities); checked before any request. */
export function positiveNumber(ctx: IExecuteFunctions, value: unknown, parameter: string, itemIndex: number): number {
	const n = typeof value === 'string' ? Number(value.trim()) : Number(value);
	if (value === '' || value === null || value === undefined || !Number.isFinite(n) || n <= 0) {
		throw itemError(ctx.getNode(), `${parameter} must be a number greater than 0, got "${String(value)}"`, itemIndex);
	}
	return n;
}

/** A required text parameter; checked before any request. */
export function requiredText(ctx: IExecuteFunctions, value: unknown, parameter: string, itemIndex: number): string {
	const textValue = String(value ?? '').trim();
	if (!textValue) throw itemError(ctx.getNode(), `${parameter} is empty`, itemIndex);
	return textValue;
}

/** One typed value for the body: dates checked, JSON parsed, numbers kept numbers. */
function typedValue(ctx: IExecuteFunctions, field: FieldSpec | undefined, value: unknown, itemIndex: number): IDataObject[string] {
	const label = field?.displayName ?? fieldLabel(field?.name ?? '');
	if (!field) return value as IDataObject[string];
	if (field.type === 'dateTime') return dateValue(ctx, value, label, itemIndex);
	if (field.type === 'json') return parseJsonParameter(ctx.getNode(), value, label, itemIndex);
	if (field.type === 'number') {
		const n = Number(value);
		if (typeof value === 'boolean' || !Number.isFinite(n)) throw parameterError(ctx.getNode(), label, `must be a number, got "${String(value)}"`, itemIndex);
		return n;
	}
	return value as IDataObject[string];
}

/**
 * The body of a Create or Update from the resource's typed fields: the required parameters (Create)
 * plus the filled-in collection fields; every value checked against its documented type.
 */
export function recordBody(ctx: IExecuteFunctions, itemIndex: number, resource: ItemPathResource, operation: 'create' | 'update'): IDataObject {
	const typed = new Map(resource.fields.map((f) => [f.name, f]));
	const body: IDataObject = {};
	if (operation === 'create') {
		for (const field of resource.fields.filter((f) => f.create === 'required')) {
			// extractValue: a picker (version 2) gives its value; a plain string (version 1) is kept.
			const value = ctx.getNodeParameter(field.name, itemIndex, undefined, { extractValue: true });
			const label = field.displayName ?? fieldLabel(field.name);
			body[field.name] = field.type === 'string' ? requiredText(ctx, value, `The "${label}" parameter`, itemIndex) : typedValue(ctx, field, value, itemIndex);
		}
	}
	const collection = filledFields(ctx.getNodeParameter(operation === 'create' ? 'additionalFields' : 'updateFields', itemIndex, {}) as IDataObject);
	for (const [key, value] of Object.entries(collection)) body[key] = typedValue(ctx, typed.get(key), value, itemIndex);
	return body;
}
