#include "features/api/openapi.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace comdev::api {
namespace {

using nlohmann::json;

http::RouteInfo route(http::Method m, std::string pattern, std::vector<http::PathParam> params) {
  return {m, std::move(pattern), std::move(params)};
}

constexpr std::string_view kThing = R"json({
  "operationId": "getThing", "tags": ["things"], "summary": "Get a thing",
  "parameters": [
    {"name": "id", "in": "path", "description": "The thing's id.", "schema": {"type": "string"}},
    {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 20}}
  ],
  "responses": {"200": {"description": "The thing.", "content": {"application/json": {"example": {"id": 1}}}}}
})json";

constexpr std::string_view kCreate = R"json({
  "operationId": "createThing", "tags": ["things"], "summary": "Create a thing",
  "security": [{"bearer": []}],
  "requestBody": {"content": {"application/json": {"schema": {"type": "object", "required": ["name"],
    "properties": {"name": {"type": "string", "maxLength": 50}, "kind": {"$ref": "#/components/schemas/Kind"}}},
    "example": {"name": "a"}}}},
  "responses": {"201": {"description": "Made."}, "422": {"$ref": "#/components/responses/Invalid"}}
})json";

web::ApiDoc sample() {
  web::ApiDoc doc;
  doc.add_component("schemas", "Kind", R"({"type": "string", "enum": ["big", "small"]})");
  doc.add_operation(
      {route(http::Method::get, "/api/v1/things/{id}", {{"id", http::ParamType::integer}}),
       std::string(kThing)});
  doc.add_operation({route(http::Method::post, "/api/v1/things", {}), std::string(kCreate)});
  return doc;
}

TEST(OpenApi, PathParametersAreTheRoutersWithTheirTypeAndTheWrittenDescription) {
  auto ref = build_reference(sample(), "https://comdev.example");
  ASSERT_TRUE(ref) << ref.error().detail;
  auto doc = json::parse(ref->json);
  EXPECT_EQ(doc["openapi"], "3.1.0");
  EXPECT_EQ(doc["servers"][0]["url"], "https://comdev.example");
  const auto& params = doc["paths"]["/api/v1/things/{id}"]["get"]["parameters"];
  ASSERT_EQ(params.size(), 2u);  // the written path parameter is replaced, not repeated
  EXPECT_EQ(params[0]["name"], "id");
  EXPECT_EQ(params[0]["in"], "path");
  EXPECT_EQ(params[0]["required"], true);
  EXPECT_EQ(params[0]["schema"]["type"], "integer");  // the router's type, not the text's
  EXPECT_EQ(params[0]["schema"]["minimum"], 1);
  EXPECT_EQ(params[0]["description"], "The thing's id.");
  EXPECT_EQ(params[1]["name"], "limit");
}

TEST(OpenApi, EveryOperationAnswers401AndATypedOne400) {
  auto ref = build_reference(sample(), "http://localhost:8080");
  ASSERT_TRUE(ref) << ref.error().detail;
  auto doc = json::parse(ref->json);
  const auto& get = doc["paths"]["/api/v1/things/{id}"]["get"]["responses"];
  EXPECT_EQ(get["400"]["$ref"], "#/components/responses/BadPathParameter");
  EXPECT_EQ(get["401"]["$ref"], "#/components/responses/Unauthenticated");
  const auto& post = doc["paths"]["/api/v1/things"]["post"]["responses"];
  EXPECT_FALSE(post.contains("400"));
  EXPECT_TRUE(post.contains("401"));
  // The shared components the responses refer to are there.
  EXPECT_TRUE(doc["components"]["responses"].contains("BadPathParameter"));
  EXPECT_TRUE(doc["components"]["schemas"].contains("Error"));
  EXPECT_TRUE(doc["components"]["securitySchemes"].contains("bearer"));
}

TEST(OpenApi, TheViewListsOperationsByTagWithReadableTypes) {
  auto ref = build_reference(sample(), "http://localhost:8080");
  ASSERT_TRUE(ref) << ref.error().detail;
  EXPECT_EQ(ref->operation_count, 2);
  ASSERT_EQ(ref->tags.size(), 1u);
  EXPECT_EQ(ref->tags[0].name, "things");
  ASSERT_EQ(ref->tags[0].operations.size(), 2u);
  const auto& get = ref->tags[0].operations[0];
  EXPECT_EQ(get.method, "GET");
  EXPECT_EQ(get.anchor, "getThing");
  EXPECT_FALSE(get.needs_token);
  ASSERT_EQ(get.params.size(), 2u);
  EXPECT_EQ(get.params[0].type, "integer, ≥ 1");  // the id's 64-bit bound is not shown
  EXPECT_EQ(get.params[1].type, "integer, 1–100, default 20");
  EXPECT_NE(get.responses[0].example.find("\"id\": 1"), std::string::npos);
  const auto& post = ref->tags[0].operations[1];
  EXPECT_TRUE(post.needs_token);
  ASSERT_EQ(post.body_fields.size(), 2u);
  EXPECT_EQ(post.body_fields[0].name, "kind");
  EXPECT_EQ(post.body_fields[0].type, "big | small");
  EXPECT_FALSE(post.body_fields[0].required);
  EXPECT_EQ(post.body_fields[1].name, "name");
  EXPECT_TRUE(post.body_fields[1].required);
  EXPECT_EQ(post.body_fields[1].type, "string, ≤ 50 characters");
  EXPECT_FALSE(post.body_example.empty());
}

TEST(OpenApi, ADescriptionThatIsNotJsonIsRefusedNamingItsRoute) {
  web::ApiDoc doc;
  doc.add_operation({route(http::Method::get, "/api/v1/broken", {}), R"({"summary": )"});
  auto ref = build_reference(doc, "http://localhost:8080");
  ASSERT_FALSE(ref);
  EXPECT_NE(ref.error().detail.find("GET /api/v1/broken"), std::string::npos) << ref.error().detail;
}

TEST(OpenApi, AnOperationWithoutSummaryOrOperationIdIsRefused) {
  web::ApiDoc doc;
  doc.add_operation({route(http::Method::get, "/api/v1/x", {}),
                     R"({"operationId": "x", "tags": ["t"], "responses": {}})"});
  auto ref = build_reference(doc, "http://localhost:8080");
  ASSERT_FALSE(ref);
  EXPECT_NE(ref.error().detail.find("summary"), std::string::npos) << ref.error().detail;
}

TEST(OpenApi, AnOperationIdUsedTwiceIsRefused) {
  auto doc = sample();
  doc.add_operation({route(http::Method::get, "/api/v1/other", {}), std::string(kThing)});
  auto ref = build_reference(doc, "http://localhost:8080");
  ASSERT_FALSE(ref);
  EXPECT_NE(ref.error().detail.find("/api/v1/other"), std::string::npos) << ref.error().detail;
}

TEST(OpenApi, AComponentGivenTwiceMustBeTheSame) {
  auto doc = sample();
  doc.add_component("schemas", "Kind", R"({"type": "string", "enum": ["big", "small"]})");
  EXPECT_TRUE(build_reference(doc, "http://localhost:8080"));
  doc.add_component("schemas", "Kind", R"({"type": "string", "enum": ["big"]})");
  auto ref = build_reference(doc, "http://localhost:8080");
  ASSERT_FALSE(ref);
  EXPECT_NE(ref.error().detail.find("schemas/Kind"), std::string::npos) << ref.error().detail;
}

}  // namespace
}  // namespace comdev::api
