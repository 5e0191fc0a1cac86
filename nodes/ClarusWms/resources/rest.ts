import type { IDataObject, IDisplayOptions, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { parameterError } from '../../shared/errors';
import type { ClarusField, ClarusOperation, ClarusRelationship, ClarusResource } from '../model';
import { clarusApiRequest } from '../transport';
import { brief, collectionValues, fieldProperty, fieldValue, paramName } from './fields';
import { idTarget, locatorValue, recordLocator } from './search';

/**
 * The REST operations of the spec (create, update, delete, custom actions) as node parameters and
 * as requests: path parameters, then the attributes the spec requires, then the optional ones
 * under "Additional Fields" ("Update Fields" for updates), the JSON:API relationships, and the
 * JSON:API envelope `{"data": {"type", "attributes", "relationships"}}` built for the user.
 */

/**
 * How an operation's parameters are named and its attributes read: version 1 names every
 * parameter per resource and operation from generated/names.json and reads one parameter per
 * attribute; version 2 shares names (v2/naming.ts) and reads attributes from its resource mapper.
 * `name` takes the version-1 suffix: `path_id`, `query_ids`, `binaryProperty`, `simplify`, `rel_address`.
 */
export interface RestNaming {
	name(suffix: string): string;
	attributes(ctx: IExecuteFunctions, itemIndex: number): IDataObject;
}

/** Whether the node asks for a field as required: an update whose schema is the create schema asks for none. */
export const isRequired = (operation: ClarusOperation, field: ClarusField) => field.required && !operation.partial;

const otherFieldsLabel = (operation: ClarusOperation) =>
	operation.kind === 'update' ? { displayName: 'Update Fields', suffix: 'updateFields' } : { displayName: 'Additional Fields', suffix: 'additionalFields' };

function pathParamDisplayName(resource: ClarusResource, name: string, displayName: string): string {
	return name === 'id' ? `${resource.displayName} ID` : displayName;
}

/**
 * A relationship's parameter; without `show` (version 2 adds its display options itself).
 * `pickers` (version 2): a required `<x>_id` of a related record picks from x's list.
 */
export function relationshipProperty(
	name: string,
	rel: ClarusRelationship,
	show?: IDisplayOptions['show'],
	pickers = false,
): INodeProperties {
	const displayOptions = show ? { displayOptions: { show } } : {};
	const entry = (f: ClarusField) => {
		const target = pickers && f.required && (f.type === 'number' || f.type === 'string') ? idTarget(f.name) : undefined;
		return target
			? recordLocator({ displayName: f.displayName, name: f.name, required: true, description: brief(f.description) }, target)
			: fieldProperty(f, f.name, f.required);
	};
	const fields = [...rel.fields].sort((a, b) => a.displayName.localeCompare(b.displayName));
	if (rel.many) {
		return {
			displayName: rel.displayName,
			name,
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: `Add ${rel.displayName}`,
			...displayOptions,
			default: {},
			description: brief(rel.description),
			options: [
				{
					displayName: rel.displayName,
					name: 'items',
					values: fields.map(entry),
				},
			],
		};
	}
	return {
		displayName: rel.displayName,
		name,
		type: 'collection',
		placeholder: `Add ${rel.displayName} Field`,
		...displayOptions,
		default: {},
		description: brief(rel.description),
		options: fields.map((f) => fieldProperty(f, f.name, false)),
	};
}

export function restOperationProperties(resource: ClarusResource, operation: ClarusOperation): INodeProperties[] {
	const show = { resource: [resource.key], operation: [operation.key] };
	const props: INodeProperties[] = [];
	for (const p of operation.pathParams) {
		// plain text IDs in version 1, as released (record pickers come with version 2)
		props.push({
			displayName: pathParamDisplayName(resource, p.name, p.displayName),
			name: paramName(resource.key, operation.key, `path_${p.name}`),
			type: 'string',
			required: true,
			displayOptions: { show },
			default: '',
			description: brief(p.description),
		});
	}
	for (const p of operation.queryParams) {
		props.push({
			displayName: p.displayName,
			name: paramName(resource.key, operation.key, `query_${p.name}`),
			type: 'string',
			required: p.required,
			displayOptions: { show },
			default: '',
			description: brief(p.description),
		});
	}
	if (operation.body === 'binary') {
		props.push({
			displayName: 'Input Binary Field',
			name: paramName(resource.key, operation.key, 'binaryProperty'),
			type: 'string',
			required: true,
			displayOptions: { show },
			default: 'data',
			hint: 'The name of the input binary field containing the file to upload',
			description: 'The file is sent as the raw request body (application/octet-stream)',
		});
	}
	const required = operation.fields.filter((f) => isRequired(operation, f));
	const optional = operation.fields.filter((f) => !isRequired(operation, f));
	for (const field of required) {
		props.push({ ...fieldProperty(field, paramName(resource.key, operation.key, field.name), true), displayOptions: { show } });
	}
	if (optional.length) {
		const label = otherFieldsLabel(operation);
		props.push({
			displayName: label.displayName,
			name: paramName(resource.key, operation.key, label.suffix),
			type: 'collection',
			placeholder: 'Add Field',
			displayOptions: { show },
			default: {},
			options: [...optional]
				.sort((a, b) => a.displayName.localeCompare(b.displayName))
				.map((f) => fieldProperty(f, f.name, false)),
		});
	}
	for (const rel of operation.relationships) props.push(relationshipProperty(paramName(resource.key, operation.key, `rel_${rel.name}`), rel, show));
	if (operation.successStatus !== 204) {
		props.push({
			displayName: 'Simplify',
			name: paramName(resource.key, operation.key, 'simplify'),
			type: 'boolean',
			displayOptions: { show },
			default: true,
			description: 'Whether to flatten the JSON:API answer to ID, type and attributes',
		});
	}
	return props;
}

/**
 * A record-ID parameter's text: the value of a resource locator, or the plain text a version-1
 * parameter holds (also when a saved workflow stored a locator value `{__rl, mode, value}` there:
 * version 1 had pickers for a day).
 */
export function idParameterValue(ctx: IExecuteFunctions, name: string, itemIndex: number): string {
	const raw = locatorValue(ctx.getNodeParameter(name, itemIndex, '', { extractValue: true }));
	return String(raw ?? '').trim();
}

function pathValue(ctx: IExecuteFunctions, resource: ClarusResource, operation: ClarusOperation, naming: RestNaming, itemIndex: number): string {
	let path = operation.path;
	for (const p of operation.pathParams) {
		const value = idParameterValue(ctx, naming.name(`path_${p.name}`), itemIndex);
		const label = pathParamDisplayName(resource, p.name, p.displayName);
		if (value === '') throw parameterError(ctx.getNode(), label, 'is required', itemIndex);
		if (p.schemaType === 'integer' && !/^\d+$/.test(value)) {
			throw parameterError(ctx.getNode(), label, `must be a whole number, got "${value}"`, itemIndex, {
				description: 'Clarus record IDs are integers.',
			});
		}
		path = path.replace(`{${p.name}}`, encodeURIComponent(value));
	}
	return path;
}

function relationshipsValue(ctx: IExecuteFunctions, operation: ClarusOperation, naming: RestNaming, itemIndex: number): IDataObject | undefined {
	const out: IDataObject = {};
	for (const rel of operation.relationships) {
		const raw = ctx.getNodeParameter(naming.name(`rel_${rel.name}`), itemIndex, {}) as IDataObject;
		if (rel.many) {
			const items = (raw.items ?? []) as IDataObject[];
			if (!items.length) continue;
			const requiredNames = new Set(rel.fields.filter((f) => f.required).map((f) => f.name));
			out[rel.name] = {
				data: items.map((item) => ({ attributes: collectionValues(ctx, rel.fields, item, itemIndex, requiredNames) })),
			};
		} else {
			const attributes = collectionValues(ctx, rel.fields, raw, itemIndex);
			if (!Object.keys(attributes).length) continue;
			out[rel.name] = { data: { ...(rel.type ? { type: rel.type } : {}), attributes } };
		}
	}
	return Object.keys(out).length ? out : undefined;
}

function attributesValue(ctx: IExecuteFunctions, resource: ClarusResource, operation: ClarusOperation, itemIndex: number): IDataObject {
	const attributes: IDataObject = {};
	for (const field of operation.fields.filter((f) => isRequired(operation, f))) {
		const raw = ctx.getNodeParameter(paramName(resource.key, operation.key, field.name), itemIndex, undefined) as unknown;
		attributes[field.name] = fieldValue(ctx, field, raw, itemIndex, true) as IDataObject[keyof IDataObject];
	}
	const optional = operation.fields.filter((f) => !isRequired(operation, f));
	if (optional.length) {
		const label = otherFieldsLabel(operation);
		const values = ctx.getNodeParameter(paramName(resource.key, operation.key, label.suffix), itemIndex, {}) as IDataObject;
		Object.assign(attributes, collectionValues(ctx, optional, values, itemIndex));
	}
	return attributes;
}

/** `{id, type, ...attributes}` for each record of a JSON:API answer. */
export function simplifyRecords(body: IDataObject): IDataObject[] | undefined {
	const data = body.data;
	const records = Array.isArray(data) ? data : data && typeof data === 'object' ? [data] : undefined;
	if (!records) return undefined;
	return (records as IDataObject[]).map((record) => {
		const { attributes, ...rest } = record;
		return { ...rest, ...((attributes && typeof attributes === 'object' ? attributes : {}) as IDataObject) };
	});
}

/** Version 1: one parameter per attribute and operation, names from generated/names.json. */
export function v1Naming(resource: ClarusResource, operation: ClarusOperation): RestNaming {
	return {
		name: (suffix) => paramName(resource.key, operation.key, suffix),
		attributes: (ctx, itemIndex) => attributesValue(ctx, resource, operation, itemIndex),
	};
}

export function restOperationHandler(resource: ClarusResource, operation: ClarusOperation, naming: RestNaming = v1Naming(resource, operation)) {
	return async function (this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]> {
		// Everything is read and checked before the request is sent.
		const path = pathValue(this, resource, operation, naming, itemIndex);
		const qs: IDataObject = {};
		for (const p of operation.queryParams) {
			const value = idParameterValue(this, naming.name(`query_${p.name}`), itemIndex);
			if (value === '' && p.required) throw parameterError(this.getNode(), p.displayName, 'is required', itemIndex);
			if (value !== '') qs[p.name] = p.name === 'ids' ? value.split(',').map((v) => v.trim()).filter(Boolean).join(',') : value;
		}
		let body: IDataObject | Buffer | undefined;
		const headers: IDataObject = {};
		if (operation.body === 'jsonapi') {
			const data: IDataObject = {};
			if (operation.type) data.type = operation.type;
			data.attributes = naming.attributes(this, itemIndex);
			const relationships = relationshipsValue(this, operation, naming, itemIndex);
			if (relationships) data.relationships = relationships;
			body = { data };
		} else if (operation.body === 'json') {
			body = naming.attributes(this, itemIndex);
		} else if (operation.body === 'binary') {
			const property = this.getNodeParameter(naming.name('binaryProperty'), itemIndex) as string;
			const binary = this.helpers.assertBinaryData(itemIndex, property);
			body = await this.helpers.getBinaryDataBuffer(itemIndex, property);
			if (operation.headerParams?.some((h) => h.name.toLowerCase() === 'content-disposition')) {
				const fileName = (binary.fileName ?? 'upload.bin').replace(/["\\\r\n]/g, '_');
				headers['Content-Disposition'] = `attachment; filename="${fileName}"`;
			}
		}
		const response = await clarusApiRequest.call(this, {
			method: operation.method,
			path,
			qs: Object.keys(qs).length ? qs : undefined,
			body,
			headers,
			itemIndex,
		});
		const result = response.body;
		if (response.statusCode === 204 || result === undefined || result === null || result === '') {
			if (operation.kind !== 'delete' && operation.kind !== 'deleteMany') return { success: true };
			const deleted: IDataObject = { deleted: true };
			const recordId = operation.pathParams.some((p) => p.name === 'id') ? idParameterValue(this, naming.name('path_id'), itemIndex) : undefined;
			if (recordId) deleted.id = Number(recordId);
			for (const [name, value] of Object.entries(qs)) deleted[name] = value;
			return deleted;
		}
		if (typeof result !== 'object') return { data: result as string };
		const simplify = operation.successStatus !== 204 && (this.getNodeParameter(naming.name('simplify'), itemIndex, true) as boolean);
		if (simplify) {
			const records = simplifyRecords(result as IDataObject);
			if (records) return records;
		}
		return result as IDataObject;
	};
}
