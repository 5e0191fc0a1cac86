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
import { CLARET_CREDENTIAL_TYPE, CLARET_HEADERS, createClaretToken } from './Claret/auth';

/**
 * Claret (supply and demand planning) authentication, all of it:
 *
 * - Every endpoint lives under `{baseUrl}/{tenant}/api/v1`.
 * - A token is created with `POST {baseUrl}/{tenant}/api/v1/tokens/create?email=…&password=…`
 *   (the credentials go in the QUERY STRING, as Claret documents) and comes back as
 *   `{"token": "<id>|<secret>"}` (Laravel Sanctum). Claret documents no lifetime, refresh or
 *   revoke endpoint, so the token is created once (`preAuthentication`, stored in the hidden,
 *   expirable `token` field) and reused by every later execution until Claret answers 401;
 *   n8n then calls `preAuthentication` again and retries the request once.
 * - Every call sends `Authorization: Bearer <token>`, `X-Requested-With: XMLHttpRequest`
 *   (without it Claret answers an expired token with a 302 redirect to its HTML login page
 *   instead of a JSON 401, and n8n could not renew the token) and `Accept: application/json`.
 *
 * Messages never include the token URL: it carries the password.
 */
export class ClaretApi implements ICredentialType {
	name = 'claretApi';

	displayName = 'Claret API';

	icon: Icon = { light: 'file:../nodes/Claret/claret.svg', dark: 'file:../nodes/Claret/claret.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-wms-planning/n8n-nodes-wms-planning#claret';

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://plan.claret.app',
			description: 'Where Claret runs. Keep the default unless Claret gave you another address.',
		},
		{
			displayName: 'Tenant',
			name: 'tenant',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'demo',
			description:
				'Your tenant name, the part after the host in your Claret address (https://plan.claret.app/<tenant>). Letters, digits, "-" and "_" only.',
		},
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
			required: true,
			description: 'The email address of the Claret user the workflows act as',
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		{
			displayName: 'Token',
			name: 'token',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
		renewalIdProperty(),
	];

	// One renewal per n8n process and credential identity (see credentials/common/renewal.ts).
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		return await renewOnce(CLARET_CREDENTIAL_TYPE, credentials, { tokenField: 'token' }, async () => await createClaretToken(this, credentials));
	}

	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		return withBearer(requestOptions, credentials.token, CLARET_HEADERS);
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}/{{$credentials.tenant}}/api/v1',
			url: '/sales',
			qs: { sale_type_name: 'History', start_date: '2000-01-01', duration: 1, pagination_count: 1 },
		},
	};
}
