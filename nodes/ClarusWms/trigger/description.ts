import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/** Automation resources and their events (Clarus Automations docs). Schedules are left to n8n's Schedule Trigger. */
export const RESOURCES: Array<{ value: string; name: string; events: Array<[string, string]> }> = [
	{
		value: 'goods_out',
		name: 'Goods Out (Sales Order)',
		events: [
			['created', 'Created'],
			['updated', 'Updated'],
			['processed', 'Processed'],
			['completed', 'Completed (Dispatched)'],
			['cancelled', 'Cancelled'],
		],
	},
	{
		value: 'goods_in',
		name: 'Goods In Receipt',
		events: [
			['created', 'Created'],
			['completed', 'Completed'],
			['moved_to_part', 'Moved to Part Received'],
			['cancelled', 'Cancelled'],
		],
	},
	{
		value: 'goods_out_pick_list',
		name: 'Goods Out Pick List',
		events: [
			['created', 'Created'],
			['picked', 'Picked'],
			['completed', 'Completed'],
			['cancelled', 'Cancelled'],
		],
	},
	{ value: 'invoice', name: 'Invoice', events: [['submitted', 'Submitted'], ['authorised', 'Authorised'], ['paid', 'Paid']] },
	{ value: 'load_drop', name: 'Load Drop', events: [['dispatched', 'Dispatched']] },
	{ value: 'stock_balance', name: 'Stock Balance', events: [['updated', 'Updated']] },
	{
		value: 'stock',
		name: 'Stock',
		events: [
			['positively_adjusted', 'Positively Adjusted'],
			['negatively_adjusted', 'Negatively Adjusted'],
			['placed_on_hold', 'Placed on Hold'],
			['released_from_hold', 'Released From Hold'],
			['received', 'Received'],
			['unreceived', 'Unreceived'],
			['dispatched', 'Dispatched'],
			['undispatched', 'Undispatched'],
			['account_transferred', 'Account Transferred'],
			['picked', 'Picked'],
		],
	},
	{ value: 'putaway_task', name: 'Putaway Task', events: [['completed', 'Completed']] },
	{ value: 'failure_event_log', name: 'Failure Event Log', events: [['created', 'Created']] },
	{ value: 'ftp_file', name: 'FTP File', events: [['uploaded', 'Uploaded']] },
	{ value: 'ftp_import', name: 'FTP Import', events: [['failed', 'Failed']] },
];

const CONDITION_CODES = [
	'account_id', 'product_group_id', 'warehouse_id', 'customer_id', 'integration_id', 'category', 'sub_category', 'order_status',
	'filename', 'time_of_the_day', 'days_of_the_week', 'days_of_the_month', 'date', 'order_type_id', 'carrier_id', 'target_account_id',
	'source_account_id', 'goods_in_receipt_kind_id', 'import_configuration_id', 'original_delivery_address_id', 'country_code',
	'total_value', 'postcode', 'total_weight_in_grams', 'lines_total_count', 'lines_total_items_ordered', 'lines_total_unit_weight_ordered',
];

const OPERATORS: INodePropertyOptions[] = [
	{ name: 'Equals', value: 'eq' },
	{ name: 'Greater Than', value: 'greater_than' },
	{ name: 'Greater Than or Equal', value: 'greater_than_eq' },
	{ name: 'In List', value: 'in' },
	{ name: 'Less Than', value: 'less_than' },
	{ name: 'Less Than or Equal', value: 'less_than_eq' },
	{ name: 'Matches (Regular Expression)', value: 'matches' },
	{ name: 'Not Equals', value: 'neq' },
	{ name: 'Not In List', value: 'notin' },
	{ name: 'Starts With', value: 'starts_with' },
];

const title = (code: string) => code.replace(/_/g, ' ').replace(/\b([a-z])/g, (c) => c.toUpperCase()).replace(/\bId\b/g, 'ID');

function eventProperty(resource: string, first: string, events: Array<[string, string]>): INodeProperties {
	return {
		displayName: 'Event',
		name: 'event',
		type: 'options',
		noDataExpression: true,
		required: true,
		displayOptions: { show: { resource: [resource] } },
		options: events.map(([value, name]) => ({ name, value })).sort((a, b) => a.name.localeCompare(b.name)),
		default: first,
	};
}

