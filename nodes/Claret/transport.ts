import { NodeOperationError } from 'n8n-workflow';
import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	IN8nHttpFullResponse,
	IPollFunctions,
} from 'n8n-workflow';
import { isHtml, resolveApiPath } from '../shared/guards';
import { runCredentials, withRunCredential } from '../shared/credentials';
import { connectionProblem, httpFailure, isNetworkFailure, vendorApiError, vendorHttpError, type VendorErrorStyle } from '../shared/http';
import { noAnswerMessage, retrySettings, sendWithRetries, withRetryNote } from '../shared/retry';

export const TENANT_PATTERN = /^[A-Za-z0-9_-]+$/;

export interface ClaretRequest {
	method: IHttpRequestMethods;
	/** Path relative to `{baseUrl}/{tenant}/api/v1`, e.g. `/sales`. */
	path: string;
	qs?: IDataObject;
	body?: IDataObject | IDataObject[];
	itemIndex: number;
	/** Name of the node parameter the path came from, for error messages. */
	pathParameter?: string;
	/** What to check in Claret when a write may have been done (timeout or 5xx after sending). */
	checkHint?: string;
}

/** Who may call the transport: a node run (per item) or a polling trigger (no items). */
export type ClaretContext = IExecuteFunctions | IPollFunctions;

const CLARET_CREDENTIAL_TYPE = 'claretApi';

/** `{baseUrl}/{tenant}/api/v1` from the credential, with the tenant checked before any call. */
export async function claretApiBase(this: ClaretContext, itemIndex: number): Promise<string> {
	// Read once per run (a poll has no items: its credential is read without an item index).
	const credentials = await runCredentials(this, CLARET_CREDENTIAL_TYPE, itemIndex);
	const tenant = String(credentials.tenant ?? '').trim();
	if (!TENANT_PATTERN.test(tenant)) {
		throw new NodeOperationError(
			this.getNode(),
			`The Claret credential's "Tenant" is not valid: "${tenant}" (item ${itemIndex})`,
			{
				itemIndex,
				description:
					'A tenant is the part after the host in your Claret address and uses only letters, digits, "-" and "_".',
			},
		);
	}
	return `${String(credentials.baseUrl ?? '').replace(/\/+$/, '')}/${tenant}/api/v1`;
}

/** The vendor's own words from a Claret (Laravel) error body, with validation details. */
function claretMessage(body: unknown): { message?: string; details?: string } {
	if (!body || typeof body !== 'object') return {};
	const { message, errors } = body as { message?: unknown; errors?: unknown };
	let details: string | undefined;
	if (errors && typeof errors === 'object' && !Array.isArray(errors)) {
		const entries = Object.entries(errors as Record<string, unknown>);
		details = entries
			.slice(0, 5)
			.map(([field, list]) => `${field}: ${Array.isArray(list) ? list.join(' ') : String(list)}`)
			.join('; ');
		if (entries.length > 5) details += `; and ${entries.length - 5} more fields`;
	}
	return { message: typeof message === 'string' ? message : undefined, details };
}

const CLARET_ERRORS: VendorErrorStyle = {
	vendor: 'Claret',
	parse: claretMessage,
	htmlHint:
		'Claret shows its login page when a request is not authenticated as an API call. Check the Base URL and Tenant in the Claret credential; if they are right, re-enter the password so a new token is created.',
	hints: {
		401: 'Claret did not accept the credential. Check the email and password in the Claret credential.',
		403: 'The Claret user may not do this. Ask your Claret administrator for the needed privileges.',
		404: 'Claret has no such endpoint or record. Check the path, the ID and the tenant.',
		422: 'Claret rejected the request parameters.',
		429: 'Claret is throttling requests. Wait a moment and try again, or send fewer requests.',
	},
};

/**
 * The only place the Claret node talks HTTP. Returns the full response (status, headers, body).
 * Refuses HTML where JSON was expected (Claret's login page) and turns Claret's error bodies
 * into NodeApiErrors carrying Claret's message.
 */
export async function claretApiRequest(
	this: ClaretContext,
	request: ClaretRequest,
): Promise<IN8nHttpFullResponse> {
	const { itemIndex } = request;
	const node = this.getNode();
	const url = resolveApiPath(node, await claretApiBase.call(this, itemIndex), request.path, itemIndex, request.pathParameter);
	const credentials = await runCredentials(this, CLARET_CREDENTIAL_TYPE, itemIndex);
	const { timeoutMs } = retrySettings(this);
	let response: IN8nHttpFullResponse;
	try {
		response = await sendWithRetries(this, {
			vendor: 'Claret',
			write: request.method !== 'GET',
			send: async () =>
				await withRunCredential(node, CLARET_CREDENTIAL_TYPE, credentials, async (credentialOptions) =>
					(await this.helpers.httpRequestWithAuthentication.call(
						this,
						CLARET_CREDENTIAL_TYPE,
						{
							method: request.method,
							url,
							qs: request.qs,
							body: request.body,
							json: true,
							returnFullResponse: true,
							...(timeoutMs ? { timeout: timeoutMs } : {}),
						},
						credentialOptions,
					)) as IN8nHttpFullResponse,
				),
		});
	} catch (error) {
		const failure = httpFailure(error);
		const note = (nodeError: ReturnType<typeof vendorApiError>) => withRetryNote(nodeError, error, 'Claret', request.checkHint);
		const noAnswer = noAnswerMessage('Claret', error);
		if (noAnswer) throw note(vendorApiError(node, { message: noAnswer, itemIndex }));
		if (isNetworkFailure(failure)) {
			throw note(
				vendorApiError(node, {
					message: `Could not reach Claret: ${connectionProblem(failure.code)}`,
					description: 'Check the Base URL in the Claret credential and that Claret is reachable from n8n.',
					itemIndex,
				}),
			);
		}
		if (failure.status === undefined && !isHtml(failure.body)) {
			// The credential's own message (e.g. wrong password, unknown tenant), already safe to show.
			throw vendorApiError(node, { message: failure.message, itemIndex });
		}
		throw note(vendorHttpError(node, failure, CLARET_ERRORS, { itemIndex }));
	}
	if (isHtml(response.body)) {
		throw vendorHttpError(node, { status: response.statusCode, body: response.body }, CLARET_ERRORS, { itemIndex });
	}
	return response;
}
