import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { INode } from 'n8n-workflow';

type Failure = NonNullable<NodeApiError['failure']>;

/**
 * Why a poll failed, declared on the error (n8n's durable poll scheduler backs off on it):
 * 401/403 → the credential, 400/404/422 → the node's settings, 429 → throttled, 5xx and no
 * answer at all → the vendor is unavailable. A cause already declared (by a transport) is kept.
 */
export function failureOf(httpCode: string | number | null | undefined): Failure {
	const status = Number(httpCode);
	if (status === 401 || status === 403) return { cause: 'credential-invalid' };
	if (status === 429) return { cause: 'rate-limited' };
	if (status === 400 || status === 404 || status === 405 || status === 422) return { cause: 'configuration-invalid' };
	return { cause: 'temporarily-unavailable' };
}

/**
 * The error a poll throws: node errors get a `failure` cause when they have none; anything
 * else (a bug) becomes a NodeOperationError declared as a node defect.
 */
export function pollError(node: INode, error: unknown): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError) {
		error.failure ??= failureOf(error.httpCode);
		return error;
	}
	if (error instanceof NodeOperationError) return error;
	const wrapped = new NodeOperationError(node, error as Error);
	wrapped.failure = { cause: 'node-defect' };
	return wrapped;
}
