// The API reference over real HTTP on both databases, and what keeps it true:
// - every /api/ route the router holds is described in /api/v1/openapi.json, and every described
//   path and method is a route, with the path parameters the router types;
// - every example in the document validates against its schema, and the schemas use only what
//   the validator understands (tests/support/json_schema.h);
// - every GET route, called on the demo data as a visitor and as an administrator, and every
//   write, called in a small mobilisation story, answers what its schema says, field for field
//   (a field a handler sends that the document does not describe fails);
// - a path parameter of the wrong type is a 400 naming it, on every typed route;
// - the page /api shows the same reference in French, Arabic and English, and stays light.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "app_test_util.h"
#include "core/time.h"
#include "i18n/catalogue.h"
#include "json_schema.h"
#include "mobilisation_test_store.h"
#include "test_members.h"
#include "test_server.h"

namespace comdev::testing {
namespace {

using http::testing::Client;
using http::testing::ClientResponse;
using nlohmann::json;

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

class ApiReference : public ::testing::Test {
 protected:
  void SetUp() override {
    server = TestServer::start([](Config& c) { c.mobilisation_period_seconds = 0; });
    Client c(server->port());
    auto r = c.get("/api/v1/openapi.json");
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_TRUE(contains(r.headers["content-type"], "application/json"));
    doc = json::parse(r.body, nullptr, false);
    ASSERT_TRUE(doc.is_object()) << r.body.substr(0, 200);
    admin = sign_in_new_member(server->db(), Role::admin);
    admin_token = token_of(server->port(), admin);
  }

  ClientResponse api(const std::string& method, const std::string& token, const std::string& path,
                     const std::string& body = "",
                     const std::string& content_type = "application/json") {
    Client c(server->port());
    std::vector<std::pair<std::string, std::string>> headers = {{"Content-Type", content_type},
                                                                {"Accept-Language", "en"}};
    if (!token.empty()) headers.emplace_back("Authorization", "Bearer " + token);
    return c.request(method, path, headers, body);
  }

  const json& resolved(const json& node) {
    const json* at = &node;
    while (at->is_object() && at->contains("$ref")) {
      at = &doc.at(json::json_pointer((*at)["$ref"].get<std::string>().substr(1)));
    }
    return *at;
  }

  // The schema of `status`'s JSON body for the operation at `pattern` (null when none).
  json response_schema(const std::string& method, const std::string& pattern,
                       const std::string& status) {
    if (!doc["paths"].contains(pattern) || !doc["paths"][pattern].contains(method)) return nullptr;
    const json& op = doc["paths"][pattern][method];
    if (!op["responses"].contains(status)) return nullptr;
    const json& r = resolved(op["responses"][status]);
    if (!r.contains("content")) return nullptr;
    return r["content"].begin().value().value("schema", json());
  }

  // The media type an answer is described with ("" when none).
  std::string described_type(const std::string& method, const std::string& pattern,
                             const std::string& status) {
    if (!doc["paths"].contains(pattern) || !doc["paths"][pattern].contains(method)) return {};
    const json& op = doc["paths"][pattern][method];
    if (!op["responses"].contains(status)) return {};
    const json& r = resolved(op["responses"][status]);
    if (!r.contains("content") || r["content"].empty()) return {};
    return r["content"].begin().key();
  }

  // An answer described as having no body (204).
  bool described_without_content(const std::string& method, const std::string& pattern,
                                 const std::string& status) {
    if (!doc["paths"].contains(pattern) || !doc["paths"][pattern].contains(method)) return false;
    const json& op = doc["paths"][pattern][method];
    return op["responses"].contains(status) &&
           !resolved(op["responses"][status]).contains("content");
  }

