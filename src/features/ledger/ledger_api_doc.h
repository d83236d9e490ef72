// The OpenAPI description of the ledger API (ledger_api.cpp registers each route with its text).
// The ledger is public: no token is needed.
#pragma once

#include <string_view>

#include "web/api_doc.h"

namespace comdev::ledger::api_doc {

inline void describe_components(web::ApiDoc& doc) {
  doc.add_component("schemas", "LedgerEntry", R"json({
  "type": "object",
  "description": "One entry of a project's ledger, never changed once written. `hash` is the SHA-256 (hex) of the entry's canonical serialisation (format 1, docs/money.md), which includes `prev_hash`, the hash of the entry before it; so anyone can check the chain from these fields. Amounts are integer minor units (`amount_minor`) and the same as a decimal string (`amount`).",
  "required": ["id", "seq", "kind", "amount", "amount_minor", "currency", "occurred_on", "label", "recorded_at", "prev_hash", "hash"],
  "properties": {
    "id": {"type": "integer"},
    "seq": {"type": "integer", "minimum": 1},
    "kind": {"type": "string", "enum": ["money_in", "money_out", "grant", "material", "skill", "confirmation", "reversal"]},
    "amount": {"type": "string", "pattern": "^[0-9]+\\.[0-9]{2}$"},
    "amount_minor": {"type": "integer", "minimum": 1},
    "currency": {"type": "string", "enum": ["MAD", "EUR"]},
    "budget_line_id": {"type": ["integer", "null"]},
    "occurred_on": {"type": "string", "format": "date"},
    "label": {"type": "string"},
    "piece": {"type": "string"},
    "pledge_id": {"type": ["integer", "null"]},
    "document_id": {"type": ["integer", "null"], "description": "The receipt, a document of the project's team."},
    "receipt_public": {"type": "boolean"},
    "receipt_url": {"type": ["string", "null"], "description": "Where anyone downloads the receipt, when the carrier made it public."},
    "hours_centi": {"type": ["integer", "null"], "description": "A skill's hours × 100."},
    "rate_minor": {"type": ["integer", "null"]},
    "quantity": {"type": "string"},
    "description": {"type": "string"},
    "reverses_entry_id": {"type": ["integer", "null"]},
    "confirms_entry_id": {"type": ["integer", "null"]},
    "reversed": {"type": "boolean"},
    "confirmed": {"type": "boolean"},
    "recorded_by": {"type": "integer"},
    "recorded_at": {"type": "string", "format": "date-time"},
    "format": {"type": "integer"},
    "prev_hash": {"type": "string"},
    "hash": {"type": "string", "pattern": "^[0-9a-f]{64}$"}
  }
})json");
}

// GET /api/v1/projects/{id}/ledger
inline constexpr std::string_view kLedger = R"json({
  "operationId": "getProjectLedger",
  "tags": ["ledger"],
  "summary": "A project's ledger: totals, budget lines and entries",
  "description": "Public. Totals per bucket (money_in, grant, material, skill: confirmed skills, skill_pending, money_out), budget line and currency; the budget lines; the entries newest first, at most `limit` (50 by default, 200 at most) before the entry numbered `before`; `older` continues the list.",
  "parameters": [
    {"name": "before", "in": "query", "required": false, "schema": {"type": "integer", "minimum": 1}},
    {"name": "limit", "in": "query", "required": false, "schema": {"type": "integer", "minimum": 1, "maximum": 200}}
  ],
  "responses": {
    "200": {"description": "The ledger.", "content": {"application/json": {
      "schema": {"type": "object", "required": ["project_id", "head", "totals", "budget_lines", "entries"], "properties": {
        "project_id": {"type": "integer"},
        "head": {"type": "object", "required": ["seq", "hash"], "properties": {"seq": {"type": "integer"}, "hash": {"type": "string"}}},
        "totals": {"type": "array", "items": {"type": "object", "required": ["bucket", "currency", "amount", "amount_minor", "entries"], "properties": {
          "bucket": {"type": "string"}, "budget_line_id": {"type": ["integer", "null"]}, "currency": {"type": "string"},
          "amount": {"type": "string"}, "amount_minor": {"type": "integer"}, "entries": {"type": "integer"}}}},
        "budget_lines": {"type": "array", "items": {"type": "object", "required": ["id", "label", "planned", "planned_minor", "currency"], "properties": {
          "id": {"type": "integer"}, "label": {"type": "string"}, "planned": {"type": "string"}, "planned_minor": {"type": "integer"}, "currency": {"type": "string"}, "position": {"type": "integer"}}}},
        "entries": {"type": "array", "items": {"$ref": "#/components/schemas/LedgerEntry"}},
        "older": {"type": ["string", "null"]}
      }},
      "example": {"project_id": 4, "head": {"seq": 1, "hash": "9f2c9f2c9f2c9f2c9f2c9f2c9f2c9f2c9f2c9f2c9f2c9f2c9f2c9f2c9f2c9f2c"}, "totals": [{"bucket": "material", "budget_line_id": null, "currency": "MAD", "amount": "2400.00", "amount_minor": 240000, "entries": 1}], "budget_lines": [], "entries": [{"id": 12, "seq": 1, "kind": "material", "amount": "2400.00", "amount_minor": 240000, "currency": "MAD", "budget_line_id": null, "occurred_on": "2026-11-02", "label": "Sacs de ciment donnés par la coopérative", "piece": "", "pledge_id": null, "document_id": null, "receipt_public": false, "receipt_url": null, "hours_centi": null, "rate_minor": null, "quantity": "40 sacs de 50 kg", "description": "", "reverses_entry_id": null, "confirms_entry_id": null, "reversed": false, "confirmed": false, "recorded_by": 7, "recorded_at": "2026-11-02T09:30:00Z", "format": 1, "prev_hash": "", "hash": "9f2c9f2c9f2c9f2c9f2c9f2c9f2c9f2c9f2c9f2c9f2c9f2c9f2c9f2c9f2c9f2c"}], "older": null}}}},
    "404": {"description": "No such project."}
  }
})json";

// GET /api/v1/projects/{id}/ledger.csv
inline constexpr std::string_view kLedgerCsv = R"json({
  "operationId": "getProjectLedgerCsv",
  "tags": ["ledger"],
  "summary": "A project's ledger as an accountant's journal (CSV)",
  "description": "Public. RFC 4180 CSV in UTF-8 with a BOM; columns date, piece, account, account_name, debit, credit, label, currency, entry: two balanced lines per entry (French associations' chart of accounts; docs/money.md). Cells a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) are prefixed with an apostrophe.",
  "responses": {
    "200": {"description": "The journal.", "content": {"text/csv": {"schema": {"type": "string"}}}},
    "404": {"description": "No such project."}
  }
})json";

// GET /api/v1/projects/{id}/ledger.xlsx
inline constexpr std::string_view kLedgerXlsx = R"json({
  "operationId": "getProjectLedgerXlsx",
  "tags": ["ledger"],
  "summary": "A project's ledger as an accountant's journal (XLSX)",
  "description": "Public. The same journal as the CSV, one sheet, amounts as numbers with two decimals.",
  "responses": {
    "200": {"description": "The workbook.", "content": {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {"schema": {"type": "string", "format": "binary"}}}},
    "404": {"description": "No such project."}
  }
})json";

}  // namespace comdev::ledger::api_doc
