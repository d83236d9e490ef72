#include "ops/manifest.h"

#include <nlohmann/json.hpp>

namespace comdev::ops {

std::string to_json(const Manifest& m) {
  nlohmann::ordered_json j;
  j["format"] = m.format;
  j["comdev_version"] = m.comdev_version;
  j["created_at"] = m.created_at;
  j["driver"] = m.driver;
  j["schema_version"] = m.schema_version;
  j["database"] = {{"file", m.database_file},
                   {"sha256", m.database_sha256},
                   {"bytes", m.database_bytes},
                   {"schema", m.database_schema}};
  j["files"] = {{"count", m.file_count}, {"bytes", m.file_bytes}};
  return j.dump(2) + "\n";
}

Result<Manifest> parse_manifest(const std::string& text) {
  auto bad = [](const std::string& why) {
    return Error::invalid("restore.bad_manifest").with_detail("manifest.json: " + why);
  };
  auto j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return bad("not a JSON object");
  try {
    Manifest m;
    m.format = j.at("format").get<int>();
    if (m.format != kManifestFormat) {
      return bad("format " + std::to_string(m.format) + ", this program reads format " +
                 std::to_string(kManifestFormat));
    }
    m.comdev_version = j.value("comdev_version", "");
    m.created_at = j.at("created_at").get<std::string>();
    m.driver = j.at("driver").get<std::string>();
    m.schema_version = j.at("schema_version").get<int>();
    const auto& db = j.at("database");
    m.database_file = db.at("file").get<std::string>();
    m.database_sha256 = db.at("sha256").get<std::string>();
    m.database_bytes = db.at("bytes").get<std::uint64_t>();
    m.database_schema = db.value("schema", "");
    const auto& files = j.at("files");
    m.file_count = files.at("count").get<std::uint64_t>();
    m.file_bytes = files.at("bytes").get<std::uint64_t>();
    if (m.driver != "sqlite" && m.driver != "postgres") return bad("unknown driver " + m.driver);
    // The file name is joined to the folder: never a path that leaves it.
    if (m.database_file != "comdev.sqlite" && m.database_file != "comdev.pgdump") {
      return bad("unexpected database file " + m.database_file);
    }
    return m;
  } catch (const nlohmann::json::exception& e) {
    return bad(e.what());
  }
}

}  // namespace comdev::ops
