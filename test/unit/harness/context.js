// @ts-check
'use strict';
/**
 * A typed stand-in for the part of n8n's execution context (IExecuteFunctions) and editor context
 * (ILoadOptionsFunctions) the package's nodes use, so a node's real `execute()` runs in-process in
 * milliseconds, without booting n8n. It is type-checked against n8n-workflow's interfaces
 * (`npm run typecheck:tests`, also run by `npm test`): when n8n-workflow changes a signature the
 * stand-in implements, the check fails.
 *
 * Why a stand-in rather than n8n-core's real ExecuteContext: requiring n8n-core from the cached
 * n8n install takes about 5 s on this machine and brings a second copy of n8n-workflow (the
 * nodes' NodeApiError/NodeOperationError `instanceof` checks would then fail across copies); its
 * request helpers need n8n's DI container, OutboundHttp and credentials helper wired up; and the
 * n8n engine asks for Node 24 while the unit tests run on the machine's Node 20. The behaviour
 * copied here is n8n-core 2.40's, read from its source (see the comments), and the end-to-end
 * suites in real n8n stay the judge.
 *
 * What it does as n8n does:
 * - Parameters: the node's saved values plus defaults, resolved from the node description with
 *   n8n-workflow's NodeHelpers.getNodeParameters (version-aware displayOptions, as n8n's Workflow
 *   does when it loads a workflow); `getNodeParameter(name, i, fallback)` with dotted paths and
 *   n8n's "Could not get parameter" error; `extractValue` for resource locators (mode regex);
 *   n8n-core's validation against the schema (validateType, resource mapper values, collections).
 * - Nodes: plain node types and VersionedNodeType (one node type per version), from dist/.
 * - Expressions: only `={{ $json.a.b }}` / `={{ $json["a"] }}` (whole value or embedded in text)
 *   are evaluated, against the item's json; any other expression throws (a test must not depend
 *   on what the stand-in cannot do).
 * - HTTP: `helpers.httpRequest`, `httpRequestWithAuthentication`, `requestWithAuthentication`
 *   record every request (method, url, qs, serialized query, body, headers as the node built
 *   them, headers as sent after the credential's `authenticate`, credential type) and answer from
 *   the test's responders. The package's credential types (from dist/credentials) take part as
 *   in n8n: defaults applied, preAuthentication when the hidden expirable field is empty, and
 *   once more with one retry after a 401; the credential's own `authenticate` signs the request;
 *   OAuth2 credentials get `Authorization: Bearer <oauthTokenData.access_token>` (n8n ignores
 *   `authenticate` on OAuth2 credentials; its OAuth2 token refresh is not simulated). An error
 *   status becomes an AxiosError (status, data, headers, and the request config with its auth
 *   headers, as axios has it) that `httpRequestWithAuthentication` wraps in a NodeApiError, as
 *   n8n-core does.
 * - continueOnFail (node.onError / node.continueOnFail), getInputData, getNode, getCredentials
 *   (only types the node description declares), getWorkflowStaticData, getExecutionCancelSignal,
 *   logger (recorded), helpers.returnJsonArray / constructExecutionMetaData, binary helpers.
 */
const path = require('path');
const { AxiosError } = require('axios');
const {
	ExpressionError,
	NodeApiError,
	NodeHelpers,
	NodeOperationError,
	UserError,
	deepCopy,
	isResourceMapperValue,
	validateFieldType,
} = require('n8n-workflow');

/** @typedef {import('n8n-workflow').IExecuteFunctions} IExecuteFunctions */
/** @typedef {import('n8n-workflow').ILoadOptionsFunctions} ILoadOptionsFunctions */
/** @typedef {import('n8n-workflow').INodeType} INodeType */
/** @typedef {import('n8n-workflow').IVersionedNodeType} IVersionedNodeType */
/** @typedef {import('n8n-workflow').INodeTypeDescription} INodeTypeDescription */
/** @typedef {import('n8n-workflow').INodeProperties} INodeProperties */
/** @typedef {import('n8n-workflow').INode} INode */
/** @typedef {import('n8n-workflow').INodeParameters} INodeParameters */
/** @typedef {import('n8n-workflow').INodeExecutionData} INodeExecutionData */
/** @typedef {import('n8n-workflow').IDataObject} IDataObject */
/** @typedef {import('n8n-workflow').IHttpRequestOptions} IHttpRequestOptions */
/** @typedef {import('n8n-workflow').IRequestOptions} IRequestOptions */
/** @typedef {import('n8n-workflow').ICredentialDataDecryptedObject} ICredentialDataDecryptedObject */
/** @typedef {import('n8n-workflow').ICredentialType} ICredentialType */
/** @typedef {import('n8n-workflow').IAdditionalCredentialOptions} IAdditionalCredentialOptions */
/** @typedef {import('n8n-workflow').IGetNodeParameterOptions} IGetNodeParameterOptions */
/** @typedef {import('n8n-workflow').IBinaryData} IBinaryData */
/** @typedef {import('n8n-workflow').Logger} Logger */

