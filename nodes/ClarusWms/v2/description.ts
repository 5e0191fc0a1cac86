import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';
import { returnAllOrLimit } from '../../shared/descriptions';
import type { ClarusApiModel, ClarusField, ClarusOperation, ClarusResource } from '../model';
import { brief, isSecretField } from '../resources/fields';
import { defaultOperatorOf, filtersProperty, getManyOptionsProperty } from '../resources/getMany';
import { graphqlDescription } from '../resources/graphql';
import { apiRequestDescription } from '../resources/apiRequest';
import { operationProperty, resourceOptionsOf, resourceProperty } from '../resources';
import { relationshipProperty } from '../resources/rest';
import { idTarget, recordLocator, SEARCH_SELECTED_RESOURCE } from '../resources/search';

/**
 * Version 2 of the Clarus WMS node: the same resources and operations as version 1 (plus Get
 * where Clarus's list can be filtered by ID), with parameters SHARED across them instead of one
 * copy per operation:
 * - `id`: the record's own path ID, one resource locator whose list searches the selected resource;
 * - the other path parameters and the required `<x>_id` attributes that point at a listed resource:
 *   resource locators named by the spec's own parameter/attribute name (`product_id`, `account_id`);
 * - `columns`: one resource mapper for the body attributes, its fields loaded from the bundled
 *   model for the selected operation (v2/methods.ts);
 * - `query_<name>`, `rel_<name>`, `binaryProperty`, `simplify`, `filters`, `options`, `returnAll`,
 *   `limit`: one definition each (or a few, with mutually exclusive display options).
 * Every name is either hand-written or the vendor's own wire name of the parameter, so no spec
 * update can rename one (test/unit/clarus-names.test.js).
 */

export const MAPPER_METHOD = 'getColumns';

/** Hand-written parameter names of version 2 (the rest are the vendor's wire names). */
export const V2_FIXED_NAMES = ['authentication', 'resource', 'operation', 'id', 'columns', 'binaryProperty', 'simplify', 'filters', 'options', 'returnAll', 'limit', 'requestOptions'];

/** An update sends only what the user sets: version 2 requires none of its attributes. */
export const isRequiredV2 = (operation: ClarusOperation, field: ClarusField) => field.required && !operation.partial && operation.kind !== 'update';

/** Where each body attribute of an operation goes in version 2. */
export interface FieldPlacement {
	/** Required `<x>_id` attributes with a picker of their own, or the value of the path parameter of the same name. */
	located: ClarusField[];
	/** Passwords and other secrets: masked parameters of their own (a resource mapper cannot mask). */
	secret: ClarusField[];
	/** Everything else: the resource mapper. */
	mapped: ClarusField[];
}

export function placeFields(operation: ClarusOperation, listed?: Map<string, ClarusResource>): FieldPlacement {
	const pathNames = new Set(operation.pathParams.map((p) => p.name));
	const out: FieldPlacement = { located: [], secret: [], mapped: [] };
	for (const field of operation.fields) {
		const scalar = field.type === 'number' || field.type === 'string';
		if (isRequiredV2(operation, field) && scalar && (pathNames.has(field.name) || idTarget(field.name, listed))) out.located.push(field);
		else if (isSecretField(field)) out.secret.push(field);
		else out.mapped.push(field);
	}
	return out;
}

/** Resources whose GraphQL list can be filtered by ID get a Get operation in version 2. */
export const canGet = (resource: ClarusResource) => !!resource.list?.filters.some((f) => f.name === 'id' && f.operators.includes('eq'));

type Show = NonNullable<IDisplayOptions['show']>;

/**
 * Display conditions for a parameter wanted by some (resource, operation) pairs: as few
 * resource × operation rectangles as the greedy merge finds, none containing an existing pair
 * that does not want the parameter (so two definitions of one name never show together).
 */
