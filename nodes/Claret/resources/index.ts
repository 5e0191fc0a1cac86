import type { OperationHandlers } from '../../shared/router';
import { apiRequest } from './apiRequest';
import { getImportJob } from './importJob';
import { deleteInventory, importInventory } from './inventory';
import { getManySales } from './sale';
import { getManySupplyPlans } from './supplyPlan';

export { apiRequestDescription } from './apiRequest';
export { importJobDescription } from './importJob';
export { inventoryDescription } from './inventory';
export { saleDescription } from './sale';
export { supplyPlanDescription } from './supplyPlan';

export const claretHandlers: OperationHandlers = {
	sale: { getAll: getManySales },
	supplyPlan: { getAll: getManySupplyPlans },
	inventory: { import: { batch: importInventory }, delete: deleteInventory },
	importJob: { get: getImportJob },
	apiRequest: { request: apiRequest },
};
