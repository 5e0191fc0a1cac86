#!/usr/bin/env node
'use strict';
/**
 * Generates nodes/ClarusWms/generated/operations.ts from Clarus WMS's published OpenAPI document.
 *
 *   node scripts/generate-clarus.js [path/to/clarus-openapi.json] [--out <file>]
 *   npm run generate:clarus
 *
 * The spec is read in place (default: ../shared/vendor-docs/clarus-openapi.json next to the repo)
 * and never copied into the repository; the generated file is committed, so a clean clone builds
 * without the spec. The output is a pure function of the spec (and of API-NOTES.md beside it, for
 * the publication date): running it twice gives the same bytes, which the unit test
 * test/unit/clarus-generator.test.js checks against the committed file.
 *
 * What is derived, per resource (a JSON:API type such as `goods_outs`, or an untyped collection):
 *  - REST operations under /api: create (POST collection), update (PATCH item), delete (DELETE
 *    item), deleteMany (DELETE collection?ids=...), custom actions (POST /api/x/{id}/cancel,
 *    POST /api/x/hold, ...), each with method, path, path/query/header parameters, the JSON:API
 *    `type`, attribute fields (type, required flag, enum values, description, default) and
 *    relationships;
 *  - the GraphQL list query documented as the pseudo-path `/graphql#ListX`: root field, node
 *    selection of the example query, filter type and the filters table of its `x-mint` markdown.
 */
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { parse, print, Kind } = require('graphql');

const root = path.resolve(__dirname, '..');
const DEFAULT_SPEC = path.resolve(root, '..', 'shared', 'vendor-docs', 'clarus-openapi.json');
const DEFAULT_OUT = path.join(root, 'nodes', 'ClarusWms', 'generated', 'operations.ts');
const DEFAULT_NAMES = path.join(root, 'nodes', 'ClarusWms', 'generated', 'names.json');
/** Publication date stated in API-NOTES.md; used when neither the spec nor the notes give one. */
const FALLBACK_SPEC_DATE = '2026-07-29';
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

// ---------------------------------------------------------------------------------------------
// Names

const ACRONYMS = new Set(['id', 'ids', 'url', 'uri', 'sku', 'ftp', 'sftp', 'rf', 'hhd', 'api', 'eori', 'vat', 'gs1', 'ean', 'upc', 'csv', 'pdf', 'html', 'json', 'xml', 'uuid', 'ip', 'sso', 'fifo', 'lifo', 'fefo', 'iso', 'eu', 'uk', 'us', 'gb', 'sscc', 'asn', 'po', 'hs', 'zpl', 'ssl', 'tls', 'http', 'https', 'graphql', 'ar']);
// "to"/"from"/"by" stay capitalised: in these names they are part of the noun (Location From ID).
const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'for', 'in', 'of', 'on', 'or', 'per', 'the', 'via', 'with']);
const SPECIAL_WORDS = { graphql: 'GraphQL', ids: 'IDs' };

/** `expected_date_of_dispatch` -> "Expected Date of Dispatch", `account_id` -> "Account ID". */
function titleCase(name) {
	const words = String(name)
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.split(/[_\-\s]+/)
		.filter(Boolean)
		// string1 -> string 1 (custom fields), but keep acronyms such as gs1
		.flatMap((w) => (/^[a-z]+\d+$/i.test(w) && !ACRONYMS.has(w.toLowerCase()) ? [w.replace(/\d+$/, ''), w.replace(/^[a-z]+/i, '')] : [w]));
	return words
		.map((w, i) => {
			const lower = w.toLowerCase();
			if (SPECIAL_WORDS[lower]) return SPECIAL_WORDS[lower];
			if (ACRONYMS.has(lower)) return lower.toUpperCase();
			// "Goods In" is the vendor's name for inbound, not a preposition
			const goodsIn = lower === 'in' && i > 0 && words[i - 1].toLowerCase() === 'goods';
			if (i > 0 && i < words.length - 1 && SMALL_WORDS.has(lower) && !goodsIn) return lower;
			return lower.charAt(0).toUpperCase() + lower.slice(1);
		})
		.join(' ');
}

function singular(word) {
	if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
	if (/ouses$/.test(word)) return word.slice(0, -1); // warehouses
	if (/(sses|uses|xes|ches|shes)$/.test(word)) return word.slice(0, -2);
	if (/ss$/.test(word) || word === 'goods') return word;
	return word.replace(/s$/, '');
}