/**
 * The part of IExecuteFunctions the stand-in implements. Picking the members from n8n-workflow's
 * own type makes the type check fail when one of these signatures changes.
 * @typedef {Pick<IExecuteFunctions,
 *   'getNodeParameter' | 'getInputData' | 'getNode' | 'continueOnFail' | 'getCredentials' |
 *   'getWorkflowStaticData' | 'getExecutionCancelSignal' | 'getMode' | 'getWorkflow' |
 *   'getExecutionId' | 'getTimezone' | 'logger'> & {
 *   helpers: Pick<IExecuteFunctions['helpers'],
 *     'httpRequest' | 'httpRequestWithAuthentication' | 'requestWithAuthentication' |
 *     'returnJsonArray' | 'constructExecutionMetaData' | 'assertBinaryData' | 'getBinaryDataBuffer'>
 * }} StandInExecuteFunctions
 */

/**
 * The part of ILoadOptionsFunctions (editor list searches and option lists) the stand-in implements.
 * @typedef {Pick<ILoadOptionsFunctions,
 *   'getNodeParameter' | 'getCurrentNodeParameter' | 'getCurrentNodeParameters' | 'getNode' |
 *   'getCredentials' | 'getMode' | 'getTimezone' | 'logger'> & {
 *   helpers: Pick<ILoadOptionsFunctions['helpers'], 'httpRequest' | 'httpRequestWithAuthentication' | 'requestWithAuthentication'>
 * }} StandInLoadOptionsFunctions
 */

/**
 * One request as the node made it and as it went on the wire.
 * @typedef {{
 *   method: string,
 *   url: string,
 *   origin: string,
 *   path: string,
 *   qs: IDataObject,
 *   query: string,
 *   body: unknown,
 *   headers: IDataObject,
 *   wireHeaders: IDataObject,
 *   credentialType?: string,
 *   options: IDataObject,
 * }} RecordedRequest
 */

/**
 * What a responder answers: an HTTP answer, or a connection failure (`networkError` is the
 * error code, e.g. ECONNREFUSED or ETIMEDOUT). `undefined` passes the request on to the next one.
 * @typedef {{ status?: number, body?: unknown, headers?: Record<string, string> } | { networkError: string }} Answer
 * @typedef {(request: RecordedRequest) => Answer | undefined | Promise<Answer | undefined>} Responder
 */

const root = path.join(__dirname, '..', '..', '..');
const pkg = require(path.join(root, 'package.json'));

/** @type {Map<string, ICredentialType> | undefined} */
let credentialTypes;
/** The package's credential types by name, from dist/credentials (as n8n loads them). */
function credentialType(/** @type {string} */ name) {
	if (!credentialTypes) {
		credentialTypes = new Map();
		for (const file of /** @type {string[]} */ (pkg.n8n.credentials)) {
			const mod = require(path.join(root, file));
			for (const Class of Object.values(mod)) {
				if (typeof Class !== 'function') continue;
				/** @type {ICredentialType} */
				const instance = new Class();
				credentialTypes.set(instance.name, instance);
			}
		}
	}
	return credentialTypes.get(name);
}

/** @type {Map<string, INodeType | IVersionedNodeType>} */
const packageNodes = new Map();
/**
 * A node of the package by its class name (`Claret`, `ItemPath`, `ClarusWms`, ...), built from
 * dist/ as n8n loads it: a plain node type, or a VersionedNodeType with one node type per version.
 * @param {string} className
 * @returns {INodeType | IVersionedNodeType}
 */
function packageNode(className) {
	let node = packageNodes.get(className);
	if (!node) {
		const file = /** @type {string[]} */ (pkg.n8n.nodes).find((f) => path.basename(f) === `${className}.node.js`);
		if (!file) throw new Error(`harness: the package has no node ${className}`);
		const mod = require(path.join(root, file));
		const Class = mod[className];
		if (typeof Class !== 'function') throw new Error(`harness: ${file} does not export ${className}`);
		node = /** @type {INodeType | IVersionedNodeType} */ (new Class());
		packageNodes.set(className, node);
	}
	return node;
}

/**
 * @param {INodeType | IVersionedNodeType} node
 * @returns {node is IVersionedNodeType}
 */
const isVersioned = (node) => 'nodeVersions' in node && typeof node.getNodeType === 'function';

/** The versions of a description's `version` (a number or a list). */
const versionList = (/** @type {number | number[]} */ version) => (Array.isArray(version) ? version : [version]);

/** Every version the node offers, oldest first. */
function nodeVersions(/** @type {string} */ className) {
	const node = packageNode(className);
	const versions = isVersioned(node)
		? Object.values(node.nodeVersions).flatMap((type) => versionList(type.description.version))
		: versionList(node.description.version);
	return [...new Set(versions)].sort((a, b) => a - b);
}

/** The version n8n gives a new node: the versioned type's current version, else defaultVersion, else the newest. */
function defaultNodeVersion(/** @type {string} */ className) {
	const node = packageNode(className);
	if (isVersioned(node)) return node.currentVersion;
	const versions = nodeVersions(className);
	return node.description.defaultVersion ?? versions[versions.length - 1];
}

