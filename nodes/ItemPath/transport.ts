import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	IPollFunctions,
} from 'n8n-workflow';
import {
	ISSUE_APPLICATION_PATH,
	ITEMPATH_CREDENTIAL_TYPE,
	certificateMessage,
	isCertificateError,
	itemPathBaseUrl,
	itemPathCredentialProblem,
	itemPathMessage,
	itemPathOrigin,
	itemPathSecrets,
	sessionFingerprint,
} from '../../credentials/ItemPath/auth';
import { itemError } from '../shared/errors';
import { resolveApiPath } from '../shared/guards';
import { checkedRunCredentials, runCredentials, withRunCredential } from '../shared/credentials';
import { vendorApiError, type VendorErrorStyle } from '../shared/http';
import { retrySettings } from '../shared/retry';
import { sendVendorRequest, type VendorRequest, type VendorTransport } from '../shared/transport';

/** A request to ItemPath; `path` is relative to `{url}/api`, e.g. `/materials` or `materials/12`. */
export type ItemPathRequest = VendorRequest;

/** Who may call the transport: a node run (per item), a polling trigger or an editor list search (no items). */
export type ItemPathContext = IExecuteFunctions | IPollFunctions | ILoadOptionsFunctions;

interface Session {
	credentials: ICredentialDataDecryptedObject;
	/** `{url}/api` */
	apiBase: string;
	origin: string;
}

/** The session of this node run: the credential is decrypted once per run, not per page or item. */
async function loadSession(ctx: ItemPathContext, itemIndex: number): Promise<Session> {
	const credentials = await checkedRunCredentials(ctx, 'ItemPath', ITEMPATH_CREDENTIAL_TYPE, itemIndex, itemPathCredentialProblem);
	const base = itemPathBaseUrl(credentials.url) as string;
	return { credentials, apiBase: `${base}/api`, origin: itemPathOrigin(base) };
}

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

function itemPathTransport(session: Session): VendorTransport {
	return {
		vendor: 'ItemPath',
		where: `ItemPath at ${session.origin}`,
		style: ITEMPATH_ERRORS,
		// Read when an error is shaped, so tokens renewed during the request are included.
		get secrets() {
			return itemPathSecrets(session.credentials);
		},
		unreachableHint: 'Check the URL in the ItemPath credential and that ItemPath is reachable from n8n.',
		credentialHint: 'Signing in to ItemPath failed. Check the ItemPath credential.',
		withoutAnswer: (failure) => (isCertificateError(failure.code, failure.message) ? certificateMessage(session.origin, failure.code) : undefined),
	};
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

/**
 * The only place the ItemPath node talks HTTP. Returns the full response; ItemPath's error
 * bodies become NodeApiErrors carrying ItemPath's message. The path is confined to `{url}/api`.
 * The credential decides which token a call carries (see bearerFor in credentials/ItemPath/auth.ts).
 */
export async function itemPathApiRequest(this: ItemPathContext, request: ItemPathRequest): Promise<IN8nHttpFullResponse> {
	const { itemIndex } = request;
	const session = await loadSession(this, itemIndex);
	const url = resolveApiPath(this.getNode(), session.apiBase, request.path, itemIndex, request.pathParameter);
	const { timeoutMs } = retrySettings(this);
	const options: IHttpRequestOptions = {
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
	// The application-token endpoint answers a refresh token it cannot read with 422 (never a
	// validation error: it takes no data): then, as after 401, n8n signs in again and resends once.
	const renewOn = url === `${session.apiBase}${ISSUE_APPLICATION_PATH}` ? { preAuthenticationRetryStatusCode: [401, 422] } : {};
	return await sendVendorRequest(this, itemPathTransport(session), request, async () => {
		dropForeignToken(session);
		return await withRunCredential(this.getNode(), ITEMPATH_CREDENTIAL_TYPE, session.credentials, async (credentialOptions) =>
			(await this.helpers.httpRequestWithAuthentication.call(this, ITEMPATH_CREDENTIAL_TYPE, { ...options }, { ...credentialOptions, ...renewOn })) as IN8nHttpFullResponse,
		);
	});
}

/**
 * User → Create Application Token: `POST /api/users/application-token`, a request like any other.
 * ItemPath wants the REFRESH token as Bearer there; the credential's `authenticate` sends it to
 * that endpoint (and the access token everywhere else), and its sign-in (first use, or after
 * ItemPath answered 401 because the refresh token expired) gets a fresh one. So nothing here
 * reads, swaps or writes stored tokens: what n8n stores stays n8n's business. The new token is
 * the node's output, to be pasted into a credential set to "Application Token".
 */
export async function itemPathCreateApplicationToken(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const node = this.getNode();
	const credentials = await runCredentials(this, ITEMPATH_CREDENTIAL_TYPE, itemIndex);
	if (credentials.authMethod !== 'login') {
		throw itemError(node, 'Create Application Token needs an ItemPath credential with Authentication "Username & Password"', itemIndex, {
			description:
				'An application token is created with the refresh token of a signed-in user of type "application". Use a credential that signs in with that user\'s username and password.',
		});
	}
	const { body } = await itemPathApiRequest.call(this, {
		method: 'POST',
		path: ISSUE_APPLICATION_PATH,
		body: {},
		itemIndex,
		checkHint: 'Check in ItemPath whether an application token was created',
		hints: {
			403: 'Only ItemPath users of type "application" can create application tokens. Sign in with such a user in the ItemPath credential, or ask your ItemPath administrator to change the user\'s type.',
		},
	});
	const token = (body as IDataObject | undefined)?.token;
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
