import { parameterError } from '../../shared/errors';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { simplifyProperty } from '../../shared/descriptions';

/** Claret wants dates as YYYY-MM-DD; accepts n8n dateTime values, ISO strings or YYYY-MM-DD. */
export function toClaretDate(
	ctx: IExecuteFunctions,
	value: unknown,
	parameterName: string,
	itemIndex: number,
): string {
	const text = String(value ?? '').trim();
	const match = /^(\d{4}-\d{2}-\d{2})/.exec(text);
	if (match && !Number.isNaN(Date.parse(match[1]))) return match[1];
	throw parameterError(ctx.getNode(), parameterName, `must be a date like 2025-01-31, got "${text}"`, itemIndex);
}

/** Simplify of a Get Many, from version 2 (version 1 workflows keep their output). */
export function claretSimplifyProperty(show: Record<string, string[]>): INodeProperties {
	return simplifyProperty(show, 2);
}