/**
 * The node type n8n runs for `version` (default: the version a new node gets).
 * @param {string} className
 * @param {number} [version]
 * @returns {INodeType}
 */
function loadNode(className, version) {
	const node = packageNode(className);
	const v = version ?? defaultNodeVersion(className);
	if (!nodeVersions(className).includes(v)) {
		throw new Error(`harness: ${className} has no version ${v} (it has ${nodeVersions(className).join(', ')})`);
	}
	if (!isVersioned(node)) return node;
	// As n8n's VersionedNodeType.getNodeType, also for a version listed inside one entry's `version` array.
	const entry = Object.values(node.nodeVersions).find((type) => versionList(type.description.version).includes(v));
	return entry ?? node.getNodeType(v);
}

/** lodash.get for dotted paths (what n8n-core uses to read parameters). */
function getPath(/** @type {unknown} */ object, /** @type {string} */ dotted) {
	/** @type {unknown} */
	let value = object;
	for (const key of dotted.split('.')) {
		if (value === null || value === undefined || typeof value !== 'object') return undefined;
		value = /** @type {Record<string, unknown>} */ (value)[key];
	}
	return value;
}

const JSON_PATH = /^\s*\$json((?:\.[A-Za-z_$][\w$]*|\[\s*(?:"[^"]*"|'[^']*'|\d+)\s*\])*)\s*$/;

/** `$json.a.b` / `$json["a"]` against the item's json; anything else is refused. */
function evaluateJsonPath(/** @type {string} */ code, /** @type {IDataObject} */ json) {
	const m = JSON_PATH.exec(code);
	if (!m) throw new Error(`harness: the stand-in evaluates only {{ $json.path }} expressions, not {{${code}}}`);
	/** @type {unknown} */
	let value = json;
	const re = /\.([A-Za-z_$][\w$]*)|\[\s*(?:"([^"]*)"|'([^']*)'|(\d+))\s*\]/g;
	let part;
	while ((part = re.exec(m[1])) !== null) {
		const key = part[1] ?? part[2] ?? part[3] ?? part[4];
		if (value === null || value === undefined || typeof value !== 'object') return undefined;
		value = /** @type {Record<string, unknown>} */ (value)[key];
	}
	return value;
}

/**
 * Resolves the expressions in a parameter value (deeply), as n8n does before handing it to the node.
 * @param {unknown} value
 * @param {IDataObject} json
 * @returns {unknown}
 */
function resolveExpressions(value, json) {
	if (typeof value === 'string' && value.startsWith('=')) {
		const text = value.slice(1);
		const whole = /^\s*\{\{([\s\S]*?)\}\}\s*$/.exec(text);
		if (whole && !whole[1].includes('}}')) return evaluateJsonPath(whole[1], json);
		return text.replace(/\{\{([\s\S]*?)\}\}/g, (_, code) => {
			const v = evaluateJsonPath(code, json);
			return v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
		});
	}
	if (Array.isArray(value)) return value.map((v) => resolveExpressions(v, json));
	if (value && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveExpressions(v, json)]));
	}
	return value;
}

/**
 * n8n-core's extractValue for resource locators: the locator's value, cut by its mode's
 * `extractValue` regex when the mode has one.
 * @param {unknown} value
 * @param {string} parameterName
 * @param {INode} node
 * @param {INodeTypeDescription} description
 */
function extractValue(value, parameterName, node, description) {
	const property = NodeHelpers.findDisplayedProperty(parameterName, description.properties, node.parameters, node, description);
	if (!property || !('type' in property) || property.type !== 'resourceLocator') return value;
	if (!value || typeof value !== 'object' || !('mode' in value) || !('value' in value)) return value;
	const locator = /** @type {{ mode: string, value: unknown }} */ (value);
	const mode = (property.modes ?? []).find((m) => m.name === locator.mode);
	if (!mode?.extractValue) return locator.value;
	if (typeof locator.value !== 'string') {
		throw new NodeOperationError(node, "ERROR: This parameter's value is invalid. Please enter a valid mode.");
	}
	const regex = mode.extractValue.regex;
	const extracted = (typeof regex === 'string' ? new RegExp(regex) : regex).exec(locator.value);
	if (!extracted) {
		throw new NodeOperationError(
			node,
			`ERROR: ${property.displayName} parameter's value is invalid. This is likely because the URL entered is incorrect`,
		);
	}
	return extracted[1];
}

/**
 * n8n-core's validateValueAgainstSchema (2.40, ported as it is): a parameter with `validateType`,
 * a resource mapper's `value` against its schema (types converted, required fields checked in
 * "add" mode), and collection entries with `validateType`.
 * @param {INode} node
 * @param {INodeTypeDescription} description
 * @param {unknown} parameterValue
 * @param {string} parameterName
 * @param {number} itemIndex
 * @returns {unknown}
 */
