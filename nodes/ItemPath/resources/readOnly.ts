import type { INodeProperties } from 'n8n-workflow';
import { ITEMPATH_RESOURCES, getManyProperties, idProperties, operationProperty } from './common';

/** Resources ItemPath only lets the API read (Get and Get Many). */
export const READ_ONLY_RESOURCES = ['location', 'locationContent', 'station', 'transaction', 'warehouse'].map(
	(key) => ITEMPATH_RESOURCES[key],
);

export const readOnlyDescription: INodeProperties[] = READ_ONLY_RESOURCES.flatMap((resource) => [
	operationProperty(resource),
	...idProperties(resource),
	...getManyProperties(resource),
]);
