import type { ICredentialDataDecryptedObject, IExecuteFunctions, IN8nHttpFullResponse, IPollFunctions } from 'n8n-workflow';
import { CLARET_CREDENTIAL_TYPE, claretApiBase as apiBaseOf, claretCredentialProblem } from '../../credentials/Claret/auth';
import { resolveApiPath } from '../shared/guards';
import { checkedRunCredentials, runCredentials, withRunCredential } from '../shared/credentials';
import type { VendorErrorStyle } from '../shared/http';
import { retrySettings } from '../shared/retry';
import { sendVendorRequest, type VendorRequest, type VendorTransport } from '../shared/transport';

/** A request to Claret; `path` is relative to `{baseUrl}/{tenant}/api/v1`, e.g. `/sales`. */
export type ClaretRequest = VendorRequest;

/** Who may call the transport: a node run (per item) or a polling trigger (no items). */
export type ClaretContext = IExecuteFunctions | IPollFunctions;

/** `{baseUrl}/{tenant}/api/v1` from the credential, with the tenant checked before any call. */
export async function claretApiBase(this: ClaretContext, itemIndex: number): Promise<string> {
	// Read once per run (a poll has no items: its credential is read without an item index).
	return apiBaseOf(await checkedRunCredentials(this, 'Claret', CLARET_CREDENTIAL_TYPE, itemIndex, claretCredentialProblem));
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

const claretTransport = (credentials: ICredentialDataDecryptedObject): VendorTransport => ({
	vendor: 'Claret',
	where: 'Claret',
	style: CLARET_ERRORS,
	// Read when an error is shaped: the token renewed during the request is in `credentials` by then.
	get secrets() {
		return [credentials.password, credentials.token];
	},
	unreachableHint: 'Check the Base URL in the Claret credential and that Claret is reachable from n8n.',
	credentialHint: 'Creating a Claret token failed. Check the Claret credential.',
});

/**
 * The only place the Claret node talks HTTP. Returns the full response (status, headers, body).
 * Refuses HTML where JSON was expected (Claret's login page) and turns Claret's error bodies
 * into NodeApiErrors carrying Claret's message.
 */
export async function claretApiRequest(this: ClaretContext, request: ClaretRequest): Promise<IN8nHttpFullResponse> {
	const { itemIndex } = request;
	const node = this.getNode();
	const url = resolveApiPath(node, await claretApiBase.call(this, itemIndex), request.path, itemIndex, request.pathParameter);
	const credentials = await runCredentials(this, CLARET_CREDENTIAL_TYPE, itemIndex);
	const { timeoutMs } = retrySettings(this);
	return await sendVendorRequest(this, claretTransport(credentials), request, async () =>
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
	);
}
