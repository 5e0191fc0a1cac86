import { itemError, parameterError } from '../../shared/errors';
import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { parseJsonParameter, splitList } from '../../shared/guards';
import { asNodeError, httpFailure } from '../../shared/http';
import { claretApiRequest } from '../transport';
import { toClaretDate } from './common';

export const CLARET_MAX_IMPORT_RECORDS = 1000;

const showImport = { resource: ['inventory'], operation: ['import'] };
const showDelete = { resource: ['inventory'], operation: ['delete'] };

const recordField = (
	displayName: string,
	name: string,
	description: string,
	required = false,
): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	required,
	displayOptions: { show: { ...showImport, recordsSource: ['fields'] } },
	default: `={{ $json.${name} }}`,
	description,
});

export const inventoryDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['inventory'] } },
		options: [
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete inventory records',
				description: 'Delete inventory by rows or by filters',
			},
			{
				name: 'Import',
				value: 'import',
				action: 'Import inventory records',
				description:
					'Create or update inventory records, any number of them, sent in chunks of at most 1000',
			},
		],
		default: 'import',
	},
	// ---------------- Import ----------------
	{
		displayName: 'Records Source',
		name: 'recordsSource',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showImport },
		options: [
			{
				name: 'One Record per Input Item',
				value: 'fields',
				description: 'Each input item becomes one inventory record, mapped with the fields below',
			},
			{
				name: 'JSON Array per Input Item',
				value: 'json',
				description: 'Each input item gives an array of records as JSON',
			},
		],
		default: 'fields',
	},
	recordField('Item Name', 'item_name', 'The item the inventory belongs to', true),
	recordField('Quantity', 'quantity', 'The quantity on hand (a number)', true),
	recordField('Bin Name', 'bin_name', 'The bin the inventory is in'),
	recordField('Lot Name', 'lot_name', 'The lot of the inventory'),
	recordField('Date Filled', 'date_filled', 'When the inventory was filled (YYYY-MM-DD)'),
	recordField('Unit of Measure', 'uom', 'The unit of measure abbreviation'),
	{
		displayName: 'Records (JSON)',
		name: 'recordsJson',
		type: 'json',
		required: true,
		displayOptions: { show: { ...showImport, recordsSource: ['json'] } },
		default: '[\n  {\n    "item_name": "",\n    "bin_name": "",\n    "lot_name": "",\n    "date_filled": "",\n    "quantity": 0,\n    "uom": ""\n  }\n]',
		description: 'An array of inventory records (item_name and quantity are required)',
	},
	{
		displayName: 'Options',
		name: 'importOptions',
		type: 'collection',
		placeholder: 'Add Option',
		displayOptions: { show: showImport },
		default: {},
		options: [
			{
				displayName: 'Allow Record Creation',
				name: 'allowRecordCreation',
				type: 'boolean',
				default: true,
				description: 'Whether Claret may create inventory records that do not exist yet',
			},
			{
				displayName: 'Allow Record Update',
				name: 'allowRecordUpdate',
				type: 'boolean',
				default: true,
				description: 'Whether Claret may update inventory records that exist',
			},
			{
				displayName: 'Continue On Record Error',
				name: 'continueOnRecordError',
				type: 'boolean',
				default: false,
				description:
					'Whether Claret should import the valid records of a chunk and report the invalid ones, instead of rejecting the whole chunk',
			},
			{
				displayName: 'Chunk Size',
				name: 'chunkSize',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: CLARET_MAX_IMPORT_RECORDS },
				default: CLARET_MAX_IMPORT_RECORDS,
				description: 'How many records to send per request (Claret accepts at most 1000)',
			},
		],
	},
	// ---------------- Delete ----------------
	{
		displayName: 'Delete By',
		name: 'deleteBy',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showDelete },
		options: [
			{ name: 'Rows', value: 'rows', description: 'Delete exactly the listed inventory rows' },
			{ name: 'Filters', value: 'filters', description: 'Delete every inventory row matching the filters' },
		],
		default: 'rows',
	},
	{
		displayName: 'Rows',
		name: 'rows',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Row',
		displayOptions: { show: { ...showDelete, deleteBy: ['rows'] } },
		default: {},
		options: [
			{
				displayName: 'Row',
				name: 'row',
				values: [
					{ displayName: 'Bin', name: 'bin', type: 'string', default: '' },
					{ displayName: 'Date Filled', name: 'date_filled', type: 'string', default: '', placeholder: '2025-01-31' },
					{ displayName: 'Item', name: 'item', type: 'string', default: '', required: true },
					{ displayName: 'Location', name: 'location', type: 'string', default: '' },
					{ displayName: 'Location Area', name: 'location_area', type: 'string', default: '' },
					{ displayName: 'Lot', name: 'lot', type: 'string', default: '' },
				],
			},
		],
	},
	{
		displayName: 'Filters',
		name: 'deleteFilters',
		type: 'collection',
		placeholder: 'Add Filter',
		displayOptions: { show: { ...showDelete, deleteBy: ['filters'] } },
		default: {},
		options: [
			{ displayName: 'Bins', name: 'bins', type: 'string', default: '', placeholder: 'e.g. B-01, B-02', description: 'Comma-separated bin names' },
			{ displayName: 'Date Filled From', name: 'date_filled_from', type: 'dateTime', default: '' },
			{ displayName: 'Date Filled To', name: 'date_filled_to', type: 'dateTime', default: '' },
			{ displayName: 'Items', name: 'items', type: 'string', default: '', placeholder: 'e.g. CHARD-750, MERLOT-750', description: 'Comma-separated item names' },
			{ displayName: 'Location Areas', name: 'location_areas', type: 'string', default: '', placeholder: 'e.g. Cellar A', description: 'Comma-separated location area names' },
			{ displayName: 'Locations', name: 'locations', type: 'string', default: '', placeholder: 'e.g. Napa, Sonoma', description: 'Comma-separated location names' },
			{ displayName: 'Lots', name: 'lots', type: 'string', default: '', placeholder: 'e.g. LOT-2025-01', description: 'Comma-separated lot names' },
		],
	},
];