  // Calls `path` and checks the answer against the operation's schema for `status`; records the
  // operation as exercised. Returns the body.
  // A body that is not JSON (an upload's multipart form) is given as {content type, bytes}; an
  // answer described with another type than JSON (a file) is checked by its Content-Type.
  json call_and_check(const std::string& method, const std::string& pattern,
                      const std::string& path, const std::string& token, int status,
                      const json& body = nullptr,
                      const std::pair<std::string, std::string>& raw = {}) {
    auto r = raw.first.empty() ? api(upper(method), token, path, body.is_null() ? "" : body.dump())
                               : api(upper(method), token, path, raw.second, raw.first);
    EXPECT_EQ(r.status, status) << method << " " << path << ": " << r.body;
    if (auto type = described_type(method, pattern, std::to_string(status));
        !type.empty() && type != "application/json") {
      EXPECT_FALSE(contains(r.headers["content-type"], "application/json"))
          << method << " " << path;
      if (r.status == status) exercised.insert(method + " " + pattern);
      return nullptr;
    }
    auto value = json::parse(r.body, nullptr, false);
    if (described_without_content(method, pattern, std::to_string(status))) {
      EXPECT_TRUE(r.body.empty()) << method << " " << path << " has a body its answer lacks";
      if (r.status == status) exercised.insert(method + " " + pattern);
      return value;
    }
    auto schema = response_schema(method, pattern, std::to_string(status));
    EXPECT_FALSE(schema.is_null()) << method << " " << pattern << " describes no " << status;
    if (r.status == status && !schema.is_null()) {
      SchemaValidator v(doc, /*closed_objects=*/true);
      for (const auto& p : v.validate(value, schema)) {
        ADD_FAILURE() << method << " " << path << " answered unlike its schema at " << p;
      }
      exercised.insert(method + " " + pattern);
    }
    return value;
  }

  std::unique_ptr<TestServer> server;
  json doc;
  SignedIn admin;
  std::string admin_token;
  std::set<std::string> exercised;  // "post /api/v1/projects"
};

TEST_F(ApiReference, EveryRouteIsDescribedAndEveryDescriptionIsARoute) {
  std::map<std::string, http::RouteInfo> registered;  // "get /api/v1/projects/{id}"
  for (const auto& r : server->app().routes()) {
    if (r.pattern.starts_with("/api/")) {
      registered[lower(http::to_string(r.method)) + " " + r.pattern] = r;
    }
  }
  EXPECT_GE(registered.size(), 34u) << "the router lost its API routes?";
  std::set<std::string> described;
  for (const auto& [path, item] : doc["paths"].items()) {
    for (const auto& [method, op] : item.items()) described.insert(method + " " + path);
  }
  for (const auto& [key, route] : registered) {
    if (!described.count(key)) {
      ADD_FAILURE() << key << " is a route but /api/v1/openapi.json does not describe it";
      continue;
    }
    // The document's path parameters are the router's, with the router's type.
    auto space = key.find(' ');
    const json& op = doc["paths"][key.substr(space + 1)][key.substr(0, space)];
    std::vector<std::string> names;
    for (const auto& p : op.value("parameters", json::array())) {
      const json& param = resolved(p);
      if (param["in"] != "path") continue;
      names.push_back(param["name"]);
      for (const auto& rp : route.params) {
        if (rp.name != param["name"]) continue;
        bool integer = rp.type == http::ParamType::integer;
        EXPECT_EQ(param["schema"]["type"] == "integer", integer) << key << " {" << rp.name << "}";
      }
    }
    EXPECT_EQ(names.size(), route.params.size()) << key;
  }
  for (const auto& key : described) {
    EXPECT_TRUE(registered.count(key)) << key << " is described but is no route";
  }
}

TEST_F(ApiReference, EveryExampleValidatesAgainstItsSchema) {
  SchemaValidator v(doc, /*closed_objects=*/true);
  for (const auto& [kind, items] : doc["components"].items()) {
    if (kind != "schemas") continue;
    for (const auto& [name, schema] : items.items()) {
      for (const auto& k : v.unsupported(schema)) {
        ADD_FAILURE() << "components/schemas/" << name << " uses " << k << " (not validated)";
      }
    }
  }
  int examples = 0;
  auto check_media = [&](const std::string& where, const json& content) {
    for (const auto& [type, media] : content.items()) {
      if (!media.contains("schema")) continue;
      for (const auto& k : v.unsupported(media["schema"])) {
        ADD_FAILURE() << where << " uses " << k << " (not validated)";
      }
      if (!media.contains("example")) continue;
      ++examples;
      for (const auto& p : v.validate(media["example"], media["schema"])) {
        ADD_FAILURE() << where << ": its example does not match its schema at " << p;
      }
    }
  };
  for (const auto& [name, response] : doc["components"]["responses"].items()) {
    check_media("components/responses/" + name, response["content"]);
  }
  for (const auto& [path, item] : doc["paths"].items()) {
    for (const auto& [method, op] : item.items()) {
      std::string where = method + " " + path;
      for (const auto& p : op.value("parameters", json::array())) {
        for (const auto& k : v.unsupported(resolved(p).value("schema", json::object()))) {
          ADD_FAILURE() << where << " parameter uses " << k;
        }
      }
      if (op.contains("requestBody")) check_media(where + " request", op["requestBody"]["content"]);
      for (const auto& [status, r] : op["responses"].items()) {
        if (r.contains("content")) check_media(where + " " + status, r["content"]);
      }
    }
  }
  EXPECT_GE(examples, 47) << "examples were lost";
}

TEST_F(ApiReference, TheValidatorCatchesWhatTheTestsRelyOn) {
  // The checks above are only as good as the validator: it must fail on each kind of drift.
  json root = json::parse(R"({"components": {"schemas": {
    "Thing": {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"},
      "tag": {"type": ["string", "null"], "enum": ["a", "b", null]}}}}}})");
  SchemaValidator v(root, true);
  json ref = {{"$ref", "#/components/schemas/Thing"}};
  EXPECT_TRUE(v.validate(json::parse(R"({"id": 1, "tag": null})"), ref).empty());
  EXPECT_FALSE(v.validate(json::parse(R"({"tag": "a"})"), ref).empty());           // required
  EXPECT_FALSE(v.validate(json::parse(R"({"id": "1"})"), ref).empty());            // type
  EXPECT_FALSE(v.validate(json::parse(R"({"id": 1, "tag": "c"})"), ref).empty());  // enum
  EXPECT_FALSE(v.validate(json::parse(R"({"id": 1, "extra": 2})"), ref).empty());  // closed
  EXPECT_FALSE(v.validate(json::parse("1"), {{"$ref", "#/components/schemas/Nope"}}).empty());
  EXPECT_FALSE(v.validate(json::parse("1"), {{"type", "integer"}, {"multipleOf", 2}}).empty());
  json all_of = {
      {"allOf", json::array({ref, {{"properties", {{"more", {{"type", "boolean"}}}}}}})}};
  EXPECT_TRUE(v.validate(json::parse(R"({"id": 1, "more": true})"), all_of).empty());
  EXPECT_FALSE(v.validate(json::parse(R"({"id": 1, "more": 1})"), all_of).empty());
  EXPECT_FALSE(
      v.validate(json::parse(R"([1, "x"])"), {{"type", "array"}, {"items", {{"type", "integer"}}}})
          .empty());
}

