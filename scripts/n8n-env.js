'use strict';
// The environment every headless n8n of this project runs with (the test harness, npm start and
// the cache proof in scripts/prove-n8n.js): loopback only, its own ports, nothing phoned home.
function headlessN8nEnv({ port, brokerPort }) {
	return {
		N8N_PORT: String(port),
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		// Every n8n process starts a task broker; parallel processes each need their own port.
		N8N_RUNNERS_BROKER_PORT: String(brokerPort),
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
	};
}

module.exports = { headlessN8nEnv };
