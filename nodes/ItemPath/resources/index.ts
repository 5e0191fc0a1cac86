import type { IExecuteFunctions } from 'n8n-workflow';
import { concurrent, type OperationHandlers, type PerItemHandler } from '../../shared/router';
import { apiRequest } from './apiRequest';
import { ITEMPATH_RESOURCES, deleteRecord, getManyRecords, getRecord, type ItemPathResource } from './common';
import { createMaterial, updateMaterial } from './material';
import { createOrder, getManyOrders, getOrder, updateOrder } from './order';
import { createOrderLine, updateOrderLine } from './orderLine';
import { READ_ONLY_RESOURCES } from './readOnly';
import { createApplicationToken } from './user';

export { apiRequestDescription } from './apiRequest';
export { materialDescription } from './material';
export { orderDescription } from './order';
export { orderLineDescription } from './orderLine';
export { readOnlyDescription } from './readOnly';
export { userDescription } from './user';

const get = (resource: ItemPathResource): PerItemHandler =>
	async function (this: IExecuteFunctions, itemIndex: number) {
		return await getRecord.call(this, itemIndex, resource);
	};
const getMany = (resource: ItemPathResource): PerItemHandler =>
	async function (this: IExecuteFunctions, itemIndex: number) {
		return await getManyRecords.call(this, itemIndex, resource);
	};
const remove = (resource: ItemPathResource): PerItemHandler =>
	async function (this: IExecuteFunctions, itemIndex: number) {
		return await deleteRecord.call(this, itemIndex, resource);
	};

const { material, order, orderLine } = ITEMPATH_RESOURCES;

export const itemPathHandlers: OperationHandlers = {
	// Writes may run with several requests in flight (Request Options → Requests in Flight).
	material: {
		create: concurrent(createMaterial),
		delete: concurrent(remove(material)),
		get: get(material),
		getAll: getMany(material),
		update: concurrent(updateMaterial),
	},
	order: {
		create: concurrent(createOrder),
		delete: concurrent(remove(order)),
		get: getOrder,
		getAll: getManyOrders,
		update: concurrent(updateOrder),
	},
	orderLine: {
		create: concurrent(createOrderLine),
		delete: concurrent(remove(orderLine)),
		get: get(orderLine),
		getAll: getMany(orderLine),
		update: concurrent(updateOrderLine),
	},
	...Object.fromEntries(READ_ONLY_RESOURCES.map((r) => [r.value, { get: get(r), getAll: getMany(r) }])),
	user: { createApplicationToken },
	apiRequest: { request: apiRequest },
};
