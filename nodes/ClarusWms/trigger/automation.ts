import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IHookFunctions, NodeApiError, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { httpFailure, vendorApiError } from '../../shared/http';
import { rememberDelivery, type DedupeStore } from '../../shared/triggers/dedupe';
import { digest, newToken, safeEqual } from '../../shared/triggers/secret';
import { isLoopbackOrPrivate, normalizeUrl } from '../../shared/triggers/url';
import { acceptDelivery, ignoreDuplicate, rejectDelivery } from '../../shared/triggers/webhook';
import { clarusApiRequest, clarusGraphql, clarusTarget } from '../transport';

/** What the trigger keeps in its node static data (stored in the workflow, not encrypted). */
interface ClarusTriggerState extends DedupeStore {
	v?: number;
	automationId?: number;
	token?: string;
	registeredBase?: string;
	paramsHash?: string;
	name?: string;
	createdAt?: string;
	/** An automation to delete before creating the next one (set when the registration went stale). */
	replaceAutomationId?: number;
}

const TOKEN_PARAMETER = 'n8n_token';
const DEDUPE_TTL_SEC = 24 * 3600;

interface Condition {
	conditionCode?: string;
	sourcePath?: string;
	operator?: string;
	value?: string;
}

interface TriggerSettings {
	resource: string;
	event: string;
	conditions: Condition[];
	options: IDataObject;
}

function settings(ctx: IHookFunctions | IWebhookFunctions): TriggerSettings {
	const resource = String(ctx.getNodeParameter('resource', ''));
	const event = String(ctx.getNodeParameter('event', ''));
	const conditions = ((ctx.getNodeParameter('conditions', {}) as IDataObject).condition ?? []) as Condition[];
	const options = ctx.getNodeParameter('options', {}) as IDataObject;
	return { resource, event, conditions, options };
}

const paramsHash = (s: TriggerSettings) => digest(JSON.stringify([s.resource, s.event, s.conditions.map((c) => [c.conditionCode, c.sourcePath, c.operator, c.value])]));

const state = (ctx: IHookFunctions | IWebhookFunctions) => ctx.getWorkflowStaticData('node') as ClarusTriggerState;

function clearRegistration(sd: ClarusTriggerState) {
	for (const key of ['automationId', 'token', 'registeredBase', 'paramsHash', 'name', 'createdAt'] as const) delete sd[key];
}

const isTest = (ctx: IHookFunctions) => ctx.getMode() === 'manual';

/** The name marker of this node's automations: ` [n8n:<first 8 of the webhook id>:prod|test]`. */
function marker(ctx: IHookFunctions): string {
	const id = String(ctx.getNode().webhookId ?? ctx.getNode().id ?? '').replace(/[^A-Za-z0-9-]/g, '');
	return `[n8n:${id.slice(0, 8)}:${isTest(ctx) ? 'test' : 'prod'}]`;
}

const LIST_QUERY = `query($filter: AutomationFilterType, $after: String) {
  automations { all(filter: $filter, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { id name resource_name event enabled created_at } }
  } }
}`;

interface AutomationNode {
	id: string | number;
	name?: string | null;
	resource_name?: string;
	event?: string;
	enabled?: boolean;
	created_at?: string;
}

/** Pages `automations.all` with a documented filter (there is no id filter). */
async function listAutomations(ctx: IHookFunctions, filter: IDataObject): Promise<AutomationNode[]> {
	const found: AutomationNode[] = [];
	let after: string | null = null;
	for (let page = 0; page < 100; page++) {
		const data = await clarusGraphql.call(ctx, LIST_QUERY, { filter, after }, 0);
		const all = ((data.automations as IDataObject | undefined)?.all ?? {}) as {
			pageInfo?: { hasNextPage?: boolean; endCursor?: string | null };
			edges?: Array<{ node?: AutomationNode }>;
		};
		for (const edge of all.edges ?? []) if (edge.node) found.push(edge.node);
		if (!all.pageInfo?.hasNextPage || !all.pageInfo.endCursor) break;
		after = all.pageInfo.endCursor;
	}
	return found;
}

