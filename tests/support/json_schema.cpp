#include "json_schema.h"

#include <algorithm>
#include <regex>
#include <set>

namespace comdev::testing {
namespace {

using nlohmann::json;

const std::set<std::string>& annotations() {
  static const std::set<std::string> s = {"description", "title",    "format",
                                          "default",     "example",  "examples",
                                          "deprecated",  "readOnly", "writeOnly"};
  return s;
}

const std::set<std::string>& assertions() {
  static const std::set<std::string> s = {"$ref",
                                          "type",
                                          "enum",
                                          "const",
                                          "properties",
                                          "required",
                                          "additionalProperties",
                                          "items",
                                          "minItems",
                                          "maxItems",
                                          "minimum",
                                          "maximum",
                                          "minLength",
                                          "maxLength",
                                          "pattern",
                                          "allOf",
                                          "anyOf",
                                          "oneOf"};
  return s;
}

bool is_type(const json& v, const std::string& type) {
  if (type == "null") return v.is_null();
  if (type == "boolean") return v.is_boolean();
  if (type == "integer") return v.is_number_integer();
  if (type == "number") return v.is_number();
  if (type == "string") return v.is_string();
  if (type == "array") return v.is_array();
  if (type == "object") return v.is_object();
  return false;
}

std::size_t characters(const std::string& s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

std::string shown(const json& v) {
  std::string s = v.dump();
  return s.size() > 60 ? s.substr(0, 57) + "..." : s;
}

}  // namespace

const json& SchemaValidator::resolve(const json& schema, std::vector<std::string>& problems,
                                     const std::string& at) const {
  const json* s = &schema;
  for (int hops = 0; s->is_object() && s->contains("$ref"); ++hops) {
    const json& ref = (*s)["$ref"];
    if (hops > 16 || !ref.is_string() || !ref.get<std::string>().starts_with("#/")) {
      problems.push_back(at + ": unresolvable $ref " + shown(ref));
      static const json kEmpty = json::object();
      return kEmpty;
    }
    json::json_pointer ptr(ref.get<std::string>().substr(1));
    if (!root_.contains(ptr)) {
      problems.push_back(at + ": $ref to nothing: " + ref.get<std::string>());
      static const json kEmpty = json::object();
      return kEmpty;
    }
    s = &root_.at(ptr);
  }
  return *s;
}

void SchemaValidator::declared(const json& schema, std::vector<std::string>& names,
                               int depth) const {
  std::vector<std::string> ignored;
  const json& s = resolve(schema, ignored, "");
  if (!s.is_object() || depth > 32) return;
  if (s.contains("properties")) {
    for (const auto& [name, _] : s["properties"].items()) names.push_back(name);
  }
  if (s.contains("additionalProperties") && s["additionalProperties"] != false) {
    names.push_back("*");
  }
  if (s.contains("allOf")) {
    for (const auto& part : s["allOf"]) declared(part, names, depth + 1);
  }
}

void SchemaValidator::check(const json& value, const json& schema_in, const std::string& at,
                            bool close_here, std::vector<std::string>& problems, int depth) const {
  if (depth > 64) {
    problems.push_back(at + ": schema nested too deeply (a $ref loop?)");
    return;
  }
  const json& schema = resolve(schema_in, problems, at);
  if (schema.is_boolean()) {
    if (!schema.get<bool>()) problems.push_back(at + ": no value is allowed here");
    return;
  }
  if (!schema.is_object()) {
    problems.push_back(at + ": the schema is not an object");
    return;
  }
  for (const auto& [key, _] : schema.items()) {
    if (!assertions().count(key) && !annotations().count(key)) {
      problems.push_back(at + ": unsupported keyword \"" + key + "\"");
    }
  }
  if (schema.contains("type")) {
    const json& t = schema["type"];
    bool ok = false;
    if (t.is_string()) ok = is_type(value, t.get<std::string>());
    for (const auto& one : t.is_array() ? t : json::array()) ok = ok || is_type(value, one);
    if (!ok) {
      problems.push_back(at + ": " + shown(value) + " is not of type " + t.dump());
      return;  // the other keywords would only repeat the problem
    }
  }
  if (schema.contains("enum") &&
      std::find(schema["enum"].begin(), schema["enum"].end(), value) == schema["enum"].end()) {
    problems.push_back(at + ": " + shown(value) + " is not one of " + shown(schema["enum"]));
  }
  if (schema.contains("const") && schema["const"] != value) {
    problems.push_back(at + ": " + shown(value) + " is not " + shown(schema["const"]));
  }
  if (value.is_number()) {
    if (schema.contains("minimum") && value.get<double>() < schema["minimum"].get<double>()) {
      problems.push_back(at + ": " + shown(value) + " is below " + schema["minimum"].dump());
    }
    if (schema.contains("maximum") && value.get<double>() > schema["maximum"].get<double>()) {
      problems.push_back(at + ": " + shown(value) + " is above " + schema["maximum"].dump());
    }
  }
  if (value.is_string()) {
    auto n = characters(value.get<std::string>());
    if (schema.contains("minLength") && n < schema["minLength"].get<std::size_t>()) {
      problems.push_back(at + ": shorter than " + schema["minLength"].dump() + " characters");
    }
    if (schema.contains("maxLength") && n > schema["maxLength"].get<std::size_t>()) {
      problems.push_back(at + ": longer than " + schema["maxLength"].dump() + " characters");
    }
    // ECMA-262 regular expressions, as JSON Schema says; unanchored unless the pattern anchors.
    if (schema.contains("pattern") &&
        !std::regex_search(
            value.get<std::string>(),
            std::regex(schema["pattern"].get<std::string>(), std::regex::ECMAScript))) {
      problems.push_back(at + ": " + shown(value) + " does not match " + schema["pattern"].dump());
    }
  }
  if (value.is_array()) {
    if (schema.contains("minItems") && value.size() < schema["minItems"].get<std::size_t>()) {
      problems.push_back(at + ": fewer than " + schema["minItems"].dump() + " items");
    }
    if (schema.contains("maxItems") && value.size() > schema["maxItems"].get<std::size_t>()) {
      problems.push_back(at + ": more than " + schema["maxItems"].dump() + " items");
    }
    if (schema.contains("items")) {
      for (std::size_t i = 0; i < value.size(); ++i) {
        check(value[i], schema["items"], at + "/" + std::to_string(i), true, problems, depth + 1);
      }
    }
  }
  if (value.is_object()) {
    for (const auto& r : schema.value("required", json::array())) {
      if (!value.contains(r.get<std::string>())) {
        problems.push_back(at + ": \"" + r.get<std::string>() + "\" is missing");
      }
    }
    const json props = schema.value("properties", json::object());
    for (const auto& [name, v] : value.items()) {
      if (props.contains(name)) {
        check(v, props[name], at + "/" + name, true, problems, depth + 1);
      } else if (schema.contains("additionalProperties")) {
        check(v, schema["additionalProperties"], at + "/" + name, true, problems, depth + 1);
      }
    }
    if (closed_ && close_here) {
      std::vector<std::string> names;
      declared(schema, names, 0);
      bool open = std::find(names.begin(), names.end(), "*") != names.end();
      for (const auto& [name, _] : value.items()) {
        if (!open && std::find(names.begin(), names.end(), name) == names.end()) {
          problems.push_back(at + ": \"" + name + "\" is not described");
        }
      }
    }
  }
  // The parts of allOf describe one object together: none of them closes it alone.
  for (const auto& part : schema.value("allOf", json::array())) {
    check(value, part, at, false, problems, depth + 1);
  }
  for (const char* key : {"anyOf", "oneOf"}) {
    if (!schema.contains(key)) continue;
    int passing = 0;
    std::vector<std::string> first;
    for (const auto& part : schema[key]) {
      std::vector<std::string> p;
      check(value, part, at, true, p, depth + 1);
      if (p.empty()) ++passing;
      if (first.empty()) first = std::move(p);
    }
    if (passing == 0) {
      problems.push_back(at + ": matches none of " + key +
                         " (first: " + (first.empty() ? "?" : first.front()) + ")");
    } else if (std::string(key) == "oneOf" && passing > 1) {
      problems.push_back(at + ": matches more than one of oneOf");
    }
  }
}

std::vector<std::string> SchemaValidator::validate(const json& value, const json& schema) const {
  std::vector<std::string> problems;
  check(value, schema, "", true, problems, 0);
  return problems;
}

void SchemaValidator::walk(const json& schema, const std::string& at, std::vector<std::string>& out,
                           int depth) const {
  if (!schema.is_object() || depth > 64) return;
  for (const auto& [key, sub] : schema.items()) {
    if (!assertions().count(key) && !annotations().count(key)) {
      out.push_back(at + ": " + key);
      continue;
    }
    if (key == "properties") {
      for (const auto& [name, p] : sub.items()) walk(p, at + "/properties/" + name, out, depth + 1);
    } else if (key == "items" || key == "additionalProperties") {
      walk(sub, at + "/" + key, out, depth + 1);
    } else if (key == "allOf" || key == "anyOf" || key == "oneOf") {
      for (std::size_t i = 0; i < sub.size(); ++i) {
        walk(sub[i], at + "/" + key + "/" + std::to_string(i), out, depth + 1);
      }
    }
  }
}

std::vector<std::string> SchemaValidator::unsupported(const json& schema) const {
  std::vector<std::string> out;
  walk(schema, "", out, 0);
  return out;
}

}  // namespace comdev::testing