/** `goods_outs` -> "Goods Out", `rf_flows` -> "RF Flow", `addresses` -> "Address". */
function resourceDisplayName(key) {
	const parts = key.split('_');
	parts[parts.length - 1] = singular(parts[parts.length - 1]);
	return titleCase(parts.join('_'));
}

/** `storage_unit_labels` -> `storageUnitLabels`. */
function camel(name) {
	return name.replace(/[_-]+([a-z0-9])/g, (_, c) => c.toUpperCase());
}

/** Markdown of the spec's prose as plain text: code spans, emphasis, links and headings unwrapped. */
function plainText(text) {
	return text
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
		.replace(/`([^`]*)`/g, '$1')
		.replace(/\*\*([^*]+)\*\*/g, '$1')
		.replace(/(^|\s)\*([^*\s][^*]*)\*(?=\s|[.,;:]|$)/g, '$1$2')
		.replace(/(^|\s)#{1,6}\s+/g, '$1');
}

/** The spec's prose as a one-line n8n description: plain text, whitespace collapsed, no trailing period on a single sentence. */
function cleanDescription(text) {
	if (typeof text !== 'string') return undefined;
	let out = plainText(text).replace(/\s+/g, ' ').trim();
	if (!out) return undefined;
	if (/^[^.]*\.$/.test(out)) out = out.slice(0, -1);
	return out;
}

// ---------------------------------------------------------------------------------------------
// Schemas

function createResolver(spec) {
	const byRef = (ref) => ref.split('/').slice(1).reduce((o, k) => (o == null ? o : o[k]), spec);
	/** Follows $ref and merges allOf parts with their siblings (`{allOf: [$ref], nullable: true}`). */
	function resolve(schema, depth = 0) {
		if (!schema || typeof schema !== 'object' || depth > 20) return schema;
		if (schema.$ref) {
			const { $ref, ...rest } = schema;
			return resolve({ ...resolve(byRef($ref), depth + 1), ...rest }, depth + 1);
		}
		if (Array.isArray(schema.allOf)) {
			const { allOf, ...rest } = schema;
			const merged = {};
			for (const part of allOf) {
				const r = resolve(part, depth + 1) || {};
				Object.assign(merged, r, {
					properties: { ...(merged.properties || {}), ...(r.properties || {}) },
					required: [...(merged.required || []), ...(r.required || [])],
				});
			}
			const out = { ...merged, ...rest };
			if (rest.properties) out.properties = { ...merged.properties, ...rest.properties };
			if (rest.required) out.required = [...(merged.required || []), ...rest.required];
			if (out.properties && !Object.keys(out.properties).length) delete out.properties;
			if (out.required && !out.required.length) delete out.required;
			return out;
		}
		return schema;
	}
	return { resolve, byRef };
}

function scalar(value) {
	return ['string', 'number', 'boolean'].includes(typeof value) ? value : undefined;
}

/** A spec property as a node field description. */
function toField(name, rawSchema, required, resolve) {
	const s = resolve(rawSchema) || {};
	const field = { name, displayName: titleCase(name), type: 'string', required: Boolean(required) };
	const description = cleanDescription(s.description);
	if (description) field.description = description;
	const enumValues = Array.isArray(s.enum) ? s.enum.filter((v) => v !== null && v !== '') : undefined;
	if (enumValues && enumValues.length) {
		field.type = 'options';
		field.options = enumValues;
	} else if (s.type === 'integer' || s.type === 'number') {
		field.type = 'number';
		if (s.type === 'integer') field.integer = true;
	} else if (s.type === 'boolean') {
		field.type = 'boolean';
	} else if (s.type === 'array' || s.type === 'object' || s.oneOf || s.anyOf || s.properties) {
		field.type = 'json';
		field.jsonType = s.type === 'array' ? 'array' : 'object';
		if (s.type === 'array') {
			const items = resolve(s.items) || {};
			if (['integer', 'number', 'string', 'boolean'].includes(items.type)) field.itemType = items.type;
		}
	}
	if (scalar(s.default) !== undefined) field.default = s.default;
	if (typeof s.format === 'string' && field.type === 'string') field.format = s.format;
	if (typeof s.minimum === 'number') field.minimum = s.minimum;
	if (typeof s.maximum === 'number') field.maximum = s.maximum;
	if (scalar(s.example) !== undefined) field.example = s.example;
	return field;
}

/** Properties of an object schema as fields, required ones first, read-only ones left out. */
function fieldsOf(schema, resolve) {
	const s = resolve(schema);
	if (!s || !s.properties) return [];
	const required = new Set(s.required || []);
	const fields = [];
	for (const [name, prop] of Object.entries(s.properties)) {
		const r = resolve(prop) || {};
		if (r.readOnly) continue;
		fields.push(toField(name, prop, required.has(name), resolve));
	}
	return [...fields.filter((f) => f.required), ...fields.filter((f) => !f.required)];
}

function relationshipsOf(schema, resolve) {
	const s = resolve(schema);
	if (!s || !s.properties) return [];
	const out = [];
	for (const [name, prop] of Object.entries(s.properties)) {
		const r = resolve(prop) || {};
		const data = resolve(r.properties && r.properties.data) || {};
		const many = data.type === 'array';
		const item = many ? resolve(data.items) || {} : data;
		const itemProps = item.properties || {};
		const typeSchema = resolve(itemProps.type) || {};
		const rel = {
			name,
			displayName: titleCase(name.replace(/^scheduled-report-/, '')),
			many,
			fields: fieldsOf(itemProps.attributes, resolve),
		};
		const description = cleanDescription(r.description);
		if (description) rel.description = description;
		if (Array.isArray(typeSchema.enum) && typeSchema.enum.length === 1) rel.type = typeSchema.enum[0];
		out.push(rel);
	}
	return out;
}

function parameter(p, resolve) {
	const r = resolve(p);
	const schema = resolve(r.schema) || {};
	const out = { name: r.name, displayName: titleCase(r.name), required: Boolean(r.required) };
	const description = cleanDescription(r.description);
	if (description) out.description = description;
	if (schema.type) out.schemaType = schema.type;
	return out;
}

// ---------------------------------------------------------------------------------------------
// REST operations

const isParam = (seg) => /^\{.+\}$/.test(seg);

function requestBodyInfo(op, resolve) {
	const content = (op.requestBody && op.requestBody.content) || {};
	const json = content['application/json'];
	if (!json) {
		return Object.keys(content).length ? { body: 'binary' } : { body: 'none' };
	}
	const schema = resolve(json.schema) || {};
	const dataSchema = schema.properties && schema.properties.data;
	if (dataSchema) {
		const data = resolve(dataSchema) || {};
		const props = data.properties || {};
		const typeSchema = resolve(props.type) || {};
		const attrsRef = props.attributes && props.attributes.$ref;
		return {
			body: 'jsonapi',
			type: Array.isArray(typeSchema.enum) ? typeSchema.enum[0] : undefined,
			attributesRef: attrsRef,
			fields: fieldsOf(props.attributes, resolve),
			relationships: props.relationships ? relationshipsOf(props.relationships, resolve) : [],
		};
	}
	return { body: 'json', fields: fieldsOf(schema, resolve), relationships: [] };
}

function successStatus(op) {
	const codes = Object.keys(op.responses || {}).filter((c) => /^2\d\d$/.test(c));
	return Number(codes[0] || 200);
}

/**
 * Classifies every /api path + method:
 *   POST   /api/x                      create (typed body)      DELETE /api/x?ids=  deleteMany
 *   PATCH  /api/x/{id}                 update                   DELETE /api/x/{id}  delete
 *   POST   /api/x/{id}/cancel          action on a record       POST   /api/x/hold  action on the collection
 *   POST   /api/p/{p_id}/children      create in a collection nested under a parent record
 *   DELETE /api/p/{p_id}/child?c_id=   delete from that nested collection (singular path)
 */
function classifyRest(spec, resolve, pinned = {}) {
	const restPaths = Object.keys(spec.paths).filter((p) => p.startsWith('/api/'));
	const pathSet = new Set(restPaths);
	const hasItems = (collection) => restPaths.some((q) => q.startsWith(`/api/${collection}/{`));
	const entries = [];
	for (const p of restPaths) {
		const segs = p.split('/').slice(2); // after "/api"
		const last = segs[segs.length - 1];
		const prev = segs[segs.length - 2];
		for (const method of METHODS) {
			const op = spec.paths[p][method];
			if (!op) continue;
			const M = method.toUpperCase();
			const info = requestBodyInfo(op, resolve);
			let entry;
			if (isParam(last)) {
				const kind = M === 'DELETE' ? 'delete' : M === 'PATCH' || M === 'PUT' ? 'update' : 'action';
				entry = { collection: segs.slice(0, -1).join('/'), kind, action: M.toLowerCase(), onItem: true };
			} else if (prev !== undefined && isParam(prev)) {
				const nested = segs.join('/');
				// A nested collection: it has records of its own, or its create body's type names it
				// (materials -> product_materials, mappings -> integration_carrier_mappings).
				const nestedCreate = M === 'POST' && info.type && (hasItems(nested) || info.type.endsWith(last));
				if (nestedCreate) entry = { collection: nested, kind: 'create' };
				else if (M === 'DELETE' && pathSet.has(`/api/${nested}s`)) entry = { collection: `${nested}s`, kind: 'delete' };
				else entry = { collection: segs.slice(0, -2).join('/'), kind: 'action', action: last, onItem: true };
			} else if (segs.length === 1 || hasItems(segs.join('/'))) {
				const collection = segs.join('/');
				if (M === 'POST' && info.type) entry = { collection, kind: 'create' };
				else if (M === 'DELETE') entry = { collection, kind: 'deleteMany' };
				else entry = { collection, kind: 'action', action: M.toLowerCase(), onItem: false };
			} else {
				entry = { collection: segs.slice(0, -1).join('/'), kind: 'action', action: last, onItem: false };
			}
			entries.push({ ...entry, path: p, method: M, op, info });
		}
	}
	// Resource of a collection: the JSON:API type of its create/update bodies, else of its typed
	// record actions (POST /api/receive_tasks/{id}/receive sends type "tasks"), else its name.
	const typeOf = new Map();
	for (const pass of [(e) => e.kind === 'create' || e.kind === 'update', (e) => e.kind === 'action' && e.onItem]) {
		for (const e of entries) if (e.info.type && pass(e) && !typeOf.has(e.collection)) typeOf.set(e.collection, e.info.type);
	}
	for (const e of entries) {
		const pin = pinned[`${e.method} ${e.path}`];
		e.pinned = Boolean(pin && !pin.retired);
		e.resource = e.pinned ? pin.resource : typeOf.get(e.collection) || e.collection.split('/').filter((s) => !isParam(s)).pop();
		if (e.pinned) e.key = pin.operation;
	}
	// Operation keys: create/update/delete/deleteMany, or the action name in camelCase. A
	// collection-wide action named like a record action becomes "<name>Many" (tasks/allocate vs
	// tasks/{id}/allocate); a DELETE named like another action becomes "delete<Name>".
	const byResource = new Map();
	for (const e of entries) {
		if (!byResource.has(e.resource)) byResource.set(e.resource, []);
		byResource.get(e.resource).push(e);
	}
	for (const [resource, list] of byResource) {
		const fresh = list.filter((e) => !e.pinned);
		for (const e of fresh) e.key = e.kind === 'action' ? camel(e.action) : e.kind;
		// Values saved workflows may hold: pinned operations and retired ones are never reused.
		const taken = new Set([
			...list.filter((e) => e.pinned).map((e) => e.key),
			...Object.values(pinned).filter((p) => p.retired && p.resource === resource).map((p) => p.operation),
		]);
		for (const e of fresh) {
			const clash = taken.has(e.key) || fresh.some((o) => o !== e && o.key === e.key);
			if (!clash) continue;
			if (e.kind === 'action' && e.onItem === false) e.key = `${e.key}Many`;
			else if (e.kind === 'action' && e.method === 'DELETE') e.key = `delete${e.key[0].toUpperCase()}${e.key.slice(1)}`;
		}
		for (const e of fresh) {
			let n = 2;
			const base = e.key;
			while (taken.has(e.key)) e.key = `${base}${n++}`;
			taken.add(e.key);
		}
	}
	return entries;
}

/**
 * The option name of an operation: its key in words, led by the verb of the spec's summary when
 * the key is a noun (`widgets` + "Set dashboard widget placements" -> "Set Widgets").
 */
function operationName(key, summary) {
	if (key === 'deleteMany') return 'Delete Many';
	const name = titleCase(key);
	const verb = typeof summary === 'string' ? (/^([A-Za-z]+)/.exec(summary.trim()) || [])[1] : undefined;
	if (!verb) return name;
	const first = name.split(' ')[0].toLowerCase();
	const v = verb.toLowerCase();
	const isVerb = v === first || v.startsWith(first) || first.startsWith(v) || VERB_KEYS.has(first);
	if (isVerb) return name;
	const stem = first.slice(0, Math.max(4, first.length - 3));
	return v.includes(stem) ? titleCase(verb) : `${titleCase(verb)} ${name}`;
}

/** First words of operation keys that are verbs although the summary says it differently. */
const VERB_KEYS = new Set(['run', 'download', 'send', 'upload', 'receive', 'revert', 'cancel', 'process', 'short', 'trigger', 'synchronize', 'sequence', 'assign', 'load', 'unload', 'generate', 'duplicate', 'submit', 'hold', 'move', 'negative', 'offhold', 'transfer', 'complete', 'record', 'resolve', 'allocate', 'enter', 'exit', 'export', 'unallocate', 'test', 'create', 'update', 'delete']);

/** Resource descriptions without the spec's "... endpoints" wording. */
function resourceDescription(text) {
	if (!text) return text;
	return text
		.replace(/\s+(?:reference\s+)?endpoints?\b\s*(?:for\s+)?/i, (m) => (/for\s*$/i.test(m) ? ' for ' : ' '))
		.replace(/\s+—\s+/, ': ')
		.replace(/\s+([.,:;])/g, '$1')
		.trim();
}

// ---------------------------------------------------------------------------------------------
// GraphQL list queries

function parseFilterTable(markdown) {
	const section = (markdown.split(/^###\s+Available Filters\s*$/m)[1] || '').split(/^#{1,3}\s|^\*More fields/m)[0];
	const filters = [];
	for (const line of section.split('\n')) {
		const m = /^\|\s*`([^`]+)`\s*\|([^|]*)\|([^|]*)\|(.*)\|\s*$/.exec(line.trim());
		if (!m) continue;
		const operators = [...m[3].matchAll(/`([^`]+)`/g)].map((x) => x[1]);
		const filter = {
			name: m[1],
			displayName: titleCase(m[1]),
			inputType: m[2].trim(),
			operators,
		};
		const description = cleanDescription(m[4].trim());
		if (description) filter.description = description;
		filters.push(filter);
	}
	return filters;
}

function parseListQuery(pathKey, op) {
	const body = op.requestBody.content['application/json'];
	const query = (body.schema.properties.query && body.schema.properties.query.example) || (body.example && body.example.query);
	if (typeof query !== 'string') throw new Error(`${pathKey}: no example query`);
	const doc = parse(query);
	const operation = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
	const rootSel = operation.selectionSet.selections[0];
	const connSel = rootSel.selectionSet.selections[0];
	const filterVar = (operation.variableDefinitions || []).find((v) => v.variable.name.value === 'filter');
	const filterArg = (connSel.arguments || []).find((a) => a.name.value === 'filter');
	if (!filterArg) throw new Error(`${pathKey}: the example query has no filter argument`);
	const edges = connSel.selectionSet.selections.find((s) => s.name.value === 'edges');
	const nodeSel = edges.selectionSet.selections.find((s) => s.name.value === 'node');
	const nodeSelection = print(nodeSel.selectionSet).replace(/\s+/g, ' ').replace(/^\{ | \}$/g, '').trim();
	const list = {
		operationId: op.operationId,
		summary: op.summary,
		rootField: rootSel.name.value,
		connection: connSel.name.value,
		filterType: filterVar ? print(filterVar.type) : undefined,
		nodeSelection,
		nodeFields: nodeSel.selectionSet.selections.map((s) => s.name.value),
		filters: parseFilterTable((op['x-mint'] && op['x-mint'].content) || ''),
	};
	if (!list.operationId) delete list.operationId;
	if (!list.summary) delete list.summary;
	if (!list.filterType) delete list.filterType;
	return list;
}

// ---------------------------------------------------------------------------------------------
// The model

function specDate(spec, specFile) {
	// A date inside the spec wins (info.x-date / x-published / x-last-updated ...), then the
	// "dated YYYY-MM-DD" line of API-NOTES.md beside it, then the date the notes stated when
	// this generator was written.
	const candidates = [...Object.entries(spec.info || {}), ...Object.entries(spec).filter(([k]) => k.startsWith('x-'))];
	for (const [k, v] of candidates) {
		if (/date|updated|published|modified/i.test(k) && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v)) {
			return v.slice(0, 10);
		}
	}
	const notes = path.join(path.dirname(specFile), 'API-NOTES.md');
	if (fs.existsSync(notes)) {
		const text = fs.readFileSync(notes, 'utf8');
		const clarus = text.indexOf('clarus-openapi.json');
		const m = /dated\s+(\d{4}-\d{2}-\d{2})/.exec(clarus >= 0 ? text.slice(clarus) : text);
		if (m) return m[1];
	}
	return FALLBACK_SPEC_DATE;
}

function buildModel(spec, specFile, specText, names = emptyNames()) {
	const { resolve } = createResolver(spec);
	const tagDescriptions = new Map((spec.tags || []).map((t) => [t.name, resourceDescription(cleanDescription(t.description))]));
	const entries = classifyRest(spec, resolve, names.operations);

	const resources = new Map();
	const resourceFor = (key) => {
		if (!resources.has(key)) resources.set(key, { key, displayName: resourceDisplayName(key), tags: [], operations: [] });
		return resources.get(key);
	};

	for (const e of entries) {
		const resource = resourceFor(e.resource);
		const tag = (e.op.tags || [])[0];
		if (tag) resource.tags.push(tag);
		const key = e.key;
		if (resource.operations.some((o) => o.key === key)) throw new Error(`duplicate operation ${e.resource}.${key} (${e.method} ${e.path})`);
		const params = (e.op.parameters || []).map((p) => resolve(p));
		const operation = {
			key,
			name: operationName(key, e.op.summary),
			action: cleanDescription(e.op.summary) || `${operationName(key)} ${resource.displayName.toLowerCase()}`,
			kind: e.kind,
			method: e.method,
			path: e.path,
			pathParams: params.filter((p) => p.in === 'path').map((p) => parameter(p, resolve)),
			queryParams: params.filter((p) => p.in === 'query').map((p) => parameter(p, resolve)),
			body: e.info.body,
			fields: e.info.fields || [],
			relationships: e.info.relationships || [],
			successStatus: successStatus(e.op),
		};
		// Path parameters the spec uses in the template but does not declare still get a field.
		for (const m of e.path.matchAll(/\{([^}]+)\}/g)) {
			if (!operation.pathParams.some((p) => p.name === m[1])) {
				operation.pathParams.push({ name: m[1], displayName: titleCase(m[1]), required: true });
			}
		}
		const description = cleanDescription(e.op.description);
		if (description) operation.description = description;
		if (e.op.operationId) operation.operationId = e.op.operationId;
		if (e.info.type) operation.type = e.info.type;
		const headers = params.filter((p) => p.in === 'header').map((p) => parameter(p, resolve));
		if (headers.length) operation.headerParams = headers;
		if (e.kind === 'update' && e.info.attributesRef) {
			// The PATCH body reuses the create body's attribute schema (required list included).
			const create = entries.find((c) => c.kind === 'create' && c.resource === e.resource && c.info.attributesRef === e.info.attributesRef);
			if (create && operation.fields.some((f) => f.required)) operation.partial = true;
		}
		resource.operations.push(ordered(operation, OPERATION_KEYS));
	}

	// GraphQL list queries: attached to the resource of the same name (or `<prefix>_<name>`, as
	// subdomain_users lists users), otherwise a resource of their own with Get Many only.
	for (const [p, item] of Object.entries(spec.paths)) {
		if (!p.startsWith('/graphql#')) continue;
		const op = item.post;
		const list = parseListQuery(p, op);
		const pin = names.operations[p];
		let resource = pin && !pin.retired ? resourceFor(pin.resource) : resources.get(list.rootField);
		if (!resource) {
			const tag = (op.tags || [])[0];
			resource = [...resources.values()].find(
				(r) => !r.list && list.rootField.endsWith(`_${r.key}`) && r.tags.includes(tag),
			);
		}
		if (!resource) resource = resourceFor(list.rootField);
		if (resource.list) throw new Error(`two list queries for ${resource.key}`);
		resource.list = ordered(list, LIST_KEYS);
		resource.listPath = p;
		if (op.tags && op.tags[0]) resource.tags.push(op.tags[0]);
	}

	const listPaths = new Map();
	const out = [...resources.values()]
		.map((r) => {
			const tag = mostCommon(r.tags);
			const res = { key: r.key, displayName: r.displayName };
			const description = tag ? tagDescriptions.get(tag) : undefined;
			if (description) res.description = description;
			if (tag) res.tag = tag;
			res.operations = r.operations.sort((a, b) => a.name.localeCompare(b.name));
			if (r.list) res.list = r.list;
			if (r.listPath) listPaths.set(r.key, r.listPath);
			return res;
		})
		.sort((a, b) => a.displayName.localeCompare(b.displayName));

	const displayNames = new Set();
	for (const r of out) {
		if (displayNames.has(r.displayName)) throw new Error(`two resources named ${r.displayName}`);
		displayNames.add(r.displayName);
	}

	updateNames(names, out, listPaths);
	return {
		title: spec.info.title,
		version: spec.info.version,
		openapi: spec.openapi,
		specDate: specDate(spec, specFile),
		specSha256: crypto.createHash('sha256').update(specText).digest('hex'),
		server: ((spec.servers || [])[0] || {}).url || '',
		resources: out,
	};
}

// ---------------------------------------------------------------------------------------------
// Stable names (generated/names.json)
//
// Saved workflows store the resource and operation values and the parameter names. The map pins
// every spec operation (`METHOD /path`, `/graphql#ListX`) to the resource and operation value it
// was first given, and every (resource, operation, parameter) to its parameter name. It only
// grows: an operation the spec no longer has is marked retired (its value is never reused), a
// new one gets a value no pinned or retired operation of its resource has.

function emptyNames() {
	return { operations: {}, parameters: {} };
}

/** Parameters the node makes for a REST operation (see nodes/ClarusWms/resources/rest.ts). */
function restParameterSuffixes(operation) {
	const out = [
		...operation.pathParams.map((p) => `path_${p.name}`),
		...operation.queryParams.map((p) => `query_${p.name}`),
	];
	if (operation.body === 'binary') out.push('binaryProperty');
	const required = (f) => f.required && !operation.partial;
	out.push(...operation.fields.filter(required).map((f) => f.name));
	if (operation.fields.some((f) => !required(f))) out.push(operation.kind === 'update' ? 'updateFields' : 'additionalFields');
	out.push(...operation.relationships.map((r) => `rel_${r.name}`));
	if (operation.successStatus !== 204) out.push('simplify');
	return out;
}

/** Parameters of Get Many (see nodes/ClarusWms/resources/getMany.ts). */
function listParameterSuffixes(list) {
	return [...(list.filters.length ? ['filters'] : []), 'options'];
}

function updateNames(names, resources, listPaths) {
	const seen = new Set();
	const pin = (specKey, resource, operation, suffixes) => {
		seen.add(specKey);
		names.operations[specKey] = { resource, operation };
		for (const suffix of suffixes) {
			const key = `${resource}.${operation}.${suffix}`;
			if (!(key in names.parameters)) names.parameters[key] = `${resource}_${operation}_${suffix}`;
		}
	};
	for (const r of resources) {
		for (const op of r.operations) pin(`${op.method} ${op.path}`, r.key, op.key, restParameterSuffixes(op));
		if (r.list) pin(listPaths.get(r.key), r.key, 'getAll', listParameterSuffixes(r.list));
	}
	for (const [specKey, entry] of Object.entries(names.operations)) {
		if (!seen.has(specKey)) names.operations[specKey] = { resource: entry.resource, operation: entry.operation, retired: true };
	}
	names.operations = sortKeys(names.operations);
	names.parameters = sortKeys(names.parameters);
}

function sortKeys(obj) {
	return Object.fromEntries(Object.entries(obj).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Every entry of `before` is in `after` with the same value (retiring an operation is allowed). */
function namesLost(before, after) {
	const lost = [];
	for (const [k, v] of Object.entries(before.operations)) {
		const now = after.operations[k];
		if (!now || now.resource !== v.resource || now.operation !== v.operation) lost.push(`operation ${k}`);
	}
	for (const [k, v] of Object.entries(before.parameters)) if (after.parameters[k] !== v) lost.push(`parameter ${k}`);
	return lost;
}

function readNames(file) {
	if (!file || !fs.existsSync(file)) return emptyNames();
	const names = JSON.parse(fs.readFileSync(file, 'utf8'));
	return { operations: names.operations || {}, parameters: names.parameters || {} };
}

function renderNames(names) {
	return `${JSON.stringify(
		{
			$comment:
				'Append-only map of the names saved workflows use (written by scripts/generate-clarus.js; never rename or remove an entry)',
			...names,
		},
		null,
		'\t',
	)}\n`;
}

const OPERATION_KEYS = ['key', 'name', 'action', 'description', 'operationId', 'kind', 'method', 'path', 'pathParams', 'queryParams', 'headerParams', 'body', 'type', 'partial', 'successStatus', 'fields', 'relationships'];
const LIST_KEYS = ['operationId', 'summary', 'rootField', 'connection', 'filterType', 'nodeSelection', 'nodeFields', 'filters'];

function ordered(obj, keys) {
	const out = {};
	for (const k of keys) if (obj[k] !== undefined) out[k] = obj[k];
	return out;
}

function mostCommon(list) {
	const counts = new Map();
	for (const x of list) counts.set(x, (counts.get(x) || 0) + 1);
	let best;
	for (const [x, n] of counts) if (best === undefined || n > counts.get(best)) best = x;
	return best;
}

function render(model) {
	const header = [
		'// GENERATED FILE - DO NOT EDIT BY HAND.',
		`// Source: ${model.title} ${model.version} (OpenAPI ${model.openapi}), published ${model.specDate},`,
		`// spec sha256 ${model.specSha256}.`,
		'// Regenerate with: npm run generate:clarus',
		'//   (node scripts/generate-clarus.js [path/to/clarus-openapi.json]; default ../shared/vendor-docs/clarus-openapi.json)',
		`// ${model.resources.length} resources, ${model.resources.reduce((n, r) => n + r.operations.length, 0)} REST operations, ${model.resources.filter((r) => r.list).length} GraphQL list queries.`,
		'',
		"import type { ClarusApiModel } from '../model';",
		'',
		'',
	].join('\n');
	return `${header}export const clarusApi: ClarusApiModel = ${JSON.stringify(model, null, '\t')};\n`;
}

/** The generated file's text and the updated names map (`namesFile`: the committed map to start from). */
function generateAll(specFile = DEFAULT_SPEC, namesFile = DEFAULT_NAMES) {
	const specText = fs.readFileSync(specFile, 'utf8');
	const spec = JSON.parse(specText);
	const before = readNames(namesFile);
	const names = JSON.parse(JSON.stringify(before));
	const text = render(buildModel(spec, specFile, specText, names));
	const lost = namesLost(before, names);
	if (lost.length) throw new Error(`regenerating would rename or drop saved names: ${lost.slice(0, 10).join(', ')}`);
	return { text, names: renderNames(names) };
}

function generate(specFile = DEFAULT_SPEC, namesFile = DEFAULT_NAMES) {
	return generateAll(specFile, namesFile).text;
}

function main(argv) {
	const args = argv.slice(2);
	let out = DEFAULT_OUT;
	const outIndex = args.indexOf('--out');
	if (outIndex >= 0) {
		out = path.resolve(args[outIndex + 1]);
		args.splice(outIndex, 2);
	}
	let namesFile = path.join(path.dirname(out), 'names.json');
	const namesIndex = args.indexOf('--names');
	if (namesIndex >= 0) {
		namesFile = path.resolve(args[namesIndex + 1]);
		args.splice(namesIndex, 2);
	}
	const specFile = path.resolve(args[0] || DEFAULT_SPEC);
	if (!fs.existsSync(specFile)) {
		console.error(`Clarus OpenAPI spec not found at ${specFile}; pass its path as the first argument.`);
		process.exit(1);
	}
	const { text, names } = generateAll(specFile, namesFile);
	fs.mkdirSync(path.dirname(out), { recursive: true });
	fs.writeFileSync(out, text);
	fs.writeFileSync(namesFile, names);
	console.log(`wrote ${path.relative(process.cwd(), out)} (${text.length} bytes) and ${path.relative(process.cwd(), namesFile)} from ${specFile}`);
}

module.exports = { generate, generateAll, buildModel, namesLost, titleCase, DEFAULT_SPEC, DEFAULT_OUT, DEFAULT_NAMES };

if (require.main === module) main(process.argv);
