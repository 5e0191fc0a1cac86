import type { INodeExecutionData, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

/**
 * Refuses a delivery before any execution exists: answers `status` with `{message}` and tells
 * n8n not to answer itself (the Github/Stripe trigger pattern). Throwing instead would make n8n
 * record a failed execution. `log` must not contain secrets.
 */
export function rejectDelivery(ctx: IWebhookFunctions, trigger: string, status: number, message: string, log: string): IWebhookResponseData {
	ctx.logger.warn(`${trigger} rejected a delivery (${status}): ${log}`);
	ctx.getResponseObject().status(status).json({ message }).end();
	return { noWebhookResponse: true };
}

/**
 * Accepts a delivery: answers 200 at once and hands the items to n8n to start an execution.
 *
 * Why the trigger answers itself (evidence from n8n 2.40.7, webhooks/webhook-helpers.js and
 * workflow-runner.js): with responseMode 'onReceived' n8n defers its own answer until the
 * execution is created, and the execution's Workflow object is built over the same static-data
 * object, which resets its "changed" flag; the static data the trigger changed in webhook()
 * (the deduplication keys) is then never saved. When the node has answered
 * (`noWebhookResponse: true`), n8n saves the static data before it starts the execution.
 */
export function acceptDelivery(ctx: IWebhookFunctions, items: INodeExecutionData[]): IWebhookResponseData {
	ctx.getResponseObject().status(200).json({ message: 'Workflow was started' }).end();
	return { noWebhookResponse: true, workflowData: [items] };
}

/** A delivery that is a repeat: 200 (so the sender stops retrying) and no execution. */
export function ignoreDuplicate(ctx: IWebhookFunctions, log: string): IWebhookResponseData {
	ctx.logger.info(log);
	ctx.getResponseObject().status(200).json({ message: 'Duplicate delivery ignored' }).end();
	return { noWebhookResponse: true };
}
