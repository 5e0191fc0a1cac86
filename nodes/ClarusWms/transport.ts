import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	ILoadOptionsFunctions,
	IWebhookFunctions,
	JsonObject,
} from 'n8n-workflow';
import { clarusBaseUrl, clarusCredentialProblem, clarusSecrets, clarusSubdomain } from '../../credentials/ClarusWms/auth';
import { resolveApiPath } from '../shared/guards';
import { checkedRunCredentials, withRunCredential } from '../shared/credentials';
import { vendorApiError, type VendorErrorStyle } from '../shared/http';
import { retrySettings } from '../shared/retry';
import { sendVendorRequest, type VendorRequest, type VendorTransport } from '../shared/transport';

/** The credential type behind the node's "Authentication" selector. */
export type ClarusCredentialType = 'clarusWmsOAuth2Api' | 'clarusWmsApi';

/**
 * Contexts the transport runs in: node executions, trigger hooks (publish/unpublish) and
 * deliveries, and the editor asking for a list (record pickers) with the node's credential.
 */
export type ClarusContext = IExecuteFunctions | IHookFunctions | IWebhookFunctions | ILoadOptionsFunctions;

export function clarusCredentialType(ctx: ClarusContext): ClarusCredentialType {
	// Hook, webhook and load-options contexts have no items: their getNodeParameter takes no item index.
	const authentication = 'getInputData' in ctx ? ctx.getNodeParameter('authentication', 0, 'oAuth2') : ctx.getNodeParameter('authentication', 'oAuth2');
	return authentication === 'apiCredentials' ? 'clarusWmsApi' : 'clarusWmsOAuth2Api';
}

export interface ClarusTarget {
	credentialType: ClarusCredentialType;
	/** The credential's Base URL without a trailing slash, e.g. https://clarus-api.com. */
	baseUrl: string;
	/** The tenant, sent as X-Clarus-Subdomain. */
	subdomain: string;
	/** The run's copy of the credential (read once per node run). */
	credentials: ICredentialDataDecryptedObject;
}

/** Base URL and tenant of the selected credential, both checked before any request is sent. */
export async function clarusTarget(this: ClarusContext, itemIndex: number): Promise<ClarusTarget> {
	const credentialType = clarusCredentialType(this);
	const credentials = await checkedRunCredentials(this, 'Clarus', credentialType, itemIndex, clarusCredentialProblem);
	const { subdomain } = clarusSubdomain(credentials);
	const baseUrl = clarusBaseUrl(credentials);
	return { credentialType, baseUrl, subdomain, credentials };
}

/** A request to Clarus; `path` is under the credential's Base URL, e.g. `/api/goods_outs/12/cancel` or `/graphql`. */
export type ClarusRequest = VendorRequest;

interface ClarusError {
	code?: unknown;
	symbol?: unknown;
	details?: unknown;
	source?: unknown;
}

/** Clarus's own words from an error body: `{"error": "..."}` (401) or `{"errors": [{code, symbol, details, source, context}]}`. */
export function clarusErrorMessage(body: unknown): { message?: string; description?: string } {
	if (!body || typeof body !== 'object') return {};
	const { error, error_description: errorDescription, errors } = body as {
		error?: unknown;
		error_description?: unknown;
		errors?: unknown;
	};
	if (Array.isArray(errors) && errors.length) {
		const list = errors.filter((e): e is ClarusError => Boolean(e) && typeof e === 'object');
		const line = (e: ClarusError) => {
			const text = typeof e.details === 'string' ? e.details : typeof (e as { message?: unknown }).message === 'string' ? String((e as { message?: unknown }).message) : 'error';
			const symbol = typeof e.symbol === 'string' ? `${e.symbol}: ` : '';
			const source = typeof e.source === 'string' && e.source ? ` (source: ${e.source})` : '';
			return `${symbol}${text}${source}`;
		};
		if (list.length) {
			return {
				message: line(list[0]),
				description: list.length > 1 ? list.map(line).join('; ') : undefined,
			};
		}
	}
	if (typeof error === 'string') {
		return { message: typeof errorDescription === 'string' ? `${error}: ${errorDescription}` : error };
	}
	return {};
}

const CLARUS_ERRORS: VendorErrorStyle = {
	vendor: 'Clarus',
	prefixVendor: true,
	parse: (body) => {
		const { message, description } = clarusErrorMessage(body);
		return { message, details: description };
	},
	htmlHint: 'This usually means the Base URL in the Clarus credential is wrong, or a proxy is in the way.',
	hints: {
		401: 'Clarus did not accept the access token. Check the client ID and secret (or reconnect the OAuth2 credential); the token may have been revoked, e.g. when someone signed into the Clarus web UI with the integration\'s account.',
		403: 'Clarus refused the request: check the Subdomain in the credential and that this client or user may access it.',
		404: 'Clarus has no such record or endpoint in this subdomain. Check the IDs and the path.',
		422: 'Clarus rejected the request body. The details above name the attribute.',
		429: 'Clarus is throttling requests. Wait a moment and try again.',
	},
};

