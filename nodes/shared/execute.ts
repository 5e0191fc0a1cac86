import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { asNodeError } from './http';

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
 */
export async function executePerItem(
	ctx: IExecuteFunctions,
	handler: (itemIndex: number) => Promise<ItemResult>,
): Promise<INodeExecutionData[][]> {
	const items = ctx.getInputData();
	const output: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			output.push(...toExecutionData(await handler(itemIndex), itemIndex));
		} catch (error) {
			if (ctx.continueOnFail()) {
				output.push({
					json: { error: (error as Error).message, ...errorDetails(error) },
					pairedItem: { item: itemIndex },
				});
				continue;
			}
			throw asNodeError(ctx.getNode(), error, itemIndex);
		}
	}
	return [output];
}

function errorDetails(error: unknown): IDataObject {
	const details: IDataObject = {};
	const e = error as { description?: string; httpCode?: string | null };
	if (e?.description) details.description = e.description;
	if (e?.httpCode) details.httpCode = e.httpCode;
	return details;
}
