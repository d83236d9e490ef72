// The OpenAPI description of the search API (search_api.cpp registers the route with it).
#pragma once

#include <string_view>

namespace comdev::search_feature::api_doc {

// GET /api/v1/search
inline constexpr std::string_view kSearch = R"json({
  "operationId": "search",
  "tags": ["search"],
  "summary": "Search projects, needs and organisations",
  "description": "The results of the /search page. French and Arabic are folded (accents, diacritics, hamza forms) and stemmed, so `ecole` finds `école`; every word must match. Titles and snippets are plain text, with the matched words as [begin, end) byte ranges in `title_marks` and `snippet_marks`.",
  "parameters": [
    {"name": "q", "in": "query", "description": "The words to find.", "schema": {"type": "string", "maxLength": 200}},
    {"name": "type", "in": "query", "description": "Keep one kind of result.", "schema": {"type": "string", "enum": ["project", "need", "organisation"]}},
    {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 500, "default": 1}},
    {"name": "per_page", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 20}}
  ],
  "responses": {
    "200": {"description": "A page of results, best first.", "content": {"application/json": {
      "schema": {"allOf": [{"$ref": "#/components/schemas/Pagination"}, {"type": "object", "required": ["query", "counts", "results"], "properties": {
        "query": {"type": "string"},
        "counts": {"type": "object", "description": "Results of each kind, over all pages.", "required": ["project", "need", "organisation"], "properties": {"project": {"type": "integer"}, "need": {"type": "integer"}, "organisation": {"type": "integer"}}},
        "results": {"type": "array", "items": {"type": "object", "required": ["type", "id", "url", "title", "title_marks", "snippet", "snippet_marks", "place"], "properties": {
          "type": {"type": "string", "enum": ["project", "need", "organisation"]},
          "id": {"type": "integer"},
          "url": {"type": "string"},
          "title": {"type": "string"},
          "title_marks": {"type": "array", "items": {"type": "array", "minItems": 2, "maxItems": 2, "items": {"type": "integer"}}},
          "snippet": {"type": "string"},
          "snippet_marks": {"type": "array", "items": {"type": "array", "minItems": 2, "maxItems": 2, "items": {"type": "integer"}}},
          "place": {"type": "string"}
        }}}
      }}]},
      "example": {"query": "assainissement", "total": 1, "counts": {"project": 1, "need": 0, "organisation": 0}, "page": 1, "per_page": 20, "results": [{"type": "project", "id": 3, "url": "/projects/3", "title": "Un réseau d'assainissement à Asserar", "title_marks": [[15, 29]], "snippet": "Réseau d'assainissement avec station d'épuration", "snippet_marks": [[10, 24]], "place": "Asserar"}]}
    }}},
    "422": {"$ref": "#/components/responses/Invalid"}
  }
})json";

}  // namespace comdev::search_feature::api_doc
