import type { ICredentialType, INodeProperties, Icon } from 'n8n-workflow';

/**
 * Clarus WMS through n8n's own OAuth 2.0 machinery, the way Clarus documents its API:
 *
 * - Clarus is an OAuth 2.0 server at `{baseUrl}/oauth/authorize` and `{baseUrl}/oauth/token`
 *   (`https://clarus-api.com` by default). Both grants it publishes are offered:
 *   - Client Credentials: n8n fetches a token with the client ID and secret on first use, stores
 *     it (encrypted) in this credential and reuses it in every execution; when Clarus answers 401
 *     (the token expired or was revoked) n8n fetches a new one and retries the call once.
 *   - Authorization Code: "Connect my account" opens Clarus's consent page; the access and refresh
 *     tokens are stored here and the access token is renewed with the refresh token on a 401.
 *   Clarus publishes no scopes, so the scope is empty. The client authenticates to the token
 *   endpoint with HTTP Basic (Clarus also accepts client_id/client_secret in the body).
 * - Clarus is multi-tenant: besides the bearer token, EVERY request must carry
 *   `X-Clarus-Subdomain: <tenant>`. n8n ignores `authenticate` on OAuth2 credentials (requests are
 *   signed by its OAuth2 client with the bearer token only), so the Clarus WMS node adds that
 *   header itself from the Subdomain field below, in its transport. For n8n's HTTP Request node,
 *   use the "Clarus WMS API" credential instead, which sends both headers by itself.
 * - Clarus advises a dedicated API user: signing into the web UI with the account the integration
 *   uses can end the integration's session.
 */
export class ClarusWmsOAuth2Api implements ICredentialType {
	name = 'clarusWmsOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'Clarus WMS OAuth2 API';

	icon: Icon = { light: 'file:../nodes/ClarusWms/clarusWms.svg', dark: 'file:../nodes/ClarusWms/clarusWms.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-wms-planning/n8n-nodes-wms-planning#clarus-wms';

	properties: INodeProperties[] = [
		{
			displayName: 'Grant Type',
			name: 'grantType',
			type: 'options',
			options: [
				{
					name: 'Authorization Code',
					value: 'authorizationCode',
				},
				{
					name: 'Client Credentials',
					value: 'clientCredentials',
				},
			],
			default: 'clientCredentials',
			description:
				'Client Credentials for a server-to-server integration client; Authorization Code to sign in as a (dedicated) Clarus user',
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
			displayName: 'Authorization URL',
			name: 'authUrl',
			type: 'hidden',
			default: '={{$self["baseUrl"].replace(/\\/+$/, "")}}/oauth/authorize',
		},
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'hidden',
			default: '={{$self["baseUrl"].replace(/\\/+$/, "")}}/oauth/token',
		},
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'hidden',
			default: '',
		},
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'hidden',
			default: '',
		},
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'hidden',
			default: 'header',
		},
	];
}