interface ImportRecord {
	record: IDataObject;
	itemIndex: number;
}

/** `record` is the record's index in "Records (JSON)"; undefined for a record from the fields. */
function checkRecord(ctx: IExecuteFunctions, record: IDataObject, itemIndex: number, recordIndex?: number): IDataObject {
	const detail = recordIndex === undefined ? {} : { detail: `record ${recordIndex} of "Records (JSON)"` };
	if (!record || typeof record !== 'object' || Array.isArray(record)) {
		throw itemError(ctx.getNode(), 'Each inventory record must be an object', itemIndex, detail);
	}
	if (record.item_name === undefined || record.item_name === null || String(record.item_name).trim() === '') {
		throw itemError(ctx.getNode(), 'The "Item Name" (item_name) of an inventory record is empty', itemIndex, detail);
	}
	const quantity = typeof record.quantity === 'string' ? record.quantity.trim() : record.quantity;
	if (quantity === '' || quantity === undefined || quantity === null || !Number.isFinite(Number(quantity))) {
		throw itemError(ctx.getNode(), `The "Quantity" (quantity) of an inventory record is not a number: "${String(record.quantity)}"`, itemIndex, detail);
	}
	const out: IDataObject = {};
	for (const [key, value] of Object.entries(record)) {
		if (value !== undefined && value !== null && value !== '') out[key] = value;
	}
	out.quantity = Number(quantity);
	return out;
}

/** Reads every input item's records; invalid items become error items under Continue On Fail. */
function collectRecords(ctx: IExecuteFunctions, errors: INodeExecutionData[]): ImportRecord[] {
	const items = ctx.getInputData();
	const records: ImportRecord[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const source = ctx.getNodeParameter('recordsSource', itemIndex) as string;
			if (source === 'json') {
				const parsed = parseJsonParameter(ctx.getNode(), ctx.getNodeParameter('recordsJson', itemIndex), 'Records (JSON)', itemIndex);
				const list = Array.isArray(parsed) ? parsed : [parsed];
				const checked = list.map((r, i) => checkRecord(ctx, r, itemIndex, i));
				records.push(...checked.map((record) => ({ record, itemIndex })));
			} else {
				const record: IDataObject = {};
				for (const name of ['item_name', 'quantity', 'bin_name', 'lot_name', 'date_filled', 'uom']) {
					record[name] = ctx.getNodeParameter(name, itemIndex, '') as string;
				}
				records.push({ record: checkRecord(ctx, record, itemIndex), itemIndex });
			}
		} catch (error) {
			if (!ctx.continueOnFail()) throw asNodeError(ctx.getNode(), error, itemIndex);
			errors.push({ json: { error: (error as Error).message }, pairedItem: { item: itemIndex } });
		}
	}
	return records;
}

/**
 * Sends all records in chunks (at most 1000, Claret's limit), one request per chunk, in order,
 * each chunk exactly once. The output has one item per chunk saying what Claret accepted. When a
 * chunk fails the error (or, with Continue On Fail, the chunk's output item) names its records and
 * which chunks were already imported; nothing is re-sent.
 */