/**
 * DELETE /api/automations/{id}. Resolves to undefined when the automation is gone (204, or 404:
 * already gone), or to the error to throw.
 */
async function deleteAutomation(ctx: IHookFunctions, id: number | string): Promise<NodeApiError | undefined> {
	try {
		await clarusApiRequest.call(ctx, { method: 'DELETE', path: `/api/automations/${encodeURIComponent(String(id))}`, itemIndex: 0 });
		return undefined;
	} catch (error) {
		const failure = httpFailure(error);
		if (failure.status === 404) return undefined;
		return vendorApiError(ctx.getNode(), {
			message: `Could not delete the Clarus Automation ${id}: ${failure.message}`,
			description: (error as { description?: string }).description ?? undefined,
			status: failure.status,
			itemIndex: 0,
		});
	}
}

export async function checkExists(this: IHookFunctions): Promise<boolean> {
	const sd = state(this);
	if (!sd.automationId || !sd.token) return false;
	const s = settings(this);
	const url = normalizeUrl(this.getNodeWebhookUrl('default'));
	if (url !== sd.registeredBase || paramsHash(s) !== sd.paramsHash) {
		// n8n's URL (WEBHOOK_URL) or the trigger's settings changed: replace the automation.
		this.logger.info(`Clarus WMS Trigger: Automation ${sd.automationId} is out of date (${url !== sd.registeredBase ? "n8n's webhook URL changed" : 'settings changed'}); it will be replaced`);
		sd.replaceAutomationId = sd.automationId;
		clearRegistration(sd);
		return false;
	}
	// Read-only look-up; a failure throws so n8n retries instead of creating a duplicate.
	const mine = (await listAutomations(this, { resource_name: { eq: s.resource }, event: { eq: s.event } })).find(
		(a) => Number(a.id) === sd.automationId,
	);
	if (!mine) {
		this.logger.warn(`Clarus WMS Trigger: Automation ${sd.automationId} no longer exists in Clarus; creating a new one`);
		clearRegistration(sd);
		return false;
	}
	if (mine.enabled === false) {
		if (s.options.reEnableAutomation === false) {
			throw new NodeOperationError(this.getNode(), `The Clarus Automation ${sd.automationId} ("${mine.name ?? ''}") is disabled in Clarus`, {
				description: 'Enable it in Clarus (Settings → Automations), or turn on the trigger option "Re-Enable Disabled Automation", then publish again.',
			});
		}
		await clarusApiRequest.call(this, {
			method: 'PATCH',
			path: `/api/automations/${sd.automationId}`,
			body: { data: { type: 'automations', attributes: { enabled: true } } },
			itemIndex: 0,
		});
		this.logger.warn(`Clarus WMS Trigger: Automation ${sd.automationId} was disabled in Clarus and has been enabled again`);
	}
	return true;
}

