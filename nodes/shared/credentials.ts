import type { IAdditionalCredentialOptions, ICredentialDataDecryptedObject, INode } from 'n8n-workflow';
import { oncePerRun } from './retry';

/**
 * The node's credential of `type`, decrypted once per node run (not per page or item) and kept
 * only for that run. The copy is handed to n8n with every request (see credentialOption), so n8n
 * does not decrypt it again per request, and what the credential's preAuthentication renews
 * (tokens) is merged into this same copy by n8n: later requests of the run use the new token.
 */
export async function runCredentials(
	ctx: { getNode(): INode; getCredentials(type: string, itemIndex?: number): Promise<ICredentialDataDecryptedObject> },
	type: string,
	itemIndex: number,
): Promise<ICredentialDataDecryptedObject> {
	return await oncePerRun(ctx, `credentials:${type}`, async () => ({ ...(await ctx.getCredentials(type, itemIndex)) }));
}

/** The request option that makes n8n use the run's credential copy (undefined without a saved credential). */
export function credentialOption(
	node: INode,
	type: string,
	data: ICredentialDataDecryptedObject,
): IAdditionalCredentialOptions | undefined {
	const ref = node.credentials?.[type];
	if (!ref?.id) return undefined;
	return { credentialsDecrypted: { id: ref.id, name: ref.name, type, data } };
}
