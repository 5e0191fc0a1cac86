import { createHash } from 'crypto';
import { sleep } from 'n8n-workflow';
import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

/**
 * One token renewal per n8n process and credential identity.
 *
 * n8n runs a credential's `preAuthentication` in every execution (and every request in flight)
 * that finds the stored token empty or rejected, without a lock: 20 executions meeting the same
 * expired token renew it up to 20 times, and a vendor that ends the previous session when it
 * issues a new token (or throttles its token endpoint) then fails some of them. Here, the first
 * renewal for an identity runs; every renewal asked for the same identity while it runs, or
 * within RECENT_MS after it (executions that read the old token before the new one was stored),
 * gets its result instead of renewing again (unless the token rejected is that result itself).
 *
 * - The identity is a SHA-256 hash of the credential's type and all of its data except the token
 *   being renewed (address, user, password or client secret, the stored refresh token): two
 *   credentials share a renewal only when every one of these is identical, i.e. when they are the
 *   same account with the same stored session.
 * - Only the renewal's result (the new token fields, which n8n also stores encrypted in its
 *   database) is kept, in this process's memory, for RECENT_MS; then it is dropped.
 * - Queue mode: each main or worker process has its own memory, so each process renews at most
 *   once per expiry; executions on different workers can still renew once each.
 */
const RECENT_MS = 10_000;

interface IdentityState {
	renewing?: Promise<IDataObject>;
	recent?: IDataObject;
}
const identities = new Map<string, IdentityState>();

function identityKey(type: string, credentials: ICredentialDataDecryptedObject, tokenField: string, ignore: string[]): string {
	const rest = Object.keys(credentials)
		.filter((k) => k !== tokenField && !ignore.includes(k))
		.sort()
		.map((k) => [k, credentials[k]]);
	return createHash('sha256').update(JSON.stringify([type, rest])).digest('hex');
}

/**
 * Runs `renew` (the credential's actual renewal) unless a renewal for the same identity is
 * running or has just finished; then its result is returned. A failed renewal is not kept.
 */
export async function renewOnce(
	type: string,
	credentials: ICredentialDataDecryptedObject,
	opts: { tokenField: string; ignore?: string[] },
	renew: () => Promise<IDataObject>,
): Promise<IDataObject> {
	const key = identityKey(type, credentials, opts.tokenField, opts.ignore ?? []);
	let state = identities.get(key);
	if (state?.renewing) return { ...(await state.renewing) };
	// A just-renewed token is handed to executions that were rejected with an older one; if the
	// new token itself was rejected, it is renewed again.
	if (state?.recent && state.recent[opts.tokenField] !== credentials[opts.tokenField]) return { ...state.recent };
	state = {};
	identities.set(key, state);
	const current = state;
	const pending = renew();
	current.renewing = pending;
	void pending.then(
		(result) => {
			current.renewing = undefined;
			current.recent = result;
			void sleep(RECENT_MS).then(() => {
				if (identities.get(key) === current) identities.delete(key);
			});
		},
		() => {
			// A failed renewal is not shared with later callers.
			current.renewing = undefined;
			if (identities.get(key) === current) identities.delete(key);
		},
	);
	return { ...(await pending) };
}
