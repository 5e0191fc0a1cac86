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
import { IGNORE_SSL_FIELD, IGNORE_SSL_OPTION, ITEMPATH_CREDENTIAL_TYPE, bearerFor, signIn } from './ItemPath/auth';

/**
 * ItemPath (the web API of Kardex Power Pick) authentication, all of it:
 *
 * - Everything lives under `{url}/api`: cloud `https://<company>.itempath.com/api`, self-hosted
 *   `https://<server>/api`, which often has a self-signed certificate (then "Ignore SSL Issues"
 *   is needed; it applies to the sign-in calls, the credential test and the ItemPath node).
 * - Every API call sends `Authorization: Bearer <access token>` (the application-token endpoint:
 *   the refresh token, see below).
 * - "Username & Password": `POST /api/users/login {"username","password"}` returns a JWT
 *   `accessToken` (valid 15 minutes) and a JWT `refreshToken` (valid 30 days). ItemPath answers a
 *   wrong password or unknown user with 404. When the access token has expired ItemPath answers
 *   `401 {"msg": "Token has expired"}`; `/api/users/refresh` with the REFRESH token as Bearer
 *   (no password sent) returns a new access token. After 30 days the refresh token expires too
 *   (401) and only a new login helps.
 * - "Application Token": users of type "application" can create a non-expiring access token
 *   (`POST /api/users/application-token` with the refresh token as Bearer: `authenticate` sends the
 *   refresh token to that one endpoint, so the ItemPath node's User → Create Application Token and
 *   n8n's HTTP Request node both work with this credential). Pasted here, it is sent as is and n8n
 *   never logs in.
 *
 * How n8n drives it: `accessToken` is a hidden, expirable field. n8n calls `preAuthentication`
 * when it is empty (first use), when the credential is tested, and after a request answered 401
 * (then it retries the request once). `preAuthentication` refreshes with the stored refresh token
 * when there is one, and logs in when there is none or ItemPath rejects it (401/422). Whatever it
 * returns is stored encrypted in the credential (`accessToken`, `refreshToken` and the
 * fingerprint of the settings the tokens belong to), so later executions reuse the session: one
 * login per 30 days and one refresh per expired access token. Executions of one n8n process that
 * meet the expired token at the same moment share one refresh (credentials/common/renewal.ts), so a
 * server that ends the previous session on every refresh fails none of them. The sign-in steps
 * live in credentials/ItemPath/auth.ts, which the ItemPath node imports too.
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
		renewalIdProperty(),
	];

	// One renewal per n8n process and credential identity (see credentials/common/renewal.ts).
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		return await renewOnce(ITEMPATH_CREDENTIAL_TYPE, credentials, { tokenField: 'accessToken', ignore: ['tokenFingerprint'] }, async () => await signIn(this, credentials));
	}

	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		return withBearer(requestOptions, bearerFor(credentials, requestOptions));
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
