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

/** The renewal itself; preAuthentication shares it between executions (renewOnce). */
async function createClaretToken(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
	const tenant = String(credentials.tenant ?? '').trim();
	if (!/^[A-Za-z0-9_-]+$/.test(tenant)) {
		throw new Error(
			`The Claret tenant "${tenant}" is not valid: use only letters, digits, "-" and "_" (the part after the host in your Claret address).`,
		);
	}
	const baseUrl = String(credentials.baseUrl ?? '').replace(/\/+$/, '');
	const reply = await tokenEndpointCall(this, 'Claret', baseUrl, {
		method: 'POST',
		url: `${baseUrl}/${tenant}/api/v1/tokens/create`,
		qs: { email: credentials.email, password: credentials.password },
		headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
	});
	if (reply instanceof Error) throw reply;
	const { statusCode, body } = reply;
	const vendorMessage =
		body && typeof body === 'object' && typeof (body as { message?: unknown }).message === 'string'
			? ` Claret said: "${(body as { message: string }).message}"`
			: '';
	if (typeof body === 'string' && /^\s*</.test(body)) {
		throw new Error(
			`Claret answered with an HTML page instead of JSON (HTTP ${statusCode}). Check the Base URL: it must be the Claret address without the tenant, e.g. https://plan.claret.app.`,
		);
	}
	if (statusCode === 404) {
		throw new Error(
			`Claret has no tenant "${tenant}" at ${baseUrl}. Check the Tenant field (the part after the host in your Claret address).`,
		);
	}
	if (statusCode === 401 || statusCode === 403 || statusCode === 422) {
		throw new Error(`Claret rejected the email or password for tenant "${tenant}".${vendorMessage} Check Email and Password.`);
	}
	const token = body && typeof body === 'object' ? (body as { token?: unknown }).token : undefined;
	if (statusCode >= 300 || typeof token !== 'string' || token === '') {
		throw new Error(`Claret did not issue a token (HTTP ${statusCode}).${vendorMessage}`);
	}
	return { token };
}

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
		return await renewOnce('claretApi', credentials, { tokenField: 'token' }, async () => await createClaretToken.call(this, credentials));
	}


	// A function rather than a generic block: n8n would evaluate the block's expression on every
	// request (the largest cost of a request after the network).
	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		return {
			...requestOptions,
			headers: {
				...(requestOptions.headers ?? {}),
				Authorization: `Bearer ${String(credentials.token ?? '')}`,
				'X-Requested-With': 'XMLHttpRequest',
				Accept: 'application/json',
			},
		};
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}/{{$credentials.tenant}}/api/v1',
			url: '/sales',
			qs: { sale_type_name: 'History', start_date: '2000-01-01', duration: 1, pagination_count: 1 },
		},
	};
}
