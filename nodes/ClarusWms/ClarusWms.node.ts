import { VersionedNodeType } from 'n8n-workflow';
import type { INodeTypeBaseDescription, IVersionedNodeType } from 'n8n-workflow';
import { ClarusWmsV1 } from './v1/ClarusWmsV1.node';
import { ClarusWmsV2 } from './v2/ClarusWmsV2.node';
import { CLARUS_DEFAULT_VERSION, CLARUS_NODE_DESCRIPTION } from './versionDescription';

/**
 * The Clarus WMS node, versioned as n8n's own nodes are (Airtable, Postgres): version 1 is the
 * description saved workflows were built with, kept as it is; version 2, the default for new
 * nodes, shares its parameters across resources and operations.
 */
export class ClarusWms extends VersionedNodeType {
	constructor() {
		const baseDescription: INodeTypeBaseDescription = {
			displayName: 'Clarus WMS',
			name: 'clarusWms',
			icon: { light: 'file:clarusWms.svg', dark: 'file:clarusWms.dark.svg' },
			group: ['transform'],
			documentationUrl: 'https://github.com/n8n-nodes-wms-planning/n8n-nodes-wms-planning#clarus-wms-node',
			subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
			description: CLARUS_NODE_DESCRIPTION,
			defaultVersion: CLARUS_DEFAULT_VERSION,
			usableAsTool: true,
		};
		const nodeVersions: IVersionedNodeType['nodeVersions'] = {
			1: new ClarusWmsV1(),
			2: new ClarusWmsV2(),
		};
		super(nodeVersions, baseDescription);
	}
}