// Sample ids from the demo data for each kind of path parameter, by the collection before it.
std::map<std::string, std::string> sample_ids(
    const std::function<ClientResponse(std::string)>& get) {
  std::map<std::string, std::string> ids;
  auto first = [&](const std::string& path, const std::string& list) {
    auto j = json::parse(get(path).body, nullptr, false);
    if (!j.is_object() || !j.contains(list) || j[list].empty()) return std::string();
    return std::to_string(j[list][0]["id"].get<std::int64_t>());
  };
  ids["projects"] = first("/api/v1/projects", "projects");
  ids["plans"] = first("/api/v1/plans", "plans");
  ids["needs"] = first("/api/v1/needs?type=skill", "needs");
  ids["members"] = first("/api/v1/experts", "experts");
  ids["lessons"] = first("/api/v1/lessons", "lessons");
  ids["opportunities"] = first("/api/v1/opportunities", "opportunities");
  ids["campaigns"] = first("/api/v1/campaigns", "campaigns");
  return ids;
}

// `pattern` with each {id} replaced by the sample of the collection before it.
std::string fill(const std::string& pattern, const std::map<std::string, std::string>& ids) {
  std::string out = pattern;
  for (auto p = out.find("{id}"); p != std::string::npos; p = out.find("{id}")) {
    auto slash = out.rfind('/', p - 2);
    std::string collection = out.substr(slash + 1, p - slash - 2);
    auto it = ids.find(collection);
    if (it == ids.end() || it->second.empty()) return {};
    out.replace(p, 4, it->second);
  }
  return out;
}

