'use strict';
// The Clarus WMS OAuth2 credential the e2e tests use: client credentials of the simulator's
// seeded API client, for its seeded tenant.
const CLARUS_TENANT = 'acme-warehouse';
const CLARUS_CLIENT = { id: 'clarus-cc-client', secret: 'clarus-cc-secret' };

async function createClarusCredential(n8n, baseUrl, name) {
	return await n8n.createCredential(
		'clarusWmsOAuth2Api',
		{ grantType: 'clientCredentials', clientId: CLARUS_CLIENT.id, clientSecret: CLARUS_CLIENT.secret, baseUrl, subdomain: CLARUS_TENANT },
		name,
	);
}

module.exports = { CLARUS_TENANT, CLARUS_CLIENT, createClarusCredential };