function validateValueAgainstSchema(node, description, parameterValue, parameterName, itemIndex) {
	const parameterPath = parameterName.split('.');
	const property = description.properties.find(
		(prop) => parameterPath[0] === prop.name && NodeHelpers.displayParameter(node.parameters, prop, node, description),
	);
	if (!property) return parameterValue;
	/** @type {{ valid: boolean, newValue?: unknown, errorMessage?: string, fieldName?: string }} */
	let result = { valid: true, newValue: parameterValue };
	if (parameterPath.length === 1 && property.validateType && !property.ignoreValidationDuringExecution) {
		result = validateFieldType(parameterName, parameterValue, property.validateType);
	} else if (property.type === 'resourceMapper' && parameterPath[1] === 'value' && parameterValue && typeof parameterValue === 'object') {
		const options = property.typeOptions?.resourceMapper;
		const mapper = node.parameters[parameterPath[0]];
		if (parameterPath.length === 2 && isResourceMapperValue(mapper)) {
			const values = /** @type {Record<string, unknown>} */ (parameterValue);
			const typeOptions = Boolean(options?.showTypeConversionOptions);
			for (const key of Object.keys(values)) {
				const entry = (mapper.schema ?? []).find((f) => f.id === key);
				if (options?.mode === 'add' && entry?.required === true && entry.type !== 'boolean' && (values[key] === undefined || values[key] === null)) {
					result = { valid: false, errorMessage: `The value "${key}" is required but not set`, fieldName: key };
					break;
				}
				if (entry?.type) {
					const field = validateFieldType(key, values[key], entry.type, {
						valueOptions: entry.options,
						strict: typeOptions && !mapper.attemptToConvertTypes,
						parseStrings: typeOptions && mapper.convertFieldsToString,
					});
					if (!field.valid) {
						result = { ...field, fieldName: key };
						break;
					}
					values[key] = field.newValue;
				}
			}
		}
	} else if ((property.type === 'fixedCollection' || property.type === 'collection') && result.valid) {
		const nested =
			property.type === 'fixedCollection'
				? /** @type {Array<{ name: string, values: INodeProperties[] }>} */ (property.options ?? []).find((o) => o.name === parameterPath[1])?.values
				: /** @type {INodeProperties[]} */ (property.options ?? []);
		for (const entry of Array.isArray(result.newValue) ? result.newValue : [result.newValue]) {
			if (!entry || typeof entry !== 'object') continue;
			for (const prop of nested ?? []) {
				if (!prop.validateType || prop.ignoreValidationDuringExecution || !(prop.name in entry)) continue;
				const field = validateFieldType(prop.name, entry[prop.name], prop.validateType, {
					valueOptions: prop.validateType === 'options' ? /** @type {any} */ (prop.options) : undefined,
				});
				if (!field.valid) {
					throw new ExpressionError(`Invalid input for field '${prop.displayName}' inside '${property.displayName}' in [item ${itemIndex}]`, {
						description: field.errorMessage,
						itemIndex,
						nodeCause: node.name,
					});
				}
				entry[prop.name] = field.newValue;
			}
		}
	}
	if (!result.valid) {
		throw new ExpressionError(`Invalid input for '${result.fieldName ? String(result.fieldName) : property.displayName}' [item ${itemIndex}]`, {
			description: result.errorMessage,
			itemIndex,
			nodeCause: node.name,
		});
	}
	return result.newValue;
}

/** `?a=1&b=x&b=y`: the query as axios sends it with arrayFormat 'repeat' (what the transports ask for). */
function serializeQuery(/** @type {IDataObject | undefined} */ qs) {
	const params = new URLSearchParams();
	for (const [key, value] of Object.entries(qs ?? {})) {
		if (value === undefined || value === null) continue;
		for (const v of Array.isArray(value) ? value : [value]) {
			params.append(key, typeof v === 'object' ? JSON.stringify(v) : String(v));
		}
	}
	return params.toString();
}

/**
 * Creates the world one test runs in: the node, its parameters, credentials, input items,
 * responders, and what it recorded.
 * @param {{
 *   node: string,
 *   version?: number,
 *   parameters?: INodeParameters,
 *   credentials?: Record<string, ICredentialDataDecryptedObject>,
 *   input?: INodeExecutionData[],
 *   continueOnFail?: boolean,
 *   responders?: Responder[],
 *   name?: string,
 *   maxRequests?: number,
 * }} setup
 */
