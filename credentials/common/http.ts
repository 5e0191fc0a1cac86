import type { IHttpRequestHelper, IHttpRequestOptions } from 'n8n-workflow';
import { credentialError } from './errors';

/**
 * What the credentials' sign-in calls and the node transports both need about HTTP: connection
 * error codes in words, secret redaction and the token call itself. Free of node code, so the
 * credentials (which n8n loads on their own) import nothing from nodes/.
 */

/** The error code of a failed connection, looking through wrapped errors. */
export function connectionErrorCode(error: unknown): string | undefined {
	let current = error as { code?: unknown; cause?: unknown } | undefined;
	for (let depth = 0; current && depth < 5; depth++) {
		if (typeof current.code === 'string' && /^[A-Z][A-Z0-9_]+$/.test(current.code)) return current.code;
		current = current.cause as typeof current;
	}
	return undefined;
}

/** Connection failures (nothing answered), in words. */
export const NETWORK_PROBLEMS: Record<string, string> = {
	EAI_AGAIN: 'the DNS lookup failed',
	ECONNABORTED: 'the connection was aborted',
	ECONNREFUSED: 'the connection was refused',
	ECONNRESET: 'the connection was reset',
	EHOSTUNREACH: 'the host is unreachable',
	ENETUNREACH: 'the network is unreachable',
	ENOTFOUND: 'the host name was not found',
	EPIPE: 'the connection was closed',
	ETIMEDOUT: 'the connection timed out',
};

/**
 * A connection error code in words. n8n replaces any error message that contains a raw code such
 * as ECONNREFUSED with a generic sentence, which would drop the vendor's address and the advice.
 */
export function connectionProblem(code: string | undefined): string {
	if (!code) return 'no answer';
	return NETWORK_PROBLEMS[code] ?? `error ${code.toLowerCase()}`;
}

/** Removes every occurrence of the given secrets from a text. */
export function redact(text: string, secrets: unknown[]): string {
	let out = text;
	for (const secret of secrets) {
		if (typeof secret === 'string' && secret.length >= 4) out = out.split(secret).join('[redacted]');
	}
	return out;
}

/** A sign-in call's answer, whatever its status. */
export interface TokenReply {
	statusCode: number;
	body: unknown;
	headers: Record<string, unknown>;
}

/**
 * A credential's token call (inside preAuthentication): the full answer whatever its status. When
 * nothing answered, throws the credential's error saying the vendor could not be reached (or what
 * `unreachable` says). The message never contains the request (it may carry the password).
 */
export async function tokenEndpointCall(
	helper: IHttpRequestHelper,
	options: Omit<IHttpRequestOptions, 'returnFullResponse' | 'ignoreHttpStatusErrors' | 'json'>,
	unreachable: (error: unknown) => Error,
): Promise<TokenReply> {
	try {
		return (await helper.helpers.httpRequest({ ...options, returnFullResponse: true, ignoreHttpStatusErrors: true, json: true })) as TokenReply;
	} catch (error) {
		throw unreachable(error);
	}
}

/** The usual "could not reach" error of a token call. */
export function unreachableError(vendor: string, baseUrl: string, field = 'Base URL') {
	return (error: unknown) =>
		credentialError(`Could not reach ${vendor} at ${baseUrl}: ${connectionProblem(connectionErrorCode(error))}. Check the ${field}.`);
}
