import { NodeOperationError } from 'n8n-workflow';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	IPollFunctions,
} from 'n8n-workflow';
import { isHtml, resolveApiPath } from '../shared/guards';
import { runCredentials, withRunCredential } from '../shared/credentials';
import { connectionProblem, httpFailure, redact, vendorApiError, vendorHttpError, type VendorErrorStyle } from '../shared/http';
import { noAnswerMessage, retrySettings, sendWithRetries, withRetryNote } from '../shared/retry';
import {
	AUTH_ERROR_NAME,
	ITEMPATH_CREDENTIAL_TYPE,
	certificateMessage,
	isCertificateError,
	itemPathBaseUrl,
	itemPathMessage,
	itemPathOrigin,
	sessionFingerprint,
} from './session';

export interface ItemPathRequest {
	method: IHttpRequestMethods;
	/** Path relative to `{url}/api`, e.g. `/materials` or `materials/12`. */
	path: string;
	/** Query parameters; an array value repeats the parameter (`?id=[gt]1&id=[lt]9`). */
	qs?: IDataObject;
	body?: IDataObject | IDataObject[];
	itemIndex: number;
	/** Name of the node parameter the path came from, for error messages. */
	pathParameter?: string;
	/** What to check in ItemPath when a write may have been done (timeout or 5xx after sending). */
	checkHint?: string;
}

/** Who may call the transport: a node run (per item) or a polling trigger (no items). */
export type ItemPathContext = IExecuteFunctions | IPollFunctions;

interface Session {
	credentials: ICredentialDataDecryptedObject;
	/** `{url}/api` */
	apiBase: string;
	origin: string;
}

/** The session of this node run: the credential is decrypted once per run, not per page or item. */
async function loadSession(ctx: ItemPathContext, itemIndex: number): Promise<Session> {
	const credentials = await runCredentials(ctx, ITEMPATH_CREDENTIAL_TYPE, itemIndex);
	const base = itemPathBaseUrl(credentials.url);
	if (!base) {
		throw new NodeOperationError(ctx.getNode(), `The URL in the ItemPath credential is not valid (item ${itemIndex})`, {
			itemIndex,
			description: 'Enter the address you open ItemPath at, e.g. https://yourcompany.itempath.com (without /api).',
		});
	}
	return { credentials, apiBase: `${base}/api`, origin: itemPathOrigin(base) };
}

const secretsOf = (credentials: ICredentialDataDecryptedObject) => [
	credentials.password,
	credentials.applicationToken,
	credentials.accessToken,
	credentials.refreshToken,
];

/** ItemPath's error bodies: `{"msg"}`, `{"message"}` or `{"errors":[{field:{message}}]}`. */
const ITEMPATH_ERRORS: VendorErrorStyle = {
	vendor: 'ItemPath',
	parse: (body) => {
		const { message, fields } = itemPathMessage(body);
		return { message, details: fields.length ? `Field${fields.length > 1 ? 's' : ''}: ${fields.join(', ')}.` : undefined };
	},
	htmlHint:
		'Check the URL in the ItemPath credential: it is the address you open ItemPath at, without /api. A proxy may also be in the way.',
	hints: {
		400: 'ItemPath rejected the request. Check the values sent.',
		401: 'ItemPath did not accept the session, even after signing in again. Check the ItemPath credential.',
		403: 'The ItemPath user may not do this. Ask your ItemPath administrator for the needed rights.',
		404: 'ItemPath has no such record or endpoint. Check the ID or the path.',
		405: 'ItemPath does not allow this HTTP method on this path.',
		422: 'ItemPath rejected the data.',
		429: 'ItemPath is receiving too many requests. Wait a moment and try again.',
	},
};

