import { NodeConnectionTypes } from 'n8n-workflow';
import type { IHookFunctions, INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { checkExists, create, receive, remove } from './trigger/automation';
import { triggerProperties } from './trigger/description';

export class ClarusWmsTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Clarus WMS Trigger',
		name: 'clarusWmsTrigger',
		icon: { light: 'file:clarusWms.svg', dark: 'file:clarusWms.dark.svg' },
		group: ['trigger'],
		version: 1,
		documentationUrl: 'https://github.com/n8n-nodes-wms-planning/n8n-nodes-wms-planning#clarus-wms-trigger',
		subtitle: '={{$parameter["resource"] + "." + $parameter["event"]}}',
		description: 'Starts the workflow when a Clarus WMS event happens (goods out created, dispatched, stock adjusted, ...)',
		defaults: { name: 'Clarus WMS Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{ name: 'clarusWmsOAuth2Api', required: true, displayOptions: { show: { authentication: ['oAuth2'] } } },
			{ name: 'clarusWmsApi', required: true, displayOptions: { show: { authentication: ['apiCredentials'] } } },
		],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		eventTriggerDescription: 'Waiting for Clarus to send an event',
		activationMessage: 'Clarus now sends the selected event to this workflow.',
		triggerPanel: {
			header: 'Clarus sends the event to n8n through an Automation that n8n creates for you',
			executionsHelp: {
				inactive:
					'While building the workflow, click "Listen for test event" and then cause the event in Clarus (for example create a goods out). n8n creates a temporary Automation and removes it after the first event, on cancel, or after 2 minutes. Clarus cannot send a sample on demand. When the workflow is ready, publish it.',
				active:
					'The workflow is published: every matching Clarus event starts an execution. Repeated deliveries of the same event start nothing. Unpublishing deletes the Automation in Clarus.',
			},
			activationHint:
				"Publishing creates an Automation named 'n8n …' in Clarus. Unpublishing deletes it. While you listen for a test event a second, temporary Automation exists for up to 2 minutes. If the workflow is also published, the event runs both. After changing n8n's WEBHOOK_URL, publish again.",
		},
		properties: triggerProperties,
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
