import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { itemPathApiRequest, type ItemPathRequest } from '../transport';
import { recordBody, requireSomething } from './fields';
import { getManyRecords, simplified } from './list';
import { recordId } from './locators';
import { article, byName, type ItemPathOperation, type ItemPathResource, type ResourceHandler } from './model';

const OPERATION_TEXT: Record<ItemPathOperation, { name: string; action: (r: ItemPathResource) => string; description: (r: ItemPathResource) => string }> = {
	create: { name: 'Create', action: (r) => `Create ${article(r.name)}`, description: (r) => `Create ${article(r.name)}` },
	delete: { name: 'Delete', action: (r) => `Delete ${article(r.name)}`, description: (r) => `Delete ${article(r.name)} by ID` },
	get: { name: 'Get', action: (r) => `Get ${article(r.name)}`, description: (r) => `Get ${article(r.name)} by ID` },
	getAll: { name: 'Get Many', action: (r) => `Get many ${r.plural}`, description: (r) => `Get many ${r.plural}, optionally filtered` },
	update: { name: 'Update', action: (r) => `Update ${article(r.name)}`, description: (r) => `Update ${article(r.name)} by ID` },
};

/** The Operation dropdown of a resource. */
export function operationProperty(resource: ItemPathResource): INodeProperties {
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource.value] } },
		options: resource.operations
			.map((op) => ({
				name: OPERATION_TEXT[op].name,
				value: op,
				action: OPERATION_TEXT[op].action(resource),
				description: OPERATION_TEXT[op].description(resource),
			}))
			.sort(byName),
		default: 'getAll',
	};
}

/** A single-record answer as a record: `{"cost_center": {...}}` unwrapped where the resource wraps. */
export function singleRecord(resource: ItemPathResource, body: unknown): IDataObject {
	const object = (body && typeof body === 'object' && !Array.isArray(body) ? body : {}) as IDataObject;
	const inner = resource.single ? object[resource.single] : undefined;
	return inner && typeof inner === 'object' && !Array.isArray(inner) ? (inner as IDataObject) : object;
}

/**
 * The request of one generated operation of a table resource (Get Many has its own in list.ts):
 * documented path, method and typed body, every parameter checked before anything is sent.
 */
export function recordRequest(
	ctx: IExecuteFunctions,
	itemIndex: number,
	resource: ItemPathResource,
	operation: 'create' | 'delete' | 'get' | 'update',
): ItemPathRequest {
	const label = resource.name.toLowerCase();
	if (operation === 'create') {
		const body = recordBody(ctx, itemIndex, resource, 'create');
		const named = body.name === undefined ? '' : ` "${String(body.name)}"`;
		return {
			method: 'POST',
			path: `/${resource.path}`,
			body,
			itemIndex,
			checkHint: named ? `Check in ItemPath whether the ${label}${named} exists` : `Check in ItemPath whether the new ${label} exists`,
		};
	}
	const id = recordId(ctx, itemIndex, resource);
	const path = `/${resource.path}/${id}`;
	if (operation === 'get') return { method: 'GET', path, itemIndex };
	if (operation === 'delete') {
		return { method: 'DELETE', path, itemIndex, checkHint: `Check in ItemPath whether ${label} ${id} still exists` };
	}
	const body = recordBody(ctx, itemIndex, resource, 'update');
	requireSomething(ctx, itemIndex, body);
	return { method: resource.updateMethod ?? 'POST', path, body, itemIndex, checkHint: `Check in ItemPath whether ${label} ${id} has the new values` };
}

export async function getRecord(this: IExecuteFunctions, itemIndex: number, resource: ItemPathResource): Promise<IDataObject> {
	const { body } = await itemPathApiRequest.call(this, recordRequest(this, itemIndex, resource, 'get'));
	return simplified(this, itemIndex, resource, [singleRecord(resource, body)])[0];
}

async function writeRecord(this: IExecuteFunctions, itemIndex: number, resource: ItemPathResource, operation: 'create' | 'update') {
	const { body } = await itemPathApiRequest.call(this, recordRequest(this, itemIndex, resource, operation));
	return singleRecord(resource, body);
}

export async function deleteRecord(this: IExecuteFunctions, itemIndex: number, resource: ItemPathResource): Promise<IDataObject> {
	const request = recordRequest(this, itemIndex, resource, 'delete');
	const { body } = await itemPathApiRequest.call(this, request);
	const record = singleRecord(resource, body);
	if (Object.keys(record).length) return { ...record, deleted: true };
	const id = request.path.slice(request.path.lastIndexOf('/') + 1);
	return { id: /^\d+$/.test(id) ? Number(id) : id, deleted: true };
}

/** The generated handler of each operation (a table entry's `custom.handlers` replace these). */
export const GENERATED_HANDLERS: Record<ItemPathOperation, ResourceHandler> = {
	get: getRecord,
	getAll: getManyRecords,
	create: async function (this: IExecuteFunctions, itemIndex: number, resource: ItemPathResource) {
		return await writeRecord.call(this, itemIndex, resource, 'create');
	},
	update: async function (this: IExecuteFunctions, itemIndex: number, resource: ItemPathResource) {
		return await writeRecord.call(this, itemIndex, resource, 'update');
	},
	delete: deleteRecord,
};
