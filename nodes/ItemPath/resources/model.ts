import type { IDataObject, IExecuteFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import type { ItemResult } from '../../shared/execute';

/** The operations a resource of the table can have (their values are what saved workflows store). */
export type ItemPathOperation = 'create' | 'delete' | 'get' | 'getAll' | 'update';

/** How a documented field is typed in the editor and checked before it is sent. */
export type FieldType = 'string' | 'number' | 'boolean' | 'dateTime' | 'options' | 'json';

/** One documented field of an ItemPath resource. */
export interface FieldSpec {
	/** ItemPath's own field name (query parameter and body key), e.g. `storageUnitId`. */
	name: string;
	type: FieldType;
	/** Options fields: ItemPath's documented values. */
	options?: Array<INodePropertyOptions & { value: string | number }>;
	/** Offered in Get Many's filters (default true; ItemPath filters on any listed field). */
	filter?: boolean;
	/** Create: a top-level required parameter, or one of the Additional Fields (`optional`). */
	create?: 'required' | 'optional';
	/** Offered in Update Fields. */
	update?: boolean;
	displayName?: string;
	description?: string;
	/** Update Fields' description of a field Create requires (default "A new …"). */
	updateDescription?: string;
	placeholder?: string;
	/** A top-level Create parameter that names another resource's record by ID: a picker of that resource from version 2. */
	ref?: string;
	/** The editor's default (otherwise empty for the type). */
	default?: string;
}

/** Hand-written behaviour the table cannot express, referenced from a table entry. */
export type ResourceHandler = (this: IExecuteFunctions, itemIndex: number, resource: ItemPathResource) => Promise<ItemResult>;

/** What a resource's picker (list search) searches and shows. */
export interface SearchSpec {
	/** The field the search term is matched on (`[like]%term%`); default `name`. */
	field?: string;
	/** What a row shows; default the record's `name`, else `#id`. */
	label?: (record: IDataObject) => string;
	/** The row's second line; default the record's `warehouseName`. */
	detail?: string;
	/** Resources whose names other parameters take get a by-name list too. */
	byName?: boolean;
}

/** One ItemPath resource: one entry of the table (resources/table.ts) drives its routing and description. */
export interface ItemPathResource {
	/** Node parameter value, e.g. `orderLine`. */
	value: string;
	/** Singular label, e.g. `Order Line`. */
	name: string;
	/** Plural, lower case, for texts: `order lines`. */
	plural: string;
	/** The Resource option's description. */
	summary?: string;
	/** URL segment under /api and the key of list answers: `order_lines`. */
	path: string;
	/** The key of single-record answers (`{"cost_center": {...}}`), unwrapped on output; absent: the record comes bare. */
	single?: string;
	/** The ID's shape in ItemPath: most are GUIDs; a few are integers. */
	idType: 'integer' | 'guid';
	operations: ItemPathOperation[];
	/** The HTTP method of Update: ItemPath's reference says POST, its public client code uses PUT for some resources. */
	updateMethod?: 'POST' | 'PUT';
	/** Documented fields: typed, filterable, writable as the docs show. */
	fields: FieldSpec[];
	/** What Simplify keeps of a record (resources whose records are large); see the README. */
	simple?: string[];
	search?: SearchSpec;
	/** Where the vendor documents it. */
	docs?: string;
	/** Hand-written parameters and handlers (they replace the generated ones of those operations). */
	custom?: {
		properties: (resource: ItemPathResource, table: Record<string, ItemPathResource>) => INodeProperties[];
		handlers: Partial<Record<ItemPathOperation, ResourceHandler>>;
		/** Operations whose parameters `properties` gives itself (the others are generated). */
		describes: ItemPathOperation[];
	};
}

/** `warehouseName` → `Warehouse Name`, `Info1` → `Info 1`, `orderId` → `Order ID`. */
export function fieldLabel(field: string): string {
	return field
		.replace(/([a-z])([A-Z0-9])/g, '$1 $2')
		.replace(/^./, (c) => c.toUpperCase())
		.replace(/\bId\b/g, 'ID')
		.replace(/\bid\b/gi, 'ID')
		.replace(/\bOf\b/g, 'of');
}

/** `a material`, `an order line`. */
export function article(name: string): string {
	return `${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name.toLowerCase()}`;
}

export const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
