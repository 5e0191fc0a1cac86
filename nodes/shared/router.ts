import { NodeOperationError } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { executePerItem, type ItemResult } from './execute';
import { retrySettings } from './retry';

/** An operation run once per input item. */
export type PerItemHandler = (this: IExecuteFunctions, itemIndex: number) => Promise<ItemResult>;
/** An operation that consumes all input items at once (bulk writes). */
export interface BatchHandler {
	batch: (this: IExecuteFunctions) => Promise<INodeExecutionData[][]>;
}
/** A per-item write that may run several items at once (Request Options → Requests in Flight). */
export interface ConcurrentHandler {
	concurrent: PerItemHandler;
}
export type OperationHandlers = Record<string, Record<string, PerItemHandler | BatchHandler | ConcurrentHandler>>;

/** Marks a per-item write as one that may run with several requests in flight. */
export const concurrent = (handler: PerItemHandler): ConcurrentHandler => ({ concurrent: handler });

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
	if (typeof handler === 'function') return await executePerItem(ctx, async (itemIndex) => await handler.call(ctx, itemIndex));
	if ('batch' in handler) return await handler.batch.call(ctx);
	const { concurrent: perItem } = handler;
	return await executePerItem(ctx, async (itemIndex) => await perItem.call(ctx, itemIndex), {
		concurrency: retrySettings(ctx).concurrency,
	});
}
