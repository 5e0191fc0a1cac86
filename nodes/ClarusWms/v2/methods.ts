import type { FieldType, ILoadOptionsFunctions, ResourceMapperField, ResourceMapperFields } from 'n8n-workflow';
import { clarusApi } from '../generated/operations';
import type { ClarusField, ClarusOperation } from '../model';
import { fieldOptions } from '../resources/fields';
import { listSearch, searchSelectedResource, SEARCH_SELECTED_RESOURCE } from '../resources/search';
import { isRequiredV2, MAPPER_METHOD, placeFields } from './description';

/**
 * Version 2's editor methods: the resource mapper's fields for the selected operation, from the
 * bundled model (required fields required, enums as options, types from the spec), and the
 * record pickers' list searches (the selected resource's list for `id`, each resource's own for
 * the attributes that point at one).
 */

function mapperType(field: ClarusField): FieldType {
	switch (field.type) {
		case 'number':
			return 'number';
		case 'boolean':
			return 'boolean';
		case 'options':
			return 'options';
		case 'json':
			return field.jsonType === 'array' ? 'array' : 'object';
		default:
			return 'string';
	}
}

export function mapperFields(operation: ClarusOperation | undefined): ResourceMapperField[] {
	if (!operation) return [];
	return placeFields(operation).mapped.map((field) => ({
		id: field.name,
		displayName: field.displayName,
		required: isRequiredV2(operation, field),
		defaultMatch: false,
		canBeUsedToMatch: false,
		display: true,
		// optional fields start out of the mapper (the user adds those to send), also when a saved
		// value has no schema yet; a field the saved value has is shown again by the editor
		removed: !isRequiredV2(operation, field),
		type: mapperType(field),
		...(field.type === 'options' ? { options: fieldOptions(field) } : {}),
	}));
}

function selectedOperation(ctx: ILoadOptionsFunctions): ClarusOperation | undefined {
	const resource = clarusApi.resources.find((r) => r.key === ctx.getCurrentNodeParameter('resource'));
	const key = ctx.getCurrentNodeParameter('operation');
	return resource?.operations.find((o) => o.key === key);
}

export const resourceMapping = {
	async [MAPPER_METHOD](this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
		return { fields: mapperFields(selectedOperation(this)) };
	},
};

export const listSearchV2 = { ...listSearch, [SEARCH_SELECTED_RESOURCE]: searchSelectedResource };
