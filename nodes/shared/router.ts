import { NodeOperationError } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { executePerItem, type ItemResult } from './execute';

/** An operation run once per input item. */
export type PerItemHandler = (this: IExecuteFunctions, itemIndex: number) => Promise<ItemResult>;
/** An operation that consumes all input items at once (bulk writes). */
export interface BatchHandler {
	batch: (this: IExecuteFunctions) => Promise<INodeExecutionData[][]>;
}
export type OperationHandlers = Record<string, Record<string, PerItemHandler | BatchHandler>>;

/** Dispatches to the handler of the selected resource and operation. */
export async function runOperation(
	ctx: IExecuteFunctions,
	handlers: OperationHandlers,
): Promise<INodeExecutionData[][]> {
	const resource = ctx.getNodeParameter('resource', 0) as string;
	const operation = ctx.getNodeParameter('operation', 0) as string;
	const handler = handlers[resource]?.[operation];
	if (!handler) {
		throw new NodeOperationError(
			ctx.getNode(),
			`The operation "${operation}" is not supported for resource "${resource}"`,
		);
	}
	if (typeof handler === 'object') return await handler.batch.call(ctx);
	return await executePerItem(ctx, async (itemIndex) => await handler.call(ctx, itemIndex));
}
