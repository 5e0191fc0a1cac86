import { createHash } from 'crypto';
import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestHelper, IHttpRequestMethods, IHttpRequestOptions } from 'n8n-workflow';
import { connectionErrorCode, connectionProblem, redact, tokenEndpointCall, type TokenReply } from '../common/http';
import { credentialError, type CredentialProblem } from '../common/errors';

/**
 * ItemPath authentication, in one place for the ItemPath API credential (its sign-in) and the
 * ItemPath node (its transport): the address, the session fingerprint, certificates, ItemPath's
 * error bodies, which token each endpoint wants, and the sign-in steps (refresh, login, the
 * status-to-message table of a login answer).
 */

export const ITEMPATH_CREDENTIAL_TYPE = 'itemPathApi';

/**
 * The credential's certificate option: its field name (n8n's usual `allowUnauthorizedCerts`) and
 * display name, quoted in error messages. The name is a constant because the community lint takes
 * any field name containing "cert" for a secret and would have this boolean masked as a password,
 * which breaks the toggle in the credential editor.
 */
export const IGNORE_SSL_FIELD = 'allowUnauthorizedCerts';
export const IGNORE_SSL_OPTION = 'Ignore SSL Issues (Insecure)';

/** Where an application token is created, relative to `{url}/api`. */
export const ISSUE_APPLICATION_PATH = '/users/application-token';

/**
 * The ItemPath address without `/api`: `https://acme.itempath.com` or a self-hosted base such as
 * `https://server:8443`. Trailing slashes and a trailing `/api` typed by the user are dropped.
 * Returns undefined when it is not an http(s) URL.
 */
export function itemPathBaseUrl(raw: unknown): string | undefined {
	let text = String(raw ?? '').trim().replace(/\/+$/, '');
	if (/\/api$/i.test(text)) text = text.slice(0, -4).replace(/\/+$/, '');
	let parsed: URL;
	try {
		parsed = new URL(text);
	} catch {
		return undefined;
	}
	if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
	if (parsed.username || parsed.password || parsed.search || parsed.hash) return undefined;
	return text;
}

/** `https://host:port` of a base URL, for messages. */
export function itemPathOrigin(base: string): string {
	try {
		return new URL(base).origin;
	} catch {
		return 'the configured URL';
	}
}

/** What is wrong with the credential's settings for a node's requests, if anything (checked before any call). */
export function itemPathCredentialProblem(credentials: ICredentialDataDecryptedObject): CredentialProblem | undefined {
	if (itemPathBaseUrl(credentials.url)) return undefined;
	return {
		field: 'URL',
		description: 'Enter the address you open ItemPath at, e.g. https://yourcompany.itempath.com (without /api).',
	};
}

/** Values of the credential that never appear in a message. */
export function itemPathSecrets(credentials: ICredentialDataDecryptedObject): unknown[] {
	return [credentials.password, credentials.applicationToken, credentials.accessToken, credentials.refreshToken];
}

/**
 * Identifies what the stored tokens were issued for: the address, the sign-in method and the
 * secrets used. When the user edits the credential (another server, user, password or
 * application token), the fingerprint no longer matches and the stored tokens are not used:
 * a refresh token of the previous user is never silently kept. Stored hashed (SHA-256), in the
 * encrypted credential, next to the secrets it is derived from.
 */
