// A JSON Schema validator for the subset the API reference writes (tests only): type (one or a
// list, so ["string", "null"] is a nullable string), enum, const, properties, required,
// additionalProperties, items, minItems, maxItems, minimum, maximum, minLength, maxLength
// (characters), allOf, anyOf, oneOf, and "$ref": "#/…" (a JSON pointer into the document, so
// components resolve). Annotations (description, title, format, default, example, examples,
// deprecated, readOnly, writeOnly) are ignored.
//
// A keyword outside the subset is reported as a problem, never skipped: a schema cannot appear
// to pass because the validator did not understand it.
//
// With `closed_objects`, an object may carry only the properties its schema declares (its own
// and those of its allOf parts) unless the schema says additionalProperties: so a field a
// handler sends but the document does not describe makes the test fail.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace comdev::testing {

class SchemaValidator {
 public:
  // REQUIRES: `root` (the document "$ref"s point into) outlives the validator.
  SchemaValidator(const nlohmann::json& root, bool closed_objects)
      : root_(root), closed_(closed_objects) {}

  // Every way `value` breaks `schema`, each as "<where in the value>: <what>"; empty when valid.
  std::vector<std::string> validate(const nlohmann::json& value,
                                    const nlohmann::json& schema) const;
  // The keywords of `schema` (and of the schemas inside it) outside the subset.
  std::vector<std::string> unsupported(const nlohmann::json& schema) const;

 private:
  void check(const nlohmann::json& value, const nlohmann::json& schema, const std::string& at,
             bool close_here, std::vector<std::string>& problems, int depth) const;
  const nlohmann::json& resolve(const nlohmann::json& schema, std::vector<std::string>& problems,
                                const std::string& at) const;
  void declared(const nlohmann::json& schema, std::vector<std::string>& names, int depth) const;
  void walk(const nlohmann::json& schema, const std::string& at, std::vector<std::string>& out,
            int depth) const;

  const nlohmann::json& root_;
  bool closed_;
};

}  // namespace comdev::testing
