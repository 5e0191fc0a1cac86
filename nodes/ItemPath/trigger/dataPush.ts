import { NodeOperationError } from 'n8n-workflow';
import type {
	ICredentialDataDecryptedObject,
	ICredentialTestFunctions,
	ICredentialsDecrypted,
	IDataObject,
	IHookFunctions,
	INodeCredentialTestResult,
	INodeExecutionData,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { rememberDelivery, type DedupeStore } from '../../shared/triggers/dedupe';
import { digest, safeEqual, stripSecrets } from '../../shared/triggers/secret';
import { acceptDelivery, ignoreDuplicate, rejectDelivery } from '../../shared/triggers/webhook';

export const DATA_PUSH_CREDENTIAL = 'itemPathDataPushApi';
export const MIN_SECRET_LENGTH = 24;
const DEDUPE_TTL_SEC = 7 * 24 * 3600;

interface DataPushState extends DedupeStore {
	configuredFor?: string;
	activatedAt?: string;
}

/** Why a Data Push secret credential is unusable, or undefined when it is fine. Never quotes the secret. */
export function secretProblem(credentials: ICredentialDataDecryptedObject | undefined): string | undefined {
	const headerName = String(credentials?.headerName ?? '').trim();
	const secret = String(credentials?.secret ?? '');
	if (!/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(headerName)) return 'The Header Name is empty or not a valid HTTP header name';
	if (secret.length < MIN_SECRET_LENGTH) return `The Secret is shorter than ${MIN_SECRET_LENGTH} characters`;
	if (!/^[\x21-\x7e]+( [\x21-\x7e]+)*$/.test(secret)) return 'The Secret may only contain printable ASCII characters (a single space is allowed, as in "Bearer …")';
	return undefined;
}

/** The credential test: local only (ItemPath has no Data Push API to ask), and it says so. */
export async function itemPathDataPushSecretTest(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	const problem = secretProblem(credential.data);
	if (problem) return { status: 'Error', message: `${problem}. Set a Data Push secret of at least ${MIN_SECRET_LENGTH} characters.` };
	return {
		status: 'OK',
		message: 'The header name and secret are well formed. ItemPath has no API to check them against: set the same header and value in the Data Push integration.',
	};
}

const state = (ctx: IHookFunctions | IWebhookFunctions) => ctx.getWorkflowStaticData('node') as DataPushState;

export async function checkExists(this: IHookFunctions): Promise<boolean> {
	return state(this).configuredFor === this.getNodeWebhookUrl('default');
}

/** Nothing to register at ItemPath (set up by hand in its Data Push app); checks the secret so a bad one fails publishing. */
export async function create(this: IHookFunctions): Promise<boolean> {
	const credentials = await this.getCredentials(DATA_PUSH_CREDENTIAL);
	const problem = secretProblem(credentials);
	if (problem) {
		throw new NodeOperationError(this.getNode(), `Set a Data Push secret of at least ${MIN_SECRET_LENGTH} characters: ${problem}`, {
			description: 'Open the ItemPath Data Push Secret credential and enter a long random secret, then use the same value in ItemPath.',
		});
	}
	const url = this.getNodeWebhookUrl('default') ?? '';
	const sd = state(this);
	sd.configuredFor = url;
	sd.activatedAt = new Date().toISOString();
	let path = url;
	let address = '';
	try {
		const parsed = new URL(url);
		address = parsed.origin;
		path = `${parsed.pathname}${parsed.search}`;
	} catch {
		address = '';
	}
	this.logger.info(
		`ItemPath Data Push Trigger: ready. In ItemPath set the connection Address to ${address || url}, the Data Push Path to ${path}, Format JSON, and the header ${String(credentials.headerName)} (Private) to the credential's secret`,
	);
	return true;
}

export async function remove(this: IHookFunctions): Promise<boolean> {
	const sd = state(this);
	delete sd.configuredFor;
	delete sd.activatedAt;
	return true;
}

const isObject = (v: unknown): v is IDataObject => Boolean(v) && typeof v === 'object' && !Array.isArray(v);

const at = (obj: unknown, path: string): unknown =>
	path
		.split('.')
		.filter(Boolean)
		.reduce<unknown>((o, k) => (isObject(o) ? o[k] : undefined), obj);

/** A JSON text with sorted keys, so the same record always gives the same key whatever the key order. */
function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (isObject(value)) return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
	return JSON.stringify(value ?? null);
}

function recordKey(record: IDataObject, field: string): string {
	const value = field ? at(record, field) : undefined;
	if (typeof value === 'string' || typeof value === 'number') return `${field}:${value}`;
	// Consolidate Lines: {"<transactionId1>": value, ...}; the set of transaction ids is the key.
	if (isObject(value)) return `${field}:{${Object.keys(value).sort().join(',')}}`;
	return `record:${digest(canonical(record))}`;
}

const reject = (ctx: IWebhookFunctions, status: number, message: string, log: string) => rejectDelivery(ctx, 'ItemPath Data Push Trigger', status, message, log);

export async function receive(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const credentials = await this.getCredentials(DATA_PUSH_CREDENTIAL);
	const headerName = String(credentials.headerName ?? '').trim().toLowerCase();
	const headers = this.getHeaderData() as IDataObject;
	const received = headers[headerName];
	if (secretProblem(credentials) || !safeEqual(typeof received === 'string' ? received : undefined, String(credentials.secret ?? ''))) {
		return reject(this, 401, 'Unauthorized', received === undefined ? `no ${headerName} header` : `wrong value in the ${headerName} header`);
	}
	const contentType = String(headers['content-type'] ?? '');
	if (!/\bjson\b/i.test(contentType)) {
		return reject(this, 415, 'Set the Data Push integration Format to JSON', `content type "${contentType.slice(0, 60)}" is not JSON`);
	}
	const body = this.getBodyData() as unknown;
	const recordsPath = String(this.getNodeParameter('recordsPath', 'transaction')).trim();
	const found = recordsPath ? at(body, recordsPath) : body;
	const list = Array.isArray(found) ? found : [found];
	if (!list.length || !list.every(isObject)) {
		return reject(
			this,
			400,
			`Expected a JSON object${recordsPath ? ` under "${recordsPath}"` : ''}`,
			`the body has no JSON object${recordsPath ? ` under "${recordsPath}"` : ''} (check the trigger's Records Path and the Data Push mappings)`,
		);
	}
	const dedupeField = String(this.getNodeParameter('dedupeField', 'id')).trim();
	const max = Number(this.getNodeParameter('dedupeWindow', 5000));
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const sd = state(this);
	const receivedAt = new Date().toISOString();
	const items: INodeExecutionData[] = [];
	const scope = `${this.getWorkflow().id}:${this.getNode().name}:${this.getMode()}`;
	for (const record of list as IDataObject[]) {
		const key = recordKey(record, dedupeField);
		if (max > 0 && rememberDelivery(scope, sd, key, { max, ttlSec: DEDUPE_TTL_SEC }) === 'duplicate') continue;
		const json: IDataObject = { ...record };
		if (options.includeMetadata === true) json._n8n = { receivedAt, dedupeKey: digest(key) };
		if (options.includeHeaders === true) json._headers = stripSecrets(headers, [headerName]);
		items.push({ json });
	}
	if (!items.length) return ignoreDuplicate(this, `ItemPath Data Push Trigger: duplicate delivery of ${list.length} record(s) ignored`);
	return acceptDelivery(this, items);
}
