import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { isHtml } from './guards';
import type { IDataObject, INode, JsonObject } from 'n8n-workflow';
import { NETWORK_PROBLEMS, connectionErrorCode, redact } from '../../credentials/common/http';

// The HTTP pieces the credentials need live with them (credentials/common/http.ts); the nodes use
// them from here as well.
export { connectionErrorCode, connectionProblem, redact } from '../../credentials/common/http';

/** What is known about a failed HTTP call, taken from whatever n8n's helpers threw. */
export interface HttpFailure {
	status?: number;
	body?: unknown;
	/** The answer's headers (e.g. Retry-After), when there was an answer. */
	headers?: IDataObject;
	code?: string;
	message: string;
}

export function httpFailure(error: unknown): HttpFailure {
	const e = error as {
		message?: string;
		httpCode?: string | null;
		response?: { status?: number; data?: unknown; headers?: unknown };
		cause?: { response?: { status?: number; data?: unknown; headers?: unknown } };
		context?: { data?: unknown };
	};
	const response = e?.response ?? e?.cause?.response;
	const headers = response?.headers ?? e?.cause?.response?.headers;
	const status = response?.status ?? (e?.httpCode ? Number(e.httpCode) : undefined);
	return {
		status: Number.isFinite(status) ? status : undefined,
		body: response?.data ?? e?.context?.data,
		headers: headers && typeof headers === 'object' ? { ...(headers as IDataObject) } : undefined,
		code: connectionErrorCode(error),
		message: String(e?.message ?? error),
	};
}

/** Whether the failure is the network's (nothing answered), not an HTTP answer or our own error. */
export function isNetworkFailure(failure: HttpFailure): boolean {
	return failure.status === undefined && failure.code !== undefined && failure.code in NETWORK_PROBLEMS;
}

/**
 * A NodeApiError built only from what is safe to show: the vendor's own message, the HTTP
 * status and the vendor's response body. Never the request options (they carry tokens).
 */
export function vendorApiError(
	node: INode,
	opts: {
		message: string;
		description?: string;
		status?: number;
		body?: unknown;
		itemIndex?: number;
	},
): NodeApiError {
	const errorResponse: JsonObject = { message: opts.message };
	if (opts.status) errorResponse.httpCode = String(opts.status);
	if (opts.body !== undefined && typeof opts.body === 'object') {
		errorResponse.response = opts.body as JsonObject;
	}
	return new NodeApiError(node, errorResponse, {
		message: opts.message,
		description: opts.description,
		httpCode: opts.status ? String(opts.status) : undefined,
		itemIndex: opts.itemIndex,
	});
}

/**
 * The error as n8n node error: NodeApiError/NodeOperationError pass through unchanged (with the
 * item index added), anything else is wrapped in a NodeOperationError naming the item.
 */
export function asNodeError(node: INode, error: unknown, itemIndex: number): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		error.context.itemIndex ??= itemIndex;
		return error;
	}
	return new NodeOperationError(node, error as Error, { itemIndex });
}

/** A copy of a response body with every secret removed (undefined when it is not an object). */
function safeBody(body: unknown, secrets: unknown[]): unknown {
	if (body === undefined || body === null || typeof body !== 'object') return undefined;
	try {
		return JSON.parse(redact(JSON.stringify(body), secrets)) as unknown;
	} catch {
		return undefined;
	}
}

/** How one vendor's HTTP error answers read: its name, how to parse its error body, hints. */
export interface VendorErrorStyle {
	vendor: string;
	/** What to check when an HTML page came back where JSON was expected. */
	htmlHint: string;
	/** The vendor's own message (and details such as field errors) from an error body. */
	parse: (body: unknown) => { message?: string; details?: string };
	/** What to do about a status, e.g. 401 → check the credential. */
	hints: Record<number, string>;
	/** Prefix the vendor's message with the vendor's name ("Clarus: …"). */
	prefixVendor?: boolean;
}

/**
 * The NodeApiError for an HTTP answer that was an error (or an HTML page where JSON was
 * expected): the vendor's own message, its details, a hint for the status, the HTTP status and
 * the vendor's body, with the credential's secrets removed from all of it.
 */
export function vendorHttpError(
	node: INode,
	answer: { status?: number; body?: unknown },
	style: VendorErrorStyle,
	opts: { itemIndex: number; secrets?: unknown[]; hints?: Record<number, string> },
): NodeApiError {
	const { status, body } = answer;
	const secrets = opts.secrets ?? [];
	if (isHtml(body)) {
		return vendorApiError(node, {
			message: `${style.vendor} answered with an HTML page instead of JSON${status ? ` (HTTP ${status})` : ''}`,
			description: style.htmlHint,
			status,
			itemIndex: opts.itemIndex,
		});
	}
	const { message, details } = style.parse(body);
	const hint =
		(status && (opts.hints?.[status] ?? style.hints[status])) ??
		(status && status >= 500 ? `${style.vendor} had an internal error. Try again later.` : undefined);
	return vendorApiError(node, {
		message: redact(
			message ? (style.prefixVendor ? `${style.vendor}: ${message}` : message) : `${style.vendor} answered HTTP ${status}`,
			secrets,
		),
		description: redact([details, hint].filter(Boolean).join(' — '), secrets) || undefined,
		status,
		body: safeBody(body, secrets),
		itemIndex: opts.itemIndex,
	});
}
