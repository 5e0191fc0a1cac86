import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { parameterError } from '../../shared/errors';
import { article, fieldLabel, type ItemPathResource } from './model';

const GUID_EXAMPLE = '6F9619FF-8B86-D011-B42D-00C04FC964FF';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The name of a resource's list-search method, e.g. `searchOrderLines`. */
export function searchMethodName(resource: ItemPathResource): string {
	return `search${resource.path.replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase())}`;
}

/** The name of the list search that picks a resource by name: `searchMaterialNames`. */
export function searchByNameMethod(resource: ItemPathResource): string {
	return `${searchMethodName(resource).replace(/s$/, '')}Names`;
}

/**
 * A parameter that identifies or names another record: version 1 keeps `v1` exactly as saved
 * workflows have it; from version 2 the same parameter is a resource locator, From List (searched
 * in ItemPath) or typed By ID / By Name. In real n8n 2.40.7 a plain string saved under a locator
 * runs, but the editor shows it with no mode selected, hence the version. Read it with
 * `getNodeParameter(name, i, undefined, { extractValue: true })`, which gives both as text.
 */
export function pickerSince2(
	v1: INodeProperties,
	resource: ItemPathResource,
	by: 'id' | 'name',
	description = v1.description,
): INodeProperties[] {
	const show = v1.displayOptions?.show ?? {};
	return [
		{ ...v1, displayOptions: { ...v1.displayOptions, show: { '@version': [1], ...show } } },
		{
			displayName: v1.displayName,
			name: v1.name,
			type: 'resourceLocator',
			required: v1.required,
			displayOptions: { ...v1.displayOptions, show: { '@version': [{ _cnd: { gte: 2 } }], ...show } },
			default: { mode: 'list', value: '' },
			description,
			modes: [
				{
					displayName: 'From List',
					name: 'list',
					type: 'list',
					placeholder: `Select ${article(resource.name)}...`,
					typeOptions: { searchListMethod: by === 'id' ? searchMethodName(resource) : searchByNameMethod(resource), searchable: true },
				},
				{
					displayName: by === 'id' ? 'By ID' : 'By Name',
					name: by,
					type: 'string',
					placeholder: by === 'id' ? `e.g. ${resource.idType === 'guid' ? GUID_EXAMPLE : '123'}` : `e.g. ${v1.placeholder ?? ''}`,
				},
			],
		},
	];
}

/** The ID parameter of Get, Update and Delete (a picker from version 2). */
export function idProperties(resource: ItemPathResource): INodeProperties[] {
	const operations = resource.operations.filter((op) => op === 'get' || op === 'update' || op === 'delete');
	if (operations.length === 0) return [];
	const label = resource.name.toLowerCase();
	const guid = resource.idType === 'guid';
	const v1: INodeProperties = {
		displayName: `${resource.name} ID`,
		name: 'id',
		type: 'string',
		required: true,
		displayOptions: { show: { resource: [resource.value], operation: operations } },
		default: '',
		placeholder: guid ? GUID_EXAMPLE : '123',
		description: guid ? `The ID of the ${label} in ItemPath (a GUID)` : `The numeric ID of the ${label} in ItemPath`,
	};
	const searched = resource.search?.field ? fieldLabel(resource.search.field).toLowerCase() : 'name';
	return pickerSince2(
		v1,
		resource,
		'id',
		`The ${label} in ItemPath: pick it from the list (search by ${searched}) or enter its ${guid ? 'ID (a GUID)' : 'numeric ID'}`,
	);
}

/**
 * The ID parameter, checked before any request: a positive whole number or a GUID (ItemPath's
 * docs show GUIDs for most resources and integers for a few).
 */
export function recordId(ctx: IExecuteFunctions, itemIndex: number, resource: ItemPathResource, parameter = 'id'): string {
	// extractValue: a resource locator gives its value; a plain string (older workflows) is kept.
	const raw = ctx.getNodeParameter(parameter, itemIndex, undefined, { extractValue: true });
	const id = String(raw ?? '').trim();
	if ((/^\d+$/.test(id) && Number(id) >= 1) || GUID.test(id)) return id;
	throw parameterError(ctx.getNode(), `${resource.name} ID`, `must be a positive whole number or a GUID, got "${id}"`, itemIndex);
}