function createWorld(setup) {
	const version = setup.version ?? defaultNodeVersion(setup.node);
	const nodeType = loadNode(setup.node, version);
	const description = nodeType.description;
	const saved = deepCopy(setup.parameters ?? {});
	/** @type {INode} */
	const node = {
		id: 'stand-in-node',
		name: setup.name ?? description.defaults.name ?? setup.node,
		type: `n8n-nodes-wms-planning.${description.name}`,
		typeVersion: version,
		position: [0, 0],
		parameters: saved,
		credentials: Object.fromEntries(
			Object.keys(setup.credentials ?? {}).map((type, i) => [type, { id: String(i + 1), name: `${type} account` }]),
		),
		...(setup.continueOnFail ? { onError: /** @type {const} */ ('continueRegularOutput') } : {}),
	};
	// As n8n's Workflow does when it loads a workflow: saved values plus the defaults of every
	// displayed parameter (for this node version).
	node.parameters =
		NodeHelpers.getNodeParameters(description.properties, saved, true, false, node, description) ?? {};
	/** @type {RecordedRequest[]} */
	const requests = [];
	/** @type {Array<{ level: string, message: string, meta?: unknown }>} */
	const logs = [];
	/** @type {RecordedRequest[]} */
	const unanswered = [];
	const staticData = { global: {}, node: {} };
	/** @type {Array<{ type: string, fields: string[] }>} */
	const credentialUpdates = [];
	return {
		nodeType,
		description,
		node,
		version,
		input: /** @type {INodeExecutionData[]} */ (setup.input ?? [{ json: {} }]),
		credentials: /** @type {Record<string, ICredentialDataDecryptedObject>} */ (deepCopy(setup.credentials ?? {})),
		credentialUpdates,
		responders: setup.responders ?? [],
		requests,
		logs,
		unanswered,
		staticData,
		abort: new AbortController(),
		/** A node that loops (a broken pagination guard) fails here instead of hanging the test run. */
		maxRequests: setup.maxRequests ?? 100,
	};
}

/** @typedef {ReturnType<typeof createWorld>} World */

/**
 * The credential data the node may read: only types its description declares, as in n8n, with
 * the credential type's defaults filled in (n8n decrypts a credential with its defaults applied,
 * so an unused hidden token field reads as '').
 */
async function readCredentials(/** @type {World} */ world, /** @type {string} */ type) {
	const declared = (world.description.credentials ?? []).some((c) => c.name === type);
	if (!declared) throw new NodeOperationError(world.node, `Node type "${world.node.type}" does not have any credentials of type "${type}" defined`);
	const data = world.credentials[type];
	if (!data) throw new NodeOperationError(world.node, `Node "${world.node.name}" does not have any credentials set for "${type}"`);
	const credential = credentialType(type);
	const withDefaults = credential
		? NodeHelpers.getNodeParameters(credential.properties, /** @type {INodeParameters} */ (deepCopy(data)), true, false, null, null)
		: null;
	return /** @type {ICredentialDataDecryptedObject} */ ({ ...(withDefaults ?? {}), ...deepCopy(data) });
}

/**
 * n8n's CredentialsHelper.preAuthentication: when the credential type has a hidden expirable
 * field and that field is '' (first use) or the token was rejected (`expired`), the credential's
 * preAuthentication runs with the context's helpers (its requests are recorded too) and what it
 * returns is merged into the credential and "persisted" (kept in world.credentials, listed in
 * world.credentialUpdates).
 * @param {World} world
 * @param {string} type
 * @param {ICredentialDataDecryptedObject} data
 * @param {boolean} expired
 * @param {IExecuteFunctions['helpers'] | ILoadOptionsFunctions['helpers']} helpers
 */
async function preAuthenticate(world, type, data, expired, helpers) {
	const credential = credentialType(type);
	const expirable = credential?.properties.find((p) => p.type === 'hidden' && p.typeOptions?.expirable === true);
	if (!credential || !expirable || typeof credential.preAuthentication !== 'function') return;
	if (data[expirable.name] !== '' && !expired) return;
	const output = await credential.preAuthentication.call(/** @type {any} */ ({ helpers }), data);
	if (!output || (output[expirable.name] ?? '') === '') return;
	Object.assign(data, output);
	world.credentials[type] = /** @type {ICredentialDataDecryptedObject} */ ({ ...world.credentials[type], ...output });
	world.credentialUpdates.push({ type, fields: Object.keys(output) });
}

/**
 * The request as it goes on the wire after the credential signed it: the credential's
 * `authenticate` function, a generic block (simple `{{$credentials.x}}` values), or the OAuth2
 * bearer token.
 * @param {IHttpRequestOptions} options
 * @param {string} type
 * @param {ICredentialDataDecryptedObject} data
 * @returns {Promise<IHttpRequestOptions>}
 */
async function authenticate(options, type, data) {
	const credential = credentialType(type);
	if (!credential) throw new Error(`harness: the package has no credential type ${type}`);
	if ((credential.extends ?? []).includes('oAuth2Api')) {
		const tokens = /** @type {IDataObject} */ (data.oauthTokenData ?? {});
		return { ...options, headers: { ...(options.headers ?? {}), Authorization: `Bearer ${String(tokens.access_token ?? '')}` } };
	}
	const auth = credential.authenticate;
	if (typeof auth === 'function') return await auth(data, { ...options, headers: { ...(options.headers ?? {}) } });
	if (auth && auth.type === 'generic') {
		/** @param {unknown} v */
		const fill = (v) =>
			typeof v === 'string' && v.startsWith('=')
				? v.slice(1).replace(/\{\{\s*\$credentials(?:\.|\?\.)([A-Za-z_]\w*)\s*\}\}/g, (_, k) => String(data[k] ?? ''))
				: v;
		const props = auth.properties;
		/** @param {IDataObject | undefined} o */
		const mapAll = (o) => /** @type {IDataObject} */ (Object.fromEntries(Object.entries(o ?? {}).map(([k, v]) => [k, fill(v)])));
		return {
			...options,
			headers: { ...(options.headers ?? {}), ...mapAll(/** @type {IDataObject} */ (props.headers)) },
			qs: { ...(options.qs ?? {}), ...mapAll(/** @type {IDataObject} */ (props.qs)) },
		};
	}
	return options;
}