/** Turns whatever n8n's request helper threw into a NodeApiError with ItemPath's own message. */
function toItemPathError(
	ctx: ItemPathContext,
	error: unknown,
	session: Session,
	itemIndex: number,
	hints: Record<number, string> = {},
	checkHint?: string,
) {
	const node = ctx.getNode();
	const secrets = secretsOf(session.credentials);
	// The credential's sign-in step failed: its message already says what to fix.
	const cause = (error as { cause?: { name?: string; message?: string; description?: string } })?.cause;
	if (cause?.name === AUTH_ERROR_NAME) {
		return vendorApiError(node, {
			message: redact(String(cause.message), secrets),
			description: cause.description ?? 'Signing in to ItemPath failed. Check the ItemPath credential.',
			itemIndex,
		});
	}
	const failure = httpFailure(error);
	const note = <E extends ReturnType<typeof vendorApiError>>(nodeError: E) => withRetryNote(nodeError, error, 'ItemPath', checkHint);
	const noAnswer = noAnswerMessage(`ItemPath at ${session.origin}`, error);
	if (noAnswer) return note(vendorApiError(node, { message: noAnswer, itemIndex }));
	if (failure.status === undefined) {
		const code = failure.code;
		if (isCertificateError(code, failure.message)) {
			return vendorApiError(node, { ...certificateMessage(session.origin, code), itemIndex });
		}
		return note(
			vendorApiError(node, {
				message: `Could not reach ItemPath at ${session.origin}: ${connectionProblem(code)}`,
				description: 'Check the URL in the ItemPath credential and that ItemPath is reachable from n8n.',
				itemIndex,
			}),
		);
	}
	return note(vendorHttpError(node, failure, ITEMPATH_ERRORS, { itemIndex, secrets, hints }));
}

/**
 * When the credential was edited since the tokens were issued (another URL, user, password or
 * application token), the stored access token is not sent: it is emptied in the run's copy, so
 * n8n signs in again first and the new tokens (and fingerprint) come back into that copy for
 * every later request of the run.
 */
function dropForeignToken(session: Session): void {
	const { credentials } = session;
	if (credentials.tokenFingerprint !== sessionFingerprint(credentials)) credentials.accessToken = '';
}

function requestOptions(
	session: Session,
	url: string,
	request: Pick<ItemPathRequest, 'method' | 'qs' | 'body'>,
	timeoutMs = 0,
): IHttpRequestOptions {
	return {
		...(timeoutMs ? { timeout: timeoutMs } : {}),
		method: request.method,
		url,
		qs: request.qs,
		arrayFormat: 'repeat',
		body: request.body,
		json: true,
		returnFullResponse: true,
		skipSslCertificateValidation: session.credentials.allowUnauthorizedCerts === true,
		// The bearer token never follows a redirect to another host.
		sendCredentialsOnCrossOriginRedirect: false,
	};
}

/**
 * The only place the ItemPath node talks HTTP. Returns the full response; ItemPath's error
 * bodies become NodeApiErrors carrying ItemPath's message. The path is confined to `{url}/api`.
 */
export async function itemPathApiRequest(this: ItemPathContext, request: ItemPathRequest): Promise<IN8nHttpFullResponse> {
	const { itemIndex } = request;
	const session = await loadSession(this, itemIndex);
	const url = resolveApiPath(this.getNode(), session.apiBase, request.path, itemIndex, request.pathParameter);
	const { timeoutMs } = retrySettings(this);
	let response: IN8nHttpFullResponse;
	try {
		response = await sendWithRetries(this, {
			vendor: 'ItemPath',
			write: request.method !== 'GET',
			send: async () => {
				dropForeignToken(session);
				return await withRunCredential(this.getNode(), ITEMPATH_CREDENTIAL_TYPE, session.credentials, async (credentialOptions) =>
					(await this.helpers.httpRequestWithAuthentication.call(
						this,
						ITEMPATH_CREDENTIAL_TYPE,
						requestOptions(session, url, request, timeoutMs),
						credentialOptions,
					)) as IN8nHttpFullResponse,
				);
			},
		});
	} catch (error) {
		throw toItemPathError(this, error, session, itemIndex, {}, request.checkHint);
	}
	if (isHtml(response.body)) {
		throw vendorHttpError(this.getNode(), { status: response.statusCode, body: response.body }, ITEMPATH_ERRORS, { itemIndex });
	}
	return response;
}

