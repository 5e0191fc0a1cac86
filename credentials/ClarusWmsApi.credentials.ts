import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';
import { tokenEndpointCall } from '../nodes/shared/http';
import { renewOnce } from '../nodes/shared/renewal';

const SUBDOMAIN_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]*$/;

/** The renewal itself; preAuthentication shares it between executions (renewOnce). */
async function fetchClarusToken(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
	// A pasted token is used directly (see `authenticate`); nothing to fetch or store.
	if (credentials.authMethod === 'accessToken') return {};
	const subdomain = String(credentials.subdomain ?? '').trim();
	if (!SUBDOMAIN_PATTERN.test(subdomain)) {
		throw new Error(
			`The Clarus subdomain "${subdomain}" is not valid: use your tenant name (letters, digits and "-"), e.g. acme-warehouse.`,
		);
	}
	const baseUrl = String(credentials.baseUrl ?? '').replace(/\/+$/, '');
	const reply = await tokenEndpointCall(this, 'Clarus', baseUrl, {
		method: 'POST',
		url: `${baseUrl}/oauth/token`,
		body: { grant_type: 'client_credentials' },
		auth: { username: String(credentials.clientId ?? ''), password: String(credentials.clientSecret ?? '') },
		headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
	});
	if (reply instanceof Error) throw reply;
	const { statusCode, body } = reply;
	const data = (body && typeof body === 'object' ? body : {}) as {
		access_token?: unknown;
		error?: unknown;
		error_description?: unknown;
	};
	const vendor = [data.error, data.error_description].filter((x) => typeof x === 'string').join(': ');
	if (statusCode === 400 || statusCode === 401) {
		throw new Error(
			`Clarus rejected the client ID or secret${vendor ? ` (${vendor})` : ''}. Check Client ID and Client Secret.`,
		);
	}
	if (statusCode >= 300 || typeof data.access_token !== 'string' || data.access_token === '') {
		throw new Error(`Clarus did not issue an access token (HTTP ${statusCode})${vendor ? `: ${vendor}` : ''}.`);
	}
	return { accessToken: data.access_token };
}

/**
 * Clarus WMS in one self-contained credential that also works in n8n's HTTP Request node
 * ("Predefined Credential Type"): it sends BOTH headers Clarus wants on every request,
 * `Authorization: Bearer <token>` and `X-Clarus-Subdomain: <tenant>`.
 *
 * Two ways to get the token:
 * - Client Credentials (recommended): the client ID and secret are exchanged at
 *   `POST {baseUrl}/oauth/token` (`grant_type=client_credentials`, client authenticated with HTTP
 *   Basic, as OAuth 2.0 specifies). This runs in `preAuthentication`, so the token lands in the
 *   hidden, expirable `accessToken` field, is stored encrypted and reused by every execution.
 *   When Clarus answers 401 (expired or revoked), n8n runs `preAuthentication` again and retries
 *   the request once: the token renews itself. (Like n8n's own CrowdStrike OAuth2 credential.)
 * - Access Token: a token obtained elsewhere is pasted and used as is; it cannot be renewed.
 *
 * For the "Connect my account" (authorization code) flow use the Clarus WMS OAuth2 API
 * credential. Messages never include the client secret or a token.
 */
export class ClarusWmsApi implements ICredentialType {
	name = 'clarusWmsApi';

	displayName = 'Clarus WMS API';

	icon: Icon = { light: 'file:../nodes/ClarusWms/clarusWms.svg', dark: 'file:../nodes/ClarusWms/clarusWms.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-wms-planning/n8n-nodes-wms-planning#clarus-wms';

	properties: INodeProperties[] = [
		{
			displayName: 'Authentication',
			name: 'authMethod',
			type: 'options',
			options: [
				{
					name: 'Client Credentials',
					value: 'clientCredentials',
					description: 'Exchange a client ID and secret for tokens, renewed automatically',
				},
				{
					name: 'Access Token',
					value: 'accessToken',
					description: 'Use an access token obtained elsewhere (not renewed when it expires)',
				},
			],
			default: 'clientCredentials',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://clarus-api.com',
			description: 'Where the Clarus API runs. Keep the default unless Clarus gave you another address.',
		},
		{
			displayName: 'Subdomain',
			name: 'subdomain',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'acme-warehouse',
			description:
				'Your Clarus tenant, sent as the X-Clarus-Subdomain header on every request (letters, digits and "-")',
		},
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			default: '',
			required: true,
			displayOptions: { show: { authMethod: ['clientCredentials'] } },
		},
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			displayOptions: { show: { authMethod: ['clientCredentials'] } },
		},
		{
			displayName: 'Access Token',
			name: 'token',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			displayOptions: { show: { authMethod: ['accessToken'] } },
			description: 'A Clarus OAuth 2.0 access token',
		},
		{
			displayName: 'Session Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
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
		// A pasted token is used directly (see `authenticate`); nothing to fetch or store.
		if (credentials.authMethod === 'accessToken') return {};
		return await renewOnce('clarusWmsApi', credentials, { tokenField: 'accessToken' }, async () => await fetchClarusToken.call(this, credentials));
	}


	// A function rather than a generic block: n8n would evaluate the block's expressions on every
	// request (the largest cost of a request after the network).
	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const token = credentials.authMethod === 'accessToken' ? credentials.token : credentials.accessToken;
		return {
			...requestOptions,
			headers: {
				...(requestOptions.headers ?? {}),
				Authorization: `Bearer ${String(token ?? '')}`,
				'X-Clarus-Subdomain': String(credentials.subdomain ?? '').trim(),
			},
		};
	}

	// A one-record GraphQL list: proves the token AND that it may use this subdomain.
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/graphql',
			method: 'POST',
			body: { query: '{ warehouses { all(first: 1) { edges { node { id } } } } }' },
			json: true,
		},
	};
}