TEST_F(ApiReference, EveryGetRouteAnswersAsDescribedOnTheDemoData) {
  auto ids = sample_ids([&](std::string path) { return api("GET", admin_token, path); });
  // The demo data has no team discussion: the administrator (an animator too) opens a thread on
  // the first project, as the document describes, so its messages can be read back.
  auto opened =
      api("POST", admin_token, "/api/v1/projects/" + ids["projects"] + "/threads",
          json{{"title", "Fil de la référence"}, {"body", "Un *premier* message."}}.dump());
  ASSERT_EQ(opened.status, 201) << opened.body;
  ids["threads"] = std::to_string(json::parse(opened.body).value("id", 0));
  // Nor documents: the administrator uploads one, as the document describes.
  const std::string boundary = "----reference";
  auto uploaded =
      api("POST", admin_token, "/api/v1/projects/" + ids["projects"] + "/documents",
          "--" + boundary +
              "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"etude.pdf\""
              "\r\n\r\n%PDF-1.4\n%%EOF\n\r\n--" +
              boundary + "--\r\n",
          "multipart/form-data; boundary=" + boundary);
  ASSERT_EQ(uploaded.status, 201) << uploaded.body;
  ids["documents"] = std::to_string(json::parse(uploaded.body).value("id", 0));
  // Nor the administrator's pledges: they pledge to the demo campaign.
  auto pledged =
      api("POST", admin_token, "/api/v1/pledges",
          json{{"campaign_id", std::stoll(ids["campaigns"])}, {"amount", "150.00"}}.dump());
  ASSERT_EQ(pledged.status, 201) << pledged.body;
  ids["pledges"] = std::to_string(json::parse(pledged.body).value("id", 0));
  for (const auto& [collection, id] : ids) {
    ASSERT_FALSE(id.empty()) << "the demo data has no " << collection;
  }
  for (const auto& [pattern, item] : doc["paths"].items()) {
    if (!item.contains("get")) continue;
    std::string path = fill(pattern, ids);
    if (path.empty()) {
      ADD_FAILURE() << "no sample id for " << pattern << ": add one to sample_ids()";
      continue;
    }
    call_and_check("get", pattern, path, admin_token, 200);
    const json& security = item["get"].value("security", json());
    bool needs_token = security == json::parse(R"([{"bearer": []}])");
    if (needs_token) {
      EXPECT_EQ(api("GET", "", path).status, 401) << pattern << " says it needs a token";
    } else {
      call_and_check("get", pattern, path, "", 200);  // what a visitor sees, too
    }
  }
  call_and_check("get", "/api/v1/territories", "/api/v1/territories?tree=1", "", 200);
  EXPECT_EQ(exercised.size(), [&] {
    std::size_t n = 0;
    for (const auto& [p, item] : doc["paths"].items()) n += item.contains("get");
    return n;
  }());
}

