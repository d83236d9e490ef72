// The OpenAPI description of the map's GeoJSON (map_api.cpp registers the route with it).
#pragma once

#include <string_view>

namespace comdev::map::api_doc {

// GET /api/v1/projects.geojson
inline constexpr std::string_view kGeojson = R"json({
  "operationId": "getProjectsGeojson",
  "tags": ["projects"],
  "summary": "Projects on a map (GeoJSON)",
  "description": "The projects with a point, as a GeoJSON FeatureCollection (RFC 7946: coordinates are [longitude, latitude]), newest first, at most 2000; `truncated` says when more matched. A project without a point of its own is drawn at its place's (`approximate`). `place` is in Arabic when the request asks for Arabic.",
  "parameters": [
    {"name": "sector", "in": "query", "schema": {"$ref": "#/components/schemas/Sector"}},
    {"name": "status", "in": "query", "schema": {"$ref": "#/components/schemas/ProjectStatus"}},
    {"name": "territory", "in": "query", "description": "A territory's id or slug; the places below it count too.", "schema": {"type": "string"}}
  ],
  "responses": {
    "200": {"description": "The feature collection.", "content": {"application/geo+json": {
      "schema": {"type": "object", "required": ["type", "features", "truncated"], "properties": {
        "type": {"const": "FeatureCollection"},
        "truncated": {"type": "boolean"},
        "features": {"type": "array", "items": {"type": "object", "required": ["type", "geometry", "properties"], "properties": {
          "type": {"const": "Feature"},
          "geometry": {"type": "object", "required": ["type", "coordinates"], "properties": {"type": {"const": "Point"}, "coordinates": {"type": "array", "minItems": 2, "maxItems": 2, "items": {"type": "number"}}}},
          "properties": {"type": "object", "required": ["id", "title", "status", "url", "place", "approximate"], "properties": {
            "id": {"type": "integer"},
            "title": {"type": "string"},
            "status": {"$ref": "#/components/schemas/ProjectStatus"},
            "url": {"type": "string"},
            "place": {"type": "string"},
            "approximate": {"type": "boolean"}
          }}
        }}}
      }},
      "example": {"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [-8.21, 30.72]}, "properties": {"id": 12, "title": "Étude d'assainissement du douar Tamaloukt", "status": "maturing", "url": "/projects/12", "place": "Tamaloukt", "approximate": false}}], "truncated": false}
    }}},
    "422": {"$ref": "#/components/responses/Invalid"}
  }
})json";

}  // namespace comdev::map::api_doc
