import { createHash, randomUUID } from 'crypto';
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
 * within RECENT_MS after it with the very token that renewal replaced (executions that read the
 * old token before the new one was stored), gets its result instead of renewing again.
 *
 * - The identity is a SHA-256 hash of the credential's type, its own random renewal id (a hidden
 *   field, RENEWAL_ID_FIELD, created on its first renewal and stored with its tokens) and all of
 *   its other data except the token being renewed (address, user, password or client secret, the
 *   stored refresh token). Two credentials never share a renewal, even with identical settings;
 *   a credential without a renewal id yet (first use) does not share at all.
 * - Only the renewal's result (the new token fields, which n8n also stores encrypted in its
 *   database) is kept, in this process's memory, for RECENT_MS; then it is dropped.
 * - Queue mode: each main or worker process has its own memory, so each process renews at most
 *   once per expiry; executions on different workers can still renew once each.
 */
const RECENT_MS = 10_000;

/** The hidden credential field holding the credential's renewal id. */
export const RENEWAL_ID_FIELD = 'renewalId';

interface IdentityState {
	renewing?: Promise<IDataObject>;
	/** The token the running or last renewal replaced, and that renewal's result. */
	replaced: unknown;
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
	const renewalId = credentials[RENEWAL_ID_FIELD];
	if (typeof renewalId !== 'string' || renewalId === '') {
		// Not known to be this credential yet: renew alone, and give it its id (stored by n8n).
		return { ...(await renew()), [RENEWAL_ID_FIELD]: randomUUID() };
	}
	const key = identityKey(type, credentials, opts.tokenField, opts.ignore ?? []);
	let state = identities.get(key);
	if (state?.renewing) return { ...(await state.renewing) };
	// A just-renewed token is handed only to executions rejected with the very token it replaced
	// (they read it before the new one was stored); any other rejected token is renewed again.
	if (state?.recent && state.replaced === credentials[opts.tokenField]) return { ...state.recent };
	state = { replaced: credentials[opts.tokenField] };
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