/**
 * Records a request and answers it from the responders, the way n8n's HTTP client answers:
 * `{ body, headers, statusCode, statusMessage }` with returnFullResponse, else the body; an error
 * status (unless ignoreHttpStatusErrors) or a connection failure as an AxiosError.
 * @param {World} world
 * @param {IHttpRequestOptions} asBuilt the options as the node built them
 * @param {IHttpRequestOptions} wire the options after the credential signed them
 * @param {string | undefined} credentialType
 */
async function send(world, asBuilt, wire, credentialType) {
	// n8n's removeEmptyBody: a GET, HEAD or OPTIONS request sends no empty body.
	if (['GET', 'HEAD', 'OPTIONS'].includes(String(wire.method ?? 'GET').toUpperCase()) && isEmptyBody(wire.body)) {
		wire = { ...wire };
		delete wire.body;
	}
	const fullUrl = new URL(String(wire.url), wire.baseURL);
	const method = String(wire.method ?? 'GET').toUpperCase();
	const query = serializeQuery(wire.qs);
	/** @type {RecordedRequest} */
	const recorded = {
		method,
		// The URL as it goes on the wire, query included.
		url: query ? `${fullUrl.href}${fullUrl.search ? '&' : '?'}${query}` : fullUrl.href,
		origin: fullUrl.origin,
		path: fullUrl.pathname,
		qs: /** @type {IDataObject} */ (deepCopy(wire.qs ?? {})),
		query,
		body: Buffer.isBuffer(wire.body) ? wire.body : deepCopy(wire.body),
		headers: /** @type {IDataObject} */ (deepCopy(asBuilt.headers ?? {})),
		wireHeaders: /** @type {IDataObject} */ (deepCopy(wire.headers ?? {})),
		credentialType,
		options: /** @type {IDataObject} */ (deepCopy({ ...asBuilt, body: undefined })),
	};
	world.requests.push(recorded);
	if (world.requests.length > world.maxRequests) {
		throw new Error(`harness: more than ${world.maxRequests} requests in one run (a loop?); raise maxRequests if the test means it`);
	}
	/** @type {Answer | undefined} */
	let answer;
	for (const responder of world.responders) {
		answer = await responder(recorded);
		if (answer !== undefined) break;
	}
	if (answer === undefined) {
		world.unanswered.push(recorded);
		answer = { status: 501, body: { message: `harness: no responder for ${method} ${fullUrl.href}` } };
	}
	const config = { url: fullUrl.href, method: method.toLowerCase(), headers: { ...(wire.headers ?? {}) }, data: wire.body };
	if ('networkError' in answer) {
		const code = answer.networkError;
		throw new AxiosError(code === 'ETIMEDOUT' ? 'timeout of 30000ms exceeded' : `connect ${code} ${fullUrl.host}`, code, /** @type {any} */ (config));
	}
	const status = answer.status ?? 200;
	const headers = Object.fromEntries(Object.entries(answer.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
	if (!headers['content-type'] && answer.body !== undefined) {
		headers['content-type'] = typeof answer.body === 'string' ? 'text/html; charset=utf-8' : 'application/json';
	}
	const body = answer.body === undefined ? '' : deepCopy(answer.body);
	if (status >= 400 && !wire.ignoreHttpStatusErrors) {
		const response = { status, statusText: `HTTP ${status}`, headers, data: body, config, request: {} };
		throw new AxiosError(
			`Request failed with status code ${status}`,
			status >= 500 ? AxiosError.ERR_BAD_RESPONSE : AxiosError.ERR_BAD_REQUEST,
			/** @type {any} */ (config),
			{},
			/** @type {any} */ (response),
		);
	}
	if (wire.returnFullResponse) return { body, headers, statusCode: status, statusMessage: `HTTP ${status}` };
	return body;
}

/** n8n's notion of an empty body (null, '', [], {}, an empty buffer). */
function isEmptyBody(/** @type {unknown} */ body) {
	if (body === null || body === undefined) return true;
	if (typeof body === 'string' || Array.isArray(body) || Buffer.isBuffer(body)) return body.length === 0;
	return typeof body === 'object' && Object.keys(body).length === 0;
}

/** The legacy request options (uri, resolveWithFullResponse) as httpRequest options. */
function fromLegacy(/** @type {IRequestOptions} */ options) {
	/** @type {IHttpRequestOptions} */
	const converted = {
		url: String(options.uri ?? options.url ?? ''),
		method: /** @type {IHttpRequestOptions['method']} */ (options.method ?? 'GET'),
		qs: options.qs,
		body: options.body,
		headers: options.headers,
		json: options.json === true,
		returnFullResponse: options.resolveWithFullResponse === true,
		ignoreHttpStatusErrors: options.simple === false,
	};
	return converted;
}

/**
 * The request helpers, shared by the execute and load-options stand-ins.
 * @param {World} world
 * @returns {Pick<IExecuteFunctions['helpers'], 'httpRequest' | 'httpRequestWithAuthentication' | 'requestWithAuthentication'>}
 */
function requestHelpers(world) {
	/** @type {Pick<IExecuteFunctions['helpers'], 'httpRequest' | 'httpRequestWithAuthentication' | 'requestWithAuthentication'>} */
	const helpers = {
		httpRequest: async (options) => await send(world, options, options, undefined),
		httpRequestWithAuthentication: async (type, options, additional) => await withAuth(type, options, additional),
		requestWithAuthentication: async (type, options, additional) => await withAuth(type, fromLegacy(options), additional),
	};
	/**
	 * n8n-core's httpRequestWithAuthentication: the decrypted copy the node passes (else the
	 * node's stored credential), preAuthentication, the credential's authenticate, the request;
	 * on a 401, preAuthentication once more and one retry; whatever fails is wrapped in a
	 * NodeApiError.
	 * @param {string} type
	 * @param {IHttpRequestOptions} options
	 * @param {IAdditionalCredentialOptions | undefined} additional
	 */
	const withAuth = async (type, options, additional) => {
		const oauth2 = (credentialType(type)?.extends ?? []).includes('oAuth2Api');
		/** @type {ICredentialDataDecryptedObject | undefined} */
		let data;
		try {
			data = additional?.credentialsDecrypted?.data ?? (await readCredentials(world, type));
			if (!oauth2) await preAuthenticate(world, type, data, false, /** @type {any} */ (helpers));
			return await send(world, options, await authenticate({ ...options }, type, data), type);
		} catch (error) {
			const status = /** @type {{ response?: { status?: number } }} */ (error)?.response?.status;
			// As n8n-core: one status or a list of them (ItemPath's application-token call renews on 401 and 422).
			const retryOn = [additional?.preAuthenticationRetryStatusCode ?? 401].flat();
			if (!oauth2 && data && status !== undefined && retryOn.includes(status)) {
				try {
					await preAuthenticate(world, type, data, true, /** @type {any} */ (helpers));
					return await send(world, options, await authenticate({ ...options }, type, data), type);
				} catch (retryError) {
					throw new NodeApiError(world.node, /** @type {any} */ (retryError));
				}
			}
			throw new NodeApiError(world.node, /** @type {any} */ (error));
		}
	};
	return helpers;
}

/** A logger that records what the node logs (to check that no secret is ever logged). */
function recordingLogger(/** @type {World} */ world) {
	/** @param {string} level */
	const log = (level) => (/** @type {string} */ message, /** @type {unknown} */ meta) => {
		world.logs.push({ level, message, meta });
	};
	/** @type {Logger} */
	const logger = { error: log('error'), warn: log('warn'), info: log('info'), debug: log('debug') };
	return logger;
}

/**
 * The IExecuteFunctions stand-in for one run of the node.
 * @param {World} world
 * @returns {StandInExecuteFunctions}
 */
function executeContext(world) {
	const { node, description } = world;
	/** @param {string} type @param {number} [itemIndex] */
	const getCredentials = async (type, itemIndex) => {
		if (itemIndex !== undefined && (itemIndex < 0 || itemIndex >= world.input.length)) {
			throw new Error(`harness: getCredentials for item ${itemIndex}, but there are ${world.input.length} items`);
		}
		return await readCredentials(world, type);
	};
	/**
	 * @param {string} parameterName
	 * @param {number} itemIndex
	 * @param {any} [fallbackValue]
	 * @param {IGetNodeParameterOptions} [options]
	 * @returns {any}
	 */
	const getNodeParameter = (parameterName, itemIndex, fallbackValue, options) => {
		const item = world.input[itemIndex];
		if (!item) throw new Error(`harness: getNodeParameter("${parameterName}") for item ${itemIndex}, but there are ${world.input.length} items`);
		// lodash.get(node.parameters, name, fallback), as n8n-core: the fallback only for undefined.
		const found = getPath(node.parameters, parameterName);
		const value = found === undefined ? fallbackValue : found;
		if (value === undefined) throw new UserError(`Could not get parameter "${parameterName}"`, { extra: { parameterName } });
		if (options?.rawExpressions) return value;
		let resolved = resolveExpressions(deepCopy(value), item.json);
		if (options?.extractValue) resolved = extractValue(resolved, parameterName, node, description);
		if (options?.skipValidation) return resolved;
		return validateValueAgainstSchema(node, description, resolved, parameterName, itemIndex);
	};
	/** @type {StandInExecuteFunctions} */
	const ctx = {
		getNodeParameter,
		getInputData: (inputIndex = 0) => {
			if (inputIndex !== 0) throw new Error('harness: the nodes have one input');
			return world.input;
		},
		getNode: () => node,
		continueOnFail: () => {
			// n8n-core: onError decides when set, else the legacy continueOnFail flag.
			if (node.onError === undefined) return node.continueOnFail === true;
			return ['continueRegularOutput', 'continueErrorOutput'].includes(node.onError);
		},
		getCredentials: /** @type {IExecuteFunctions['getCredentials']} */ (getCredentials),
		getWorkflowStaticData: (type) => (type === 'global' ? world.staticData.global : world.staticData.node),
		getExecutionCancelSignal: () => world.abort.signal,
		getMode: () => 'manual',
		getWorkflow: () => ({ id: 'stand-in-workflow', name: 'Stand-in workflow', active: false }),
		getExecutionId: () => 'stand-in-execution',
		getTimezone: () => 'UTC',
		logger: recordingLogger(world),
		helpers: {
			...requestHelpers(world),
			returnJsonArray: (jsonData) => (Array.isArray(jsonData) ? jsonData : [jsonData]).map((json) => ({ json })),
			constructExecutionMetaData: (inputData, { itemData }) =>
				inputData.map((data) => ({ ...data, pairedItem: itemData })),
			assertBinaryData: (itemIndex, parameterData) => {
				if (typeof parameterData !== 'string') return parameterData;
				const binary = world.input[itemIndex]?.binary?.[parameterData];
				if (!binary) {
					throw new NodeOperationError(node, `This operation expects the node's input data to contain a binary file '${parameterData}', but none was found [item ${itemIndex}]`, { itemIndex });
				}
				return binary;
			},
			getBinaryDataBuffer: async (itemIndex, parameterData) => {
				const binary =
					typeof parameterData === 'string' ? world.input[itemIndex]?.binary?.[parameterData] : /** @type {IBinaryData} */ (parameterData);
				if (!binary) throw new Error(`harness: item ${itemIndex} has no binary data`);
				return Buffer.from(binary.data, 'base64');
			},
		},
	};
	return ctx;
}

/**
 * The ILoadOptionsFunctions stand-in (list searches, option lists) for the node's current
 * parameters.
 * @param {World} world
 * @returns {StandInLoadOptionsFunctions}
 */
function loadOptionsContext(world) {
	const { node } = world;
	/** @param {string} name @param {any} [fallbackValue] @param {IGetNodeParameterOptions} [options] @returns {any} */
	const getNodeParameter = (name, fallbackValue, options) => {
		const found = getPath(node.parameters, name);
		const value = found === undefined ? fallbackValue : found;
		if (value === undefined) throw new UserError(`Could not get parameter "${name}"`, { extra: { parameterName: name } });
		const resolved = resolveExpressions(deepCopy(value), {});
		return options?.extractValue ? extractValue(resolved, name, node, world.description) : resolved;
	};
	return {
		getNodeParameter,
		getCurrentNodeParameter: (name) => /** @type {any} */ (getPath(node.parameters, name.replace(/^&/, ''))),
		getCurrentNodeParameters: () => node.parameters,
		getNode: () => node,
		getCredentials: /** @type {ILoadOptionsFunctions['getCredentials']} */ (async (type) => await readCredentials(world, type)),
		getMode: () => 'manual',
		getTimezone: () => 'UTC',
		logger: recordingLogger(world),
		helpers: requestHelpers(world),
	};
}

/**
 * Runs the node's real `execute()` once. Never throws for the node's own errors: they come back
 * as `error` (the thrown NodeApiError / NodeOperationError), next to the output, the requests
 * and the log lines.
 * @param {Parameters<typeof createWorld>[0]} setup
 */
async function execute(setup) {
	const world = createWorld(setup);
	if (typeof world.nodeType.execute !== 'function') throw new Error(`harness: ${setup.node} has no execute()`);
	const ctx = executeContext(world);
	/** @type {INodeExecutionData[][] | undefined} */
	let output;
	/** @type {any} */
	let error;
	const started = process.hrtime.bigint();
	try {
		output = /** @type {INodeExecutionData[][]} */ (await world.nodeType.execute.call(/** @type {IExecuteFunctions} */ (/** @type {unknown} */ (ctx))));
	} catch (e) {
		error = e;
	}
	return {
		output,
		/** The first output's items (what the next node gets). */
		items: output?.[0] ?? [],
		error,
		requests: world.requests,
		unanswered: world.unanswered,
		logs: world.logs,
		credentialUpdates: world.credentialUpdates,
		node: world.node,
		description: world.description,
		version: world.version,
		ms: Number(process.hrtime.bigint() - started) / 1e6,
	};
}

module.exports = {
	createWorld,
	defaultNodeVersion,
	execute,
	executeContext,
	loadNode,
	loadOptionsContext,
	nodeVersions,
	serializeQuery,
};