TEST_F(ApiReference, EveryWriteAnswersAsDescribedInAMobilisationStory) {
  auto& db = server->db();
  auto get = [&](const std::string& path) {
    return json::parse(api("GET", admin_token, path).body, nullptr, false);
  };
  // Create a token the way the document says, and read it back.
  auto tok = call_and_check(
      "post", "/api/v1/tokens", "/api/v1/tokens", "", 201,
      {{"email", admin.email}, {"password", "correct horse battery"}, {"name", "reference test"}});
  call_and_check("get", "/api/v1/me", "/api/v1/me", tok.value("token", ""), 200);
  auto listed =
      call_and_check("get", "/api/v1/tokens", "/api/v1/tokens", tok.value("token", ""), 200);
  // The token made above, by its name: the fixture's own token was made in the same second.
  std::string made_id;
  for (const auto& t : listed["tokens"]) {
    if (t.value("name", "") == "reference test") made_id = t.value("id", "");
  }
  ASSERT_FALSE(made_id.empty()) << listed.dump();
  call_and_check("delete", "/api/v1/tokens/{id}", "/api/v1/tokens/" + made_id,
                 tok.value("token", ""), 204);
  call_and_check("delete", "/api/v1/tokens/{id}", "/api/v1/tokens/" + made_id, admin_token, 404);

  auto orgs = get("/api/v1/organisations?type=commune");
  ASSERT_FALSE(orgs["organisations"].empty());
  const auto& carrier = orgs["organisations"][0];
  ASSERT_TRUE(carrier["territory"].is_object());
  auto project =
      call_and_check("post", "/api/v1/projects", "/api/v1/projects", admin_token, 201,
                     {{"title", "Étude d'assainissement de référence"},
                      {"summary", "Un projet écrit par le test de la référence de l'API."},
                      {"description_md", "## Contexte\n\nUn douar sans réseau."},
                      {"lang", "fr"},
                      {"status", "idea"},
                      {"carrier_id", carrier["id"]},
                      {"territory_id", carrier["territory"]["id"]},
                      {"sectors", {"sanitation"}}});
  std::string pid = std::to_string(project.value("id", 0));
  call_and_check("patch", "/api/v1/projects/{id}", "/api/v1/projects/" + pid, admin_token, 200,
                 {{"summary", "Résumé changé par le test."}});
  auto need = call_and_check("post", "/api/v1/projects/{id}/needs",
                             "/api/v1/projects/" + pid + "/needs", admin_token, 201,
                             {{"kind", "skill"},
                              {"title", "Étude de faisabilité d'un réseau d'égouts"},
                              {"skills", {{{"slug", "sanitation"}, {"level", "expert"}}}},
                              {"mode", "remote"},
                              {"languages", {"fr"}}});
  std::string nid = std::to_string(need.value("id", 0));

  // Four experts: one invited who declines, one who offers and withdraws, one whose offer is
  // declined, one whose offer is accepted.
  std::int64_t sanitation = 0;
  const json taxonomy = get("/api/v1/skills");
  for (const auto& d : taxonomy["domains"]) {
    for (const auto& s : d["skills"]) {
      if (s["slug"] == "sanitation") sanitation = s["id"];
    }
  }
  ASSERT_NE(sanitation, 0);
  auto expert = [&] {
    auto e = sign_in_new_member(db, Role::member);
    EXPECT_TRUE(mobilisation_test_store::make_expert(db, e.member_id, {{sanitation, "expert"}}));
    return std::pair{e, token_of(server->port(), e)};
  };
  auto [invited, invited_token] = expert();
  auto [withdrawer, withdrawer_token] = expert();
  auto [helper, helper_token] = expert();
  auto [declinee, declinee_token] = expert();
  auto inv = call_and_check("post", "/api/v1/needs/{id}/invitations",
                            "/api/v1/needs/" + nid + "/invitations", admin_token, 201,
                            {{"expert_id", invited.member_id}, {"message", "Bonjour !"}});
  call_and_check("post", "/api/v1/invitations/{id}/decline",
                 "/api/v1/invitations/" + std::to_string(inv.value("id", 0)) + "/decline",
                 invited_token, 200);
  auto offer = [&](const std::string& token) {
    return std::to_string(call_and_check("post", "/api/v1/needs/{id}/offers",
                                         "/api/v1/needs/" + nid + "/offers", token, 201,
                                         {{"message", "Je peux aider à distance."}})
                              .value("id", 0));
  };
  std::string declined = offer(declinee_token), withdrawn = offer(withdrawer_token),
              accepted = offer(helper_token);
  call_and_check("post", "/api/v1/offers/{id}/withdraw",
                 "/api/v1/offers/" + withdrawn + "/withdraw", withdrawer_token, 200);
  call_and_check("post", "/api/v1/offers/{id}/decline", "/api/v1/offers/" + declined + "/decline",
                 admin_token, 200, {{"note", "Merci, l'équipe est complète."}});
  call_and_check("get", "/api/v1/needs/{id}/mobilisation", "/api/v1/needs/" + nid + "/mobilisation",
                 admin_token, 200);
  call_and_check("post", "/api/v1/offers/{id}/accept", "/api/v1/offers/" + accepted + "/accept",
                 admin_token, 200, {{"role", "étude d'assainissement"}});
  auto m = call_and_check("get", "/api/v1/needs/{id}/mobilisation",
                          "/api/v1/needs/" + nid + "/mobilisation", admin_token, 200);
  EXPECT_EQ(m["invitations"].size(), 1u);
  EXPECT_EQ(m["offers"].size(), 3u);
  // An expert says she is interested in the first demo investment opportunity.
  auto opportunities = api("GET", "", "/api/v1/opportunities");
  auto first_opportunity = std::to_string(
      json::parse(opportunities.body, nullptr, false)["opportunities"][0].value("id", 0));
  call_and_check("post", "/api/v1/opportunities/{id}/interests",
                 "/api/v1/opportunities/" + first_opportunity + "/interests", helper_token, 201,
                 {{"about", "Ingénieure à Lyon"},
                  {"interest", "Co-investir"},
                  {"amount", "50 000"},
                  {"currency", "EUR"},
                  {"contact", "+33 6 00 00 00 00"}});
  call_and_check("post", "/api/v1/contact", "/api/v1/contact", "", 201,
                 {{"request_key", "api-reference-test-0001"},
                  {"name", "Association d'essai"},
                  {"email", "essai@example.org"},
                  {"message", "Un message écrit par le test de la référence."}});
  // The project's team discusses it.
  auto project_path = std::to_string(project.value("id", 0));
  auto thread = call_and_check("post", "/api/v1/projects/{id}/threads",
                               "/api/v1/projects/" + project_path + "/threads", admin_token, 201,
                               {{"title", "Calendrier"}, {"body", "On commence en **janvier**."}});
  auto tid = std::to_string(thread.value("id", 0));
  call_and_check("post", "/api/v1/threads/{id}/messages", "/api/v1/threads/" + tid + "/messages",
                 admin_token, 201, {{"body", "D'accord."}});
  call_and_check("post", "/api/v1/threads/{id}/messages", "/api/v1/threads/" + tid + "/messages",
                 admin_token, 422, {{"body", "<script>x</script>"}});
  call_and_check("get", "/api/v1/threads/{id}/messages", "/api/v1/threads/999999999/messages",
                 admin_token, 404);
  // The team shares out tasks and decides (the accepted expert is in the team).
  auto task = call_and_check("post", "/api/v1/projects/{id}/tasks",
                             "/api/v1/projects/" + project_path + "/tasks", admin_token, 201,
                             {{"title", "Relever les points de rejet"},
                              {"owner_id", helper.member_id},
                              {"due_on", "2030-01-31"}});
  call_and_check("post", "/api/v1/tasks/{id}/status",
                 "/api/v1/tasks/" + std::to_string(task.value("id", 0)) + "/status", helper_token,
                 200, {{"status", "done"}});
  call_and_check("post", "/api/v1/projects/{id}/tasks",
                 "/api/v1/projects/" + project_path + "/tasks", admin_token, 422,
                 {{"title", "Hors de l'équipe"}, {"owner_id", declinee.member_id}});
  auto decision =
      call_and_check("post", "/api/v1/projects/{id}/decisions",
                     "/api/v1/projects/" + project_path + "/decisions", admin_token, 201,
                     {{"title", "Retenir le tracé nord"},
                      {"body", "Le plus **court**."},
                      {"deadline", core::iso(server->clock().now() + std::chrono::hours(24 * 30))},
                      {"quorum", 1}});
  call_and_check("post", "/api/v1/decisions/{id}/votes",
                 "/api/v1/decisions/" + std::to_string(decision.value("id", 0)) + "/votes",
                 helper_token, 200, {{"choice", "agree"}, {"reason", "Moins de pompage."}});
  call_and_check("get", "/api/v1/projects/{id}/decisions",
                 "/api/v1/projects/" + project_path + "/decisions", helper_token, 200);
  call_and_check("get", "/api/v1/projects/{id}/tasks",
                 "/api/v1/projects/" + project_path + "/tasks", helper_token, 200);
  // It matures: idea → maturing (no checklist); "ready" waits for its checklist (409), whose
  // first item an animator ticks with its evidence.
  auto path = call_and_check("post", "/api/v1/projects/{id}/stage",
                             "/api/v1/projects/" + project_path + "/stage", admin_token, 200,
                             {{"to", "maturing"}, {"note", "Diagnostic tenu"}});
  std::int64_t item = 0;
  for (const auto& c : path["checklists"]) {
    for (const auto& i : c["items"]) {
      if (c["stage"] == "ready" && i["computed"].is_null() && !item) item = i["id"];
    }
  }
  ASSERT_NE(item, 0) << path.dump();
  call_and_check("post", "/api/v1/projects/{id}/stage",
                 "/api/v1/projects/" + project_path + "/stage", admin_token, 409,
                 {{"to", "ready"}, {"from", "maturing"}});
  call_and_check("post", "/api/v1/projects/{id}/checklist",
                 "/api/v1/projects/" + project_path + "/checklist", admin_token, 200,
                 {{"item_id", item}, {"done", true}, {"note", "Étude v2"}});
  // It meets: an animator sets the meeting up; answers are the team's own (403 outside it); the
  // animator may call it off.
  auto meeting = call_and_check("post", "/api/v1/projects/{id}/meetings",
                                "/api/v1/projects/" + project_path + "/meetings", admin_token, 201,
                                {{"title", "Lancement"},
                                 {"date", "2027-02-20"},
                                 {"start", "10:00"},
                                 {"end", "11:00"},
                                 {"time_zone", "Africa/Casablanca"},
                                 {"place", "Maison communale"}});
  call_and_check("post", "/api/v1/projects/{id}/meetings",
                 "/api/v1/projects/" + project_path + "/meetings", admin_token, 422,
                 {{"title", "Lancement"},
                  {"date", "2027-03-28"},
                  {"start", "02:30"},
                  {"end", "04:00"},
                  {"time_zone", "Europe/Paris"},
                  {"place", "Paris"}});
  call_and_check("post", "/api/v1/meetings/{id}/rsvp",
                 "/api/v1/meetings/" + std::to_string(meeting.value("id", 0)) + "/rsvp",
                 admin_token, 403, {{"answer", "yes"}});
  // The meeting is called off: the reason comes back; a reason too long is refused, naming it.
  const std::string cancel_path =
      "/api/v1/meetings/" + std::to_string(meeting.value("id", 0)) + "/cancel";
  call_and_check("post", "/api/v1/meetings/{id}/cancel", cancel_path, admin_token, 422,
                 {{"reason", std::string(501, 'x')}});
  call_and_check("post", "/api/v1/meetings/{id}/cancel", cancel_path, admin_token, 200,
                 {{"reason", "Report au printemps"}});
  // It keeps its study: uploaded as a browser's form, a program renamed .pdf refused.
  auto form = [](const std::string& bytes) {
    return std::pair<std::string, std::string>{
        "multipart/form-data; boundary=xYz",
        "--xYz\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nÉtude de faisabilité"
        "\r\n--xYz\r\nContent-Disposition: form-data; name=\"file\"; "
        "filename=\"etude.pdf\"\r\n\r\n" +
            bytes + "\r\n--xYz--\r\n"};
  };
  auto study = call_and_check("post", "/api/v1/projects/{id}/documents",
                              "/api/v1/projects/" + project_path + "/documents", helper_token, 201,
                              nullptr, form("%PDF-1.4\n%%EOF\n"));
  // A second version under the same title, deleted; then the whole document.
  call_and_check("post", "/api/v1/projects/{id}/documents",
                 "/api/v1/projects/" + project_path + "/documents", helper_token, 201, nullptr,
                 form("%PDF-1.4\n% v2\n%%EOF\n"));
  const std::string study_path = "/api/v1/documents/" + std::to_string(study.value("id", 0));
  call_and_check("delete", "/api/v1/documents/{id}/versions/{number}", study_path + "/versions/2",
                 helper_token, 204);
  call_and_check("delete", "/api/v1/documents/{id}", study_path, helper_token, 204);
  call_and_check("post", "/api/v1/projects/{id}/documents",
                 "/api/v1/projects/" + project_path + "/documents", helper_token, 422, nullptr,
                 form("<html><script>alert(1)</script></html>"));
  // A donor pledges to the demo campaign; an amount with three decimals is refused, naming it.
  auto campaigns = get("/api/v1/campaigns");
  ASSERT_FALSE(campaigns["campaigns"].empty());
  const auto campaign_id = campaigns["campaigns"][0]["id"];
  call_and_check("post", "/api/v1/pledges", "/api/v1/pledges", helper_token, 201,
                 {{"campaign_id", campaign_id}, {"amount", "250.50"}, {"currency", "MAD"}});
  call_and_check("post", "/api/v1/pledges", "/api/v1/pledges", helper_token, 422,
                 {{"campaign_id", campaign_id}, {"amount", "10.555"}});
  // An error answers in the shape the document gives it, too.
  call_and_check("get", "/api/v1/projects/{id}", "/api/v1/projects/999999999", "", 404);
  call_and_check("post", "/api/v1/projects", "/api/v1/projects", admin_token, 422, {{"title", ""}});

  for (const auto& [path, item] : doc["paths"].items()) {
    for (const auto& [method, op] : item.items()) {
      if (method == "get") continue;
      EXPECT_TRUE(exercised.count(method + " " + path))
          << method << " " << path << " is described but this story never calls it";
    }
  }
}

