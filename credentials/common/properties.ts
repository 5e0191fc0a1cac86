import type { IDataObject, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { RENEWAL_ID_FIELD } from './renewal';

/** Identifies a credential for shared renewals (credentials/common/renewal.ts); not a secret. */
export function renewalIdProperty(): INodeProperties {
	return { displayName: 'Renewal ID', name: RENEWAL_ID_FIELD, type: 'hidden', default: '' };
}

/**
 * The request with the credential's headers added (`Authorization: Bearer <token>` and the
 * vendor's extra headers). Credentials use a function rather than a generic `authenticate` block:
 * n8n would evaluate the block's expressions on every request (the largest cost of a request
 * after the network).
 */
export function withBearer(requestOptions: IHttpRequestOptions, token: unknown, extra: IDataObject = {}): IHttpRequestOptions {
	return {
		...requestOptions,
		headers: { ...(requestOptions.headers ?? {}), Authorization: `Bearer ${String(token ?? '')}`, ...extra },
	};
}