export function sessionFingerprint(credentials: ICredentialDataDecryptedObject): string {
	const base = itemPathBaseUrl(credentials.url) ?? '';
	const parts =
		credentials.authMethod === 'applicationToken'
			? [base, 'applicationToken', String(credentials.applicationToken ?? '').trim()]
			: [base, 'login', String(credentials.username ?? '').trim(), String(credentials.password ?? '')];
	return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/**
 * The token a request to ItemPath carries: the refresh token for `/api/users/application-token`
 * (ItemPath creates application tokens only for a refresh token), the access token for every
 * other call. Read from the request's own URL (`url`, or `uri` in n8n's HTTP Request node).
 */
export function bearerFor(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): unknown {
	const base = itemPathBaseUrl(credentials.url);
	const raw = (requestOptions as { uri?: unknown }).uri ?? requestOptions.url;
	const target = String(raw ?? '').split(/[?#]/)[0].replace(/\/+$/, '');
	const refreshToken = String(credentials.refreshToken ?? '');
	if (base && refreshToken && target === `${base}/api${ISSUE_APPLICATION_PATH}`) return refreshToken;
	return credentials.accessToken;
}

/** Node.js / OpenSSL codes of a certificate that could not be verified. */
const CERTIFICATE_CODES = new Set([
	'CERT_HAS_EXPIRED',
	'CERT_NOT_YET_VALID',
	'CERT_UNTRUSTED',
	'DEPTH_ZERO_SELF_SIGNED_CERT',
	'ERR_TLS_CERT_ALTNAME_INVALID',
	'SELF_SIGNED_CERT_IN_CHAIN',
	'UNABLE_TO_GET_ISSUER_CERT',
	'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
	'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
]);

export function isCertificateError(code: string | undefined, message: string | undefined): boolean {
	if (code && CERTIFICATE_CODES.has(code)) return true;
	return /self[- ]signed certificate|unable to verify the first certificate|certificate has expired|Hostname\/IP does not match certificate/i.test(
		message ?? '',
	);
}

/** The message of a certificate problem, with the option that fixes it. */
export function certificateMessage(origin: string, code: string | undefined): { message: string; description: string } {
	return {
		message: `The HTTPS certificate of ItemPath at ${origin} is not trusted${code ? ` (${code})` : ''}. If your ItemPath server uses a self-signed certificate, turn on "${IGNORE_SSL_OPTION}" in the ItemPath credential.`,
		description: `Self-hosted ItemPath servers often use a self-signed certificate. Turn on "${IGNORE_SSL_OPTION}" in the ItemPath credential only if you trust the network between n8n and the server, or install a certificate signed by a trusted authority on the server.`,
	};
}

/**
 * ItemPath's own words from an error body. ItemPath (Flask) answers in three shapes:
 * `{"msg": "Token has expired"}` (Flask-JWT-Extended, auth problems),
 * `{"message": "..."}` (Werkzeug: unknown URL, method not allowed, not found) and
 * `{"errors": [{"<field>": {"message": "..."}}]}` (validation, e.g. a duplicate order name).
 * `fields` lists the fields named by `errors`, for the description.
 */
export function itemPathMessage(body: unknown): { message?: string; fields: string[] } {
	if (!body || typeof body !== 'object' || Array.isArray(body)) return { fields: [] };
	const { msg, message, errors } = body as { msg?: unknown; message?: unknown; errors?: unknown };
	const parts: string[] = [];
	const fields: string[] = [];
	const addFieldErrors = (entry: unknown) => {
		if (!entry || typeof entry !== 'object') return;
		for (const [field, detail] of Object.entries(entry as Record<string, unknown>)) {
			const text =
				detail && typeof detail === 'object' && typeof (detail as { message?: unknown }).message === 'string'
					? (detail as { message: string }).message
					: Array.isArray(detail)
						? detail.map(String).join(' ')
						: typeof detail === 'string'
							? detail
							: undefined;
			if (text === undefined) continue;
			fields.push(field);
			parts.push(text);
		}
	};
	if (Array.isArray(errors)) errors.forEach(addFieldErrors);
	else addFieldErrors(errors);
	if (parts.length) return { message: parts.join('; '), fields };
	if (typeof msg === 'string' && msg) return { message: msg, fields };
	if (typeof message === 'string' && message) return { message, fields };
	return { fields };
}

// ---- Sign-in steps -------------------------------------------------------------------------

/** Where and how the sign-in calls go. */
export interface SignInTarget {
	helper: IHttpRequestHelper;
	/** `https://host` without `/api`. */
	base: string;
	origin: string;
	insecure: boolean;
	secrets: unknown[];
}

/** The target of the credential's sign-in calls; refuses a URL that is not ItemPath's address. */
export function signInTarget(helper: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject): SignInTarget {
	const base = itemPathBaseUrl(credentials.url);
	if (!base) {
		throw credentialError(
			'The URL in the ItemPath credential is not valid. Enter the address you open ItemPath at, e.g. https://yourcompany.itempath.com (http or https, without /api, user name or query).',
		);
	}
	return {
		helper,
		base,
		origin: itemPathOrigin(base),
		insecure: credentials[IGNORE_SSL_FIELD] === true,
		secrets: itemPathSecrets(credentials),
	};
}

/** One sign-in call: the full answer whatever its status; nothing answering is the credential's error. */
async function call(target: SignInTarget, method: IHttpRequestMethods, path: string, options: { bearer?: string; body?: IDataObject }) {
	return await tokenEndpointCall(
		target.helper,
		{
			method,
			url: `${target.base}${path}`,
			headers: options.bearer ? { Authorization: `Bearer ${options.bearer}` } : {},
			body: options.body,
			// A redirect is reported, not followed: the login must not be re-sent elsewhere.
			disableFollowRedirect: true,
			skipSslCertificateValidation: target.insecure,
		},
		(error) => {
			const code = connectionErrorCode(error);
			if (isCertificateError(code, (error as Error)?.message)) {
				const { message, description } = certificateMessage(target.origin, code);
				return credentialError(message, description);
			}
			return credentialError(
				`Could not reach ItemPath at ${target.origin}: ${connectionProblem(code)}. Check the URL in the ItemPath credential and that the server is reachable from n8n.`,
			);
		},
	);
}

const vendorSaid = (body: unknown, target: SignInTarget) => {
	const { message } = itemPathMessage(body);
	return message ? ` ItemPath said: "${redact(message, target.secrets)}".` : '';
};

const tokenOf = (body: unknown, key: string): string | undefined => {
	const value = body && typeof body === 'object' ? (body as IDataObject)[key] : undefined;
	return typeof value === 'string' && value !== '' ? value : undefined;
};

/**
 * Step 1, refresh: a new access token for the stored refresh token (no password sent), or
 * undefined when ItemPath no longer accepts that refresh token (401 expired or revoked, 422 not
 * readable): then a new login is needed. Any other answer is the credential's error.
 */
export async function refreshAccessToken(target: SignInTarget, refreshToken: string): Promise<string | undefined> {
	let reply = await call(target, 'GET', '/api/users/refresh', { bearer: refreshToken });
	// The docs do not name the method; accept a server that only takes POST.
	if (reply.statusCode === 405) reply = await call(target, 'POST', '/api/users/refresh', { bearer: refreshToken });
	const accessToken = tokenOf(reply.body, 'accessToken');
	if (reply.statusCode < 300 && accessToken) return accessToken;
	if (reply.statusCode === 401 || reply.statusCode === 422) return undefined;
	throw credentialError(`ItemPath at ${target.origin} could not renew the session (HTTP ${reply.statusCode}).${vendorSaid(reply.body, target)}`);
}

type LoginRow = [when: (reply: TokenReply) => boolean, message: (reply: TokenReply, target: SignInTarget) => string];

const rejected: LoginRow[1] = (reply, target) =>
	`ItemPath rejected the username or password (HTTP ${reply.statusCode}).${vendorSaid(reply.body, target)} Check Username and Password in the ItemPath credential.`;
const isObject = (body: unknown) => typeof body === 'object' && body !== null;

/**
 * What a login answer means, first matching row wins: the status-to-message table. ItemPath
 * answers an unknown user or a wrong password with 404 and `{"msg"}`; a 404 without it is no
 * ItemPath at all.
 */
export const LOGIN_FAILURES: LoginRow[] = [
	[
		(r) => r.statusCode >= 300 && r.statusCode < 400,
		(r, t) => {
			const location = String(r.headers?.location ?? '');
			const to = /^https?:\/\//i.test(location) ? ` to ${itemPathOrigin(location)}` : '';
			return `ItemPath at ${t.origin} redirected the login${to} (HTTP ${r.statusCode}). Enter the address it redirects to as the URL in the ItemPath credential (for example https instead of http).`;
		},
	],
	[(r) => r.statusCode === 404 && typeof (r.body as { msg?: unknown } | null)?.msg === 'string', rejected],
	[
		(r) => !isObject(r.body) || r.statusCode === 404 || r.statusCode === 405,
		(r, t) =>
			`There is no ItemPath login at ${t.base}/api/users/login (HTTP ${r.statusCode}). Check the URL in the ItemPath credential: it is the address you open ItemPath at, without /api.`,
	],
	[(r) => r.statusCode === 401 || r.statusCode === 403, rejected],
	[(r) => r.statusCode >= 300, (r, t) => `ItemPath refused the login (HTTP ${r.statusCode}).${vendorSaid(r.body, t)}`],
	[
		(r) => !tokenOf(r.body, 'accessToken') || typeof (r.body as { refreshToken?: unknown }).refreshToken !== 'string',
		(_r, t) => `ItemPath at ${t.origin} answered the login without tokens. Check that the URL points at ItemPath.`,
	],
];

/** The message for a failed login answer, or undefined when the answer carries the tokens. */
export function loginFailure(reply: TokenReply, target: SignInTarget): string | undefined {
	const row = LOGIN_FAILURES.find(([when]) => when(reply));
	return row ? row[1](reply, target) : undefined;
}

/** Step 2, login: `POST /api/users/login`, a 15-minute access token and a 30-day refresh token. */
export async function logIn(target: SignInTarget, username: string, password: string): Promise<{ accessToken: string; refreshToken: string }> {
	const reply = await call(target, 'POST', '/api/users/login', { body: { username, password } });
	const failure = loginFailure(reply, target);
	if (failure) throw credentialError(failure);
	const body = reply.body as { accessToken: string; refreshToken: string };
	return { accessToken: body.accessToken, refreshToken: body.refreshToken };
}

/**
 * The credential's whole sign-in (what its preAuthentication returns, stored by n8n):
 * an application token is used as it is; otherwise the stored refresh token is renewed when it
 * belongs to these settings, and a login is made when there is none or ItemPath refused it.
 */
export async function signIn(helper: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject): Promise<IDataObject> {
	const target = signInTarget(helper, credentials);
	const tokenFingerprint = sessionFingerprint(credentials);
	if (credentials.authMethod === 'applicationToken') {
		const token = String(credentials.applicationToken ?? '').trim();
		if (!token) {
			throw credentialError('The ItemPath credential has no Application Token. Paste one, or switch Authentication to "Username & Password".');
		}
		// A non-expiring token: used as the access token, no login, no refresh token.
		return { accessToken: token, refreshToken: '', tokenFingerprint };
	}
	const username = String(credentials.username ?? '').trim();
	const password = String(credentials.password ?? '');
	if (!username || !password) throw credentialError('The ItemPath credential needs a Username and a Password.');

	const storedRefresh = String(credentials.refreshToken ?? '');
	if (storedRefresh && credentials.tokenFingerprint === tokenFingerprint) {
		const accessToken = await refreshAccessToken(target, storedRefresh);
		if (accessToken) return { accessToken, tokenFingerprint };
	}
	return { ...(await logIn(target, username, password)), tokenFingerprint };
}
