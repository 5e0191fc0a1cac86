import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestHelper } from 'n8n-workflow';
import { tokenEndpointCall, unreachableError } from '../common/http';
import { credentialError, type CredentialProblem } from '../common/errors';

/**
 * Claret authentication, in one place for the Claret API credential (its token call) and the
 * Claret node (its transport): the tenant, the API base and the token call.
 */

export const CLARET_CREDENTIAL_TYPE = 'claretApi';

export const TENANT_PATTERN = /^[A-Za-z0-9_-]+$/;

/** The tenant as typed (trimmed); `valid` says whether it may go into a URL. */
export function claretTenant(credentials: ICredentialDataDecryptedObject): { tenant: string; valid: boolean } {
	const tenant = String(credentials.tenant ?? '').trim();
	return { tenant, valid: TENANT_PATTERN.test(tenant) };
}

/** The Base URL without trailing slashes. */
export function claretBaseUrl(credentials: ICredentialDataDecryptedObject): string {
	return String(credentials.baseUrl ?? '').replace(/\/+$/, '');
}

/** `{baseUrl}/{tenant}/api/v1`, for a credential whose tenant is valid. */
export function claretApiBase(credentials: ICredentialDataDecryptedObject): string {
	return `${claretBaseUrl(credentials)}/${claretTenant(credentials).tenant}/api/v1`;
}

/** What is wrong with the credential's settings for a node's requests, if anything (checked before any call). */
export function claretCredentialProblem(credentials: ICredentialDataDecryptedObject): CredentialProblem | undefined {
	const { tenant, valid } = claretTenant(credentials);
	if (valid) return undefined;
	return {
		field: 'Tenant',
		value: tenant,
		description: 'A tenant is the part after the host in your Claret address and uses only letters, digits, "-" and "_".',
	};
}

/** The headers of every Claret call besides the bearer token (without X-Requested-With Claret answers an expired token with its HTML login page). */
export const CLARET_HEADERS: IDataObject = { 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json' };

/**
 * `POST {baseUrl}/{tenant}/api/v1/tokens/create?email=…&password=…` (the credentials go in the
 * query string, as Claret documents): `{"token": "<id>|<secret>"}`. Messages never include the
 * token URL: it carries the password.
 */
export async function createClaretToken(helper: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject): Promise<IDataObject> {
	const { tenant, valid } = claretTenant(credentials);
	if (!valid) {
		throw credentialError(
			`The Claret tenant "${tenant}" is not valid: use only letters, digits, "-" and "_" (the part after the host in your Claret address).`,
		);
	}
	const baseUrl = claretBaseUrl(credentials);
	const { statusCode, body } = await tokenEndpointCall(
		helper,
		{
			method: 'POST',
			url: `${claretApiBase(credentials)}/tokens/create`,
			qs: { email: credentials.email, password: credentials.password },
			headers: CLARET_HEADERS,
		},
		unreachableError('Claret', baseUrl),
	);
	const vendorMessage =
		body && typeof body === 'object' && typeof (body as { message?: unknown }).message === 'string'
			? ` Claret said: "${(body as { message: string }).message}"`
			: '';
	if (typeof body === 'string' && /^\s*</.test(body)) {
		throw credentialError(
			`Claret answered with an HTML page instead of JSON (HTTP ${statusCode}). Check the Base URL: it must be the Claret address without the tenant, e.g. https://plan.claret.app.`,
		);
	}
	if (statusCode === 404) {
		throw credentialError(`Claret has no tenant "${tenant}" at ${baseUrl}. Check the Tenant field (the part after the host in your Claret address).`);
	}
	if (statusCode === 401 || statusCode === 403 || statusCode === 422) {
		throw credentialError(`Claret rejected the email or password for tenant "${tenant}".${vendorMessage} Check Email and Password.`);
	}
	const token = body && typeof body === 'object' ? (body as { token?: unknown }).token : undefined;
	if (statusCode >= 300 || typeof token !== 'string' || token === '') {
		throw credentialError(`Claret did not issue a token (HTTP ${statusCode}).${vendorMessage}`);
	}
	return { token };
}
