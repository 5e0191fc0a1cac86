'use strict';
const express = require('express');
const { createAdmin } = require('./admin');

// An express app for one vendor: /__admin test controls first, then body parsing, the request
// recorder and fault injection in front of the vendor's own routes.
function createVendorApp(vendor, { jsonLimit = '50mb', presets } = {}) {
	const app = express();
	app.disable('x-powered-by');
	app.set('etag', false);
	const admin = createAdmin(vendor, { presets });
	app.use('/__admin', admin.router);
	app.use(express.json({ limit: jsonLimit, type: ['application/json', 'application/*+json'] }));
	app.use(express.urlencoded({ extended: true }));
	app.use(admin.recorder);
	app.use(admin.faults);
	return { app, admin };
}

module.exports = { createVendorApp };
