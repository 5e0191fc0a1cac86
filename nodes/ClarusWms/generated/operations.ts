// GENERATED FILE - DO NOT EDIT BY HAND.
// Source: ClarusWMS API 1.0.0 (OpenAPI 3.0.3), published 2026-07-29,
// spec sha256 0a59bcb9485a3fc451b473703d4abb38bc203a50b52f5c9cb586d4a2cdef2b23.
// Regenerate with: npm run generate:clarus
//   (node scripts/generate-clarus.js [path/to/clarus-openapi.json]; default ../shared/vendor-docs/clarus-openapi.json)
// 89 resources, 270 REST operations, 70 GraphQL list queries.

import type { ClarusApiModel } from '../model';

export const clarusApi: ClarusApiModel = {
	"title": "ClarusWMS API",
	"version": "1.0.0",
	"openapi": "3.0.3",
	"specDate": "2026-07-29",
	"specSha256": "0a59bcb9485a3fc451b473703d4abb38bc203a50b52f5c9cb586d4a2cdef2b23",
	"server": "https://clarus-api.com",
	"resources": [
		{
			"key": "accounts",
			"displayName": "Account",
			"description": "Account/customer management for 3PL client management",
			"tag": "Accounts",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create an account",
					"description": "Create a new account (customer/client) for 3PL operations. Accounts are used to segregate inventory ownership.",
					"operationId": "createAccount",
					"kind": "create",
					"method": "POST",
					"path": "/api/accounts",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "accounts",
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": true,
							"description": "Unique account code"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": true,
							"description": "Account name"
						},
						{
							"name": "is_active",
							"displayName": "Is Active",
							"type": "boolean",
							"required": false,
							"description": "If false, account is disabled"
						},
						{
							"name": "dispatch_strategy",
							"displayName": "Dispatch Strategy",
							"type": "options",
							"required": false,
							"description": "Default dispatch strategy for orders",
							"options": [
								"manual",
								"auto",
								"load",
								"shipment",
								"auto_shipment"
							]
						},
						{
							"name": "tote_dispatch_strategy",
							"displayName": "Tote Dispatch Strategy",
							"type": "options",
							"required": false,
							"description": "Default dispatch strategy for tote picks",
							"options": [
								"manual",
								"auto",
								"load",
								"shipment",
								"auto_shipment"
							]
						},
						{
							"name": "pack_strategy",
							"displayName": "Pack Strategy",
							"type": "options",
							"required": false,
							"description": "Default packing strategy",
							"options": [
								"disabled",
								"pack_by_line",
								"pack_by_unit"
							]
						},
						{
							"name": "external_system_reference1",
							"displayName": "External System Reference 1",
							"type": "string",
							"required": false,
							"description": "External system reference 1"
						},
						{
							"name": "external_system_reference2",
							"displayName": "External System Reference 2",
							"type": "string",
							"required": false,
							"description": "External system reference 2"
						},
						{
							"name": "external_system_reference3",
							"displayName": "External System Reference 3",
							"type": "string",
							"required": false,
							"description": "External system reference 3"
						},
						{
							"name": "string1",
							"displayName": "String 1",
							"type": "string",
							"required": false,
							"description": "Custom string field 1"
						},
						{
							"name": "string2",
							"displayName": "String 2",
							"type": "string",
							"required": false,
							"description": "Custom string field 2"
						},
						{
							"name": "string3",
							"displayName": "String 3",
							"type": "string",
							"required": false,
							"description": "Custom string field 3"
						},
						{
							"name": "string4",
							"displayName": "String 4",
							"type": "string",
							"required": false,
							"description": "Custom string field 4"
						},
						{
							"name": "string5",
							"displayName": "String 5",
							"type": "string",
							"required": false,
							"description": "Custom string field 5"
						},
						{
							"name": "integer1",
							"displayName": "Integer 1",
							"type": "number",
							"required": false,
							"description": "Custom integer field 1",
							"integer": true
						},
						{
							"name": "integer2",
							"displayName": "Integer 2",
							"type": "number",
							"required": false,
							"description": "Custom integer field 2",
							"integer": true
						},
						{
							"name": "integer3",
							"displayName": "Integer 3",
							"type": "number",
							"required": false,
							"description": "Custom integer field 3",
							"integer": true
						},
						{
							"name": "integer4",
							"displayName": "Integer 4",
							"type": "number",
							"required": false,
							"description": "Custom integer field 4",
							"integer": true
						},
						{
							"name": "integer5",
							"displayName": "Integer 5",
							"type": "number",
							"required": false,
							"description": "Custom integer field 5",
							"integer": true
						},
						{
							"name": "datetime1",
							"displayName": "Datetime 1",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 1",
							"format": "date-time"
						},
						{
							"name": "datetime2",
							"displayName": "Datetime 2",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 2",
							"format": "date-time"
						},
						{
							"name": "datetime3",
							"displayName": "Datetime 3",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 3",
							"format": "date-time"
						},
						{
							"name": "datetime4",
							"displayName": "Datetime 4",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 4",
							"format": "date-time"
						},
						{
							"name": "datetime5",
							"displayName": "Datetime 5",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 5",
							"format": "date-time"
						},
						{
							"name": "boolean1",
							"displayName": "Boolean 1",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 1"
						},
						{
							"name": "boolean2",
							"displayName": "Boolean 2",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 2"
						},
						{
							"name": "boolean3",
							"displayName": "Boolean 3",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 3"
						},
						{
							"name": "boolean4",
							"displayName": "Boolean 4",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 4"
						},
						{
							"name": "boolean5",
							"displayName": "Boolean 5",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 5"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete an account",
					"description": "Delete an account. Accounts with existing stock or orders cannot be deleted.",
					"operationId": "destroyAccount",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/accounts/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the account to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update an account",
					"description": "Update an existing account's attributes such as name, code, or operational settings",
					"operationId": "updateAccount",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/accounts/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the account to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "accounts",
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": false,
							"description": "Account code"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "Account name"
						},
						{
							"name": "is_active",
							"displayName": "Is Active",
							"type": "boolean",
							"required": false,
							"description": "Active status"
						},
						{
							"name": "dispatch_strategy",
							"displayName": "Dispatch Strategy",
							"type": "options",
							"required": false,
							"description": "Dispatch strategy",
							"options": [
								"manual",
								"auto",
								"load",
								"shipment",
								"auto_shipment"
							]
						},
						{
							"name": "pack_strategy",
							"displayName": "Pack Strategy",
							"type": "options",
							"required": false,
							"description": "Packing strategy",
							"options": [
								"disabled",
								"pack_by_line",
								"pack_by_unit"
							]
						},
						{
							"name": "string1",
							"displayName": "String 1",
							"type": "string",
							"required": false,
							"description": "Custom string field 1"
						},
						{
							"name": "string2",
							"displayName": "String 2",
							"type": "string",
							"required": false,
							"description": "Custom string field 2"
						},
						{
							"name": "string3",
							"displayName": "String 3",
							"type": "string",
							"required": false,
							"description": "Custom string field 3"
						},
						{
							"name": "string4",
							"displayName": "String 4",
							"type": "string",
							"required": false,
							"description": "Custom string field 4"
						},
						{
							"name": "string5",
							"displayName": "String 5",
							"type": "string",
							"required": false,
							"description": "Custom string field 5"
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listAccounts",
				"summary": "List accounts",
				"rootField": "accounts",
				"connection": "all",
				"filterType": "AccountFilterType",
				"nodeSelection": "id code name is_short_pickable external_system_reference1 vat_number",
				"nodeFields": [
					"id",
					"code",
					"name",
					"is_short_pickable",
					"external_system_reference1",
					"vat_number"
				],
				"filters": [
					{
						"name": "code",
						"displayName": "Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Account code"
					},
					{
						"name": "name",
						"displayName": "Name",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Account name"
					},
					{
						"name": "warehouse_id",
						"displayName": "Warehouse ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"in",
							"filled"
						],
						"description": "Accounts associated with a warehouse"
					},
					{
						"name": "is_short_pickable",
						"displayName": "Is Short Pickable",
						"inputType": "BooleanInputType",
						"operators": [
							"eq"
						],
						"description": "Filter by short pickable setting"
					}
				]
			}
		},
		{
			"key": "account_products",
			"displayName": "Account Product",
			"description": "Assignments linking products to stock accounts",
			"tag": "Products: Accounts",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create an account product assignment",
					"description": "Create a account product assignment",
					"operationId": "createAccountProduct",
					"kind": "create",
					"method": "POST",
					"path": "/api/products/{product_id}/account_products",
					"pathParams": [
						{
							"name": "product_id",
							"displayName": "Product ID",
							"required": true,
							"description": "The product ID to assign",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "account_products",
					"successStatus": 200,
					"fields": [
						{
							"name": "account_id",
							"displayName": "Account ID",
							"type": "number",
							"required": true,
							"description": "Stock account to assign the product to",
							"integer": true
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete an account product assignment",
					"description": "Delete a account product assignment by ID",
					"operationId": "destroyAccountProduct",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/products/{product_id}/account_products/{id}",
					"pathParams": [
						{
							"name": "product_id",
							"displayName": "Product ID",
							"required": true,
							"description": "The product ID",
							"schemaType": "integer"
						},
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The account-product assignment ID",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listAccountProducts",
				"summary": "List account product assignments",
				"rootField": "account_products",
				"connection": "all",
				"filterType": "AccountProductFilterType",
				"nodeSelection": "id account { id code } product { id code }",
				"nodeFields": [
					"id",
					"account",
					"product"
				],
				"filters": [
					{
						"name": "account_id",
						"displayName": "Account ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Stock account ID"
					},
					{
						"name": "product_id",
						"displayName": "Product ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Product ID"
					},
					{
						"name": "created_at",
						"displayName": "Created At",
						"inputType": "DatetimeInputType",
						"operators": [
							"eq",
							"from",
							"to",
							"between"
						],
						"description": "Creation timestamp"
					}
				]
			}
		},
		{
			"key": "account_warehouses",
			"displayName": "Account Warehouse",
			"description": "Account-warehouse association for managing which accounts can operate in which warehouses",
			"tag": "Account Warehouses",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create an account-warehouse association",
					"description": "Links an account to a warehouse, allowing the account to operate in that warehouse. The account_id + warehouse_id combination must be unique — duplicates return 422. A nested route alternative exists at /accounts/{account_id}/warehouses.",
					"operationId": "createAccountWarehouse",
					"kind": "create",
					"method": "POST",
					"path": "/api/account_warehouses",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "account_warehouses",
					"successStatus": 200,
					"fields": [
						{
							"name": "account_id",
							"displayName": "Account ID",
							"type": "number",
							"required": true,
							"description": "Stock account ID - the owner of the stock. Accounts represent 3PL clients or stock owners, not end customers.",
							"integer": true,
							"example": 1
						},
						{
							"name": "warehouse_id",
							"displayName": "Warehouse ID",
							"type": "number",
							"required": true,
							"description": "Warehouse ID - the physical warehouse location for operations",
							"integer": true,
							"example": 1
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete an account-warehouse association",
					"description": "Remove the association between an account and warehouse. A nested route alternative exists at /accounts/{account_id}/warehouses/{id}.",
					"operationId": "deleteAccountWarehouse",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/account_warehouses/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the account-warehouse association to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update an account-warehouse association",
					"description": "Update which account or warehouse is linked. Both account_id and warehouse_id are required. The combination must be unique — duplicates return 422. A nested route alternative exists at /accounts/{account_id}/warehouses/{id}.",
					"operationId": "updateAccountWarehouse",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/account_warehouses/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the account-warehouse association to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "account_warehouses",
					"partial": true,
					"successStatus": 200,
					"fields": [
						{
							"name": "account_id",
							"displayName": "Account ID",
							"type": "number",
							"required": true,
							"description": "Stock account ID - the owner of the stock. Accounts represent 3PL clients or stock owners, not end customers.",
							"integer": true,
							"example": 1
						},
						{
							"name": "warehouse_id",
							"displayName": "Warehouse ID",
							"type": "number",
							"required": true,
							"description": "Warehouse ID - the physical warehouse location for operations",
							"integer": true,
							"example": 1
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listAccountWarehouses",
				"summary": "List account warehouses",
				"rootField": "account_warehouses",
				"connection": "all",
				"filterType": "AccountWarehouseFilterType",
				"nodeSelection": "id account_id warehouse_id account { id code name } warehouse { id code name }",
				"nodeFields": [
					"id",
					"account_id",
					"warehouse_id",
					"account",
					"warehouse"
				],
				"filters": [
					{
						"name": "account_id",
						"displayName": "Account ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"in",
							"filled"
						],
						"description": "Filter by account ID"
					},
					{
						"name": "warehouse_id",
						"displayName": "Warehouse ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"in",
							"filled"
						],
						"description": "Filter by warehouse ID"
					}
				]
			}
		},
		{
			"key": "addresses",
			"displayName": "Address",
			"description": "Generic address management. Town/city is held in address_3 (passed to couriers as the city).",
			"tag": "Addresses",
			"operations": [
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete an address",
					"description": "Delete a generic address by ID",
					"operationId": "destroyAddress",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/addresses/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the address to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update an address",
					"description": "Update a generic address. Town/city is held in address_3 (passed to couriers as the city). Generic addresses cannot change their account or parent (addressable) associations.",
					"operationId": "updateAddress",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/addresses/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the address to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "addresses",
					"successStatus": 200,
					"fields": [
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "Contact / addressee name"
						},
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": false,
							"description": "Address code"
						},
						{
							"name": "address_1",
							"displayName": "Address 1",
							"type": "string",
							"required": false,
							"description": "Street number and name"
						},
						{
							"name": "address_2",
							"displayName": "Address 2",
							"type": "string",
							"required": false,
							"description": "Second address line"
						},
						{
							"name": "address_3",
							"displayName": "Address 3",
							"type": "string",
							"required": false,
							"description": "Town/city (passed to couriers as city)"
						},
						{
							"name": "address_4",
							"displayName": "Address 4",
							"type": "string",
							"required": false,
							"description": "County/region"
						},
						{
							"name": "address_5",
							"displayName": "Address 5",
							"type": "string",
							"required": false,
							"description": "Additional address information"
						},
						{
							"name": "postcode",
							"displayName": "Postcode",
							"type": "string",
							"required": false,
							"description": "Postal / ZIP code"
						},
						{
							"name": "country_code",
							"displayName": "Country Code",
							"type": "string",
							"required": false,
							"description": "ISO 3166-1 alpha-2 country code, optionally with a province suffix (e.g. 'GB' or 'CA-ON')"
						},
						{
							"name": "email_address",
							"displayName": "Email Address",
							"type": "string",
							"required": false,
							"description": "Contact email address"
						},
						{
							"name": "phone_number",
							"displayName": "Phone Number",
							"type": "string",
							"required": false,
							"description": "Contact phone number"
						},
						{
							"name": "default_notes",
							"displayName": "Default Notes",
							"type": "string",
							"required": false,
							"description": "Default delivery/collection notes"
						},
						{
							"name": "is_active",
							"displayName": "Is Active",
							"type": "boolean",
							"required": false,
							"description": "Whether the address is active"
						},
						{
							"name": "external_delivery_id",
							"displayName": "External Delivery ID",
							"type": "string",
							"required": false,
							"description": "External delivery identifier"
						},
						{
							"name": "external_system_reference1",
							"displayName": "External System Reference 1",
							"type": "string",
							"required": false,
							"description": "External system reference 1"
						},
						{
							"name": "external_system_reference2",
							"displayName": "External System Reference 2",
							"type": "string",
							"required": false,
							"description": "External system reference 2"
						},
						{
							"name": "external_system_reference3",
							"displayName": "External System Reference 3",
							"type": "string",
							"required": false,
							"description": "External system reference 3"
						}
					],
					"relationships": []
				}
			]
		},
		{
			"key": "alternative_codes",
			"displayName": "Alternative Code",
			"description": "Alternative code management: additional identifiers (e.g. customer SKUs) attached to products, suppliers, carriers, or warehouses.",
			"tag": "Alternative Codes",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create an alternative code",
					"description": "Create an alternative code — an additional identifier (e.g. customer SKU) attached to a product, supplier, carrier, or warehouse.",
					"operationId": "createAlternativeCode",
					"kind": "create",
					"method": "POST",
					"path": "/api/alternative_codes",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "alternative_codes",
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": true,
							"description": "Alternative code value (unique per parent record + owner)"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": true,
							"description": "Display name for the alternative code"
						},
						{
							"name": "alternative_code_type_id",
							"displayName": "Alternative Code Type ID",
							"type": "number",
							"required": true,
							"description": "ID of the AlternativeCodeType categorising this code",
							"integer": true
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Description"
						},
						{
							"name": "alternative_codeable_type",
							"displayName": "Alternative Codeable Type",
							"type": "options",
							"required": false,
							"description": "Type of the parent record this code is attached to",
							"options": [
								"Product",
								"Supplier",
								"Carrier",
								"Warehouse"
							]
						},
						{
							"name": "alternative_codeable_id",
							"displayName": "Alternative Codeable ID",
							"type": "number",
							"required": false,
							"description": "ID of the parent record (matching alternative_codeable_type)",
							"integer": true
						},
						{
							"name": "owner_type",
							"displayName": "Owner Type",
							"type": "string",
							"required": false,
							"description": "Type of the owning record (must differ from alternative_codeable_type), e.g. 'Account'"
						},
						{
							"name": "owner_id",
							"displayName": "Owner ID",
							"type": "number",
							"required": false,
							"description": "ID of the owning record (matching owner_type)",
							"integer": true
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete an alternative code",
					"description": "Delete an alternative code by ID",
					"operationId": "destroyAlternativeCode",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/alternative_codes/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the alternative code to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update an alternative code",
					"description": "Update an existing alternative code's value, name, or associations",
					"operationId": "updateAlternativeCode",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/alternative_codes/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the alternative code to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "alternative_codes",
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": false,
							"description": "Alternative code value (unique per parent record + owner)"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "Display name for the alternative code"
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Description"
						},
						{
							"name": "alternative_code_type_id",
							"displayName": "Alternative Code Type ID",
							"type": "number",
							"required": false,
							"description": "ID of the AlternativeCodeType categorising this code",
							"integer": true
						},
						{
							"name": "alternative_codeable_type",
							"displayName": "Alternative Codeable Type",
							"type": "options",
							"required": false,
							"description": "Type of the parent record this code is attached to",
							"options": [
								"Product",
								"Supplier",
								"Carrier",
								"Warehouse"
							]
						},
						{
							"name": "alternative_codeable_id",
							"displayName": "Alternative Codeable ID",
							"type": "number",
							"required": false,
							"description": "ID of the parent record (matching alternative_codeable_type)",
							"integer": true
						},
						{
							"name": "owner_type",
							"displayName": "Owner Type",
							"type": "string",
							"required": false,
							"description": "Type of the owning record (must differ from alternative_codeable_type), e.g. 'Account'"
						},
						{
							"name": "owner_id",
							"displayName": "Owner ID",
							"type": "number",
							"required": false,
							"description": "ID of the owning record (matching owner_type)",
							"integer": true
						}
					],
					"relationships": []
				}
			]
		},
		{
			"key": "alternative_code_types",
			"displayName": "Alternative Code Type",
			"description": "Alternative code type categorising alternative codes",
			"tag": "Alternative Code Types",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create an alternative code type",
					"description": "Create a alternative code type",
					"operationId": "createAlternativeCodeType",
					"kind": "create",
					"method": "POST",
					"path": "/api/alternative_code_types",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "alternative_code_types",
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": true,
							"description": "Unique type code"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": true,
							"description": "Type name"
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Description"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete an alternative code type",
					"description": "Delete a alternative code type by ID",
					"operationId": "destroyAlternativeCodeType",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/alternative_code_types/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the alternative code type",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update an alternative code type",
					"description": "Update an existing alternative code type",
					"operationId": "updateAlternativeCodeType",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/alternative_code_types/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the alternative code type",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "alternative_code_types",
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": false,
							"description": "Unique type code"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "Type name"
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Description"
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listAlternativeCodeTypes",
				"summary": "List alternative code types",
				"rootField": "alternative_code_types",
				"connection": "all",
				"filterType": "AlternativeCodeTypeFilterType",
				"nodeSelection": "id code name description system_type",
				"nodeFields": [
					"id",
					"code",
					"name",
					"description",
					"system_type"
				],
				"filters": [
					{
						"name": "code",
						"displayName": "Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Type code"
					},
					{
						"name": "name",
						"displayName": "Name",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Type name"
					},
					{
						"name": "description",
						"displayName": "Description",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Description"
					},
					{
						"name": "system_type",
						"displayName": "System Type",
						"inputType": "BooleanInputType",
						"operators": [
							"eq"
						],
						"description": "Whether it is a read-only system type"
					}
				]
			}
		},
		{
			"key": "automations",
			"displayName": "Automation",
			"description": "Event-driven automation rules that trigger destination actions (API, FTP, email, webhook, file import, AI) when warehouse resource events fire, gated by configurable conditions",
			"tag": "Automations",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create an automation",
					"description": "Create a new automation rule with its conditions and actions",
					"operationId": "createAutomation",
					"kind": "create",
					"method": "POST",
					"path": "/api/automations",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "automations",
					"successStatus": 200,
					"fields": [
						{
							"name": "resource_name",
							"displayName": "Resource Name",
							"type": "options",
							"required": true,
							"description": "The warehouse resource whose events trigger this automation",
							"options": [
								"goods_out",
								"goods_in",
								"goods_out_pick_list",
								"invoice",
								"load_drop",
								"stock_balance",
								"stock",
								"putaway_task",
								"failure_event_log",
								"ftp_file",
								"ftp_import",
								"daily_schedule",
								"weekly_schedule",
								"monthly_schedule",
								"one_time_schedule"
							]
						},
						{
							"name": "event",
							"displayName": "Event",
							"type": "string",
							"required": true,
							"description": "The event on the resource that triggers the automation. Valid events depend on resource_name — e.g. goods_out: created/completed/updated/processed/cancelled; goods_in: completed/created/cancelled/moved_to_part; schedules: triggered."
						},
						{
							"name": "enabled",
							"displayName": "Enabled",
							"type": "boolean",
							"required": true,
							"description": "Whether the automation is active"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "Display name for the automation"
						},
						{
							"name": "conditions_changes",
							"displayName": "Conditions Changes",
							"type": "json",
							"required": false,
							"description": "Conditions to add (create) or add/update/destroy (update). All conditions must pass for actions to run.",
							"jsonType": "array"
						},
						{
							"name": "actions_changes",
							"displayName": "Actions Changes",
							"type": "json",
							"required": false,
							"description": "Actions to add (create) or add/update/destroy (update), including their parameters",
							"jsonType": "array"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete an automation",
					"description": "Delete an automation and its associated conditions and actions",
					"operationId": "destroyAutomation",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/automations/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the automation to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "run",
					"name": "Run",
					"action": "Run an automation now",
					"description": "Manually trigger a scheduled automation immediately, rather than waiting for its schedule",
					"operationId": "runAutomation",
					"kind": "action",
					"method": "POST",
					"path": "/api/automations/{id}/run",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the automation to run",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 200,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update an automation",
					"description": "Update an existing automation, including adding, updating, or destroying its conditions and actions",
					"operationId": "updateAutomation",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/automations/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the automation to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "automations",
					"successStatus": 200,
					"fields": [
						{
							"name": "resource_name",
							"displayName": "Resource Name",
							"type": "options",
							"required": false,
							"description": "Triggering resource",
							"options": [
								"goods_out",
								"goods_in",
								"goods_out_pick_list",
								"invoice",
								"load_drop",
								"stock_balance",
								"stock",
								"putaway_task",
								"failure_event_log",
								"ftp_file",
								"ftp_import",
								"daily_schedule",
								"weekly_schedule",
								"monthly_schedule",
								"one_time_schedule"
							]
						},
						{
							"name": "event",
							"displayName": "Event",
							"type": "string",
							"required": false,
							"description": "Triggering event (depends on resource_name)"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "Display name"
						},
						{
							"name": "enabled",
							"displayName": "Enabled",
							"type": "boolean",
							"required": false,
							"description": "Active status"
						},
						{
							"name": "conditions_changes",
							"displayName": "Conditions Changes",
							"type": "json",
							"required": false,
							"description": "Condition changes (ADD/UPDATE/DESTROY)",
							"jsonType": "array"
						},
						{
							"name": "actions_changes",
							"displayName": "Actions Changes",
							"type": "json",
							"required": false,
							"description": "Action changes (ADD/UPDATE/DESTROY)",
							"jsonType": "array"
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listAutomations",
				"summary": "List automations",
				"rootField": "automations",
				"connection": "all",
				"filterType": "AutomationFilterType",
				"nodeSelection": "id name resource_name event enabled integration_id created_at",
				"nodeFields": [
					"id",
					"name",
					"resource_name",
					"event",
					"enabled",
					"integration_id",
					"created_at"
				],
				"filters": [
					{
						"name": "name",
						"displayName": "Name",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Automation name"
					},
					{
						"name": "resource_name",
						"displayName": "Resource Name",
						"inputType": "ResourceNameInputType",
						"operators": [
							"eq"
						],
						"description": "Triggering resource (e.g. goods_out)"
					},
					{
						"name": "event",
						"displayName": "Event",
						"inputType": "EventInputType",
						"operators": [
							"eq"
						],
						"description": "Triggering event (e.g. completed)"
					},
					{
						"name": "enabled",
						"displayName": "Enabled",
						"inputType": "BooleanInputType",
						"operators": [
							"eq"
						],
						"description": "Active status"
					},
					{
						"name": "integration_id",
						"displayName": "Integration ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"filled"
						],
						"description": "Linked integration"
					},
					{
						"name": "created_at",
						"displayName": "Created At",
						"inputType": "DatetimeInputType",
						"operators": [
							"eq",
							"from",
							"to",
							"between"
						],
						"description": "Creation time"
					}
				]
			}
		},
		{
			"key": "automation_action_parameters",
			"displayName": "Automation Action Parameter",
			"description": "Event-driven automation rules that trigger destination actions (API, FTP, email, webhook, file import, AI) when warehouse resource events fire, gated by configurable conditions",
			"tag": "Automations",
			"operations": [
				{
					"key": "deleteAttachment",
					"name": "Delete Attachment",
					"action": "Delete an automation action parameter attachment",
					"description": "Remove the attachment from an automation action parameter",
					"operationId": "destroyAutomationActionParameterAttachment",
					"kind": "action",
					"method": "DELETE",
					"path": "/api/automation_action_parameters/{automation_action_parameter_id}/attachment",
					"pathParams": [
						{
							"name": "automation_action_parameter_id",
							"displayName": "Automation Action Parameter ID",
							"required": true,
							"description": "The unique identifier of the automation action parameter",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "attachment",
					"name": "Upload Attachment",
					"action": "Upload an automation action parameter attachment",
					"description": "Upload a file as the attachment for an automation action parameter (e.g. a template body or import file). Replaces any existing attachment.",
					"operationId": "uploadAutomationActionParameterAttachment",
					"kind": "action",
					"method": "POST",
					"path": "/api/automation_action_parameters/{automation_action_parameter_id}/attachment",
					"pathParams": [
						{
							"name": "automation_action_parameter_id",
							"displayName": "Automation Action Parameter ID",
							"required": true,
							"description": "The unique identifier of the automation action parameter",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "binary",
					"successStatus": 200,
					"fields": [],
					"relationships": []
				}
			]
		},
		{
			"key": "barcode_formats",
			"displayName": "Barcode Format",
			"description": "Barcode format",
			"tag": "Barcode Formats",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a barcode format",
					"description": "Create a barcode format",
					"operationId": "createBarcodeFormat",
					"kind": "create",
					"method": "POST",
					"path": "/api/barcode_formats",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "barcode_formats",
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": true,
							"description": "Unique format code"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": true,
							"description": "Format name"
						},
						{
							"name": "is_default",
							"displayName": "Is Default",
							"type": "boolean",
							"required": false,
							"description": "Whether this is the default barcode format"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a barcode format",
					"description": "Delete a barcode format by ID",
					"operationId": "destroyBarcodeFormat",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/barcode_formats/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the barcode format",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a barcode format",
					"description": "Update an existing barcode format",
					"operationId": "updateBarcodeFormat",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/barcode_formats/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the barcode format",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "barcode_formats",
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": false,
							"description": "Unique format code"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "Format name"
						},
						{
							"name": "is_default",
							"displayName": "Is Default",
							"type": "boolean",
							"required": false,
							"description": "Whether this is the default barcode format"
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listBarcodeFormats",
				"summary": "List barcode formats",
				"rootField": "barcode_formats",
				"connection": "all",
				"filterType": "BarcodeFormatFilterType",
				"nodeSelection": "id code name is_default",
				"nodeFields": [
					"id",
					"code",
					"name",
					"is_default"
				],
				"filters": [
					{
						"name": "code",
						"displayName": "Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Format code"
					},
					{
						"name": "name",
						"displayName": "Name",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Format name"
					},
					{
						"name": "is_default",
						"displayName": "Is Default",
						"inputType": "BooleanInputType",
						"operators": [
							"eq"
						],
						"description": "Default-format flag"
					},
					{
						"name": "created_at",
						"displayName": "Created At",
						"inputType": "DatetimeInputType",
						"operators": [
							"eq",
							"from",
							"to",
							"between"
						],
						"description": "Creation timestamp"
					}
				]
			}
		},
		{
			"key": "bookings",
			"displayName": "Booking",
			"description": "Booking diary management for scheduling inbound and outbound dock appointments",
			"tag": "Bookings",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a booking",
					"description": "Create a new booking diary entry for scheduling an inbound or outbound dock appointment",
					"operationId": "createBooking",
					"kind": "create",
					"method": "POST",
					"path": "/api/bookings",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "bookings",
					"successStatus": 200,
					"fields": [
						{
							"name": "account_id",
							"displayName": "Account ID",
							"type": "number",
							"required": true,
							"description": "Stock account ID (owner of the goods)",
							"integer": true,
							"example": 1
						},
						{
							"name": "consignment_reference",
							"displayName": "Consignment Reference",
							"type": "string",
							"required": true,
							"description": "Consignment reference number"
						},
						{
							"name": "direction",
							"displayName": "Direction",
							"type": "options",
							"required": true,
							"description": "Direction of goods movement",
							"options": [
								"inbound",
								"outbound"
							]
						},
						{
							"name": "end_time",
							"displayName": "End Time",
							"type": "string",
							"required": true,
							"description": "Booking end time (ISO 8601)",
							"format": "date-time"
						},
						{
							"name": "hazardous",
							"displayName": "Hazardous",
							"type": "boolean",
							"required": true,
							"description": "Whether the goods are hazardous"
						},
						{
							"name": "location_id",
							"displayName": "Location ID",
							"type": "number",
							"required": true,
							"description": "Dock location ID (must have available_in_booking_diary enabled)",
							"integer": true,
							"example": 100
						},
						{
							"name": "start_time",
							"displayName": "Start Time",
							"type": "string",
							"required": true,
							"description": "Booking start time (ISO 8601)",
							"format": "date-time"
						},
						{
							"name": "account_reference",
							"displayName": "Account Reference",
							"type": "string",
							"required": false,
							"description": "Account's own reference for this booking"
						},
						{
							"name": "booking_reference",
							"displayName": "Booking Reference",
							"type": "string",
							"required": false,
							"description": "Booking reference number (auto-generated if not provided)"
						},
						{
							"name": "container_number",
							"displayName": "Container Number",
							"type": "string",
							"required": false,
							"description": "Container number (for container intake type)"
						},
						{
							"name": "haulier",
							"displayName": "Haulier",
							"type": "string",
							"required": false,
							"description": "Haulier/carrier name"
						},
						{
							"name": "intake_type",
							"displayName": "Intake Type",
							"type": "options",
							"required": false,
							"description": "Type of intake",
							"options": [
								"container",
								"part_load",
								"full_load"
							]
						},
						{
							"name": "notes",
							"displayName": "Notes",
							"type": "string",
							"required": false,
							"description": "Free text notes"
						},
						{
							"name": "status",
							"displayName": "Status",
							"type": "options",
							"required": false,
							"description": "Booking status (default: pending)",
							"options": [
								"pending",
								"arrived",
								"departed",
								"fail_to_arrive",
								"cancelled"
							]
						},
						{
							"name": "storage_unit_quantity",
							"displayName": "Storage Unit Quantity",
							"type": "number",
							"required": false,
							"description": "Expected number of storage units (e.g., pallets)",
							"integer": true
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a booking",
					"description": "Delete a booking from the booking diary",
					"operationId": "destroyBooking",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/bookings/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the booking to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a booking",
					"description": "Update an existing booking's attributes such as times, status, or details",
					"operationId": "updateBooking",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/bookings/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the booking to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "bookings",
					"successStatus": 200,
					"fields": [
						{
							"name": "account_id",
							"displayName": "Account ID",
							"type": "number",
							"required": false,
							"description": "Stock account ID - the owner of the stock. Accounts represent 3PL clients or stock owners, not end customers.",
							"integer": true,
							"example": 1
						},
						{
							"name": "account_reference",
							"displayName": "Account Reference",
							"type": "string",
							"required": false,
							"description": "Account's own reference"
						},
						{
							"name": "booking_reference",
							"displayName": "Booking Reference",
							"type": "string",
							"required": false,
							"description": "Booking reference number"
						},
						{
							"name": "consignment_reference",
							"displayName": "Consignment Reference",
							"type": "string",
							"required": false,
							"description": "Consignment reference number"
						},
						{
							"name": "container_number",
							"displayName": "Container Number",
							"type": "string",
							"required": false,
							"description": "Container number"
						},
						{
							"name": "direction",
							"displayName": "Direction",
							"type": "options",
							"required": false,
							"description": "Direction of goods movement",
							"options": [
								"inbound",
								"outbound"
							]
						},
						{
							"name": "end_time",
							"displayName": "End Time",
							"type": "string",
							"required": false,
							"description": "Booking end time (ISO 8601)",
							"format": "date-time"
						},
						{
							"name": "haulier",
							"displayName": "Haulier",
							"type": "string",
							"required": false,
							"description": "Haulier/carrier name"
						},
						{
							"name": "hazardous",
							"displayName": "Hazardous",
							"type": "boolean",
							"required": false,
							"description": "Whether the goods are hazardous"
						},
						{
							"name": "intake_type",
							"displayName": "Intake Type",
							"type": "options",
							"required": false,
							"description": "Type of intake",
							"options": [
								"container",
								"part_load",
								"full_load"
							]
						},
						{
							"name": "location_id",
							"displayName": "Location ID",
							"type": "number",
							"required": false,
							"description": "Location ID - reference to a storage location within a warehouse",
							"integer": true,
							"example": 100
						},
						{
							"name": "notes",
							"displayName": "Notes",
							"type": "string",
							"required": false,
							"description": "Free text notes"
						},
						{
							"name": "start_time",
							"displayName": "Start Time",
							"type": "string",
							"required": false,
							"description": "Booking start time (ISO 8601)",
							"format": "date-time"
						},
						{
							"name": "status",
							"displayName": "Status",
							"type": "options",
							"required": false,
							"description": "Booking status",
							"options": [
								"pending",
								"arrived",
								"departed",
								"fail_to_arrive",
								"cancelled"
							]
						},
						{
							"name": "storage_unit_quantity",
							"displayName": "Storage Unit Quantity",
							"type": "number",
							"required": false,
							"description": "Expected number of storage units",
							"integer": true
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listBookings",
				"summary": "List bookings",
				"rootField": "bookings",
				"connection": "all",
				"filterType": "BookingFilterType",
				"nodeSelection": "id booking_reference account_reference status direction start_time end_time haulier notes account { id code name }",
				"nodeFields": [
					"id",
					"booking_reference",
					"account_reference",
					"status",
					"direction",
					"start_time",
					"end_time",
					"haulier",
					"notes",
					"account"
				],
				"filters": [
					{
						"name": "booking_reference",
						"displayName": "Booking Reference",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Booking reference"
					},
					{
						"name": "status",
						"displayName": "Status",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Booking status"
					},
					{
						"name": "direction",
						"displayName": "Direction",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Direction (inbound/outbound)"
					},
					{
						"name": "account_id",
						"displayName": "Account ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"in",
							"filled"
						],
						"description": "Filter by account ID"
					},
					{
						"name": "start_time",
						"displayName": "Start Time",
						"inputType": "DatetimeInputType",
						"operators": [
							"eq",
							"from",
							"to",
							"between"
						],
						"description": "Filter by start time"
					}
				]
			}
		},
		{
			"key": "carriers",
			"displayName": "Carrier",
			"description": "Shipping carrier management (e.g. DHL, DPD, Royal Mail) used on shipments and goods out orders.",
			"tag": "Carriers",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a carrier",
					"description": "Create a shipping carrier (e.g. DHL, DPD, Royal Mail) for use on shipments and goods out orders.",
					"operationId": "createCarrier",
					"kind": "create",
					"method": "POST",
					"path": "/api/carriers",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "carriers",
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": true,
							"description": "Unique carrier code"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": true,
							"description": "Carrier display name"
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Carrier description"
						},
						{
							"name": "active",
							"displayName": "Active",
							"type": "boolean",
							"required": false,
							"description": "Whether the carrier is active"
						},
						{
							"name": "carrier_type",
							"displayName": "Carrier Type",
							"type": "string",
							"required": false,
							"description": "Carrier type identifier"
						},
						{
							"name": "custom_carrier_type_id",
							"displayName": "Custom Carrier Type ID",
							"type": "number",
							"required": false,
							"description": "Custom carrier type ID",
							"integer": true
						},
						{
							"name": "shipment_reference_template",
							"displayName": "Shipment Reference Template",
							"type": "string",
							"required": false,
							"description": "Liquid template used to build shipment references"
						},
						{
							"name": "carrier_authentication",
							"displayName": "Carrier Authentication",
							"type": "json",
							"required": false,
							"description": "Carrier authentication credentials/configuration (provider-specific key/value object)",
							"jsonType": "object"
						},
						{
							"name": "external_system_reference1",
							"displayName": "External System Reference 1",
							"type": "string",
							"required": false,
							"description": "External system reference 1"
						},
						{
							"name": "external_system_reference2",
							"displayName": "External System Reference 2",
							"type": "string",
							"required": false,
							"description": "External system reference 2"
						},
						{
							"name": "external_system_reference3",
							"displayName": "External System Reference 3",
							"type": "string",
							"required": false,
							"description": "External system reference 3"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a carrier",
					"description": "Delete a carrier. Carriers referenced by carrier services or shipments cannot be deleted.",
					"operationId": "destroyCarrier",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/carriers/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the carrier to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a carrier",
					"description": "Update an existing carrier's attributes such as name, description, authentication, or active status",
					"operationId": "updateCarrier",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/carriers/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the carrier to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "carriers",
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": false,
							"description": "Unique carrier code"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "Carrier display name"
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Carrier description"
						},
						{
							"name": "active",
							"displayName": "Active",
							"type": "boolean",
							"required": false,
							"description": "Whether the carrier is active"
						},
						{
							"name": "carrier_type",
							"displayName": "Carrier Type",
							"type": "string",
							"required": false,
							"description": "Carrier type identifier"
						},
						{
							"name": "custom_carrier_type_id",
							"displayName": "Custom Carrier Type ID",
							"type": "number",
							"required": false,
							"description": "Custom carrier type ID",
							"integer": true
						},
						{
							"name": "shipment_reference_template",
							"displayName": "Shipment Reference Template",
							"type": "string",
							"required": false,
							"description": "Liquid template used to build shipment references"
						},
						{
							"name": "carrier_authentication",
							"displayName": "Carrier Authentication",
							"type": "json",
							"required": false,
							"description": "Carrier authentication credentials/configuration (provider-specific key/value object)",
							"jsonType": "object"
						},
						{
							"name": "external_system_reference1",
							"displayName": "External System Reference 1",
							"type": "string",
							"required": false,
							"description": "External system reference 1"
						},
						{
							"name": "external_system_reference2",
							"displayName": "External System Reference 2",
							"type": "string",
							"required": false,
							"description": "External system reference 2"
						},
						{
							"name": "external_system_reference3",
							"displayName": "External System Reference 3",
							"type": "string",
							"required": false,
							"description": "External system reference 3"
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listCarriers",
				"summary": "List carriers",
				"rootField": "carriers",
				"connection": "all",
				"filterType": "CarrierFilterType",
				"nodeSelection": "id code name description active carrier_type carrier_externally_registered",
				"nodeFields": [
					"id",
					"code",
					"name",
					"description",
					"active",
					"carrier_type",
					"carrier_externally_registered"
				],
				"filters": [
					{
						"name": "code",
						"displayName": "Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Carrier code"
					},
					{
						"name": "name",
						"displayName": "Name",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Carrier name"
					},
					{
						"name": "active",
						"displayName": "Active",
						"inputType": "BooleanInputType",
						"operators": [
							"eq"
						],
						"description": "Whether the carrier is active"
					},
					{
						"name": "carrier_type",
						"displayName": "Carrier Type",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Carrier type identifier"
					},
					{
						"name": "carrier_externally_registered",
						"displayName": "Carrier Externally Registered",
						"inputType": "BooleanInputType",
						"operators": [
							"eq"
						],
						"description": "Whether the carrier is registered with an external system"
					},
					{
						"name": "external_system_reference1",
						"displayName": "External System Reference 1",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "External system reference"
					},
					{
						"name": "created_at",
						"displayName": "Created At",
						"inputType": "DatetimeInputType",
						"operators": [
							"eq",
							"from",
							"to",
							"between"
						],
						"description": "Creation timestamp"
					}
				]
			}
		},
		{
			"key": "carrier_services",
			"displayName": "Carrier Service",
			"description": "Carrier service-level (e.g. Next Day, Express) belonging to a carrier.",
			"tag": "Carriers: Services",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a carrier service",
					"description": "Create a carrier service",
					"operationId": "createCarrierService",
					"kind": "create",
					"method": "POST",
					"path": "/api/carrier_services",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "carrier_services",
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": true,
							"description": "Service code"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": true,
							"description": "Service name"
						},
						{
							"name": "carrier_id",
							"displayName": "Carrier ID",
							"type": "number",
							"required": true,
							"description": "Parent carrier ID",
							"integer": true
						},
						{
							"name": "is_default",
							"displayName": "Is Default",
							"type": "boolean",
							"required": true,
							"description": "Whether this is the carrier's default service"
						},
						{
							"name": "active",
							"displayName": "Active",
							"type": "boolean",
							"required": true,
							"description": "Whether the service is active"
						},
						{
							"name": "service_configuration",
							"displayName": "Service Configuration",
							"type": "json",
							"required": false,
							"description": "Provider-specific service configuration",
							"jsonType": "object"
						},
						{
							"name": "external_preset_name",
							"displayName": "External Preset Name",
							"type": "string",
							"required": false,
							"description": "External preset name"
						},
						{
							"name": "external_preset_id",
							"displayName": "External Preset ID",
							"type": "number",
							"required": false,
							"description": "External preset ID",
							"integer": true
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a carrier service",
					"description": "Delete a carrier service by ID",
					"operationId": "destroyCarrierService",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/carrier_services/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the carrier service",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a carrier service",
					"description": "Update an existing carrier service",
					"operationId": "updateCarrierService",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/carrier_services/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the carrier service",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "carrier_services",
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": false,
							"description": "Service code"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "Service name"
						},
						{
							"name": "carrier_id",
							"displayName": "Carrier ID",
							"type": "number",
							"required": false,
							"description": "Parent carrier ID",
							"integer": true
						},
						{
							"name": "is_default",
							"displayName": "Is Default",
							"type": "boolean",
							"required": false,
							"description": "Whether this is the carrier's default service"
						},
						{
							"name": "active",
							"displayName": "Active",
							"type": "boolean",
							"required": false,
							"description": "Whether the service is active"
						},
						{
							"name": "service_configuration",
							"displayName": "Service Configuration",
							"type": "json",
							"required": false,
							"description": "Provider-specific service configuration",
							"jsonType": "object"
						},
						{
							"name": "external_preset_name",
							"displayName": "External Preset Name",
							"type": "string",
							"required": false,
							"description": "External preset name"
						},
						{
							"name": "external_preset_id",
							"displayName": "External Preset ID",
							"type": "number",
							"required": false,
							"description": "External preset ID",
							"integer": true
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listCarrierServices",
				"summary": "List carrier services",
				"rootField": "carrier_services",
				"connection": "all",
				"filterType": "CarrierServiceFilterType",
				"nodeSelection": "id code name active is_default carrier { id code }",
				"nodeFields": [
					"id",
					"code",
					"name",
					"active",
					"is_default",
					"carrier"
				],
				"filters": [
					{
						"name": "code",
						"displayName": "Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Service code"
					},
					{
						"name": "name",
						"displayName": "Name",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Service name"
					},
					{
						"name": "active",
						"displayName": "Active",
						"inputType": "BooleanInputType",
						"operators": [
							"eq"
						],
						"description": "Active flag"
					},
					{
						"name": "carrier_id",
						"displayName": "Carrier ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Parent carrier ID"
					},
					{
						"name": "carrier_code",
						"displayName": "Carrier Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Parent carrier code"
					},
					{
						"name": "external_preset_id",
						"displayName": "External Preset ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "External preset ID"
					}
				]
			}
		},
		{
			"key": "charge_baskets",
			"displayName": "Charge Basket",
			"description": "Charge basket for collecting and invoicing billable charges against accounts. Each account has one open basket at a time that accumulates charge lines from warehouse operations. Use these endpoints to manage basket lifecycle and generate invoices.",
			"tag": "Charging: Baskets",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a charge basket",
					"description": "Create a new charge basket for collecting billable charges against an account",
					"operationId": "createChargeBasket",
					"kind": "create",
					"method": "POST",
					"path": "/api/charge_baskets",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "charge_baskets",
					"successStatus": 200,
					"fields": [
						{
							"name": "account_id",
							"displayName": "Account ID",
							"type": "number",
							"required": true,
							"description": "Account to associate the basket with",
							"integer": true
						},
						{
							"name": "charge_card_id",
							"displayName": "Charge Card ID",
							"type": "number",
							"required": true,
							"description": "Charge card (billing profile) to use",
							"integer": true
						},
						{
							"name": "start_at",
							"displayName": "Start At",
							"type": "string",
							"required": true,
							"description": "Start date/time for the billing period",
							"format": "date-time"
						},
						{
							"name": "end_at",
							"displayName": "End At",
							"type": "string",
							"required": false,
							"description": "End date/time for the billing period",
							"format": "date-time"
						},
						{
							"name": "status",
							"displayName": "Status",
							"type": "options",
							"required": false,
							"description": "Basket status. Defaults to OPEN.",
							"options": [
								"OPEN",
								"CLOSED"
							]
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a charge basket",
					"description": "Delete a single charge basket. Baskets with invoiced charge lines cannot be deleted.",
					"operationId": "destroyChargeBasket",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/charge_baskets/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the charge basket to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "generateInvoice",
					"name": "Generate Invoice",
					"action": "Generate invoice from charge baskets",
					"description": "Creates one AR document (invoice) per account from the selected charge baskets' line items. All documents are created with status 'draft'.",
					"operationId": "generateInvoiceFromChargeBaskets",
					"kind": "action",
					"method": "POST",
					"path": "/api/charge_baskets/generate_invoice",
					"pathParams": [],
					"queryParams": [],
					"body": "json",
					"successStatus": 200,
					"fields": [
						{
							"name": "ids",
							"displayName": "IDs",
							"type": "json",
							"required": true,
							"description": "Array of charge basket IDs to generate invoices from",
							"jsonType": "array",
							"itemType": "integer"
						}
					],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a charge basket",
					"description": "Update an existing charge basket's attributes",
					"operationId": "updateChargeBasket",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/charge_baskets/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the charge basket to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "charge_baskets",
					"partial": true,
					"successStatus": 200,
					"fields": [
						{
							"name": "account_id",
							"displayName": "Account ID",
							"type": "number",
							"required": true,
							"description": "Account to associate the basket with",
							"integer": true
						},
						{
							"name": "charge_card_id",
							"displayName": "Charge Card ID",
							"type": "number",
							"required": true,
							"description": "Charge card (billing profile) to use",
							"integer": true
						},
						{
							"name": "start_at",
							"displayName": "Start At",
							"type": "string",
							"required": true,
							"description": "Start date/time for the billing period",
							"format": "date-time"
						},
						{
							"name": "end_at",
							"displayName": "End At",
							"type": "string",
							"required": false,
							"description": "End date/time for the billing period",
							"format": "date-time"
						},
						{
							"name": "status",
							"displayName": "Status",
							"type": "options",
							"required": false,
							"description": "Basket status. Defaults to OPEN.",
							"options": [
								"OPEN",
								"CLOSED"
							]
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listChargeBaskets",
				"summary": "List charge baskets",
				"rootField": "charge_baskets",
				"connection": "all",
				"filterType": "ChargeBasketFilterType",
				"nodeSelection": "id status invoice_status start_at end_at",
				"nodeFields": [
					"id",
					"status",
					"invoice_status",
					"start_at",
					"end_at"
				],
				"filters": [
					{
						"name": "id",
						"displayName": "ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"in",
							"filled"
						],
						"description": "Charge basket ID"
					},
					{
						"name": "status",
						"displayName": "Status",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Basket status (OPEN/CLOSED)"
					},
					{
						"name": "invoice_status",
						"displayName": "Invoice Status",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Invoice status"
					},
					{
						"name": "start_at",
						"displayName": "Start At",
						"inputType": "DatetimeInputType",
						"operators": [
							"eq",
							"from",
							"to",
							"between"
						],
						"description": "Basket start date"
					},
					{
						"name": "end_at",
						"displayName": "End At",
						"inputType": "DatetimeInputType",
						"operators": [
							"eq",
							"from",
							"to",
							"between"
						],
						"description": "Basket end date"
					},
					{
						"name": "account_id",
						"displayName": "Account ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"in",
							"filled"
						],
						"description": "Associated account"
					}
				]
			}
		},
		{
			"key": "charge_cards",
			"displayName": "Charge Card",
			"description": "Charge configuration for managing charge cards, charge prices, and charge windows. Charge cards define billing profiles assigned to accounts. Charge prices define pricing rules within a card. Charge windows define recurring billing schedules.",
			"tag": "Charging: Configuration",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a charge card",
					"description": "Create a new charge card billing profile",
					"operationId": "createChargeCard",
					"kind": "create",
					"method": "POST",
					"path": "/api/charge_cards",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "charge_cards",
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": true,
							"description": "Unique code for the charge card"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": true,
							"description": "Display name for the charge card"
						},
						{
							"name": "active",
							"displayName": "Active",
							"type": "boolean",
							"required": false,
							"description": "Whether the charge card is active. Defaults to true."
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Description of the billing profile"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a charge card",
					"description": "Delete a single charge card. Charge cards with associated charge prices or accounts cannot be deleted.",
					"operationId": "destroyChargeCard",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/charge_cards/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the charge card to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a charge card",
					"description": "Update an existing charge card's attributes",
					"operationId": "updateChargeCard",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/charge_cards/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the charge card to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "charge_cards",
					"partial": true,
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": true,
							"description": "Unique code for the charge card"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": true,
							"description": "Display name for the charge card"
						},
						{
							"name": "active",
							"displayName": "Active",
							"type": "boolean",
							"required": false,
							"description": "Whether the charge card is active. Defaults to true."
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Description of the billing profile"
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listChargeCards",
				"summary": "List charge cards",
				"rootField": "charge_cards",
				"connection": "all",
				"filterType": "ChargeCardFilterType",
				"nodeSelection": "id code name description active",
				"nodeFields": [
					"id",
					"code",
					"name",
					"description",
					"active"
				],
				"filters": [
					{
						"name": "id",
						"displayName": "ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"in",
							"filled"
						],
						"description": "Charge card ID"
					},
					{
						"name": "active",
						"displayName": "Active",
						"inputType": "BooleanInputType",
						"operators": [
							"eq"
						],
						"description": "Whether the charge card is active"
					},
					{
						"name": "code",
						"displayName": "Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Charge card code"
					},
					{
						"name": "description",
						"displayName": "Description",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Description"
					},
					{
						"name": "name",
						"displayName": "Name",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Charge card name"
					}
				]
			}
		},
		{
			"key": "charge_lines",
			"displayName": "Charge Line",
			"description": "Charge line management for individual billable line items within charge baskets. Charge lines are typically created automatically by warehouse operations but can also be created and managed manually.",
			"tag": "Charging: Lines",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a charge line",
					"description": "Create a new charge line to record a billable item. Charge lines are used for invoicing and billing operations.",
					"operationId": "createChargeLine",
					"kind": "create",
					"method": "POST",
					"path": "/api/charge_lines",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "charge_lines",
					"successStatus": 200,
					"fields": [
						{
							"name": "charge_basket_id",
							"displayName": "Charge Basket ID",
							"type": "number",
							"required": true,
							"description": "The charge basket this line belongs to. Each charge basket groups related charges for billing.",
							"integer": true
						},
						{
							"name": "charge_type",
							"displayName": "Charge Type",
							"type": "options",
							"required": true,
							"description": "Type of charge. PICK for outbound/picking, RECEIPT for inbound/receiving, RENTAL for storage, SUNDRY for miscellaneous.",
							"options": [
								"PICK",
								"RECEIPT",
								"RENTAL",
								"SUNDRY"
							]
						},
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": true,
							"description": "Unique code identifying this charge line (e.g., 'PICK-001', 'RENT-WK01')."
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": true,
							"description": "Display name for the charge (e.g., 'Order Picking Fee', 'Weekly Pallet Storage')."
						},
						{
							"name": "charge_price_id",
							"displayName": "Charge Price ID",
							"type": "number",
							"required": false,
							"description": "Reference to a charge price template. When provided, copies default pricing from the template.",
							"integer": true
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Additional description or notes about this charge"
						},
						{
							"name": "goods_out_id",
							"displayName": "Goods Out ID",
							"type": "number",
							"required": false,
							"description": "Associated goods out order. Recommended for PICK charges to link the charge to the outbound order.",
							"integer": true
						},
						{
							"name": "goods_out_pick_list_id",
							"displayName": "Goods Out Pick List ID",
							"type": "number",
							"required": false,
							"description": "Associated pick list. Optional for PICK charges when charging per pick list.",
							"integer": true
						},
						{
							"name": "inbound_good_id",
							"displayName": "Inbound Good ID",
							"type": "number",
							"required": false,
							"description": "Associated goods in receipt. Recommended for RECEIPT charges to link the charge to the inbound receipt.",
							"integer": true
						},
						{
							"name": "inbound_item_id",
							"displayName": "Inbound Item ID",
							"type": "number",
							"required": false,
							"description": "Associated goods in receipt line. Optional for RECEIPT charges when charging per line item.",
							"integer": true
						},
						{
							"name": "price",
							"displayName": "Price",
							"type": "number",
							"required": false,
							"description": "Unit price for this charge. Total is calculated as quantity × price.",
							"default": 0,
							"minimum": 0
						},
						{
							"name": "product_id",
							"displayName": "Product ID",
							"type": "number",
							"required": false,
							"description": "Associated product. Optional for any charge type when using product-specific pricing.",
							"integer": true
						},
						{
							"name": "quantity",
							"displayName": "Quantity",
							"type": "number",
							"required": false,
							"description": "Quantity for this charge (e.g., number of items picked, pallets stored).",
							"default": 1,
							"minimum": 0
						},
						{
							"name": "storage_unit_id",
							"displayName": "Storage Unit ID",
							"type": "number",
							"required": false,
							"description": "Associated storage unit. Recommended for RENTAL charges to link the charge to the stored container.",
							"integer": true
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a charge line",
					"description": "Delete a single charge line",
					"operationId": "destroyChargeLine",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/charge_lines/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the charge line to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "deleteMany",
					"name": "Delete Many",
					"action": "Delete multiple charge lines",
					"description": "Delete multiple charge lines by providing a comma-separated list of IDs",
					"operationId": "destroyChargeLineCollection",
					"kind": "deleteMany",
					"method": "DELETE",
					"path": "/api/charge_lines",
					"pathParams": [],
					"queryParams": [
						{
							"name": "ids",
							"displayName": "IDs",
							"required": true,
							"description": "Comma-separated list of charge line IDs to delete",
							"schemaType": "string"
						}
					],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a charge line",
					"description": "Update an existing charge line's attributes",
					"operationId": "updateChargeLine",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/charge_lines/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the charge line to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "charge_lines",
					"successStatus": 200,
					"fields": [
						{
							"name": "charge_basket_id",
							"displayName": "Charge Basket ID",
							"type": "number",
							"required": false,
							"description": "Move the charge line to a different charge basket",
							"integer": true
						},
						{
							"name": "charge_price_id",
							"displayName": "Charge Price ID",
							"type": "number",
							"required": false,
							"description": "Reference to a charge price template",
							"integer": true
						},
						{
							"name": "charge_type",
							"displayName": "Charge Type",
							"type": "options",
							"required": false,
							"description": "Type of charge. Changing this may require updating associations.",
							"options": [
								"PICK",
								"RECEIPT",
								"RENTAL",
								"SUNDRY"
							]
						},
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": false,
							"description": "Unique code identifying this charge line"
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Additional description or notes about this charge"
						},
						{
							"name": "goods_out_id",
							"displayName": "Goods Out ID",
							"type": "number",
							"required": false,
							"description": "Associated goods out order. Recommended for PICK charges.",
							"integer": true
						},
						{
							"name": "goods_out_pick_list_id",
							"displayName": "Goods Out Pick List ID",
							"type": "number",
							"required": false,
							"description": "Associated pick list. Optional for PICK charges.",
							"integer": true
						},
						{
							"name": "inbound_good_id",
							"displayName": "Inbound Good ID",
							"type": "number",
							"required": false,
							"description": "Associated goods in receipt. Recommended for RECEIPT charges.",
							"integer": true
						},
						{
							"name": "inbound_item_id",
							"displayName": "Inbound Item ID",
							"type": "number",
							"required": false,
							"description": "Associated goods in receipt line. Optional for RECEIPT charges.",
							"integer": true
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "Display name for the charge"
						},
						{
							"name": "price",
							"displayName": "Price",
							"type": "number",
							"required": false,
							"description": "Unit price for this charge. Total is recalculated on save.",
							"minimum": 0
						},
						{
							"name": "product_id",
							"displayName": "Product ID",
							"type": "number",
							"required": false,
							"description": "Associated product for product-specific pricing",
							"integer": true
						},
						{
							"name": "quantity",
							"displayName": "Quantity",
							"type": "number",
							"required": false,
							"description": "Quantity for this charge. Total is recalculated on save.",
							"minimum": 0
						},
						{
							"name": "storage_unit_id",
							"displayName": "Storage Unit ID",
							"type": "number",
							"required": false,
							"description": "Associated storage unit. Recommended for RENTAL charges.",
							"integer": true
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listChargeLines",
				"summary": "List charge lines",
				"rootField": "charge_lines",
				"connection": "all",
				"filterType": "ChargeLineFilterType",
				"nodeSelection": "id code name charge_type quantity price total unit_of_measure description created_at",
				"nodeFields": [
					"id",
					"code",
					"name",
					"charge_type",
					"quantity",
					"price",
					"total",
					"unit_of_measure",
					"description",
					"created_at"
				],
				"filters": [
					{
						"name": "code",
						"displayName": "Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Charge line code"
					},
					{
						"name": "charge_type",
						"displayName": "Charge Type",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Type of charge"
					},
					{
						"name": "goods_in_receipt_id",
						"displayName": "Goods In Receipt ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"in",
							"filled"
						],
						"description": "Filter by goods in receipt"
					},
					{
						"name": "goods_out_order_id",
						"displayName": "Goods Out Order ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"in",
							"filled"
						],
						"description": "Filter by goods out order"
					},
					{
						"name": "created_at",
						"displayName": "Created At",
						"inputType": "DatetimeInputType",
						"operators": [
							"eq",
							"from",
							"to",
							"between"
						],
						"description": "Filter by creation date"
					}
				]
			}
		},
		{
			"key": "charge_prices",
			"displayName": "Charge Price",
			"description": "Charge configuration for managing charge cards, charge prices, and charge windows. Charge cards define billing profiles assigned to accounts. Charge prices define pricing rules within a card. Charge windows define recurring billing schedules.",
			"tag": "Charging: Configuration",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a charge price",
					"description": "Create a new charge price rule within a charge card",
					"operationId": "createChargePrice",
					"kind": "create",
					"method": "POST",
					"path": "/api/charge_prices",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "charge_prices",
					"successStatus": 200,
					"fields": [
						{
							"name": "charge_card_id",
							"displayName": "Charge Card ID",
							"type": "number",
							"required": true,
							"description": "Charge card this price belongs to",
							"integer": true
						},
						{
							"name": "charge_type",
							"displayName": "Charge Type",
							"type": "options",
							"required": true,
							"description": "Type of charge",
							"options": [
								"RENTAL",
								"RECEIPT",
								"PICK",
								"SUNDRY"
							]
						},
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": true,
							"description": "Unique code for the charge price"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": true,
							"description": "Display name for the charge price"
						},
						{
							"name": "price",
							"displayName": "Price",
							"type": "number",
							"required": true,
							"description": "Unit price"
						},
						{
							"name": "quantity",
							"displayName": "Quantity",
							"type": "number",
							"required": true,
							"description": "Quantity threshold or multiplier"
						},
						{
							"name": "unit_of_measure",
							"displayName": "Unit of Measure",
							"type": "options",
							"required": true,
							"description": "Unit of measure for billing calculation",
							"options": [
								"goods_in_receipt_completed",
								"goods_in_receipt_started",
								"goods_out_completed",
								"goods_out_created",
								"goods_out_pick_list_completed",
								"goods_out_pick_list_created",
								"item",
								"item_product_cube",
								"item_product_cubic_metre",
								"item_product_height",
								"item_product_length",
								"item_product_value",
								"item_product_weight",
								"item_product_width",
								"item_stock_cubic",
								"pick_case",
								"pick_inner",
								"pick_outer",
								"pick_unit",
								"storage_unit",
								"storage_unit_to",
								"unique_product"
							]
						},
						{
							"name": "auto_charge",
							"displayName": "Auto Charge",
							"type": "boolean",
							"required": false,
							"description": "Whether charges are created automatically"
						},
						{
							"name": "carrier_id",
							"displayName": "Carrier ID",
							"type": "number",
							"required": false,
							"description": "Specific carrier for PICK pricing",
							"integer": true
						},
						{
							"name": "carrier_service_id",
							"displayName": "Carrier Service ID",
							"type": "number",
							"required": false,
							"description": "Specific carrier service for PICK pricing",
							"integer": true
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Additional description"
						},
						{
							"name": "location_group_id",
							"displayName": "Location Group ID",
							"type": "number",
							"required": false,
							"description": "Location group for pricing scope",
							"integer": true
						},
						{
							"name": "nominal_code",
							"displayName": "Nominal Code",
							"type": "string",
							"required": false,
							"description": "Accounting nominal code"
						},
						{
							"name": "order_type_id",
							"displayName": "Order Type ID",
							"type": "number",
							"required": false,
							"description": "Specific order type for PICK pricing",
							"integer": true
						},
						{
							"name": "product_group_id",
							"displayName": "Product Group ID",
							"type": "number",
							"required": false,
							"description": "Product group for pricing scope",
							"integer": true
						},
						{
							"name": "storage_unit_type_id",
							"displayName": "Storage Unit Type ID",
							"type": "number",
							"required": false,
							"description": "Storage unit type for pricing scope",
							"integer": true
						},
						{
							"name": "subtype",
							"displayName": "Subtype",
							"type": "options",
							"required": false,
							"description": "Pick subtype. Only applicable for PICK charge type.",
							"options": [
								"FULL",
								"PART",
								"PICKFACE",
								"DEMAND_PICKFACE"
							]
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a charge price",
					"description": "Delete a single charge price. Charge prices referenced by existing charge lines cannot be deleted.",
					"operationId": "destroyChargePrice",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/charge_prices/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the charge price to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a charge price",
					"description": "Update an existing charge price's attributes",
					"operationId": "updateChargePrice",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/charge_prices/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the charge price to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "charge_prices",
					"partial": true,
					"successStatus": 200,
					"fields": [
						{
							"name": "charge_card_id",
							"displayName": "Charge Card ID",
							"type": "number",
							"required": true,
							"description": "Charge card this price belongs to",
							"integer": true
						},
						{
							"name": "charge_type",
							"displayName": "Charge Type",
							"type": "options",
							"required": true,
							"description": "Type of charge",
							"options": [
								"RENTAL",
								"RECEIPT",
								"PICK",
								"SUNDRY"
							]
						},
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": true,
							"description": "Unique code for the charge price"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": true,
							"description": "Display name for the charge price"
						},
						{
							"name": "price",
							"displayName": "Price",
							"type": "number",
							"required": true,
							"description": "Unit price"
						},
						{
							"name": "quantity",
							"displayName": "Quantity",
							"type": "number",
							"required": true,
							"description": "Quantity threshold or multiplier"
						},
						{
							"name": "unit_of_measure",
							"displayName": "Unit of Measure",
							"type": "options",
							"required": true,
							"description": "Unit of measure for billing calculation",
							"options": [
								"goods_in_receipt_completed",
								"goods_in_receipt_started",
								"goods_out_completed",
								"goods_out_created",
								"goods_out_pick_list_completed",
								"goods_out_pick_list_created",
								"item",
								"item_product_cube",
								"item_product_cubic_metre",
								"item_product_height",
								"item_product_length",
								"item_product_value",
								"item_product_weight",
								"item_product_width",
								"item_stock_cubic",
								"pick_case",
								"pick_inner",
								"pick_outer",
								"pick_unit",
								"storage_unit",
								"storage_unit_to",
								"unique_product"
							]
						},
						{
							"name": "auto_charge",
							"displayName": "Auto Charge",
							"type": "boolean",
							"required": false,
							"description": "Whether charges are created automatically"
						},
						{
							"name": "carrier_id",
							"displayName": "Carrier ID",
							"type": "number",
							"required": false,
							"description": "Specific carrier for PICK pricing",
							"integer": true
						},
						{
							"name": "carrier_service_id",
							"displayName": "Carrier Service ID",
							"type": "number",
							"required": false,
							"description": "Specific carrier service for PICK pricing",
							"integer": true
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Additional description"
						},
						{
							"name": "location_group_id",
							"displayName": "Location Group ID",
							"type": "number",
							"required": false,
							"description": "Location group for pricing scope",
							"integer": true
						},
						{
							"name": "nominal_code",
							"displayName": "Nominal Code",
							"type": "string",
							"required": false,
							"description": "Accounting nominal code"
						},
						{
							"name": "order_type_id",
							"displayName": "Order Type ID",
							"type": "number",
							"required": false,
							"description": "Specific order type for PICK pricing",
							"integer": true
						},
						{
							"name": "product_group_id",
							"displayName": "Product Group ID",
							"type": "number",
							"required": false,
							"description": "Product group for pricing scope",
							"integer": true
						},
						{
							"name": "storage_unit_type_id",
							"displayName": "Storage Unit Type ID",
							"type": "number",
							"required": false,
							"description": "Storage unit type for pricing scope",
							"integer": true
						},
						{
							"name": "subtype",
							"displayName": "Subtype",
							"type": "options",
							"required": false,
							"description": "Pick subtype. Only applicable for PICK charge type.",
							"options": [
								"FULL",
								"PART",
								"PICKFACE",
								"DEMAND_PICKFACE"
							]
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listChargePrices",
				"summary": "List charge prices",
				"rootField": "charge_prices",
				"connection": "all",
				"filterType": "ChargePriceFilterType",
				"nodeSelection": "id code name charge_type subtype unit_of_measure quantity price auto_charge description nominal_code",
				"nodeFields": [
					"id",
					"code",
					"name",
					"charge_type",
					"subtype",
					"unit_of_measure",
					"quantity",
					"price",
					"auto_charge",
					"description",
					"nominal_code"
				],
				"filters": [
					{
						"name": "id",
						"displayName": "ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"in",
							"filled"
						],
						"description": "Charge price ID"
					},
					{
						"name": "code",
						"displayName": "Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Charge price code"
					},
					{
						"name": "name",
						"displayName": "Name",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Charge price name"
					},
					{
						"name": "charge_type",
						"displayName": "Charge Type",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Type of charge"
					},
					{
						"name": "charge_card_id",
						"displayName": "Charge Card ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"in",
							"filled"
						],
						"description": "Associated charge card"
					}
				]
			}
		},
		{
			"key": "charge_windows",
			"displayName": "Charge Window",
			"description": "Charge configuration for managing charge cards, charge prices, and charge windows. Charge cards define billing profiles assigned to accounts. Charge prices define pricing rules within a card. Charge windows define recurring billing schedules.",
			"tag": "Charging: Configuration",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a charge window",
					"description": "Create a new charge window for defining recurring billing schedules",
					"operationId": "createChargeWindow",
					"kind": "create",
					"method": "POST",
					"path": "/api/charge_windows",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "charge_windows",
					"successStatus": 200,
					"fields": [
						{
							"name": "frequency",
							"displayName": "Frequency",
							"type": "options",
							"required": true,
							"description": "Frequency type for the billing window",
							"options": [
								"Day",
								"Month"
							]
						},
						{
							"name": "numbers",
							"displayName": "Numbers",
							"type": "json",
							"required": true,
							"description": "Array of day/date numbers for the schedule",
							"jsonType": "array",
							"itemType": "integer"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "Display name for the charge window"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a charge window",
					"description": "Delete a single charge window",
					"operationId": "destroyChargeWindow",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/charge_windows/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the charge window to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a charge window",
					"description": "Update an existing charge window's attributes",
					"operationId": "updateChargeWindow",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/charge_windows/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the charge window to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "charge_windows",
					"partial": true,
					"successStatus": 200,
					"fields": [
						{
							"name": "frequency",
							"displayName": "Frequency",
							"type": "options",
							"required": true,
							"description": "Frequency type for the billing window",
							"options": [
								"Day",
								"Month"
							]
						},
						{
							"name": "numbers",
							"displayName": "Numbers",
							"type": "json",
							"required": true,
							"description": "Array of day/date numbers for the schedule",
							"jsonType": "array",
							"itemType": "integer"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "Display name for the charge window"
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listChargeWindows",
				"summary": "List charge windows",
				"rootField": "charge_windows",
				"connection": "all",
				"filterType": "ChargeWindowFilterType",
				"nodeSelection": "id name frequency numbers",
				"nodeFields": [
					"id",
					"name",
					"frequency",
					"numbers"
				],
				"filters": [
					{
						"name": "id",
						"displayName": "ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"in",
							"filled"
						],
						"description": "Charge window ID"
					},
					{
						"name": "name",
						"displayName": "Name",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Window name"
					},
					{
						"name": "frequency",
						"displayName": "Frequency",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Frequency type (Day/Month)"
					}
				]
			}
		},
		{
			"key": "collection_addresses",
			"displayName": "Collection Address",
			"description": "Collection address management. Collection addresses belong to a supplier and are used for inbound collections.",
			"tag": "Collection Addresses",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a collection address",
					"description": "Create a collection address. Collection addresses belong to a supplier (via supplier_id). Town/city is held in address_3.",
					"operationId": "createCollectionAddress",
					"kind": "create",
					"method": "POST",
					"path": "/api/collection_addresses",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "collection_addresses",
					"successStatus": 200,
					"fields": [
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": true,
							"description": "Contact / addressee name"
						},
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": true,
							"description": "Address code"
						},
						{
							"name": "address_1",
							"displayName": "Address 1",
							"type": "string",
							"required": false,
							"description": "Street number and name"
						},
						{
							"name": "address_2",
							"displayName": "Address 2",
							"type": "string",
							"required": false,
							"description": "Second address line"
						},
						{
							"name": "address_3",
							"displayName": "Address 3",
							"type": "string",
							"required": false,
							"description": "Town/city (passed to couriers as city)"
						},
						{
							"name": "address_4",
							"displayName": "Address 4",
							"type": "string",
							"required": false,
							"description": "County/region"
						},
						{
							"name": "address_5",
							"displayName": "Address 5",
							"type": "string",
							"required": false,
							"description": "Additional address information"
						},
						{
							"name": "postcode",
							"displayName": "Postcode",
							"type": "string",
							"required": false,
							"description": "Postal / ZIP code"
						},
						{
							"name": "country_code",
							"displayName": "Country Code",
							"type": "string",
							"required": false,
							"description": "ISO 3166-1 alpha-2 country code, optionally with a province suffix (e.g. 'GB' or 'CA-ON')"
						},
						{
							"name": "email_address",
							"displayName": "Email Address",
							"type": "string",
							"required": false,
							"description": "Contact email address"
						},
						{
							"name": "phone_number",
							"displayName": "Phone Number",
							"type": "string",
							"required": false,
							"description": "Contact phone number"
						},
						{
							"name": "default_notes",
							"displayName": "Default Notes",
							"type": "string",
							"required": false,
							"description": "Default delivery/collection notes"
						},
						{
							"name": "is_active",
							"displayName": "Is Active",
							"type": "boolean",
							"required": false,
							"description": "Whether the address is active"
						},
						{
							"name": "external_delivery_id",
							"displayName": "External Delivery ID",
							"type": "string",
							"required": false,
							"description": "External delivery identifier"
						},
						{
							"name": "external_system_reference1",
							"displayName": "External System Reference 1",
							"type": "string",
							"required": false,
							"description": "External system reference 1"
						},
						{
							"name": "external_system_reference2",
							"displayName": "External System Reference 2",
							"type": "string",
							"required": false,
							"description": "External system reference 2"
						},
						{
							"name": "external_system_reference3",
							"displayName": "External System Reference 3",
							"type": "string",
							"required": false,
							"description": "External system reference 3"
						},
						{
							"name": "supplier_id",
							"displayName": "Supplier ID",
							"type": "number",
							"required": false,
							"description": "ID of the supplier this collection address belongs to",
							"integer": true
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a collection address",
					"description": "Delete a single collection address by ID",
					"operationId": "destroyCollectionAddress",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/collection_addresses/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the collection address to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "deleteMany",
					"name": "Delete Many",
					"action": "Delete multiple collection addresses",
					"description": "Bulk-delete collection addresses. Pass the IDs to delete as a comma-separated ids query parameter, e.g. DELETE /api/collection_addresses?ids=1,2,3.",
					"operationId": "destroyCollectionAddresses",
					"kind": "deleteMany",
					"method": "DELETE",
					"path": "/api/collection_addresses",
					"pathParams": [],
					"queryParams": [
						{
							"name": "ids",
							"displayName": "IDs",
							"required": true,
							"description": "Comma-separated list of collection address IDs to delete (e.g. 1,2,3)",
							"schemaType": "string"
						}
					],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a collection address",
					"description": "Update an existing collection address",
					"operationId": "updateCollectionAddress",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/collection_addresses/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the collection address to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "collection_addresses",
					"successStatus": 200,
					"fields": [
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "Contact / addressee name"
						},
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": false,
							"description": "Address code"
						},
						{
							"name": "address_1",
							"displayName": "Address 1",
							"type": "string",
							"required": false,
							"description": "Street number and name"
						},
						{
							"name": "address_2",
							"displayName": "Address 2",
							"type": "string",
							"required": false,
							"description": "Second address line"
						},
						{
							"name": "address_3",
							"displayName": "Address 3",
							"type": "string",
							"required": false,
							"description": "Town/city (passed to couriers as city)"
						},
						{
							"name": "address_4",
							"displayName": "Address 4",
							"type": "string",
							"required": false,
							"description": "County/region"
						},
						{
							"name": "address_5",
							"displayName": "Address 5",
							"type": "string",
							"required": false,
							"description": "Additional address information"
						},
						{
							"name": "postcode",
							"displayName": "Postcode",
							"type": "string",
							"required": false,
							"description": "Postal / ZIP code"
						},
						{
							"name": "country_code",
							"displayName": "Country Code",
							"type": "string",
							"required": false,
							"description": "ISO 3166-1 alpha-2 country code, optionally with a province suffix (e.g. 'GB' or 'CA-ON')"
						},
						{
							"name": "email_address",
							"displayName": "Email Address",
							"type": "string",
							"required": false,
							"description": "Contact email address"
						},
						{
							"name": "phone_number",
							"displayName": "Phone Number",
							"type": "string",
							"required": false,
							"description": "Contact phone number"
						},
						{
							"name": "default_notes",
							"displayName": "Default Notes",
							"type": "string",
							"required": false,
							"description": "Default delivery/collection notes"
						},
						{
							"name": "is_active",
							"displayName": "Is Active",
							"type": "boolean",
							"required": false,
							"description": "Whether the address is active"
						},
						{
							"name": "external_delivery_id",
							"displayName": "External Delivery ID",
							"type": "string",
							"required": false,
							"description": "External delivery identifier"
						},
						{
							"name": "external_system_reference1",
							"displayName": "External System Reference 1",
							"type": "string",
							"required": false,
							"description": "External system reference 1"
						},
						{
							"name": "external_system_reference2",
							"displayName": "External System Reference 2",
							"type": "string",
							"required": false,
							"description": "External system reference 2"
						},
						{
							"name": "external_system_reference3",
							"displayName": "External System Reference 3",
							"type": "string",
							"required": false,
							"description": "External system reference 3"
						},
						{
							"name": "supplier_id",
							"displayName": "Supplier ID",
							"type": "number",
							"required": false,
							"description": "ID of the supplier this collection address belongs to",
							"integer": true
						}
					],
					"relationships": []
				}
			]
		},
		{
			"key": "crossdocks",
			"displayName": "Crossdock",
			"description": "External crossdock management for direct inbound-to-outbound transfer",
			"tag": "Crossdocks",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a crossdock",
					"description": "Create a crossdock",
					"operationId": "createCrossdock",
					"kind": "create",
					"method": "POST",
					"path": "/api/crossdocks",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "crossdocks",
					"successStatus": 200,
					"fields": [
						{
							"name": "account_id",
							"displayName": "Account ID",
							"type": "number",
							"required": true,
							"description": "Stock account ID",
							"integer": true
						},
						{
							"name": "expected_date_of_receipt",
							"displayName": "Expected Date of Receipt",
							"type": "string",
							"required": true,
							"description": "Expected date of receipt",
							"format": "date-time"
						},
						{
							"name": "reference",
							"displayName": "Reference",
							"type": "string",
							"required": true,
							"description": "Crossdock reference"
						},
						{
							"name": "status",
							"displayName": "Status",
							"type": "options",
							"required": false,
							"description": "Status",
							"options": [
								"pending",
								"confirmed",
								"received",
								"completed"
							]
						},
						{
							"name": "inbound_method",
							"displayName": "Inbound Method",
							"type": "options",
							"required": false,
							"description": "Inbound method",
							"options": [
								"delivery",
								"collection"
							]
						},
						{
							"name": "notes",
							"displayName": "Notes",
							"type": "string",
							"required": false,
							"description": "Notes"
						},
						{
							"name": "warehouse_id",
							"displayName": "Warehouse ID",
							"type": "number",
							"required": false,
							"description": "Warehouse ID",
							"integer": true
						},
						{
							"name": "carrier_id",
							"displayName": "Carrier ID",
							"type": "number",
							"required": false,
							"description": "Carrier ID",
							"integer": true
						},
						{
							"name": "supplier_id",
							"displayName": "Supplier ID",
							"type": "number",
							"required": false,
							"description": "Supplier ID",
							"integer": true
						},
						{
							"name": "collection_address_id",
							"displayName": "Collection Address ID",
							"type": "number",
							"required": false,
							"description": "Collection address ID",
							"integer": true
						},
						{
							"name": "goods_in_location_id",
							"displayName": "Goods In Location ID",
							"type": "number",
							"required": false,
							"description": "Goods-in location ID",
							"integer": true
						},
						{
							"name": "address",
							"displayName": "Address",
							"type": "json",
							"required": false,
							"description": "Optional nested collection address. Town/city goes in address_3.",
							"jsonType": "object"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a crossdock",
					"description": "Delete a crossdock by ID",
					"operationId": "destroyCrossdock",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/crossdocks/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the crossdock",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a crossdock",
					"description": "Update an existing crossdock",
					"operationId": "updateCrossdock",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/crossdocks/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the crossdock",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "crossdocks",
					"successStatus": 200,
					"fields": [
						{
							"name": "account_id",
							"displayName": "Account ID",
							"type": "number",
							"required": false,
							"description": "Stock account ID",
							"integer": true
						},
						{
							"name": "expected_date_of_receipt",
							"displayName": "Expected Date of Receipt",
							"type": "string",
							"required": false,
							"description": "Expected date of receipt",
							"format": "date-time"
						},
						{
							"name": "reference",
							"displayName": "Reference",
							"type": "string",
							"required": false,
							"description": "Crossdock reference"
						},
						{
							"name": "status",
							"displayName": "Status",
							"type": "options",
							"required": false,
							"description": "Status",
							"options": [
								"pending",
								"confirmed",
								"received",
								"completed"
							]
						},
						{
							"name": "inbound_method",
							"displayName": "Inbound Method",
							"type": "options",
							"required": false,
							"description": "Inbound method",
							"options": [
								"delivery",
								"collection"
							]
						},
						{
							"name": "notes",
							"displayName": "Notes",
							"type": "string",
							"required": false,
							"description": "Notes"
						},
						{
							"name": "warehouse_id",
							"displayName": "Warehouse ID",
							"type": "number",
							"required": false,
							"description": "Warehouse ID",
							"integer": true
						},
						{
							"name": "carrier_id",
							"displayName": "Carrier ID",
							"type": "number",
							"required": false,
							"description": "Carrier ID",
							"integer": true
						},
						{
							"name": "supplier_id",
							"displayName": "Supplier ID",
							"type": "number",
							"required": false,
							"description": "Supplier ID",
							"integer": true
						},
						{
							"name": "collection_address_id",
							"displayName": "Collection Address ID",
							"type": "number",
							"required": false,
							"description": "Collection address ID",
							"integer": true
						},
						{
							"name": "goods_in_location_id",
							"displayName": "Goods In Location ID",
							"type": "number",
							"required": false,
							"description": "Goods-in location ID",
							"integer": true
						},
						{
							"name": "address",
							"displayName": "Address",
							"type": "json",
							"required": false,
							"description": "Optional nested collection address. Town/city goes in address_3.",
							"jsonType": "object"
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listCrossdocks",
				"summary": "List crossdocks",
				"rootField": "crossdocks",
				"connection": "all",
				"filterType": "CrossdockFilterType",
				"nodeSelection": "id reference status inbound_method crossdock_type expected_date_of_receipt account { id code } warehouse { id code }",
				"nodeFields": [
					"id",
					"reference",
					"status",
					"inbound_method",
					"crossdock_type",
					"expected_date_of_receipt",
					"account",
					"warehouse"
				],
				"filters": [
					{
						"name": "reference",
						"displayName": "Reference",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Crossdock reference"
					},
					{
						"name": "account_id",
						"displayName": "Account ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Account ID"
					},
					{
						"name": "warehouse_id",
						"displayName": "Warehouse ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Warehouse ID"
					},
					{
						"name": "supplier_id",
						"displayName": "Supplier ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Supplier ID"
					},
					{
						"name": "carrier_id",
						"displayName": "Carrier ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Carrier ID"
					},
					{
						"name": "expected_date_of_receipt",
						"displayName": "Expected Date of Receipt",
						"inputType": "DatetimeInputType",
						"operators": [
							"eq",
							"from",
							"to",
							"between"
						],
						"description": "Expected receipt date"
					}
				]
			}
		},
		{
			"key": "currencies",
			"displayName": "Currency",
			"description": "Currency management. Codes are ISO 4217 in lowercase.",
			"tag": "Currencies",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a currency",
					"description": "Create a currency. The code must be a valid ISO 4217 code in lowercase.",
					"operationId": "createCurrency",
					"kind": "create",
					"method": "POST",
					"path": "/api/currencies",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "currencies",
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": true,
							"description": "ISO 4217 currency code in lowercase (e.g. 'gbp', 'usd', 'eur')",
							"example": "gbp"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": true,
							"description": "Currency display name"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a currency",
					"description": "Delete a currency by ID",
					"operationId": "destroyCurrency",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/currencies/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the currency to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a currency",
					"description": "Update an existing currency's code or name",
					"operationId": "updateCurrency",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/currencies/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the currency to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "currencies",
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": false,
							"description": "ISO 4217 currency code in lowercase (e.g. 'gbp', 'usd', 'eur')",
							"example": "usd"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "Currency display name"
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listCurrencies",
				"summary": "List currencies",
				"rootField": "currencies",
				"connection": "all",
				"filterType": "CurrencyFilterType",
				"nodeSelection": "id code name default",
				"nodeFields": [
					"id",
					"code",
					"name",
					"default"
				],
				"filters": [
					{
						"name": "id",
						"displayName": "ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Currency ID"
					},
					{
						"name": "code",
						"displayName": "Code",
						"inputType": "CodeInputType",
						"operators": [
							"eq",
							"in"
						],
						"description": "ISO 4217 currency code, lowercase (enum input — e.g. gbp, usd, eur)"
					},
					{
						"name": "name",
						"displayName": "Name",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Currency name"
					},
					{
						"name": "default",
						"displayName": "Default",
						"inputType": "BooleanInputType",
						"operators": [
							"eq"
						],
						"description": "Whether this is the default currency"
					},
					{
						"name": "created_at",
						"displayName": "Created At",
						"inputType": "DatetimeInputType",
						"operators": [
							"eq",
							"from",
							"to",
							"between"
						],
						"description": "Creation timestamp"
					}
				]
			}
		},
		{
			"key": "custom_carrier_types",
			"displayName": "Custom Carrier Type",
			"description": "Custom carrier type management, including print layout parameters for label/document templates",
			"tag": "Custom Carrier Types",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a custom carrier type",
					"description": "Create a custom carrier type with print layout parameters for its label/document template",
					"operationId": "createCustomCarrierType",
					"kind": "create",
					"method": "POST",
					"path": "/api/custom_carrier_types",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "custom_carrier_types",
					"successStatus": 200,
					"fields": [
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "Custom carrier type name"
						},
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": false,
							"description": "Custom carrier type code"
						},
						{
							"name": "print_params",
							"displayName": "Print Params",
							"type": "json",
							"required": false,
							"description": "Label/document print layout parameters (page dimensions and margins)",
							"jsonType": "object"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a custom carrier type",
					"description": "Delete a custom carrier type by ID",
					"operationId": "destroyCustomCarrierType",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/custom_carrier_types/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the custom carrier type to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a custom carrier type",
					"description": "Update an existing custom carrier type's name, code, or print parameters. Returns 204 No Content on success.",
					"operationId": "updateCustomCarrierType",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/custom_carrier_types/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the custom carrier type to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "custom_carrier_types",
					"successStatus": 204,
					"fields": [
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "Custom carrier type name"
						},
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": false,
							"description": "Custom carrier type code"
						},
						{
							"name": "print_params",
							"displayName": "Print Params",
							"type": "json",
							"required": false,
							"description": "Label/document print layout parameters (page dimensions and margins)",
							"jsonType": "object"
						}
					],
					"relationships": []
				}
			]
		},
		{
			"key": "customers",
			"displayName": "Customer",
			"description": "Customer management. Customers are the end-recipients of goods (distinct from stock accounts).",
			"tag": "Customers",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a customer",
					"description": "Create a customer",
					"operationId": "createCustomer",
					"kind": "create",
					"method": "POST",
					"path": "/api/customers",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "customers",
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": true,
							"description": "Unique customer code"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": true,
							"description": "Customer name"
						},
						{
							"name": "external_system_reference1",
							"displayName": "External System Reference 1",
							"type": "string",
							"required": false,
							"description": "External system reference 1"
						},
						{
							"name": "external_system_reference2",
							"displayName": "External System Reference 2",
							"type": "string",
							"required": false,
							"description": "External system reference 2"
						},
						{
							"name": "external_system_reference3",
							"displayName": "External System Reference 3",
							"type": "string",
							"required": false,
							"description": "External system reference 3"
						},
						{
							"name": "shelf_life_min",
							"displayName": "Shelf Life Min",
							"type": "number",
							"required": false,
							"description": "Minimum shelf life in days (> 0)",
							"integer": true,
							"minimum": 1
						},
						{
							"name": "shelf_life_max",
							"displayName": "Shelf Life Max",
							"type": "number",
							"required": false,
							"description": "Maximum shelf life in days (> 0)",
							"integer": true,
							"minimum": 1
						},
						{
							"name": "pick_label_id",
							"displayName": "Pick Label ID",
							"type": "number",
							"required": false,
							"description": "Pick label template ID",
							"integer": true
						},
						{
							"name": "address",
							"displayName": "Address",
							"type": "json",
							"required": false,
							"description": "Optional nested customer address. Town/city goes in address_3.",
							"jsonType": "object"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a customer",
					"description": "Delete a customer by ID",
					"operationId": "destroyCustomer",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/customers/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the customer",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a customer",
					"description": "Update an existing customer",
					"operationId": "updateCustomer",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/customers/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the customer",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "customers",
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": false,
							"description": "Unique customer code"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "Customer name"
						},
						{
							"name": "external_system_reference1",
							"displayName": "External System Reference 1",
							"type": "string",
							"required": false,
							"description": "External system reference 1"
						},
						{
							"name": "external_system_reference2",
							"displayName": "External System Reference 2",
							"type": "string",
							"required": false,
							"description": "External system reference 2"
						},
						{
							"name": "external_system_reference3",
							"displayName": "External System Reference 3",
							"type": "string",
							"required": false,
							"description": "External system reference 3"
						},
						{
							"name": "shelf_life_min",
							"displayName": "Shelf Life Min",
							"type": "number",
							"required": false,
							"description": "Minimum shelf life in days (> 0)",
							"integer": true,
							"minimum": 1
						},
						{
							"name": "shelf_life_max",
							"displayName": "Shelf Life Max",
							"type": "number",
							"required": false,
							"description": "Maximum shelf life in days (> 0)",
							"integer": true,
							"minimum": 1
						},
						{
							"name": "pick_label_id",
							"displayName": "Pick Label ID",
							"type": "number",
							"required": false,
							"description": "Pick label template ID",
							"integer": true
						},
						{
							"name": "address",
							"displayName": "Address",
							"type": "json",
							"required": false,
							"description": "Optional nested customer address. Town/city goes in address_3.",
							"jsonType": "object"
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listCustomers",
				"summary": "List customers",
				"rootField": "customers",
				"connection": "all",
				"filterType": "CustomerFilterType",
				"nodeSelection": "id code name shelf_life_min shelf_life_max external_system_reference1",
				"nodeFields": [
					"id",
					"code",
					"name",
					"shelf_life_min",
					"shelf_life_max",
					"external_system_reference1"
				],
				"filters": [
					{
						"name": "code",
						"displayName": "Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Customer code"
					},
					{
						"name": "name",
						"displayName": "Name",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Customer name"
					},
					{
						"name": "external_system_reference1",
						"displayName": "External System Reference 1",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "External reference"
					},
					{
						"name": "shelf_life_min",
						"displayName": "Shelf Life Min",
						"inputType": "IntegerInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"between"
						],
						"description": "Minimum shelf life (days)"
					},
					{
						"name": "shelf_life_max",
						"displayName": "Shelf Life Max",
						"inputType": "IntegerInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"between"
						],
						"description": "Maximum shelf life (days)"
					},
					{
						"name": "pick_label_id",
						"displayName": "Pick Label ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Pick label template ID"
					}
				]
			}
		},
		{
			"key": "dashboards",
			"displayName": "Dashboard",
			"description": "Dashboard management for creating, updating, and deleting dashboards together with the widgets placed on them. Dashboards are role-scoped collections of widgets that render report query data as charts. Use the placement endpoint to atomically replace the widgets shown on a dashboard.",
			"tag": "Dashboards",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a dashboard",
					"description": "Create a new dashboard. Associate roles by passing role_ids inside attributes. Setting is_default: true clears the default flag from every other dashboard atomically.",
					"operationId": "createDashboard",
					"kind": "create",
					"method": "POST",
					"path": "/api/dashboards",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "dashboards",
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": true,
							"description": "Unique dashboard code"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": true,
							"description": "Display name"
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Optional dashboard description"
						},
						{
							"name": "is_active",
							"displayName": "Is Active",
							"type": "boolean",
							"required": false,
							"description": "Whether the dashboard is visible to users. Defaults to true on create."
						},
						{
							"name": "is_default",
							"displayName": "Is Default",
							"type": "boolean",
							"required": false,
							"description": "When true, this dashboard becomes the default for users. Setting true clears is_default on every other dashboard in the same transaction. Defaults to false on create."
						},
						{
							"name": "role_ids",
							"displayName": "Role IDs",
							"type": "json",
							"required": false,
							"description": "Role IDs that can access this dashboard. On update, the supplied list replaces all existing role associations.",
							"jsonType": "array",
							"itemType": "integer"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a dashboard",
					"description": "Delete a dashboard. All role associations and widget placements are removed atomically; the widgets themselves are not deleted.",
					"operationId": "destroyDashboard",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/dashboards/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the dashboard to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "widgets",
					"name": "Set Widgets",
					"action": "Set dashboard widget placements",
					"description": "Atomically replace the widget placements for a dashboard. The full set of placements you want on the dashboard must be supplied in placements; any existing placements not in the list are removed.",
					"operationId": "setDashboardWidgetPlacements",
					"kind": "action",
					"method": "PUT",
					"path": "/api/dashboards/{id}/widgets",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the dashboard to set placements on",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "dashboards",
					"successStatus": 204,
					"fields": [
						{
							"name": "placements",
							"displayName": "Placements",
							"type": "json",
							"required": true,
							"description": "Full set of widget placements for the dashboard. Replaces any existing placements.",
							"jsonType": "array"
						}
					],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a dashboard",
					"description": "Update an existing dashboard's attributes. All fields are optional; only supplied fields are updated. Setting is_default: true clears the default flag from every other dashboard.",
					"operationId": "updateDashboard",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/dashboards/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the dashboard to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "dashboards",
					"successStatus": 204,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": false,
							"description": "Unique dashboard code"
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Optional description"
						},
						{
							"name": "is_active",
							"displayName": "Is Active",
							"type": "boolean",
							"required": false,
							"description": "Whether the dashboard is visible to users"
						},
						{
							"name": "is_default",
							"displayName": "Is Default",
							"type": "boolean",
							"required": false,
							"description": "When true, clears the default flag on every other dashboard"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "Display name"
						},
						{
							"name": "role_ids",
							"displayName": "Role IDs",
							"type": "json",
							"required": false,
							"description": "Replaces the dashboard's role associations with the supplied list of role IDs",
							"jsonType": "array",
							"itemType": "integer"
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listDashboards",
				"summary": "List dashboards",
				"rootField": "dashboards",
				"connection": "all",
				"filterType": "DashboardFilterType",
				"nodeSelection": "id code name description is_active is_default roles { id name } dashboard_widget_placements { id position dashboard_widget { id code name widget_type } }",
				"nodeFields": [
					"id",
					"code",
					"name",
					"description",
					"is_active",
					"is_default",
					"roles",
					"dashboard_widget_placements"
				],
				"filters": [
					{
						"name": "code",
						"displayName": "Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Dashboard code"
					},
					{
						"name": "name",
						"displayName": "Name",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Dashboard name"
					},
					{
						"name": "is_active",
						"displayName": "Is Active",
						"inputType": "BooleanInputType",
						"operators": [
							"eq"
						],
						"description": "Active flag"
					},
					{
						"name": "is_default",
						"displayName": "Is Default",
						"inputType": "BooleanInputType",
						"operators": [
							"eq"
						],
						"description": "Default-dashboard flag"
					},
					{
						"name": "role_id",
						"displayName": "Role ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"in",
							"filled"
						],
						"description": "Filter by an associated role ID"
					}
				]
			}
		},
		{
			"key": "dashboard_widgets",
			"displayName": "Dashboard Widget",
			"description": "Dashboard widget management for creating, updating, and deleting widgets. Each widget is bound to a report query and rendered on dashboards as a configurable chart (bar, line, pie, gauge, etc.). Widgets are placed onto dashboards via the dashboard's widget placement endpoint.",
			"tag": "Dashboard Widgets",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a dashboard widget",
					"description": "Create a new dashboard widget. A widget is a chart component bound to a report query; the widget_type selects the chart rendering and configuration provides per-chart options (legend, palette, metric field, type-specific keys). The widget becomes visible to users only once it has been placed on a dashboard via the dashboard's widget placement endpoint.",
					"operationId": "createDashboardWidget",
					"kind": "create",
					"method": "POST",
					"path": "/api/dashboard_widgets",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "dashboard_widgets",
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": true,
							"description": "Unique widget code"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": true,
							"description": "Display name"
						},
						{
							"name": "widget_type",
							"displayName": "Widget Type",
							"type": "options",
							"required": true,
							"description": "Chart rendering type. grid renders as a tabular data view rather than a chart.",
							"options": [
								"area",
								"bar",
								"funnel",
								"gauge",
								"graph",
								"grid",
								"heatmap",
								"line",
								"pictorial_bar",
								"pie",
								"radar",
								"sankey",
								"scatter",
								"single",
								"sunburst",
								"tree",
								"treemap"
							]
						},
						{
							"name": "configuration",
							"displayName": "Configuration",
							"type": "json",
							"required": false,
							"description": "Chart rendering options. Shape varies by widget_type — common keys: metric, color_palette, show_legend, legend_position, limit. See the create endpoint's x-mint reference for per-type keys.",
							"jsonType": "object"
						},
						{
							"name": "dashboard_filters",
							"displayName": "Dashboard Filters",
							"type": "json",
							"required": false,
							"description": "Default filter values applied to the linked report query when the widget renders, e.g. { \"warehouse_id\": 1 }",
							"jsonType": "object"
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Optional widget description"
						},
						{
							"name": "report_query_id",
							"displayName": "Report Query ID",
							"type": "number",
							"required": false,
							"description": "Linked report query that supplies the data. Optional — a widget may be standalone.",
							"integer": true
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a dashboard widget",
					"description": "Delete a dashboard widget. Any placements of the widget on dashboards are removed atomically.",
					"operationId": "destroyDashboardWidget",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/dashboard_widgets/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the dashboard widget to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a dashboard widget",
					"description": "Update an existing dashboard widget's attributes. All fields are optional; only supplied fields are updated.",
					"operationId": "updateDashboardWidget",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/dashboard_widgets/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the dashboard widget to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "dashboard_widgets",
					"successStatus": 204,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": false,
							"description": "Unique widget code"
						},
						{
							"name": "configuration",
							"displayName": "Configuration",
							"type": "json",
							"required": false,
							"description": "Chart options. See create endpoint for the per-widget-type reference.",
							"jsonType": "object"
						},
						{
							"name": "dashboard_filters",
							"displayName": "Dashboard Filters",
							"type": "json",
							"required": false,
							"description": "Default filter values applied to the report query when the widget renders",
							"jsonType": "object"
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Optional widget description"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "Display name"
						},
						{
							"name": "report_query_id",
							"displayName": "Report Query ID",
							"type": "number",
							"required": false,
							"description": "Linked report query that supplies the data",
							"integer": true
						},
						{
							"name": "widget_type",
							"displayName": "Widget Type",
							"type": "options",
							"required": false,
							"description": "Chart rendering type",
							"options": [
								"area",
								"bar",
								"funnel",
								"gauge",
								"graph",
								"grid",
								"heatmap",
								"line",
								"pictorial_bar",
								"pie",
								"radar",
								"sankey",
								"scatter",
								"single",
								"sunburst",
								"tree",
								"treemap"
							]
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listDashboardWidgets",
				"summary": "List dashboard widgets",
				"rootField": "dashboard_widgets",
				"connection": "all",
				"filterType": "DashboardWidgetFilterType",
				"nodeSelection": "id code name description widget_type configuration dashboard_filters report_query_id",
				"nodeFields": [
					"id",
					"code",
					"name",
					"description",
					"widget_type",
					"configuration",
					"dashboard_filters",
					"report_query_id"
				],
				"filters": [
					{
						"name": "code",
						"displayName": "Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Widget code"
					},
					{
						"name": "name",
						"displayName": "Name",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Widget name"
					},
					{
						"name": "widget_type",
						"displayName": "Widget Type",
						"inputType": "DashboardWidgetTypeInputType",
						"operators": [
							"eq",
							"in"
						],
						"description": "Rendering type (bar, line, pie, etc. — see create endpoint for full list)"
					},
					{
						"name": "report_query_id",
						"displayName": "Report Query ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"in",
							"filled"
						],
						"description": "Filter by linked report query"
					}
				]
			}
		},
		{
			"key": "delivery_addresses",
			"displayName": "Delivery Address",
			"description": "Delivery address management. Delivery addresses belong to an end customer and are used for outbound deliveries.",
			"tag": "Delivery Addresses",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a delivery address",
					"description": "Create a delivery address. Delivery addresses belong to an end customer (via customer_id). Town/city is held in address_3 (passed to couriers as the city).",
					"operationId": "createDeliveryAddress",
					"kind": "create",
					"method": "POST",
					"path": "/api/delivery_addresses",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "delivery_addresses",
					"successStatus": 200,
					"fields": [
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": true,
							"description": "Contact / addressee name"
						},
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": true,
							"description": "Address code"
						},
						{
							"name": "address_1",
							"displayName": "Address 1",
							"type": "string",
							"required": false,
							"description": "Street number and name"
						},
						{
							"name": "address_2",
							"displayName": "Address 2",
							"type": "string",
							"required": false,
							"description": "Second address line"
						},
						{
							"name": "address_3",
							"displayName": "Address 3",
							"type": "string",
							"required": false,
							"description": "Town/city (passed to couriers as city)"
						},
						{
							"name": "address_4",
							"displayName": "Address 4",
							"type": "string",
							"required": false,
							"description": "County/region"
						},
						{
							"name": "address_5",
							"displayName": "Address 5",
							"type": "string",
							"required": false,
							"description": "Additional address information"
						},
						{
							"name": "postcode",
							"displayName": "Postcode",
							"type": "string",
							"required": false,
							"description": "Postal / ZIP code"
						},
						{
							"name": "country_code",
							"displayName": "Country Code",
							"type": "string",
							"required": false,
							"description": "ISO 3166-1 alpha-2 country code, optionally with a province suffix (e.g. 'GB' or 'CA-ON')"
						},
						{
							"name": "email_address",
							"displayName": "Email Address",
							"type": "string",
							"required": false,
							"description": "Contact email address"
						},
						{
							"name": "phone_number",
							"displayName": "Phone Number",
							"type": "string",
							"required": false,
							"description": "Contact phone number"
						},
						{
							"name": "default_notes",
							"displayName": "Default Notes",
							"type": "string",
							"required": false,
							"description": "Default delivery/collection notes"
						},
						{
							"name": "is_active",
							"displayName": "Is Active",
							"type": "boolean",
							"required": false,
							"description": "Whether the address is active"
						},
						{
							"name": "external_delivery_id",
							"displayName": "External Delivery ID",
							"type": "string",
							"required": false,
							"description": "External delivery identifier"
						},
						{
							"name": "external_system_reference1",
							"displayName": "External System Reference 1",
							"type": "string",
							"required": false,
							"description": "External system reference 1"
						},
						{
							"name": "external_system_reference2",
							"displayName": "External System Reference 2",
							"type": "string",
							"required": false,
							"description": "External system reference 2"
						},
						{
							"name": "external_system_reference3",
							"displayName": "External System Reference 3",
							"type": "string",
							"required": false,
							"description": "External system reference 3"
						},
						{
							"name": "customer_id",
							"displayName": "Customer ID",
							"type": "number",
							"required": false,
							"description": "ID of the end customer this delivery address belongs to",
							"integer": true
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a delivery address",
					"description": "Delete a single delivery address by ID",
					"operationId": "destroyDeliveryAddress",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/delivery_addresses/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the delivery address to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "deleteMany",
					"name": "Delete Many",
					"action": "Delete multiple delivery addresses",
					"description": "Bulk-delete delivery addresses. Pass the IDs to delete as a comma-separated ids query parameter, e.g. DELETE /api/delivery_addresses?ids=1,2,3.",
					"operationId": "destroyDeliveryAddresses",
					"kind": "deleteMany",
					"method": "DELETE",
					"path": "/api/delivery_addresses",
					"pathParams": [],
					"queryParams": [
						{
							"name": "ids",
							"displayName": "IDs",
							"required": true,
							"description": "Comma-separated list of delivery address IDs to delete (e.g. 1,2,3)",
							"schemaType": "string"
						}
					],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a delivery address",
					"description": "Update an existing delivery address",
					"operationId": "updateDeliveryAddress",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/delivery_addresses/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the delivery address to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "delivery_addresses",
					"successStatus": 200,
					"fields": [
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "Contact / addressee name"
						},
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": false,
							"description": "Address code"
						},
						{
							"name": "address_1",
							"displayName": "Address 1",
							"type": "string",
							"required": false,
							"description": "Street number and name"
						},
						{
							"name": "address_2",
							"displayName": "Address 2",
							"type": "string",
							"required": false,
							"description": "Second address line"
						},
						{
							"name": "address_3",
							"displayName": "Address 3",
							"type": "string",
							"required": false,
							"description": "Town/city (passed to couriers as city)"
						},
						{
							"name": "address_4",
							"displayName": "Address 4",
							"type": "string",
							"required": false,
							"description": "County/region"
						},
						{
							"name": "address_5",
							"displayName": "Address 5",
							"type": "string",
							"required": false,
							"description": "Additional address information"
						},
						{
							"name": "postcode",
							"displayName": "Postcode",
							"type": "string",
							"required": false,
							"description": "Postal / ZIP code"
						},
						{
							"name": "country_code",
							"displayName": "Country Code",
							"type": "string",
							"required": false,
							"description": "ISO 3166-1 alpha-2 country code, optionally with a province suffix (e.g. 'GB' or 'CA-ON')"
						},
						{
							"name": "email_address",
							"displayName": "Email Address",
							"type": "string",
							"required": false,
							"description": "Contact email address"
						},
						{
							"name": "phone_number",
							"displayName": "Phone Number",
							"type": "string",
							"required": false,
							"description": "Contact phone number"
						},
						{
							"name": "default_notes",
							"displayName": "Default Notes",
							"type": "string",
							"required": false,
							"description": "Default delivery/collection notes"
						},
						{
							"name": "is_active",
							"displayName": "Is Active",
							"type": "boolean",
							"required": false,
							"description": "Whether the address is active"
						},
						{
							"name": "external_delivery_id",
							"displayName": "External Delivery ID",
							"type": "string",
							"required": false,
							"description": "External delivery identifier"
						},
						{
							"name": "external_system_reference1",
							"displayName": "External System Reference 1",
							"type": "string",
							"required": false,
							"description": "External system reference 1"
						},
						{
							"name": "external_system_reference2",
							"displayName": "External System Reference 2",
							"type": "string",
							"required": false,
							"description": "External system reference 2"
						},
						{
							"name": "external_system_reference3",
							"displayName": "External System Reference 3",
							"type": "string",
							"required": false,
							"description": "External system reference 3"
						},
						{
							"name": "customer_id",
							"displayName": "Customer ID",
							"type": "number",
							"required": false,
							"description": "ID of the end customer this delivery address belongs to",
							"integer": true
						}
					],
					"relationships": []
				}
			]
		},
		{
			"key": "documents",
			"displayName": "Document",
			"description": "Document management for downloading, uploading, and transferring generated files",
			"tag": "Documents",
			"operations": [
				{
					"key": "download",
					"name": "Download",
					"action": "Download a document",
					"description": "Get a presigned S3 URL for downloading a document. The returned URL is temporary and should be used promptly.",
					"operationId": "downloadDocument",
					"kind": "action",
					"method": "GET",
					"path": "/api/documents/{id}/download",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the document to download",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 200,
					"fields": [],
					"relationships": []
				},
				{
					"key": "sendToFtp",
					"name": "Send To FTP",
					"action": "Send document to FTP",
					"description": "Send a document to an FTP user asynchronously. The FTP user must have a download direction configured.",
					"operationId": "sendDocumentToFtp",
					"kind": "action",
					"method": "POST",
					"path": "/api/documents/{id}/send_to_ftp",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the document to send",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "json",
					"successStatus": 204,
					"fields": [
						{
							"name": "ftp_user_id",
							"displayName": "FTP User ID",
							"type": "number",
							"required": true,
							"description": "ID of the FTP user to send the document to. Must have download direction.",
							"integer": true
						}
					],
					"relationships": []
				},
				{
					"key": "upload",
					"name": "Upload",
					"action": "Upload file to a document",
					"description": "Upload binary file content to an existing document record. The document must be in queued or processing status. On success, the document status changes to available.",
					"operationId": "uploadDocument",
					"kind": "action",
					"method": "POST",
					"path": "/api/documents/{id}/upload",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the document to upload to",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"headerParams": [
						{
							"name": "Content-Disposition",
							"displayName": "Content Disposition",
							"required": true,
							"description": "File name in the format: attachment; filename=\"report.csv\"",
							"schemaType": "string"
						}
					],
					"body": "binary",
					"successStatus": 200,
					"fields": [],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listDocuments",
				"summary": "List documents",
				"rootField": "documents",
				"connection": "all",
				"filterType": "DocumentFilterType",
				"nodeSelection": "id file_name file_type category status created_at updated_at",
				"nodeFields": [
					"id",
					"file_name",
					"file_type",
					"category",
					"status",
					"created_at",
					"updated_at"
				],
				"filters": [
					{
						"name": "file_name",
						"displayName": "File Name",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Document file name"
					},
					{
						"name": "category",
						"displayName": "Category",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Document category"
					},
					{
						"name": "status",
						"displayName": "Status",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Document status"
					},
					{
						"name": "file_type",
						"displayName": "File Type",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "File type (e.g. pdf, csv)"
					}
				]
			}
		},
		{
			"key": "external_entities",
			"displayName": "External Entity",
			"description": "External entity: references to items in external systems (e.g. Shopify products, carriers, shipping rates, warehouses) that are linked to internal ClarusWMS entities via mappings.",
			"tag": "External Entities",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create an external entity",
					"description": "Create an external entity referencing an item in an external system (e.g. a Shopify product or a carrier).",
					"operationId": "createExternalEntity",
					"kind": "create",
					"method": "POST",
					"path": "/api/external_entities",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "external_entities",
					"successStatus": 200,
					"fields": [
						{
							"name": "entity_type",
							"displayName": "Entity Type",
							"type": "options",
							"required": true,
							"description": "Kind of external entity",
							"options": [
								"carrier",
								"product",
								"shipping_rate",
								"warehouse"
							]
						},
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": true,
							"description": "Display code (e.g. external SKU)"
						},
						{
							"name": "external_system_reference1",
							"displayName": "External System Reference 1",
							"type": "string",
							"required": true,
							"description": "Primary external system identifier"
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Display name/description"
						},
						{
							"name": "external_system_reference2",
							"displayName": "External System Reference 2",
							"type": "string",
							"required": false,
							"description": "Secondary external system identifier"
						},
						{
							"name": "external_system_reference3",
							"displayName": "External System Reference 3",
							"type": "string",
							"required": false,
							"description": "Tertiary external system identifier"
						},
						{
							"name": "integration_id",
							"displayName": "Integration ID",
							"type": "number",
							"required": false,
							"description": "ID of the integration that owns this external entity",
							"integer": true
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete an external entity",
					"description": "Delete an external entity by ID",
					"operationId": "destroyExternalEntity",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/external_entities/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the external entity to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update an external entity",
					"description": "Update an existing external entity",
					"operationId": "updateExternalEntity",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/external_entities/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the external entity to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "external_entities",
					"successStatus": 200,
					"fields": [
						{
							"name": "entity_type",
							"displayName": "Entity Type",
							"type": "options",
							"required": false,
							"description": "Kind of external entity",
							"options": [
								"carrier",
								"product",
								"shipping_rate",
								"warehouse"
							]
						},
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": false,
							"description": "Display code (e.g. external SKU)"
						},
						{
							"name": "external_system_reference1",
							"displayName": "External System Reference 1",
							"type": "string",
							"required": false,
							"description": "Primary external system identifier"
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Display name/description"
						},
						{
							"name": "external_system_reference2",
							"displayName": "External System Reference 2",
							"type": "string",
							"required": false,
							"description": "Secondary external system identifier"
						},
						{
							"name": "external_system_reference3",
							"displayName": "External System Reference 3",
							"type": "string",
							"required": false,
							"description": "Tertiary external system identifier"
						},
						{
							"name": "integration_id",
							"displayName": "Integration ID",
							"type": "number",
							"required": false,
							"description": "ID of the integration that owns this external entity",
							"integer": true
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listExternalEntities",
				"summary": "List external entities",
				"rootField": "external_entities",
				"connection": "all",
				"filterType": "ExternalEntityFilterType",
				"nodeSelection": "id code description entity_type external_system_reference1 integration { id name }",
				"nodeFields": [
					"id",
					"code",
					"description",
					"entity_type",
					"external_system_reference1",
					"integration"
				],
				"filters": [
					{
						"name": "entity_type",
						"displayName": "Entity Type",
						"inputType": "EntityTypeInputType",
						"operators": [
							"eq",
							"in"
						],
						"description": "Entity kind (enum input — carrier, product, shipping_rate, warehouse)"
					},
					{
						"name": "code",
						"displayName": "Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Display code"
					},
					{
						"name": "description",
						"displayName": "Description",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Description"
					},
					{
						"name": "integration_id",
						"displayName": "Integration ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Owning integration ID"
					},
					{
						"name": "integration_name",
						"displayName": "Integration Name",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Owning integration name"
					},
					{
						"name": "external_system_reference1",
						"displayName": "External System Reference 1",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Primary external identifier"
					},
					{
						"name": "created_at",
						"displayName": "Created At",
						"inputType": "DatetimeInputType",
						"operators": [
							"eq",
							"from",
							"to",
							"between"
						],
						"description": "Creation timestamp"
					}
				]
			}
		},
		{
			"key": "ftp_mappings",
			"displayName": "FTP Mapping",
			"description": "Mapping: link external entities to internal records within a mapping group. Includes the generic mappings endpoint (for non-integration operation types) and the dedicated endpoints for integration carrier, shipping rate, warehouse, product, and FTP mappings.",
			"tag": "Mappings",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a FTP mapping",
					"description": "Create a FTP mapping within its mapping group, linking an external entity to internal records",
					"operationId": "createFtpMapping",
					"kind": "create",
					"method": "POST",
					"path": "/api/ftp_mapping_groups/{mapping_group_id}/mappings",
					"pathParams": [
						{
							"name": "mapping_group_id",
							"displayName": "Mapping Group ID",
							"required": true,
							"description": "The FTP mapping group ID",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "ftp_mappings",
					"successStatus": 200,
					"fields": [
						{
							"name": "account_id",
							"displayName": "Account ID",
							"type": "number",
							"required": false,
							"description": "Internal account ID",
							"integer": true
						},
						{
							"name": "account_in_file",
							"displayName": "Account in File",
							"type": "string",
							"required": false,
							"description": "Account identifier as it appears in the file"
						},
						{
							"name": "customer_id",
							"displayName": "Customer ID",
							"type": "number",
							"required": false,
							"description": "Internal customer ID",
							"integer": true
						},
						{
							"name": "customer_in_file",
							"displayName": "Customer in File",
							"type": "string",
							"required": false,
							"description": "Customer identifier as it appears in the file"
						},
						{
							"name": "delivery_address_id",
							"displayName": "Delivery Address ID",
							"type": "number",
							"required": false,
							"description": "Internal delivery address ID",
							"integer": true
						},
						{
							"name": "delivery_address_in_file",
							"displayName": "Delivery Address in File",
							"type": "string",
							"required": false,
							"description": "Delivery address identifier as it appears in the file"
						},
						{
							"name": "collection_address_id",
							"displayName": "Collection Address ID",
							"type": "number",
							"required": false,
							"description": "Internal collection address ID",
							"integer": true
						},
						{
							"name": "collection_address_in_file",
							"displayName": "Collection Address in File",
							"type": "string",
							"required": false,
							"description": "Collection address identifier as it appears in the file"
						},
						{
							"name": "mapping_fields",
							"displayName": "Mapping Fields",
							"type": "json",
							"required": false,
							"description": "Array of single-key objects mapping a field code to its value, e.g. [{\"carrier_code_in_file\": \"DPD-NEXTDAY\"}]",
							"jsonType": "array"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a FTP mapping",
					"description": "Delete a FTP mapping by ID",
					"operationId": "destroyFtpMapping",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/ftp_mapping_groups/{mapping_group_id}/mappings/{id}",
					"pathParams": [
						{
							"name": "mapping_group_id",
							"displayName": "Mapping Group ID",
							"required": true,
							"description": "The FTP mapping group ID",
							"schemaType": "integer"
						},
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The mapping ID",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a FTP mapping",
					"description": "Update an existing FTP mapping. Returns 204 No Content on success.",
					"operationId": "updateFtpMapping",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/ftp_mapping_groups/{mapping_group_id}/mappings/{id}",
					"pathParams": [
						{
							"name": "mapping_group_id",
							"displayName": "Mapping Group ID",
							"required": true,
							"description": "The FTP mapping group ID",
							"schemaType": "integer"
						},
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The mapping ID",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "ftp_mappings",
					"successStatus": 204,
					"fields": [
						{
							"name": "account_id",
							"displayName": "Account ID",
							"type": "number",
							"required": false,
							"description": "Internal account ID",
							"integer": true
						},
						{
							"name": "account_in_file",
							"displayName": "Account in File",
							"type": "string",
							"required": false,
							"description": "Account identifier as it appears in the file"
						},
						{
							"name": "customer_id",
							"displayName": "Customer ID",
							"type": "number",
							"required": false,
							"description": "Internal customer ID",
							"integer": true
						},
						{
							"name": "customer_in_file",
							"displayName": "Customer in File",
							"type": "string",
							"required": false,
							"description": "Customer identifier as it appears in the file"
						},
						{
							"name": "delivery_address_id",
							"displayName": "Delivery Address ID",
							"type": "number",
							"required": false,
							"description": "Internal delivery address ID",
							"integer": true
						},
						{
							"name": "delivery_address_in_file",
							"displayName": "Delivery Address in File",
							"type": "string",
							"required": false,
							"description": "Delivery address identifier as it appears in the file"
						},
						{
							"name": "collection_address_id",
							"displayName": "Collection Address ID",
							"type": "number",
							"required": false,
							"description": "Internal collection address ID",
							"integer": true
						},
						{
							"name": "collection_address_in_file",
							"displayName": "Collection Address in File",
							"type": "string",
							"required": false,
							"description": "Collection address identifier as it appears in the file"
						},
						{
							"name": "mapping_fields",
							"displayName": "Mapping Fields",
							"type": "json",
							"required": false,
							"description": "Array of single-key objects mapping a field code to its value, e.g. [{\"carrier_code_in_file\": \"DPD-NEXTDAY\"}]",
							"jsonType": "array"
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listFtpMappings",
				"summary": "List FTP mappings",
				"rootField": "ftp_mappings",
				"connection": "all",
				"filterType": "FtpMappingFilterType",
				"nodeSelection": "id account { id } customer { id } delivery_address { id } collection_address { id } mapping_fields mapping_group_id",
				"nodeFields": [
					"id",
					"account",
					"customer",
					"delivery_address",
					"collection_address",
					"mapping_fields",
					"mapping_group_id"
				],
				"filters": [
					{
						"name": "mapping_group_id",
						"displayName": "Mapping Group ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Parent mapping group ID"
					},
					{
						"name": "account_id",
						"displayName": "Account ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Internal account ID"
					},
					{
						"name": "account_in_file",
						"displayName": "Account in File",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Account value in the file"
					},
					{
						"name": "customer_id",
						"displayName": "Customer ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Internal customer ID"
					},
					{
						"name": "delivery_address_id",
						"displayName": "Delivery Address ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Internal delivery address ID"
					},
					{
						"name": "collection_address_id",
						"displayName": "Collection Address ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Internal collection address ID"
					},
					{
						"name": "created_at",
						"displayName": "Created At",
						"inputType": "DatetimeInputType",
						"operators": [
							"eq",
							"from",
							"to",
							"between"
						],
						"description": "Creation timestamp"
					}
				]
			}
		},
		{
			"key": "ftp_users",
			"displayName": "FTP User",
			"description": "FTP/SFTP user management for inbound (upload) and outbound (download) file transfer",
			"tag": "SFTP Users",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create an FTP user",
					"description": "Create an FTP user that can connect to the tenant SFTP server to upload (inbound) or download (outbound) files",
					"operationId": "createFtpUser",
					"kind": "create",
					"method": "POST",
					"path": "/api/ftp_users",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "ftp_users",
					"successStatus": 200,
					"fields": [
						{
							"name": "direction",
							"displayName": "Direction",
							"type": "options",
							"required": true,
							"description": "FTP transfer direction",
							"options": [
								"download",
								"upload"
							]
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": true,
							"description": "Display name for the FTP user"
						},
						{
							"name": "username",
							"displayName": "Username",
							"type": "string",
							"required": true,
							"description": "FTP login username (minimum 6 characters, must be unique)"
						},
						{
							"name": "password",
							"displayName": "Password",
							"type": "string",
							"required": true,
							"description": "FTP password (write-only; must satisfy password complexity rules)"
						},
						{
							"name": "password_confirmation",
							"displayName": "Password Confirmation",
							"type": "string",
							"required": false,
							"description": "Password confirmation (must match password)"
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Description"
						},
						{
							"name": "active",
							"displayName": "Active",
							"type": "boolean",
							"required": false,
							"description": "Whether the FTP user is active"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete an FTP user",
					"description": "Delete an FTP user by ID",
					"operationId": "destroyFtpUser",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/ftp_users/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the FTP user to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update an FTP user",
					"description": "Update an existing FTP user. Sending a blank or omitted password leaves the current password unchanged. The direction cannot be changed while the FTP user is referenced by scheduled report recipients or event triggers.",
					"operationId": "updateFtpUser",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/ftp_users/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the FTP user to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "ftp_users",
					"successStatus": 200,
					"fields": [
						{
							"name": "direction",
							"displayName": "Direction",
							"type": "options",
							"required": false,
							"description": "FTP transfer direction",
							"options": [
								"download",
								"upload"
							]
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "Display name for the FTP user"
						},
						{
							"name": "username",
							"displayName": "Username",
							"type": "string",
							"required": false,
							"description": "FTP login username (minimum 6 characters, must be unique)"
						},
						{
							"name": "password",
							"displayName": "Password",
							"type": "string",
							"required": false,
							"description": "New FTP password (write-only; omit or leave blank to keep the current password)"
						},
						{
							"name": "password_confirmation",
							"displayName": "Password Confirmation",
							"type": "string",
							"required": false,
							"description": "Password confirmation (must match password when changing it)"
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Description"
						},
						{
							"name": "active",
							"displayName": "Active",
							"type": "boolean",
							"required": false,
							"description": "Whether the FTP user is active"
						}
					],
					"relationships": []
				}
			]
		},
		{
			"key": "goods_in_receipts",
			"displayName": "Goods In Receipt",
			"description": "Inbound receipt management for receiving inventory into the warehouse, including the receive task actions used to confirm stock has been received against a receipt",
			"tag": "Goods In: Receipts",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a goods in receipt",
					"description": "Create a new goods in receipt (purchase order/ASN) to receive inventory into the warehouse. Include line items using the lines_changes array.",
					"operationId": "createGoodsInReceipt",
					"kind": "create",
					"method": "POST",
					"path": "/api/goods_in_receipts",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "goods_in_receipts",
					"successStatus": 200,
					"fields": [
						{
							"name": "account_id",
							"displayName": "Account ID",
							"type": "number",
							"required": true,
							"description": "Stock account ID - the owner of the incoming stock",
							"integer": true
						},
						{
							"name": "warehouse_id",
							"displayName": "Warehouse ID",
							"type": "number",
							"required": true,
							"description": "Warehouse ID where stock will be received",
							"integer": true
						},
						{
							"name": "reference",
							"displayName": "Reference",
							"type": "string",
							"required": false,
							"description": "Purchase order or ASN reference number"
						},
						{
							"name": "supplier_id",
							"displayName": "Supplier ID",
							"type": "number",
							"required": false,
							"description": "Supplier ID for the receipt",
							"integer": true
						},
						{
							"name": "expected_date_of_arrival",
							"displayName": "Expected Date of Arrival",
							"type": "string",
							"required": false,
							"description": "Expected delivery date and time",
							"format": "date-time"
						},
						{
							"name": "actual_date_of_arrival",
							"displayName": "Actual Date of Arrival",
							"type": "string",
							"required": false,
							"description": "Actual arrival date and time",
							"format": "date-time"
						},
						{
							"name": "external_system_reference1",
							"displayName": "External System Reference 1",
							"type": "string",
							"required": false,
							"description": "External system reference 1"
						},
						{
							"name": "external_system_reference2",
							"displayName": "External System Reference 2",
							"type": "string",
							"required": false,
							"description": "External system reference 2"
						},
						{
							"name": "external_system_reference3",
							"displayName": "External System Reference 3",
							"type": "string",
							"required": false,
							"description": "External system reference 3"
						},
						{
							"name": "notes",
							"displayName": "Notes",
							"type": "string",
							"required": false,
							"description": "Notes for warehouse staff"
						},
						{
							"name": "string1",
							"displayName": "String 1",
							"type": "string",
							"required": false,
							"description": "Custom string field 1"
						},
						{
							"name": "string2",
							"displayName": "String 2",
							"type": "string",
							"required": false,
							"description": "Custom string field 2"
						},
						{
							"name": "string3",
							"displayName": "String 3",
							"type": "string",
							"required": false,
							"description": "Custom string field 3"
						},
						{
							"name": "string4",
							"displayName": "String 4",
							"type": "string",
							"required": false,
							"description": "Custom string field 4"
						},
						{
							"name": "string5",
							"displayName": "String 5",
							"type": "string",
							"required": false,
							"description": "Custom string field 5"
						},
						{
							"name": "integer1",
							"displayName": "Integer 1",
							"type": "number",
							"required": false,
							"description": "Custom integer field 1",
							"integer": true
						},
						{
							"name": "integer2",
							"displayName": "Integer 2",
							"type": "number",
							"required": false,
							"description": "Custom integer field 2",
							"integer": true
						},
						{
							"name": "integer3",
							"displayName": "Integer 3",
							"type": "number",
							"required": false,
							"description": "Custom integer field 3",
							"integer": true
						},
						{
							"name": "integer4",
							"displayName": "Integer 4",
							"type": "number",
							"required": false,
							"description": "Custom integer field 4",
							"integer": true
						},
						{
							"name": "integer5",
							"displayName": "Integer 5",
							"type": "number",
							"required": false,
							"description": "Custom integer field 5",
							"integer": true
						},
						{
							"name": "datetime1",
							"displayName": "Datetime 1",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 1",
							"format": "date-time"
						},
						{
							"name": "datetime2",
							"displayName": "Datetime 2",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 2",
							"format": "date-time"
						},
						{
							"name": "datetime3",
							"displayName": "Datetime 3",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 3",
							"format": "date-time"
						},
						{
							"name": "datetime4",
							"displayName": "Datetime 4",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 4",
							"format": "date-time"
						},
						{
							"name": "datetime5",
							"displayName": "Datetime 5",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 5",
							"format": "date-time"
						},
						{
							"name": "boolean1",
							"displayName": "Boolean 1",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 1"
						},
						{
							"name": "boolean2",
							"displayName": "Boolean 2",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 2"
						},
						{
							"name": "boolean3",
							"displayName": "Boolean 3",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 3"
						},
						{
							"name": "boolean4",
							"displayName": "Boolean 4",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 4"
						},
						{
							"name": "boolean5",
							"displayName": "Boolean 5",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 5"
						},
						{
							"name": "lines_changes",
							"displayName": "Lines Changes",
							"type": "json",
							"required": false,
							"description": "Array of line item changes (ADD, UPDATE, DESTROY)",
							"jsonType": "array"
						}
					],
					"relationships": [
						{
							"name": "address",
							"displayName": "Address",
							"many": false,
							"fields": [
								{
									"name": "name",
									"displayName": "Name",
									"type": "string",
									"required": false,
									"description": "Contact name or company name"
								},
								{
									"name": "address_1",
									"displayName": "Address 1",
									"type": "string",
									"required": false,
									"description": "First line of address (street number and name)"
								},
								{
									"name": "address_2",
									"displayName": "Address 2",
									"type": "string",
									"required": false,
									"description": "Second line of address"
								},
								{
									"name": "address_3",
									"displayName": "Address 3",
									"type": "string",
									"required": false,
									"description": "Town/city - this field is typically passed to couriers as the city field"
								},
								{
									"name": "address_4",
									"displayName": "Address 4",
									"type": "string",
									"required": false,
									"description": "County/region"
								},
								{
									"name": "address_5",
									"displayName": "Address 5",
									"type": "string",
									"required": false,
									"description": "Additional address information"
								},
								{
									"name": "country_code",
									"displayName": "Country Code",
									"type": "string",
									"required": false,
									"description": "ISO country code (e.g., 'GB', 'US')"
								},
								{
									"name": "postcode",
									"displayName": "Postcode",
									"type": "string",
									"required": false,
									"description": "Postal/ZIP code"
								},
								{
									"name": "email_address",
									"displayName": "Email Address",
									"type": "string",
									"required": false,
									"description": "Email address for delivery notifications",
									"format": "email"
								},
								{
									"name": "phone_number",
									"displayName": "Phone Number",
									"type": "string",
									"required": false,
									"description": "Contact phone number"
								},
								{
									"name": "external_system_reference1",
									"displayName": "External System Reference 1",
									"type": "string",
									"required": false,
									"description": "Reference ID from external system"
								},
								{
									"name": "external_system_reference2",
									"displayName": "External System Reference 2",
									"type": "string",
									"required": false,
									"description": "Secondary reference ID from external system"
								},
								{
									"name": "external_system_reference3",
									"displayName": "External System Reference 3",
									"type": "string",
									"required": false,
									"description": "Tertiary reference ID from external system"
								}
							],
							"description": "Address relationship object",
							"type": "addresses"
						}
					]
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a goods in receipt",
					"description": "Delete a goods in receipt. Receipts that have started receiving cannot be deleted.",
					"operationId": "destroyGoodsInReceipt",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/goods_in_receipts/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the goods in receipt to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "storageUnitLabels",
					"name": "Print Storage Unit Labels",
					"action": "Print storage unit labels for a receipt",
					"description": "Generate storage unit labels for a goods in receipt. When cloud_print is true, the label is sent directly to the specified printer. When cloud_print is false or omitted, the response is a PDF binary stream (not JSON).",
					"operationId": "printGoodsInReceiptStorageUnitLabels",
					"kind": "action",
					"method": "POST",
					"path": "/api/goods_in_receipts/{id}/storage_unit_labels",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the goods in receipt",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "goods_in_receipts",
					"successStatus": 200,
					"fields": [
						{
							"name": "cloud_print",
							"displayName": "Cloud Print",
							"type": "boolean",
							"required": false,
							"description": "When true, sends the label to a printer via PrintNode instead of returning a PDF"
						},
						{
							"name": "printer_id",
							"displayName": "Printer ID",
							"type": "number",
							"required": false,
							"description": "PrintNode printer ID to send the label to (required when cloud_print is true)",
							"integer": true
						},
						{
							"name": "storage_unit_id",
							"displayName": "Storage Unit ID",
							"type": "number",
							"required": false,
							"description": "Specific storage unit ID to print a label for. Omit to print labels for all storage units on the receipt",
							"integer": true
						}
					],
					"relationships": []
				},
				{
					"key": "receive",
					"name": "Receive",
					"action": "Receive a goods in receipt",
					"description": "Trigger the receiving process for a goods in receipt. The receipt must be in PENDING status with at least one line item. This changes the receipt status to RCV and creates receive tasks for each line item. Stock records are not created until individual receive tasks are completed.",
					"operationId": "receiveGoodsInReceipt",
					"kind": "action",
					"method": "POST",
					"path": "/api/goods_in_receipts/{id}/receive",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the goods in receipt to receive",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 200,
					"fields": [],
					"relationships": []
				},
				{
					"key": "revert",
					"name": "Revert",
					"action": "Revert a goods in receipt",
					"description": "Revert a received goods in receipt back to its previous state. The receipt must not have any completed tasks associated with it.",
					"operationId": "revertGoodsInReceipt",
					"kind": "action",
					"method": "POST",
					"path": "/api/goods_in_receipts/{id}/revert",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the goods in receipt to revert",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 200,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a goods in receipt",
					"description": "Update an existing goods in receipt. Use lines_changes to add, update, or remove line items. Receipts that have started receiving may have restrictions on what can be changed.",
					"operationId": "updateGoodsInReceipt",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/goods_in_receipts/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the goods in receipt to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "goods_in_receipts",
					"partial": true,
					"successStatus": 200,
					"fields": [
						{
							"name": "account_id",
							"displayName": "Account ID",
							"type": "number",
							"required": true,
							"description": "Stock account ID - the owner of the incoming stock",
							"integer": true
						},
						{
							"name": "warehouse_id",
							"displayName": "Warehouse ID",
							"type": "number",
							"required": true,
							"description": "Warehouse ID where stock will be received",
							"integer": true
						},
						{
							"name": "reference",
							"displayName": "Reference",
							"type": "string",
							"required": false,
							"description": "Purchase order or ASN reference number"
						},
						{
							"name": "supplier_id",
							"displayName": "Supplier ID",
							"type": "number",
							"required": false,
							"description": "Supplier ID for the receipt",
							"integer": true
						},
						{
							"name": "expected_date_of_arrival",
							"displayName": "Expected Date of Arrival",
							"type": "string",
							"required": false,
							"description": "Expected delivery date and time",
							"format": "date-time"
						},
						{
							"name": "actual_date_of_arrival",
							"displayName": "Actual Date of Arrival",
							"type": "string",
							"required": false,
							"description": "Actual arrival date and time",
							"format": "date-time"
						},
						{
							"name": "external_system_reference1",
							"displayName": "External System Reference 1",
							"type": "string",
							"required": false,
							"description": "External system reference 1"
						},
						{
							"name": "external_system_reference2",
							"displayName": "External System Reference 2",
							"type": "string",
							"required": false,
							"description": "External system reference 2"
						},
						{
							"name": "external_system_reference3",
							"displayName": "External System Reference 3",
							"type": "string",
							"required": false,
							"description": "External system reference 3"
						},
						{
							"name": "notes",
							"displayName": "Notes",
							"type": "string",
							"required": false,
							"description": "Notes for warehouse staff"
						},
						{
							"name": "string1",
							"displayName": "String 1",
							"type": "string",
							"required": false,
							"description": "Custom string field 1"
						},
						{
							"name": "string2",
							"displayName": "String 2",
							"type": "string",
							"required": false,
							"description": "Custom string field 2"
						},
						{
							"name": "string3",
							"displayName": "String 3",
							"type": "string",
							"required": false,
							"description": "Custom string field 3"
						},
						{
							"name": "string4",
							"displayName": "String 4",
							"type": "string",
							"required": false,
							"description": "Custom string field 4"
						},
						{
							"name": "string5",
							"displayName": "String 5",
							"type": "string",
							"required": false,
							"description": "Custom string field 5"
						},
						{
							"name": "integer1",
							"displayName": "Integer 1",
							"type": "number",
							"required": false,
							"description": "Custom integer field 1",
							"integer": true
						},
						{
							"name": "integer2",
							"displayName": "Integer 2",
							"type": "number",
							"required": false,
							"description": "Custom integer field 2",
							"integer": true
						},
						{
							"name": "integer3",
							"displayName": "Integer 3",
							"type": "number",
							"required": false,
							"description": "Custom integer field 3",
							"integer": true
						},
						{
							"name": "integer4",
							"displayName": "Integer 4",
							"type": "number",
							"required": false,
							"description": "Custom integer field 4",
							"integer": true
						},
						{
							"name": "integer5",
							"displayName": "Integer 5",
							"type": "number",
							"required": false,
							"description": "Custom integer field 5",
							"integer": true
						},
						{
							"name": "datetime1",
							"displayName": "Datetime 1",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 1",
							"format": "date-time"
						},
						{
							"name": "datetime2",
							"displayName": "Datetime 2",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 2",
							"format": "date-time"
						},
						{
							"name": "datetime3",
							"displayName": "Datetime 3",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 3",
							"format": "date-time"
						},
						{
							"name": "datetime4",
							"displayName": "Datetime 4",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 4",
							"format": "date-time"
						},
						{
							"name": "datetime5",
							"displayName": "Datetime 5",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 5",
							"format": "date-time"
						},
						{
							"name": "boolean1",
							"displayName": "Boolean 1",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 1"
						},
						{
							"name": "boolean2",
							"displayName": "Boolean 2",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 2"
						},
						{
							"name": "boolean3",
							"displayName": "Boolean 3",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 3"
						},
						{
							"name": "boolean4",
							"displayName": "Boolean 4",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 4"
						},
						{
							"name": "boolean5",
							"displayName": "Boolean 5",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 5"
						},
						{
							"name": "lines_changes",
							"displayName": "Lines Changes",
							"type": "json",
							"required": false,
							"description": "Array of line item changes (ADD, UPDATE, DESTROY)",
							"jsonType": "array"
						}
					],
					"relationships": [
						{
							"name": "address",
							"displayName": "Address",
							"many": false,
							"fields": [
								{
									"name": "name",
									"displayName": "Name",
									"type": "string",
									"required": false,
									"description": "Contact name or company name"
								},
								{
									"name": "address_1",
									"displayName": "Address 1",
									"type": "string",
									"required": false,
									"description": "First line of address (street number and name)"
								},
								{
									"name": "address_2",
									"displayName": "Address 2",
									"type": "string",
									"required": false,
									"description": "Second line of address"
								},
								{
									"name": "address_3",
									"displayName": "Address 3",
									"type": "string",
									"required": false,
									"description": "Town/city - this field is typically passed to couriers as the city field"
								},
								{
									"name": "address_4",
									"displayName": "Address 4",
									"type": "string",
									"required": false,
									"description": "County/region"
								},
								{
									"name": "address_5",
									"displayName": "Address 5",
									"type": "string",
									"required": false,
									"description": "Additional address information"
								},
								{
									"name": "country_code",
									"displayName": "Country Code",
									"type": "string",
									"required": false,
									"description": "ISO country code (e.g., 'GB', 'US')"
								},
								{
									"name": "postcode",
									"displayName": "Postcode",
									"type": "string",
									"required": false,
									"description": "Postal/ZIP code"
								},
								{
									"name": "email_address",
									"displayName": "Email Address",
									"type": "string",
									"required": false,
									"description": "Email address for delivery notifications",
									"format": "email"
								},
								{
									"name": "phone_number",
									"displayName": "Phone Number",
									"type": "string",
									"required": false,
									"description": "Contact phone number"
								},
								{
									"name": "external_system_reference1",
									"displayName": "External System Reference 1",
									"type": "string",
									"required": false,
									"description": "Reference ID from external system"
								},
								{
									"name": "external_system_reference2",
									"displayName": "External System Reference 2",
									"type": "string",
									"required": false,
									"description": "Secondary reference ID from external system"
								},
								{
									"name": "external_system_reference3",
									"displayName": "External System Reference 3",
									"type": "string",
									"required": false,
									"description": "Tertiary reference ID from external system"
								}
							],
							"description": "Address relationship object",
							"type": "addresses"
						}
					]
				}
			],
			"list": {
				"operationId": "listGoodsInReceipts",
				"summary": "List goods in receipts",
				"rootField": "goods_in_receipts",
				"connection": "all",
				"filterType": "InboundGoodFilterType",
				"nodeSelection": "id reference status receipt_type expected_date_of_receipt actual_date_of_receipt notes account { id code name } warehouse { id code name }",
				"nodeFields": [
					"id",
					"reference",
					"status",
					"receipt_type",
					"expected_date_of_receipt",
					"actual_date_of_receipt",
					"notes",
					"account",
					"warehouse"
				],
				"filters": [
					{
						"name": "reference",
						"displayName": "Reference",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Receipt reference"
					},
					{
						"name": "status",
						"displayName": "Status",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Receipt status (e.g. draft, receiving, completed)"
					},
					{
						"name": "account_id",
						"displayName": "Account ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"in",
							"filled"
						],
						"description": "Filter by account ID"
					},
					{
						"name": "warehouse_id",
						"displayName": "Warehouse ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"in",
							"filled"
						],
						"description": "Filter by warehouse ID"
					},
					{
						"name": "expected_date_of_receipt",
						"displayName": "Expected Date of Receipt",
						"inputType": "DatetimeInputType",
						"operators": [
							"eq",
							"from",
							"to",
							"between"
						],
						"description": "Expected receipt date"
					}
				]
			}
		},
		{
			"key": "goods_outs",
			"displayName": "Goods Out",
			"description": "Outbound order management for creating, updating, and cancelling sales orders",
			"tag": "Goods Out: Orders",
			"operations": [
				{
					"key": "cancel",
					"name": "Cancel",
					"action": "Cancel a goods out order",
					"description": "Cancel a goods out order that is in progress. This will deallocate any allocated stock and cancel outstanding pick tasks.",
					"operationId": "cancelGoodsOut",
					"kind": "action",
					"method": "POST",
					"path": "/api/goods_outs/{id}/cancel",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the goods out order to cancel",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 200,
					"fields": [],
					"relationships": []
				},
				{
					"key": "create",
					"name": "Create",
					"action": "Create a goods out order",
					"description": "Create a new goods out order (sales order) for dispatching inventory from the warehouse",
					"operationId": "createGoodsOut",
					"kind": "create",
					"method": "POST",
					"path": "/api/goods_outs",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "goods_outs",
					"successStatus": 200,
					"fields": [
						{
							"name": "account_id",
							"displayName": "Account ID",
							"type": "number",
							"required": true,
							"description": "Stock account ID - the owner of the stock. Accounts represent 3PL clients or stock owners, not end customers.",
							"integer": true,
							"example": 1
						},
						{
							"name": "expected_date_of_dispatch",
							"displayName": "Expected Date of Dispatch",
							"type": "string",
							"required": true,
							"description": "Target dispatch date and time in ISO 8601 format",
							"format": "date-time",
							"example": "2024-01-20T10:00:00Z"
						},
						{
							"name": "goods_out_type",
							"displayName": "Goods Out Type",
							"type": "options",
							"required": true,
							"description": "Type of outbound order",
							"options": [
								"sales_order",
								"work_order",
								"crossdock"
							],
							"example": "sales_order"
						},
						{
							"name": "reference",
							"displayName": "Reference",
							"type": "string",
							"required": true,
							"description": "Reference number (e.g., order reference, receipt reference). Used for external system identification.",
							"example": "ORD-001"
						},
						{
							"name": "actual_date_of_dispatch",
							"displayName": "Actual Date of Dispatch",
							"type": "string",
							"required": false,
							"description": "Actual dispatch date and time",
							"format": "date-time",
							"example": "2024-01-20T14:30:00Z"
						},
						{
							"name": "boolean1",
							"displayName": "Boolean 1",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 1"
						},
						{
							"name": "boolean2",
							"displayName": "Boolean 2",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 2"
						},
						{
							"name": "boolean3",
							"displayName": "Boolean 3",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 3"
						},
						{
							"name": "boolean4",
							"displayName": "Boolean 4",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 4"
						},
						{
							"name": "boolean5",
							"displayName": "Boolean 5",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 5"
						},
						{
							"name": "carrier_id",
							"displayName": "Carrier ID",
							"type": "number",
							"required": false,
							"description": "Carrier ID - reference to a shipping carrier (e.g., DHL, DPD, Royal Mail)",
							"integer": true,
							"example": 5
						},
						{
							"name": "carrier_service_id",
							"displayName": "Carrier Service ID",
							"type": "number",
							"required": false,
							"description": "Carrier service ID - reference to a specific carrier service level (e.g., Next Day, Express)",
							"integer": true,
							"example": 12
						},
						{
							"name": "customer_id",
							"displayName": "Customer ID",
							"type": "number",
							"required": false,
							"description": "End customer ID - the recipient of the goods (distinct from account/stock owner)",
							"integer": true,
							"example": 42
						},
						{
							"name": "datetime1",
							"displayName": "Datetime 1",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 1",
							"format": "date-time",
							"example": "2024-01-20T10:00:00Z"
						},
						{
							"name": "datetime2",
							"displayName": "Datetime 2",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 2",
							"format": "date-time"
						},
						{
							"name": "datetime3",
							"displayName": "Datetime 3",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 3",
							"format": "date-time"
						},
						{
							"name": "datetime4",
							"displayName": "Datetime 4",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 4",
							"format": "date-time"
						},
						{
							"name": "datetime5",
							"displayName": "Datetime 5",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 5",
							"format": "date-time"
						},
						{
							"name": "delivery_notes",
							"displayName": "Delivery Notes",
							"type": "string",
							"required": false,
							"description": "Delivery instructions for carrier",
							"example": "Leave at reception if no answer"
						},
						{
							"name": "dispatch_strategy",
							"displayName": "Dispatch Strategy",
							"type": "options",
							"required": false,
							"description": "How order should be dispatched",
							"options": [
								"manual",
								"auto",
								"load",
								"shipment",
								"auto_shipment"
							],
							"example": "auto"
						},
						{
							"name": "drop_sequence",
							"displayName": "Drop Sequence",
							"type": "number",
							"required": false,
							"description": "Delivery sequence on route",
							"integer": true,
							"minimum": 0,
							"example": 3
						},
						{
							"name": "external_system_reference1",
							"displayName": "External System Reference 1",
							"type": "string",
							"required": false,
							"description": "External system reference 1",
							"example": "EXT-001"
						},
						{
							"name": "external_system_reference2",
							"displayName": "External System Reference 2",
							"type": "string",
							"required": false,
							"description": "External system reference 2"
						},
						{
							"name": "external_system_reference3",
							"displayName": "External System Reference 3",
							"type": "string",
							"required": false,
							"description": "External system reference 3"
						},
						{
							"name": "goods_out_status_id",
							"displayName": "Goods Out Status ID",
							"type": "number",
							"required": false,
							"description": "Goods out status ID. Default statuses: 1=DRAFT (order created but not ready), 2=PENDING (awaiting stock allocation), 3=PICK (picking in progress), 4=PART (legacy), 5=ALLOCATED (fully allocated), 6=COMPLETED (dispatched), 7=PART_ALLOCATED, 8=CANCELLED",
							"integer": true,
							"example": 2
						},
						{
							"name": "integer1",
							"displayName": "Integer 1",
							"type": "number",
							"required": false,
							"description": "Custom integer field 1",
							"integer": true
						},
						{
							"name": "integer2",
							"displayName": "Integer 2",
							"type": "number",
							"required": false,
							"description": "Custom integer field 2",
							"integer": true
						},
						{
							"name": "integer3",
							"displayName": "Integer 3",
							"type": "number",
							"required": false,
							"description": "Custom integer field 3",
							"integer": true
						},
						{
							"name": "integer4",
							"displayName": "Integer 4",
							"type": "number",
							"required": false,
							"description": "Custom integer field 4",
							"integer": true
						},
						{
							"name": "integer5",
							"displayName": "Integer 5",
							"type": "number",
							"required": false,
							"description": "Custom integer field 5",
							"integer": true
						},
						{
							"name": "integration_id",
							"displayName": "Integration ID",
							"type": "number",
							"required": false,
							"description": "Integration ID - reference to an external system integration (e.g., Shopify, Brightpearl)",
							"integer": true,
							"example": 7
						},
						{
							"name": "lines_changes",
							"displayName": "Lines Changes",
							"type": "json",
							"required": false,
							"description": "Array of line item changes (ADD, UPDATE, DESTROY)",
							"jsonType": "array"
						},
						{
							"name": "load_reference",
							"displayName": "Load Reference",
							"type": "string",
							"required": false,
							"description": "Reference for grouping into loads",
							"example": "LOAD-2024-001"
						},
						{
							"name": "location_id",
							"displayName": "Location ID",
							"type": "number",
							"required": false,
							"description": "Location ID - reference to a storage location within a warehouse",
							"integer": true,
							"example": 100
						},
						{
							"name": "order_notes",
							"displayName": "Order Notes",
							"type": "string",
							"required": false,
							"description": "General order notes",
							"example": "Priority customer - handle with care"
						},
						{
							"name": "order_type_id",
							"displayName": "Order Type ID",
							"type": "number",
							"required": false,
							"description": "Order type ID - configurable per tenant, used to categorize orders (e.g., for duty/tax purposes via duty_payable flag)",
							"integer": true,
							"example": 1
						},
						{
							"name": "original_delivery_address_id",
							"displayName": "Original Delivery Address ID",
							"type": "number",
							"required": false,
							"description": "Original delivery address ID",
							"integer": true
						},
						{
							"name": "pack_strategy",
							"displayName": "Pack Strategy",
							"type": "options",
							"required": false,
							"description": "Packing strategy",
							"options": [
								"disabled",
								"pack_by_line",
								"pack_by_unit"
							],
							"example": "pack_by_line"
						},
						{
							"name": "packing_notes",
							"displayName": "Packing Notes",
							"type": "string",
							"required": false,
							"description": "Instructions for packers",
							"example": "Use fragile stickers"
						},
						{
							"name": "pick_notes",
							"displayName": "Pick Notes",
							"type": "string",
							"required": false,
							"description": "Instructions for pickers",
							"example": "Check expiry dates"
						},
						{
							"name": "pick_reference",
							"displayName": "Pick Reference",
							"type": "string",
							"required": false,
							"description": "Reference for grouping picks",
							"example": "PICK-BATCH-001"
						},
						{
							"name": "pick_type",
							"displayName": "Pick Type",
							"type": "options",
							"required": false,
							"description": "Picking method",
							"options": [
								"standard",
								"tote"
							],
							"example": "standard"
						},
						{
							"name": "priority",
							"displayName": "Priority",
							"type": "number",
							"required": false,
							"description": "Priority level where lower numbers indicate higher priority (1 = highest)",
							"integer": true,
							"minimum": 1,
							"maximum": 99,
							"example": 1
						},
						{
							"name": "short_order_lines_description",
							"displayName": "Short Order Lines Description",
							"type": "string",
							"required": false,
							"description": "Description for short orders"
						},
						{
							"name": "short_order_lines_reason_code_id",
							"displayName": "Short Order Lines Reason Code ID",
							"type": "number",
							"required": false,
							"description": "Reason code for short orders",
							"integer": true
						},
						{
							"name": "string1",
							"displayName": "String 1",
							"type": "string",
							"required": false,
							"description": "Custom string field 1"
						},
						{
							"name": "string2",
							"displayName": "String 2",
							"type": "string",
							"required": false,
							"description": "Custom string field 2"
						},
						{
							"name": "string3",
							"displayName": "String 3",
							"type": "string",
							"required": false,
							"description": "Custom string field 3"
						},
						{
							"name": "string4",
							"displayName": "String 4",
							"type": "string",
							"required": false,
							"description": "Custom string field 4"
						},
						{
							"name": "string5",
							"displayName": "String 5",
							"type": "string",
							"required": false,
							"description": "Custom string field 5"
						},
						{
							"name": "warehouse_id",
							"displayName": "Warehouse ID",
							"type": "number",
							"required": false,
							"description": "Warehouse ID - the physical warehouse location for operations",
							"integer": true,
							"example": 1
						}
					],
					"relationships": [
						{
							"name": "address",
							"displayName": "Address",
							"many": false,
							"fields": [
								{
									"name": "name",
									"displayName": "Name",
									"type": "string",
									"required": false,
									"description": "Contact name or company name"
								},
								{
									"name": "address_1",
									"displayName": "Address 1",
									"type": "string",
									"required": false,
									"description": "First line of address (street number and name)"
								},
								{
									"name": "address_2",
									"displayName": "Address 2",
									"type": "string",
									"required": false,
									"description": "Second line of address"
								},
								{
									"name": "address_3",
									"displayName": "Address 3",
									"type": "string",
									"required": false,
									"description": "Town/city - this field is typically passed to couriers as the city field"
								},
								{
									"name": "address_4",
									"displayName": "Address 4",
									"type": "string",
									"required": false,
									"description": "County/region"
								},
								{
									"name": "address_5",
									"displayName": "Address 5",
									"type": "string",
									"required": false,
									"description": "Additional address information"
								},
								{
									"name": "country_code",
									"displayName": "Country Code",
									"type": "string",
									"required": false,
									"description": "ISO country code (e.g., 'GB', 'US')"
								},
								{
									"name": "postcode",
									"displayName": "Postcode",
									"type": "string",
									"required": false,
									"description": "Postal/ZIP code"
								},
								{
									"name": "email_address",
									"displayName": "Email Address",
									"type": "string",
									"required": false,
									"description": "Email address for delivery notifications",
									"format": "email"
								},
								{
									"name": "phone_number",
									"displayName": "Phone Number",
									"type": "string",
									"required": false,
									"description": "Contact phone number"
								},
								{
									"name": "external_system_reference1",
									"displayName": "External System Reference 1",
									"type": "string",
									"required": false,
									"description": "Reference ID from external system"
								},
								{
									"name": "external_system_reference2",
									"displayName": "External System Reference 2",
									"type": "string",
									"required": false,
									"description": "Secondary reference ID from external system"
								},
								{
									"name": "external_system_reference3",
									"displayName": "External System Reference 3",
									"type": "string",
									"required": false,
									"description": "Tertiary reference ID from external system"
								}
							],
							"description": "Address relationship object",
							"type": "addresses"
						}
					]
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a goods out order",
					"description": "Delete a goods out order. Orders that have started processing cannot be deleted - use cancel instead.",
					"operationId": "destroyGoodsOut",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/goods_outs/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the goods out order to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a goods out order",
					"description": "Update an existing goods out order. Use lines_changes to add, update, or remove line items. Orders that have started picking may have restrictions on what can be changed.",
					"operationId": "updateGoodsOut",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/goods_outs/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the goods out order to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "goods_outs",
					"partial": true,
					"successStatus": 200,
					"fields": [
						{
							"name": "account_id",
							"displayName": "Account ID",
							"type": "number",
							"required": true,
							"description": "Stock account ID - the owner of the stock. Accounts represent 3PL clients or stock owners, not end customers.",
							"integer": true,
							"example": 1
						},
						{
							"name": "expected_date_of_dispatch",
							"displayName": "Expected Date of Dispatch",
							"type": "string",
							"required": true,
							"description": "Target dispatch date and time in ISO 8601 format",
							"format": "date-time",
							"example": "2024-01-20T10:00:00Z"
						},
						{
							"name": "goods_out_type",
							"displayName": "Goods Out Type",
							"type": "options",
							"required": true,
							"description": "Type of outbound order",
							"options": [
								"sales_order",
								"work_order",
								"crossdock"
							],
							"example": "sales_order"
						},
						{
							"name": "reference",
							"displayName": "Reference",
							"type": "string",
							"required": true,
							"description": "Reference number (e.g., order reference, receipt reference). Used for external system identification.",
							"example": "ORD-001"
						},
						{
							"name": "actual_date_of_dispatch",
							"displayName": "Actual Date of Dispatch",
							"type": "string",
							"required": false,
							"description": "Actual dispatch date and time",
							"format": "date-time",
							"example": "2024-01-20T14:30:00Z"
						},
						{
							"name": "boolean1",
							"displayName": "Boolean 1",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 1"
						},
						{
							"name": "boolean2",
							"displayName": "Boolean 2",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 2"
						},
						{
							"name": "boolean3",
							"displayName": "Boolean 3",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 3"
						},
						{
							"name": "boolean4",
							"displayName": "Boolean 4",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 4"
						},
						{
							"name": "boolean5",
							"displayName": "Boolean 5",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 5"
						},
						{
							"name": "carrier_id",
							"displayName": "Carrier ID",
							"type": "number",
							"required": false,
							"description": "Carrier ID - reference to a shipping carrier (e.g., DHL, DPD, Royal Mail)",
							"integer": true,
							"example": 5
						},
						{
							"name": "carrier_service_id",
							"displayName": "Carrier Service ID",
							"type": "number",
							"required": false,
							"description": "Carrier service ID - reference to a specific carrier service level (e.g., Next Day, Express)",
							"integer": true,
							"example": 12
						},
						{
							"name": "customer_id",
							"displayName": "Customer ID",
							"type": "number",
							"required": false,
							"description": "End customer ID - the recipient of the goods (distinct from account/stock owner)",
							"integer": true,
							"example": 42
						},
						{
							"name": "datetime1",
							"displayName": "Datetime 1",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 1",
							"format": "date-time",
							"example": "2024-01-20T10:00:00Z"
						},
						{
							"name": "datetime2",
							"displayName": "Datetime 2",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 2",
							"format": "date-time"
						},
						{
							"name": "datetime3",
							"displayName": "Datetime 3",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 3",
							"format": "date-time"
						},
						{
							"name": "datetime4",
							"displayName": "Datetime 4",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 4",
							"format": "date-time"
						},
						{
							"name": "datetime5",
							"displayName": "Datetime 5",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 5",
							"format": "date-time"
						},
						{
							"name": "delivery_notes",
							"displayName": "Delivery Notes",
							"type": "string",
							"required": false,
							"description": "Delivery instructions for carrier",
							"example": "Leave at reception if no answer"
						},
						{
							"name": "dispatch_strategy",
							"displayName": "Dispatch Strategy",
							"type": "options",
							"required": false,
							"description": "How order should be dispatched",
							"options": [
								"manual",
								"auto",
								"load",
								"shipment",
								"auto_shipment"
							],
							"example": "auto"
						},
						{
							"name": "drop_sequence",
							"displayName": "Drop Sequence",
							"type": "number",
							"required": false,
							"description": "Delivery sequence on route",
							"integer": true,
							"minimum": 0,
							"example": 3
						},
						{
							"name": "external_system_reference1",
							"displayName": "External System Reference 1",
							"type": "string",
							"required": false,
							"description": "External system reference 1",
							"example": "EXT-001"
						},
						{
							"name": "external_system_reference2",
							"displayName": "External System Reference 2",
							"type": "string",
							"required": false,
							"description": "External system reference 2"
						},
						{
							"name": "external_system_reference3",
							"displayName": "External System Reference 3",
							"type": "string",
							"required": false,
							"description": "External system reference 3"
						},
						{
							"name": "goods_out_status_id",
							"displayName": "Goods Out Status ID",
							"type": "number",
							"required": false,
							"description": "Goods out status ID. Default statuses: 1=DRAFT (order created but not ready), 2=PENDING (awaiting stock allocation), 3=PICK (picking in progress), 4=PART (legacy), 5=ALLOCATED (fully allocated), 6=COMPLETED (dispatched), 7=PART_ALLOCATED, 8=CANCELLED",
							"integer": true,
							"example": 2
						},
						{
							"name": "integer1",
							"displayName": "Integer 1",
							"type": "number",
							"required": false,
							"description": "Custom integer field 1",
							"integer": true
						},
						{
							"name": "integer2",
							"displayName": "Integer 2",
							"type": "number",
							"required": false,
							"description": "Custom integer field 2",
							"integer": true
						},
						{
							"name": "integer3",
							"displayName": "Integer 3",
							"type": "number",
							"required": false,
							"description": "Custom integer field 3",
							"integer": true
						},
						{
							"name": "integer4",
							"displayName": "Integer 4",
							"type": "number",
							"required": false,
							"description": "Custom integer field 4",
							"integer": true
						},
						{
							"name": "integer5",
							"displayName": "Integer 5",
							"type": "number",
							"required": false,
							"description": "Custom integer field 5",
							"integer": true
						},
						{
							"name": "integration_id",
							"displayName": "Integration ID",
							"type": "number",
							"required": false,
							"description": "Integration ID - reference to an external system integration (e.g., Shopify, Brightpearl)",
							"integer": true,
							"example": 7
						},
						{
							"name": "lines_changes",
							"displayName": "Lines Changes",
							"type": "json",
							"required": false,
							"description": "Array of line item changes (ADD, UPDATE, DESTROY)",
							"jsonType": "array"
						},
						{
							"name": "load_reference",
							"displayName": "Load Reference",
							"type": "string",
							"required": false,
							"description": "Reference for grouping into loads",
							"example": "LOAD-2024-001"
						},
						{
							"name": "location_id",
							"displayName": "Location ID",
							"type": "number",
							"required": false,
							"description": "Location ID - reference to a storage location within a warehouse",
							"integer": true,
							"example": 100
						},
						{
							"name": "order_notes",
							"displayName": "Order Notes",
							"type": "string",
							"required": false,
							"description": "General order notes",
							"example": "Priority customer - handle with care"
						},
						{
							"name": "order_type_id",
							"displayName": "Order Type ID",
							"type": "number",
							"required": false,
							"description": "Order type ID - configurable per tenant, used to categorize orders (e.g., for duty/tax purposes via duty_payable flag)",
							"integer": true,
							"example": 1
						},
						{
							"name": "original_delivery_address_id",
							"displayName": "Original Delivery Address ID",
							"type": "number",
							"required": false,
							"description": "Original delivery address ID",
							"integer": true
						},
						{
							"name": "pack_strategy",
							"displayName": "Pack Strategy",
							"type": "options",
							"required": false,
							"description": "Packing strategy",
							"options": [
								"disabled",
								"pack_by_line",
								"pack_by_unit"
							],
							"example": "pack_by_line"
						},
						{
							"name": "packing_notes",
							"displayName": "Packing Notes",
							"type": "string",
							"required": false,
							"description": "Instructions for packers",
							"example": "Use fragile stickers"
						},
						{
							"name": "pick_notes",
							"displayName": "Pick Notes",
							"type": "string",
							"required": false,
							"description": "Instructions for pickers",
							"example": "Check expiry dates"
						},
						{
							"name": "pick_reference",
							"displayName": "Pick Reference",
							"type": "string",
							"required": false,
							"description": "Reference for grouping picks",
							"example": "PICK-BATCH-001"
						},
						{
							"name": "pick_type",
							"displayName": "Pick Type",
							"type": "options",
							"required": false,
							"description": "Picking method",
							"options": [
								"standard",
								"tote"
							],
							"example": "standard"
						},
						{
							"name": "priority",
							"displayName": "Priority",
							"type": "number",
							"required": false,
							"description": "Priority level where lower numbers indicate higher priority (1 = highest)",
							"integer": true,
							"minimum": 1,
							"maximum": 99,
							"example": 1
						},
						{
							"name": "short_order_lines_description",
							"displayName": "Short Order Lines Description",
							"type": "string",
							"required": false,
							"description": "Description for short orders"
						},
						{
							"name": "short_order_lines_reason_code_id",
							"displayName": "Short Order Lines Reason Code ID",
							"type": "number",
							"required": false,
							"description": "Reason code for short orders",
							"integer": true
						},
						{
							"name": "string1",
							"displayName": "String 1",
							"type": "string",
							"required": false,
							"description": "Custom string field 1"
						},
						{
							"name": "string2",
							"displayName": "String 2",
							"type": "string",
							"required": false,
							"description": "Custom string field 2"
						},
						{
							"name": "string3",
							"displayName": "String 3",
							"type": "string",
							"required": false,
							"description": "Custom string field 3"
						},
						{
							"name": "string4",
							"displayName": "String 4",
							"type": "string",
							"required": false,
							"description": "Custom string field 4"
						},
						{
							"name": "string5",
							"displayName": "String 5",
							"type": "string",
							"required": false,
							"description": "Custom string field 5"
						},
						{
							"name": "warehouse_id",
							"displayName": "Warehouse ID",
							"type": "number",
							"required": false,
							"description": "Warehouse ID - the physical warehouse location for operations",
							"integer": true,
							"example": 1
						}
					],
					"relationships": [
						{
							"name": "address",
							"displayName": "Address",
							"many": false,
							"fields": [
								{
									"name": "name",
									"displayName": "Name",
									"type": "string",
									"required": false,
									"description": "Contact name or company name"
								},
								{
									"name": "address_1",
									"displayName": "Address 1",
									"type": "string",
									"required": false,
									"description": "First line of address (street number and name)"
								},
								{
									"name": "address_2",
									"displayName": "Address 2",
									"type": "string",
									"required": false,
									"description": "Second line of address"
								},
								{
									"name": "address_3",
									"displayName": "Address 3",
									"type": "string",
									"required": false,
									"description": "Town/city - this field is typically passed to couriers as the city field"
								},
								{
									"name": "address_4",
									"displayName": "Address 4",
									"type": "string",
									"required": false,
									"description": "County/region"
								},
								{
									"name": "address_5",
									"displayName": "Address 5",
									"type": "string",
									"required": false,
									"description": "Additional address information"
								},
								{
									"name": "country_code",
									"displayName": "Country Code",
									"type": "string",
									"required": false,
									"description": "ISO country code (e.g., 'GB', 'US')"
								},
								{
									"name": "postcode",
									"displayName": "Postcode",
									"type": "string",
									"required": false,
									"description": "Postal/ZIP code"
								},
								{
									"name": "email_address",
									"displayName": "Email Address",
									"type": "string",
									"required": false,
									"description": "Email address for delivery notifications",
									"format": "email"
								},
								{
									"name": "phone_number",
									"displayName": "Phone Number",
									"type": "string",
									"required": false,
									"description": "Contact phone number"
								},
								{
									"name": "external_system_reference1",
									"displayName": "External System Reference 1",
									"type": "string",
									"required": false,
									"description": "Reference ID from external system"
								},
								{
									"name": "external_system_reference2",
									"displayName": "External System Reference 2",
									"type": "string",
									"required": false,
									"description": "Secondary reference ID from external system"
								},
								{
									"name": "external_system_reference3",
									"displayName": "External System Reference 3",
									"type": "string",
									"required": false,
									"description": "Tertiary reference ID from external system"
								}
							],
							"description": "Address relationship object",
							"type": "addresses"
						}
					]
				}
			],
			"list": {
				"operationId": "listGoodsOuts",
				"summary": "List goods out orders",
				"rootField": "goods_outs",
				"connection": "all",
				"filterType": "GoodsOutsFilterType",
				"nodeSelection": "id reference priority expected_date_of_dispatch goods_out_status { code name } account { id code } warehouse { id code } carrier { id code }",
				"nodeFields": [
					"id",
					"reference",
					"priority",
					"expected_date_of_dispatch",
					"goods_out_status",
					"account",
					"warehouse",
					"carrier"
				],
				"filters": [
					{
						"name": "reference",
						"displayName": "Reference",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Order reference"
					},
					{
						"name": "goods_out_status_code",
						"displayName": "Goods Out Status Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Status code (DRAFT, PENDING, PICK, ALLOCATED, COMPLETED)"
					},
					{
						"name": "account_id",
						"displayName": "Account ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"in",
							"filled"
						],
						"description": "Filter by account ID"
					},
					{
						"name": "warehouse_id",
						"displayName": "Warehouse ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"in",
							"filled"
						],
						"description": "Filter by warehouse ID"
					},
					{
						"name": "carrier_id",
						"displayName": "Carrier ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"in",
							"filled"
						],
						"description": "Filter by carrier ID"
					},
					{
						"name": "expected_date_of_dispatch",
						"displayName": "Expected Date of Dispatch",
						"inputType": "DatetimeInputType",
						"operators": [
							"eq",
							"from",
							"to",
							"between"
						],
						"description": "Expected dispatch date"
					}
				]
			}
		},
		{
			"key": "goods_out_lines",
			"displayName": "Goods Out Line",
			"description": "Outbound order management for creating, updating, and cancelling sales orders",
			"tag": "Goods Out: Orders",
			"operations": [],
			"list": {
				"operationId": "listGoodsOutLines",
				"summary": "List goods out lines",
				"rootField": "goods_out_lines",
				"connection": "all",
				"filterType": "GoodsOutLineFilterType",
				"nodeSelection": "id order_quantity allocated_quantity pick_quantity dispatch_quantity short_status product { id code } goods_out { id reference } carrier { id }",
				"nodeFields": [
					"id",
					"order_quantity",
					"allocated_quantity",
					"pick_quantity",
					"dispatch_quantity",
					"short_status",
					"product",
					"goods_out",
					"carrier"
				],
				"filters": [
					{
						"name": "goods_out_id",
						"displayName": "Goods Out ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Parent goods out (sales order) ID"
					},
					{
						"name": "product_id",
						"displayName": "Product ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Product ID"
					},
					{
						"name": "account_id",
						"displayName": "Account ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Stock account ID (stock owner)"
					},
					{
						"name": "warehouse_id",
						"displayName": "Warehouse ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Warehouse ID"
					},
					{
						"name": "goods_out_status_code",
						"displayName": "Goods Out Status Code",
						"inputType": "StatusCodeInputType",
						"operators": [
							"eq",
							"in"
						],
						"description": "Goods out status code (enum input — e.g. PICK, ALLOCATED, COMPLETED)"
					},
					{
						"name": "carrier_id",
						"displayName": "Carrier ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Carrier ID"
					},
					{
						"name": "order_quantity",
						"displayName": "Order Quantity",
						"inputType": "DecimalInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"between"
						],
						"description": "Ordered quantity"
					},
					{
						"name": "pick_quantity",
						"displayName": "Pick Quantity",
						"inputType": "DecimalInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"between"
						],
						"description": "Picked quantity"
					},
					{
						"name": "created_at",
						"displayName": "Created At",
						"inputType": "DatetimeInputType",
						"operators": [
							"eq",
							"from",
							"to",
							"between"
						],
						"description": "Creation timestamp"
					}
				]
			}
		},
		{
			"key": "goods_out_pick_lists",
			"displayName": "Goods Out Pick List",
			"description": "Pick list management for updating and removing pick lists",
			"tag": "Goods Out: Pick Lists",
			"operations": [
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a pick list",
					"description": "Delete a pick list. This does not delete the associated goods out orders.",
					"operationId": "destroyGoodsOutPickList",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/goods_out_pick_lists/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the pick list to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a pick list",
					"description": "Update an existing pick list's attributes such as its reference",
					"operationId": "updateGoodsOutPickList",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/goods_out_pick_lists/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the pick list to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "goods_out_pick_lists",
					"successStatus": 200,
					"fields": [
						{
							"name": "reference",
							"displayName": "Reference",
							"type": "string",
							"required": false,
							"description": "Pick list reference"
						},
						{
							"name": "string1",
							"displayName": "String 1",
							"type": "string",
							"required": false,
							"description": "Custom string field 1"
						},
						{
							"name": "string2",
							"displayName": "String 2",
							"type": "string",
							"required": false,
							"description": "Custom string field 2"
						},
						{
							"name": "string3",
							"displayName": "String 3",
							"type": "string",
							"required": false,
							"description": "Custom string field 3"
						},
						{
							"name": "string4",
							"displayName": "String 4",
							"type": "string",
							"required": false,
							"description": "Custom string field 4"
						},
						{
							"name": "string5",
							"displayName": "String 5",
							"type": "string",
							"required": false,
							"description": "Custom string field 5"
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listGoodsOutPickLists",
				"summary": "List goods out pick lists",
				"rootField": "goods_out_pick_lists",
				"connection": "all",
				"filterType": "GoodsOutPickListsFilterType",
				"nodeSelection": "id reference pick_reference pick_type load_reference goods_out_status { code name } account { id code } warehouse { id code }",
				"nodeFields": [
					"id",
					"reference",
					"pick_reference",
					"pick_type",
					"load_reference",
					"goods_out_status",
					"account",
					"warehouse"
				],
				"filters": [
					{
						"name": "pick_tasks_count",
						"displayName": "Pick Tasks Count",
						"inputType": "IntegerInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"between"
						],
						"description": "Number of pick tasks"
					},
					{
						"name": "completed_pick_tasks_count",
						"displayName": "Completed Pick Tasks Count",
						"inputType": "IntegerInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"between"
						],
						"description": "Number of completed pick tasks"
					},
					{
						"name": "loading_tasks_count",
						"displayName": "Loading Tasks Count",
						"inputType": "IntegerInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"between"
						],
						"description": "Number of loading tasks"
					},
					{
						"name": "completed_loading_tasks_count",
						"displayName": "Completed Loading Tasks Count",
						"inputType": "IntegerInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"between"
						],
						"description": "Number of completed loading tasks"
					},
					{
						"name": "dispatch_tasks_count",
						"displayName": "Dispatch Tasks Count",
						"inputType": "IntegerInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"between"
						],
						"description": "Number of dispatch tasks"
					},
					{
						"name": "completed_dispatch_tasks_count",
						"displayName": "Completed Dispatch Tasks Count",
						"inputType": "IntegerInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"between"
						],
						"description": "Number of completed dispatch tasks"
					}
				]
			}
		},
		{
			"key": "goods_out_processes",
			"displayName": "Goods Out Process",
			"description": "Pick list management for updating and removing pick lists",
			"tag": "Goods Out: Pick Lists",
			"operations": [
				{
					"key": "processAndConsolidatePicks",
					"name": "Process and Consolidate Picks",
					"action": "Process and consolidate picks",
					"description": "Process multiple goods out orders into a single consolidated pick list. All orders must have the same pick_type (standard or tote). Crossdock orders are always processed separately.",
					"operationId": "processAndConsolidatePicks",
					"kind": "action",
					"method": "POST",
					"path": "/api/goods_out_processes/process_and_consolidate_picks",
					"pathParams": [],
					"queryParams": [],
					"body": "json",
					"successStatus": 200,
					"fields": [
						{
							"name": "ids",
							"displayName": "IDs",
							"type": "json",
							"required": true,
							"description": "Array of goods out order IDs to consolidate into a single pick list",
							"jsonType": "array",
							"itemType": "integer"
						},
						{
							"name": "goods_out_pick_list_attributes",
							"displayName": "Goods Out Pick List Attributes",
							"type": "json",
							"required": false,
							"description": "Optional attributes for the created pick list",
							"jsonType": "object"
						}
					],
					"relationships": []
				},
				{
					"key": "processPicksAsync",
					"name": "Process Picks Async",
					"action": "Process picks asynchronously",
					"description": "Queue goods out orders for asynchronous pick list generation. This is the preferred method for processing orders as it runs in the background without blocking. Each order gets its own pick list unless using the consolidation endpoint.",
					"operationId": "processPicksAsync",
					"kind": "action",
					"method": "POST",
					"path": "/api/goods_out_processes/process_picks_async",
					"pathParams": [],
					"queryParams": [],
					"body": "json",
					"successStatus": 200,
					"fields": [
						{
							"name": "ids",
							"displayName": "IDs",
							"type": "json",
							"required": true,
							"description": "Array of goods out order IDs to process",
							"jsonType": "array",
							"itemType": "integer"
						}
					],
					"relationships": []
				},
				{
					"key": "shortOrderLines",
					"name": "Short Order Lines",
					"action": "Short order lines",
					"description": "Process partially allocated orders by marking unallocated lines as short. Used when stock is insufficient and orders need to ship with available quantities.",
					"operationId": "shortOrderLines",
					"kind": "action",
					"method": "POST",
					"path": "/api/goods_out_processes/short_order_lines",
					"pathParams": [],
					"queryParams": [],
					"body": "json",
					"successStatus": 204,
					"fields": [
						{
							"name": "ids",
							"displayName": "IDs",
							"type": "json",
							"required": true,
							"description": "Array of goods out order IDs to short",
							"jsonType": "array",
							"itemType": "integer"
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": true,
							"description": "Free text reason for shorting the order lines. Used for audit trail - content is determined by the user."
						},
						{
							"name": "reason_code_id",
							"displayName": "Reason Code ID",
							"type": "number",
							"required": false,
							"description": "Optional reference to a configurable ReasonCode lookup table for standardized reasons",
							"integer": true
						}
					],
					"relationships": []
				},
				{
					"key": "triggerReplenishment",
					"name": "Trigger Replenishment",
					"action": "Trigger replenishment",
					"description": "Trigger a replenishment process for a specific product at a location. Used to restock pick faces from bulk storage.",
					"operationId": "triggerReplenishment",
					"kind": "action",
					"method": "POST",
					"path": "/api/goods_out_processes/trigger_replenishment",
					"pathParams": [],
					"queryParams": [],
					"body": "json",
					"successStatus": 200,
					"fields": [
						{
							"name": "account_id",
							"displayName": "Account ID",
							"type": "number",
							"required": true,
							"description": "Stock account ID",
							"integer": true
						},
						{
							"name": "location_id",
							"displayName": "Location ID",
							"type": "number",
							"required": true,
							"description": "Pickface location ID to replenish",
							"integer": true
						},
						{
							"name": "product_id",
							"displayName": "Product ID",
							"type": "number",
							"required": true,
							"description": "Product ID to replenish",
							"integer": true
						}
					],
					"relationships": []
				}
			]
		},
		{
			"key": "groups",
			"displayName": "Group",
			"description": "Group management for organizing products and locations",
			"tag": "Groups",
			"operations": [],
			"list": {
				"operationId": "listGroups",
				"summary": "List groups",
				"rootField": "groups",
				"connection": "all",
				"filterType": "GroupFilterType",
				"nodeSelection": "id name is_active use_for_products use_for_locations created_at",
				"nodeFields": [
					"id",
					"name",
					"is_active",
					"use_for_products",
					"use_for_locations",
					"created_at"
				],
				"filters": [
					{
						"name": "name",
						"displayName": "Name",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Group name"
					},
					{
						"name": "is_active",
						"displayName": "Is Active",
						"inputType": "BooleanInputType",
						"operators": [
							"eq"
						],
						"description": "Filter by active status"
					},
					{
						"name": "use_for_products",
						"displayName": "Use for Products",
						"inputType": "BooleanInputType",
						"operators": [
							"eq"
						],
						"description": "Groups used for products"
					},
					{
						"name": "use_for_locations",
						"displayName": "Use for Locations",
						"inputType": "BooleanInputType",
						"operators": [
							"eq"
						],
						"description": "Groups used for locations"
					}
				]
			}
		},
		{
			"key": "import_configurations",
			"displayName": "Import Configuration",
			"description": "Import configuration for ingesting external files (CSV, XML, EDI, TXT) and transforming them into warehouse resources via configurable processing flows",
			"tag": "Import Configurations",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create an import configuration",
					"description": "Create a configuration describing how to parse and transform an external import file",
					"operationId": "createImportConfiguration",
					"kind": "create",
					"method": "POST",
					"path": "/api/import_configurations",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "import_configurations",
					"successStatus": 200,
					"fields": [
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": true,
							"description": "Display name of the import configuration"
						},
						{
							"name": "parser",
							"displayName": "Parser",
							"type": "options",
							"required": true,
							"description": "File format parser",
							"options": [
								"xml",
								"headless_csv",
								"csv",
								"edi",
								"txt"
							]
						},
						{
							"name": "failure_strategy",
							"displayName": "Failure Strategy",
							"type": "options",
							"required": true,
							"description": "What to do when a resource fails: skip and continue, or abort the import",
							"options": [
								"skip_resource",
								"abort"
							]
						},
						{
							"name": "automatic_processing_flows",
							"displayName": "Automatic Processing Flows",
							"type": "json",
							"required": true,
							"description": "Flows that run automatically on each record/row",
							"jsonType": "array"
						},
						{
							"name": "settings",
							"displayName": "Settings",
							"type": "json",
							"required": false,
							"description": "Parser settings",
							"jsonType": "array"
						},
						{
							"name": "pre_processors",
							"displayName": "Pre Processors",
							"type": "json",
							"required": false,
							"description": "Pre-processing steps applied before parsing",
							"jsonType": "array"
						},
						{
							"name": "manual_processing_flows",
							"displayName": "Manual Processing Flows",
							"type": "json",
							"required": false,
							"description": "Reusable flows invoked by other flows (e.g. for nested lines).",
							"jsonType": "array"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete an import configuration",
					"description": "Delete an import configuration",
					"operationId": "destroyImportConfiguration",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/import_configurations/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the import configuration to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update an import configuration",
					"description": "Update an existing import configuration",
					"operationId": "updateImportConfiguration",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/import_configurations/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the import configuration to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "import_configurations",
					"successStatus": 204,
					"fields": [
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "Configuration name"
						},
						{
							"name": "parser",
							"displayName": "Parser",
							"type": "options",
							"required": false,
							"description": "File format parser",
							"options": [
								"xml",
								"headless_csv",
								"csv",
								"edi",
								"txt"
							]
						},
						{
							"name": "failure_strategy",
							"displayName": "Failure Strategy",
							"type": "options",
							"required": false,
							"description": "Failure strategy",
							"options": [
								"skip_resource",
								"abort"
							]
						},
						{
							"name": "settings",
							"displayName": "Settings",
							"type": "json",
							"required": false,
							"description": "Parser settings",
							"jsonType": "array"
						},
						{
							"name": "pre_processors",
							"displayName": "Pre Processors",
							"type": "json",
							"required": false,
							"description": "Pre-processing steps",
							"jsonType": "array"
						},
						{
							"name": "automatic_processing_flows",
							"displayName": "Automatic Processing Flows",
							"type": "json",
							"required": false,
							"description": "Automatic processing flows",
							"jsonType": "array"
						},
						{
							"name": "manual_processing_flows",
							"displayName": "Manual Processing Flows",
							"type": "json",
							"required": false,
							"description": "Manual processing flows",
							"jsonType": "array"
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listImportConfigurations",
				"summary": "List import configurations",
				"rootField": "import_configurations",
				"connection": "all",
				"filterType": "ImportConfigurationFilterType",
				"nodeSelection": "id name parser failure_strategy created_at",
				"nodeFields": [
					"id",
					"name",
					"parser",
					"failure_strategy",
					"created_at"
				],
				"filters": [
					{
						"name": "name",
						"displayName": "Name",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Configuration name"
					},
					{
						"name": "parser",
						"displayName": "Parser",
						"inputType": "ParserInputType",
						"operators": [
							"eq"
						],
						"description": "xml, headless_csv, csv, edi, txt"
					},
					{
						"name": "failure_strategy",
						"displayName": "Failure Strategy",
						"inputType": "FailureStrategyInputType",
						"operators": [
							"eq"
						],
						"description": "skip_resource or abort"
					},
					{
						"name": "created_at",
						"displayName": "Created At",
						"inputType": "DatetimeInputType",
						"operators": [
							"eq",
							"from",
							"to",
							"between"
						],
						"description": "Creation time"
					}
				]
			}
		},
		{
			"key": "import_templates",
			"displayName": "Import Template",
			"description": "Import template management. Templates map inbound files (matched by filename regexp) onto warehouse resources for an SFTP user.",
			"tag": "Import Templates",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create an import template",
					"description": "Create an import template defining how files matching a filename pattern are mapped onto a warehouse resource for a given SFTP user",
					"operationId": "createImportTemplate",
					"kind": "create",
					"method": "POST",
					"path": "/api/import_templates",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "import_templates",
					"successStatus": 200,
					"fields": [
						{
							"name": "file_regexp",
							"displayName": "File Regexp",
							"type": "string",
							"required": true,
							"description": "Regular expression matched against incoming filenames to select this template (e.g. '^ORDERS_.*\\.csv$')"
						},
						{
							"name": "ftp_user_id",
							"displayName": "FTP User ID",
							"type": "number",
							"required": true,
							"description": "ID of the SFTP user this template processes files for",
							"integer": true
						},
						{
							"name": "template_type",
							"displayName": "Template Type",
							"type": "options",
							"required": false,
							"description": "Template type identifying the resource/format the file maps to",
							"options": [
								"AccessDeltaPreReceipt",
								"AccessDeltaWmsOrders",
								"AccessDeltaWmsStocks",
								"ClarusWmsStocks",
								"DatafileOrder",
								"DatafileOrderHeader",
								"DatafilePreReceipt",
								"DatafilePreReceiptHeader",
								"DatafileUplift",
								"DatafileUpliftHeader",
								"EdiOrder",
								"GoodsOut",
								"ExpectNobiaOrder",
								"StandardLocations",
								"StandardOrder",
								"StandardPreReceipt",
								"StandardProducts",
								"StandardProductBomImport",
								"StandardStockAttributesUpdate",
								"WalkersPreReceipt",
								"SapOrder",
								"WstransportOrder",
								"AccessDeltaWmsSalesOrders",
								"AccessDeltaWmsProducts",
								"DhlSiteTransferAsn",
								"StandardProductAccountAssignment",
								"StandardUpdateOrderHeader",
								"DhlSalesOrder",
								"HazardousPhrasesProductAssignment",
								"StandardAddress",
								"TradacomsOrder9"
							]
						},
						{
							"name": "account_id",
							"displayName": "Account ID",
							"type": "number",
							"required": false,
							"description": "ID of the stock account the imported data belongs to",
							"integer": true
						},
						{
							"name": "mapping_group_id",
							"displayName": "Mapping Group ID",
							"type": "number",
							"required": false,
							"description": "ID of the MappingGroup defining the field mapping (must have operation_type 'ftp')",
							"integer": true
						},
						{
							"name": "user_id",
							"displayName": "User ID",
							"type": "number",
							"required": false,
							"description": "ID of the owning user",
							"integer": true
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete an import template",
					"description": "Delete an import template by ID",
					"operationId": "destroyImportTemplate",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/import_templates/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the import template to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update an import template",
					"description": "Update an existing import template's pattern, type, or associations",
					"operationId": "updateImportTemplate",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/import_templates/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the import template to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "import_templates",
					"successStatus": 200,
					"fields": [
						{
							"name": "file_regexp",
							"displayName": "File Regexp",
							"type": "string",
							"required": false,
							"description": "Regular expression matched against incoming filenames to select this template (e.g. '^ORDERS_.*\\.csv$')"
						},
						{
							"name": "template_type",
							"displayName": "Template Type",
							"type": "options",
							"required": false,
							"description": "Template type identifying the resource/format the file maps to",
							"options": [
								"AccessDeltaPreReceipt",
								"AccessDeltaWmsOrders",
								"AccessDeltaWmsStocks",
								"ClarusWmsStocks",
								"DatafileOrder",
								"DatafileOrderHeader",
								"DatafilePreReceipt",
								"DatafilePreReceiptHeader",
								"DatafileUplift",
								"DatafileUpliftHeader",
								"EdiOrder",
								"GoodsOut",
								"ExpectNobiaOrder",
								"StandardLocations",
								"StandardOrder",
								"StandardPreReceipt",
								"StandardProducts",
								"StandardProductBomImport",
								"StandardStockAttributesUpdate",
								"WalkersPreReceipt",
								"SapOrder",
								"WstransportOrder",
								"AccessDeltaWmsSalesOrders",
								"AccessDeltaWmsProducts",
								"DhlSiteTransferAsn",
								"StandardProductAccountAssignment",
								"StandardUpdateOrderHeader",
								"DhlSalesOrder",
								"HazardousPhrasesProductAssignment",
								"StandardAddress",
								"TradacomsOrder9"
							]
						},
						{
							"name": "ftp_user_id",
							"displayName": "FTP User ID",
							"type": "number",
							"required": false,
							"description": "ID of the SFTP user this template processes files for",
							"integer": true
						},
						{
							"name": "account_id",
							"displayName": "Account ID",
							"type": "number",
							"required": false,
							"description": "ID of the stock account the imported data belongs to",
							"integer": true
						},
						{
							"name": "mapping_group_id",
							"displayName": "Mapping Group ID",
							"type": "number",
							"required": false,
							"description": "ID of the MappingGroup defining the field mapping (must have operation_type 'ftp')",
							"integer": true
						},
						{
							"name": "user_id",
							"displayName": "User ID",
							"type": "number",
							"required": false,
							"description": "ID of the owning user",
							"integer": true
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listImportTemplates",
				"summary": "List import templates",
				"rootField": "import_templates",
				"connection": "all",
				"filterType": "ImportTemplateFilterType",
				"nodeSelection": "id file_regexp template_type account { id code } ftp_user { id name } mapping_group { id }",
				"nodeFields": [
					"id",
					"file_regexp",
					"template_type",
					"account",
					"ftp_user",
					"mapping_group"
				],
				"filters": [
					{
						"name": "template_type",
						"displayName": "Template Type",
						"inputType": "ImportTemplatesTemplateTypeInputType",
						"operators": [
							"eq",
							"in"
						],
						"description": "Template type (enum input — e.g. StandardOrder)"
					},
					{
						"name": "file_regexp",
						"displayName": "File Regexp",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Filename-matching regexp"
					},
					{
						"name": "account_id",
						"displayName": "Account ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Stock account ID"
					},
					{
						"name": "account_code",
						"displayName": "Account Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Stock account code"
					},
					{
						"name": "ftp_user_id",
						"displayName": "FTP User ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "SFTP user ID"
					},
					{
						"name": "ftp_user_name",
						"displayName": "FTP User Name",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "SFTP user name"
					},
					{
						"name": "mapping_group_id",
						"displayName": "Mapping Group ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Mapping group ID"
					},
					{
						"name": "created_at",
						"displayName": "Created At",
						"inputType": "DatetimeInputType",
						"operators": [
							"eq",
							"from",
							"to",
							"between"
						],
						"description": "Creation timestamp"
					}
				]
			}
		},
		{
			"key": "integrations",
			"displayName": "Integration",
			"description": "Third-party integration management for ecommerce, carrier, and ERP connections",
			"tag": "Integrations",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create an integration",
					"description": "Create a new third-party integration for connecting to ecommerce platforms, carriers, or ERP systems",
					"operationId": "createIntegration",
					"kind": "create",
					"method": "POST",
					"path": "/api/integrations",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "integrations",
					"successStatus": 200,
					"fields": [
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": true,
							"description": "Integration name"
						},
						{
							"name": "integration_type",
							"displayName": "Integration Type",
							"type": "options",
							"required": true,
							"description": "Type of integration",
							"options": [
								"ecommerce",
								"carrier",
								"marketplace",
								"erp",
								"accounting",
								"custom"
							]
						},
						{
							"name": "provider",
							"displayName": "Provider",
							"type": "options",
							"required": false,
							"description": "Integration provider",
							"options": [
								"shopify",
								"woocommerce",
								"magento",
								"bigcommerce",
								"amazon",
								"ebay",
								"brightpearl",
								"xero",
								"quickbooks",
								"dhl",
								"dpd",
								"fedex",
								"ups",
								"royal_mail",
								"custom"
							]
						},
						{
							"name": "is_active",
							"displayName": "Is Active",
							"type": "boolean",
							"required": false,
							"description": "If false, integration is disabled"
						},
						{
							"name": "account_id",
							"displayName": "Account ID",
							"type": "number",
							"required": false,
							"description": "Default account ID for imported orders",
							"integer": true
						},
						{
							"name": "warehouse_id",
							"displayName": "Warehouse ID",
							"type": "number",
							"required": false,
							"description": "Default warehouse ID for imported orders",
							"integer": true
						},
						{
							"name": "configuration",
							"displayName": "Configuration",
							"type": "json",
							"required": false,
							"description": "Provider-specific configuration settings",
							"jsonType": "object"
						},
						{
							"name": "external_system_reference1",
							"displayName": "External System Reference 1",
							"type": "string",
							"required": false,
							"description": "External system reference 1"
						},
						{
							"name": "external_system_reference2",
							"displayName": "External System Reference 2",
							"type": "string",
							"required": false,
							"description": "External system reference 2"
						},
						{
							"name": "external_system_reference3",
							"displayName": "External System Reference 3",
							"type": "string",
							"required": false,
							"description": "External system reference 3"
						},
						{
							"name": "string1",
							"displayName": "String 1",
							"type": "string",
							"required": false,
							"description": "Custom string field 1"
						},
						{
							"name": "string2",
							"displayName": "String 2",
							"type": "string",
							"required": false,
							"description": "Custom string field 2"
						},
						{
							"name": "string3",
							"displayName": "String 3",
							"type": "string",
							"required": false,
							"description": "Custom string field 3"
						},
						{
							"name": "string4",
							"displayName": "String 4",
							"type": "string",
							"required": false,
							"description": "Custom string field 4"
						},
						{
							"name": "string5",
							"displayName": "String 5",
							"type": "string",
							"required": false,
							"description": "Custom string field 5"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete an integration",
					"description": "Delete an integration. This does not affect orders or data already imported from the integration.",
					"operationId": "destroyIntegration",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/integrations/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the integration to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "synchronize",
					"name": "Synchronize",
					"action": "Synchronize an integration",
					"description": "Trigger a manual synchronization of the integration to import orders, products, or stock levels from the connected system",
					"operationId": "synchronizeIntegration",
					"kind": "action",
					"method": "POST",
					"path": "/api/integrations/{id}/synchronize",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the integration to synchronize",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 200,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update an integration",
					"description": "Update an existing integration's name, configuration, or active status",
					"operationId": "updateIntegration",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/integrations/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the integration to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "integrations",
					"successStatus": 200,
					"fields": [
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "Integration name"
						},
						{
							"name": "is_active",
							"displayName": "Is Active",
							"type": "boolean",
							"required": false,
							"description": "Active status"
						},
						{
							"name": "configuration",
							"displayName": "Configuration",
							"type": "json",
							"required": false,
							"description": "Configuration settings",
							"jsonType": "object"
						},
						{
							"name": "string1",
							"displayName": "String 1",
							"type": "string",
							"required": false,
							"description": "Custom string field 1"
						},
						{
							"name": "string2",
							"displayName": "String 2",
							"type": "string",
							"required": false,
							"description": "Custom string field 2"
						},
						{
							"name": "string3",
							"displayName": "String 3",
							"type": "string",
							"required": false,
							"description": "Custom string field 3"
						},
						{
							"name": "string4",
							"displayName": "String 4",
							"type": "string",
							"required": false,
							"description": "Custom string field 4"
						},
						{
							"name": "string5",
							"displayName": "String 5",
							"type": "string",
							"required": false,
							"description": "Custom string field 5"
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listIntegrations",
				"summary": "List integrations",
				"rootField": "integrations",
				"connection": "all",
				"filterType": "IntegrationFilterType",
				"nodeSelection": "id name integration_provider integration_type status enabled created_at",
				"nodeFields": [
					"id",
					"name",
					"integration_provider",
					"integration_type",
					"status",
					"enabled",
					"created_at"
				],
				"filters": [
					{
						"name": "name",
						"displayName": "Name",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Integration name"
					},
					{
						"name": "integration_provider",
						"displayName": "Integration Provider",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Provider (e.g. shopify, brightpearl)"
					},
					{
						"name": "integration_type",
						"displayName": "Integration Type",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Integration type"
					},
					{
						"name": "enabled",
						"displayName": "Enabled",
						"inputType": "BooleanInputType",
						"operators": [
							"eq"
						],
						"description": "Filter by enabled status"
					},
					{
						"name": "status",
						"displayName": "Status",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Integration status"
					}
				]
			}
		},
		{
			"key": "integration_carrier_mappings",
			"displayName": "Integration Carrier Mapping",
			"description": "Mapping: link external entities to internal records within a mapping group. Includes the generic mappings endpoint (for non-integration operation types) and the dedicated endpoints for integration carrier, shipping rate, warehouse, product, and FTP mappings.",
			"tag": "Mappings",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create an integration carrier mapping",
					"description": "Create a integration carrier mapping within its mapping group, linking an external entity to internal records",
					"operationId": "createIntegrationCarrierMapping",
					"kind": "create",
					"method": "POST",
					"path": "/api/integration_carrier_mapping_groups/{mapping_group_id}/mappings",
					"pathParams": [
						{
							"name": "mapping_group_id",
							"displayName": "Mapping Group ID",
							"required": true,
							"description": "The integration carrier mapping group ID",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "integration_carrier_mappings",
					"successStatus": 200,
					"fields": [
						{
							"name": "carrier_id",
							"displayName": "Carrier ID",
							"type": "number",
							"required": true,
							"description": "Internal carrier ID",
							"integer": true
						},
						{
							"name": "carrier_service_id",
							"displayName": "Carrier Service ID",
							"type": "number",
							"required": true,
							"description": "Internal carrier service ID",
							"integer": true
						},
						{
							"name": "integration_carrier_id",
							"displayName": "Integration Carrier ID",
							"type": "number",
							"required": true,
							"description": "External entity ID (entity_type carrier)",
							"integer": true
						},
						{
							"name": "mapping_fields",
							"displayName": "Mapping Fields",
							"type": "json",
							"required": false,
							"description": "Array of single-key objects mapping a field code to its value, e.g. [{\"carrier_code_in_file\": \"DPD-NEXTDAY\"}]",
							"jsonType": "array"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete an integration carrier mapping",
					"description": "Delete a integration carrier mapping by ID",
					"operationId": "destroyIntegrationCarrierMapping",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/integration_carrier_mapping_groups/{mapping_group_id}/mappings/{id}",
					"pathParams": [
						{
							"name": "mapping_group_id",
							"displayName": "Mapping Group ID",
							"required": true,
							"description": "The integration carrier mapping group ID",
							"schemaType": "integer"
						},
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The mapping ID",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update an integration carrier mapping",
					"description": "Update an existing integration carrier mapping. Returns 204 No Content on success.",
					"operationId": "updateIntegrationCarrierMapping",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/integration_carrier_mapping_groups/{mapping_group_id}/mappings/{id}",
					"pathParams": [
						{
							"name": "mapping_group_id",
							"displayName": "Mapping Group ID",
							"required": true,
							"description": "The integration carrier mapping group ID",
							"schemaType": "integer"
						},
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The mapping ID",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "integration_carrier_mappings",
					"successStatus": 204,
					"fields": [
						{
							"name": "carrier_id",
							"displayName": "Carrier ID",
							"type": "number",
							"required": false,
							"description": "Internal carrier ID",
							"integer": true
						},
						{
							"name": "carrier_service_id",
							"displayName": "Carrier Service ID",
							"type": "number",
							"required": false,
							"description": "Internal carrier service ID",
							"integer": true
						},
						{
							"name": "integration_carrier_id",
							"displayName": "Integration Carrier ID",
							"type": "number",
							"required": false,
							"description": "External entity ID (entity_type carrier)",
							"integer": true
						},
						{
							"name": "mapping_fields",
							"displayName": "Mapping Fields",
							"type": "json",
							"required": false,
							"description": "Array of single-key objects mapping a field code to its value, e.g. [{\"carrier_code_in_file\": \"DPD-NEXTDAY\"}]",
							"jsonType": "array"
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listIntegrationCarrierMappings",
				"summary": "List integration carrier mappings",
				"rootField": "integration_carrier_mappings",
				"connection": "all",
				"filterType": "IntegrationCarrierMappingFilterType",
				"nodeSelection": "id carrier { id } carrier_service { id } integration_carrier { id code } mapping_fields mapping_group_id",
				"nodeFields": [
					"id",
					"carrier",
					"carrier_service",
					"integration_carrier",
					"mapping_fields",
					"mapping_group_id"
				],
				"filters": [
					{
						"name": "mapping_group_id",
						"displayName": "Mapping Group ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Parent mapping group ID"
					},
					{
						"name": "carrier_id",
						"displayName": "Carrier ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Internal carrier ID"
					},
					{
						"name": "carrier_service_id",
						"displayName": "Carrier Service ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Internal carrier service ID"
					},
					{
						"name": "integration_carrier_id",
						"displayName": "Integration Carrier ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "External entity ID"
					},
					{
						"name": "integration_carrier_code",
						"displayName": "Integration Carrier Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "External entity code"
					},
					{
						"name": "created_at",
						"displayName": "Created At",
						"inputType": "DatetimeInputType",
						"operators": [
							"eq",
							"from",
							"to",
							"between"
						],
						"description": "Creation timestamp"
					}
				]
			}
		},
		{
			"key": "integration_product_mappings",
			"displayName": "Integration Product Mapping",
			"description": "Mapping: link external entities to internal records within a mapping group. Includes the generic mappings endpoint (for non-integration operation types) and the dedicated endpoints for integration carrier, shipping rate, warehouse, product, and FTP mappings.",
			"tag": "Mappings",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create an integration product mapping",
					"description": "Create a integration product mapping within its mapping group, linking an external entity to internal records",
					"operationId": "createIntegrationProductMapping",
					"kind": "create",
					"method": "POST",
					"path": "/api/integration_product_mapping_groups/{mapping_group_id}/mappings",
					"pathParams": [
						{
							"name": "mapping_group_id",
							"displayName": "Mapping Group ID",
							"required": true,
							"description": "The integration product mapping group ID",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "integration_product_mappings",
					"successStatus": 200,
					"fields": [
						{
							"name": "product_id",
							"displayName": "Product ID",
							"type": "number",
							"required": true,
							"description": "Internal product ID",
							"integer": true
						},
						{
							"name": "integration_product_id",
							"displayName": "Integration Product ID",
							"type": "number",
							"required": true,
							"description": "External entity ID (entity_type product)",
							"integer": true
						},
						{
							"name": "mapping_fields",
							"displayName": "Mapping Fields",
							"type": "json",
							"required": false,
							"description": "Array of single-key objects mapping a field code to its value, e.g. [{\"carrier_code_in_file\": \"DPD-NEXTDAY\"}]",
							"jsonType": "array"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete an integration product mapping",
					"description": "Delete a integration product mapping by ID",
					"operationId": "destroyIntegrationProductMapping",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/integration_product_mapping_groups/{mapping_group_id}/mappings/{id}",
					"pathParams": [
						{
							"name": "mapping_group_id",
							"displayName": "Mapping Group ID",
							"required": true,
							"description": "The integration product mapping group ID",
							"schemaType": "integer"
						},
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The mapping ID",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update an integration product mapping",
					"description": "Update an existing integration product mapping. Returns 204 No Content on success.",
					"operationId": "updateIntegrationProductMapping",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/integration_product_mapping_groups/{mapping_group_id}/mappings/{id}",
					"pathParams": [
						{
							"name": "mapping_group_id",
							"displayName": "Mapping Group ID",
							"required": true,
							"description": "The integration product mapping group ID",
							"schemaType": "integer"
						},
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The mapping ID",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "integration_product_mappings",
					"successStatus": 204,
					"fields": [
						{
							"name": "product_id",
							"displayName": "Product ID",
							"type": "number",
							"required": false,
							"description": "Internal product ID",
							"integer": true
						},
						{
							"name": "integration_product_id",
							"displayName": "Integration Product ID",
							"type": "number",
							"required": false,
							"description": "External entity ID (entity_type product)",
							"integer": true
						},
						{
							"name": "mapping_fields",
							"displayName": "Mapping Fields",
							"type": "json",
							"required": false,
							"description": "Array of single-key objects mapping a field code to its value, e.g. [{\"carrier_code_in_file\": \"DPD-NEXTDAY\"}]",
							"jsonType": "array"
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listIntegrationProductMappings",
				"summary": "List integration product mappings",
				"rootField": "integration_product_mappings",
				"connection": "all",
				"filterType": "IntegrationProductMappingFilterType",
				"nodeSelection": "id product { id code } integration_product { id code } mapping_fields mapping_group_id",
				"nodeFields": [
					"id",
					"product",
					"integration_product",
					"mapping_fields",
					"mapping_group_id"
				],
				"filters": [
					{
						"name": "mapping_group_id",
						"displayName": "Mapping Group ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Parent mapping group ID"
					},
					{
						"name": "product_id",
						"displayName": "Product ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Internal product ID"
					},
					{
						"name": "product_code",
						"displayName": "Product Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Internal product code"
					},
					{
						"name": "integration_product_id",
						"displayName": "Integration Product ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "External entity ID"
					},
					{
						"name": "integration_product_code",
						"displayName": "Integration Product Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "External entity code"
					},
					{
						"name": "created_at",
						"displayName": "Created At",
						"inputType": "DatetimeInputType",
						"operators": [
							"eq",
							"from",
							"to",
							"between"
						],
						"description": "Creation timestamp"
					}
				]
			}
		},
		{
			"key": "integration_shipping_rate_mappings",
			"displayName": "Integration Shipping Rate Mapping",
			"description": "Mapping: link external entities to internal records within a mapping group. Includes the generic mappings endpoint (for non-integration operation types) and the dedicated endpoints for integration carrier, shipping rate, warehouse, product, and FTP mappings.",
			"tag": "Mappings",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create an integration shipping rate mapping",
					"description": "Create a integration shipping rate mapping within its mapping group, linking an external entity to internal records",
					"operationId": "createIntegrationShippingRateMapping",
					"kind": "create",
					"method": "POST",
					"path": "/api/integration_shipping_rate_mapping_groups/{mapping_group_id}/mappings",
					"pathParams": [
						{
							"name": "mapping_group_id",
							"displayName": "Mapping Group ID",
							"required": true,
							"description": "The integration shipping rate mapping group ID",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "integration_shipping_rate_mappings",
					"successStatus": 200,
					"fields": [
						{
							"name": "integration_shipping_rate_id",
							"displayName": "Integration Shipping Rate ID",
							"type": "number",
							"required": true,
							"description": "External entity ID (entity_type shipping_rate)",
							"integer": true
						},
						{
							"name": "carrier_id",
							"displayName": "Carrier ID",
							"type": "number",
							"required": false,
							"description": "Internal carrier ID (must be set together with carrier_service_id)",
							"integer": true
						},
						{
							"name": "carrier_service_id",
							"displayName": "Carrier Service ID",
							"type": "number",
							"required": false,
							"description": "Internal carrier service ID (must be set together with carrier_id)",
							"integer": true
						},
						{
							"name": "mapping_fields",
							"displayName": "Mapping Fields",
							"type": "json",
							"required": false,
							"description": "Array of single-key objects mapping a field code to its value, e.g. [{\"carrier_code_in_file\": \"DPD-NEXTDAY\"}]",
							"jsonType": "array"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete an integration shipping rate mapping",
					"description": "Delete a integration shipping rate mapping by ID",
					"operationId": "destroyIntegrationShippingRateMapping",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/integration_shipping_rate_mapping_groups/{mapping_group_id}/mappings/{id}",
					"pathParams": [
						{
							"name": "mapping_group_id",
							"displayName": "Mapping Group ID",
							"required": true,
							"description": "The integration shipping rate mapping group ID",
							"schemaType": "integer"
						},
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The mapping ID",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update an integration shipping rate mapping",
					"description": "Update an existing integration shipping rate mapping. Returns 204 No Content on success.",
					"operationId": "updateIntegrationShippingRateMapping",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/integration_shipping_rate_mapping_groups/{mapping_group_id}/mappings/{id}",
					"pathParams": [
						{
							"name": "mapping_group_id",
							"displayName": "Mapping Group ID",
							"required": true,
							"description": "The integration shipping rate mapping group ID",
							"schemaType": "integer"
						},
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The mapping ID",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "integration_shipping_rate_mappings",
					"successStatus": 204,
					"fields": [
						{
							"name": "carrier_id",
							"displayName": "Carrier ID",
							"type": "number",
							"required": false,
							"description": "Internal carrier ID (must be set together with carrier_service_id)",
							"integer": true
						},
						{
							"name": "carrier_service_id",
							"displayName": "Carrier Service ID",
							"type": "number",
							"required": false,
							"description": "Internal carrier service ID (must be set together with carrier_id)",
							"integer": true
						},
						{
							"name": "integration_shipping_rate_id",
							"displayName": "Integration Shipping Rate ID",
							"type": "number",
							"required": false,
							"description": "External entity ID (entity_type shipping_rate)",
							"integer": true
						},
						{
							"name": "mapping_fields",
							"displayName": "Mapping Fields",
							"type": "json",
							"required": false,
							"description": "Array of single-key objects mapping a field code to its value, e.g. [{\"carrier_code_in_file\": \"DPD-NEXTDAY\"}]",
							"jsonType": "array"
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listIntegrationShippingRateMappings",
				"summary": "List integration shipping rate mappings",
				"rootField": "integration_shipping_rate_mappings",
				"connection": "all",
				"filterType": "IntegrationShippingRateMappingFilterType",
				"nodeSelection": "id carrier { id } carrier_service { id } integration_shipping_rate { id code } mapping_fields mapping_group_id",
				"nodeFields": [
					"id",
					"carrier",
					"carrier_service",
					"integration_shipping_rate",
					"mapping_fields",
					"mapping_group_id"
				],
				"filters": [
					{
						"name": "mapping_group_id",
						"displayName": "Mapping Group ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Parent mapping group ID"
					},
					{
						"name": "carrier_id",
						"displayName": "Carrier ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Internal carrier ID"
					},
					{
						"name": "carrier_service_id",
						"displayName": "Carrier Service ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Internal carrier service ID"
					},
					{
						"name": "integration_shipping_rate_id",
						"displayName": "Integration Shipping Rate ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "External entity ID"
					},
					{
						"name": "integration_shipping_rate_code",
						"displayName": "Integration Shipping Rate Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "External entity code"
					},
					{
						"name": "created_at",
						"displayName": "Created At",
						"inputType": "DatetimeInputType",
						"operators": [
							"eq",
							"from",
							"to",
							"between"
						],
						"description": "Creation timestamp"
					}
				]
			}
		},
		{
			"key": "integration_warehouse_mappings",
			"displayName": "Integration Warehouse Mapping",
			"description": "Mapping: link external entities to internal records within a mapping group. Includes the generic mappings endpoint (for non-integration operation types) and the dedicated endpoints for integration carrier, shipping rate, warehouse, product, and FTP mappings.",
			"tag": "Mappings",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create an integration warehouse mapping",
					"description": "Create a integration warehouse mapping within its mapping group, linking an external entity to internal records",
					"operationId": "createIntegrationWarehouseMapping",
					"kind": "create",
					"method": "POST",
					"path": "/api/integration_warehouse_mapping_groups/{mapping_group_id}/mappings",
					"pathParams": [
						{
							"name": "mapping_group_id",
							"displayName": "Mapping Group ID",
							"required": true,
							"description": "The integration warehouse mapping group ID",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "integration_warehouse_mappings",
					"successStatus": 200,
					"fields": [
						{
							"name": "warehouse_id",
							"displayName": "Warehouse ID",
							"type": "number",
							"required": true,
							"description": "Internal warehouse ID",
							"integer": true
						},
						{
							"name": "goods_out_bay_id",
							"displayName": "Goods Out Bay ID",
							"type": "number",
							"required": true,
							"description": "Internal goods-out bay location ID",
							"integer": true
						},
						{
							"name": "integration_warehouse_id",
							"displayName": "Integration Warehouse ID",
							"type": "number",
							"required": true,
							"description": "External entity ID (entity_type warehouse)",
							"integer": true
						},
						{
							"name": "mapping_fields",
							"displayName": "Mapping Fields",
							"type": "json",
							"required": false,
							"description": "Array of single-key objects mapping a field code to its value, e.g. [{\"carrier_code_in_file\": \"DPD-NEXTDAY\"}]",
							"jsonType": "array"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete an integration warehouse mapping",
					"description": "Delete a integration warehouse mapping by ID",
					"operationId": "destroyIntegrationWarehouseMapping",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/integration_warehouse_mapping_groups/{mapping_group_id}/mappings/{id}",
					"pathParams": [
						{
							"name": "mapping_group_id",
							"displayName": "Mapping Group ID",
							"required": true,
							"description": "The integration warehouse mapping group ID",
							"schemaType": "integer"
						},
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The mapping ID",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update an integration warehouse mapping",
					"description": "Update an existing integration warehouse mapping. Returns 204 No Content on success.",
					"operationId": "updateIntegrationWarehouseMapping",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/integration_warehouse_mapping_groups/{mapping_group_id}/mappings/{id}",
					"pathParams": [
						{
							"name": "mapping_group_id",
							"displayName": "Mapping Group ID",
							"required": true,
							"description": "The integration warehouse mapping group ID",
							"schemaType": "integer"
						},
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The mapping ID",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "integration_warehouse_mappings",
					"successStatus": 204,
					"fields": [
						{
							"name": "warehouse_id",
							"displayName": "Warehouse ID",
							"type": "number",
							"required": false,
							"description": "Internal warehouse ID",
							"integer": true
						},
						{
							"name": "goods_out_bay_id",
							"displayName": "Goods Out Bay ID",
							"type": "number",
							"required": false,
							"description": "Internal goods-out bay location ID",
							"integer": true
						},
						{
							"name": "integration_warehouse_id",
							"displayName": "Integration Warehouse ID",
							"type": "number",
							"required": false,
							"description": "External entity ID (entity_type warehouse)",
							"integer": true
						},
						{
							"name": "mapping_fields",
							"displayName": "Mapping Fields",
							"type": "json",
							"required": false,
							"description": "Array of single-key objects mapping a field code to its value, e.g. [{\"carrier_code_in_file\": \"DPD-NEXTDAY\"}]",
							"jsonType": "array"
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listIntegrationWarehouseMappings",
				"summary": "List integration warehouse mappings",
				"rootField": "integration_warehouse_mappings",
				"connection": "all",
				"filterType": "IntegrationWarehouseMappingFilterType",
				"nodeSelection": "id warehouse { id } goods_out_bay { id } integration_warehouse { id code } mapping_fields mapping_group_id",
				"nodeFields": [
					"id",
					"warehouse",
					"goods_out_bay",
					"integration_warehouse",
					"mapping_fields",
					"mapping_group_id"
				],
				"filters": [
					{
						"name": "mapping_group_id",
						"displayName": "Mapping Group ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Parent mapping group ID"
					},
					{
						"name": "warehouse_id",
						"displayName": "Warehouse ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Internal warehouse ID"
					},
					{
						"name": "goods_out_bay_id",
						"displayName": "Goods Out Bay ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Internal goods-out bay ID"
					},
					{
						"name": "integration_warehouse_id",
						"displayName": "Integration Warehouse ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "External entity ID"
					},
					{
						"name": "integration_warehouse_code",
						"displayName": "Integration Warehouse Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "External entity code"
					},
					{
						"name": "created_at",
						"displayName": "Created At",
						"inputType": "DatetimeInputType",
						"operators": [
							"eq",
							"from",
							"to",
							"between"
						],
						"description": "Creation timestamp"
					}
				]
			}
		},
		{
			"key": "loads",
			"displayName": "Load",
			"description": "Load management for grouping shipments onto vehicles",
			"tag": "Loads",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a load",
					"description": "Create a new load to group shipments onto a vehicle for dispatch",
					"operationId": "createLoad",
					"kind": "create",
					"method": "POST",
					"path": "/api/loads",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "loads",
					"successStatus": 200,
					"fields": [
						{
							"name": "reference",
							"displayName": "Reference",
							"type": "string",
							"required": false,
							"description": "Load reference number"
						},
						{
							"name": "warehouse_id",
							"displayName": "Warehouse ID",
							"type": "number",
							"required": false,
							"description": "Warehouse ID",
							"integer": true
						},
						{
							"name": "carrier_id",
							"displayName": "Carrier ID",
							"type": "number",
							"required": false,
							"description": "Carrier ID",
							"integer": true
						},
						{
							"name": "carrier_service_id",
							"displayName": "Carrier Service ID",
							"type": "number",
							"required": false,
							"description": "Carrier service ID",
							"integer": true
						},
						{
							"name": "trailer_id",
							"displayName": "Trailer ID",
							"type": "number",
							"required": false,
							"description": "Trailer ID",
							"integer": true
						},
						{
							"name": "expected_date_of_dispatch",
							"displayName": "Expected Date of Dispatch",
							"type": "string",
							"required": false,
							"description": "Expected dispatch date",
							"format": "date-time"
						},
						{
							"name": "external_system_reference1",
							"displayName": "External System Reference 1",
							"type": "string",
							"required": false,
							"description": "External system reference 1"
						},
						{
							"name": "external_system_reference2",
							"displayName": "External System Reference 2",
							"type": "string",
							"required": false,
							"description": "External system reference 2"
						},
						{
							"name": "external_system_reference3",
							"displayName": "External System Reference 3",
							"type": "string",
							"required": false,
							"description": "External system reference 3"
						},
						{
							"name": "string1",
							"displayName": "String 1",
							"type": "string",
							"required": false,
							"description": "Custom string field 1"
						},
						{
							"name": "string2",
							"displayName": "String 2",
							"type": "string",
							"required": false,
							"description": "Custom string field 2"
						},
						{
							"name": "string3",
							"displayName": "String 3",
							"type": "string",
							"required": false,
							"description": "Custom string field 3"
						},
						{
							"name": "string4",
							"displayName": "String 4",
							"type": "string",
							"required": false,
							"description": "Custom string field 4"
						},
						{
							"name": "string5",
							"displayName": "String 5",
							"type": "string",
							"required": false,
							"description": "Custom string field 5"
						},
						{
							"name": "integer1",
							"displayName": "Integer 1",
							"type": "number",
							"required": false,
							"description": "Custom integer field 1",
							"integer": true
						},
						{
							"name": "integer2",
							"displayName": "Integer 2",
							"type": "number",
							"required": false,
							"description": "Custom integer field 2",
							"integer": true
						},
						{
							"name": "integer3",
							"displayName": "Integer 3",
							"type": "number",
							"required": false,
							"description": "Custom integer field 3",
							"integer": true
						},
						{
							"name": "integer4",
							"displayName": "Integer 4",
							"type": "number",
							"required": false,
							"description": "Custom integer field 4",
							"integer": true
						},
						{
							"name": "integer5",
							"displayName": "Integer 5",
							"type": "number",
							"required": false,
							"description": "Custom integer field 5",
							"integer": true
						},
						{
							"name": "datetime1",
							"displayName": "Datetime 1",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 1",
							"format": "date-time"
						},
						{
							"name": "datetime2",
							"displayName": "Datetime 2",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 2",
							"format": "date-time"
						},
						{
							"name": "datetime3",
							"displayName": "Datetime 3",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 3",
							"format": "date-time"
						},
						{
							"name": "datetime4",
							"displayName": "Datetime 4",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 4",
							"format": "date-time"
						},
						{
							"name": "datetime5",
							"displayName": "Datetime 5",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 5",
							"format": "date-time"
						},
						{
							"name": "boolean1",
							"displayName": "Boolean 1",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 1"
						},
						{
							"name": "boolean2",
							"displayName": "Boolean 2",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 2"
						},
						{
							"name": "boolean3",
							"displayName": "Boolean 3",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 3"
						},
						{
							"name": "boolean4",
							"displayName": "Boolean 4",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 4"
						},
						{
							"name": "boolean5",
							"displayName": "Boolean 5",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 5"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a load",
					"description": "Delete a load. Loads that have been dispatched cannot be deleted.",
					"operationId": "destroyLoad",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/loads/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the load to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a load",
					"description": "Update an existing load's attributes such as carrier, trailer, or dispatch date",
					"operationId": "updateLoad",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/loads/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the load to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "loads",
					"successStatus": 200,
					"fields": [
						{
							"name": "reference",
							"displayName": "Reference",
							"type": "string",
							"required": false,
							"description": "Load reference number"
						},
						{
							"name": "warehouse_id",
							"displayName": "Warehouse ID",
							"type": "number",
							"required": false,
							"description": "Warehouse ID",
							"integer": true
						},
						{
							"name": "carrier_id",
							"displayName": "Carrier ID",
							"type": "number",
							"required": false,
							"description": "Carrier ID",
							"integer": true
						},
						{
							"name": "carrier_service_id",
							"displayName": "Carrier Service ID",
							"type": "number",
							"required": false,
							"description": "Carrier service ID",
							"integer": true
						},
						{
							"name": "trailer_id",
							"displayName": "Trailer ID",
							"type": "number",
							"required": false,
							"description": "Trailer ID",
							"integer": true
						},
						{
							"name": "expected_date_of_dispatch",
							"displayName": "Expected Date of Dispatch",
							"type": "string",
							"required": false,
							"description": "Expected dispatch date",
							"format": "date-time"
						},
						{
							"name": "external_system_reference1",
							"displayName": "External System Reference 1",
							"type": "string",
							"required": false,
							"description": "External system reference 1"
						},
						{
							"name": "external_system_reference2",
							"displayName": "External System Reference 2",
							"type": "string",
							"required": false,
							"description": "External system reference 2"
						},
						{
							"name": "external_system_reference3",
							"displayName": "External System Reference 3",
							"type": "string",
							"required": false,
							"description": "External system reference 3"
						},
						{
							"name": "string1",
							"displayName": "String 1",
							"type": "string",
							"required": false,
							"description": "Custom string field 1"
						},
						{
							"name": "string2",
							"displayName": "String 2",
							"type": "string",
							"required": false,
							"description": "Custom string field 2"
						},
						{
							"name": "string3",
							"displayName": "String 3",
							"type": "string",
							"required": false,
							"description": "Custom string field 3"
						},
						{
							"name": "string4",
							"displayName": "String 4",
							"type": "string",
							"required": false,
							"description": "Custom string field 4"
						},
						{
							"name": "string5",
							"displayName": "String 5",
							"type": "string",
							"required": false,
							"description": "Custom string field 5"
						},
						{
							"name": "integer1",
							"displayName": "Integer 1",
							"type": "number",
							"required": false,
							"description": "Custom integer field 1",
							"integer": true
						},
						{
							"name": "integer2",
							"displayName": "Integer 2",
							"type": "number",
							"required": false,
							"description": "Custom integer field 2",
							"integer": true
						},
						{
							"name": "integer3",
							"displayName": "Integer 3",
							"type": "number",
							"required": false,
							"description": "Custom integer field 3",
							"integer": true
						},
						{
							"name": "integer4",
							"displayName": "Integer 4",
							"type": "number",
							"required": false,
							"description": "Custom integer field 4",
							"integer": true
						},
						{
							"name": "integer5",
							"displayName": "Integer 5",
							"type": "number",
							"required": false,
							"description": "Custom integer field 5",
							"integer": true
						},
						{
							"name": "datetime1",
							"displayName": "Datetime 1",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 1",
							"format": "date-time"
						},
						{
							"name": "datetime2",
							"displayName": "Datetime 2",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 2",
							"format": "date-time"
						},
						{
							"name": "datetime3",
							"displayName": "Datetime 3",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 3",
							"format": "date-time"
						},
						{
							"name": "datetime4",
							"displayName": "Datetime 4",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 4",
							"format": "date-time"
						},
						{
							"name": "datetime5",
							"displayName": "Datetime 5",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 5",
							"format": "date-time"
						},
						{
							"name": "boolean1",
							"displayName": "Boolean 1",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 1"
						},
						{
							"name": "boolean2",
							"displayName": "Boolean 2",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 2"
						},
						{
							"name": "boolean3",
							"displayName": "Boolean 3",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 3"
						},
						{
							"name": "boolean4",
							"displayName": "Boolean 4",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 4"
						},
						{
							"name": "boolean5",
							"displayName": "Boolean 5",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 5"
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listLoads",
				"summary": "List loads",
				"rootField": "loads",
				"connection": "all",
				"filterType": "LoadFilterType",
				"nodeSelection": "id reference status expected_storage_unit_quantity number_of_storage_units_loaded load_by carrier { id code name } warehouse { id code name }",
				"nodeFields": [
					"id",
					"reference",
					"status",
					"expected_storage_unit_quantity",
					"number_of_storage_units_loaded",
					"load_by",
					"carrier",
					"warehouse"
				],
				"filters": [
					{
						"name": "reference",
						"displayName": "Reference",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Load reference"
					},
					{
						"name": "status",
						"displayName": "Status",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Load status (open, closed, dispatched, cancelled)"
					},
					{
						"name": "carrier_id",
						"displayName": "Carrier ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"in",
							"filled"
						],
						"description": "Filter by carrier ID"
					},
					{
						"name": "warehouse_id",
						"displayName": "Warehouse ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"in",
							"filled"
						],
						"description": "Filter by warehouse ID"
					},
					{
						"name": "load_by",
						"displayName": "Load By",
						"inputType": "DatetimeInputType",
						"operators": [
							"eq",
							"from",
							"to",
							"between"
						],
						"description": "Load by date"
					}
				]
			}
		},
		{
			"key": "load_drops",
			"displayName": "Load Drop",
			"description": "Load drop management: the individual delivery/collection stops on a load, including stop re-sequencing",
			"tag": "Load Drops",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a load drop",
					"description": "Create a load drop (a delivery/collection stop) on a load. Depending on the load's loading validation mode, exactly one of delivery_address_id or goods_out_id is required.",
					"operationId": "createLoadDrop",
					"kind": "create",
					"method": "POST",
					"path": "/api/load_drops",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "load_drops",
					"successStatus": 200,
					"fields": [
						{
							"name": "load_id",
							"displayName": "Load ID",
							"type": "number",
							"required": true,
							"description": "ID of the load this drop belongs to",
							"integer": true
						},
						{
							"name": "delivery_address_id",
							"displayName": "Delivery Address ID",
							"type": "number",
							"required": false,
							"description": "Delivery address for the drop (required when the load uses delivery-address validation)",
							"integer": true
						},
						{
							"name": "goods_out_id",
							"displayName": "Goods Out ID",
							"type": "number",
							"required": false,
							"description": "Goods out (sales order) for the drop (required when the load uses sales-order validation)",
							"integer": true
						},
						{
							"name": "booking_date",
							"displayName": "Booking Date",
							"type": "string",
							"required": false,
							"description": "Scheduled booking date/time",
							"format": "date-time"
						},
						{
							"name": "booking_reference",
							"displayName": "Booking Reference",
							"type": "string",
							"required": false,
							"description": "Booking reference"
						},
						{
							"name": "expected_storage_unit_quantity",
							"displayName": "Expected Storage Unit Quantity",
							"type": "number",
							"required": false,
							"description": "Expected number of storage units on this drop",
							"integer": true,
							"minimum": 0
						}
					],
					"relationships": []
				},
				{
					"key": "sequence",
					"name": "Sequence",
					"action": "Reorder a load drop",
					"description": "Move a load drop to an absolute stop position within its load. The other drops on the load are re-sequenced automatically. Send the target position as a top-level sequence integer.",
					"operationId": "sequenceLoadDrop",
					"kind": "action",
					"method": "PATCH",
					"path": "/api/load_drops/{id}/sequence",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the load drop to reorder",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "json",
					"successStatus": 204,
					"fields": [
						{
							"name": "sequence",
							"displayName": "Sequence",
							"type": "number",
							"required": true,
							"description": "Target stop position for the drop within its load",
							"integer": true,
							"minimum": 0
						}
					],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a load drop",
					"description": "Update an existing load drop's address, order, booking, or expected storage unit quantity",
					"operationId": "updateLoadDrop",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/load_drops/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the load drop to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "load_drops",
					"successStatus": 200,
					"fields": [
						{
							"name": "delivery_address_id",
							"displayName": "Delivery Address ID",
							"type": "number",
							"required": false,
							"description": "Delivery address for the drop",
							"integer": true
						},
						{
							"name": "goods_out_id",
							"displayName": "Goods Out ID",
							"type": "number",
							"required": false,
							"description": "Goods out (sales order) for the drop",
							"integer": true
						},
						{
							"name": "booking_date",
							"displayName": "Booking Date",
							"type": "string",
							"required": false,
							"description": "Scheduled booking date/time",
							"format": "date-time"
						},
						{
							"name": "booking_reference",
							"displayName": "Booking Reference",
							"type": "string",
							"required": false,
							"description": "Booking reference"
						},
						{
							"name": "expected_storage_unit_quantity",
							"displayName": "Expected Storage Unit Quantity",
							"type": "number",
							"required": false,
							"description": "Expected number of storage units on this drop",
							"integer": true,
							"minimum": 0
						}
					],
					"relationships": []
				}
			]
		},
		{
			"key": "load_tasks",
			"displayName": "Load Task",
			"description": "Load management for grouping shipments onto vehicles",
			"tag": "Loads",
			"operations": [
				{
					"key": "assignStorageUnit",
					"name": "Assign Storage Unit",
					"action": "Assign a storage unit to a load",
					"description": "Assign the load task's storage unit to a load and/or load drop without yet completing the load. Used by loading workflows that need to reserve a storage unit against a specific load (or drop within a load) before the operator physically loads it. At least one of load_id or load_drop_id must be supplied. This endpoint does NOT use JSON:API format.",
					"operationId": "assignLoadTaskStorageUnit",
					"kind": "action",
					"method": "POST",
					"path": "/api/load_tasks/{id}/assign_storage_unit",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the load task",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "json",
					"successStatus": 204,
					"fields": [
						{
							"name": "load_id",
							"displayName": "Load ID",
							"type": "number",
							"required": false,
							"description": "Load to assign the storage unit to",
							"integer": true
						},
						{
							"name": "load_drop_id",
							"displayName": "Load Drop ID",
							"type": "number",
							"required": false,
							"description": "Specific load drop within a load to assign the storage unit to",
							"integer": true
						}
					],
					"relationships": []
				},
				{
					"key": "loadStorageUnit",
					"name": "Load Storage Unit",
					"action": "Load a storage unit onto a load",
					"description": "Complete a load task by recording that its storage unit has been physically loaded onto the supplied load (or load drop). Validates the load's status, the load drop's status, and — when loading validation settings are enabled — any configured pick list / booking date / delivery address checks. The task transitions to COMPLETED, the load and load drop counters are incremented, and a load transaction is recorded. This endpoint does NOT use JSON:API format.",
					"operationId": "loadStorageUnit",
					"kind": "action",
					"method": "POST",
					"path": "/api/load_tasks/{id}/load_storage_unit",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the load task",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "json",
					"successStatus": 204,
					"fields": [
						{
							"name": "load_id",
							"displayName": "Load ID",
							"type": "number",
							"required": false,
							"description": "Load to load onto. Required unless the task already has a load assigned.",
							"integer": true
						},
						{
							"name": "load_drop_id",
							"displayName": "Load Drop ID",
							"type": "number",
							"required": false,
							"description": "Load drop within the load. Required unless the task already has a load drop assigned.",
							"integer": true
						}
					],
					"relationships": []
				},
				{
					"key": "unloadStorageUnit",
					"name": "Unload Storage Unit",
					"action": "Unload a storage unit from a load",
					"description": "Reverse a previously loaded storage unit, returning the load task to an available state and decrementing the load and load drop counters. Used when a storage unit needs to be taken back off a load before dispatch.",
					"operationId": "unloadStorageUnit",
					"kind": "action",
					"method": "POST",
					"path": "/api/load_tasks/{id}/unload_storage_unit",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the load task",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				}
			]
		},
		{
			"key": "locations",
			"displayName": "Location",
			"description": "Location management for warehouse storage locations",
			"tag": "Locations",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a location",
					"description": "Create a new storage location in the warehouse. Locations define where stock can be stored and picked from.",
					"operationId": "createLocation",
					"kind": "create",
					"method": "POST",
					"path": "/api/locations",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "locations",
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": true,
							"description": "Unique location code within the warehouse"
						},
						{
							"name": "warehouse_id",
							"displayName": "Warehouse ID",
							"type": "number",
							"required": true,
							"description": "ID of the warehouse this location belongs to",
							"integer": true
						},
						{
							"name": "location_type_id",
							"displayName": "Location Type ID",
							"type": "number",
							"required": true,
							"description": "ID of the location type (defines behavior)",
							"integer": true
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Location description"
						},
						{
							"name": "barcode",
							"displayName": "Barcode",
							"type": "string",
							"required": false,
							"description": "Scannable barcode for the location"
						},
						{
							"name": "aisle",
							"displayName": "Aisle",
							"type": "string",
							"required": false,
							"description": "Aisle identifier"
						},
						{
							"name": "bay",
							"displayName": "Bay",
							"type": "string",
							"required": false,
							"description": "Bay identifier within the aisle"
						},
						{
							"name": "level",
							"displayName": "Level",
							"type": "string",
							"required": false,
							"description": "Shelf level (height)"
						},
						{
							"name": "position",
							"displayName": "Position",
							"type": "string",
							"required": false,
							"description": "Position within the level"
						},
						{
							"name": "pick_sequence",
							"displayName": "Pick Sequence",
							"type": "number",
							"required": false,
							"description": "Order for pick routing optimization",
							"integer": true
						},
						{
							"name": "putaway_sequence",
							"displayName": "Putaway Sequence",
							"type": "number",
							"required": false,
							"description": "Order for putaway routing optimization",
							"integer": true
						},
						{
							"name": "max_weight",
							"displayName": "Max Weight",
							"type": "number",
							"required": false,
							"description": "Maximum weight capacity (kg)"
						},
						{
							"name": "max_cube",
							"displayName": "Max Cube",
							"type": "number",
							"required": false,
							"description": "Maximum volume capacity (cubic meters)"
						},
						{
							"name": "is_pickface",
							"displayName": "Is Pickface",
							"type": "boolean",
							"required": false,
							"description": "If true, this is a forward pick location"
						},
						{
							"name": "is_active",
							"displayName": "Is Active",
							"type": "boolean",
							"required": false,
							"description": "If false, location is disabled"
						},
						{
							"name": "string1",
							"displayName": "String 1",
							"type": "string",
							"required": false,
							"description": "Custom string field 1"
						},
						{
							"name": "string2",
							"displayName": "String 2",
							"type": "string",
							"required": false,
							"description": "Custom string field 2"
						},
						{
							"name": "string3",
							"displayName": "String 3",
							"type": "string",
							"required": false,
							"description": "Custom string field 3"
						},
						{
							"name": "string4",
							"displayName": "String 4",
							"type": "string",
							"required": false,
							"description": "Custom string field 4"
						},
						{
							"name": "string5",
							"displayName": "String 5",
							"type": "string",
							"required": false,
							"description": "Custom string field 5"
						},
						{
							"name": "integer1",
							"displayName": "Integer 1",
							"type": "number",
							"required": false,
							"description": "Custom integer field 1",
							"integer": true
						},
						{
							"name": "integer2",
							"displayName": "Integer 2",
							"type": "number",
							"required": false,
							"description": "Custom integer field 2",
							"integer": true
						},
						{
							"name": "integer3",
							"displayName": "Integer 3",
							"type": "number",
							"required": false,
							"description": "Custom integer field 3",
							"integer": true
						},
						{
							"name": "integer4",
							"displayName": "Integer 4",
							"type": "number",
							"required": false,
							"description": "Custom integer field 4",
							"integer": true
						},
						{
							"name": "integer5",
							"displayName": "Integer 5",
							"type": "number",
							"required": false,
							"description": "Custom integer field 5",
							"integer": true
						},
						{
							"name": "boolean1",
							"displayName": "Boolean 1",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 1"
						},
						{
							"name": "boolean2",
							"displayName": "Boolean 2",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 2"
						},
						{
							"name": "boolean3",
							"displayName": "Boolean 3",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 3"
						},
						{
							"name": "boolean4",
							"displayName": "Boolean 4",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 4"
						},
						{
							"name": "boolean5",
							"displayName": "Boolean 5",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 5"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a location",
					"description": "Delete a storage location. Locations with existing stock cannot be deleted.",
					"operationId": "destroyLocation",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/locations/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the location to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a location",
					"description": "Update an existing location's attributes such as its code, description, or capacity settings",
					"operationId": "updateLocation",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/locations/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the location to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "locations",
					"partial": true,
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": true,
							"description": "Unique location code within the warehouse"
						},
						{
							"name": "warehouse_id",
							"displayName": "Warehouse ID",
							"type": "number",
							"required": true,
							"description": "ID of the warehouse this location belongs to",
							"integer": true
						},
						{
							"name": "location_type_id",
							"displayName": "Location Type ID",
							"type": "number",
							"required": true,
							"description": "ID of the location type (defines behavior)",
							"integer": true
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Location description"
						},
						{
							"name": "barcode",
							"displayName": "Barcode",
							"type": "string",
							"required": false,
							"description": "Scannable barcode for the location"
						},
						{
							"name": "aisle",
							"displayName": "Aisle",
							"type": "string",
							"required": false,
							"description": "Aisle identifier"
						},
						{
							"name": "bay",
							"displayName": "Bay",
							"type": "string",
							"required": false,
							"description": "Bay identifier within the aisle"
						},
						{
							"name": "level",
							"displayName": "Level",
							"type": "string",
							"required": false,
							"description": "Shelf level (height)"
						},
						{
							"name": "position",
							"displayName": "Position",
							"type": "string",
							"required": false,
							"description": "Position within the level"
						},
						{
							"name": "pick_sequence",
							"displayName": "Pick Sequence",
							"type": "number",
							"required": false,
							"description": "Order for pick routing optimization",
							"integer": true
						},
						{
							"name": "putaway_sequence",
							"displayName": "Putaway Sequence",
							"type": "number",
							"required": false,
							"description": "Order for putaway routing optimization",
							"integer": true
						},
						{
							"name": "max_weight",
							"displayName": "Max Weight",
							"type": "number",
							"required": false,
							"description": "Maximum weight capacity (kg)"
						},
						{
							"name": "max_cube",
							"displayName": "Max Cube",
							"type": "number",
							"required": false,
							"description": "Maximum volume capacity (cubic meters)"
						},
						{
							"name": "is_pickface",
							"displayName": "Is Pickface",
							"type": "boolean",
							"required": false,
							"description": "If true, this is a forward pick location"
						},
						{
							"name": "is_active",
							"displayName": "Is Active",
							"type": "boolean",
							"required": false,
							"description": "If false, location is disabled"
						},
						{
							"name": "string1",
							"displayName": "String 1",
							"type": "string",
							"required": false,
							"description": "Custom string field 1"
						},
						{
							"name": "string2",
							"displayName": "String 2",
							"type": "string",
							"required": false,
							"description": "Custom string field 2"
						},
						{
							"name": "string3",
							"displayName": "String 3",
							"type": "string",
							"required": false,
							"description": "Custom string field 3"
						},
						{
							"name": "string4",
							"displayName": "String 4",
							"type": "string",
							"required": false,
							"description": "Custom string field 4"
						},
						{
							"name": "string5",
							"displayName": "String 5",
							"type": "string",
							"required": false,
							"description": "Custom string field 5"
						},
						{
							"name": "integer1",
							"displayName": "Integer 1",
							"type": "number",
							"required": false,
							"description": "Custom integer field 1",
							"integer": true
						},
						{
							"name": "integer2",
							"displayName": "Integer 2",
							"type": "number",
							"required": false,
							"description": "Custom integer field 2",
							"integer": true
						},
						{
							"name": "integer3",
							"displayName": "Integer 3",
							"type": "number",
							"required": false,
							"description": "Custom integer field 3",
							"integer": true
						},
						{
							"name": "integer4",
							"displayName": "Integer 4",
							"type": "number",
							"required": false,
							"description": "Custom integer field 4",
							"integer": true
						},
						{
							"name": "integer5",
							"displayName": "Integer 5",
							"type": "number",
							"required": false,
							"description": "Custom integer field 5",
							"integer": true
						},
						{
							"name": "boolean1",
							"displayName": "Boolean 1",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 1"
						},
						{
							"name": "boolean2",
							"displayName": "Boolean 2",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 2"
						},
						{
							"name": "boolean3",
							"displayName": "Boolean 3",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 3"
						},
						{
							"name": "boolean4",
							"displayName": "Boolean 4",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 4"
						},
						{
							"name": "boolean5",
							"displayName": "Boolean 5",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 5"
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listLocations",
				"summary": "List locations",
				"rootField": "locations",
				"connection": "all",
				"filterType": "LocationsFilterType",
				"nodeSelection": "id code description active is_pickface zone aisle row column slot walk_sequence warehouse { id code name }",
				"nodeFields": [
					"id",
					"code",
					"description",
					"active",
					"is_pickface",
					"zone",
					"aisle",
					"row",
					"column",
					"slot",
					"walk_sequence",
					"warehouse"
				],
				"filters": [
					{
						"name": "code",
						"displayName": "Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Location code"
					},
					{
						"name": "aisle",
						"displayName": "Aisle",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Location aisle"
					},
					{
						"name": "warehouse_code",
						"displayName": "Warehouse Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Filter by warehouse code"
					},
					{
						"name": "zone",
						"displayName": "Zone",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Location zone"
					},
					{
						"name": "storage_unit_type_id",
						"displayName": "Storage Unit Type ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"in",
							"filled"
						],
						"description": "Filter by storage unit type"
					},
					{
						"name": "walk_sequence",
						"displayName": "Walk Sequence",
						"inputType": "IntegerInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"between"
						],
						"description": "Pick walk sequence"
					}
				]
			}
		},
		{
			"key": "location_groups",
			"displayName": "Location Group",
			"description": "Group management for organizing products and locations",
			"tag": "Groups",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Add locations to a group",
					"description": "Add one or more locations to a location group. Provide location_id or location_ids.",
					"operationId": "createLocationGroup",
					"kind": "create",
					"method": "POST",
					"path": "/api/groups/{group_id}/location_groups",
					"pathParams": [
						{
							"name": "group_id",
							"displayName": "Group ID",
							"required": true,
							"description": "The group ID",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "location_groups",
					"successStatus": 200,
					"fields": [
						{
							"name": "group_id",
							"displayName": "Group ID",
							"type": "number",
							"required": true,
							"description": "The group ID",
							"integer": true
						},
						{
							"name": "location_id",
							"displayName": "Location ID",
							"type": "number",
							"required": false,
							"description": "Single location ID (required if location_ids omitted)",
							"integer": true
						},
						{
							"name": "location_ids",
							"displayName": "Location IDs",
							"type": "json",
							"required": false,
							"description": "Array of location IDs (required if location_id omitted)",
							"jsonType": "array",
							"itemType": "integer"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Remove a location from a group",
					"description": "Remove a location from a location group. Pass the location_id as a query parameter.",
					"operationId": "destroyLocationGroup",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/groups/{group_id}/location_group",
					"pathParams": [
						{
							"name": "group_id",
							"displayName": "Group ID",
							"required": true,
							"description": "The group ID",
							"schemaType": "integer"
						}
					],
					"queryParams": [
						{
							"name": "location_id",
							"displayName": "Location ID",
							"required": true,
							"description": "The location ID to remove from the group",
							"schemaType": "integer"
						}
					],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				}
			]
		},
		{
			"key": "location_ranges",
			"displayName": "Location Range",
			"description": "Location management for warehouse storage locations",
			"tag": "Locations",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Generate locations from a range",
					"description": "Bulk-generate Location records from zone/aisle/column/row/slot ranges. Returns 204 No Content; the generated locations can be read via the Locations GraphQL list.",
					"operationId": "createLocationRange",
					"kind": "create",
					"method": "POST",
					"path": "/api/location_ranges",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "location_ranges",
					"successStatus": 204,
					"fields": [
						{
							"name": "warehouse_id",
							"displayName": "Warehouse ID",
							"type": "number",
							"required": true,
							"description": "Target warehouse ID",
							"integer": true
						},
						{
							"name": "location_type_id",
							"displayName": "Location Type ID",
							"type": "number",
							"required": true,
							"description": "Location type ID for created locations",
							"integer": true
						},
						{
							"name": "prefix",
							"displayName": "Prefix",
							"type": "string",
							"required": false,
							"description": "Code prefix"
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Description applied to created locations"
						},
						{
							"name": "range_start_zone",
							"displayName": "Range Start Zone",
							"type": "string",
							"required": false,
							"description": "Start of zone range"
						},
						{
							"name": "range_end_zone",
							"displayName": "Range End Zone",
							"type": "string",
							"required": false,
							"description": "End of zone range"
						},
						{
							"name": "range_start_aisle",
							"displayName": "Range Start Aisle",
							"type": "string",
							"required": false,
							"description": "Start of aisle range"
						},
						{
							"name": "range_end_aisle",
							"displayName": "Range End Aisle",
							"type": "string",
							"required": false,
							"description": "End of aisle range"
						},
						{
							"name": "range_start_column",
							"displayName": "Range Start Column",
							"type": "string",
							"required": false,
							"description": "Start of column range"
						},
						{
							"name": "range_end_column",
							"displayName": "Range End Column",
							"type": "string",
							"required": false,
							"description": "End of column range"
						},
						{
							"name": "range_start_row",
							"displayName": "Range Start Row",
							"type": "string",
							"required": false,
							"description": "Start of row range"
						},
						{
							"name": "range_end_row",
							"displayName": "Range End Row",
							"type": "string",
							"required": false,
							"description": "End of row range"
						},
						{
							"name": "range_start_slot",
							"displayName": "Range Start Slot",
							"type": "string",
							"required": false,
							"description": "Start of slot range"
						},
						{
							"name": "range_end_slot",
							"displayName": "Range End Slot",
							"type": "string",
							"required": false,
							"description": "End of slot range"
						},
						{
							"name": "active",
							"displayName": "Active",
							"type": "boolean",
							"required": false,
							"description": "Whether created locations are active"
						},
						{
							"name": "is_pickface",
							"displayName": "Is Pickface",
							"type": "boolean",
							"required": false,
							"description": "Whether created locations are pickfaces"
						},
						{
							"name": "max_storage_units",
							"displayName": "Max Storage Units",
							"type": "number",
							"required": false,
							"description": "Max storage units per location (>= 0)",
							"integer": true,
							"minimum": 0
						}
					],
					"relationships": []
				}
			]
		},
		{
			"key": "location_types",
			"displayName": "Location Type",
			"description": "Location type management for classifying warehouse locations",
			"tag": "Location Types",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a location type",
					"description": "Create a location type used to classify warehouse locations",
					"operationId": "createLocationType",
					"kind": "create",
					"method": "POST",
					"path": "/api/location_types",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "location_types",
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": true,
							"description": "Unique location type code (e.g. 'BAY', 'WORK', 'PICKANDDROP')"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": true,
							"description": "Location type display name"
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Location type description"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a location type",
					"description": "Delete a location type by ID. Location types in use by locations cannot be deleted.",
					"operationId": "destroyLocationType",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/location_types/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the location type to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a location type",
					"description": "Update an existing location type's code, name, or description",
					"operationId": "updateLocationType",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/location_types/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the location type to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "location_types",
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": false,
							"description": "Unique location type code (e.g. 'BAY', 'WORK', 'PICKANDDROP')"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "Location type display name"
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Location type description"
						}
					],
					"relationships": []
				}
			]
		},
		{
			"key": "mappings",
			"displayName": "Mapping",
			"description": "Mapping: link external entities to internal records within a mapping group. Includes the generic mappings endpoint (for non-integration operation types) and the dedicated endpoints for integration carrier, shipping rate, warehouse, product, and FTP mappings.",
			"tag": "Mappings",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a mapping",
					"description": "Create a generic mapping within a (non-integration) mapping group",
					"operationId": "createMapping",
					"kind": "create",
					"method": "POST",
					"path": "/api/mappings",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "mappings",
					"successStatus": 200,
					"fields": [
						{
							"name": "mapping_group_id",
							"displayName": "Mapping Group ID",
							"type": "number",
							"required": true,
							"description": "ID of the mapping group this mapping belongs to",
							"integer": true
						},
						{
							"name": "mapping_fields",
							"displayName": "Mapping Fields",
							"type": "json",
							"required": false,
							"description": "Free-form map of mapping-group field code → value (codes must match the group's mapping_group_fields)",
							"jsonType": "object"
						},
						{
							"name": "operation_type_fields",
							"displayName": "Operation Type Fields",
							"type": "json",
							"required": false,
							"description": "Free-form map of operation-type field code → value (validated against the operation type's required fields)",
							"jsonType": "object"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a mapping",
					"description": "Delete a generic mapping by ID",
					"operationId": "destroyMapping",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/mappings/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the mapping to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a mapping",
					"description": "Update a generic mapping's field values",
					"operationId": "updateMapping",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/mappings/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the mapping to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "mappings",
					"successStatus": 200,
					"fields": [
						{
							"name": "mapping_fields",
							"displayName": "Mapping Fields",
							"type": "json",
							"required": false,
							"description": "Free-form map of mapping-group field code → value (codes must match the group's mapping_group_fields)",
							"jsonType": "object"
						},
						{
							"name": "operation_type_fields",
							"displayName": "Operation Type Fields",
							"type": "json",
							"required": false,
							"description": "Free-form map of operation-type field code → value (validated against the operation type's required fields)",
							"jsonType": "object"
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listMappings",
				"summary": "List mappings",
				"rootField": "mappings",
				"connection": "all",
				"filterType": "MappingFilterType",
				"nodeSelection": "id mapping_group_id mapping_fields { id code value }",
				"nodeFields": [
					"id",
					"mapping_group_id",
					"mapping_fields"
				],
				"filters": [
					{
						"name": "id",
						"displayName": "ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Mapping ID"
					},
					{
						"name": "mapping_group_id",
						"displayName": "Mapping Group ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Parent mapping group ID"
					},
					{
						"name": "mapping_group_name",
						"displayName": "Mapping Group Name",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Parent mapping group name"
					},
					{
						"name": "created_at",
						"displayName": "Created At",
						"inputType": "DatetimeInputType",
						"operators": [
							"eq",
							"from",
							"to",
							"between"
						],
						"description": "Creation timestamp"
					}
				]
			}
		},
		{
			"key": "mapping_groups",
			"displayName": "Mapping Group",
			"description": "Mapping group: containers that link external entities to internal entities for a given operation type, plus their field definitions",
			"tag": "Mapping Groups",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a mapping group",
					"description": "Create a mapping group — the container that links external entities to internal entities for a given operation type",
					"operationId": "createMappingGroup",
					"kind": "create",
					"method": "POST",
					"path": "/api/mapping_groups",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "mapping_groups",
					"successStatus": 200,
					"fields": [
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": true,
							"description": "Mapping group name"
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": true,
							"description": "Mapping group description"
						},
						{
							"name": "operation_type",
							"displayName": "Operation Type",
							"type": "options",
							"required": true,
							"description": "Purpose of the mapping group. Integration types (integration_carrier, integration_shipping_rate, integration_warehouse, integration_product) have their mappings managed via the dedicated nested endpoints; stock_hold/stock_release use the generic Mappings endpoint. Additional internal integration-specific types also exist but are not documented here.",
							"options": [
								"stock_hold",
								"stock_release",
								"integration_carrier",
								"integration_shipping_rate",
								"integration_warehouse",
								"integration_product",
								"ftp"
							]
						},
						{
							"name": "integration_id",
							"displayName": "Integration ID",
							"type": "number",
							"required": false,
							"description": "ID of the integration this group belongs to",
							"integer": true
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a mapping group",
					"description": "Delete a mapping group by ID",
					"operationId": "destroyMappingGroup",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/mapping_groups/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the mapping group to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a mapping group",
					"description": "Update a mapping group's name or description. The operation type cannot be changed.",
					"operationId": "updateMappingGroup",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/mapping_groups/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the mapping group to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "mapping_groups",
					"successStatus": 200,
					"fields": [
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "Mapping group name"
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Mapping group description"
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listMappingGroups",
				"summary": "List mapping groups",
				"rootField": "mapping_groups",
				"connection": "all",
				"filterType": "MappingGroupFilterType",
				"nodeSelection": "id name description operation_type integration { id } mapping_group_fields { id field_name field_type }",
				"nodeFields": [
					"id",
					"name",
					"description",
					"operation_type",
					"integration",
					"mapping_group_fields"
				],
				"filters": [
					{
						"name": "name",
						"displayName": "Name",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Group name"
					},
					{
						"name": "description",
						"displayName": "Description",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Group description"
					},
					{
						"name": "operation_type",
						"displayName": "Operation Type",
						"inputType": "OperationTypeInputType",
						"operators": [
							"eq",
							"in"
						],
						"description": "Operation type (enum input)"
					},
					{
						"name": "integration_id",
						"displayName": "Integration ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Owning integration ID"
					},
					{
						"name": "created_at",
						"displayName": "Created At",
						"inputType": "DatetimeInputType",
						"operators": [
							"eq",
							"from",
							"to",
							"between"
						],
						"description": "Creation timestamp"
					}
				]
			}
		},
		{
			"key": "mapping_group_fields",
			"displayName": "Mapping Group Field",
			"description": "Mapping group: containers that link external entities to internal entities for a given operation type, plus their field definitions",
			"tag": "Mapping Groups",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a mapping group field",
					"description": "Define a field that this mapping group's mappings can set. Field codes are referenced by mapping_fields when creating mappings.",
					"operationId": "createMappingGroupField",
					"kind": "create",
					"method": "POST",
					"path": "/api/mapping_groups/{mapping_group_id}/mapping_group_fields",
					"pathParams": [
						{
							"name": "mapping_group_id",
							"displayName": "Mapping Group ID",
							"required": true,
							"description": "The mapping group to add the field to",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "mapping_group_fields",
					"successStatus": 200,
					"fields": [
						{
							"name": "field_name",
							"displayName": "Field Name",
							"type": "string",
							"required": true,
							"description": "Field code (alphanumerics and underscores only)"
						},
						{
							"name": "field_type",
							"displayName": "Field Type",
							"type": "options",
							"required": true,
							"description": "Field data type",
							"options": [
								"string"
							]
						}
					],
					"relationships": []
				}
			]
		},
		{
			"key": "order_types",
			"displayName": "Order Type",
			"description": "Order type",
			"tag": "Order Types",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create an order type",
					"description": "Create a order type",
					"operationId": "createOrderType",
					"kind": "create",
					"method": "POST",
					"path": "/api/order_types",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "order_types",
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": true,
							"description": "Unique order type code"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": true,
							"description": "Order type name"
						},
						{
							"name": "duty_payable",
							"displayName": "Duty Payable",
							"type": "boolean",
							"required": true,
							"description": "Whether duty is payable on this order type"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete an order type",
					"description": "Delete a order type by ID",
					"operationId": "destroyOrderType",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/order_types/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the order type",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update an order type",
					"description": "Update an existing order type. Returns 204 No Content on success.",
					"operationId": "updateOrderType",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/order_types/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the order type",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "order_types",
					"successStatus": 204,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": false,
							"description": "Unique order type code"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "Order type name"
						},
						{
							"name": "duty_payable",
							"displayName": "Duty Payable",
							"type": "boolean",
							"required": false,
							"description": "Whether duty is payable on this order type"
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listOrderTypes",
				"summary": "List order types",
				"rootField": "order_types",
				"connection": "all",
				"filterType": "OrderTypeFilterType",
				"nodeSelection": "id code name duty_payable",
				"nodeFields": [
					"id",
					"code",
					"name",
					"duty_payable"
				],
				"filters": [
					{
						"name": "code",
						"displayName": "Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Order type code"
					},
					{
						"name": "name",
						"displayName": "Name",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Order type name"
					},
					{
						"name": "duty_payable",
						"displayName": "Duty Payable",
						"inputType": "BooleanInputType",
						"operators": [
							"eq"
						],
						"description": "Whether duty is payable"
					},
					{
						"name": "created_at",
						"displayName": "Created At",
						"inputType": "DatetimeInputType",
						"operators": [
							"eq",
							"from",
							"to",
							"between"
						],
						"description": "Creation timestamp"
					}
				]
			}
		},
		{
			"key": "packages",
			"displayName": "Package",
			"description": "Package: parcels within a shipment, with dimensions and tracking",
			"tag": "Packages",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a package",
					"description": "Create a package",
					"operationId": "createPackage",
					"kind": "create",
					"method": "POST",
					"path": "/api/packages",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "packages",
					"successStatus": 200,
					"fields": [
						{
							"name": "storage_unit_type_id",
							"displayName": "Storage Unit Type ID",
							"type": "number",
							"required": true,
							"description": "Storage unit type ID",
							"integer": true
						},
						{
							"name": "shipment_id",
							"displayName": "Shipment ID",
							"type": "number",
							"required": false,
							"description": "Shipment this package belongs to",
							"integer": true
						},
						{
							"name": "storage_unit_id",
							"displayName": "Storage Unit ID",
							"type": "number",
							"required": false,
							"description": "Storage unit ID",
							"integer": true
						},
						{
							"name": "tracking_number",
							"displayName": "Tracking Number",
							"type": "string",
							"required": false,
							"description": "Carrier tracking number"
						},
						{
							"name": "dimensions",
							"displayName": "Dimensions",
							"type": "json",
							"required": false,
							"description": "Package dimensions",
							"jsonType": "object"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a package",
					"description": "Delete a package by ID",
					"operationId": "destroyPackage",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/packages/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the package",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a package",
					"description": "Update an existing package",
					"operationId": "updatePackage",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/packages/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the package",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "packages",
					"successStatus": 200,
					"fields": [
						{
							"name": "shipment_id",
							"displayName": "Shipment ID",
							"type": "number",
							"required": false,
							"description": "Shipment this package belongs to",
							"integer": true
						},
						{
							"name": "storage_unit_type_id",
							"displayName": "Storage Unit Type ID",
							"type": "number",
							"required": false,
							"description": "Storage unit type ID",
							"integer": true
						},
						{
							"name": "storage_unit_id",
							"displayName": "Storage Unit ID",
							"type": "number",
							"required": false,
							"description": "Storage unit ID",
							"integer": true
						},
						{
							"name": "tracking_number",
							"displayName": "Tracking Number",
							"type": "string",
							"required": false,
							"description": "Carrier tracking number"
						},
						{
							"name": "dimensions",
							"displayName": "Dimensions",
							"type": "json",
							"required": false,
							"description": "Package dimensions",
							"jsonType": "object"
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listPackages",
				"summary": "List packages",
				"rootField": "packages",
				"connection": "all",
				"filterType": "PackageFilterType",
				"nodeSelection": "id tracking_number shipment { id reference } storage_unit_type { id code }",
				"nodeFields": [
					"id",
					"tracking_number",
					"shipment",
					"storage_unit_type"
				],
				"filters": [
					{
						"name": "shipment_id",
						"displayName": "Shipment ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Shipment ID"
					},
					{
						"name": "shipment_reference",
						"displayName": "Shipment Reference",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Shipment reference"
					},
					{
						"name": "storage_unit_id",
						"displayName": "Storage Unit ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Storage unit ID"
					},
					{
						"name": "storage_unit_type_code",
						"displayName": "Storage Unit Type Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Storage unit type code"
					},
					{
						"name": "tracking_number",
						"displayName": "Tracking Number",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Carrier tracking number"
					}
				]
			}
		},
		{
			"key": "pick_processing_requests",
			"displayName": "Pick Processing Request",
			"description": "Pick processing for generating pick lists and order fulfillment workflows",
			"tag": "Goods Out: Processing",
			"operations": [],
			"list": {
				"operationId": "listPickProcessingRequests",
				"summary": "List pick processing requests",
				"rootField": "pick_processing_requests",
				"connection": "all",
				"filterType": "PickProcessingRequestFilterType",
				"nodeSelection": "status process_reference message goods_out { id reference } created_at",
				"nodeFields": [
					"status",
					"process_reference",
					"message",
					"goods_out",
					"created_at"
				],
				"filters": [
					{
						"name": "goods_out_id",
						"displayName": "Goods Out ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Goods out (sales order) ID"
					},
					{
						"name": "goods_out_reference",
						"displayName": "Goods Out Reference",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Goods out reference"
					},
					{
						"name": "status",
						"displayName": "Status",
						"inputType": "StatusInputType",
						"operators": [
							"eq",
							"in"
						],
						"description": "Request status (enum input — pending, completed, failed)"
					},
					{
						"name": "process_reference",
						"displayName": "Process Reference",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Processing reference"
					},
					{
						"name": "created_at",
						"displayName": "Created At",
						"inputType": "DatetimeInputType",
						"operators": [
							"eq",
							"from",
							"to",
							"between"
						],
						"description": "Creation timestamp"
					},
					{
						"name": "updated_at",
						"displayName": "Updated At",
						"inputType": "DatetimeInputType",
						"operators": [
							"eq",
							"from",
							"to",
							"between"
						],
						"description": "Last update timestamp"
					}
				]
			}
		},
		{
			"key": "pickface_products",
			"displayName": "Pickface Product",
			"description": "Product management for creating, updating, and deleting products in the warehouse catalog. GraphQL Filtering Guide Products support individual code/barcode filters: code, barcode, case_barcode, inner_barcode, outer_barcode. Each supports operators: eq, ilike, in, like, between. When multiple individual filters are used together, they are AND'd (all conditions must match). The all_codes filter all_codes is a specialized cross-field search that ORs across all 5 code fields (code, barcode, case_barcode, inner_barcode, outer_barcode) in a single query. It performs exact matching (IN operator), not partial/ILIKE matching. When to use all_codes: Only when you have a code or barcode value and don't know which field it belongs to: e.g., a user scans a barcode that could be a unit barcode, case barcode, inner barcode, or outer barcode. When NOT to use all_codes: When you know which specific code field to search. Use the individual filter instead for better performance and precision.",
			"tag": "Products",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a pickface product assignment",
					"description": "Assign a product to a pickface location for replenishment. Exactly one of location_id or location_group_id must be provided to specify where the product will be picked from.",
					"operationId": "createPickfaceProduct",
					"kind": "create",
					"method": "POST",
					"path": "/api/pickface_products",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "pickface_products",
					"successStatus": 200,
					"fields": [
						{
							"name": "product_id",
							"displayName": "Product ID",
							"type": "number",
							"required": true,
							"description": "The product to assign to the pickface location",
							"integer": true,
							"example": 123
						},
						{
							"name": "full_storage_units_only",
							"displayName": "Full Storage Units Only",
							"type": "boolean",
							"required": false,
							"description": "Whether to replenish only with full storage units",
							"example": false
						},
						{
							"name": "location_group_id",
							"displayName": "Location Group ID",
							"type": "number",
							"required": false,
							"description": "Location group ID for the pickface. Exactly one of location_id or location_group_id must be provided",
							"integer": true
						},
						{
							"name": "location_id",
							"displayName": "Location ID",
							"type": "number",
							"required": false,
							"description": "Pickface location ID. Exactly one of location_id or location_group_id must be provided",
							"integer": true,
							"example": 456
						},
						{
							"name": "priority",
							"displayName": "Priority",
							"type": "number",
							"required": false,
							"description": "Replenishment priority (lower number = higher priority)",
							"integer": true,
							"minimum": 0,
							"example": 1
						},
						{
							"name": "replenishment_type",
							"displayName": "Replenishment Type",
							"type": "options",
							"required": false,
							"description": "Type of replenishment strategy",
							"options": [
								"continuous",
								"demand",
								"order_volume"
							],
							"example": "continuous"
						},
						{
							"name": "trigger_max",
							"displayName": "Trigger Max",
							"type": "number",
							"required": false,
							"description": "Maximum stock level - replenishment target quantity",
							"integer": true,
							"minimum": 0,
							"example": 100
						},
						{
							"name": "trigger_min",
							"displayName": "Trigger Min",
							"type": "number",
							"required": false,
							"description": "Minimum stock level that triggers replenishment",
							"integer": true,
							"minimum": 0,
							"example": 10
						}
					],
					"relationships": []
				}
			]
		},
		{
			"key": "printers",
			"displayName": "Printer",
			"description": "Cloud Print printer management for document and label printing",
			"tag": "Printers",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a printer",
					"description": "Register a Cloud Print printer. Printers are linked to a Cloud Print integration and can print documents and/or labels.",
					"operationId": "createPrinter",
					"kind": "create",
					"method": "POST",
					"path": "/api/printers",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "printers",
					"successStatus": 200,
					"fields": [
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": true,
							"description": "Printer name"
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Printer description"
						},
						{
							"name": "supports_documents",
							"displayName": "Supports Documents",
							"type": "boolean",
							"required": false,
							"description": "Whether the printer can print documents"
						},
						{
							"name": "supports_labels",
							"displayName": "Supports Labels",
							"type": "boolean",
							"required": false,
							"description": "Whether the printer can print labels"
						},
						{
							"name": "is_default",
							"displayName": "Is Default",
							"type": "boolean",
							"required": false,
							"description": "Whether this is the default printer"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a printer",
					"description": "Delete a printer by ID",
					"operationId": "destroyPrinter",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/printers/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the printer to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a printer",
					"description": "Update an existing printer's name, description, capabilities, or default flag",
					"operationId": "updatePrinter",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/printers/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the printer to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "printers",
					"successStatus": 200,
					"fields": [
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "Printer name"
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Printer description"
						},
						{
							"name": "supports_documents",
							"displayName": "Supports Documents",
							"type": "boolean",
							"required": false,
							"description": "Whether the printer can print documents"
						},
						{
							"name": "supports_labels",
							"displayName": "Supports Labels",
							"type": "boolean",
							"required": false,
							"description": "Whether the printer can print labels"
						},
						{
							"name": "is_default",
							"displayName": "Is Default",
							"type": "boolean",
							"required": false,
							"description": "Whether this is the default printer"
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listPrinters",
				"summary": "List printers",
				"rootField": "printers",
				"connection": "all",
				"filterType": "PrinterFilterType",
				"nodeSelection": "id name description is_default supports_documents supports_labels status integration { id }",
				"nodeFields": [
					"id",
					"name",
					"description",
					"is_default",
					"supports_documents",
					"supports_labels",
					"status",
					"integration"
				],
				"filters": [
					{
						"name": "id",
						"displayName": "ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Printer ID"
					},
					{
						"name": "integration_id",
						"displayName": "Integration ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Cloud Print integration ID"
					},
					{
						"name": "integration_name",
						"displayName": "Integration Name",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Cloud Print integration name"
					},
					{
						"name": "name",
						"displayName": "Name",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Printer name"
					},
					{
						"name": "description",
						"displayName": "Description",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Printer description"
					},
					{
						"name": "is_default",
						"displayName": "Is Default",
						"inputType": "BooleanInputType",
						"operators": [
							"eq"
						],
						"description": "Whether this is the default printer"
					},
					{
						"name": "supports_documents",
						"displayName": "Supports Documents",
						"inputType": "BooleanInputType",
						"operators": [
							"eq"
						],
						"description": "Whether the printer can print documents"
					},
					{
						"name": "supports_labels",
						"displayName": "Supports Labels",
						"inputType": "BooleanInputType",
						"operators": [
							"eq"
						],
						"description": "Whether the printer can print labels"
					},
					{
						"name": "status",
						"displayName": "Status",
						"inputType": "StatusInputType",
						"operators": [
							"eq",
							"in"
						],
						"description": "Printer status (enum input — AVAILABLE, ACCESS_REVOKED)"
					}
				]
			}
		},
		{
			"key": "products",
			"displayName": "Product",
			"description": "Product management for creating, updating, and deleting products in the warehouse catalog. GraphQL Filtering Guide Products support individual code/barcode filters: code, barcode, case_barcode, inner_barcode, outer_barcode. Each supports operators: eq, ilike, in, like, between. When multiple individual filters are used together, they are AND'd (all conditions must match). The all_codes filter all_codes is a specialized cross-field search that ORs across all 5 code fields (code, barcode, case_barcode, inner_barcode, outer_barcode) in a single query. It performs exact matching (IN operator), not partial/ILIKE matching. When to use all_codes: Only when you have a code or barcode value and don't know which field it belongs to: e.g., a user scans a barcode that could be a unit barcode, case barcode, inner barcode, or outer barcode. When NOT to use all_codes: When you know which specific code field to search. Use the individual filter instead for better performance and precision.",
			"tag": "Products",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a product",
					"description": "Create a new product in the warehouse catalog. Products are the master data for inventory items and define how stock is tracked, picked, and stored.",
					"operationId": "createProduct",
					"kind": "create",
					"method": "POST",
					"path": "/api/products",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "products",
					"successStatus": 200,
					"fields": [
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": true,
							"description": "Short product description displayed in lists"
						},
						{
							"name": "stock_unit_type_id",
							"displayName": "Stock Unit Type ID",
							"type": "number",
							"required": true,
							"description": "ID of the stock unit type (defines measurement unit)",
							"integer": true
						},
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": false,
							"description": "Unique product code/SKU"
						},
						{
							"name": "long_description",
							"displayName": "Long Description",
							"type": "string",
							"required": false,
							"description": "Extended product description"
						},
						{
							"name": "barcode",
							"displayName": "Barcode",
							"type": "string",
							"required": false,
							"description": "Primary product barcode (unit level)"
						},
						{
							"name": "case_barcode",
							"displayName": "Case Barcode",
							"type": "string",
							"required": false,
							"description": "Barcode for case-level packaging"
						},
						{
							"name": "inner_barcode",
							"displayName": "Inner Barcode",
							"type": "string",
							"required": false,
							"description": "Barcode for inner pack level"
						},
						{
							"name": "outer_barcode",
							"displayName": "Outer Barcode",
							"type": "string",
							"required": false,
							"description": "Barcode for outer case/pallet level"
						},
						{
							"name": "commodity_code",
							"displayName": "Commodity Code",
							"type": "string",
							"required": false,
							"description": "Harmonized System (HS) commodity code for customs"
						},
						{
							"name": "country_of_manufacture",
							"displayName": "Country of Manufacture",
							"type": "string",
							"required": false,
							"description": "ISO country code of manufacture origin"
						},
						{
							"name": "customs_description",
							"displayName": "Customs Description",
							"type": "string",
							"required": false,
							"description": "Product description for customs declarations"
						},
						{
							"name": "shelf_life_min",
							"displayName": "Shelf Life Min",
							"type": "number",
							"required": false,
							"description": "Minimum acceptable shelf life in days at receipt",
							"integer": true,
							"minimum": 1
						},
						{
							"name": "shelf_life_max",
							"displayName": "Shelf Life Max",
							"type": "number",
							"required": false,
							"description": "Maximum shelf life in days from manufacture",
							"integer": true,
							"minimum": 1
						},
						{
							"name": "stop",
							"displayName": "Stop",
							"type": "boolean",
							"required": false,
							"description": "If true, product is stopped from all operations"
						},
						{
							"name": "obsolete",
							"displayName": "Obsolete",
							"type": "number",
							"required": false,
							"description": "Obsolete status code",
							"integer": true
						},
						{
							"name": "specific_gravity",
							"displayName": "Specific Gravity",
							"type": "number",
							"required": false,
							"description": "Specific gravity for liquid products"
						},
						{
							"name": "output_quantity",
							"displayName": "Output Quantity",
							"type": "number",
							"required": false,
							"description": "Output quantity for bill of materials assembly",
							"minimum": 0
						},
						{
							"name": "assemble_on_pick",
							"displayName": "Assemble on Pick",
							"type": "boolean",
							"required": false,
							"description": "If true, assemble components during picking"
						},
						{
							"name": "require_dimensions_on_receipt",
							"displayName": "Require Dimensions on Receipt",
							"type": "boolean",
							"required": false,
							"description": "If true, require dimension capture at goods in"
						},
						{
							"name": "non_hazardous_for_transport",
							"displayName": "Non Hazardous for Transport",
							"type": "boolean",
							"required": false,
							"description": "Override hazardous classification for transport"
						},
						{
							"name": "pick_strategy",
							"displayName": "Pick Strategy",
							"type": "options",
							"required": false,
							"description": "How orders for this product should be picked",
							"options": [
								"pick_by_line",
								"batch_pick"
							]
						},
						{
							"name": "product_type",
							"displayName": "Product Type",
							"type": "options",
							"required": false,
							"description": "Whether product is single item or assembly",
							"options": [
								"single",
								"bill_of_materials"
							]
						},
						{
							"name": "serial_number_tracking_setting",
							"displayName": "Serial Number Tracking Setting",
							"type": "options",
							"required": false,
							"description": "Serial number tracking level",
							"options": [
								"no_tracking",
								"track_during_pick",
								"full_tracking"
							]
						},
						{
							"name": "unit_quantity_conversion_strategy",
							"displayName": "Unit Quantity Conversion Strategy",
							"type": "options",
							"required": false,
							"description": "How to convert between quantity and unit measurement",
							"options": [
								"none",
								"volume",
								"weight"
							]
						},
						{
							"name": "default_order_configuration",
							"displayName": "Default Order Configuration",
							"type": "options",
							"required": false,
							"description": "Default packaging level for outbound orders",
							"options": [
								"unit",
								"case",
								"inner",
								"outer"
							]
						},
						{
							"name": "default_receipt_configuration",
							"displayName": "Default Receipt Configuration",
							"type": "options",
							"required": false,
							"description": "Default packaging level for inbound receipts",
							"options": [
								"unit",
								"case",
								"inner",
								"outer"
							]
						},
						{
							"name": "external_system_reference1",
							"displayName": "External System Reference 1",
							"type": "string",
							"required": false,
							"description": "Reference ID from external system (e.g., ERP product ID)"
						},
						{
							"name": "external_system_reference2",
							"displayName": "External System Reference 2",
							"type": "string",
							"required": false,
							"description": "Secondary external system reference"
						},
						{
							"name": "external_system_reference3",
							"displayName": "External System Reference 3",
							"type": "string",
							"required": false,
							"description": "Tertiary external system reference"
						},
						{
							"name": "string1",
							"displayName": "String 1",
							"type": "string",
							"required": false,
							"description": "Custom string field 1"
						},
						{
							"name": "string2",
							"displayName": "String 2",
							"type": "string",
							"required": false,
							"description": "Custom string field 2"
						},
						{
							"name": "string3",
							"displayName": "String 3",
							"type": "string",
							"required": false,
							"description": "Custom string field 3"
						},
						{
							"name": "string4",
							"displayName": "String 4",
							"type": "string",
							"required": false,
							"description": "Custom string field 4"
						},
						{
							"name": "string5",
							"displayName": "String 5",
							"type": "string",
							"required": false,
							"description": "Custom string field 5"
						},
						{
							"name": "integer1",
							"displayName": "Integer 1",
							"type": "number",
							"required": false,
							"description": "Custom integer field 1",
							"integer": true
						},
						{
							"name": "integer2",
							"displayName": "Integer 2",
							"type": "number",
							"required": false,
							"description": "Custom integer field 2",
							"integer": true
						},
						{
							"name": "integer3",
							"displayName": "Integer 3",
							"type": "number",
							"required": false,
							"description": "Custom integer field 3",
							"integer": true
						},
						{
							"name": "integer4",
							"displayName": "Integer 4",
							"type": "number",
							"required": false,
							"description": "Custom integer field 4",
							"integer": true
						},
						{
							"name": "integer5",
							"displayName": "Integer 5",
							"type": "number",
							"required": false,
							"description": "Custom integer field 5",
							"integer": true
						},
						{
							"name": "datetime1",
							"displayName": "Datetime 1",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 1",
							"format": "date-time"
						},
						{
							"name": "datetime2",
							"displayName": "Datetime 2",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 2",
							"format": "date-time"
						},
						{
							"name": "datetime3",
							"displayName": "Datetime 3",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 3",
							"format": "date-time"
						},
						{
							"name": "datetime4",
							"displayName": "Datetime 4",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 4",
							"format": "date-time"
						},
						{
							"name": "datetime5",
							"displayName": "Datetime 5",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 5",
							"format": "date-time"
						},
						{
							"name": "boolean1",
							"displayName": "Boolean 1",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 1"
						},
						{
							"name": "boolean2",
							"displayName": "Boolean 2",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 2"
						},
						{
							"name": "boolean3",
							"displayName": "Boolean 3",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 3"
						},
						{
							"name": "boolean4",
							"displayName": "Boolean 4",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 4"
						},
						{
							"name": "boolean5",
							"displayName": "Boolean 5",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 5"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a product",
					"description": "Delete a single product from the warehouse catalog. Products with existing stock cannot be deleted.",
					"operationId": "destroyProduct",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/products/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the product to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "deleteMany",
					"name": "Delete Many",
					"action": "Delete multiple products",
					"description": "Delete multiple products from the warehouse catalog by providing a comma-separated list of IDs. Products with existing stock cannot be deleted.",
					"operationId": "destroyProductCollection",
					"kind": "deleteMany",
					"method": "DELETE",
					"path": "/api/products",
					"pathParams": [],
					"queryParams": [
						{
							"name": "ids",
							"displayName": "IDs",
							"required": true,
							"description": "Comma-separated list of product IDs to delete",
							"schemaType": "string"
						}
					],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a product",
					"description": "Update an existing product's attributes. Changes to product settings may affect how existing stock is managed.",
					"operationId": "updateProduct",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/products/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the product to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "products",
					"partial": true,
					"successStatus": 200,
					"fields": [
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": true,
							"description": "Short product description displayed in lists"
						},
						{
							"name": "stock_unit_type_id",
							"displayName": "Stock Unit Type ID",
							"type": "number",
							"required": true,
							"description": "ID of the stock unit type (defines measurement unit)",
							"integer": true
						},
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": false,
							"description": "Unique product code/SKU"
						},
						{
							"name": "long_description",
							"displayName": "Long Description",
							"type": "string",
							"required": false,
							"description": "Extended product description"
						},
						{
							"name": "barcode",
							"displayName": "Barcode",
							"type": "string",
							"required": false,
							"description": "Primary product barcode (unit level)"
						},
						{
							"name": "case_barcode",
							"displayName": "Case Barcode",
							"type": "string",
							"required": false,
							"description": "Barcode for case-level packaging"
						},
						{
							"name": "inner_barcode",
							"displayName": "Inner Barcode",
							"type": "string",
							"required": false,
							"description": "Barcode for inner pack level"
						},
						{
							"name": "outer_barcode",
							"displayName": "Outer Barcode",
							"type": "string",
							"required": false,
							"description": "Barcode for outer case/pallet level"
						},
						{
							"name": "commodity_code",
							"displayName": "Commodity Code",
							"type": "string",
							"required": false,
							"description": "Harmonized System (HS) commodity code for customs"
						},
						{
							"name": "country_of_manufacture",
							"displayName": "Country of Manufacture",
							"type": "string",
							"required": false,
							"description": "ISO country code of manufacture origin"
						},
						{
							"name": "customs_description",
							"displayName": "Customs Description",
							"type": "string",
							"required": false,
							"description": "Product description for customs declarations"
						},
						{
							"name": "shelf_life_min",
							"displayName": "Shelf Life Min",
							"type": "number",
							"required": false,
							"description": "Minimum acceptable shelf life in days at receipt",
							"integer": true,
							"minimum": 1
						},
						{
							"name": "shelf_life_max",
							"displayName": "Shelf Life Max",
							"type": "number",
							"required": false,
							"description": "Maximum shelf life in days from manufacture",
							"integer": true,
							"minimum": 1
						},
						{
							"name": "stop",
							"displayName": "Stop",
							"type": "boolean",
							"required": false,
							"description": "If true, product is stopped from all operations"
						},
						{
							"name": "obsolete",
							"displayName": "Obsolete",
							"type": "number",
							"required": false,
							"description": "Obsolete status code",
							"integer": true
						},
						{
							"name": "specific_gravity",
							"displayName": "Specific Gravity",
							"type": "number",
							"required": false,
							"description": "Specific gravity for liquid products"
						},
						{
							"name": "output_quantity",
							"displayName": "Output Quantity",
							"type": "number",
							"required": false,
							"description": "Output quantity for bill of materials assembly",
							"minimum": 0
						},
						{
							"name": "assemble_on_pick",
							"displayName": "Assemble on Pick",
							"type": "boolean",
							"required": false,
							"description": "If true, assemble components during picking"
						},
						{
							"name": "require_dimensions_on_receipt",
							"displayName": "Require Dimensions on Receipt",
							"type": "boolean",
							"required": false,
							"description": "If true, require dimension capture at goods in"
						},
						{
							"name": "non_hazardous_for_transport",
							"displayName": "Non Hazardous for Transport",
							"type": "boolean",
							"required": false,
							"description": "Override hazardous classification for transport"
						},
						{
							"name": "pick_strategy",
							"displayName": "Pick Strategy",
							"type": "options",
							"required": false,
							"description": "How orders for this product should be picked",
							"options": [
								"pick_by_line",
								"batch_pick"
							]
						},
						{
							"name": "product_type",
							"displayName": "Product Type",
							"type": "options",
							"required": false,
							"description": "Whether product is single item or assembly",
							"options": [
								"single",
								"bill_of_materials"
							]
						},
						{
							"name": "serial_number_tracking_setting",
							"displayName": "Serial Number Tracking Setting",
							"type": "options",
							"required": false,
							"description": "Serial number tracking level",
							"options": [
								"no_tracking",
								"track_during_pick",
								"full_tracking"
							]
						},
						{
							"name": "unit_quantity_conversion_strategy",
							"displayName": "Unit Quantity Conversion Strategy",
							"type": "options",
							"required": false,
							"description": "How to convert between quantity and unit measurement",
							"options": [
								"none",
								"volume",
								"weight"
							]
						},
						{
							"name": "default_order_configuration",
							"displayName": "Default Order Configuration",
							"type": "options",
							"required": false,
							"description": "Default packaging level for outbound orders",
							"options": [
								"unit",
								"case",
								"inner",
								"outer"
							]
						},
						{
							"name": "default_receipt_configuration",
							"displayName": "Default Receipt Configuration",
							"type": "options",
							"required": false,
							"description": "Default packaging level for inbound receipts",
							"options": [
								"unit",
								"case",
								"inner",
								"outer"
							]
						},
						{
							"name": "external_system_reference1",
							"displayName": "External System Reference 1",
							"type": "string",
							"required": false,
							"description": "Reference ID from external system (e.g., ERP product ID)"
						},
						{
							"name": "external_system_reference2",
							"displayName": "External System Reference 2",
							"type": "string",
							"required": false,
							"description": "Secondary external system reference"
						},
						{
							"name": "external_system_reference3",
							"displayName": "External System Reference 3",
							"type": "string",
							"required": false,
							"description": "Tertiary external system reference"
						},
						{
							"name": "string1",
							"displayName": "String 1",
							"type": "string",
							"required": false,
							"description": "Custom string field 1"
						},
						{
							"name": "string2",
							"displayName": "String 2",
							"type": "string",
							"required": false,
							"description": "Custom string field 2"
						},
						{
							"name": "string3",
							"displayName": "String 3",
							"type": "string",
							"required": false,
							"description": "Custom string field 3"
						},
						{
							"name": "string4",
							"displayName": "String 4",
							"type": "string",
							"required": false,
							"description": "Custom string field 4"
						},
						{
							"name": "string5",
							"displayName": "String 5",
							"type": "string",
							"required": false,
							"description": "Custom string field 5"
						},
						{
							"name": "integer1",
							"displayName": "Integer 1",
							"type": "number",
							"required": false,
							"description": "Custom integer field 1",
							"integer": true
						},
						{
							"name": "integer2",
							"displayName": "Integer 2",
							"type": "number",
							"required": false,
							"description": "Custom integer field 2",
							"integer": true
						},
						{
							"name": "integer3",
							"displayName": "Integer 3",
							"type": "number",
							"required": false,
							"description": "Custom integer field 3",
							"integer": true
						},
						{
							"name": "integer4",
							"displayName": "Integer 4",
							"type": "number",
							"required": false,
							"description": "Custom integer field 4",
							"integer": true
						},
						{
							"name": "integer5",
							"displayName": "Integer 5",
							"type": "number",
							"required": false,
							"description": "Custom integer field 5",
							"integer": true
						},
						{
							"name": "datetime1",
							"displayName": "Datetime 1",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 1",
							"format": "date-time"
						},
						{
							"name": "datetime2",
							"displayName": "Datetime 2",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 2",
							"format": "date-time"
						},
						{
							"name": "datetime3",
							"displayName": "Datetime 3",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 3",
							"format": "date-time"
						},
						{
							"name": "datetime4",
							"displayName": "Datetime 4",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 4",
							"format": "date-time"
						},
						{
							"name": "datetime5",
							"displayName": "Datetime 5",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 5",
							"format": "date-time"
						},
						{
							"name": "boolean1",
							"displayName": "Boolean 1",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 1"
						},
						{
							"name": "boolean2",
							"displayName": "Boolean 2",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 2"
						},
						{
							"name": "boolean3",
							"displayName": "Boolean 3",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 3"
						},
						{
							"name": "boolean4",
							"displayName": "Boolean 4",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 4"
						},
						{
							"name": "boolean5",
							"displayName": "Boolean 5",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 5"
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listProducts",
				"summary": "List products",
				"rootField": "products",
				"connection": "all",
				"filterType": "ProductsFilterType",
				"nodeSelection": "id code barcode description long_description product_type units_per_case shelf_life_min shelf_life_max commodity_code country_of_manufacture",
				"nodeFields": [
					"id",
					"code",
					"barcode",
					"description",
					"long_description",
					"product_type",
					"units_per_case",
					"shelf_life_min",
					"shelf_life_max",
					"commodity_code",
					"country_of_manufacture"
				],
				"filters": [
					{
						"name": "code",
						"displayName": "Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Product code"
					},
					{
						"name": "barcode",
						"displayName": "Barcode",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Product barcode"
					},
					{
						"name": "all_codes",
						"displayName": "All Codes",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Search across all code/barcode fields (exact match)"
					},
					{
						"name": "description",
						"displayName": "Description",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Product description"
					},
					{
						"name": "account_id",
						"displayName": "Account ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"in",
							"filled"
						],
						"description": "Filter by account ID"
					},
					{
						"name": "product_type",
						"displayName": "Product Type",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Product type"
					}
				]
			}
		},
		{
			"key": "product_groups",
			"displayName": "Product Group",
			"description": "Group management for organizing products and locations",
			"tag": "Groups",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Add a product to a group",
					"description": "Create a product group association, linking a product to a group for categorization purposes",
					"operationId": "createProductGroup",
					"kind": "create",
					"method": "POST",
					"path": "/api/groups/{group_id}/product_groups",
					"pathParams": [
						{
							"name": "group_id",
							"displayName": "Group ID",
							"required": true,
							"description": "The unique identifier of the group to add the product to",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "product_groups",
					"successStatus": 200,
					"fields": [
						{
							"name": "group_id",
							"displayName": "Group ID",
							"type": "number",
							"required": true,
							"description": "The ID of the group (must match the path parameter)",
							"integer": true
						},
						{
							"name": "product_id",
							"displayName": "Product ID",
							"type": "number",
							"required": true,
							"description": "The ID of the product to add to the group",
							"integer": true
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Remove a product from a group",
					"description": "Delete a product group association, removing a product from a group",
					"operationId": "destroyProductGroup",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/groups/{group_id}/product_group",
					"pathParams": [
						{
							"name": "group_id",
							"displayName": "Group ID",
							"required": true,
							"description": "The unique identifier of the group",
							"schemaType": "integer"
						}
					],
					"queryParams": [
						{
							"name": "product_id",
							"displayName": "Product ID",
							"required": true,
							"description": "The ID of the product to remove from the group",
							"schemaType": "integer"
						}
					],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				}
			]
		},
		{
			"key": "product_materials",
			"displayName": "Product Material",
			"description": "Bill-of-materials component lines for a parent product",
			"tag": "Products: Materials",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a product material",
					"description": "Create a product material",
					"operationId": "createProductMaterial",
					"kind": "create",
					"method": "POST",
					"path": "/api/products/{product_id}/materials",
					"pathParams": [
						{
							"name": "product_id",
							"displayName": "Product ID",
							"required": true,
							"description": "The parent (bill-of-materials) product ID",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "product_materials",
					"successStatus": 200,
					"fields": [
						{
							"name": "child_product_id",
							"displayName": "Child Product ID",
							"type": "number",
							"required": true,
							"description": "Component product ID",
							"integer": true
						},
						{
							"name": "quantity",
							"displayName": "Quantity",
							"type": "number",
							"required": true,
							"description": "Quantity of the component per parent (> 0)"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a product material",
					"description": "Delete a product material by ID",
					"operationId": "destroyProductMaterial",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/products/{product_id}/materials/{id}",
					"pathParams": [
						{
							"name": "product_id",
							"displayName": "Product ID",
							"required": true,
							"description": "The parent product ID",
							"schemaType": "integer"
						},
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The product material ID",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a product material",
					"description": "Update an existing product material",
					"operationId": "updateProductMaterial",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/products/{product_id}/materials/{id}",
					"pathParams": [
						{
							"name": "product_id",
							"displayName": "Product ID",
							"required": true,
							"description": "The parent product ID",
							"schemaType": "integer"
						},
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The product material ID",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "product_materials",
					"successStatus": 200,
					"fields": [
						{
							"name": "child_product_id",
							"displayName": "Child Product ID",
							"type": "number",
							"required": false,
							"description": "Component product ID",
							"integer": true
						},
						{
							"name": "quantity",
							"displayName": "Quantity",
							"type": "number",
							"required": false,
							"description": "Quantity of the component per parent (> 0)"
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listProductMaterials",
				"summary": "List product materials",
				"rootField": "product_materials",
				"connection": "all",
				"filterType": "ProductMaterialFilterType",
				"nodeSelection": "id quantity parent_product { id code } child_product { id code }",
				"nodeFields": [
					"id",
					"quantity",
					"parent_product",
					"child_product"
				],
				"filters": [
					{
						"name": "parent_product_id",
						"displayName": "Parent Product ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Parent (BOM) product ID"
					},
					{
						"name": "child_product_id",
						"displayName": "Child Product ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Component product ID"
					},
					{
						"name": "parent_product_code",
						"displayName": "Parent Product Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Parent product code"
					},
					{
						"name": "child_product_code",
						"displayName": "Child Product Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Component product code"
					},
					{
						"name": "quantity",
						"displayName": "Quantity",
						"inputType": "DecimalInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"between"
						],
						"description": "Component quantity"
					}
				]
			}
		},
		{
			"key": "product_storage_units",
			"displayName": "Product Storage Unit",
			"description": "Product storage unit configuration: how a product is packed into storage unit types (per-layer, layers, totals)",
			"tag": "Products: Storage Units",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a product storage unit",
					"description": "Create a product storage unit",
					"operationId": "createProductStorageUnit",
					"kind": "create",
					"method": "POST",
					"path": "/api/product_storage_units",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "product_storage_units",
					"successStatus": 200,
					"fields": [
						{
							"name": "product_id",
							"displayName": "Product ID",
							"type": "number",
							"required": true,
							"description": "Product ID",
							"integer": true
						},
						{
							"name": "storage_unit_type_id",
							"displayName": "Storage Unit Type ID",
							"type": "number",
							"required": true,
							"description": "Storage unit type ID",
							"integer": true
						},
						{
							"name": "stock_configuration",
							"displayName": "Stock Configuration",
							"type": "options",
							"required": true,
							"description": "Stock configuration level",
							"options": [
								"unit",
								"case",
								"inner",
								"outer"
							]
						},
						{
							"name": "unit_of_measure",
							"displayName": "Unit of Measure",
							"type": "options",
							"required": true,
							"description": "Dimension unit",
							"options": [
								"centimetre",
								"metre",
								"inch",
								"foot",
								"millimetre"
							]
						},
						{
							"name": "per_layer",
							"displayName": "Per Layer",
							"type": "number",
							"required": true,
							"description": "Units per layer (>= 0)",
							"minimum": 0
						},
						{
							"name": "number_of_layers",
							"displayName": "Number of Layers",
							"type": "number",
							"required": true,
							"description": "Number of layers (>= 0)",
							"integer": true,
							"minimum": 0
						},
						{
							"name": "total",
							"displayName": "Total",
							"type": "number",
							"required": false,
							"description": "Total units in a full storage unit (>= 0)",
							"minimum": 0
						},
						{
							"name": "height",
							"displayName": "Height",
							"type": "number",
							"required": false,
							"description": "Height (> 0)"
						},
						{
							"name": "priority",
							"displayName": "Priority",
							"type": "number",
							"required": false,
							"description": "Priority within the product (>= 0)",
							"integer": true,
							"minimum": 0
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a product storage unit",
					"description": "Delete a product storage unit by ID",
					"operationId": "destroyProductStorageUnit",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/product_storage_units/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the product storage unit",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "priority",
					"name": "Reprioritise",
					"action": "Reprioritise a product storage unit",
					"description": "Move a product storage unit to an absolute position; other records are re-sequenced. Send a top-level priority integer (not a JSON:API envelope).",
					"operationId": "priorityProductStorageUnit",
					"kind": "action",
					"method": "PATCH",
					"path": "/api/product_storage_units/{id}/priority",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The product storage unit ID",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "json",
					"successStatus": 204,
					"fields": [
						{
							"name": "priority",
							"displayName": "Priority",
							"type": "number",
							"required": true,
							"description": "Target priority",
							"integer": true,
							"minimum": 0
						}
					],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a product storage unit",
					"description": "Update an existing product storage unit",
					"operationId": "updateProductStorageUnit",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/product_storage_units/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the product storage unit",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "product_storage_units",
					"successStatus": 200,
					"fields": [
						{
							"name": "product_id",
							"displayName": "Product ID",
							"type": "number",
							"required": false,
							"description": "Product ID",
							"integer": true
						},
						{
							"name": "storage_unit_type_id",
							"displayName": "Storage Unit Type ID",
							"type": "number",
							"required": false,
							"description": "Storage unit type ID",
							"integer": true
						},
						{
							"name": "stock_configuration",
							"displayName": "Stock Configuration",
							"type": "options",
							"required": false,
							"description": "Stock configuration level",
							"options": [
								"unit",
								"case",
								"inner",
								"outer"
							]
						},
						{
							"name": "unit_of_measure",
							"displayName": "Unit of Measure",
							"type": "options",
							"required": false,
							"description": "Dimension unit",
							"options": [
								"centimetre",
								"metre",
								"inch",
								"foot",
								"millimetre"
							]
						},
						{
							"name": "per_layer",
							"displayName": "Per Layer",
							"type": "number",
							"required": false,
							"description": "Units per layer (>= 0)",
							"minimum": 0
						},
						{
							"name": "number_of_layers",
							"displayName": "Number of Layers",
							"type": "number",
							"required": false,
							"description": "Number of layers (>= 0)",
							"integer": true,
							"minimum": 0
						},
						{
							"name": "total",
							"displayName": "Total",
							"type": "number",
							"required": false,
							"description": "Total units in a full storage unit (>= 0)",
							"minimum": 0
						},
						{
							"name": "height",
							"displayName": "Height",
							"type": "number",
							"required": false,
							"description": "Height (> 0)"
						},
						{
							"name": "priority",
							"displayName": "Priority",
							"type": "number",
							"required": false,
							"description": "Priority within the product (>= 0)",
							"integer": true,
							"minimum": 0
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listProductStorageUnits",
				"summary": "List product storage units",
				"rootField": "product_storage_units",
				"connection": "all",
				"filterType": "ProductStorageUnitFilterType",
				"nodeSelection": "id priority stock_configuration unit_of_measure per_layer number_of_layers total product { id code } storage_unit_type { id code }",
				"nodeFields": [
					"id",
					"priority",
					"stock_configuration",
					"unit_of_measure",
					"per_layer",
					"number_of_layers",
					"total",
					"product",
					"storage_unit_type"
				],
				"filters": [
					{
						"name": "product_id",
						"displayName": "Product ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Product ID"
					},
					{
						"name": "product_code",
						"displayName": "Product Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Product code"
					},
					{
						"name": "storage_unit_type_id",
						"displayName": "Storage Unit Type ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Storage unit type ID"
					},
					{
						"name": "storage_unit_type_code",
						"displayName": "Storage Unit Type Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Storage unit type code"
					},
					{
						"name": "priority",
						"displayName": "Priority",
						"inputType": "IntegerInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"between"
						],
						"description": "Priority"
					},
					{
						"name": "total",
						"displayName": "Total",
						"inputType": "DecimalInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"between"
						],
						"description": "Total per full unit"
					}
				]
			}
		},
		{
			"key": "putaway_rules",
			"displayName": "Putaway Rule",
			"description": "Per-account putaway ordering rules, with re-sequencing",
			"tag": "Putaway Rules",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a putaway rule",
					"description": "Create a putaway rule",
					"operationId": "createPutawayRule",
					"kind": "create",
					"method": "POST",
					"path": "/api/putaway_rules",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "putaway_rules",
					"successStatus": 200,
					"fields": [
						{
							"name": "account_id",
							"displayName": "Account ID",
							"type": "number",
							"required": true,
							"description": "Account the rule applies to",
							"integer": true
						},
						{
							"name": "rule",
							"displayName": "Rule",
							"type": "options",
							"required": true,
							"description": "Putaway ordering rule",
							"options": [
								"code",
								"walk_sequence",
								"remaining_height",
								"pickface_proximity"
							]
						},
						{
							"name": "direction",
							"displayName": "Direction",
							"type": "options",
							"required": true,
							"description": "Sort direction",
							"options": [
								"asc",
								"desc"
							]
						},
						{
							"name": "position",
							"displayName": "Position",
							"type": "number",
							"required": false,
							"description": "Position in the rule order (>= 0)",
							"integer": true,
							"minimum": 0
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a putaway rule",
					"description": "Delete a putaway rule by ID",
					"operationId": "destroyPutawayRule",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/putaway_rules/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the putaway rule",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "position",
					"name": "Reorder Position",
					"action": "Reorder a putaway rule",
					"description": "Move a putaway rule to an absolute position; other records are re-sequenced. Send a top-level position integer (not a JSON:API envelope).",
					"operationId": "positionPutawayRule",
					"kind": "action",
					"method": "PATCH",
					"path": "/api/putaway_rules/{id}/position",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The putaway rule ID",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "json",
					"successStatus": 204,
					"fields": [
						{
							"name": "position",
							"displayName": "Position",
							"type": "number",
							"required": true,
							"description": "Target position",
							"integer": true,
							"minimum": 0
						}
					],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a putaway rule",
					"description": "Update an existing putaway rule",
					"operationId": "updatePutawayRule",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/putaway_rules/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the putaway rule",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "putaway_rules",
					"successStatus": 200,
					"fields": [
						{
							"name": "rule",
							"displayName": "Rule",
							"type": "options",
							"required": false,
							"description": "Putaway ordering rule",
							"options": [
								"code",
								"walk_sequence",
								"remaining_height",
								"pickface_proximity"
							]
						},
						{
							"name": "direction",
							"displayName": "Direction",
							"type": "options",
							"required": false,
							"description": "Sort direction",
							"options": [
								"asc",
								"desc"
							]
						},
						{
							"name": "position",
							"displayName": "Position",
							"type": "number",
							"required": false,
							"description": "Position (>= 0)",
							"integer": true,
							"minimum": 0
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listPutawayRules",
				"summary": "List putaway rules",
				"rootField": "putaway_rules",
				"connection": "all",
				"filterType": "PutawayRuleFilterType",
				"nodeSelection": "id rule direction position account { id code }",
				"nodeFields": [
					"id",
					"rule",
					"direction",
					"position",
					"account"
				],
				"filters": [
					{
						"name": "account_id",
						"displayName": "Account ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Account ID"
					},
					{
						"name": "account_code",
						"displayName": "Account Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Account code"
					},
					{
						"name": "rule",
						"displayName": "Rule",
						"inputType": "RuleInputType",
						"operators": [
							"eq",
							"in"
						],
						"description": "Rule (enum input — e.g. code, walk_sequence)"
					},
					{
						"name": "direction",
						"displayName": "Direction",
						"inputType": "DirectionInputType",
						"operators": [
							"eq",
							"in"
						],
						"description": "Sort direction (enum input — asc/desc)"
					},
					{
						"name": "position",
						"displayName": "Position",
						"inputType": "IntegerInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"between"
						],
						"description": "Position in the rule order"
					}
				]
			}
		},
		{
			"key": "reason_codes",
			"displayName": "Reason Code",
			"description": "Reason code for stock adjustments, holds, transfers, and stock checks",
			"tag": "Reason Codes",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a reason code",
					"description": "Create a reason code",
					"operationId": "createReasonCode",
					"kind": "create",
					"method": "POST",
					"path": "/api/reason_codes",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "reason_codes",
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": true,
							"description": "Unique reason code"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": true,
							"description": "Reason name"
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": true,
							"description": "Description"
						},
						{
							"name": "reason_type",
							"displayName": "Reason Type",
							"type": "options",
							"required": true,
							"description": "Reason type",
							"options": [
								"negative_adjustment",
								"positive_adjustment",
								"hold",
								"release",
								"short_order_lines",
								"transfer",
								"stock_check"
							]
						},
						{
							"name": "active",
							"displayName": "Active",
							"type": "boolean",
							"required": false,
							"description": "Whether the reason code is active"
						},
						{
							"name": "generic",
							"displayName": "Generic",
							"type": "boolean",
							"required": false,
							"description": "Whether the reason code is generic (all accounts)"
						},
						{
							"name": "external_system_reference1",
							"displayName": "External System Reference 1",
							"type": "string",
							"required": false,
							"description": "External system reference 1"
						},
						{
							"name": "external_system_reference2",
							"displayName": "External System Reference 2",
							"type": "string",
							"required": false,
							"description": "External system reference 2"
						},
						{
							"name": "external_system_reference3",
							"displayName": "External System Reference 3",
							"type": "string",
							"required": false,
							"description": "External system reference 3"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a reason code",
					"description": "Delete a reason code by ID",
					"operationId": "destroyReasonCode",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/reason_codes/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the reason code",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a reason code",
					"description": "Update an existing reason code",
					"operationId": "updateReasonCode",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/reason_codes/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the reason code",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "reason_codes",
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": false,
							"description": "Unique reason code"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "Reason name"
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Description"
						},
						{
							"name": "reason_type",
							"displayName": "Reason Type",
							"type": "options",
							"required": false,
							"description": "Reason type",
							"options": [
								"negative_adjustment",
								"positive_adjustment",
								"hold",
								"release",
								"short_order_lines",
								"transfer",
								"stock_check"
							]
						},
						{
							"name": "active",
							"displayName": "Active",
							"type": "boolean",
							"required": false,
							"description": "Whether the reason code is active"
						},
						{
							"name": "generic",
							"displayName": "Generic",
							"type": "boolean",
							"required": false,
							"description": "Whether the reason code is generic (all accounts)"
						},
						{
							"name": "external_system_reference1",
							"displayName": "External System Reference 1",
							"type": "string",
							"required": false,
							"description": "External system reference 1"
						},
						{
							"name": "external_system_reference2",
							"displayName": "External System Reference 2",
							"type": "string",
							"required": false,
							"description": "External system reference 2"
						},
						{
							"name": "external_system_reference3",
							"displayName": "External System Reference 3",
							"type": "string",
							"required": false,
							"description": "External system reference 3"
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listReasonCodes",
				"summary": "List reason codes",
				"rootField": "reason_codes",
				"connection": "all",
				"filterType": "ReasonCodeFilterType",
				"nodeSelection": "id code name description reason_type active generic",
				"nodeFields": [
					"id",
					"code",
					"name",
					"description",
					"reason_type",
					"active",
					"generic"
				],
				"filters": [
					{
						"name": "code",
						"displayName": "Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Reason code"
					},
					{
						"name": "name",
						"displayName": "Name",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Reason name"
					},
					{
						"name": "reason_type",
						"displayName": "Reason Type",
						"inputType": "ReasonTypeInputType",
						"operators": [
							"eq",
							"in"
						],
						"description": "Reason type (enum input — e.g. negative_adjustment, hold, transfer)"
					},
					{
						"name": "active",
						"displayName": "Active",
						"inputType": "BooleanInputType",
						"operators": [
							"eq"
						],
						"description": "Active flag"
					},
					{
						"name": "generic",
						"displayName": "Generic",
						"inputType": "BooleanInputType",
						"operators": [
							"eq"
						],
						"description": "Generic flag"
					},
					{
						"name": "account_id",
						"displayName": "Account ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Associated account ID"
					}
				]
			}
		},
		{
			"key": "reports",
			"displayName": "Report",
			"description": "Report management for creating report definitions, updating configurations, and generating report output as downloadable documents",
			"tag": "Reports",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a report",
					"description": "Create a new report definition based on an existing report query. Reports define how query results are formatted and what variables are used.",
					"operationId": "createReport",
					"kind": "create",
					"method": "POST",
					"path": "/api/reports",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "reports",
					"successStatus": 200,
					"fields": [
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": true,
							"description": "Report name for identification"
						},
						{
							"name": "report_query_id",
							"displayName": "Report Query ID",
							"type": "number",
							"required": true,
							"description": "ID of the report query to execute",
							"integer": true
						},
						{
							"name": "report_type",
							"displayName": "Report Type",
							"type": "options",
							"required": true,
							"description": "Output type: single (table), bar (bar chart), pie (pie chart)",
							"options": [
								"single",
								"bar",
								"pie"
							]
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Description of what the report shows"
						},
						{
							"name": "report_fields",
							"displayName": "Report Fields",
							"type": "json",
							"required": false,
							"description": "Array of field definitions controlling report output columns. Each field maps a GraphQL response field to a named CSV/report column.",
							"jsonType": "array"
						},
						{
							"name": "source_path",
							"displayName": "Source Path",
							"type": "string",
							"required": false,
							"description": "Dot-notation path to extract data from GraphQL response. Must start with 'data.' (e.g., 'data.tasks.aggregation', 'data.stocks.all.edges'). Common patterns: 'data.{resource}.aggregation' for grouped results, 'data.{resource}.all.edges' for paginated lists"
						},
						{
							"name": "variables",
							"displayName": "Variables",
							"type": "json",
							"required": false,
							"description": "Variable values passed to the report query parameters. Supports Chronic-style date values.",
							"jsonType": "array"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a report",
					"description": "Delete a report. Only the report owner can delete it. Deleting a report may affect dashboard widgets and scheduled reports that reference it.",
					"operationId": "destroyReport",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/reports/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the report to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "generate",
					"name": "Generate",
					"action": "Generate report output",
					"description": "Queue asynchronous report generation. Returns a Document record that can be polled for status and downloaded when complete.",
					"operationId": "generateReport",
					"kind": "action",
					"method": "POST",
					"path": "/api/reports/{id}/generate",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the report to generate",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "json",
					"successStatus": 200,
					"fields": [
						{
							"name": "variables",
							"displayName": "Variables",
							"type": "json",
							"required": false,
							"description": "Optional variable overrides for report generation",
							"jsonType": "array"
						}
					],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a report",
					"description": "Update an existing report's attributes. Only the report owner can update it.",
					"operationId": "updateReport",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/reports/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the report to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "reports",
					"successStatus": 200,
					"fields": [
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Report description"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "Report name"
						},
						{
							"name": "report_fields",
							"displayName": "Report Fields",
							"type": "json",
							"required": false,
							"description": "Array of field definitions mapping GraphQL response fields to report columns",
							"jsonType": "array"
						},
						{
							"name": "report_query_id",
							"displayName": "Report Query ID",
							"type": "number",
							"required": false,
							"description": "ID of the report query",
							"integer": true
						},
						{
							"name": "report_type",
							"displayName": "Report Type",
							"type": "options",
							"required": false,
							"description": "Report output type",
							"options": [
								"single",
								"bar",
								"pie"
							]
						},
						{
							"name": "source_path",
							"displayName": "Source Path",
							"type": "string",
							"required": false,
							"description": "Dot-notation path to extract data from GraphQL response. Must start with 'data.' (e.g., 'data.tasks.aggregation', 'data.stocks.all.edges')"
						},
						{
							"name": "variables",
							"displayName": "Variables",
							"type": "json",
							"required": false,
							"description": "Variable values for the report query",
							"jsonType": "array"
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listReports",
				"summary": "List reports",
				"rootField": "reports",
				"connection": "all",
				"filterType": "ReportFilterType",
				"nodeSelection": "id name description report_type source_path generic uuid report_query { id name }",
				"nodeFields": [
					"id",
					"name",
					"description",
					"report_type",
					"source_path",
					"generic",
					"uuid",
					"report_query"
				],
				"filters": [
					{
						"name": "name",
						"displayName": "Name",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Report name"
					},
					{
						"name": "report_type",
						"displayName": "Report Type",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Report type (e.g. table, chart)"
					},
					{
						"name": "report_query_id",
						"displayName": "Report Query ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"in",
							"filled"
						],
						"description": "Filter by report query ID"
					},
					{
						"name": "generic",
						"displayName": "Generic",
						"inputType": "BooleanInputType",
						"operators": [
							"eq"
						],
						"description": "Filter generic/custom reports"
					}
				]
			}
		},
		{
			"key": "report_queries",
			"displayName": "Report Query",
			"description": "Report query management for custom reporting and data extraction",
			"tag": "Report Queries",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a report query",
					"description": "Create a new report query definition. Report queries allow you to save GraphQL queries for repeated execution.",
					"operationId": "createReportQuery",
					"kind": "create",
					"method": "POST",
					"path": "/api/report_queries",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "report_queries",
					"successStatus": 200,
					"fields": [
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": true,
							"description": "Name of the report query for identification"
						},
						{
							"name": "graphql",
							"displayName": "GraphQL",
							"type": "string",
							"required": true,
							"description": "The GraphQL query to execute. Must be a named query with typed parameters (e.g., 'query getTasksToDo($warehouse_id: ID, $created_at_from: Chronic) { ... }'). Never use anonymous queries."
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Description of what the report query does"
						},
						{
							"name": "parameters",
							"displayName": "Parameters",
							"type": "json",
							"required": false,
							"description": "Array of parameter definitions for the query",
							"jsonType": "array"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a report query",
					"description": "Delete a report query definition",
					"operationId": "destroyReportQuery",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/report_queries/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the report query to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a report query",
					"description": "Update an existing report query's definition",
					"operationId": "updateReportQuery",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/report_queries/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the report query to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "report_queries",
					"partial": true,
					"successStatus": 200,
					"fields": [
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": true,
							"description": "Name of the report query for identification"
						},
						{
							"name": "graphql",
							"displayName": "GraphQL",
							"type": "string",
							"required": true,
							"description": "The GraphQL query to execute. Must be a named query with typed parameters (e.g., 'query getTasksToDo($warehouse_id: ID, $created_at_from: Chronic) { ... }'). Never use anonymous queries."
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Description of what the report query does"
						},
						{
							"name": "parameters",
							"displayName": "Parameters",
							"type": "json",
							"required": false,
							"description": "Array of parameter definitions for the query",
							"jsonType": "array"
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listReportQueries",
				"summary": "List report queries",
				"rootField": "report_queries",
				"connection": "all",
				"filterType": "ReportQueryFilterType",
				"nodeSelection": "id name description graphql created_at updated_at",
				"nodeFields": [
					"id",
					"name",
					"description",
					"graphql",
					"created_at",
					"updated_at"
				],
				"filters": [
					{
						"name": "name",
						"displayName": "Name",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Report query name"
					},
					{
						"name": "description",
						"displayName": "Description",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Report query description"
					}
				]
			}
		},
		{
			"key": "rf_flows",
			"displayName": "RF Flow",
			"description": "Handheld device (HHD) flow definitions: configurable RF/HHD workflows belonging to an HHD implementation. Known internally as RF flows.",
			"tag": "HHD Flows",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create an HHD flow",
					"description": "Create a handheld device (HHD) flow for an implementation",
					"operationId": "createHhdFlow",
					"kind": "create",
					"method": "POST",
					"path": "/api/rf/flows",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "rf_flows",
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": true,
							"description": "Unique code identifying the flow within its implementation. Immutable after creation."
						},
						{
							"name": "flow_type",
							"displayName": "Flow Type",
							"type": "options",
							"required": true,
							"description": "The kind of flow",
							"options": [
								"standard",
								"task",
								"loading"
							]
						},
						{
							"name": "implementation_id",
							"displayName": "Implementation ID",
							"type": "number",
							"required": true,
							"description": "ID of the HHD implementation this flow belongs to",
							"integer": true
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": true,
							"description": "Display name of the flow"
						},
						{
							"name": "definition",
							"displayName": "Definition",
							"type": "json",
							"required": false,
							"description": "JSON definition of the flow's steps and behaviour",
							"jsonType": "object"
						},
						{
							"name": "is_default",
							"displayName": "Is Default",
							"type": "boolean",
							"required": false,
							"description": "Whether this flow is the default for its implementation"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete an HHD flow",
					"description": "Delete a handheld device (HHD) flow",
					"operationId": "destroyHhdFlow",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/rf/flows/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the HHD flow to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "duplicate",
					"name": "Duplicate",
					"action": "Duplicate an HHD flow",
					"description": "Create a copy of an existing HHD flow under a new code",
					"operationId": "duplicateHhdFlow",
					"kind": "action",
					"method": "POST",
					"path": "/api/rf/flows/{id}/duplicate",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the HHD flow to duplicate",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "rf_flows",
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": true,
							"description": "Code for the new duplicated flow"
						}
					],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update an HHD flow",
					"description": "Update an existing HHD flow. The flow's code is immutable.",
					"operationId": "updateHhdFlow",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/rf/flows/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the HHD flow to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "rf_flows",
					"successStatus": 204,
					"fields": [
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "Display name"
						},
						{
							"name": "flow_type",
							"displayName": "Flow Type",
							"type": "options",
							"required": false,
							"description": "The kind of flow",
							"options": [
								"standard",
								"task",
								"loading"
							]
						},
						{
							"name": "implementation_id",
							"displayName": "Implementation ID",
							"type": "number",
							"required": false,
							"description": "HHD implementation ID",
							"integer": true
						},
						{
							"name": "is_default",
							"displayName": "Is Default",
							"type": "boolean",
							"required": false,
							"description": "Default flow status"
						},
						{
							"name": "definition",
							"displayName": "Definition",
							"type": "json",
							"required": false,
							"description": "JSON definition of the flow",
							"jsonType": "object"
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listHhdFlows",
				"summary": "List HHD flows",
				"rootField": "rf_flows",
				"connection": "all",
				"filterType": "RfFlowFilterType",
				"nodeSelection": "id code name flow_type is_default slug implementation_id created_at",
				"nodeFields": [
					"id",
					"code",
					"name",
					"flow_type",
					"is_default",
					"slug",
					"implementation_id",
					"created_at"
				],
				"filters": [
					{
						"name": "code",
						"displayName": "Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Flow code"
					},
					{
						"name": "name",
						"displayName": "Name",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Flow name"
					},
					{
						"name": "flow_type",
						"displayName": "Flow Type",
						"inputType": "FlowTypeInputType",
						"operators": [
							"eq"
						],
						"description": "standard, task, or loading"
					},
					{
						"name": "implementation_id",
						"displayName": "Implementation ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"filled"
						],
						"description": "HHD implementation"
					},
					{
						"name": "implementation_code",
						"displayName": "Implementation Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "HHD implementation code"
					},
					{
						"name": "is_default",
						"displayName": "Is Default",
						"inputType": "BooleanInputType",
						"operators": [
							"eq"
						],
						"description": "Default flow status"
					},
					{
						"name": "slug",
						"displayName": "Slug",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Flow slug"
					}
				]
			}
		},
		{
			"key": "rf_users",
			"displayName": "RF User",
			"description": "RF (handheld device) user query. RF users are dedicated warehouse device operators.",
			"tag": "HHD Users",
			"operations": [],
			"list": {
				"operationId": "listRfUsers",
				"summary": "List RF users",
				"rootField": "rf_users",
				"connection": "all",
				"filterType": "RfUserFilterType",
				"nodeSelection": "id name username user { id } warehouse { id code } default_rf_implementation { id }",
				"nodeFields": [
					"id",
					"name",
					"username",
					"user",
					"warehouse",
					"default_rf_implementation"
				],
				"filters": [
					{
						"name": "user_id",
						"displayName": "User ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Linked user ID"
					},
					{
						"name": "username",
						"displayName": "Username",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "RF login username"
					},
					{
						"name": "user_name",
						"displayName": "User Name",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Display name"
					},
					{
						"name": "warehouse_id",
						"displayName": "Warehouse ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Warehouse ID"
					},
					{
						"name": "warehouse_code",
						"displayName": "Warehouse Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Warehouse code"
					},
					{
						"name": "default_rf_implementation_id",
						"displayName": "Default RF Implementation ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Default RF implementation ID"
					}
				]
			}
		},
		{
			"key": "roles",
			"displayName": "Role",
			"description": "Role and permission management for access control",
			"tag": "Roles",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a role",
					"description": "Create a new role for user access control. Roles define a set of permissions that can be assigned to users.",
					"operationId": "createRole",
					"kind": "create",
					"method": "POST",
					"path": "/api/roles",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "roles",
					"successStatus": 200,
					"fields": [
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": true,
							"description": "Role name"
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Role description"
						},
						{
							"name": "permissions",
							"displayName": "Permissions",
							"type": "json",
							"required": false,
							"description": "Array of permission identifiers",
							"jsonType": "array",
							"itemType": "string"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a role",
					"description": "Delete a role. Roles that are assigned to users cannot be deleted.",
					"operationId": "destroyRole",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/roles/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the role to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a role",
					"description": "Update an existing role's name, description, or permissions",
					"operationId": "updateRole",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/roles/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the role to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "roles",
					"successStatus": 200,
					"fields": [
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "Role name"
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Role description"
						},
						{
							"name": "permissions",
							"displayName": "Permissions",
							"type": "json",
							"required": false,
							"description": "Permission identifiers",
							"jsonType": "array",
							"itemType": "string"
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listRoles",
				"summary": "List roles",
				"rootField": "roles",
				"connection": "all",
				"filterType": "RoleFilterType",
				"nodeSelection": "id name role_type",
				"nodeFields": [
					"id",
					"name",
					"role_type"
				],
				"filters": [
					{
						"name": "name",
						"displayName": "Name",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Role name"
					},
					{
						"name": "role_type",
						"displayName": "Role Type",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Role type"
					}
				]
			}
		},
		{
			"key": "scheduled_reports",
			"displayName": "Scheduled Report",
			"description": "Scheduled report management for recurring report delivery via email and FTP",
			"tag": "Scheduled Reports",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a scheduled report",
					"description": "Create a new scheduled report that delivers reports via email and/or FTP on a recurring schedule",
					"operationId": "createScheduledReport",
					"kind": "create",
					"method": "POST",
					"path": "/api/scheduled_reports",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "scheduled_reports",
					"successStatus": 200,
					"fields": [
						{
							"name": "frequency",
							"displayName": "Frequency",
							"type": "options",
							"required": true,
							"description": "Schedule frequency. Day = days of the week (1=Mon to 7=Sun). Month = days of the month (1-31).",
							"options": [
								"Day",
								"Month"
							]
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": true,
							"description": "Schedule name for identification"
						},
						{
							"name": "numbers",
							"displayName": "Numbers",
							"type": "json",
							"required": true,
							"description": "Day numbers when the schedule runs. For Day frequency: 1-7 (Mon-Sun). For Month frequency: 1-31.",
							"jsonType": "array",
							"itemType": "integer"
						},
						{
							"name": "time",
							"displayName": "Time",
							"type": "string",
							"required": true,
							"description": "Time of day to run the schedule (e.g., 09:00)"
						},
						{
							"name": "body",
							"displayName": "Body",
							"type": "string",
							"required": false,
							"description": "Email body text included with the scheduled report delivery"
						},
						{
							"name": "subject",
							"displayName": "Subject",
							"type": "string",
							"required": false,
							"description": "Email subject line for the scheduled delivery"
						}
					],
					"relationships": [
						{
							"name": "scheduled-report-reports",
							"displayName": "Reports",
							"many": true,
							"fields": [
								{
									"name": "report_id",
									"displayName": "Report ID",
									"type": "number",
									"required": true,
									"description": "ID of the report to generate",
									"integer": true
								},
								{
									"name": "variables",
									"displayName": "Variables",
									"type": "json",
									"required": false,
									"description": "Optional variable overrides for this report",
									"jsonType": "array"
								}
							],
							"description": "Reports to generate on schedule"
						},
						{
							"name": "scheduled-report-recipients",
							"displayName": "Recipients",
							"many": true,
							"fields": [
								{
									"name": "email_address",
									"displayName": "Email Address",
									"type": "string",
									"required": true,
									"description": "Recipient email address",
									"format": "email"
								},
								{
									"name": "name",
									"displayName": "Name",
									"type": "string",
									"required": false,
									"description": "Recipient display name"
								}
							],
							"description": "Email recipients for the scheduled report"
						},
						{
							"name": "scheduled-report-ftp-recipients",
							"displayName": "FTP Recipients",
							"many": true,
							"fields": [
								{
									"name": "ftp_user_id",
									"displayName": "FTP User ID",
									"type": "number",
									"required": true,
									"description": "ID of the FTP user to send reports to",
									"integer": true
								}
							],
							"description": "FTP destinations for the scheduled report"
						}
					]
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a scheduled report",
					"description": "Delete a scheduled report and remove its associated Sidekiq scheduled job. Only the owner can delete it.",
					"operationId": "destroyScheduledReport",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/scheduled_reports/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the scheduled report to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a scheduled report",
					"description": "Update an existing scheduled report. Only the owner can update it. Warning: updates are full replacements — omitting a recipient or report from the update payload will delete it.",
					"operationId": "updateScheduledReport",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/scheduled_reports/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the scheduled report to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "scheduled_reports",
					"successStatus": 200,
					"fields": [
						{
							"name": "body",
							"displayName": "Body",
							"type": "string",
							"required": false,
							"description": "Email body text"
						},
						{
							"name": "frequency",
							"displayName": "Frequency",
							"type": "options",
							"required": false,
							"description": "Schedule frequency",
							"options": [
								"Day",
								"Month"
							]
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "Schedule name"
						},
						{
							"name": "numbers",
							"displayName": "Numbers",
							"type": "json",
							"required": false,
							"description": "Day numbers when schedule runs",
							"jsonType": "array",
							"itemType": "integer"
						},
						{
							"name": "subject",
							"displayName": "Subject",
							"type": "string",
							"required": false,
							"description": "Email subject line"
						},
						{
							"name": "time",
							"displayName": "Time",
							"type": "string",
							"required": false,
							"description": "Time of day to run"
						}
					],
					"relationships": [
						{
							"name": "scheduled-report-reports",
							"displayName": "Reports",
							"many": true,
							"fields": [
								{
									"name": "report_id",
									"displayName": "Report ID",
									"type": "number",
									"required": true,
									"description": "ID of the report to generate",
									"integer": true
								},
								{
									"name": "variables",
									"displayName": "Variables",
									"type": "json",
									"required": false,
									"description": "Optional variable overrides for this report",
									"jsonType": "array"
								}
							],
							"description": "Reports to generate on schedule"
						},
						{
							"name": "scheduled-report-recipients",
							"displayName": "Recipients",
							"many": true,
							"fields": [
								{
									"name": "email_address",
									"displayName": "Email Address",
									"type": "string",
									"required": true,
									"description": "Recipient email address",
									"format": "email"
								},
								{
									"name": "name",
									"displayName": "Name",
									"type": "string",
									"required": false,
									"description": "Recipient display name"
								}
							],
							"description": "Email recipients for the scheduled report"
						},
						{
							"name": "scheduled-report-ftp-recipients",
							"displayName": "FTP Recipients",
							"many": true,
							"fields": [
								{
									"name": "ftp_user_id",
									"displayName": "FTP User ID",
									"type": "number",
									"required": true,
									"description": "ID of the FTP user to send reports to",
									"integer": true
								}
							],
							"description": "FTP destinations for the scheduled report"
						}
					]
				}
			],
			"list": {
				"operationId": "listScheduledReports",
				"summary": "List scheduled reports",
				"rootField": "scheduled_reports",
				"connection": "all",
				"filterType": "ScheduledReportFilterType",
				"nodeSelection": "id name frequency subject body time numbers created_at updated_at",
				"nodeFields": [
					"id",
					"name",
					"frequency",
					"subject",
					"body",
					"time",
					"numbers",
					"created_at",
					"updated_at"
				],
				"filters": [
					{
						"name": "name",
						"displayName": "Name",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Scheduled report name"
					},
					{
						"name": "frequency",
						"displayName": "Frequency",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Frequency (e.g. daily, weekly, monthly)"
					}
				]
			}
		},
		{
			"key": "shipments",
			"displayName": "Shipment",
			"description": "Shipment management for carrier integration and parcel tracking",
			"tag": "Shipments",
			"operations": [
				{
					"key": "cancel",
					"name": "Cancel",
					"action": "Cancel a shipment",
					"description": "Cancel a submitted shipment with the carrier. This will void any generated labels.",
					"operationId": "cancelShipment",
					"kind": "action",
					"method": "POST",
					"path": "/api/shipments/{id}/cancel",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the shipment to cancel",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 200,
					"fields": [],
					"relationships": []
				},
				{
					"key": "create",
					"name": "Create",
					"action": "Create a shipment",
					"description": "Create a new shipment for a goods out order. Shipments contain package information and are submitted to carriers for label generation.",
					"operationId": "createShipment",
					"kind": "create",
					"method": "POST",
					"path": "/api/shipments",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "shipments",
					"successStatus": 200,
					"fields": [
						{
							"name": "goods_out_id",
							"displayName": "Goods Out ID",
							"type": "number",
							"required": false,
							"description": "Associated goods out order ID",
							"integer": true
						},
						{
							"name": "carrier_id",
							"displayName": "Carrier ID",
							"type": "number",
							"required": false,
							"description": "Carrier ID",
							"integer": true
						},
						{
							"name": "carrier_service_id",
							"displayName": "Carrier Service ID",
							"type": "number",
							"required": false,
							"description": "Carrier service ID",
							"integer": true
						},
						{
							"name": "reference",
							"displayName": "Reference",
							"type": "string",
							"required": false,
							"description": "Shipment reference"
						},
						{
							"name": "tracking_number",
							"displayName": "Tracking Number",
							"type": "string",
							"required": false,
							"description": "Carrier tracking number"
						},
						{
							"name": "external_system_reference1",
							"displayName": "External System Reference 1",
							"type": "string",
							"required": false,
							"description": "External system reference 1"
						},
						{
							"name": "external_system_reference2",
							"displayName": "External System Reference 2",
							"type": "string",
							"required": false,
							"description": "External system reference 2"
						},
						{
							"name": "external_system_reference3",
							"displayName": "External System Reference 3",
							"type": "string",
							"required": false,
							"description": "External system reference 3"
						},
						{
							"name": "string1",
							"displayName": "String 1",
							"type": "string",
							"required": false,
							"description": "Custom string field 1"
						},
						{
							"name": "string2",
							"displayName": "String 2",
							"type": "string",
							"required": false,
							"description": "Custom string field 2"
						},
						{
							"name": "string3",
							"displayName": "String 3",
							"type": "string",
							"required": false,
							"description": "Custom string field 3"
						},
						{
							"name": "string4",
							"displayName": "String 4",
							"type": "string",
							"required": false,
							"description": "Custom string field 4"
						},
						{
							"name": "string5",
							"displayName": "String 5",
							"type": "string",
							"required": false,
							"description": "Custom string field 5"
						},
						{
							"name": "packages",
							"displayName": "Packages",
							"type": "json",
							"required": false,
							"description": "Array of packages in this shipment",
							"jsonType": "array"
						}
					],
					"relationships": [
						{
							"name": "address",
							"displayName": "Address",
							"many": false,
							"fields": [
								{
									"name": "name",
									"displayName": "Name",
									"type": "string",
									"required": false,
									"description": "Contact name or company name"
								},
								{
									"name": "address_1",
									"displayName": "Address 1",
									"type": "string",
									"required": false,
									"description": "First line of address (street number and name)"
								},
								{
									"name": "address_2",
									"displayName": "Address 2",
									"type": "string",
									"required": false,
									"description": "Second line of address"
								},
								{
									"name": "address_3",
									"displayName": "Address 3",
									"type": "string",
									"required": false,
									"description": "Town/city - this field is typically passed to couriers as the city field"
								},
								{
									"name": "address_4",
									"displayName": "Address 4",
									"type": "string",
									"required": false,
									"description": "County/region"
								},
								{
									"name": "address_5",
									"displayName": "Address 5",
									"type": "string",
									"required": false,
									"description": "Additional address information"
								},
								{
									"name": "country_code",
									"displayName": "Country Code",
									"type": "string",
									"required": false,
									"description": "ISO country code (e.g., 'GB', 'US')"
								},
								{
									"name": "postcode",
									"displayName": "Postcode",
									"type": "string",
									"required": false,
									"description": "Postal/ZIP code"
								},
								{
									"name": "email_address",
									"displayName": "Email Address",
									"type": "string",
									"required": false,
									"description": "Email address for delivery notifications",
									"format": "email"
								},
								{
									"name": "phone_number",
									"displayName": "Phone Number",
									"type": "string",
									"required": false,
									"description": "Contact phone number"
								},
								{
									"name": "external_system_reference1",
									"displayName": "External System Reference 1",
									"type": "string",
									"required": false,
									"description": "Reference ID from external system"
								},
								{
									"name": "external_system_reference2",
									"displayName": "External System Reference 2",
									"type": "string",
									"required": false,
									"description": "Secondary reference ID from external system"
								},
								{
									"name": "external_system_reference3",
									"displayName": "External System Reference 3",
									"type": "string",
									"required": false,
									"description": "Tertiary reference ID from external system"
								}
							],
							"description": "Address relationship object",
							"type": "addresses"
						}
					]
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a shipment",
					"description": "Delete a shipment. Submitted shipments cannot be deleted - use cancel instead.",
					"operationId": "destroyShipment",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/shipments/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the shipment to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "submit",
					"name": "Submit",
					"action": "Submit a shipment to carrier",
					"description": "Submit a shipment to the carrier integration for label generation and tracking number assignment",
					"operationId": "submitShipment",
					"kind": "action",
					"method": "POST",
					"path": "/api/shipments/{id}/submit",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the shipment to submit",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 200,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a shipment",
					"description": "Update an existing shipment's attributes such as packages or address. Submitted shipments may have restrictions on what can be changed.",
					"operationId": "updateShipment",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/shipments/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the shipment to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "shipments",
					"successStatus": 200,
					"fields": [
						{
							"name": "goods_out_id",
							"displayName": "Goods Out ID",
							"type": "number",
							"required": false,
							"description": "Associated goods out order ID",
							"integer": true
						},
						{
							"name": "carrier_id",
							"displayName": "Carrier ID",
							"type": "number",
							"required": false,
							"description": "Carrier ID",
							"integer": true
						},
						{
							"name": "carrier_service_id",
							"displayName": "Carrier Service ID",
							"type": "number",
							"required": false,
							"description": "Carrier service ID",
							"integer": true
						},
						{
							"name": "reference",
							"displayName": "Reference",
							"type": "string",
							"required": false,
							"description": "Shipment reference"
						},
						{
							"name": "tracking_number",
							"displayName": "Tracking Number",
							"type": "string",
							"required": false,
							"description": "Carrier tracking number"
						},
						{
							"name": "external_system_reference1",
							"displayName": "External System Reference 1",
							"type": "string",
							"required": false,
							"description": "External system reference 1"
						},
						{
							"name": "external_system_reference2",
							"displayName": "External System Reference 2",
							"type": "string",
							"required": false,
							"description": "External system reference 2"
						},
						{
							"name": "external_system_reference3",
							"displayName": "External System Reference 3",
							"type": "string",
							"required": false,
							"description": "External system reference 3"
						},
						{
							"name": "string1",
							"displayName": "String 1",
							"type": "string",
							"required": false,
							"description": "Custom string field 1"
						},
						{
							"name": "string2",
							"displayName": "String 2",
							"type": "string",
							"required": false,
							"description": "Custom string field 2"
						},
						{
							"name": "string3",
							"displayName": "String 3",
							"type": "string",
							"required": false,
							"description": "Custom string field 3"
						},
						{
							"name": "string4",
							"displayName": "String 4",
							"type": "string",
							"required": false,
							"description": "Custom string field 4"
						},
						{
							"name": "string5",
							"displayName": "String 5",
							"type": "string",
							"required": false,
							"description": "Custom string field 5"
						},
						{
							"name": "packages",
							"displayName": "Packages",
							"type": "json",
							"required": false,
							"description": "Array of packages in this shipment",
							"jsonType": "array"
						}
					],
					"relationships": [
						{
							"name": "address",
							"displayName": "Address",
							"many": false,
							"fields": [
								{
									"name": "name",
									"displayName": "Name",
									"type": "string",
									"required": false,
									"description": "Contact name or company name"
								},
								{
									"name": "address_1",
									"displayName": "Address 1",
									"type": "string",
									"required": false,
									"description": "First line of address (street number and name)"
								},
								{
									"name": "address_2",
									"displayName": "Address 2",
									"type": "string",
									"required": false,
									"description": "Second line of address"
								},
								{
									"name": "address_3",
									"displayName": "Address 3",
									"type": "string",
									"required": false,
									"description": "Town/city - this field is typically passed to couriers as the city field"
								},
								{
									"name": "address_4",
									"displayName": "Address 4",
									"type": "string",
									"required": false,
									"description": "County/region"
								},
								{
									"name": "address_5",
									"displayName": "Address 5",
									"type": "string",
									"required": false,
									"description": "Additional address information"
								},
								{
									"name": "country_code",
									"displayName": "Country Code",
									"type": "string",
									"required": false,
									"description": "ISO country code (e.g., 'GB', 'US')"
								},
								{
									"name": "postcode",
									"displayName": "Postcode",
									"type": "string",
									"required": false,
									"description": "Postal/ZIP code"
								},
								{
									"name": "email_address",
									"displayName": "Email Address",
									"type": "string",
									"required": false,
									"description": "Email address for delivery notifications",
									"format": "email"
								},
								{
									"name": "phone_number",
									"displayName": "Phone Number",
									"type": "string",
									"required": false,
									"description": "Contact phone number"
								},
								{
									"name": "external_system_reference1",
									"displayName": "External System Reference 1",
									"type": "string",
									"required": false,
									"description": "Reference ID from external system"
								},
								{
									"name": "external_system_reference2",
									"displayName": "External System Reference 2",
									"type": "string",
									"required": false,
									"description": "Secondary reference ID from external system"
								},
								{
									"name": "external_system_reference3",
									"displayName": "External System Reference 3",
									"type": "string",
									"required": false,
									"description": "Tertiary reference ID from external system"
								}
							],
							"description": "Address relationship object",
							"type": "addresses"
						}
					]
				}
			],
			"list": {
				"operationId": "listShipments",
				"summary": "List shipments",
				"rootField": "shipments",
				"connection": "all",
				"filterType": "ShipmentFilterType",
				"nodeSelection": "id reference name status delivery_notes collection_datetime label_filename packages_count carrier { id code name } carrier_service { id code name } warehouse { id code name }",
				"nodeFields": [
					"id",
					"reference",
					"name",
					"status",
					"delivery_notes",
					"collection_datetime",
					"label_filename",
					"packages_count",
					"carrier",
					"carrier_service",
					"warehouse"
				],
				"filters": [
					{
						"name": "reference",
						"displayName": "Reference",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Shipment reference"
					},
					{
						"name": "status",
						"displayName": "Status",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Shipment status"
					},
					{
						"name": "carrier_id",
						"displayName": "Carrier ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"in",
							"filled"
						],
						"description": "Filter by carrier ID"
					},
					{
						"name": "warehouse_id",
						"displayName": "Warehouse ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"in",
							"filled"
						],
						"description": "Filter by warehouse ID"
					},
					{
						"name": "goods_out_id",
						"displayName": "Goods Out ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"in",
							"filled"
						],
						"description": "Filter by goods out order ID"
					}
				]
			}
		},
		{
			"key": "sites",
			"displayName": "Site",
			"description": "Site management. Sites group warehouses for multi-site operations.",
			"tag": "Sites",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a site",
					"description": "Create a site. Sites group warehouses for multi-site operations.",
					"operationId": "createSite",
					"kind": "create",
					"method": "POST",
					"path": "/api/sites",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "sites",
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": true,
							"description": "Unique site code"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": true,
							"description": "Site display name"
						},
						{
							"name": "default",
							"displayName": "Default",
							"type": "boolean",
							"required": false,
							"description": "Whether this is the default site"
						},
						{
							"name": "tier",
							"displayName": "Tier",
							"type": "options",
							"required": false,
							"description": "Site tier",
							"options": [
								"none",
								"lower",
								"upper"
							]
						},
						{
							"name": "external_system_reference1",
							"displayName": "External System Reference 1",
							"type": "string",
							"required": false,
							"description": "External system reference 1"
						},
						{
							"name": "external_system_reference2",
							"displayName": "External System Reference 2",
							"type": "string",
							"required": false,
							"description": "External system reference 2"
						},
						{
							"name": "external_system_reference3",
							"displayName": "External System Reference 3",
							"type": "string",
							"required": false,
							"description": "External system reference 3"
						},
						{
							"name": "string1",
							"displayName": "String 1",
							"type": "string",
							"required": false,
							"description": "Custom string field 1"
						},
						{
							"name": "string2",
							"displayName": "String 2",
							"type": "string",
							"required": false,
							"description": "Custom string field 2"
						},
						{
							"name": "string3",
							"displayName": "String 3",
							"type": "string",
							"required": false,
							"description": "Custom string field 3"
						},
						{
							"name": "string4",
							"displayName": "String 4",
							"type": "string",
							"required": false,
							"description": "Custom string field 4"
						},
						{
							"name": "string5",
							"displayName": "String 5",
							"type": "string",
							"required": false,
							"description": "Custom string field 5"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a site",
					"description": "Delete a site by ID. Sites with associated warehouses cannot be deleted.",
					"operationId": "destroySite",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/sites/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the site to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a site",
					"description": "Update an existing site's attributes such as name, code, tier, or custom fields",
					"operationId": "updateSite",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/sites/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the site to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "sites",
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": false,
							"description": "Unique site code"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "Site display name"
						},
						{
							"name": "default",
							"displayName": "Default",
							"type": "boolean",
							"required": false,
							"description": "Whether this is the default site"
						},
						{
							"name": "tier",
							"displayName": "Tier",
							"type": "options",
							"required": false,
							"description": "Site tier",
							"options": [
								"none",
								"lower",
								"upper"
							]
						},
						{
							"name": "external_system_reference1",
							"displayName": "External System Reference 1",
							"type": "string",
							"required": false,
							"description": "External system reference 1"
						},
						{
							"name": "external_system_reference2",
							"displayName": "External System Reference 2",
							"type": "string",
							"required": false,
							"description": "External system reference 2"
						},
						{
							"name": "external_system_reference3",
							"displayName": "External System Reference 3",
							"type": "string",
							"required": false,
							"description": "External system reference 3"
						},
						{
							"name": "string1",
							"displayName": "String 1",
							"type": "string",
							"required": false,
							"description": "Custom string field 1"
						},
						{
							"name": "string2",
							"displayName": "String 2",
							"type": "string",
							"required": false,
							"description": "Custom string field 2"
						},
						{
							"name": "string3",
							"displayName": "String 3",
							"type": "string",
							"required": false,
							"description": "Custom string field 3"
						},
						{
							"name": "string4",
							"displayName": "String 4",
							"type": "string",
							"required": false,
							"description": "Custom string field 4"
						},
						{
							"name": "string5",
							"displayName": "String 5",
							"type": "string",
							"required": false,
							"description": "Custom string field 5"
						}
					],
					"relationships": []
				}
			]
		},
		{
			"key": "stocks",
			"displayName": "Stock",
			"description": "Stock management for inventory operations including holds, moves, transfers, and adjustments",
			"tag": "Stocks",
			"operations": [
				{
					"key": "hold",
					"name": "Hold",
					"action": "Place stocks on hold",
					"description": "Place one or more stock records on hold, preventing them from being allocated to orders. Held stock remains at its location but is excluded from available inventory calculations.",
					"operationId": "holdStocks",
					"kind": "action",
					"method": "POST",
					"path": "/api/stocks/hold",
					"pathParams": [],
					"queryParams": [],
					"body": "json",
					"successStatus": 200,
					"fields": [
						{
							"name": "ids",
							"displayName": "IDs",
							"type": "json",
							"required": true,
							"description": "Array of stock IDs to place on hold",
							"jsonType": "array",
							"itemType": "integer"
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": true,
							"description": "Reason for placing stock on hold"
						},
						{
							"name": "reason_code_id",
							"displayName": "Reason Code ID",
							"type": "number",
							"required": false,
							"description": "Reason code ID for audit trail",
							"integer": true
						}
					],
					"relationships": []
				},
				{
					"key": "move",
					"name": "Move",
					"action": "Move stock to another location",
					"description": "Move a quantity of stock from its current location to a different location within the same warehouse. Creates a transfer transaction for audit purposes.",
					"operationId": "moveStock",
					"kind": "action",
					"method": "POST",
					"path": "/api/stocks/{id}/move",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the stock record to move",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "stocks",
					"successStatus": 200,
					"fields": [
						{
							"name": "quantity",
							"displayName": "Quantity",
							"type": "number",
							"required": true,
							"description": "Quantity to move",
							"minimum": 0
						},
						{
							"name": "to_location_id",
							"displayName": "To Location ID",
							"type": "number",
							"required": true,
							"description": "Target location ID",
							"integer": true
						},
						{
							"name": "reason_code_id",
							"displayName": "Reason Code ID",
							"type": "number",
							"required": false,
							"description": "Reason code ID for the move",
							"integer": true
						}
					],
					"relationships": []
				},
				{
					"key": "negativeAdjustment",
					"name": "Negative Adjustment",
					"action": "Perform negative stock adjustment",
					"description": "Reduce the quantity of stock at a location. Use this for stock corrections, write-offs, or recording damaged/lost inventory.",
					"operationId": "negativeAdjustmentStock",
					"kind": "action",
					"method": "POST",
					"path": "/api/stocks/{id}/negative_adjustment",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the stock record to adjust",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "stocks",
					"successStatus": 200,
					"fields": [
						{
							"name": "quantity",
							"displayName": "Quantity",
							"type": "number",
							"required": true,
							"description": "Quantity to remove from stock",
							"minimum": 0
						},
						{
							"name": "reason_code_id",
							"displayName": "Reason Code ID",
							"type": "number",
							"required": false,
							"description": "Reason code ID for the adjustment",
							"integer": true
						}
					],
					"relationships": []
				},
				{
					"key": "offhold",
					"name": "Offhold",
					"action": "Remove stocks from hold",
					"description": "Release one or more stock records from hold, making them available for allocation to orders again",
					"operationId": "offholdStocks",
					"kind": "action",
					"method": "POST",
					"path": "/api/stocks/offhold",
					"pathParams": [],
					"queryParams": [],
					"body": "json",
					"successStatus": 200,
					"fields": [
						{
							"name": "ids",
							"displayName": "IDs",
							"type": "json",
							"required": true,
							"description": "Array of stock IDs to release from hold",
							"jsonType": "array",
							"itemType": "integer"
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": true,
							"description": "Reason for releasing stock from hold"
						},
						{
							"name": "reason_code_id",
							"displayName": "Reason Code ID",
							"type": "number",
							"required": false,
							"description": "Reason code ID for audit trail",
							"integer": true
						}
					],
					"relationships": []
				},
				{
					"key": "transfer",
					"name": "Transfer",
					"action": "Transfer stock to another account",
					"description": "Transfer ownership of a quantity of stock from one account (customer) to another. The stock remains at the same location but changes ownership.",
					"operationId": "transferStock",
					"kind": "action",
					"method": "POST",
					"path": "/api/stocks/{id}/transfer",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the stock record to transfer",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "stocks",
					"successStatus": 200,
					"fields": [
						{
							"name": "quantity",
							"displayName": "Quantity",
							"type": "number",
							"required": true,
							"description": "Quantity to transfer",
							"minimum": 0
						},
						{
							"name": "to_account_id",
							"displayName": "To Account ID",
							"type": "number",
							"required": true,
							"description": "Target account ID",
							"integer": true
						},
						{
							"name": "reason_code_id",
							"displayName": "Reason Code ID",
							"type": "number",
							"required": false,
							"description": "Reason code ID for the transfer",
							"integer": true
						}
					],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update stock details",
					"description": "Update the details of an existing stock record. Covers descriptive fields, packaging configuration, physical dimensions (including weight, via the nested unit_dimensions object), and the tenant-configurable custom fields. This endpoint does not move stock or change quantity — use the dedicated move, transfer, hold and negative adjustment actions for those. Creates an attributes-updated (ATTRUP) transaction for audit purposes.",
					"operationId": "updateStock",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/stocks/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the stock record to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "stocks",
					"successStatus": 200,
					"fields": [
						{
							"name": "boolean1",
							"displayName": "Boolean 1",
							"type": "boolean",
							"required": false,
							"description": "Tenant-configurable custom flag field"
						},
						{
							"name": "boolean2",
							"displayName": "Boolean 2",
							"type": "boolean",
							"required": false,
							"description": "Tenant-configurable custom flag field"
						},
						{
							"name": "boolean3",
							"displayName": "Boolean 3",
							"type": "boolean",
							"required": false,
							"description": "Tenant-configurable custom flag field"
						},
						{
							"name": "boolean4",
							"displayName": "Boolean 4",
							"type": "boolean",
							"required": false,
							"description": "Tenant-configurable custom flag field"
						},
						{
							"name": "boolean5",
							"displayName": "Boolean 5",
							"type": "boolean",
							"required": false,
							"description": "Tenant-configurable custom flag field"
						},
						{
							"name": "configurations_per_layer",
							"displayName": "Configurations per Layer",
							"type": "number",
							"required": false,
							"description": "Number of configurations per layer",
							"minimum": 0
						},
						{
							"name": "datetime1",
							"displayName": "Datetime 1",
							"type": "string",
							"required": false,
							"description": "Tenant-configurable custom date/time field",
							"format": "date-time"
						},
						{
							"name": "datetime2",
							"displayName": "Datetime 2",
							"type": "string",
							"required": false,
							"description": "Tenant-configurable custom date/time field",
							"format": "date-time"
						},
						{
							"name": "datetime3",
							"displayName": "Datetime 3",
							"type": "string",
							"required": false,
							"description": "Tenant-configurable custom date/time field",
							"format": "date-time"
						},
						{
							"name": "datetime4",
							"displayName": "Datetime 4",
							"type": "string",
							"required": false,
							"description": "Tenant-configurable custom date/time field",
							"format": "date-time"
						},
						{
							"name": "datetime5",
							"displayName": "Datetime 5",
							"type": "string",
							"required": false,
							"description": "Tenant-configurable custom date/time field",
							"format": "date-time"
						},
						{
							"name": "depth",
							"displayName": "Depth",
							"type": "number",
							"required": false,
							"description": "Depth of the stock line, in the given unit_of_measure",
							"minimum": 0
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Free-text description of the stock line"
						},
						{
							"name": "height",
							"displayName": "Height",
							"type": "number",
							"required": false,
							"description": "Height of the stock line, in the given unit_of_measure",
							"minimum": 0
						},
						{
							"name": "integer1",
							"displayName": "Integer 1",
							"type": "number",
							"required": false,
							"description": "Tenant-configurable custom number field",
							"integer": true
						},
						{
							"name": "integer2",
							"displayName": "Integer 2",
							"type": "number",
							"required": false,
							"description": "Tenant-configurable custom number field",
							"integer": true
						},
						{
							"name": "integer3",
							"displayName": "Integer 3",
							"type": "number",
							"required": false,
							"description": "Tenant-configurable custom number field",
							"integer": true
						},
						{
							"name": "integer4",
							"displayName": "Integer 4",
							"type": "number",
							"required": false,
							"description": "Tenant-configurable custom number field",
							"integer": true
						},
						{
							"name": "integer5",
							"displayName": "Integer 5",
							"type": "number",
							"required": false,
							"description": "Tenant-configurable custom number field",
							"integer": true
						},
						{
							"name": "stock_configuration",
							"displayName": "Stock Configuration",
							"type": "options",
							"required": false,
							"description": "Packaging configuration of the stock line",
							"options": [
								"unit",
								"case",
								"inner",
								"outer"
							]
						},
						{
							"name": "string1",
							"displayName": "String 1",
							"type": "string",
							"required": false,
							"description": "Tenant-configurable custom text field"
						},
						{
							"name": "string2",
							"displayName": "String 2",
							"type": "string",
							"required": false,
							"description": "Tenant-configurable custom text field"
						},
						{
							"name": "string3",
							"displayName": "String 3",
							"type": "string",
							"required": false,
							"description": "Tenant-configurable custom text field"
						},
						{
							"name": "string4",
							"displayName": "String 4",
							"type": "string",
							"required": false,
							"description": "Tenant-configurable custom text field"
						},
						{
							"name": "string5",
							"displayName": "String 5",
							"type": "string",
							"required": false,
							"description": "Tenant-configurable custom text field"
						},
						{
							"name": "unit_dimensions",
							"displayName": "Unit Dimensions",
							"type": "json",
							"required": false,
							"description": "Nested physical dimensions record where weight and other measurements are set",
							"jsonType": "object"
						},
						{
							"name": "unit_of_measure",
							"displayName": "Unit of Measure",
							"type": "options",
							"required": false,
							"description": "Unit for the height, width and depth measurements",
							"options": [
								"centimetre",
								"metre",
								"inch",
								"foot",
								"millimetre"
							]
						},
						{
							"name": "units_per_configuration",
							"displayName": "Units per Configuration",
							"type": "number",
							"required": false,
							"description": "Number of units per configuration",
							"minimum": 0
						},
						{
							"name": "units_per_layer",
							"displayName": "Units per Layer",
							"type": "number",
							"required": false,
							"description": "Number of units per layer",
							"minimum": 0
						},
						{
							"name": "width",
							"displayName": "Width",
							"type": "number",
							"required": false,
							"description": "Width of the stock line, in the given unit_of_measure",
							"minimum": 0
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listStocks",
				"summary": "List stocks",
				"rootField": "stocks",
				"connection": "all",
				"filterType": "StockFilterType",
				"nodeSelection": "id quantity status fifo_date product { id code } location { id code } account { id code } storage_unit { id reference }",
				"nodeFields": [
					"id",
					"quantity",
					"status",
					"fifo_date",
					"product",
					"location",
					"account",
					"storage_unit"
				],
				"filters": [
					{
						"name": "product_id",
						"displayName": "Product ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Product ID"
					},
					{
						"name": "product_code",
						"displayName": "Product Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Product code"
					},
					{
						"name": "account_id",
						"displayName": "Account ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Stock account ID (stock owner)"
					},
					{
						"name": "warehouse_id",
						"displayName": "Warehouse ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Warehouse ID"
					},
					{
						"name": "location_id",
						"displayName": "Location ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Location ID"
					},
					{
						"name": "location_code",
						"displayName": "Location Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Location code"
					},
					{
						"name": "storage_unit_id",
						"displayName": "Storage Unit ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Storage unit ID"
					},
					{
						"name": "status",
						"displayName": "Status",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Stock status (e.g. available, held)"
					},
					{
						"name": "quantity",
						"displayName": "Quantity",
						"inputType": "DecimalInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"between"
						],
						"description": "Stock quantity"
					},
					{
						"name": "fifo_date",
						"displayName": "FIFO Date",
						"inputType": "DatetimeInputType",
						"operators": [
							"eq",
							"from",
							"to",
							"between"
						],
						"description": "FIFO date"
					}
				]
			}
		},
		{
			"key": "stock_balances",
			"displayName": "Stock Balance",
			"description": "Aggregated stock balance query summarising available, allocated, ordered, received, and picked quantities per product/account/warehouse",
			"tag": "Stock Balances",
			"operations": [],
			"list": {
				"operationId": "listStockBalances",
				"summary": "List stock balances",
				"rootField": "stock_balances",
				"connection": "all",
				"filterType": "StockBalancesFilterType",
				"nodeSelection": "available allocated ordered received picked product { id code } account { id code } warehouse { id }",
				"nodeFields": [
					"available",
					"allocated",
					"ordered",
					"received",
					"picked",
					"product",
					"account",
					"warehouse"
				],
				"filters": [
					{
						"name": "product_id",
						"displayName": "Product ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Product ID"
					},
					{
						"name": "product_code",
						"displayName": "Product Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Product code"
					},
					{
						"name": "account_id",
						"displayName": "Account ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Stock account ID (stock owner)"
					},
					{
						"name": "warehouse_id",
						"displayName": "Warehouse ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Warehouse ID"
					},
					{
						"name": "available",
						"displayName": "Available",
						"inputType": "DecimalInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"between"
						],
						"description": "Available quantity"
					},
					{
						"name": "allocated",
						"displayName": "Allocated",
						"inputType": "DecimalInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"between"
						],
						"description": "Allocated quantity"
					},
					{
						"name": "picked",
						"displayName": "Picked",
						"inputType": "DecimalInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"between"
						],
						"description": "Picked quantity"
					}
				]
			}
		},
		{
			"key": "stock_checks",
			"displayName": "Stock Check",
			"description": "Stock check for counting the products held at a location and reconciling them against the system. A stock check moves through pending to either passed or failed, and failed checks can subsequently be resolved with a reason code.",
			"tag": "Stock Checks",
			"operations": [
				{
					"key": "complete",
					"name": "Complete",
					"action": "Complete a stock check",
					"description": "Finalize a stock check after counts have been recorded. Any product groups that were not counted are implicitly recorded as a physical count of zero. The stock check transitions to passed if every group's latest attempt matched the system count, or to failed otherwise. The associated task is marked as completed at the same time.",
					"operationId": "completeStockCheck",
					"kind": "action",
					"method": "POST",
					"path": "/api/stock_checks/{id}/complete",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the stock check",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 200,
					"fields": [],
					"relationships": []
				},
				{
					"key": "create",
					"name": "Create",
					"action": "Create a stock check",
					"description": "Create a new stock check for a location. A stock check is a request to physically count the products held at a location and reconcile them against the system count. Creating a stock check also creates an associated task that operators can be assigned to. If a stock check is already pending for the supplied location, the existing one is returned instead of a duplicate being created.",
					"operationId": "createStockCheck",
					"kind": "create",
					"method": "POST",
					"path": "/api/stock_checks",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "stock_checks",
					"successStatus": 200,
					"fields": [
						{
							"name": "location_id",
							"displayName": "Location ID",
							"type": "number",
							"required": true,
							"description": "ID of the location whose stock will be counted",
							"integer": true
						},
						{
							"name": "expected_completion_date",
							"displayName": "Expected Completion Date",
							"type": "string",
							"required": true,
							"description": "ISO 8601 datetime by which the count is expected to be completed",
							"format": "date-time"
						}
					],
					"relationships": []
				},
				{
					"key": "recordAttempt",
					"name": "Record Attempt",
					"action": "Record a stock check count attempt",
					"description": "Log a physical count of a product at the stock check's location. The system compares the supplied physical count against its expected (system) count for the matching product group and records whether the attempt succeeded or failed. Each product group can have up to two attempts; if both attempts fail the group must be resolved before the stock check can move on.",
					"operationId": "recordStockCheckAttempt",
					"kind": "action",
					"method": "POST",
					"path": "/api/stock_checks/{id}/record_attempt",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the stock check",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"successStatus": 200,
					"fields": [
						{
							"name": "product_id",
							"displayName": "Product ID",
							"type": "number",
							"required": true,
							"description": "ID of the product being counted",
							"integer": true
						},
						{
							"name": "physical_count",
							"displayName": "Physical Count",
							"type": "number",
							"required": true,
							"description": "Quantity actually counted in the location"
						},
						{
							"name": "batch",
							"displayName": "Batch",
							"type": "string",
							"required": false,
							"description": "Batch identifier when the account uses batch tracking"
						},
						{
							"name": "sell_by_date",
							"displayName": "Sell By Date",
							"type": "string",
							"required": false,
							"description": "Sell-by date when the account uses sell-by tracking",
							"format": "date"
						},
						{
							"name": "best_before_date",
							"displayName": "Best Before Date",
							"type": "string",
							"required": false,
							"description": "Best-before date when the account uses best-before tracking",
							"format": "date"
						}
					],
					"relationships": []
				},
				{
					"key": "resolve",
					"name": "Resolve",
					"action": "Resolve failed stock check records",
					"description": "Resolve one or more failed stock check records by attaching a reason code to explain the discrepancy. Once every failed record on a stock check has been resolved, the stock check itself transitions from failed to resolved. This endpoint does NOT use JSON:API format.",
					"operationId": "resolveStockCheckRecords",
					"kind": "action",
					"method": "POST",
					"path": "/api/stock_checks/resolve",
					"pathParams": [],
					"queryParams": [],
					"body": "json",
					"successStatus": 204,
					"fields": [
						{
							"name": "stock_check_record_ids",
							"displayName": "Stock Check Record IDs",
							"type": "json",
							"required": true,
							"description": "IDs of the failed stock check records to resolve",
							"jsonType": "array",
							"itemType": "integer"
						},
						{
							"name": "reason_code_id",
							"displayName": "Reason Code ID",
							"type": "number",
							"required": true,
							"description": "ID of an active reason code of type stock_check",
							"integer": true
						}
					],
					"relationships": []
				}
			]
		},
		{
			"key": "stock_unit_types",
			"displayName": "Stock Unit Type",
			"description": "Stock unit type (the unit a product's stock is measured in)",
			"tag": "Stock Unit Types",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a stock unit type",
					"description": "Create a stock unit type",
					"operationId": "createStockUnitType",
					"kind": "create",
					"method": "POST",
					"path": "/api/stock_unit_types",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "stock_unit_types",
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": true,
							"description": "Code"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": true,
							"description": "Name"
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Description"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a stock unit type",
					"description": "Delete a stock unit type by ID",
					"operationId": "destroyStockUnitType",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/stock_unit_types/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the stock unit type",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a stock unit type",
					"description": "Update an existing stock unit type",
					"operationId": "updateStockUnitType",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/stock_unit_types/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the stock unit type",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "stock_unit_types",
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": false,
							"description": "Code"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "Name"
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Description"
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listStockUnitTypes",
				"summary": "List stock unit types",
				"rootField": "stock_unit_types",
				"connection": "all",
				"filterType": "StockUnitTypeFilterType",
				"nodeSelection": "id code name description",
				"nodeFields": [
					"id",
					"code",
					"name",
					"description"
				],
				"filters": [
					{
						"name": "code",
						"displayName": "Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Code"
					},
					{
						"name": "name",
						"displayName": "Name",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Name"
					},
					{
						"name": "description",
						"displayName": "Description",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Description"
					},
					{
						"name": "created_at",
						"displayName": "Created At",
						"inputType": "DatetimeInputType",
						"operators": [
							"eq",
							"from",
							"to",
							"between"
						],
						"description": "Creation timestamp"
					}
				]
			}
		},
		{
			"key": "storage_units",
			"displayName": "Storage Unit",
			"description": "Storage unit management for containers like pallets, cages, and boxes",
			"tag": "Storage Units",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a storage unit",
					"description": "Create a new storage unit (pallet, cage, box, etc.) for grouping and tracking inventory as a single container.",
					"operationId": "createStorageUnit",
					"kind": "create",
					"method": "POST",
					"path": "/api/storage_units",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "storage_units",
					"successStatus": 200,
					"fields": [
						{
							"name": "storage_unit_type_id",
							"displayName": "Storage Unit Type ID",
							"type": "number",
							"required": true,
							"description": "ID of the storage unit type (pallet, cage, box, etc.)",
							"integer": true
						},
						{
							"name": "reference",
							"displayName": "Reference",
							"type": "string",
							"required": false,
							"description": "Unique reference/license plate number"
						},
						{
							"name": "location_id",
							"displayName": "Location ID",
							"type": "number",
							"required": false,
							"description": "Current location ID",
							"integer": true
						},
						{
							"name": "string1",
							"displayName": "String 1",
							"type": "string",
							"required": false,
							"description": "Custom string field 1"
						},
						{
							"name": "string2",
							"displayName": "String 2",
							"type": "string",
							"required": false,
							"description": "Custom string field 2"
						},
						{
							"name": "string3",
							"displayName": "String 3",
							"type": "string",
							"required": false,
							"description": "Custom string field 3"
						},
						{
							"name": "string4",
							"displayName": "String 4",
							"type": "string",
							"required": false,
							"description": "Custom string field 4"
						},
						{
							"name": "string5",
							"displayName": "String 5",
							"type": "string",
							"required": false,
							"description": "Custom string field 5"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a storage unit",
					"description": "Delete a storage unit. Storage units with associated stock cannot be deleted.",
					"operationId": "destroyStorageUnit",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/storage_units/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the storage unit to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "pickLabel",
					"name": "Print Pick Label",
					"action": "Print a pick label for a storage unit",
					"description": "Generate a pick label for a storage unit. When cloud_print is true, the label is sent directly to the specified printer. When cloud_print is false or omitted, the response is a PDF binary stream (not JSON).",
					"operationId": "printStorageUnitPickLabel",
					"kind": "action",
					"method": "POST",
					"path": "/api/storage_units/{id}/pick_label",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the storage unit",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "storage_units",
					"successStatus": 200,
					"fields": [
						{
							"name": "cloud_print",
							"displayName": "Cloud Print",
							"type": "boolean",
							"required": false,
							"description": "When true, sends the label to a printer via PrintNode instead of returning a PDF"
						},
						{
							"name": "printer_id",
							"displayName": "Printer ID",
							"type": "number",
							"required": false,
							"description": "PrintNode printer ID to send the label to (required when cloud_print is true)",
							"integer": true
						},
						{
							"name": "quantity",
							"displayName": "Quantity",
							"type": "number",
							"required": false,
							"description": "Number of label copies to print",
							"integer": true,
							"minimum": 1
						},
						{
							"name": "task_id",
							"displayName": "Task ID",
							"type": "number",
							"required": false,
							"description": "Associated task ID for additional context on the label",
							"integer": true
						}
					],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a storage unit",
					"description": "Update an existing storage unit's attributes such as its reference or location",
					"operationId": "updateStorageUnit",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/storage_units/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the storage unit to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "storage_units",
					"partial": true,
					"successStatus": 200,
					"fields": [
						{
							"name": "storage_unit_type_id",
							"displayName": "Storage Unit Type ID",
							"type": "number",
							"required": true,
							"description": "ID of the storage unit type (pallet, cage, box, etc.)",
							"integer": true
						},
						{
							"name": "reference",
							"displayName": "Reference",
							"type": "string",
							"required": false,
							"description": "Unique reference/license plate number"
						},
						{
							"name": "location_id",
							"displayName": "Location ID",
							"type": "number",
							"required": false,
							"description": "Current location ID",
							"integer": true
						},
						{
							"name": "string1",
							"displayName": "String 1",
							"type": "string",
							"required": false,
							"description": "Custom string field 1"
						},
						{
							"name": "string2",
							"displayName": "String 2",
							"type": "string",
							"required": false,
							"description": "Custom string field 2"
						},
						{
							"name": "string3",
							"displayName": "String 3",
							"type": "string",
							"required": false,
							"description": "Custom string field 3"
						},
						{
							"name": "string4",
							"displayName": "String 4",
							"type": "string",
							"required": false,
							"description": "Custom string field 4"
						},
						{
							"name": "string5",
							"displayName": "String 5",
							"type": "string",
							"required": false,
							"description": "Custom string field 5"
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listStorageUnits",
				"summary": "List storage units",
				"rootField": "storage_units",
				"connection": "all",
				"filterType": "StorageUnitFilterType",
				"nodeSelection": "id reference active dispatched dispatched_at created_at storage_unit_type { id code name } warehouse { id code name }",
				"nodeFields": [
					"id",
					"reference",
					"active",
					"dispatched",
					"dispatched_at",
					"created_at",
					"storage_unit_type",
					"warehouse"
				],
				"filters": [
					{
						"name": "reference",
						"displayName": "Reference",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Storage unit reference/barcode"
					},
					{
						"name": "active",
						"displayName": "Active",
						"inputType": "BooleanInputType",
						"operators": [
							"eq"
						],
						"description": "Filter by active status"
					},
					{
						"name": "dispatched",
						"displayName": "Dispatched",
						"inputType": "BooleanInputType",
						"operators": [
							"eq"
						],
						"description": "Filter dispatched/undispatched units"
					},
					{
						"name": "storage_unit_type_code",
						"displayName": "Storage Unit Type Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Storage unit type code"
					},
					{
						"name": "warehouse_id",
						"displayName": "Warehouse ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"in",
							"filled"
						],
						"description": "Filter by warehouse ID"
					}
				]
			}
		},
		{
			"key": "storage_unit_types",
			"displayName": "Storage Unit Type",
			"description": "Storage unit type (pallets, cages, totes) with dimensions and barcode settings",
			"tag": "Storage Unit Types",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a storage unit type",
					"description": "Create a storage unit type",
					"operationId": "createStorageUnitType",
					"kind": "create",
					"method": "POST",
					"path": "/api/storage_unit_types",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "storage_unit_types",
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": true,
							"description": "Unique code"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": true,
							"description": "Name"
						},
						{
							"name": "sequence_id",
							"displayName": "Sequence ID",
							"type": "number",
							"required": true,
							"description": "Barcode sequence ID",
							"integer": true
						},
						{
							"name": "unit_name",
							"displayName": "Unit Name",
							"type": "string",
							"required": false,
							"description": "Singular unit name (e.g. 'Pallet')"
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Description"
						},
						{
							"name": "max_chars",
							"displayName": "Max Chars",
							"type": "number",
							"required": false,
							"description": "Maximum characters in the generated reference",
							"integer": true
						},
						{
							"name": "is_pickable",
							"displayName": "Is Pickable",
							"type": "boolean",
							"required": false,
							"description": "Whether the unit can be picked from"
						},
						{
							"name": "has_check_digit",
							"displayName": "Has Check Digit",
							"type": "boolean",
							"required": false,
							"description": "Whether the barcode includes a check digit"
						},
						{
							"name": "inherits_dimensions_from_item",
							"displayName": "Inherits Dimensions From Item",
							"type": "boolean",
							"required": false,
							"description": "Inherit dimensions from the item"
						},
						{
							"name": "leaves_warehouse",
							"displayName": "Leaves Warehouse",
							"type": "boolean",
							"required": false,
							"description": "Whether the unit leaves the warehouse"
						},
						{
							"name": "dimensions",
							"displayName": "Dimensions",
							"type": "json",
							"required": false,
							"description": "Storage unit type dimensions",
							"jsonType": "object"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a storage unit type",
					"description": "Delete a storage unit type by ID",
					"operationId": "destroyStorageUnitType",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/storage_unit_types/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the storage unit type",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a storage unit type",
					"description": "Update an existing storage unit type. Returns 204 No Content on success.",
					"operationId": "updateStorageUnitType",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/storage_unit_types/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the storage unit type",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "storage_unit_types",
					"successStatus": 204,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": false,
							"description": "Unique code"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "Name"
						},
						{
							"name": "unit_name",
							"displayName": "Unit Name",
							"type": "string",
							"required": false,
							"description": "Singular unit name (e.g. 'Pallet')"
						},
						{
							"name": "sequence_id",
							"displayName": "Sequence ID",
							"type": "number",
							"required": false,
							"description": "Barcode sequence ID",
							"integer": true
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Description"
						},
						{
							"name": "max_chars",
							"displayName": "Max Chars",
							"type": "number",
							"required": false,
							"description": "Maximum characters in the generated reference",
							"integer": true
						},
						{
							"name": "is_pickable",
							"displayName": "Is Pickable",
							"type": "boolean",
							"required": false,
							"description": "Whether the unit can be picked from"
						},
						{
							"name": "has_check_digit",
							"displayName": "Has Check Digit",
							"type": "boolean",
							"required": false,
							"description": "Whether the barcode includes a check digit"
						},
						{
							"name": "inherits_dimensions_from_item",
							"displayName": "Inherits Dimensions From Item",
							"type": "boolean",
							"required": false,
							"description": "Inherit dimensions from the item"
						},
						{
							"name": "leaves_warehouse",
							"displayName": "Leaves Warehouse",
							"type": "boolean",
							"required": false,
							"description": "Whether the unit leaves the warehouse"
						},
						{
							"name": "dimensions",
							"displayName": "Dimensions",
							"type": "json",
							"required": false,
							"description": "Storage unit type dimensions",
							"jsonType": "object"
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listStorageUnitTypes",
				"summary": "List storage unit types",
				"rootField": "storage_unit_types",
				"connection": "all",
				"filterType": "StorageUnitTypeFilterType",
				"nodeSelection": "id code name unit_name is_pickable has_check_digit dimensions { length width height weight unit_of_measure }",
				"nodeFields": [
					"id",
					"code",
					"name",
					"unit_name",
					"is_pickable",
					"has_check_digit",
					"dimensions"
				],
				"filters": [
					{
						"name": "code",
						"displayName": "Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Code"
					},
					{
						"name": "name",
						"displayName": "Name",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Name"
					},
					{
						"name": "unit_name",
						"displayName": "Unit Name",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Unit name"
					},
					{
						"name": "is_pickable",
						"displayName": "Is Pickable",
						"inputType": "BooleanInputType",
						"operators": [
							"eq"
						],
						"description": "Pickable flag"
					},
					{
						"name": "has_check_digit",
						"displayName": "Has Check Digit",
						"inputType": "BooleanInputType",
						"operators": [
							"eq"
						],
						"description": "Check-digit flag"
					},
					{
						"name": "leaves_warehouse",
						"displayName": "Leaves Warehouse",
						"inputType": "BooleanInputType",
						"operators": [
							"eq"
						],
						"description": "Leaves-warehouse flag"
					}
				]
			}
		},
		{
			"key": "subdomains",
			"displayName": "Subdomain",
			"description": "Tenant (subdomain) management. Creating a subdomain provisions a new tenant with its own isolated data; the subdomain slug cannot be changed once created.",
			"tag": "Subdomains",
			"operations": [
				{
					"key": "update",
					"name": "Update",
					"action": "Update a subdomain (tenant)",
					"description": "Update an existing tenant's company details and settings. The subdomain slug itself cannot be changed. Restricted to the admin tenant or to editing your own current subdomain.",
					"operationId": "updateSubdomain",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/subdomains/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the subdomain to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "subdomains",
					"successStatus": 200,
					"fields": [
						{
							"name": "company_name",
							"displayName": "Company Name",
							"type": "string",
							"required": false,
							"description": "Company name"
						},
						{
							"name": "language",
							"displayName": "Language",
							"type": "options",
							"required": false,
							"description": "UI language",
							"options": [
								"en-gb",
								"nl"
							]
						},
						{
							"name": "is_free_trial",
							"displayName": "Is Free Trial",
							"type": "boolean",
							"required": false,
							"description": "Whether the tenant is on a free trial"
						},
						{
							"name": "is_active",
							"displayName": "Is Active",
							"type": "boolean",
							"required": false,
							"description": "Whether the tenant is active"
						},
						{
							"name": "is_live",
							"displayName": "Is Live",
							"type": "boolean",
							"required": false,
							"description": "Whether the tenant is live"
						},
						{
							"name": "is_internal",
							"displayName": "Is Internal",
							"type": "boolean",
							"required": false,
							"description": "Whether the tenant is internal (super-admin only)"
						},
						{
							"name": "subscription_rf_implementations_active_limit",
							"displayName": "Subscription RF Implementations Active Limit",
							"type": "number",
							"required": false,
							"description": "Max concurrently-active RF implementations (super-admin only; default 2)",
							"integer": true
						},
						{
							"name": "email_address",
							"displayName": "Email Address",
							"type": "string",
							"required": false,
							"description": "Primary contact email"
						},
						{
							"name": "main_phone",
							"displayName": "Main Phone",
							"type": "string",
							"required": false,
							"description": "Main phone number"
						},
						{
							"name": "website",
							"displayName": "Website",
							"type": "string",
							"required": false,
							"description": "Company website"
						},
						{
							"name": "vat_registration_number",
							"displayName": "VAT Registration Number",
							"type": "string",
							"required": false,
							"description": "VAT registration number"
						},
						{
							"name": "company_registration_number",
							"displayName": "Company Registration Number",
							"type": "string",
							"required": false,
							"description": "Company registration number"
						},
						{
							"name": "global_location_number",
							"displayName": "Global Location Number",
							"type": "string",
							"required": false,
							"description": "GS1 Global Location Number"
						},
						{
							"name": "invoice_header_notes",
							"displayName": "Invoice Header Notes",
							"type": "string",
							"required": false,
							"description": "Notes printed at the top of invoices"
						},
						{
							"name": "invoice_footer_notes",
							"displayName": "Invoice Footer Notes",
							"type": "string",
							"required": false,
							"description": "Notes printed at the foot of invoices"
						},
						{
							"name": "address",
							"displayName": "Address",
							"type": "json",
							"required": false,
							"description": "Optional nested company address. Town/city goes in address_3.",
							"jsonType": "object"
						},
						{
							"name": "currency_id",
							"displayName": "Currency ID",
							"type": "number",
							"required": false,
							"description": "Default currency ID",
							"integer": true
						},
						{
							"name": "tax_rate_id",
							"displayName": "Tax Rate ID",
							"type": "number",
							"required": false,
							"description": "Default tax rate ID",
							"integer": true
						},
						{
							"name": "import_timezone",
							"displayName": "Import Timezone",
							"type": "string",
							"required": false,
							"description": "IANA timezone used when importing data (e.g. 'Europe/London')"
						},
						{
							"name": "load_drop_manifest_template_id",
							"displayName": "Load Drop Manifest Template ID",
							"type": "number",
							"required": false,
							"description": "Template ID for the load drop manifest",
							"integer": true
						}
					],
					"relationships": []
				}
			]
		},
		{
			"key": "suppliers",
			"displayName": "Supplier",
			"description": "Supplier management. Suppliers are the source of inbound goods.",
			"tag": "Suppliers",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a supplier",
					"description": "Create a supplier. Suppliers are the source of inbound goods and can carry a nested address.",
					"operationId": "createSupplier",
					"kind": "create",
					"method": "POST",
					"path": "/api/suppliers",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "suppliers",
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": true,
							"description": "Unique supplier code"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": true,
							"description": "Supplier name"
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Supplier description"
						},
						{
							"name": "active",
							"displayName": "Active",
							"type": "boolean",
							"required": false,
							"description": "Whether the supplier is active"
						},
						{
							"name": "external_system_reference1",
							"displayName": "External System Reference 1",
							"type": "string",
							"required": false,
							"description": "External system reference 1"
						},
						{
							"name": "external_system_reference2",
							"displayName": "External System Reference 2",
							"type": "string",
							"required": false,
							"description": "External system reference 2"
						},
						{
							"name": "external_system_reference3",
							"displayName": "External System Reference 3",
							"type": "string",
							"required": false,
							"description": "External system reference 3"
						},
						{
							"name": "address",
							"displayName": "Address",
							"type": "json",
							"required": false,
							"description": "Optional nested address for the supplier. Town/city goes in address_3.",
							"jsonType": "object"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a supplier",
					"description": "Delete a supplier by ID. Suppliers referenced by inbound goods cannot be deleted.",
					"operationId": "destroySupplier",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/suppliers/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the supplier to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a supplier",
					"description": "Update an existing supplier's attributes or nested address",
					"operationId": "updateSupplier",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/suppliers/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the supplier to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "suppliers",
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": false,
							"description": "Unique supplier code"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "Supplier name"
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Supplier description"
						},
						{
							"name": "active",
							"displayName": "Active",
							"type": "boolean",
							"required": false,
							"description": "Whether the supplier is active"
						},
						{
							"name": "external_system_reference1",
							"displayName": "External System Reference 1",
							"type": "string",
							"required": false,
							"description": "External system reference 1"
						},
						{
							"name": "external_system_reference2",
							"displayName": "External System Reference 2",
							"type": "string",
							"required": false,
							"description": "External system reference 2"
						},
						{
							"name": "external_system_reference3",
							"displayName": "External System Reference 3",
							"type": "string",
							"required": false,
							"description": "External system reference 3"
						},
						{
							"name": "address",
							"displayName": "Address",
							"type": "json",
							"required": false,
							"description": "Optional nested address for the supplier. Town/city goes in address_3.",
							"jsonType": "object"
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listSuppliers",
				"summary": "List suppliers",
				"rootField": "suppliers",
				"connection": "all",
				"filterType": "SupplierFilterType",
				"nodeSelection": "id code name description active external_system_reference1 address { id address_1 postcode }",
				"nodeFields": [
					"id",
					"code",
					"name",
					"description",
					"active",
					"external_system_reference1",
					"address"
				],
				"filters": [
					{
						"name": "id",
						"displayName": "ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Supplier ID"
					},
					{
						"name": "code",
						"displayName": "Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Supplier code"
					},
					{
						"name": "name",
						"displayName": "Name",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Supplier name"
					},
					{
						"name": "description",
						"displayName": "Description",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Supplier description"
					},
					{
						"name": "active",
						"displayName": "Active",
						"inputType": "BooleanInputType",
						"operators": [
							"eq"
						],
						"description": "Whether the supplier is active"
					},
					{
						"name": "external_system_reference1",
						"displayName": "External System Reference 1",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "External system reference"
					},
					{
						"name": "address_postcode",
						"displayName": "Address Postcode",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Supplier address postcode"
					},
					{
						"name": "created_at",
						"displayName": "Created At",
						"inputType": "DatetimeInputType",
						"operators": [
							"eq",
							"from",
							"to",
							"between"
						],
						"description": "Creation timestamp"
					}
				]
			}
		},
		{
			"key": "tasks",
			"displayName": "Task",
			"description": "Task management for warehouse operations including picking, putaway, receiving, dispatch, and replenishment tasks. Tasks are created automatically by warehouse operations (e.g., goods in receipts, goods out orders, replenishment) and cannot be created or deleted via the API. Use these endpoints to update task attributes, manage task allocation to users, and complete tasks.",
			"tag": "Tasks",
			"operations": [
				{
					"key": "allocate",
					"name": "Allocate",
					"action": "Allocate a task to a user",
					"description": "Allocate a task to a specific user. If no user_id is provided, the task is allocated to the currently authenticated user. Sets the task status to ALLOCATED and records the assignment timestamp.",
					"operationId": "allocateTask",
					"kind": "action",
					"method": "POST",
					"path": "/api/tasks/{id}/allocate",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the task to allocate",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "json",
					"successStatus": 204,
					"fields": [
						{
							"name": "user_id",
							"displayName": "User ID",
							"type": "number",
							"required": false,
							"description": "User ID to allocate the task to. Defaults to the current authenticated user if omitted",
							"integer": true
						}
					],
					"relationships": []
				},
				{
					"key": "allocateMany",
					"name": "Allocate Many",
					"action": "Allocate tasks in bulk",
					"description": "Allocate multiple tasks to a user in a single request. If no user_id is provided, tasks are allocated to the currently authenticated user.",
					"operationId": "allocateTasksCollection",
					"kind": "action",
					"method": "POST",
					"path": "/api/tasks/allocate",
					"pathParams": [],
					"queryParams": [],
					"body": "json",
					"successStatus": 204,
					"fields": [
						{
							"name": "ids",
							"displayName": "IDs",
							"type": "json",
							"required": true,
							"description": "Array of task IDs to allocate",
							"jsonType": "array",
							"itemType": "integer"
						},
						{
							"name": "user_id",
							"displayName": "User ID",
							"type": "number",
							"required": false,
							"description": "User ID to allocate tasks to. Defaults to the current authenticated user if omitted",
							"integer": true
						}
					],
					"relationships": []
				},
				{
					"key": "completeCollection",
					"name": "Complete Collection",
					"action": "Complete filtered tasks",
					"description": "Complete multiple tasks of a single type matching the supplied filters in one request. Tasks are matched by warehouse, task type, and the contents of filters; up to 50 are completed per call. The values in attributes are applied to each matched task before completion, so they apply uniformly to the whole set. This endpoint does NOT use JSON:API format.",
					"operationId": "completeTasksCollection",
					"kind": "action",
					"method": "POST",
					"path": "/api/tasks/complete_collection",
					"pathParams": [],
					"queryParams": [],
					"body": "json",
					"successStatus": 204,
					"fields": [
						{
							"name": "warehouse_id",
							"displayName": "Warehouse ID",
							"type": "number",
							"required": true,
							"description": "Warehouse ID to scope the tasks",
							"integer": true
						},
						{
							"name": "task_type_code",
							"displayName": "Task Type Code",
							"type": "options",
							"required": true,
							"description": "Task type code",
							"options": [
								"PICK",
								"DISP",
								"RCV",
								"PWAY",
								"TRAN",
								"REPLEN",
								"LOAD",
								"CONV"
							]
						},
						{
							"name": "filters",
							"displayName": "Filters",
							"type": "json",
							"required": true,
							"description": "At least one filter must be specified. Maximum 50 tasks will be completed per request.",
							"jsonType": "object"
						},
						{
							"name": "attributes",
							"displayName": "Attributes",
							"type": "json",
							"required": false,
							"description": "Optional attributes to set on each task before completion. Accepts the same fields as the task update endpoint.",
							"jsonType": "object"
						}
					],
					"relationships": []
				},
				{
					"key": "enter",
					"name": "Enter",
					"action": "Enter a task (HHD)",
					"description": "Used by handheld devices (HHDs) to enter/claim a task. Behavior depends on the current task state: if AVAILABLE, allocates to the current user and sets assigned_at and start_at; if ALLOCATED to the current user, updates last_accessed_at; if ALLOCATED to a different user, returns an error.",
					"operationId": "enterTask",
					"kind": "action",
					"method": "POST",
					"path": "/api/tasks/{id}/enter",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the task to enter",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "exit",
					"name": "Exit",
					"action": "Exit a task (HHD)",
					"description": "Used by handheld devices (HHDs) to exit/release a task. Behavior depends on the current task state: if ALLOCATED to the current user, unallocates the task and clears user_id, assigned_at, and start_at; if AVAILABLE or COMPLETED, updates last_accessed_at only.",
					"operationId": "exitTask",
					"kind": "action",
					"method": "POST",
					"path": "/api/tasks/{id}/exit",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the task to exit",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "exportReceiptTaskConfirmation",
					"name": "Export Receipt Task Confirmation",
					"action": "Export receipt task confirmation",
					"description": "Generate and download a receipt confirmation document for a completed receipt task. Returns the confirmation in the configured export format (CSV, JSON, or EDI).",
					"operationId": "exportReceiptTaskConfirmation",
					"kind": "action",
					"method": "GET",
					"path": "/api/tasks/{id}/export_receipt_task_confirmation",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the completed receipt task",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 200,
					"fields": [],
					"relationships": []
				},
				{
					"key": "receive",
					"name": "Receive",
					"action": "Receive stock against a receive task",
					"description": "Complete a receive task by recording that the inbound stock has been physically received into the receiving area. The task is updated, the inbound item's quantity_received is incremented, a follow-on putaway task is generated, and a receive transaction is recorded. Use this endpoint when stock first lands at the receiving location; use /api/receive_tasks/{id}/receive_to_putaway_location when receiving directly into a putaway location instead.",
					"operationId": "receiveStock",
					"kind": "action",
					"method": "POST",
					"path": "/api/receive_tasks/{id}/receive",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the receive task",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "tasks",
					"successStatus": 204,
					"fields": [
						{
							"name": "location_to_id",
							"displayName": "Location To ID",
							"type": "number",
							"required": false,
							"description": "Location into which the stock is received",
							"integer": true
						},
						{
							"name": "storage_unit_to_id",
							"displayName": "Storage Unit To ID",
							"type": "number",
							"required": false,
							"description": "Storage unit the received stock lands in",
							"integer": true
						},
						{
							"name": "confirmed_quantity",
							"displayName": "Confirmed Quantity",
							"type": "number",
							"required": false,
							"description": "Quantity actually received. Defaults to the task's start quantity when omitted.",
							"minimum": 0
						},
						{
							"name": "serial_numbers",
							"displayName": "Serial Numbers",
							"type": "json",
							"required": false,
							"description": "Serial numbers to assign to the received stock",
							"jsonType": "array",
							"itemType": "string"
						},
						{
							"name": "base_storage_unit_type_id",
							"displayName": "Base Storage Unit Type ID",
							"type": "number",
							"required": false,
							"description": "Base storage unit type for the received stock",
							"integer": true
						}
					],
					"relationships": []
				},
				{
					"key": "receiveToPutawayLocation",
					"name": "Receive To Putaway Location",
					"action": "Receive stock straight into a putaway location",
					"description": "Complete a receive task by landing the stock directly into a putaway location instead of the receiving area. The destination location_to_id is required because the stock bypasses the receiving step. Otherwise behaves like /api/receive_tasks/{id}/receive: updates the task, increments the inbound item's quantity_received, and records the receive transaction.",
					"operationId": "receiveStockToPutawayLocation",
					"kind": "action",
					"method": "POST",
					"path": "/api/receive_tasks/{id}/receive_to_putaway_location",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the receive task",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "tasks",
					"successStatus": 204,
					"fields": [
						{
							"name": "location_to_id",
							"displayName": "Location To ID",
							"type": "number",
							"required": true,
							"description": "Putaway location where the stock is received",
							"integer": true
						},
						{
							"name": "storage_unit_to_id",
							"displayName": "Storage Unit To ID",
							"type": "number",
							"required": false,
							"description": "Storage unit the received stock lands in",
							"integer": true
						},
						{
							"name": "confirmed_quantity",
							"displayName": "Confirmed Quantity",
							"type": "number",
							"required": false,
							"description": "Quantity actually received. Defaults to the task's start quantity when omitted.",
							"minimum": 0
						},
						{
							"name": "serial_numbers",
							"displayName": "Serial Numbers",
							"type": "json",
							"required": false,
							"description": "Serial numbers to assign to the received stock",
							"jsonType": "array",
							"itemType": "string"
						}
					],
					"relationships": []
				},
				{
					"key": "unallocate",
					"name": "Unallocate",
					"action": "Unallocate a task",
					"description": "Remove user allocation from a task, setting its status back to AVAILABLE and clearing the user assignment, assigned_at, and start_at fields",
					"operationId": "unallocateTask",
					"kind": "action",
					"method": "PATCH",
					"path": "/api/tasks/{id}/unallocate",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the task to unallocate",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "unallocateMany",
					"name": "Unallocate Many",
					"action": "Unallocate tasks in bulk",
					"description": "Remove user allocation from multiple tasks in a single request. Sets each task's status back to AVAILABLE and clears user assignment fields.",
					"operationId": "unallocateTasksCollection",
					"kind": "action",
					"method": "PATCH",
					"path": "/api/tasks/unallocate",
					"pathParams": [],
					"queryParams": [],
					"body": "json",
					"successStatus": 204,
					"fields": [
						{
							"name": "ids",
							"displayName": "IDs",
							"type": "json",
							"required": true,
							"description": "Array of task IDs to unallocate",
							"jsonType": "array",
							"itemType": "integer"
						}
					],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update or complete a task",
					"description": "Update attributes of an existing task, or complete it. Tasks are created automatically by warehouse operations and this endpoint allows modifying task properties such as priority, notes, locations, quantities, and custom fields. To complete a single task, send status: \"completed\" together with the attributes required by that task's type. To complete multiple tasks of the same type in one call use POST /api/tasks/complete_collection. Type-specific receive and load actions are documented under the Goods In: Receipts and Loads tags respectively.",
					"operationId": "updateTask",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/tasks/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the task to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "tasks",
					"successStatus": 200,
					"fields": [
						{
							"name": "account_id",
							"displayName": "Account ID",
							"type": "number",
							"required": false,
							"description": "Stock account ID",
							"integer": true,
							"example": 1
						},
						{
							"name": "assigned_at",
							"displayName": "Assigned At",
							"type": "string",
							"required": false,
							"description": "Assignment datetime",
							"format": "date-time",
							"example": "2026-03-12T08:00:00Z"
						},
						{
							"name": "boolean1",
							"displayName": "Boolean 1",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 1",
							"example": false
						},
						{
							"name": "boolean2",
							"displayName": "Boolean 2",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 2"
						},
						{
							"name": "boolean3",
							"displayName": "Boolean 3",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 3"
						},
						{
							"name": "boolean4",
							"displayName": "Boolean 4",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 4"
						},
						{
							"name": "boolean5",
							"displayName": "Boolean 5",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 5"
						},
						{
							"name": "completed_at",
							"displayName": "Completed At",
							"type": "string",
							"required": false,
							"description": "Completion datetime",
							"format": "date-time",
							"example": "2026-03-12T16:30:00Z"
						},
						{
							"name": "confirmed_quantity",
							"displayName": "Confirmed Quantity",
							"type": "number",
							"required": false,
							"description": "Confirmed/completed quantity",
							"minimum": 0,
							"example": 8
						},
						{
							"name": "datetime1",
							"displayName": "Datetime 1",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 1",
							"format": "date-time"
						},
						{
							"name": "datetime2",
							"displayName": "Datetime 2",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 2",
							"format": "date-time"
						},
						{
							"name": "datetime3",
							"displayName": "Datetime 3",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 3",
							"format": "date-time"
						},
						{
							"name": "datetime4",
							"displayName": "Datetime 4",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 4",
							"format": "date-time"
						},
						{
							"name": "datetime5",
							"displayName": "Datetime 5",
							"type": "string",
							"required": false,
							"description": "Custom datetime field 5",
							"format": "date-time"
						},
						{
							"name": "device_id",
							"displayName": "Device ID",
							"type": "number",
							"required": false,
							"description": "Device ID",
							"integer": true,
							"example": 3
						},
						{
							"name": "device_type_id",
							"displayName": "Device Type ID",
							"type": "number",
							"required": false,
							"description": "Device type ID",
							"integer": true,
							"example": 1
						},
						{
							"name": "dispatch_container_id",
							"displayName": "Dispatch Container ID",
							"type": "number",
							"required": false,
							"description": "Associated dispatch container ID",
							"integer": true,
							"example": 50
						},
						{
							"name": "drop_sequence",
							"displayName": "Drop Sequence",
							"type": "number",
							"required": false,
							"description": "Drop sequence order",
							"integer": true,
							"minimum": 1,
							"maximum": 9999999999,
							"example": 1
						},
						{
							"name": "end_at",
							"displayName": "End At",
							"type": "string",
							"required": false,
							"description": "Planned end datetime",
							"format": "date-time",
							"example": "2026-03-12T17:00:00Z"
						},
						{
							"name": "integer1",
							"displayName": "Integer 1",
							"type": "number",
							"required": false,
							"description": "Custom integer field 1",
							"integer": true
						},
						{
							"name": "integer2",
							"displayName": "Integer 2",
							"type": "number",
							"required": false,
							"description": "Custom integer field 2",
							"integer": true
						},
						{
							"name": "integer3",
							"displayName": "Integer 3",
							"type": "number",
							"required": false,
							"description": "Custom integer field 3",
							"integer": true
						},
						{
							"name": "integer4",
							"displayName": "Integer 4",
							"type": "number",
							"required": false,
							"description": "Custom integer field 4",
							"integer": true
						},
						{
							"name": "integer5",
							"displayName": "Integer 5",
							"type": "number",
							"required": false,
							"description": "Custom integer field 5",
							"integer": true
						},
						{
							"name": "load_drop_id",
							"displayName": "Load Drop ID",
							"type": "number",
							"required": false,
							"description": "Associated load drop ID",
							"integer": true,
							"example": 10
						},
						{
							"name": "load_id",
							"displayName": "Load ID",
							"type": "number",
							"required": false,
							"description": "Associated load ID",
							"integer": true,
							"example": 5
						},
						{
							"name": "location_from_id",
							"displayName": "Location From ID",
							"type": "number",
							"required": false,
							"description": "Source location ID",
							"integer": true,
							"example": 10
						},
						{
							"name": "location_to_id",
							"displayName": "Location To ID",
							"type": "number",
							"required": false,
							"description": "Destination location ID",
							"integer": true,
							"example": 25
						},
						{
							"name": "notes",
							"displayName": "Notes",
							"type": "string",
							"required": false,
							"description": "Free-text notes",
							"example": "Urgent - customer waiting"
						},
						{
							"name": "parent_task_id",
							"displayName": "Parent Task ID",
							"type": "number",
							"required": false,
							"description": "Parent task ID for subtasks",
							"integer": true,
							"example": 100
						},
						{
							"name": "priority",
							"displayName": "Priority",
							"type": "number",
							"required": false,
							"description": "Task priority (higher = more urgent)",
							"integer": true,
							"example": 10
						},
						{
							"name": "product_id",
							"displayName": "Product ID",
							"type": "number",
							"required": false,
							"description": "Product ID",
							"integer": true,
							"example": 42
						},
						{
							"name": "serial_numbers",
							"displayName": "Serial Numbers",
							"type": "json",
							"required": false,
							"description": "Array of serial number strings",
							"jsonType": "array",
							"itemType": "string"
						},
						{
							"name": "start_at",
							"displayName": "Start At",
							"type": "string",
							"required": false,
							"description": "Planned start datetime",
							"format": "date-time",
							"example": "2026-03-12T08:00:00Z"
						},
						{
							"name": "start_quantity",
							"displayName": "Start Quantity",
							"type": "number",
							"required": false,
							"description": "Starting quantity",
							"minimum": 0,
							"example": 10
						},
						{
							"name": "status",
							"displayName": "Status",
							"type": "string",
							"required": false,
							"description": "Task status",
							"example": "AVAILABLE"
						},
						{
							"name": "stock_description",
							"displayName": "Stock Description",
							"type": "string",
							"required": false,
							"description": "Stock description text",
							"example": "Widget A"
						},
						{
							"name": "stock_id",
							"displayName": "Stock ID",
							"type": "number",
							"required": false,
							"description": "Associated stock record ID",
							"integer": true,
							"example": 200
						},
						{
							"name": "storage_unit_from_id",
							"displayName": "Storage Unit From ID",
							"type": "number",
							"required": false,
							"description": "Source storage unit ID",
							"integer": true,
							"example": 30
						},
						{
							"name": "storage_unit_to_id",
							"displayName": "Storage Unit To ID",
							"type": "number",
							"required": false,
							"description": "Destination storage unit ID",
							"integer": true,
							"example": 31
						},
						{
							"name": "string1",
							"displayName": "String 1",
							"type": "string",
							"required": false,
							"description": "Custom string field 1"
						},
						{
							"name": "string2",
							"displayName": "String 2",
							"type": "string",
							"required": false,
							"description": "Custom string field 2"
						},
						{
							"name": "string3",
							"displayName": "String 3",
							"type": "string",
							"required": false,
							"description": "Custom string field 3"
						},
						{
							"name": "string4",
							"displayName": "String 4",
							"type": "string",
							"required": false,
							"description": "Custom string field 4"
						},
						{
							"name": "string5",
							"displayName": "String 5",
							"type": "string",
							"required": false,
							"description": "Custom string field 5"
						},
						{
							"name": "transaction_line_id",
							"displayName": "Transaction Line ID",
							"type": "number",
							"required": false,
							"description": "Transaction line ID",
							"integer": true,
							"example": 15
						},
						{
							"name": "transaction_number_id",
							"displayName": "Transaction Number ID",
							"type": "number",
							"required": false,
							"description": "Transaction number ID",
							"integer": true,
							"example": 500
						},
						{
							"name": "user_completed_by_id",
							"displayName": "User Completed By ID",
							"type": "number",
							"required": false,
							"description": "User who completed the task",
							"integer": true,
							"example": 5
						},
						{
							"name": "user_created_by_id",
							"displayName": "User Created By ID",
							"type": "number",
							"required": false,
							"description": "User who created the task",
							"integer": true,
							"example": 3
						},
						{
							"name": "user_id",
							"displayName": "User ID",
							"type": "number",
							"required": false,
							"description": "Assigned user ID",
							"integer": true,
							"example": 5
						},
						{
							"name": "warehouse_id",
							"displayName": "Warehouse ID",
							"type": "number",
							"required": false,
							"description": "Warehouse ID",
							"integer": true,
							"example": 1
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listTasks",
				"summary": "List tasks",
				"rootField": "tasks",
				"connection": "all",
				"filterType": "TaskFilterType",
				"nodeSelection": "id status subtype start_quantity confirmed_quantity created_at account { id code } warehouse { id code } product { id code } task_type { id code } location_from { id code } location_to { id code }",
				"nodeFields": [
					"id",
					"status",
					"subtype",
					"start_quantity",
					"confirmed_quantity",
					"created_at",
					"account",
					"warehouse",
					"product",
					"task_type",
					"location_from",
					"location_to"
				],
				"filters": [
					{
						"name": "status",
						"displayName": "Status",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Task status (e.g., AVAILABLE, ALLOCATED, COMPLETED)"
					},
					{
						"name": "subtype",
						"displayName": "Subtype",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Task subtype"
					},
					{
						"name": "task_type_code",
						"displayName": "Task Type Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Task type code (PICK, DISP, RCV, PWAY, TRAN, REPLEN, LOAD, CONV)"
					},
					{
						"name": "account_id",
						"displayName": "Account ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"in",
							"filled"
						],
						"description": "Filter by account ID"
					},
					{
						"name": "warehouse_id",
						"displayName": "Warehouse ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"in",
							"filled"
						],
						"description": "Filter by warehouse ID"
					},
					{
						"name": "product_id",
						"displayName": "Product ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"in",
							"filled"
						],
						"description": "Filter by product ID"
					},
					{
						"name": "location_from_id",
						"displayName": "Location From ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"in",
							"filled"
						],
						"description": "Filter by source location ID"
					},
					{
						"name": "location_to_id",
						"displayName": "Location To ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"in",
							"filled"
						],
						"description": "Filter by destination location ID"
					},
					{
						"name": "user_id",
						"displayName": "User ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"in",
							"filled"
						],
						"description": "Filter by assigned user ID"
					},
					{
						"name": "goods_out_id",
						"displayName": "Goods Out ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"in",
							"filled"
						],
						"description": "Filter by goods out order ID"
					},
					{
						"name": "goods_in_receipt_line_id",
						"displayName": "Goods In Receipt Line ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"in",
							"filled"
						],
						"description": "Filter by goods in receipt line ID"
					},
					{
						"name": "storage_unit_from_id",
						"displayName": "Storage Unit From ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"in",
							"filled"
						],
						"description": "Filter by source storage unit ID"
					},
					{
						"name": "load_id",
						"displayName": "Load ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"in",
							"filled"
						],
						"description": "Filter by load ID"
					},
					{
						"name": "assigned_at",
						"displayName": "Assigned At",
						"inputType": "DatetimeInputType",
						"operators": [
							"eq",
							"from",
							"to",
							"between"
						],
						"description": "Filter by assignment date"
					},
					{
						"name": "completed_at",
						"displayName": "Completed At",
						"inputType": "DatetimeInputType",
						"operators": [
							"eq",
							"from",
							"to",
							"between"
						],
						"description": "Filter by completion date"
					},
					{
						"name": "created_at",
						"displayName": "Created At",
						"inputType": "DatetimeInputType",
						"operators": [
							"eq",
							"from",
							"to",
							"between"
						],
						"description": "Filter by creation date"
					},
					{
						"name": "priority",
						"displayName": "Priority",
						"inputType": "IntegerInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"between"
						],
						"description": "Filter by priority"
					},
					{
						"name": "drop_sequence",
						"displayName": "Drop Sequence",
						"inputType": "IntegerInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"between"
						],
						"description": "Filter by drop sequence"
					}
				]
			}
		},
		{
			"key": "tax_rates",
			"displayName": "Tax Rate",
			"description": "Tax rate management with percentage component rates",
			"tag": "Tax Rates",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a tax rate",
					"description": "Create a tax rate with a percentage component rate (0–100)",
					"operationId": "createTaxRate",
					"kind": "create",
					"method": "POST",
					"path": "/api/tax_rates",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "tax_rates",
					"successStatus": 200,
					"fields": [
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": true,
							"description": "Tax rate name"
						},
						{
							"name": "component_rate",
							"displayName": "Component Rate",
							"type": "number",
							"required": true,
							"description": "Tax percentage rate (0–100)",
							"minimum": 0,
							"maximum": 100
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a tax rate",
					"description": "Delete a tax rate by ID",
					"operationId": "destroyTaxRate",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/tax_rates/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the tax rate to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a tax rate",
					"description": "Update a tax rate. Only the name can be changed; the component_rate is fixed after creation.",
					"operationId": "updateTaxRate",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/tax_rates/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the tax rate to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "tax_rates",
					"successStatus": 200,
					"fields": [
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": true,
							"description": "Tax rate name"
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listTaxRates",
				"summary": "List tax rates",
				"rootField": "tax_rates",
				"connection": "all",
				"filterType": "TaxRateFilterType",
				"nodeSelection": "id name component_name component_rate tax_type default",
				"nodeFields": [
					"id",
					"name",
					"component_name",
					"component_rate",
					"tax_type",
					"default"
				],
				"filters": [
					{
						"name": "id",
						"displayName": "ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Tax rate ID"
					},
					{
						"name": "name",
						"displayName": "Name",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Tax rate name"
					},
					{
						"name": "component_name",
						"displayName": "Component Name",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Tax component name"
					},
					{
						"name": "component_rate",
						"displayName": "Component Rate",
						"inputType": "DecimalInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"between"
						],
						"description": "Tax percentage rate"
					},
					{
						"name": "tax_type",
						"displayName": "Tax Type",
						"inputType": "TaxTypeInputType",
						"operators": [
							"eq",
							"in"
						],
						"description": "Tax type (enum input — sales, purchases)"
					},
					{
						"name": "default",
						"displayName": "Default",
						"inputType": "BooleanInputType",
						"operators": [
							"eq"
						],
						"description": "Whether this is the default tax rate"
					}
				]
			}
		},
		{
			"key": "tax_types",
			"displayName": "Tax Type",
			"description": "Tax type management",
			"tag": "Tax Types",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a tax type",
					"description": "Create a tax type with a code, description, and rate",
					"operationId": "createTaxType",
					"kind": "create",
					"method": "POST",
					"path": "/api/tax_types",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "tax_types",
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": true,
							"description": "Tax type code"
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": true,
							"description": "Tax type description"
						},
						{
							"name": "rate",
							"displayName": "Rate",
							"type": "number",
							"required": true,
							"description": "Tax rate percentage"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a tax type",
					"description": "Delete a tax type by ID",
					"operationId": "destroyTaxType",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/tax_types/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the tax type to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a tax type",
					"description": "Update an existing tax type's code, description, or rate",
					"operationId": "updateTaxType",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/tax_types/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the tax type to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "tax_types",
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": false,
							"description": "Tax type code"
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Tax type description"
						},
						{
							"name": "rate",
							"displayName": "Rate",
							"type": "number",
							"required": false,
							"description": "Tax rate percentage"
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listTaxTypes",
				"summary": "List tax types",
				"rootField": "tax_types",
				"connection": "all",
				"filterType": "TaxTypeFilterType",
				"nodeSelection": "id code description rate",
				"nodeFields": [
					"id",
					"code",
					"description",
					"rate"
				],
				"filters": [
					{
						"name": "code",
						"displayName": "Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Tax type code"
					},
					{
						"name": "description",
						"displayName": "Description",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Tax type description"
					},
					{
						"name": "rate",
						"displayName": "Rate",
						"inputType": "DecimalInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"between"
						],
						"description": "Tax rate percentage"
					},
					{
						"name": "created_at",
						"displayName": "Created At",
						"inputType": "DatetimeInputType",
						"operators": [
							"eq",
							"from",
							"to",
							"between"
						],
						"description": "Creation timestamp"
					}
				]
			}
		},
		{
			"key": "templates",
			"displayName": "Template",
			"description": "Template management for creating, updating, and testing Liquid HTML print templates",
			"tag": "Templates",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a template",
					"description": "Create a new Liquid HTML print template for generating documents such as dispatch notes, picking notes, and invoices",
					"operationId": "createTemplate",
					"kind": "create",
					"method": "POST",
					"path": "/api/templates",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "templates",
					"successStatus": 200,
					"fields": [
						{
							"name": "template_type_id",
							"displayName": "Template Type ID",
							"type": "number",
							"required": true,
							"description": "Template type ID (codes: dispatch_note, picking_note, commercial_invoice, invoice, put_away_note, pre_receipt, pre_pick_label, storage_unit_labels, pick_storage_unit_label)",
							"integer": true
						},
						{
							"name": "bottom",
							"displayName": "Bottom",
							"type": "number",
							"required": false,
							"description": "Bottom margin in mm"
						},
						{
							"name": "default",
							"displayName": "Default",
							"type": "boolean",
							"required": false,
							"description": "Whether this is the default template for its type"
						},
						{
							"name": "footer_height",
							"displayName": "Footer Height",
							"type": "number",
							"required": false,
							"description": "Footer area height in mm"
						},
						{
							"name": "footer_spacing",
							"displayName": "Footer Spacing",
							"type": "number",
							"required": false,
							"description": "Spacing between body and footer in mm"
						},
						{
							"name": "header_height",
							"displayName": "Header Height",
							"type": "number",
							"required": false,
							"description": "Header area height in mm"
						},
						{
							"name": "header_spacing",
							"displayName": "Header Spacing",
							"type": "number",
							"required": false,
							"description": "Spacing between header and body in mm"
						},
						{
							"name": "left",
							"displayName": "Left",
							"type": "number",
							"required": false,
							"description": "Left margin in mm"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "Template display name"
						},
						{
							"name": "orientation",
							"displayName": "Orientation",
							"type": "options",
							"required": false,
							"description": "Page orientation",
							"options": [
								"Portrait",
								"Landscape"
							]
						},
						{
							"name": "page_height",
							"displayName": "Page Height",
							"type": "number",
							"required": false,
							"description": "Page height in mm (e.g., 297 for A4 portrait)"
						},
						{
							"name": "page_width",
							"displayName": "Page Width",
							"type": "number",
							"required": false,
							"description": "Page width in mm (e.g., 210 for A4 portrait)"
						},
						{
							"name": "right",
							"displayName": "Right",
							"type": "number",
							"required": false,
							"description": "Right margin in mm"
						},
						{
							"name": "template_footer_id",
							"displayName": "Template Footer ID",
							"type": "number",
							"required": false,
							"description": "ID of a template to use as footer",
							"integer": true
						},
						{
							"name": "template_header_id",
							"displayName": "Template Header ID",
							"type": "number",
							"required": false,
							"description": "ID of a template to use as header",
							"integer": true
						},
						{
							"name": "top",
							"displayName": "Top",
							"type": "number",
							"required": false,
							"description": "Top margin in mm"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a template",
					"description": "Delete a template",
					"operationId": "destroyTemplate",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/templates/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the template to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "test",
					"name": "Test",
					"action": "Trigger test print",
					"description": "Generate a test print of the template to verify it renders correctly. Returns a document record with 'queued' status.",
					"operationId": "testPrintTemplate",
					"kind": "action",
					"method": "PATCH",
					"path": "/api/templates/{id}/test",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the template to test",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 200,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a template",
					"description": "Update an existing template's attributes, print parameters, or default status",
					"operationId": "updateTemplate",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/templates/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the template to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "templates",
					"successStatus": 200,
					"fields": [
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "Template display name"
						},
						{
							"name": "default",
							"displayName": "Default",
							"type": "boolean",
							"required": false,
							"description": "Whether this is the default template for its type"
						},
						{
							"name": "template_type_id",
							"displayName": "Template Type ID",
							"type": "number",
							"required": false,
							"description": "Template type ID",
							"integer": true
						},
						{
							"name": "template_header_id",
							"displayName": "Template Header ID",
							"type": "number",
							"required": false,
							"description": "Template to use as header",
							"integer": true
						},
						{
							"name": "template_footer_id",
							"displayName": "Template Footer ID",
							"type": "number",
							"required": false,
							"description": "Template to use as footer",
							"integer": true
						},
						{
							"name": "print_params",
							"displayName": "Print Params",
							"type": "json",
							"required": false,
							"description": "Print layout parameters for templates. All dimensions are in millimeters (mm).",
							"jsonType": "object"
						}
					],
					"relationships": []
				},
				{
					"key": "attachment",
					"name": "Upload Attachment",
					"action": "Upload Liquid HTML template file",
					"description": "Upload a Liquid HTML file as the template's content. This replaces any existing attachment.",
					"operationId": "uploadTemplateAttachment",
					"kind": "action",
					"method": "POST",
					"path": "/api/templates/{id}/attachment",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the template",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "binary",
					"successStatus": 200,
					"fields": [],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listTemplates",
				"summary": "List templates",
				"rootField": "templates",
				"connection": "all",
				"filterType": "TemplateFilterType",
				"nodeSelection": "id name default path template_type { id code name }",
				"nodeFields": [
					"id",
					"name",
					"default",
					"path",
					"template_type"
				],
				"filters": [
					{
						"name": "name",
						"displayName": "Name",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Template name"
					},
					{
						"name": "template_type_code",
						"displayName": "Template Type Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Template type code"
					},
					{
						"name": "default",
						"displayName": "Default",
						"inputType": "BooleanInputType",
						"operators": [
							"eq"
						],
						"description": "Filter default templates"
					}
				]
			}
		},
		{
			"key": "trailers",
			"displayName": "Trailer",
			"description": "Trailer management for loading and dispatch",
			"tag": "Trailers",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a trailer",
					"description": "Create a trailer",
					"operationId": "createTrailer",
					"kind": "create",
					"method": "POST",
					"path": "/api/trailers",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "trailers",
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": true,
							"description": "Unique trailer code"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": true,
							"description": "Trailer name"
						},
						{
							"name": "trailer_type_id",
							"displayName": "Trailer Type ID",
							"type": "number",
							"required": true,
							"description": "Trailer type ID",
							"integer": true
						},
						{
							"name": "active",
							"displayName": "Active",
							"type": "boolean",
							"required": true,
							"description": "Whether the trailer is active"
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Description"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a trailer",
					"description": "Delete a trailer by ID",
					"operationId": "destroyTrailer",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/trailers/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the trailer",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a trailer",
					"description": "Update an existing trailer",
					"operationId": "updateTrailer",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/trailers/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the trailer",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "trailers",
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": false,
							"description": "Unique trailer code"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "Trailer name"
						},
						{
							"name": "trailer_type_id",
							"displayName": "Trailer Type ID",
							"type": "number",
							"required": false,
							"description": "Trailer type ID",
							"integer": true
						},
						{
							"name": "active",
							"displayName": "Active",
							"type": "boolean",
							"required": false,
							"description": "Whether the trailer is active"
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Description"
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listTrailers",
				"summary": "List trailers",
				"rootField": "trailers",
				"connection": "all",
				"filterType": "TrailerFilterType",
				"nodeSelection": "id code name description active trailer_type { id code }",
				"nodeFields": [
					"id",
					"code",
					"name",
					"description",
					"active",
					"trailer_type"
				],
				"filters": [
					{
						"name": "code",
						"displayName": "Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Trailer code"
					},
					{
						"name": "name",
						"displayName": "Name",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Trailer name"
					},
					{
						"name": "active",
						"displayName": "Active",
						"inputType": "BooleanInputType",
						"operators": [
							"eq"
						],
						"description": "Active flag"
					},
					{
						"name": "trailer_type_id",
						"displayName": "Trailer Type ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Trailer type ID"
					},
					{
						"name": "trailer_type_code",
						"displayName": "Trailer Type Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Trailer type code"
					}
				]
			}
		},
		{
			"key": "trailer_types",
			"displayName": "Trailer Type",
			"description": "Trailer type",
			"tag": "Trailer Types",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a trailer type",
					"description": "Create a trailer type",
					"operationId": "createTrailerType",
					"kind": "create",
					"method": "POST",
					"path": "/api/trailer_types",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "trailer_types",
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": true,
							"description": "Unique trailer type code"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": true,
							"description": "Trailer type name"
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Description"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a trailer type",
					"description": "Delete a trailer type by ID",
					"operationId": "destroyTrailerType",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/trailer_types/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the trailer type",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a trailer type",
					"description": "Update an existing trailer type",
					"operationId": "updateTrailerType",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/trailer_types/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the trailer type",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "trailer_types",
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": false,
							"description": "Unique trailer type code"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "Trailer type name"
						},
						{
							"name": "description",
							"displayName": "Description",
							"type": "string",
							"required": false,
							"description": "Description"
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listTrailerTypes",
				"summary": "List trailer types",
				"rootField": "trailer_types",
				"connection": "all",
				"filterType": "TrailerTypeFilterType",
				"nodeSelection": "id code name description",
				"nodeFields": [
					"id",
					"code",
					"name",
					"description"
				],
				"filters": [
					{
						"name": "code",
						"displayName": "Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Trailer type code"
					},
					{
						"name": "name",
						"displayName": "Name",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Trailer type name"
					},
					{
						"name": "description",
						"displayName": "Description",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Description"
					},
					{
						"name": "created_at",
						"displayName": "Created At",
						"inputType": "DatetimeInputType",
						"operators": [
							"eq",
							"from",
							"to",
							"between"
						],
						"description": "Creation timestamp"
					}
				]
			}
		},
		{
			"key": "transactions",
			"displayName": "Transaction",
			"description": "Read-only stock transaction history query. Transactions record every stock movement and cannot be created or modified via the API.",
			"tag": "Transactions",
			"operations": [],
			"list": {
				"operationId": "listTransactions",
				"summary": "List transactions",
				"rootField": "transactions",
				"connection": "all",
				"filterType": "TransactionFilterType",
				"nodeSelection": "id subtype category quantity created_at product { id code } account { id code } location_from { id code } location_to { id code } completing_user { id }",
				"nodeFields": [
					"id",
					"subtype",
					"category",
					"quantity",
					"created_at",
					"product",
					"account",
					"location_from",
					"location_to",
					"completing_user"
				],
				"filters": [
					{
						"name": "subtype",
						"displayName": "Subtype",
						"inputType": "SubtypeTypeInputType",
						"operators": [
							"eq",
							"in"
						],
						"description": "Transaction subtype (enum input — e.g. PICK, RCV, TRAN)"
					},
					{
						"name": "category",
						"displayName": "Category",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Transaction category"
					},
					{
						"name": "product_id",
						"displayName": "Product ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Product ID"
					},
					{
						"name": "account_id",
						"displayName": "Account ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Stock account ID (stock owner)"
					},
					{
						"name": "warehouse_id",
						"displayName": "Warehouse ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Warehouse ID"
					},
					{
						"name": "created_at",
						"displayName": "Created At",
						"inputType": "DatetimeInputType",
						"operators": [
							"eq",
							"from",
							"to",
							"between"
						],
						"description": "Creation timestamp"
					},
					{
						"name": "goods_out_id",
						"displayName": "Goods Out ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Related goods out ID"
					},
					{
						"name": "location_from_id",
						"displayName": "Location From ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Source location ID"
					},
					{
						"name": "location_to_id",
						"displayName": "Location To ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Destination location ID"
					}
				]
			}
		},
		{
			"key": "users",
			"displayName": "User",
			"description": "User management for system access and permissions",
			"tag": "Users",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a user",
					"description": "Create a new user account for accessing the WMS. Users are assigned roles that determine their permissions.",
					"operationId": "createUser",
					"kind": "create",
					"method": "POST",
					"path": "/api/users",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "users",
					"successStatus": 200,
					"fields": [
						{
							"name": "email",
							"displayName": "Email",
							"type": "string",
							"required": true,
							"description": "User email address (used for login)",
							"format": "email"
						},
						{
							"name": "role_id",
							"displayName": "Role ID",
							"type": "number",
							"required": true,
							"description": "Role ID determining user permissions",
							"integer": true
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "User display name"
						},
						{
							"name": "user_type",
							"displayName": "User Type",
							"type": "options",
							"required": false,
							"description": "Type of user access",
							"options": [
								"api",
								"web",
								"account"
							]
						},
						{
							"name": "is_active",
							"displayName": "Is Active",
							"type": "boolean",
							"required": false,
							"description": "If false, user cannot log in"
						},
						{
							"name": "language",
							"displayName": "Language",
							"type": "string",
							"required": false,
							"description": "Preferred language code"
						},
						{
							"name": "timezone",
							"displayName": "Timezone",
							"type": "string",
							"required": false,
							"description": "Preferred timezone"
						},
						{
							"name": "external_system_reference1",
							"displayName": "External System Reference 1",
							"type": "string",
							"required": false,
							"description": "External system reference 1"
						},
						{
							"name": "external_system_reference2",
							"displayName": "External System Reference 2",
							"type": "string",
							"required": false,
							"description": "External system reference 2"
						},
						{
							"name": "external_system_reference3",
							"displayName": "External System Reference 3",
							"type": "string",
							"required": false,
							"description": "External system reference 3"
						},
						{
							"name": "string1",
							"displayName": "String 1",
							"type": "string",
							"required": false,
							"description": "Custom string field 1"
						},
						{
							"name": "string2",
							"displayName": "String 2",
							"type": "string",
							"required": false,
							"description": "Custom string field 2"
						},
						{
							"name": "string3",
							"displayName": "String 3",
							"type": "string",
							"required": false,
							"description": "Custom string field 3"
						},
						{
							"name": "string4",
							"displayName": "String 4",
							"type": "string",
							"required": false,
							"description": "Custom string field 4"
						},
						{
							"name": "string5",
							"displayName": "String 5",
							"type": "string",
							"required": false,
							"description": "Custom string field 5"
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a user",
					"description": "Delete a user account. Consider deactivating instead to preserve audit history.",
					"operationId": "destroyUser",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/users/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the user to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a user",
					"description": "Update an existing user's attributes such as name, email, role, or active status",
					"operationId": "updateUser",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/users/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the user to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "users",
					"successStatus": 200,
					"fields": [
						{
							"name": "email",
							"displayName": "Email",
							"type": "string",
							"required": false,
							"description": "User email address",
							"format": "email"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "User display name"
						},
						{
							"name": "role_id",
							"displayName": "Role ID",
							"type": "number",
							"required": false,
							"description": "Role ID",
							"integer": true
						},
						{
							"name": "is_active",
							"displayName": "Is Active",
							"type": "boolean",
							"required": false,
							"description": "Active status"
						},
						{
							"name": "language",
							"displayName": "Language",
							"type": "string",
							"required": false,
							"description": "Preferred language"
						},
						{
							"name": "timezone",
							"displayName": "Timezone",
							"type": "string",
							"required": false,
							"description": "Preferred timezone"
						},
						{
							"name": "string1",
							"displayName": "String 1",
							"type": "string",
							"required": false,
							"description": "Custom string field 1"
						},
						{
							"name": "string2",
							"displayName": "String 2",
							"type": "string",
							"required": false,
							"description": "Custom string field 2"
						},
						{
							"name": "string3",
							"displayName": "String 3",
							"type": "string",
							"required": false,
							"description": "Custom string field 3"
						},
						{
							"name": "string4",
							"displayName": "String 4",
							"type": "string",
							"required": false,
							"description": "Custom string field 4"
						},
						{
							"name": "string5",
							"displayName": "String 5",
							"type": "string",
							"required": false,
							"description": "Custom string field 5"
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listUsers",
				"summary": "List users",
				"rootField": "subdomain_users",
				"connection": "all",
				"filterType": "SubdomainUserFilterType",
				"nodeSelection": "id user { id name email }",
				"nodeFields": [
					"id",
					"user"
				],
				"filters": [
					{
						"name": "user_email",
						"displayName": "User Email",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "User email"
					},
					{
						"name": "user_name",
						"displayName": "User Name",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "User name"
					}
				]
			}
		},
		{
			"key": "warehouses",
			"displayName": "Warehouse",
			"description": "Warehouse management for multi-site operations",
			"tag": "Warehouses",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a warehouse",
					"description": "Create a new warehouse for multi-site operations. Each warehouse has its own locations and can operate independently.",
					"operationId": "createWarehouse",
					"kind": "create",
					"method": "POST",
					"path": "/api/warehouses",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "warehouses",
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": true,
							"description": "Unique warehouse code"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": true,
							"description": "Warehouse name"
						},
						{
							"name": "is_active",
							"displayName": "Is Active",
							"type": "boolean",
							"required": false,
							"description": "If false, warehouse is disabled"
						},
						{
							"name": "timezone",
							"displayName": "Timezone",
							"type": "string",
							"required": false,
							"description": "Warehouse timezone"
						},
						{
							"name": "external_system_reference1",
							"displayName": "External System Reference 1",
							"type": "string",
							"required": false,
							"description": "External system reference 1"
						},
						{
							"name": "external_system_reference2",
							"displayName": "External System Reference 2",
							"type": "string",
							"required": false,
							"description": "External system reference 2"
						},
						{
							"name": "external_system_reference3",
							"displayName": "External System Reference 3",
							"type": "string",
							"required": false,
							"description": "External system reference 3"
						},
						{
							"name": "string1",
							"displayName": "String 1",
							"type": "string",
							"required": false,
							"description": "Custom string field 1"
						},
						{
							"name": "string2",
							"displayName": "String 2",
							"type": "string",
							"required": false,
							"description": "Custom string field 2"
						},
						{
							"name": "string3",
							"displayName": "String 3",
							"type": "string",
							"required": false,
							"description": "Custom string field 3"
						},
						{
							"name": "string4",
							"displayName": "String 4",
							"type": "string",
							"required": false,
							"description": "Custom string field 4"
						},
						{
							"name": "string5",
							"displayName": "String 5",
							"type": "string",
							"required": false,
							"description": "Custom string field 5"
						},
						{
							"name": "integer1",
							"displayName": "Integer 1",
							"type": "number",
							"required": false,
							"description": "Custom integer field 1",
							"integer": true
						},
						{
							"name": "integer2",
							"displayName": "Integer 2",
							"type": "number",
							"required": false,
							"description": "Custom integer field 2",
							"integer": true
						},
						{
							"name": "integer3",
							"displayName": "Integer 3",
							"type": "number",
							"required": false,
							"description": "Custom integer field 3",
							"integer": true
						},
						{
							"name": "integer4",
							"displayName": "Integer 4",
							"type": "number",
							"required": false,
							"description": "Custom integer field 4",
							"integer": true
						},
						{
							"name": "integer5",
							"displayName": "Integer 5",
							"type": "number",
							"required": false,
							"description": "Custom integer field 5",
							"integer": true
						},
						{
							"name": "boolean1",
							"displayName": "Boolean 1",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 1"
						},
						{
							"name": "boolean2",
							"displayName": "Boolean 2",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 2"
						},
						{
							"name": "boolean3",
							"displayName": "Boolean 3",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 3"
						},
						{
							"name": "boolean4",
							"displayName": "Boolean 4",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 4"
						},
						{
							"name": "boolean5",
							"displayName": "Boolean 5",
							"type": "boolean",
							"required": false,
							"description": "Custom boolean field 5"
						}
					],
					"relationships": [
						{
							"name": "address",
							"displayName": "Address",
							"many": false,
							"fields": [
								{
									"name": "name",
									"displayName": "Name",
									"type": "string",
									"required": false,
									"description": "Contact name or company name"
								},
								{
									"name": "address_1",
									"displayName": "Address 1",
									"type": "string",
									"required": false,
									"description": "First line of address (street number and name)"
								},
								{
									"name": "address_2",
									"displayName": "Address 2",
									"type": "string",
									"required": false,
									"description": "Second line of address"
								},
								{
									"name": "address_3",
									"displayName": "Address 3",
									"type": "string",
									"required": false,
									"description": "Town/city - this field is typically passed to couriers as the city field"
								},
								{
									"name": "address_4",
									"displayName": "Address 4",
									"type": "string",
									"required": false,
									"description": "County/region"
								},
								{
									"name": "address_5",
									"displayName": "Address 5",
									"type": "string",
									"required": false,
									"description": "Additional address information"
								},
								{
									"name": "country_code",
									"displayName": "Country Code",
									"type": "string",
									"required": false,
									"description": "ISO country code (e.g., 'GB', 'US')"
								},
								{
									"name": "postcode",
									"displayName": "Postcode",
									"type": "string",
									"required": false,
									"description": "Postal/ZIP code"
								},
								{
									"name": "email_address",
									"displayName": "Email Address",
									"type": "string",
									"required": false,
									"description": "Email address for delivery notifications",
									"format": "email"
								},
								{
									"name": "phone_number",
									"displayName": "Phone Number",
									"type": "string",
									"required": false,
									"description": "Contact phone number"
								},
								{
									"name": "external_system_reference1",
									"displayName": "External System Reference 1",
									"type": "string",
									"required": false,
									"description": "Reference ID from external system"
								},
								{
									"name": "external_system_reference2",
									"displayName": "External System Reference 2",
									"type": "string",
									"required": false,
									"description": "Secondary reference ID from external system"
								},
								{
									"name": "external_system_reference3",
									"displayName": "External System Reference 3",
									"type": "string",
									"required": false,
									"description": "Tertiary reference ID from external system"
								}
							],
							"description": "Address relationship object",
							"type": "addresses"
						}
					]
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a warehouse",
					"description": "Delete a warehouse. Warehouses with existing locations or stock cannot be deleted.",
					"operationId": "destroyWarehouse",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/warehouses/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the warehouse to delete",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a warehouse",
					"description": "Update an existing warehouse's attributes such as name, code, or address",
					"operationId": "updateWarehouse",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/warehouses/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the warehouse to update",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "warehouses",
					"successStatus": 200,
					"fields": [
						{
							"name": "code",
							"displayName": "Code",
							"type": "string",
							"required": false,
							"description": "Warehouse code"
						},
						{
							"name": "name",
							"displayName": "Name",
							"type": "string",
							"required": false,
							"description": "Warehouse name"
						},
						{
							"name": "is_active",
							"displayName": "Is Active",
							"type": "boolean",
							"required": false,
							"description": "Active status"
						},
						{
							"name": "timezone",
							"displayName": "Timezone",
							"type": "string",
							"required": false,
							"description": "Timezone"
						},
						{
							"name": "string1",
							"displayName": "String 1",
							"type": "string",
							"required": false,
							"description": "Custom string field 1"
						},
						{
							"name": "string2",
							"displayName": "String 2",
							"type": "string",
							"required": false,
							"description": "Custom string field 2"
						},
						{
							"name": "string3",
							"displayName": "String 3",
							"type": "string",
							"required": false,
							"description": "Custom string field 3"
						},
						{
							"name": "string4",
							"displayName": "String 4",
							"type": "string",
							"required": false,
							"description": "Custom string field 4"
						},
						{
							"name": "string5",
							"displayName": "String 5",
							"type": "string",
							"required": false,
							"description": "Custom string field 5"
						}
					],
					"relationships": [
						{
							"name": "address",
							"displayName": "Address",
							"many": false,
							"fields": [
								{
									"name": "name",
									"displayName": "Name",
									"type": "string",
									"required": false,
									"description": "Contact name or company name"
								},
								{
									"name": "address_1",
									"displayName": "Address 1",
									"type": "string",
									"required": false,
									"description": "First line of address (street number and name)"
								},
								{
									"name": "address_2",
									"displayName": "Address 2",
									"type": "string",
									"required": false,
									"description": "Second line of address"
								},
								{
									"name": "address_3",
									"displayName": "Address 3",
									"type": "string",
									"required": false,
									"description": "Town/city - this field is typically passed to couriers as the city field"
								},
								{
									"name": "address_4",
									"displayName": "Address 4",
									"type": "string",
									"required": false,
									"description": "County/region"
								},
								{
									"name": "address_5",
									"displayName": "Address 5",
									"type": "string",
									"required": false,
									"description": "Additional address information"
								},
								{
									"name": "country_code",
									"displayName": "Country Code",
									"type": "string",
									"required": false,
									"description": "ISO country code (e.g., 'GB', 'US')"
								},
								{
									"name": "postcode",
									"displayName": "Postcode",
									"type": "string",
									"required": false,
									"description": "Postal/ZIP code"
								},
								{
									"name": "email_address",
									"displayName": "Email Address",
									"type": "string",
									"required": false,
									"description": "Email address for delivery notifications",
									"format": "email"
								},
								{
									"name": "phone_number",
									"displayName": "Phone Number",
									"type": "string",
									"required": false,
									"description": "Contact phone number"
								},
								{
									"name": "external_system_reference1",
									"displayName": "External System Reference 1",
									"type": "string",
									"required": false,
									"description": "Reference ID from external system"
								},
								{
									"name": "external_system_reference2",
									"displayName": "External System Reference 2",
									"type": "string",
									"required": false,
									"description": "Secondary reference ID from external system"
								},
								{
									"name": "external_system_reference3",
									"displayName": "External System Reference 3",
									"type": "string",
									"required": false,
									"description": "Tertiary reference ID from external system"
								}
							],
							"description": "Address relationship object",
							"type": "addresses"
						}
					]
				}
			],
			"list": {
				"operationId": "listWarehouses",
				"summary": "List warehouses",
				"rootField": "warehouses",
				"connection": "all",
				"filterType": "WarehouseFilterType",
				"nodeSelection": "id code name consolidate_pick_enabled loading_validation_setting opening_times_enabled address { address_1 address_2 address_3 address_4 postcode country_code }",
				"nodeFields": [
					"id",
					"code",
					"name",
					"consolidate_pick_enabled",
					"loading_validation_setting",
					"opening_times_enabled",
					"address"
				],
				"filters": [
					{
						"name": "code",
						"displayName": "Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Warehouse code"
					},
					{
						"name": "name",
						"displayName": "Name",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Warehouse name"
					},
					{
						"name": "site_id",
						"displayName": "Site ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"in",
							"filled"
						],
						"description": "Filter by site ID"
					}
				]
			}
		},
		{
			"key": "warehouse_routes",
			"displayName": "Warehouse Route",
			"description": "Per-product warehouse routing priorities, with re-sequencing",
			"tag": "Warehouse Routes",
			"operations": [
				{
					"key": "create",
					"name": "Create",
					"action": "Create a warehouse route",
					"description": "Create a warehouse route",
					"operationId": "createWarehouseRoute",
					"kind": "create",
					"method": "POST",
					"path": "/api/warehouse_routes",
					"pathParams": [],
					"queryParams": [],
					"body": "jsonapi",
					"type": "warehouse_routes",
					"successStatus": 200,
					"fields": [
						{
							"name": "product_id",
							"displayName": "Product ID",
							"type": "number",
							"required": true,
							"description": "Product the route applies to",
							"integer": true
						},
						{
							"name": "warehouse_id",
							"displayName": "Warehouse ID",
							"type": "number",
							"required": false,
							"description": "Warehouse ID",
							"integer": true
						},
						{
							"name": "account_id",
							"displayName": "Account ID",
							"type": "number",
							"required": false,
							"description": "Account ID",
							"integer": true
						},
						{
							"name": "customer_id",
							"displayName": "Customer ID",
							"type": "number",
							"required": false,
							"description": "Customer ID",
							"integer": true
						}
					],
					"relationships": []
				},
				{
					"key": "delete",
					"name": "Delete",
					"action": "Delete a warehouse route",
					"description": "Delete a warehouse route by ID",
					"operationId": "destroyWarehouseRoute",
					"kind": "delete",
					"method": "DELETE",
					"path": "/api/warehouse_routes/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the warehouse route",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "none",
					"successStatus": 204,
					"fields": [],
					"relationships": []
				},
				{
					"key": "position",
					"name": "Reorder Position",
					"action": "Reorder a warehouse route",
					"description": "Move a warehouse route to an absolute position; other records are re-sequenced. Send a top-level position integer (not a JSON:API envelope).",
					"operationId": "positionWarehouseRoute",
					"kind": "action",
					"method": "PATCH",
					"path": "/api/warehouse_routes/{id}/position",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The warehouse route ID",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "json",
					"successStatus": 204,
					"fields": [
						{
							"name": "position",
							"displayName": "Position",
							"type": "number",
							"required": true,
							"description": "Target position",
							"integer": true,
							"minimum": 0
						}
					],
					"relationships": []
				},
				{
					"key": "update",
					"name": "Update",
					"action": "Update a warehouse route",
					"description": "Update an existing warehouse route",
					"operationId": "updateWarehouseRoute",
					"kind": "update",
					"method": "PATCH",
					"path": "/api/warehouse_routes/{id}",
					"pathParams": [
						{
							"name": "id",
							"displayName": "ID",
							"required": true,
							"description": "The unique identifier of the warehouse route",
							"schemaType": "integer"
						}
					],
					"queryParams": [],
					"body": "jsonapi",
					"type": "warehouse_routes",
					"successStatus": 200,
					"fields": [
						{
							"name": "product_id",
							"displayName": "Product ID",
							"type": "number",
							"required": false,
							"description": "Product the route applies to",
							"integer": true
						},
						{
							"name": "warehouse_id",
							"displayName": "Warehouse ID",
							"type": "number",
							"required": false,
							"description": "Warehouse ID",
							"integer": true
						},
						{
							"name": "account_id",
							"displayName": "Account ID",
							"type": "number",
							"required": false,
							"description": "Account ID",
							"integer": true
						},
						{
							"name": "customer_id",
							"displayName": "Customer ID",
							"type": "number",
							"required": false,
							"description": "Customer ID",
							"integer": true
						}
					],
					"relationships": []
				}
			],
			"list": {
				"operationId": "listWarehouseRoutes",
				"summary": "List warehouse routes",
				"rootField": "warehouse_routes",
				"connection": "all",
				"filterType": "WarehouseRouteFilterType",
				"nodeSelection": "id position product { id code } warehouse { id code } account { id code } customer { id code }",
				"nodeFields": [
					"id",
					"position",
					"product",
					"warehouse",
					"account",
					"customer"
				],
				"filters": [
					{
						"name": "product_id",
						"displayName": "Product ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Product ID"
					},
					{
						"name": "product_code",
						"displayName": "Product Code",
						"inputType": "StringInputType",
						"operators": [
							"eq",
							"ilike",
							"like",
							"in",
							"between"
						],
						"description": "Product code"
					},
					{
						"name": "warehouse_id",
						"displayName": "Warehouse ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Warehouse ID"
					},
					{
						"name": "account_id",
						"displayName": "Account ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Account ID"
					},
					{
						"name": "customer_id",
						"displayName": "Customer ID",
						"inputType": "IdInputType",
						"operators": [
							"eq",
							"in",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"filled"
						],
						"description": "Customer ID"
					},
					{
						"name": "position",
						"displayName": "Position",
						"inputType": "IntegerInputType",
						"operators": [
							"eq",
							"gt",
							"gteq",
							"lt",
							"lteq",
							"between"
						],
						"description": "Route position"
					}
				]
			}
		}
	]
};