function clarusTransport(target: ClarusTarget): VendorTransport {
	return {
		vendor: 'Clarus',
		where: 'Clarus',
		style: CLARUS_ERRORS,
		// Read when an error is shaped, so tokens renewed during the request are included.
		get secrets() {
			return clarusSecrets(target.credentials);
		},
		unreachableHint: 'Check the Base URL in the Clarus credential and that Clarus is reachable from n8n.',
		credentialHint: 'Getting a Clarus access token failed. Check the Clarus credential.',
		// No answer and not the network: n8n's OAuth2 client could not get a token ("Failed to
		// acquire OAuth2 access token: …", "OAuth credentials not connected").
		withoutAnswer: (failure) =>
			target.credentialType === 'clarusWmsOAuth2Api'
				? {
						message: 'Could not get a Clarus access token',
						description: `${failure.message} — Check the Client ID and Client Secret (and the Base URL) of the Clarus credential, or reconnect it.`,
					}
				: undefined,
	};
}

/**
 * The only place the Clarus WMS node talks HTTP. Adds `X-Clarus-Subdomain` from the selected
 * credential to every request (n8n ignores `authenticate` on OAuth2 credentials, so the header
 * cannot come from there), keeps every URL under the credential's Base URL, and turns Clarus's
 * error bodies into NodeApiErrors carrying Clarus's symbol and details.
 */
export async function clarusApiRequest(this: ClarusContext, request: ClarusRequest): Promise<IN8nHttpFullResponse> {
	const { itemIndex } = request;
	const node = this.getNode();
	const target = await clarusTarget.call(this, itemIndex);
	const url = resolveApiPath(node, target.baseUrl, request.path, itemIndex, request.pathParameter);
	const binary = Buffer.isBuffer(request.body);
	const options: IHttpRequestOptions = {
		method: request.method,
		url,
		qs: request.qs,
		headers: {
			Accept: 'application/json',
			...(binary ? { 'Content-Type': 'application/octet-stream' } : {}),
			...(request.headers ?? {}),
			'X-Clarus-Subdomain': target.subdomain,
		},
		body: request.body,
		json: !binary,
		returnFullResponse: true,
	};
	if (options.body === undefined) delete options.body;
	const { timeoutMs } = retrySettings(this);
	if (timeoutMs) options.timeout = timeoutMs;
	// Fresh options per attempt: n8n's authentication adds its headers to what it is given.
	const attempt = (): IHttpRequestOptions => ({ ...options, headers: { ...(options.headers ?? {}) } });
	return await sendVendorRequest(this, clarusTransport(target), request, async () =>
		target.credentialType === 'clarusWmsApi'
			? await withRunCredential(node, target.credentialType, target.credentials, async (credentialOptions) =>
					(await this.helpers.httpRequestWithAuthentication.call(this, target.credentialType, attempt(), credentialOptions)) as IN8nHttpFullResponse,
				)
			: // OAuth2 credentials go through n8n's OAuth2 client, which reads the credential itself.
				((await this.helpers.httpRequestWithAuthentication.call(this, target.credentialType, attempt())) as IN8nHttpFullResponse),
	);
}

/**
 * POST /graphql. GraphQL errors come back as HTTP 200 with `{"errors": [{"message"}]}`; they
 * become a NodeApiError with Clarus's message. Returns `data`.
 */
export async function clarusGraphql(
	this: ClarusContext,
	query: string,
	variables: IDataObject,
	itemIndex: number,
): Promise<IDataObject> {
	const { body } = await clarusApiRequest.call(this, {
		method: 'POST',
		path: '/graphql',
		body: { query, variables },
		itemIndex,
		// A query only reads and is retried like a GET; a mutation is a write.
		read: !/^\s*mutation\b/i.test(query.replace(/^(\s*#[^\n]*\n)*/, '')),
	});
	const result = (body && typeof body === 'object' ? body : {}) as { data?: unknown; errors?: unknown };
	if (Array.isArray(result.errors) && result.errors.length) {
		const messages = result.errors.map((e) =>
			e && typeof e === 'object' && typeof (e as { message?: unknown }).message === 'string'
				? String((e as { message: string }).message)
				: JSON.stringify(e),
		);
		throw vendorApiError(this.getNode(), {
			message: `Clarus GraphQL: ${messages[0]}`,
			description: messages.length > 1 ? messages.join('; ') : 'Check the query, its variables and the filter names and operators.',
			status: 200,
			body: result as JsonObject,
			itemIndex,
		});
	}
	if (!result.data || typeof result.data !== 'object') {
		throw vendorApiError(this.getNode(), {
			message: 'Clarus GraphQL answered without data',
			status: 200,
			itemIndex,
		});
	}
	return result.data as IDataObject;
}
