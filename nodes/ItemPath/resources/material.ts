import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { itemPathApiRequest } from '../transport';
import {
	ITEMPATH_RESOURCES,
	filledFields,
	getManyProperties,
	idProperty,
	infoFields,
	operationProperty,
	recordId,
	requireSomething,
	requiredText,
} from './common';

const resource = ITEMPATH_RESOURCES.material;

const materialFields: INodeProperties[] = [
	{ displayName: 'Description', name: 'description', type: 'string', default: '', description: 'What the material is' },
	...infoFields,
	{
		displayName: 'Unit of Measure',
		name: 'unitOfMeasure',
		type: 'string',
		default: '',
		placeholder: 'pcs',
		description: 'The unit quantities of this material are counted in',
	},
];

export const materialDescription: INodeProperties[] = [
	operationProperty(resource),
	idProperty(resource),
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		displayOptions: { show: { resource: ['material'], operation: ['create'] } },
		default: '',
		placeholder: 'MAT-00001',
		description: 'The material name (its code); it must be unique in ItemPath',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		displayOptions: { show: { resource: ['material'], operation: ['create'] } },
		default: {},
		options: materialFields,
	},
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		displayOptions: { show: { resource: ['material'], operation: ['update'] } },
		default: {},
		options: [
			...materialFields,
			{ displayName: 'Name', name: 'name', type: 'string' as const, default: '', description: 'A new, unique material name' },
		].sort((a: INodeProperties, b: INodeProperties) => a.displayName.localeCompare(b.displayName)),
	},
	...getManyProperties(resource),
];

export async function createMaterial(this: IExecuteFunctions, itemIndex: number) {
	const body: IDataObject = {
		name: requiredText(this, this.getNodeParameter('name', itemIndex), 'The "Name" parameter', itemIndex),
		...filledFields(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
	};
	const { body: created } = await itemPathApiRequest.call(this, {
		method: 'POST',
		path: '/materials',
		body,
		itemIndex,
		checkHint: `Check in ItemPath whether the material "${String(body.name)}" exists`,
	});
	return created as IDataObject;
}

export async function updateMaterial(this: IExecuteFunctions, itemIndex: number) {
	const id = recordId(this, itemIndex, resource);
	const body = filledFields(this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject);
	requireSomething(this, itemIndex, body);
	const { body: updated } = await itemPathApiRequest.call(this, {
		method: 'POST',
		path: `/materials/${id}`,
		body,
		itemIndex,
		checkHint: `Check in ItemPath whether material ${id} has the new values`,
	});
	return updated as IDataObject;
}
