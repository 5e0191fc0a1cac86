import { createHash } from 'crypto';
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

/**
 * Small pieces of the ItemPath session logic that the credential (preAuthentication) and the
 * node (transport) must agree on. Kept free of n8n runtime imports so the credential can load it.
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

/** Marks errors thrown by the credential's preAuthentication, so the node can pass them on. */
export const AUTH_ERROR_NAME = 'ItemPathAuthError';

/** An error for the credential's sign-in step. Never give it a `code` or `status`: n8n would
 * then replace the message with a generic one. Messages never contain secrets or URLs with them. */
export function itemPathAuthError(message: string, description?: string): Error {
	const error = new Error(message) as Error & { description?: string };
	error.name = AUTH_ERROR_NAME;
	if (description) error.description = description;
	return error;
}

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
