import type { ICredentialType, INodeProperties, Icon } from 'n8n-workflow';

/**
 * The shared secret that ItemPath's Data Push sends as a request header and the ItemPath Data
 * Push Trigger checks. ItemPath has no API for Data Push, so nothing here is ever sent to
 * ItemPath by n8n: the user types the same header name and value into the Data Push
 * integration (with "Private" ticked). The credential test is the trigger node's
 * `itemPathDataPushSecretTest`, which checks the secret locally and says so.
 */
export class ItemPathDataPushApi implements ICredentialType {
	name = 'itemPathDataPushApi';

	displayName = 'ItemPath Data Push Secret API';

	icon: Icon = { light: 'file:../nodes/ItemPath/itempath.svg', dark: 'file:../nodes/ItemPath/itempath.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-wms-planning/n8n-nodes-wms-planning#itempath-data-push-trigger';

	properties: INodeProperties[] = [
		{
			displayName: 'Header Name',
			name: 'headerName',
			type: 'string',
			default: 'X-N8N-Secret',
			required: true,
			description: 'The header ItemPath sends the secret in. Authorization also works, with a value like "Bearer &lt;secret&gt;".',
		},
		{
			displayName: 'Secret',
			name: 'secret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'At least 24 characters, e.g. from "openssl rand -base64 32". Enter exactly the same value as the header value in ItemPath\'s Data Push integration, and tick "Private" there.',
		},
	];
}
