import type { IAdditionalCredentialOptions, ICredentialDataDecryptedObject, INode } from 'n8n-workflow';
import type { CredentialProblem } from '../../credentials/common/errors';
import { itemError } from './errors';
import { oncePerRun } from './retry';

/**
 * The node's credential of `type`, decrypted once per node run (not per page or item) and kept
 * only for that run. Requests hand n8n a copy of it (see withRunCredential), so n8n does not
 * decrypt it again per request; what the credential's preAuthentication renews (tokens) comes back
 * into it, so later requests of the run use the new token.
 */
export async function runCredentials(
	ctx: { getNode(): INode; getCredentials(type: string, itemIndex?: number): Promise<ICredentialDataDecryptedObject> },
	type: string,
	itemIndex: number,
): Promise<ICredentialDataDecryptedObject> {
	// A poll or webhook run has no items: its credential is read without an item index.
	const read = async () => ('getInputData' in ctx ? await ctx.getCredentials(type, itemIndex) : await ctx.getCredentials(type));
	return await oncePerRun(ctx, `credentials:${type}`, async () => ({ ...(await read()) }));
}

/**
 * Sends one request with the run's credential: n8n gets a copy of it (so it does not decrypt the
 * credential again), and whatever n8n's renewal changed in that copy (a new token) is written back
 * to the run's credential afterwards. Each request has its own copy: a request rejected with the
 * old token renews from the old token (and shares the renewal, see renewal.ts), never from a
 * token another request in flight just received.
 */
export async function withRunCredential<T>(
	node: INode,
	type: string,
	runCopy: ICredentialDataDecryptedObject,
	send: (options: IAdditionalCredentialOptions | undefined) => Promise<T>,
): Promise<T> {
	const ref = node.credentials?.[type];
	if (!ref?.id) return await send(undefined);
	const start = { ...runCopy };
	const data = { ...runCopy };
	try {
		return await send({ credentialsDecrypted: { id: ref.id, name: ref.name, type, data } });
	} finally {
		for (const key of Object.keys(data)) if (data[key] !== start[key]) runCopy[key] = data[key];
	}
}

/**
 * The one way every vendor's transport gets its credential: the run's copy (runCredentials),
 * checked by the vendor's auth module before any request is sent; a bad setting fails the item
 * naming the credential, the field and the item.
 */
export async function checkedRunCredentials(
	ctx: { getNode(): INode; getCredentials(type: string, itemIndex?: number): Promise<ICredentialDataDecryptedObject> },
	vendor: string,
	type: string,
	itemIndex: number,
	problemOf: (credentials: ICredentialDataDecryptedObject) => CredentialProblem | undefined,
): Promise<ICredentialDataDecryptedObject> {
	const credentials = await runCredentials(ctx, type, itemIndex);
	const problem = problemOf(credentials);
	if (problem) {
		const shown = problem.value === undefined ? '' : `: "${problem.value}"`;
		throw itemError(ctx.getNode(), `The ${vendor} credential's "${problem.field}" is not valid${shown}`, itemIndex, { description: problem.description });
	}
	return credentials;
}
