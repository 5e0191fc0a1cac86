import { NodeConnectionTypes } from 'n8n-workflow';
import type { IHookFunctions, INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { checkExists, create, itemPathDataPushSecretTest, receive, remove } from './trigger/dataPush';

export class ItemPathDataPushTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ItemPath Data Push Trigger',
		name: 'itemPathDataPushTrigger',
		documentationUrl: 'https://github.com/n8n-nodes-wms-planning/n8n-nodes-wms-planning#itempath-data-push-trigger',
		icon: { light: 'file:itempath.svg', dark: 'file:itempath.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: 'Data Push',
		description: "Starts the workflow for each transaction ItemPath's Data Push app sends (picks, puts, counts confirmed in Power Pick)",
		defaults: { name: 'ItemPath Data Push Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'itemPathDataPushApi', required: true, testedBy: 'itemPathDataPushSecretTest' }],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		eventTriggerDescription: 'Waiting for ItemPath Data Push to send a transaction',
		activationMessage: 'ItemPath transactions pushed to the production URL now start this workflow.',
		triggerPanel: {
			header: 'Set up ItemPath Data Push to send transactions here',
			executionsHelp: {
				inactive:
					'In ItemPath: 1) Settings → Connections: an API connection whose Address is the start of the URL above (scheme and host, e.g. https://n8n.example.com). 2) Apps → Data Push → New Integration: Format JSON, that connection, Path = the rest of the URL above (/webhook-test/… while testing, /webhook/… once published). 3) Headers: name = the credential\'s Header Name (default X-N8N-Secret), value = the credential\'s Secret, tick Private. Timeout 10 s or more, Retries 1 or more, Max Records 10 per second or fewer. Then click "Listen for test event" and confirm a pick in Power Pick, or resend one from Failed Attempts.',
				active:
					'The workflow is published: each transaction ItemPath pushes to the production URL (/webhook/…) starts one execution; resends of the same transaction start nothing. Requests without the right secret header get 401 and appear in ItemPath under Failed Attempts.',
			},
			activationHint:
				'Publishing does not change anything in ItemPath: point the Data Push integration at the production URL (/webhook/…) with the secret header yourself, and switch it off in ItemPath when you unpublish.',
		},
		properties: [
			{
				displayName: 'Records Path',
				name: 'recordsPath',
				type: 'string',
				default: 'transaction',
				placeholder: 'e.g. transaction',
				description:
					'Where the transaction sits in the pushed JSON. ItemPath\'s suggested mapping wraps it in "transaction". Leave empty to use the whole body. A list gives one item per element.',
			},
			{
				displayName: 'Deduplicate By Field',
				name: 'dedupeField',
				type: 'string',
				default: 'id',
				placeholder: 'e.g. transactionId',
				description:
					'A field of the record that identifies the transaction (map ItemPath\'s transaction ID to it). Resends of the same value start nothing. Without it the whole record is compared.',
			},
			{
				displayName: 'Deduplication Window',
				name: 'dedupeWindow',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 20000 },
				default: 5000,
				description: 'How many recent transactions are remembered (7 days at most). 0 turns deduplication off.',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Include Metadata',
						name: 'includeMetadata',
						type: 'boolean',
						default: false,
						description: 'Whether to add _n8n: { receivedAt, dedupeKey } to each item',
					},
					{
						displayName: 'Include Headers',
						name: 'includeHeaders',
						type: 'boolean',
						default: false,
						description: 'Whether to add the request headers as _headers (the secret header, Authorization and cookies are always removed)',
					},
				],
			},
		],
	};

	methods = {
		credentialTest: { itemPathDataPushSecretTest },
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return await checkExists.call(this);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return await create.call(this);
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return await remove.call(this);
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await receive.call(this);
	}
}