export async function create(this: IHookFunctions): Promise<boolean> {
	const sd = state(this);
	const s = settings(this);
	const webhookUrl = this.getNodeWebhookUrl('default') ?? '';
	const target = await clarusTarget.call(this, 0);
	let webhookHost = '';
	try {
		webhookHost = new URL(webhookUrl).hostname;
	} catch {
		webhookHost = '';
	}
	const clarusHost = new URL(target.baseUrl).hostname;
	if (!webhookHost || (isLoopbackOrPrivate(webhookHost) && !isLoopbackOrPrivate(clarusHost))) {
		throw new NodeOperationError(this.getNode(), `Clarus cannot reach ${webhookUrl || "n8n's webhook URL"}`, {
			description: "Set n8n's WEBHOOK_URL environment variable to the public HTTPS address of this n8n, restart n8n and publish again.",
		});
	}
	if (webhookUrl.startsWith('http:') && !isLoopbackOrPrivate(clarusHost)) {
		this.logger.warn(`Clarus WMS Trigger: the webhook URL ${webhookUrl} is plain HTTP; Clarus recommends a public HTTPS endpoint`);
	}

	// Idempotency sweep: activation retries, a create whose answer was lost, crashed test sessions
	// and stale registrations all leave automations carrying this node's marker. There is only
	// ever one live registration per node and mode, so every one of them goes before creating.
	const tag = marker(this);
	const stale = new Set<string>();
	if (sd.replaceAutomationId) stale.add(String(sd.replaceAutomationId));
	if (sd.automationId) stale.add(String(sd.automationId));
	for (const a of await listAutomations(this, { name: { like: `%${tag}%` } })) {
		if (String(a.name ?? '').includes(tag)) stale.add(String(a.id));
	}
	for (const id of stale) {
		const problem = await deleteAutomation(this, id);
		if (problem) throw problem;
		this.logger.info(`Clarus WMS Trigger: deleted earlier Automation ${id} of this trigger`);
	}
	delete sd.replaceAutomationId;
	clearRegistration(sd);

	const token = newToken();
	const separator = webhookUrl.includes('?') ? '&' : '?';
	const deliveryUrl = `${webhookUrl}${separator}${TOKEN_PARAMETER}=${token}`;
	const workflowName = this.getWorkflow().name ?? this.getWorkflow().id ?? 'workflow';
	const baseName = String(s.options.automationName || `n8n: ${workflowName} / ${this.getNode().name}`).slice(0, 200);
	const name = `${baseName} ${tag}`;
	const { body } = await clarusApiRequest.call(this, {
		method: 'POST',
		path: '/api/automations',
		itemIndex: 0,
		body: {
			data: {
				type: 'automations',
				attributes: {
					resource_name: s.resource,
					event: s.event,
					name,
					enabled: true,
					conditions_changes: s.conditions.map((c) => ({
						type: 'ADD',
						attributes: { condition_code: c.conditionCode, source_path: c.sourcePath, operator: c.operator, value: c.value },
					})),
					actions_changes: [
						{
							type: 'ADD',
							attributes: {
								destination_type: 'webhook',
								destination_code: 'default',
								parameters_changes: [
									{ type: 'ADD', attributes: { parameter_code: 'webhook_url', value: deliveryUrl } },
									{ type: 'ADD', attributes: { parameter_code: 'webhook_method', value: 'POST' } },
								],
							},
						},
					],
				},
			},
		},
	});
	const id = Number(((body as IDataObject)?.data as IDataObject | undefined)?.id);
	if (!Number.isInteger(id) || id <= 0) {
		throw new NodeOperationError(this.getNode(), 'Clarus answered the Automation create without an id', {
			description: 'The Automation may exist in Clarus anyway; publishing again removes it before creating a new one.',
		});
	}
	// Stored at once: if anything after this fails, n8n calls delete(), which needs the id.
	Object.assign(sd, {
		v: 1,
		automationId: id,
		token,
		registeredBase: normalizeUrl(webhookUrl),
		paramsHash: paramsHash(s),
		name,
		createdAt: new Date().toISOString(),
	});
	this.logger.info(`Clarus WMS Trigger: created Automation ${id} (${s.resource}.${s.event}) for ${webhookUrl}`);
	return true;
}

export async function remove(this: IHookFunctions): Promise<boolean> {
	const sd = state(this);
	if (!sd.automationId) return true;
	const id = sd.automationId;
	const problem = await deleteAutomation(this, id);
	if (problem) {
		// The id stays in static data, so the next publish removes the orphan before creating.
		// Not a UserError: n8n retries the teardown.
		this.logger.warn(`Clarus WMS Trigger: could not delete Automation ${id} in Clarus: ${problem.message}`);
		throw problem;
	}
	clearRegistration(sd);
	delete sd.seen;
	this.logger.info(`Clarus WMS Trigger: deleted Automation ${id}`);
	return true;
}