export async function importInventory(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const output: INodeExecutionData[] = [];
	const records = collectRecords(this, output);
	if (records.length === 0) return [output];
	const options = this.getNodeParameter('importOptions', 0, {}) as IDataObject;
	const chunkSize = Math.min(Number(options.chunkSize ?? CLARET_MAX_IMPORT_RECORDS), CLARET_MAX_IMPORT_RECORDS);
	const args = {
		allow_record_creation: options.allowRecordCreation ?? true,
		allow_record_update: options.allowRecordUpdate ?? true,
		should_continue_on_error: options.continueOnRecordError ?? false,
	};
	const chunkCount = Math.ceil(records.length / chunkSize);
	const imported: string[] = [];
	for (let c = 0; c < chunkCount; c++) {
		const chunk = records.slice(c * chunkSize, (c + 1) * chunkSize);
		const first = c * chunkSize + 1;
		const last = c * chunkSize + chunk.length;
		const pairedItem = [...new Set(chunk.map((r) => r.itemIndex))].map((item) => ({ item }));
		const summary: IDataObject = { chunk: c + 1, chunks: chunkCount, firstRecord: first, lastRecord: last, recordCount: chunk.length };
		try {
			const { body } = await claretApiRequest.call(this, {
				method: 'POST',
				path: '/inventory/import/process',
				body: { source: 'api', arguments: args, payload: chunk.map((r) => r.record) },
				itemIndex: chunk[0].itemIndex,
				checkHint: `Check in Claret whether the inventory of records ${first}-${last} was imported`,
			});
			imported.push(`${first}-${last}`);
			output.push({ json: { ...summary, status: 'accepted', response: body as IDataObject }, pairedItem });
		} catch (error) {
			const alreadyImported = imported.length ? `records ${imported.join(', ')} were imported and are not re-sent` : 'no records were imported';
			const notSent = c + 1 < chunkCount ? `; records ${last + 1}-${records.length} were not sent` : '';
			const where = `Chunk ${c + 1} of ${chunkCount} (records ${first}-${last}) failed; ${alreadyImported}`;
			if (!this.continueOnFail()) {
				const failure = asNodeError(this.getNode(), error, chunk[0].itemIndex);
				failure.description = [`${where}${notSent}.`, failure.description].filter(Boolean).join(' ');
				throw failure;
			}
			output.push({
				json: {
					...summary,
					status: 'failed',
					error: (error as Error).message,
					httpCode: httpFailure(error).status ?? null,
					description: [`${where}.`, (error as { description?: string }).description].filter(Boolean).join(' '),
					...((error as { context?: IDataObject }).context?.mayHaveBeenWritten ? { mayHaveBeenWritten: true } : {}),
					records: chunk.map((r) => r.record),
				},
				pairedItem,
			});
		}
	}
	return [output];
}

export async function deleteInventory(this: IExecuteFunctions, itemIndex: number) {
	const deleteBy = this.getNodeParameter('deleteBy', itemIndex) as string;
	let body: IDataObject;
	if (deleteBy === 'rows') {
		const rows = (this.getNodeParameter('rows.row', itemIndex, []) as IDataObject[]).map((row) => {
			const clean: IDataObject = {};
			for (const [k, v] of Object.entries(row)) if (v !== '' && v !== undefined) clean[k] = v;
			if (!clean.item) {
				throw parameterError(this.getNode(), 'Rows', 'has a row without an "Item": every row to delete needs one', itemIndex);
			}
			return clean;
		});
		if (rows.length === 0) {
			throw parameterError(this.getNode(), 'Rows', 'is empty: add at least one row to delete', itemIndex);
		}
		body = { rows };
	} else {
		const filters = this.getNodeParameter('deleteFilters', itemIndex, {}) as IDataObject;
		body = {};
		for (const key of ['items', 'locations', 'location_areas', 'bins', 'lots']) {
			const list = splitList(filters[key]);
			if (list.length) body[key] = list;
		}
		for (const key of ['date_filled_from', 'date_filled_to']) {
			if (filters[key]) body[key] = toClaretDate(this, filters[key], key, itemIndex);
		}
		if (Object.keys(body).length === 0) {
			throw parameterError(this.getNode(), 'Filters', 'is empty: add at least one filter, or delete by rows', itemIndex);
		}
	}
	const { body: response } = await claretApiRequest.call(this, { method: 'POST', path: '/inventory/batch-delete', body, itemIndex });
	return response as IDataObject;
}
