import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestHelper,
	IHttpRequestMethods,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';
import { connectionErrorCode, connectionProblem, redact } from '../nodes/shared/http';
import { renewOnce } from '../nodes/shared/renewal';
import {
	IGNORE_SSL_FIELD,
	IGNORE_SSL_OPTION,
	certificateMessage,
	isCertificateError,
	itemPathAuthError,
	itemPathBaseUrl,
	itemPathMessage,
	itemPathOrigin,
	sessionFingerprint,
} from '../nodes/ItemPath/session';

interface Reply {
	statusCode: number;
	body: unknown;
	headers: Record<string, unknown>;
}

/** The renewal itself; preAuthentication shares it between executions (renewOnce). */
async function renewItemPathSession(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
	const base = itemPathBaseUrl(credentials.url);
	if (!base) {
		throw itemPathAuthError(
			'The URL in the ItemPath credential is not valid. Enter the address you open ItemPath at, e.g. https://yourcompany.itempath.com (http or https, without /api, user name or query).',
		);
	}
	const origin = itemPathOrigin(base);
	const fingerprint = sessionFingerprint(credentials);
	const secrets = [credentials.password, credentials.applicationToken, credentials.accessToken, credentials.refreshToken];

	if (credentials.authMethod === 'applicationToken') {
		const token = String(credentials.applicationToken ?? '').trim();
		if (!token) {
			throw itemPathAuthError('The ItemPath credential has no Application Token. Paste one, or switch Authentication to "Username & Password".');
		}
		// A non-expiring token: used as the access token, no login, no refresh token.
		return { accessToken: token, refreshToken: '', tokenFingerprint: fingerprint };
	}

	const username = String(credentials.username ?? '').trim();
	const password = String(credentials.password ?? '');
	if (!username || !password) {
		throw itemPathAuthError('The ItemPath credential needs a Username and a Password.');
	}

	const call = async (method: IHttpRequestMethods, path: string, options: { bearer?: string; body?: IDataObject }) => {
		try {
			return (await this.helpers.httpRequest({
				method,
				url: `${base}${path}`,
				headers: options.bearer ? { Authorization: `Bearer ${options.bearer}` } : {},
				body: options.body,
				json: true,
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
				// A redirect is reported, not followed: the login must not be re-sent elsewhere.
				disableFollowRedirect: true,
				skipSslCertificateValidation: credentials.allowUnauthorizedCerts === true,
			})) as Reply;
		} catch (error) {
			const code = connectionErrorCode(error);
			if (isCertificateError(code, (error as Error)?.message)) {
				const { message, description } = certificateMessage(origin, code);
				throw itemPathAuthError(message, description);
			}
			throw itemPathAuthError(
				`Could not reach ItemPath at ${origin}: ${connectionProblem(code)}. Check the URL in the ItemPath credential and that the server is reachable from n8n.`,
			);
		}
	};
	const vendorSaid = (body: unknown) => {
		const { message } = itemPathMessage(body);
		return message ? ` ItemPath said: "${redact(message, secrets)}".` : '';
	};
	const notItemPath = (reply: Reply) => typeof reply.body !== 'object' || reply.body === null;

	// 1. Renew with the stored refresh token, if it belongs to these settings.
	const storedRefresh = String(credentials.refreshToken ?? '');
	if (storedRefresh && credentials.tokenFingerprint === fingerprint) {
		let reply = await call('GET', '/api/users/refresh', { bearer: storedRefresh });
		// The docs do not name the method; accept a server that only takes POST.
		if (reply.statusCode === 405) reply = await call('POST', '/api/users/refresh', { bearer: storedRefresh });
		const accessToken = (reply.body as { accessToken?: unknown } | null)?.accessToken;
		if (reply.statusCode < 300 && typeof accessToken === 'string' && accessToken) {
			return { accessToken, tokenFingerprint: fingerprint };
		}
		// 401 (expired or revoked) or 422 (not accepted): fall through to a new login.
		if (reply.statusCode !== 401 && reply.statusCode !== 422) {
			throw itemPathAuthError(
				`ItemPath at ${origin} could not renew the session (HTTP ${reply.statusCode}).${vendorSaid(reply.body)}`,
			);
		}
	}

	// 2. Log in.
	const reply = await call('POST', '/api/users/login', { body: { username, password } });
	const body = (reply.body ?? {}) as { accessToken?: unknown; refreshToken?: unknown; msg?: unknown };
	if (reply.statusCode >= 300 && reply.statusCode < 400) {
		const location = String(reply.headers?.location ?? '');
		const target = /^https?:\/\//i.test(location) ? ` to ${itemPathOrigin(location)}` : '';
		throw itemPathAuthError(
			`ItemPath at ${origin} redirected the login${target} (HTTP ${reply.statusCode}). Enter the address it redirects to as the URL in the ItemPath credential (for example https instead of http).`,
		);
	}
	if (reply.statusCode === 404 && typeof body.msg === 'string') {
		// ItemPath answers an unknown user or a wrong password with 404.
		throw itemPathAuthError(
			`ItemPath rejected the username or password (HTTP 404).${vendorSaid(body)} Check Username and Password in the ItemPath credential.`,
		);
	}
	if (notItemPath(reply) || reply.statusCode === 404 || reply.statusCode === 405) {
		throw itemPathAuthError(
			`There is no ItemPath login at ${base}/api/users/login (HTTP ${reply.statusCode}). Check the URL in the ItemPath credential: it is the address you open ItemPath at, without /api.`,
		);
	}
	if (reply.statusCode === 401 || reply.statusCode === 403) {
		throw itemPathAuthError(
			`ItemPath rejected the username or password (HTTP ${reply.statusCode}).${vendorSaid(body)} Check Username and Password in the ItemPath credential.`,
		);
	}
	if (reply.statusCode >= 300) {
		throw itemPathAuthError(`ItemPath refused the login (HTTP ${reply.statusCode}).${vendorSaid(body)}`);
	}
	if (typeof body.accessToken !== 'string' || !body.accessToken || typeof body.refreshToken !== 'string') {
		throw itemPathAuthError(
			`ItemPath at ${origin} answered the login without tokens. Check that the URL points at ItemPath.`,
		);
	}
	return { accessToken: body.accessToken, refreshToken: body.refreshToken, tokenFingerprint: fingerprint };
}

