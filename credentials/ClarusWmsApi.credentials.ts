import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';
import { renewOnce } from './common/renewal';
import { renewalIdProperty, withBearer } from './common/properties';
import { clarusSubdomain, clarusToken, fetchClarusToken } from './ClarusWms/auth';

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
		renewalIdProperty(),
	];

	// One renewal per n8n process and credential identity (see credentials/common/renewal.ts).
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		// A pasted token is used directly (see `authenticate`); nothing to fetch or store.
		if (credentials.authMethod === 'accessToken') return {};
		return await renewOnce('clarusWmsApi', credentials, { tokenField: 'accessToken' }, async () => await fetchClarusToken(this, credentials));
	}

	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		return withBearer(requestOptions, clarusToken(credentials), { 'X-Clarus-Subdomain': clarusSubdomain(credentials).subdomain });
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
