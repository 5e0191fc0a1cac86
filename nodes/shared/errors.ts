import { NodeOperationError } from 'n8n-workflow';
import type { INode } from 'n8n-workflow';

/**
 * The one way every node of the package names the item in an error: the message ends with
 * "(item N)", N being the item's index as n8n numbers it, and the error carries `itemIndex` so
 * Continue On Fail puts it on that item.
 */
export function itemLabel(itemIndex: number): string {
	return `(item ${itemIndex})`;
}

export interface ItemErrorOptions {
	description?: string;
	/** Text that goes after the item label, e.g. a parser's own message. */
	detail?: string;
}

/** A NodeOperationError about one item: `message (item N)` plus the optional detail. */
export function itemError(node: INode, message: string, itemIndex: number, options: ItemErrorOptions = {}): NodeOperationError {
	const detail = options.detail ? `: ${options.detail}` : '';
	return new NodeOperationError(node, `${message} ${itemLabel(itemIndex)}${detail}`, {
		itemIndex,
		...(options.description ? { description: options.description } : {}),
	});
}

/** A NodeOperationError naming the parameter (as the user sees it) and the item: `The "X" parameter is empty (item 0)`. */
export function parameterError(
	node: INode,
	parameter: string,
	why: string,
	itemIndex: number,
	options: ItemErrorOptions = {},
): NodeOperationError {
	return itemError(node, `The "${parameter}" parameter ${why}`, itemIndex, options);
}