TEST_F(ApiReference, APathParameterOfTheWrongTypeIs400NamingIt) {
  int typed = 0;
  for (const auto& [pattern, item] : doc["paths"].items()) {
    for (const auto& [method, op] : item.items()) {
      for (const auto& p : op.value("parameters", json::array())) {
        const json& param = resolved(p);
        if (param["in"] != "path" || param["schema"]["type"] != "integer") continue;
        ++typed;
        std::string name = param["name"];
        for (std::string bad : {"abc", "0", "-3", "1.5"}) {
          std::string path = pattern;
          path.replace(path.find("{" + name + "}"), name.size() + 2, bad);
          // Any other parameter of the path is given a valid value, so the bad one is the reason.
          for (auto open = path.find('{'); open != std::string::npos; open = path.find('{')) {
            path.replace(open, path.find('}', open) - open + 1, "1");
          }
          auto r = api(upper(method), admin_token, path, "{}");
          EXPECT_EQ(r.status, 400) << method << " " << path << ": " << r.body;
          auto body = json::parse(r.body, nullptr, false);
          EXPECT_EQ(body["error"]["code"], "invalid") << path;
          EXPECT_TRUE(body["error"]["fields"].contains(name)) << path << ": " << r.body;
          EXPECT_TRUE(contains(body["error"].value("message", ""), name)) << r.body;
          SchemaValidator v(doc, true);
          EXPECT_TRUE(v.validate(body, response_schema(method, pattern, "400")).empty()) << path;
        }
      }
    }
  }
  EXPECT_GE(typed, 20) << "fewer typed path parameters than the API has";
  // A page's address keeps its own rules: not a JSON 400.
  Client c(server->port());
  EXPECT_EQ(c.get("/projects/abc").status, 404);
}

