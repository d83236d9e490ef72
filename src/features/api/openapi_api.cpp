// Assembles /api/v1/openapi.json from the App's ApiDoc and derives the page's view from it
// (openapi.h says what is added and what is refused).
#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>

#include "features/api/openapi.h"
#include "features/api/openapi_api_doc.h"

namespace comdev::api {
namespace {

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

Result<json> parse(std::string_view text, const std::string& what) {
  auto j = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return Error::internal("API description of " + what + " is not JSON");
  return j;
}

// The path parameters of the route, typed as the router enforces them; a description written
// in the operation for the same name is kept.
Result<json> path_parameters(const web::ApiOperation& op, json& written, const std::string& what) {
  json out = json::array();
  for (const auto& p : op.route.params) {
    auto schema = parse(web::path_param_schema(p.type), what);
    if (!schema) return schema.error();
    json param{{"name", p.name}, {"in", "path"}, {"required", true}, {"schema", *schema}};
    if (written.is_array()) {
      for (auto it = written.begin(); it != written.end(); ++it) {
        if (it->value("in", "") == "path" && it->value("name", "") == p.name) {
          if (it->contains("description")) param["description"] = (*it)["description"];
          written.erase(it);
          break;
        }
      }
    }
    out.push_back(std::move(param));
  }
  return out;
}

Result<json> operation_json(const web::ApiOperation& op, const std::string& what) {
  auto j = parse(op.openapi, what);
  if (!j) return j.error();
  if (!j->is_object()) return Error::internal("API description of " + what + " is not an object");
  for (const char* key : {"operationId", "summary", "tags", "responses"}) {
    if (!j->contains(key)) {
      return Error::internal("API description of " + what + " has no " + std::string(key));
    }
  }
  json written = j->value("parameters", json::array());
  auto path = path_parameters(op, written, what);
  if (!path) return path.error();
  json params = std::move(*path);
  for (auto& p : written) params.push_back(std::move(p));
  if (!params.empty()) (*j)["parameters"] = std::move(params);
  json& responses = (*j)["responses"];
  bool typed = false;
  for (const auto& p : op.route.params) typed = typed || p.type != http::ParamType::text;
  if (typed && !responses.contains("400")) {
    responses["400"] = {{"$ref", "#/components/responses/BadPathParameter"}};
  }
  // The pipeline refuses a bad token on every /api/ route, before the handler.
  if (!responses.contains("401")) {
    responses["401"] = {{"$ref", "#/components/responses/Unauthenticated"}};
  }
  return std::move(*j);
}

// ---- the page's view ------------------------------------------------------------------------

const json* resolve(const json& doc, const json& node) {
  const json* at = &node;
  for (int depth = 0; depth < 8 && at->is_object() && at->contains("$ref"); ++depth) {
    const auto& ref = (*at)["$ref"];
    if (!ref.is_string() || !ref.get<std::string>().starts_with("#/")) return at;
    auto ptr = json::json_pointer(ref.get<std::string>().substr(1));
    if (!doc.contains(ptr)) return at;
    at = &doc.at(ptr);
  }
  return at;
}

std::string ref_name(const json& node) {
  if (!node.is_object() || !node.contains("$ref")) return {};
  auto ref = node["$ref"].get<std::string>();
  return ref.substr(ref.rfind('/') + 1);
}

std::string scalar_text(const json& v) {
  return v.is_string() ? v.get<std::string>() : v.dump();
}

std::string type_text(const json& doc, const json& schema) {
  const json& s = *resolve(doc, schema);
  if (!s.is_object()) return {};
  std::string out;
  if (s.contains("enum")) {
    for (const auto& v : s["enum"]) {
      if (!out.empty()) out += " | ";
      out += scalar_text(v);
    }
    return out;
  }
  if (s.contains("const")) return scalar_text(s["const"]);
  if (auto name = ref_name(schema); !name.empty() && s.value("type", json()) == "object") {
    return name;
  }
  if (s.contains("type")) {
    const json& t = s["type"];
    if (t.is_array()) {
      for (const auto& one : t) {
        if (!out.empty()) out += " | ";
        out += one.get<std::string>();
      }
    } else {
      out = t.get<std::string>();
    }
  }
  if (s.value("type", json()) == "array" && s.contains("items")) {
    std::string item = ref_name(s["items"]);
    out = "array of " + (item.empty() ? type_text(doc, s["items"]) : item);
  }
  // A maximum that only says "fits in 64 bits" (ids) tells a reader nothing.
  bool real_max =
      s.contains("maximum") && s["maximum"].is_number() && s["maximum"].get<double>() < 1e12;
  if (s.contains("minimum") && real_max) {
    out += ", " + s["minimum"].dump() + "–" + s["maximum"].dump();
  } else if (s.contains("minimum")) {
    out += ", ≥ " + s["minimum"].dump();
  }
  if (s.contains("maxLength")) out += ", ≤ " + s["maxLength"].dump() + " characters";
  if (s.contains("default")) out += ", default " + scalar_text(s["default"]);
  return out;
}

// The properties of a body schema, through $ref and allOf, with the required ones marked.
void collect_fields(const json& doc, const json& schema, std::set<std::string>& required,
                    std::vector<FieldRow>& out) {
  const json& s = *resolve(doc, schema);
  if (!s.is_object()) return;
  for (const auto& r : s.value("required", json::array())) required.insert(r.get<std::string>());
  for (const auto& part : s.value("allOf", json::array())) collect_fields(doc, part, required, out);
  // Named first: items() of a temporary would outlive it in the loop.
  const json props = s.value("properties", json::object());
  for (const auto& [name, prop] : props.items()) {
    out.push_back(
        {name, "", type_text(doc, prop), false, resolve(doc, prop)->value("description", "")});
  }
}

std::string example_of(const json& media) {
  if (media.contains("example")) return media["example"].dump(2);
  return {};
}

OperationView view_of(const json& doc, const std::string& method, const std::string& path,
                      const json& op) {
  OperationView v;
  v.method = method;
  v.path = path;
  v.anchor = op.value("operationId", "");
  v.summary = op.value("summary", "");
  v.description = op.value("description", "");
  v.needs_token = op.contains("security") && op["security"] == json::parse(R"([{"bearer": []}])");
  for (const auto& raw : op.value("parameters", json::array())) {
    const json& p = *resolve(doc, raw);
    v.params.push_back({p.value("name", ""), p.value("in", ""),
                        type_text(doc, p.value("schema", json::object())),
                        p.value("required", false), p.value("description", "")});
  }
  const json* body = op.contains("requestBody") ? resolve(doc, op["requestBody"]) : nullptr;
  if (body && body->contains("content") && !(*body)["content"].empty()) {
    const json& media = (*body)["content"].begin().value();
    std::set<std::string> required;
    collect_fields(doc, media.value("schema", json::object()), required, v.body_fields);
    for (auto& f : v.body_fields) f.required = required.count(f.name) != 0;
    v.body_example = example_of(media);
  }
  for (const auto& [status, raw] : op["responses"].items()) {
    const json& r = *resolve(doc, raw);
    ResponseRow row{status, r.value("description", ""), ""};
    // Errors share one shape, shown once at the top of the page: only successes get examples.
    if (status.starts_with("2") && r.contains("content") && !r["content"].empty()) {
      row.example = example_of(r["content"].begin().value());
    }
    v.responses.push_back(std::move(row));
  }
  return v;
}

}  // namespace

Result<Reference> build_reference(const web::ApiDoc& api, std::string_view base_url) {
  json doc = json::parse(kDocumentHead, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) return Error::internal("the API document's head is not JSON");
  doc["servers"] = json::array({{{"url", std::string(base_url)}}});
  json& components = doc["components"];
  for (const auto& c : api.components()) {
    std::string what = "component " + c.kind + "/" + c.name;
    auto j = parse(c.openapi, what);
    if (!j) return j.error();
    json& slot = components[c.kind][c.name];
    if (!slot.is_null() && slot != *j)
      return Error::internal(what + " is given twice, differently");
    slot = std::move(*j);
  }
  std::set<std::string> ids;
  std::vector<std::string> tag_order;
  std::vector<std::tuple<std::string, std::string, std::string>> keys;  // path, method, tag
  for (const auto& op : api.operations()) {
    std::string method = lower(http::to_string(op.route.method));
    std::string what = std::string(http::to_string(op.route.method)) + " " + op.route.pattern;
    auto j = operation_json(op, what);
    if (!j) return j.error();
    if (!ids.insert((*j)["operationId"].get<std::string>()).second) {
      return Error::internal("API description of " + what + " repeats an operationId");
    }
    json& slot = doc["paths"][op.route.pattern][method];
    if (!slot.is_null()) return Error::internal("API description of " + what + " is given twice");
    std::string tag = (*j)["tags"].at(0).get<std::string>();
    if (std::find(tag_order.begin(), tag_order.end(), tag) == tag_order.end()) {
      tag_order.push_back(tag);
    }
    slot = std::move(*j);
    keys.emplace_back(op.route.pattern, method, tag);
  }
  json tags = json::array();
  for (const auto& t : tag_order) tags.push_back({{"name", t}});
  doc["tags"] = std::move(tags);

  Reference ref;
  ref.version = doc["info"].value("version", "");
  for (const auto& t : tag_order) ref.tags.push_back({t, {}});
  for (const auto& [path, method, tag] : keys) {
    auto view = view_of(doc, upper(method), path, doc["paths"][path][method]);
    for (auto& t : ref.tags) {
      if (t.name == tag) t.operations.push_back(std::move(view));
    }
    ++ref.operation_count;
  }
  ref.json = doc.dump();
  return ref;
}

}  // namespace comdev::api