export function coverPairs(want: Array<[string, string]>, exists: (resource: string, operation: string) => boolean): Show[] {
	const wanted = new Set(want.map(([r, o]) => `${r}\u0000${o}`));
	const byOperation = new Map<string, Set<string>>();
	for (const [r, o] of want) {
		if (!byOperation.has(o)) byOperation.set(o, new Set());
		byOperation.get(o)!.add(r);
	}
	const rects: Array<{ resources: Set<string>; operations: Set<string> }> = [];
	const valid = (resources: Set<string>, operations: Set<string>) => {
		for (const r of resources) for (const o of operations) if (exists(r, o) && !wanted.has(`${r}\u0000${o}`)) return false;
		return true;
	};
	const ordered = [...byOperation.entries()].sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]));
	for (const [operation, resources] of ordered) {
		let placed = false;
		for (const rect of rects) {
			const mergedResources = new Set([...rect.resources, ...resources]);
			const mergedOperations = new Set([...rect.operations, operation]);
			if (valid(mergedResources, mergedOperations)) {
				rect.resources = mergedResources;
				rect.operations = mergedOperations;
				placed = true;
				break;
			}
		}
		if (!placed) rects.push({ resources: new Set(resources), operations: new Set([operation]) });
	}
	return rects.map((rect) => ({ resource: [...rect.resources].sort(), operation: [...rect.operations].sort() }));
}

/** Collects shared parameters (name + shape) and the pairs that want each, then emits them with covering display options. */
class SharedParameters {
	private groups = new Map<string, { template: INodeProperties; want: Array<[string, string]> }>();

	/** `template` without display options; `shape` tells apart definitions of one name (type, required, target). */
	add(template: INodeProperties, resource: string, operation: string, shape = '') {
		const key = `${template.name}\u0000${shape}`;
		if (!this.groups.has(key)) this.groups.set(key, { template, want: [] });
		this.groups.get(key)!.want.push([resource, operation]);
	}

	emit(exists: (resource: string, operation: string) => boolean): INodeProperties[] {
		const out: INodeProperties[] = [];
		for (const { template, want } of this.groups.values()) {
			for (const show of coverPairs(want, exists)) out.push({ ...template, displayOptions: { show } });
		}
		return out;
	}
}

/** Version 2 adds Get where Clarus's list filters by ID. */
function v2OperationProperty(resource: ClarusResource): INodeProperties {
	const label = resource.displayName.toLowerCase();
	const get = canGet(resource) ? [{ name: 'Get', value: 'get', action: `Get a ${label} record`, description: `Get one ${label} record by its ID` }] : [];
	return operationProperty(resource, get);
}

const idLocator = (displayName: string, description: string | undefined, target: ClarusResource | string) =>
	recordLocator({ displayName, name: '', required: true, description }, target);