export const triggerProperties: INodeProperties[] = [
	{
		displayName: 'Authentication',
		name: 'authentication',
		type: 'options',
		options: [
			{ name: 'OAuth2', value: 'oAuth2', description: 'Clarus WMS OAuth2 API credential' },
			{ name: 'Client ID and Secret or Access Token', value: 'apiCredentials', description: 'Clarus WMS API credential' },
		],
		default: 'oAuth2',
	},
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		required: true,
		options: [...RESOURCES].sort((a, b) => a.name.localeCompare(b.name)).map((r) => ({ name: r.name, value: r.value })),
		default: 'goods_out',
		description: 'The Clarus record whose event starts the workflow',
	},
	...RESOURCES.map((r) => eventProperty(r.value, r.events[0][0], r.events)),
	{
		displayName: 'Conditions',
		name: 'conditions',
		type: 'fixedCollection',
		placeholder: 'Add Condition',
		typeOptions: { multipleValues: true },
		default: {},
		description: 'Clarus only sends the event when all conditions pass. They are checked by Clarus, before anything reaches n8n.',
		options: [
			{
				displayName: 'Condition',
				name: 'condition',
				values: [
					{
						displayName: 'Field',
						name: 'conditionCode',
						type: 'options',
						options: CONDITION_CODES.map((c) => ({ name: title(c), value: c })).sort((a, b) => a.name.localeCompare(b.name)),
						default: 'account_id',
					},
					{
						displayName: 'Source Path',
						name: 'sourcePath',
						type: 'string',
						default: 'data.account_id',
						placeholder: 'e.g. data.account_id',
						description: 'Dot path into the event payload that Clarus reads the value from',
					},
					{ displayName: 'Operator', name: 'operator', type: 'options', options: OPERATORS, default: 'eq' },
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						placeholder: 'e.g. 42 or 42, 43',
						description: 'For In List and Not In List, separate values with commas',
					},
				],
			},
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Automation Name',
				name: 'automationName',
				type: 'string',
				default: '',
				placeholder: 'n8n: My workflow / Clarus WMS Trigger',
				description:
					'Name of the Automation in Clarus. n8n always appends a marker like " [n8n:1a2b3c4d:prod]" that it uses to find and clean up its own Automations. Default: n8n: &lt;workflow&gt; / &lt;node&gt;.',
			},
			{
				displayName: 'Deduplicate',
				name: 'deduplicate',
				type: 'options',
				options: [
					{
						name: 'Same Record, Event and Version',
						value: 'recordEventVersion',
						description: 'A repeat of the same event for the same record and updated_at starts nothing',
					},
					{ name: 'Same Record and Event', value: 'recordEvent', description: 'One execution per record and event, even if it changed' },
					{ name: 'Off', value: 'off', description: 'Every delivery starts an execution' },
				],
				default: 'recordEventVersion',
				description: 'Clarus may deliver the same event more than once. Repeats within 24 hours are answered with 200 and start no execution.',
			},
			{
				displayName: 'Deduplication Window',
				name: 'dedupeWindow',
				type: 'number',
				typeOptions: { minValue: 10, maxValue: 10000 },
				default: 1000,
				description: 'How many recent deliveries are remembered (24 hours at most)',
			},
			{
				displayName: 'Include Headers',
				name: 'includeHeaders',
				type: 'boolean',
				default: false,
				description: 'Whether to add the X-ClarusWMS-* request headers to the output',
			},
			{
				displayName: 'Re-Enable Disabled Automation',
				name: 'reEnableAutomation',
				type: 'boolean',
				default: true,
				description: 'Whether publishing turns the Automation back on when someone disabled it in Clarus (otherwise publishing fails with a message)',
			},
			{
				displayName: 'Verify Tenant',
				name: 'verifyTenant',
				type: 'boolean',
				default: true,
				description: "Whether to reject deliveries whose X-ClarusWMS-Subdomain is not the credential's subdomain",
			},
		],
	},
];