const isObject = (v: unknown): v is IDataObject => Boolean(v) && typeof v === 'object' && !Array.isArray(v);

const reject = (ctx: IWebhookFunctions, status: number, message: string, log: string) => rejectDelivery(ctx, 'Clarus WMS Trigger', status, message, log);

/** Checks a delivery (token, automation, tenant) before anything runs, dedupes it, emits one item. */
export async function receive(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const sd = state(this);
	const query = this.getQueryData() as IDataObject;
	const headers = this.getHeaderData() as IDataObject;
	if (!sd.token) {
		return reject(this, 401, 'Unauthorized', 'this trigger has no delivery token stored; re-publish the workflow (was the trigger node renamed?)');
	}
	if (!safeEqual(query[TOKEN_PARAMETER], sd.token)) {
		return reject(this, 401, 'Unauthorized', `missing or wrong ${TOKEN_PARAMETER}`);
	}
	const headerAutomation = headers['x-claruswms-automation-id'];
	if (headerAutomation === undefined) {
		this.logger.debug('Clarus WMS Trigger: delivery without X-ClarusWMS-Automation-ID');
	} else if (String(headerAutomation) !== String(sd.automationId)) {
		return reject(
			this,
			403,
			'Forbidden',
			`X-ClarusWMS-Automation-ID ${String(headerAutomation).slice(0, 20)} is not this trigger's Automation ${sd.automationId}; an old Automation may still point here: delete it in Clarus`,
		);
	}
	const s = settings(this);
	const target = await clarusTarget.call(this, 0);
	const subdomain = String(headers['x-claruswms-subdomain'] ?? '');
	if (s.options.verifyTenant !== false && subdomain.toLowerCase() !== target.subdomain.toLowerCase()) {
		return reject(this, 403, 'Forbidden', `X-ClarusWMS-Subdomain "${subdomain.slice(0, 63)}" is not the credential's subdomain "${target.subdomain}"`);
	}
	const body = this.getBodyData();
	if (!isObject(body)) {
		return reject(this, 400, 'Expected a JSON object', 'the body is not a JSON object');
	}
	const record = isObject(body.data) ? body.data : body;
	const mode = String(s.options.deduplicate ?? 'recordEventVersion');
	const recordKey = record.id !== undefined && record.id !== null ? String(record.id) : `body:${digest(JSON.stringify(record))}`;
	const version = mode === 'recordEventVersion' ? String(record.updated_at ?? digest(JSON.stringify(record))) : '';
	const key = `${sd.automationId}|${s.resource}|${s.event}|${recordKey}|${version}`;
	const dedupeKey = digest(key);
	if (mode !== 'off') {
		const max = Number(s.options.dedupeWindow ?? 1000);
		const scope = `${this.getWorkflow().id}:${this.getNode().name}:${this.getMode()}:${sd.automationId}`;
		if (rememberDelivery(scope, sd, key, { max, ttlSec: DEDUPE_TTL_SEC }) === 'duplicate') {
			return ignoreDuplicate(this, `Clarus WMS Trigger: duplicate delivery of ${s.resource}.${s.event} for record ${recordKey.slice(0, 40)} ignored`);
		}
	}
	const json: IDataObject = {
		resource: s.resource,
		event: s.event,
		automationId: sd.automationId,
		subdomain,
		receivedAt: new Date().toISOString(),
		dedupeKey,
		record,
	};
	if (headers['x-claruswms-integration-id'] !== undefined) json.integrationId = String(headers['x-claruswms-integration-id']);
	if (s.options.includeHeaders === true) {
		json.headers = Object.fromEntries(Object.entries(headers).filter(([k]) => k.toLowerCase().startsWith('x-claruswms-')));
	}
	return acceptDelivery(this, [{ json }]);
}
