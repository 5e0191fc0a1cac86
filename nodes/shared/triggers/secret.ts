import { createHash, randomBytes, timingSafeEqual } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

/** An unguessable token (32 random bytes, base64url): safe in a URL query or path. */
export function newToken(): string {
	return randomBytes(32).toString('base64url');
}

/**
 * Constant-time comparison of a received secret with the expected one. Both sides are hashed
 * first, so neither their lengths nor a common prefix leak through timing. An empty or missing
 * expected value never matches.
 */
export function safeEqual(received: unknown, expected: unknown): boolean {
	if (typeof expected !== 'string' || expected === '') return false;
	if (typeof received !== 'string') return false;
	const a = createHash('sha256').update(received).digest();
	const b = createHash('sha256').update(expected).digest();
	return timingSafeEqual(a, b);
}

/** A copy of request headers without the named ones (case-insensitive) and without cookies or authorization. */
export function stripSecrets(headers: IDataObject, names: string[] = []): IDataObject {
	const drop = new Set(['authorization', 'cookie', 'proxy-authorization', ...names.map((n) => n.toLowerCase())]);
	const out: IDataObject = {};
	for (const [key, value] of Object.entries(headers ?? {})) {
		if (!drop.has(key.toLowerCase())) out[key] = value;
	}
	return out;
}

/** A short, stable hex digest (for dedupe keys and markers; never reversible to business data). */
export function digest(value: string, length = 32): string {
	return createHash('sha256').update(value).digest('hex').slice(0, length);
}
