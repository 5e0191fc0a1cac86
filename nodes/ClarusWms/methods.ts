import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { clarusApi } from './generated/operations';
import { filterFieldOptions, filterOperatorOptions } from './resources/getMany';

/**
 * Options the editor loads on demand instead of carrying them in the node description: the
 * filter fields and operators of each resource's Get Many come from the bundled model.
 */
const selectedResource = (ctx: ILoadOptionsFunctions) => {
	const key = ctx.getCurrentNodeParameter('resource') as string;
	return clarusApi.resources.find((r) => r.key === key);
};

export const loadOptions = {
	async getFilterFields(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return filterFieldOptions(selectedResource(this));
	},
	async getFilterOperators(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return filterOperatorOptions(selectedResource(this));
	},
};
