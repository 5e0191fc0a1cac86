/**
 * The shape of `generated/operations.ts`, the data `scripts/generate-clarus.js` derives from
 * Clarus WMS's published OpenAPI document. The node builds its resources, operations and fields
 * from this data; nothing here is hand-maintained per resource.
 */

/** How a spec attribute becomes a node field: options = enum, json = object or array. */
export type ClarusFieldType = 'string' | 'number' | 'boolean' | 'options' | 'json';

export interface ClarusField {
	/** The attribute name Clarus expects, e.g. `expected_date_of_dispatch`. */
	name: string;
	displayName: string;
	type: ClarusFieldType;
	/** Required by the spec's schema for this operation. */
	required: boolean;
	description?: string;
	/** Allowed values of an enum (`type: 'options'`). */
	options?: Array<string | number>;
	/** The spec's default, when it declares one. */
	default?: string | number | boolean;
	/** The spec's `format` (date-time, date, email, ...) for strings. */
	format?: string;
	/** `integer` when the spec says integer (the node sends whole numbers as numbers). */
	integer?: boolean;
	/** For json fields: whether the spec wants an array or an object. */
	jsonType?: 'array' | 'object';
	/** For arrays: the type of a scalar item (`integer`, `string`, ...), so "1,2,3" can be accepted. */
	itemType?: string;
	minimum?: number;
	maximum?: number;
	example?: string | number | boolean;
}

/** A JSON:API relationship the request body may carry next to `attributes`. */
export interface ClarusRelationship {
	/** Key under `data.relationships`, e.g. `address` or `scheduled-report-reports`. */
	name: string;
	displayName: string;
	description?: string;
	/** true: `data` is an array of `{attributes}`; false: a single `{type, attributes}` object. */
	many: boolean;
	/** The related JSON:API type, when the spec fixes one (e.g. `addresses`). */
	type?: string;
	fields: ClarusField[];
}

export interface ClarusParameter {
	name: string;
	displayName: string;
	description?: string;
	required: boolean;
	/** `integer`, `string`, ... as the spec declares it. */
	schemaType?: string;
}

export type ClarusOperationKind = 'create' | 'update' | 'delete' | 'deleteMany' | 'action';

/** One REST operation under `/api`. */
export interface ClarusOperation {
	/** Operation value in the node, unique within its resource: create, update, delete, cancel, ... */
	key: string;
	/** Option name shown in the node, e.g. "Create" or "Receive To Putaway Location". */
	name: string;
	/** The spec's summary, used as the operation's action text. */
	action: string;
	description?: string;
	operationId?: string;
	kind: ClarusOperationKind;
	method: 'DELETE' | 'GET' | 'PATCH' | 'POST' | 'PUT';
	/** Path template as published, e.g. `/api/goods_outs/{id}/cancel`. */
	path: string;
	pathParams: ClarusParameter[];
	queryParams: ClarusParameter[];
	/**
	 * jsonapi: `{"data": {"type"?, "attributes", "relationships"?}}`; json: the fields at the top
	 * level of the body; binary: the raw file (application/octet-stream); none: no body.
	 */
	body: 'jsonapi' | 'json' | 'binary' | 'none';
	/** The JSON:API `data.type`, when the spec fixes one. */
	type?: string;
	fields: ClarusField[];
	relationships: ClarusRelationship[];
	/**
	 * The PATCH body reuses the create schema, `required` list included, while the spec's own
	 * update examples send only the changed attributes: the node asks for none of them.
	 */
	partial?: boolean;
	/** Required request headers other than the authentication ones (e.g. Content-Disposition). */
	headerParams?: ClarusParameter[];
	/** Status of the documented success response (200 or 204). */
	successStatus: number;
}

export interface ClarusFilter {
	name: string;
	displayName: string;
	/** The GraphQL input type, e.g. StringInputType, IdInputType, DatetimeInputType. */
	inputType: string;
	/** Operators the docs allow for this filter, e.g. eq, ilike, in, between. */
	operators: string[];
	description?: string;
}

/** The documented GraphQL list query of a resource: `{ <rootField> { all(filter: ...) { edges { node { ... } } } } }`. */
export interface ClarusListQuery {
	operationId?: string;
	summary?: string;
	rootField: string;
	/** The connection field under the root field (always `all` in the published docs). */
	connection: string;
	/** GraphQL type of the `filter` argument, e.g. GoodsOutsFilterType. */
	filterType?: string;
	/** The node selection of the documented example query, e.g. `id reference account { id code }`. */
	nodeSelection: string;
	/** Top-level field names of that selection. */
	nodeFields: string[];
	filters: ClarusFilter[];
}

export interface ClarusResource {
	/** JSON:API type (or collection name) of the resource, e.g. `goods_outs`. */
	key: string;
	displayName: string;
	description?: string;
	/** The vendor's documentation section (OpenAPI tag) the resource belongs to. */
	tag?: string;
	operations: ClarusOperation[];
	list?: ClarusListQuery;
}

export interface ClarusApiModel {
	title: string;
	version: string;
	/** OpenAPI version of the document (3.0.3). */
	openapi: string;
	/** Publication date of the spec. */
	specDate: string;
	/** SHA-256 of the spec file the data was generated from. */
	specSha256: string;
	server: string;
	resources: ClarusResource[];
}