/**
 * ItemPath (the web API of Kardex Power Pick) authentication, all of it:
 *
 * - Everything lives under `{url}/api`: cloud `https://<company>.itempath.com/api`, self-hosted
 *   `https://<server>/api`, which often has a self-signed certificate (then "Ignore SSL Issues"
 *   is needed; it applies to the sign-in calls, the credential test and the ItemPath node).
 * - Every API call sends `Authorization: Bearer <access token>`.
 * - "Username & Password": `POST /api/users/login {"username","password"}` returns a JWT
 *   `accessToken` (valid 15 minutes) and a JWT `refreshToken` (valid 30 days). ItemPath answers a
 *   wrong password or unknown user with 404. When the access token has expired ItemPath answers
 *   `401 {"msg": "Token has expired"}`; `/api/users/refresh` with the REFRESH token as Bearer
 *   (no password sent) returns a new access token. After 30 days the refresh token expires too
 *   (401) and only a new login helps.
 * - "Application Token": users of type "application" can create a non-expiring access token
 *   (`POST /api/users/application-token` with the refresh token as Bearer; the ItemPath node's
 *   User → Create Application Token does it). Pasted here, it is sent as is and n8n never logs in.
 *
 * How n8n drives it: `accessToken` is a hidden, expirable field. n8n calls `preAuthentication`
 * when it is empty (first use), when the credential is tested, and after a request answered 401
 * (then it retries the request once). `preAuthentication` refreshes with the stored refresh token
 * when there is one, and logs in when there is none or ItemPath rejects it (401/422). Whatever it
 * returns is stored encrypted in the credential (`accessToken`, `refreshToken` and the
 * fingerprint of the settings the tokens belong to), so later executions reuse the session: one
 * login per 30 days and one refresh per expired access token. Executions of one n8n process that
 * meet the expired token at the same moment share one refresh (nodes/shared/renewal.ts), so a
 * server that ends the previous session on every refresh fails none of them.
 *
 * Messages never contain a password, a token or a request URL with secrets.
 */
