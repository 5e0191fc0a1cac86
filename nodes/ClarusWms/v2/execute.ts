import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { itemError, parameterError } from '../../shared/errors';
import { concurrent, type ConcurrentHandler, type OperationHandlers, type PerItemHandler } from '../../shared/router';
import { clarusApi } from '../generated/operations';
import type { ClarusOperation, ClarusResource } from '../model';
import { clarusConnectionRecords } from '../pagination';
import { apiRequest } from '../resources/apiRequest';
import { fieldValue } from '../resources/fields';
import { getManyHandler, listQuery } from '../resources/getMany';
import { executeGraphql } from '../resources/graphql';
import { idParameterValue, restOperationHandler, type RestNaming } from '../resources/rest';
import { canGet, isRequiredV2, placeFields } from './description';

/**
 * Version 2's operations: the same requests as version 1 (resources/rest.ts, getMany.ts), with
 * the shared parameter names of v2/description.ts and the body attributes from the `columns`
 * resource mapper.
 */

interface MapperValue {
	mappingMode?: 'defineBelow' | 'autoMapInputData';
	value?: IDataObject | null;
}

/** The attributes of one item: picked IDs, masked secrets, and the resource mapper's fields, each converted to its model type. */
export function attributesV2(ctx: IExecuteFunctions, operation: ClarusOperation, itemIndex: number): IDataObject {
	const placement = placeFields(operation);
	const out: IDataObject = {};
	const set = (name: string, value: unknown) => {
		if (value !== undefined) out[name] = value as IDataObject[keyof IDataObject];
	};
	for (const field of placement.located) {
		set(field.name, fieldValue(ctx, field, idParameterValue(ctx, field.name, itemIndex), itemIndex, true));
	}
	for (const field of placement.secret) {
		set(field.name, fieldValue(ctx, field, ctx.getNodeParameter(field.name, itemIndex, ''), itemIndex, isRequiredV2(operation, field)));
	}
	if (!placement.mapped.length) return out;
	// `columns` as a whole: n8n checks `columns.value` against the editor's saved schema, the node
	// checks each value against the bundled model and names the field and the item itself.
	const columns = (ctx.getNodeParameter('columns', itemIndex, {}) ?? {}) as MapperValue;
	const values: IDataObject =
		columns.mappingMode === 'autoMapInputData' ? (ctx.getInputData()[itemIndex]?.json ?? {}) : (columns.value ?? {});
	for (const field of placement.mapped) {
		set(field.name, fieldValue(ctx, field, values[field.name], itemIndex, isRequiredV2(operation, field)));
	}
	return out;
}

const v2Naming = (operation: ClarusOperation): RestNaming => ({
	name: (suffix) => suffix.replace(/^path_/, ''),
	attributes: (ctx, itemIndex) => attributesV2(ctx, operation, itemIndex),
});

/** Get (version 2): the record of that ID through the resource's GraphQL list, filtered by ID on Clarus's side. */
function getHandler(resource: ClarusResource) {
	return async function (this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
		const list = resource.list!;
		const id = idParameterValue(this, 'id', itemIndex);
		if (id === '') throw parameterError(this.getNode(), 'Record', 'is required', itemIndex);
		if (!/^\d+$/.test(id)) {
			throw parameterError(this.getNode(), 'Record', `must be a whole number, got "${id}"`, itemIndex, { description: 'Clarus record IDs are integers.' });
		}
		const [record] = await clarusConnectionRecords.call(this, {
			query: listQuery(resource, list.nodeSelection),
			variables: { filter: { id: { eq: Number(id) } } },
			path: [list.rootField, list.connection],
			pageSize: 1,
			limit: 1,
			itemIndex,
		});
		if (!record) {
			throw itemError(this.getNode(), `No ${resource.displayName.toLowerCase()} record has the ID ${id}`, itemIndex, {
				description: 'Pick the record from the list, or check the ID.',
			});
		}
		return record;
	};
}

export const clarusHandlersV2: OperationHandlers = {
	graphql: { execute: executeGraphql },
	apiRequest: { request: apiRequest },
};
for (const resource of clarusApi.resources) {
	const handlers: Record<string, PerItemHandler | ConcurrentHandler> = {};
	for (const op of resource.operations) handlers[op.key] = concurrent(restOperationHandler(resource, op, v2Naming(op)));
	if (resource.list) handlers.getAll = getManyHandler(resource, { filters: 'filters', options: 'options' });
	if (canGet(resource)) handlers.get = getHandler(resource);
	clarusHandlersV2[resource.key] = handlers;
}
