import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { runOperation } from '../../shared/router';
import { loadOptions } from '../methods';
import { clarusHandlers, resourceDescriptions, resourceOptions, resourceProperty } from '../resources';
import { CLARUS_DEFAULT_VERSION, CLARUS_NODE_DESCRIPTION, clarusCredentials, clarusProperties } from '../versionDescription';

/**
 * Version 1 of the Clarus WMS node, frozen: every parameter named per resource and operation
 * (generated/names.json), record IDs as plain text. Saved version-1 workflows keep running as
 * they are; new nodes get version 2 (ClarusWmsV2.node.ts).
 */
export class ClarusWmsV1 implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Clarus WMS',
		name: 'clarusWms',
		// n8n resolves a version's icon next to the registered entry file (../ClarusWms.node.ts);
		// the same icons sit in this version's folder, where the lint rules look for them.
		icon: { light: 'file:clarusWms.svg', dark: 'file:clarusWms.dark.svg' },
		group: ['transform'],
		version: 1,
		// served with every version's entry, as n8n's own versioned nodes do: new nodes get version 2
		defaultVersion: CLARUS_DEFAULT_VERSION,
		documentationUrl: 'https://github.com/n8n-nodes-wms-planning/n8n-nodes-wms-planning#clarus-wms-node',
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: CLARUS_NODE_DESCRIPTION,
		defaults: { name: 'Clarus WMS' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: clarusCredentials,
		properties: clarusProperties([resourceProperty(resourceOptions), ...resourceDescriptions]),
	};

	methods = { loadOptions };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await runOperation(this, clarusHandlers);
	}
}
