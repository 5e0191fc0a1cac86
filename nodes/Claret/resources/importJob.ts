import { sleep } from 'n8n-workflow';
import { itemError, parameterError } from '../../shared/errors';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { claretApiRequest } from '../transport';

const show = { resource: ['importJob'], operation: ['get'] };
const FINISHED = ['completed', 'failed', 'error', 'cancelled', 'canceled'];

export const importJobDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['importJob'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get an import job',
				description: 'Get the status of an import job, optionally waiting until it finishes',
			},
		],
		default: 'get',
	},
	{
		displayName: 'Job Log ID',
		name: 'jobLogId',
		type: 'string',
		required: true,
		displayOptions: { show },
		default: '',
		placeholder: 'e.g. 1234 or {{ $json.job_log_id }}',
		description: 'The job_log_id Claret returned when the import was started',
	},
	{
		displayName: 'Wait for Completion',
		name: 'waitForCompletion',
		type: 'boolean',
		displayOptions: { show },
		default: false,
		description: 'Whether to check the job again until it has completed or failed',
	},
	{
		displayName: 'Timeout (Seconds)',
		name: 'timeout',
		type: 'number',
		typeOptions: { minValue: 1 },
		displayOptions: { show: { ...show, waitForCompletion: [true] } },
		default: 300,
		description: 'How long to wait at most before failing',
	},
	{
		displayName: 'Check Every (Seconds)',
		name: 'pollInterval',
		type: 'number',
		typeOptions: { minValue: 1 },
		displayOptions: { show: { ...show, waitForCompletion: [true] } },
		default: 5,
		description: 'How often to ask Claret for the status while waiting',
	},
];

export async function getImportJob(this: IExecuteFunctions, itemIndex: number) {
	const id = String(this.getNodeParameter('jobLogId', itemIndex)).trim();
	if (!/^[A-Za-z0-9_-]+$/.test(id)) {
		throw parameterError(this.getNode(), 'Job Log ID', `is not a valid ID: "${id}"`, itemIndex);
	}
	const fetchJob = async () =>
		(await claretApiRequest.call(this, { method: 'GET', path: `/imports/status/${id}`, itemIndex })).body as IDataObject;
	let job = await fetchJob();
	if (!this.getNodeParameter('waitForCompletion', itemIndex, false)) return job;
	const timeoutMs = (this.getNodeParameter('timeout', itemIndex, 300) as number) * 1000;
	const intervalMs = (this.getNodeParameter('pollInterval', itemIndex, 5) as number) * 1000;
	const started = Date.now();
	const status = () => String((job.content as IDataObject | undefined)?.status ?? '').toLowerCase();
	while (!FINISHED.includes(status())) {
		if (Date.now() - started + intervalMs > timeoutMs) {
			throw itemError(this.getNode(), `Import job ${id} did not finish within ${timeoutMs / 1000} seconds (last status: "${status()}")`, itemIndex, {
				description: 'Raise "Timeout (Seconds)" or check the job in Claret.',
			});
		}
		await sleep(intervalMs);
		job = await fetchJob();
	}
	return job;
}
