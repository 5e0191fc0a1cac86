import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { asNodeError } from './http';
import { runPool } from './pool';

export type ItemResult = IDataObject | IDataObject[] | INodeExecutionData[];

function toExecutionData(result: ItemResult, itemIndex: number): INodeExecutionData[] {
	const list = Array.isArray(result) ? result : [result];
	return list.map((entry) => {
		const asData = entry as INodeExecutionData;
		if (asData && typeof asData.json === 'object' && asData.json !== null && !Array.isArray(asData.json)) {
			return { ...asData, pairedItem: asData.pairedItem ?? { item: itemIndex } };
		}
		return { json: entry as IDataObject, pairedItem: { item: itemIndex } };
	});
}

/**
 * Runs `handler` once per input item. A failing item either stops the node (the error names
 * the item) or, with "Continue On Fail", becomes an output item `{ error }` paired with it.
 * With `concurrency` > 1 up to that many items run at once; the output stays in input order and
 * each item keeps its own pairing and error. When an item fails without Continue On Fail, no new
 * item starts, the ones in flight finish, and the error of the first failed item is thrown.
 */
export async function executePerItem(
	ctx: IExecuteFunctions,
	handler: (itemIndex: number) => Promise<ItemResult>,
	{ concurrency = 1 }: { concurrency?: number } = {},
): Promise<INodeExecutionData[][]> {
	const items = ctx.getInputData();
	const results: INodeExecutionData[][] = new Array(items.length);
	let failed: { itemIndex: number; error: unknown } | undefined;
	await runPool(items.length, concurrency, async (itemIndex) => {
		try {
			results[itemIndex] = toExecutionData(await handler(itemIndex), itemIndex);
			return true;
		} catch (error) {
			if (ctx.continueOnFail()) {
				results[itemIndex] = [
					{
						json: { error: (error as Error).message, ...errorDetails(error) },
						pairedItem: { item: itemIndex },
					},
				];
				return true;
			}
			if (!failed || itemIndex < failed.itemIndex) failed = { itemIndex, error };
			return false;
		}
	});
	if (failed) throw asNodeError(ctx.getNode(), failed.error, failed.itemIndex);
	return [results.flatMap((r) => r ?? [])];
}

function errorDetails(error: unknown): IDataObject {
	const details: IDataObject = {};
	const e = error as { description?: string; httpCode?: string | null; context?: IDataObject };
	if (e?.description) details.description = e.description;
	if (e?.httpCode) details.httpCode = e.httpCode;
	if (e?.context?.mayHaveBeenWritten) details.mayHaveBeenWritten = true;
	return details;
}
