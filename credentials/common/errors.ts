/**
 * The one marker of an error thrown by a credential's own sign-in (preAuthentication) in this
 * package. n8n wraps what preAuthentication throws in a NodeApiError (the original as `cause`);
 * the node transports look for this marker (credentialErrorOf) and pass the credential's message
 * on, since it already says what to fix.
 *
 * Never give such an error a `code` or `status`: n8n would then replace its message with a generic
 * one. Messages never contain secrets or request URLs that carry them.
 */
export const CREDENTIAL_ERROR_NAME = 'WmsCredentialError';

export function credentialError(message: string, description?: string): Error {
	const error = new Error(message) as Error & { description?: string };
	error.name = CREDENTIAL_ERROR_NAME;
	if (description) error.description = description;
	return error;
}

/** The credential's own error in `error` or its causes, if it is one. */
export function credentialErrorOf(error: unknown): { message: string; description?: string } | undefined {
	let current = error as { name?: unknown; message?: unknown; description?: unknown; cause?: unknown } | undefined;
	for (let depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
		if (current.name === CREDENTIAL_ERROR_NAME) {
			return {
				message: String(current.message ?? ''),
				description: typeof current.description === 'string' ? current.description : undefined,
			};
		}
		current = current.cause as typeof current;
	}
	return undefined;
}

/**
 * A credential setting a vendor's auth module finds unusable for the node's requests (the node
 * transports check it before any request and name the field and the item).
 */
export interface CredentialProblem {
	/** The field as the credential form shows it, e.g. "Tenant". */
	field: string;
	/** The value as typed, when showing it gives nothing away (never a URL: it may carry a password). */
	value?: string;
	/** What to enter instead. */
	description: string;
}
