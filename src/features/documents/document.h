// A project team's documents (migrations/0026_documents): a title and a kind, and the versions
// uploaded under that title, each a content-addressed file (src/files). Plain structs; std only.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace comdev::documents {

enum class Kind { study, budget, plan, photo, minutes, other };
inline constexpr std::array<Kind, 6> kKinds = {Kind::study, Kind::budget,  Kind::plan,
                                               Kind::photo, Kind::minutes, Kind::other};
std::string_view name(Kind k);
std::optional<Kind> parse_kind(std::string_view s);

// The largest file a team may upload ("20 MB" as people read it); the request around it may add
// a form's few fields and boundaries.
inline constexpr std::uint64_t kMaxFileBytes = 20'000'000;
inline constexpr std::size_t kMaxUploadBodyBytes = kMaxFileBytes + 64 * 1024;

struct Version {
  int number = 0;
  std::string sha256, filename, file_type;  // file_type: files::name_of
  std::int64_t size = 0;
  bool has_preview = false;
  std::int64_t uploaded_by = 0;
  std::string uploader_name, uploaded_at;
};

struct Document {
  std::int64_t id = 0;
  std::int64_t project_id = 0;
  std::string project_title;
  std::string title;
  Kind kind = Kind::other;
  int versions = 0;  // the latest version's number
  std::string created_at, updated_at;
  Version latest;  // filled by the lists
};

// What an upload form or API call gives: the file is passed beside it.
struct UploadInput {
  std::string title;  // the document's title; a title the project already has adds a version
  Kind kind = Kind::other;
};

// The activity timeline's sentences for an upload and a deletion (features/activity: the kind is
// the key).
inline constexpr const char* kDocumentAdded = "activity.document_added";
inline constexpr const char* kDocumentVersioned = "activity.document_versioned";
inline constexpr const char* kDocumentDeleted = "activity.document_deleted";
inline constexpr const char* kVersionDeleted = "activity.document_version_deleted";

}  // namespace comdev::documents
