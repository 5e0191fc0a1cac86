import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestHelper } from 'n8n-workflow';
import { tokenEndpointCall, unreachableError } from '../common/http';
import { credentialError, type CredentialProblem } from '../common/errors';

/**
 * Clarus WMS authentication, in one place for both Clarus credentials and the Clarus WMS node
 * (its transport): the tenant (subdomain), the Base URL, the client-credentials token call and
 * the secrets that never appear in a message.
 */

export const SUBDOMAIN_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]*$/;

/** The subdomain as typed (trimmed); `valid` says whether it may be sent. */
export function clarusSubdomain(credentials: ICredentialDataDecryptedObject): { subdomain: string; valid: boolean } {
	const subdomain = String(credentials.subdomain ?? '').trim();
	return { subdomain, valid: SUBDOMAIN_PATTERN.test(subdomain) };
}

/** The Base URL without trailing slashes. */
export function clarusBaseUrl(credentials: ICredentialDataDecryptedObject): string {
	return String(credentials.baseUrl ?? '').trim().replace(/\/+$/, '');
}

/** The token a Clarus WMS API credential sends: the pasted one, or the one it fetched. */
export function clarusToken(credentials: ICredentialDataDecryptedObject): unknown {
	return credentials.authMethod === 'accessToken' ? credentials.token : credentials.accessToken;
}

/** Values of either Clarus credential that never appear in a message (client secret, tokens). */
export function clarusSecrets(credentials: ICredentialDataDecryptedObject): unknown[] {
	const tokens = (credentials.oauthTokenData ?? {}) as IDataObject;
	return [credentials.clientSecret, credentials.token, credentials.accessToken, tokens.access_token, tokens.refresh_token];
}

/** What is wrong with the credential's settings for a node's requests, if anything (checked before any call). */
export function clarusCredentialProblem(credentials: ICredentialDataDecryptedObject): CredentialProblem | undefined {
	const { subdomain, valid } = clarusSubdomain(credentials);
	if (!valid) {
		return {
			field: 'Subdomain',
			value: subdomain,
			description: 'The subdomain is your Clarus tenant (letters, digits and "-"), e.g. acme-warehouse. It is sent as the X-Clarus-Subdomain header.',
		};
	}
	let parsed: URL | undefined;
	try {
		parsed = new URL(clarusBaseUrl(credentials));
	} catch {
		parsed = undefined;
	}
	if (!parsed || !/^https?:$/.test(parsed.protocol)) {
		return { field: 'Base URL', description: 'Use the address of the Clarus API, e.g. https://clarus-api.com.' };
	}
	return undefined;
}

/**
 * Client credentials: `POST {baseUrl}/oauth/token` (`grant_type=client_credentials`, the client
 * authenticated with HTTP Basic, as OAuth 2.0 specifies). Returns the new access token.
 */
export async function fetchClarusToken(helper: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject): Promise<IDataObject> {
	const { subdomain, valid } = clarusSubdomain(credentials);
	if (!valid) {
		throw credentialError(`The Clarus subdomain "${subdomain}" is not valid: use your tenant name (letters, digits and "-"), e.g. acme-warehouse.`);
	}
	const baseUrl = clarusBaseUrl(credentials);
	const { statusCode, body } = await tokenEndpointCall(
		helper,
		{
			method: 'POST',
			url: `${baseUrl}/oauth/token`,
			body: { grant_type: 'client_credentials' },
			auth: { username: String(credentials.clientId ?? ''), password: String(credentials.clientSecret ?? '') },
			headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
		},
		unreachableError('Clarus', baseUrl),
	);
	const data = (body && typeof body === 'object' ? body : {}) as { access_token?: unknown; error?: unknown; error_description?: unknown };
	const vendor = [data.error, data.error_description].filter((x) => typeof x === 'string').join(': ');
	if (statusCode === 400 || statusCode === 401) {
		throw credentialError(`Clarus rejected the client ID or secret${vendor ? ` (${vendor})` : ''}. Check Client ID and Client Secret.`);
	}
	if (statusCode >= 300 || typeof data.access_token !== 'string' || data.access_token === '') {
		throw credentialError(`Clarus did not issue an access token (HTTP ${statusCode})${vendor ? `: ${vendor}` : ''}.`);
	}
	return { accessToken: data.access_token };
}