export class ItemPathApi implements ICredentialType {
	name = 'itemPathApi';

	displayName = 'ItemPath API';

	icon: Icon = { light: 'file:../nodes/ItemPath/itempath.svg', dark: 'file:../nodes/ItemPath/itempath.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-wms-planning/n8n-nodes-wms-planning#itempath';

	properties: INodeProperties[] = [
		{
			displayName: 'URL',
			name: 'url',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'https://yourcompany.itempath.com',
			description:
				'The address you open ItemPath at, without /api: https://yourcompany.itempath.com for ItemPath Cloud, or your own server such as https://itempath.example.local',
		},
		{
			displayName: 'Authentication',
			name: 'authMethod',
			type: 'options',
			options: [
				{
					name: 'Application Token',
					value: 'applicationToken',
					description: 'A non-expiring token created for an ItemPath user of type "application"',
				},
				{
					name: 'Username & Password',
					value: 'login',
					description: 'Sign in as an ItemPath user; n8n refreshes the 15-minute session itself',
				},
			],
			default: 'login',
		},
		{
			displayName: 'Username',
			name: 'username',
			type: 'string',
			default: '',
			required: true,
			displayOptions: { show: { authMethod: ['login'] } },
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			displayOptions: { show: { authMethod: ['login'] } },
		},
		{
			displayName: 'Application Token',
			name: 'applicationToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			displayOptions: { show: { authMethod: ['applicationToken'] } },
			description:
				'A token from ItemPath\'s /api/users/application-token (the ItemPath node\'s "Create Application Token" operation gives one). Only users of type "application" can create it.',
		},
		{
			displayName: IGNORE_SSL_OPTION,
			name: IGNORE_SSL_FIELD,
			type: 'boolean',
			default: false,
			description:
				'Whether to connect even if the server\'s HTTPS certificate cannot be verified, e.g. a self-hosted ItemPath with a self-signed certificate. In n8n\'s HTTP Request node, also turn on its own "Ignore SSL Issues" option.',
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
		{
			displayName: 'Refresh Token',
			name: 'refreshToken',
			type: 'hidden',
			typeOptions: { password: true },
			default: '',
		},
		{
			displayName: 'Token Fingerprint',
			name: 'tokenFingerprint',
			type: 'hidden',
			typeOptions: { password: true },
			default: '',
		},
		// Identifies this credential for shared renewals (nodes/shared/renewal.ts); not a secret.
		{
			displayName: 'Renewal ID',
			name: 'renewalId',
			type: 'hidden',
			default: '',
		},
	];

	// One renewal per n8n process and credential identity (see nodes/shared/renewal.ts).
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		return await renewOnce('itemPathApi', credentials, { tokenField: 'accessToken', ignore: ['tokenFingerprint'] }, async () => await renewItemPathSession.call(this, credentials));
	}


	// A function rather than a generic block: n8n would evaluate the block's expression on every
	// request (about 1.7 ms each, the largest cost of a write after the network).
	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		return {
			...requestOptions,
			headers: { ...(requestOptions.headers ?? {}), Authorization: `Bearer ${String(credentials.accessToken ?? '')}` },
		};
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.url.trim().replace(/\\/+$/, "").replace(/\\/api$/i, "")}}/api',
			url: '/stations',
			qs: { limit: 1 },
			skipSslCertificateValidation: '={{$credentials.allowUnauthorizedCerts}}',
		},
	};
}
