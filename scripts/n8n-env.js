'use strict';
// What every headless n8n of this project runs with (the test harness, npm start and the cache
// proof in scripts/prove-n8n.js): loopback only, its own free ports, nothing phoned home.
const net = require('net');

/** A TCP port free on loopback right now (n8n needs a number; it cannot be given port 0). */
function freePort() {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}
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

module.exports = { freePort, headlessN8nEnv };