/** The version-2 properties (after Authentication) built from a model: the bundled one, or a regenerated one in tests. */
export function buildV2Properties(api: ClarusApiModel): INodeProperties[] {
	const listed = new Map(api.resources.filter((r) => r.list).map((r) => [r.key, r]));
	const operationsOf = new Map<string, Set<string>>();
	for (const r of api.resources) {
		const ops = new Set(r.operations.map((o) => o.key));
		if (r.list) ops.add('getAll');
		if (canGet(r)) ops.add('get');
		operationsOf.set(r.key, ops);
	}
	const exists = (resource: string, operation: string) => !!operationsOf.get(resource)?.has(operation);

	const shared = new SharedParameters();
	// ordered as the editor shows them: record, other path IDs, query, file, attributes, flags
	const paths = new SharedParameters();
	const queries = new SharedParameters();
	const located = new SharedParameters();
	const secrets = new SharedParameters();
	const simplify = new SharedParameters();
	for (const resource of api.resources) {
		for (const op of resource.operations) {
			for (const p of op.pathParams) {
				if (p.name === 'id') {
					paths.add({ ...idLocator('Record', 'The record to act on', SEARCH_SELECTED_RESOURCE), name: 'id' }, resource.key, op.key, 'rl');
					continue;
				}
				const target = idTarget(p.name, listed);
				const base = { displayName: p.displayName, name: p.name, required: true, description: brief(p.description) };
				if (target) paths.add(recordLocator(base, target), resource.key, op.key, `rl:${target.key}`);
				else paths.add({ ...base, type: 'string', default: '' }, resource.key, op.key, 'string');
			}
			for (const p of op.queryParams) {
				queries.add(
					{ displayName: p.displayName, name: `query_${p.name}`, type: 'string', default: '', ...(p.required ? { required: true } : {}), description: brief(p.description) },
					resource.key,
					op.key,
					p.required ? 'required' : '',
				);
			}
			if (op.body === 'binary') {
				shared.add(
					{
						displayName: 'Input Binary Field',
						name: 'binaryProperty',
						type: 'string',
						required: true,
						default: 'data',
						hint: 'The name of the input binary field containing the file to upload',
						description: 'The file is sent as the raw request body (application/octet-stream)',
					},
					resource.key,
					op.key,
				);
			}
			const placement = placeFields(op, listed);
			const pathNames = new Set(op.pathParams.map((p) => p.name));
			for (const field of placement.located) {
				if (pathNames.has(field.name)) continue; // the path parameter of that name gives the value
				const target = idTarget(field.name, listed)!;
				located.add(recordLocator({ displayName: field.displayName, name: field.name, required: true, description: brief(field.description) }, target), resource.key, op.key, `rl:${target.key}`);
			}
			for (const field of placement.secret) {
				const required = isRequiredV2(op, field);
				secrets.add(
					{ displayName: field.displayName, name: field.name, type: 'string', typeOptions: { password: true }, default: '', ...(required ? { required: true } : {}) },
					resource.key,
					op.key,
					required ? 'required' : '',
				);
			}
			if (placement.mapped.length) {
				shared.add(
					{
						displayName: 'Fields',
						name: 'columns',
						type: 'resourceMapper',
						noDataExpression: true,
						default: { mappingMode: 'defineBelow', value: null },
						typeOptions: {
							loadOptionsDependsOn: ['resource', 'operation'],
							resourceMapper: {
								resourceMapperMethod: MAPPER_METHOD,
								mode: 'add',
								fieldWords: { singular: 'field', plural: 'fields' },
								addAllFields: false,
								multiKeyMatch: false,
								supportAutoMap: true,
							},
						},
					},
					resource.key,
					op.key,
				);
			}
			for (const rel of op.relationships) {
				shared.add(relationshipProperty(`rel_${rel.name}`, rel, undefined, true), resource.key, op.key, JSON.stringify(rel));
			}
			if (op.successStatus !== 204) {
				simplify.add(
					{
						displayName: 'Simplify',
						name: 'simplify',
						type: 'boolean',
						default: true,
						description: 'Whether to flatten the JSON:API answer to ID, type and attributes',
					},
					resource.key,
					op.key,
				);
			}
		}
		if (canGet(resource)) paths.add({ ...idLocator('Record', 'The record to act on', SEARCH_SELECTED_RESOURCE), name: 'id' }, resource.key, 'get', 'rl');
	}

	const listedKeys = [...listed.keys()];
	const withFilters = [...listed.values()].filter((r) => r.list!.filters.length);
	const operatorsOf = withFilters.map((r) => defaultOperatorOf([...new Set(r.list!.filters.flatMap((f) => f.operators))]));
	const getMany: INodeProperties[] = listedKeys.length
		? [
				...returnAllOrLimit({ resource: listedKeys, operation: ['getAll'] }),
				...(withFilters.length
					? [filtersProperty('filters', { resource: withFilters.map((r) => r.key), operation: ['getAll'] }, '', operatorsOf.every((o) => o === 'eq') ? 'eq' : '')]
					: []),
				getManyOptionsProperty('options', { resource: listedKeys, operation: ['getAll'] }),
			]
		: [];

	return [
		resourceProperty(resourceOptionsOf(api.resources)),
		...api.resources.map(v2OperationProperty),
		...paths.emit(exists),
		...queries.emit(exists),
		...located.emit(exists),
		...secrets.emit(exists),
		...shared.emit(exists),
		...simplify.emit(exists),
		...getMany,
		...graphqlDescription,
		...apiRequestDescription,
	];
}