TEST_F(ApiReference, ThePageShowsTheReferenceInEachLanguage) {
  std::vector<std::string> ids;
  for (const auto& [pattern, item] : doc["paths"].items()) {
    for (const auto& [method, op] : item.items()) ids.push_back(op["operationId"]);
  }
  Client c(server->port());
  for (i18n::Lang lang : i18n::kAllLangs) {
    std::string code(i18n::code(lang));
    auto r = c.get("/api", {{"Accept-Language", code}});
    ASSERT_EQ(r.status, 200) << code;
    EXPECT_TRUE(contains(
        r.body, "<html lang=\"" + code + "\" dir=\"" + (code == "ar" ? "rtl" : "ltr") + "\""))
        << code;
    const auto& cat = i18n::catalogue(lang);
    for (const char* key :
         {"api.contents", "api.parameters", "api.responses", "api.token_required"}) {
      EXPECT_TRUE(contains(r.body, std::string(cat.text(key)))) << code << " " << key;
    }
    for (const auto& id : ids) EXPECT_TRUE(contains(r.body, "id=\"" + id + "\"")) << id;
    EXPECT_TRUE(contains(r.body, "href=\"/api/v1/openapi.json\""));
    auto gz = c.get("/api", {{"Accept-Language", code}, {"Accept-Encoding", "gzip"}});
    EXPECT_EQ(gz.headers["content-encoding"], "gzip");
    EXPECT_LT(gz.body.size(), 50u * 1024) << code << ": the page is heavy";
  }
  // The footer of every page links to it.
  EXPECT_TRUE(contains(c.get("/").body, "href=\"/api\""));
}

}  // namespace
}  // namespace comdev::testing