/**
 * `POST /api/users/application-token` with the REFRESH token as Bearer, as ItemPath requires.
 * The stored refresh token is put in the place of the access token for this one call (so n8n's
 * own authentication sends it); n8n must not retry it with a new access token, so its retry on
 * 401 is switched off. If there is no usable refresh token yet, or ItemPath rejects it, a new
 * session is started first through the credential (a normal request with an empty access token
 * makes n8n run the credential's sign-in and store the tokens), then the call is made once more.
 */
export async function itemPathCreateApplicationToken(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const node = this.getNode();
	let session = await loadSession(this, itemIndex);
	if (session.credentials.authMethod !== 'login') {
		throw new NodeOperationError(
			node,
			`Create Application Token needs an ItemPath credential with Authentication "Username & Password" (item ${itemIndex})`,
			{
				itemIndex,
				description:
					'An application token is created with the refresh token of a signed-in user of type "application". Use a credential that signs in with that user\'s username and password.',
			},
		);
	}
	const ref = node.credentials?.[ITEMPATH_CREDENTIAL_TYPE];
	if (!ref?.id) {
		throw new NodeOperationError(node, `The node has no saved ItemPath credential (item ${itemIndex})`, { itemIndex });
	}
	const url = resolveApiPath(node, session.apiBase, '/users/application-token', itemIndex);

	const startSession = async () => {
		const data = { ...session.credentials, accessToken: '' };
		try {
			await this.helpers.httpRequestWithAuthentication.call(
				this,
				ITEMPATH_CREDENTIAL_TYPE,
				requestOptions(session, resolveApiPath(node, session.apiBase, '/warehouses', itemIndex), { method: 'GET', qs: { limit: 1 } }),
				{ credentialsDecrypted: { id: ref.id as string, name: ref.name, type: ITEMPATH_CREDENTIAL_TYPE, data } },
			);
		} catch (error) {
			throw toItemPathError(this, error, session, itemIndex);
		}
		// n8n stored the new tokens in the credential and in `data`.
		session = { ...session, credentials: data };
	};
	const usableRefreshToken = () =>
		session.credentials.tokenFingerprint === sessionFingerprint(session.credentials) &&
		typeof session.credentials.refreshToken === 'string' &&
		session.credentials.refreshToken !== '';
	const create = async () => {
		const data = { ...session.credentials, accessToken: session.credentials.refreshToken };
		return (await this.helpers.httpRequestWithAuthentication.call(
			this,
			ITEMPATH_CREDENTIAL_TYPE,
			{ ...requestOptions(session, url, { method: 'POST', body: {} }), returnFullResponse: false },
			{ credentialsDecrypted: { id: ref.id as string, name: ref.name, type: ITEMPATH_CREDENTIAL_TYPE, data }, preAuthenticationRetryStatusCode: [] },
		)) as IDataObject;
	};

	const hints = {
		403: 'Only ItemPath users of type "application" can create application tokens. Sign in with such a user in the ItemPath credential, or ask your ItemPath administrator to change the user\'s type.',
	};
	let renewed = false;
	if (!usableRefreshToken()) {
		await startSession();
		renewed = true;
	}
	let body: IDataObject;
	try {
		body = await create();
	} catch (error) {
		const status = httpFailure(error).status;
		// An expired, revoked or unreadable refresh token: sign in again, then try once more.
		if (renewed || (status !== 401 && status !== 422)) throw toItemPathError(this, error, session, itemIndex, hints);
		await startSession();
		try {
			body = await create();
		} catch (retryError) {
			throw toItemPathError(this, retryError, session, itemIndex, hints);
		}
	}
	const token = body?.token;
	if (typeof token !== 'string' || token === '') {
		throw vendorApiError(node, {
			message: 'ItemPath did not return an application token',
			description: 'ItemPath answered without a "token". Check that the server is ItemPath and the user is of type "application".',
			itemIndex,
		});
	}
	// The token is the artefact the user asked for; it is output, never put in an error.
	return { token };
}
