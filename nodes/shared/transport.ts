import type { IDataObject, IHttpRequestMethods, IN8nHttpFullResponse, INode, NodeApiError } from 'n8n-workflow';
import { credentialErrorOf } from '../../credentials/common/errors';
import { isHtml } from './guards';
import { connectionProblem, httpFailure, isNetworkFailure, redact, vendorApiError, vendorHttpError, type HttpFailure, type VendorErrorStyle } from './http';
import { noAnswerMessage, sendWithRetries, withRetryNote, type RequestContext } from './retry';

/**
 * What every vendor transport shares: the one request type, sending with retries, and the one way
 * a failure becomes a node error (the credential's own sign-in error, a write that got no answer,
 * a network failure, the vendor's HTTP error, HTML where JSON was expected). Each vendor's
 * transport makes the HTTP call itself (n8n's helpers) and says what differs (VendorTransport).
 */

/** One request to a vendor, the same for every vendor's transport. */
export interface VendorRequest {
	method: IHttpRequestMethods;
	/** Path relative to the vendor's API base, e.g. `/materials` or `materials/12`. */
	path: string;
	/** Query parameters (ItemPath: an array value repeats the parameter, `?id=[gt]1&id=[lt]9`). */
	qs?: IDataObject;
	body?: IDataObject | IDataObject[] | Buffer;
	headers?: IDataObject;
	itemIndex: number;
	/** Name of the node parameter the path came from, for error messages. */
	pathParameter?: string;
	/** A POST that only reads (a GraphQL query): retried like a GET. */
	read?: boolean;
	/** What to check at the vendor when a write may have been done (timeout or 5xx after sending). */
	checkHint?: string;
	/** What to say about an HTTP status for this call, over the vendor's usual hints. */
	hints?: Record<number, string>;
}

/** What differs between vendors when a request fails. */
export interface VendorTransport {
	/** The vendor's name, e.g. "ItemPath". */
	vendor: string;
	/** Who did not answer, e.g. "ItemPath at https://host". */
	where: string;
	style: VendorErrorStyle;
	/** Values never shown (passwords, secrets, tokens). */
	secrets: unknown[];
	/** The description of a network failure: what to check. */
	unreachableHint: string;
	/** The description of the credential's own sign-in error when it has none. */
	credentialHint: string;
	/** The vendor's reading of a failure without an HTTP answer (a certificate, an OAuth2 token), if any. */
	withoutAnswer?: (failure: HttpFailure) => { message: string; description?: string } | undefined;
}

/** The node error for whatever a request (and n8n's authentication around it) threw. */
export function transportError(node: INode, error: unknown, transport: VendorTransport, request: Pick<VendorRequest, 'itemIndex' | 'checkHint' | 'hints'>): NodeApiError {
	const { itemIndex } = request;
	const { secrets } = transport;
	// The credential's sign-in failed: its message already says what to fix.
	const own = credentialErrorOf(error);
	if (own) {
		return vendorApiError(node, { message: redact(own.message, secrets), description: own.description ?? transport.credentialHint, itemIndex });
	}
	const note = (nodeError: NodeApiError) => withRetryNote(nodeError, error, transport.vendor, request.checkHint);
	const noAnswer = noAnswerMessage(transport.where, error);
	if (noAnswer) return note(vendorApiError(node, { message: noAnswer, itemIndex }));
	const failure = httpFailure(error);
	if (failure.status === undefined && !isHtml(failure.body)) {
		const special = isNetworkFailure(failure) ? undefined : transport.withoutAnswer?.(failure);
		const { message, description } = special ?? {
			message: `Could not reach ${transport.where}: ${failure.code ? connectionProblem(failure.code) : failure.message}`,
			description: transport.unreachableHint,
		};
		return note(vendorApiError(node, { message: redact(message, secrets), description: description && redact(description, secrets), itemIndex }));
	}
	return note(vendorHttpError(node, failure, transport.style, { itemIndex, secrets, hints: request.hints }));
}

/**
 * Sends one vendor request (`send` makes one attempt through n8n's helpers) with the node's retry
 * rules, and turns any failure, and HTML where JSON was expected, into the node error.
 */
export async function sendVendorRequest(
	ctx: RequestContext,
	transport: VendorTransport,
	request: VendorRequest,
	send: () => Promise<IN8nHttpFullResponse>,
): Promise<IN8nHttpFullResponse> {
	const node = ctx.getNode();
	let response: IN8nHttpFullResponse;
	try {
		response = await sendWithRetries(ctx, { vendor: transport.vendor, write: !request.read && request.method !== 'GET', send });
	} catch (error) {
		throw transportError(node, error, transport, request);
	}
	if (isHtml(response.body)) {
		throw vendorHttpError(node, { status: response.statusCode, body: response.body }, transport.style, {
			itemIndex: request.itemIndex,
			secrets: transport.secrets,
		});
	}
	return response;
}
