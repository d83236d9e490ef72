// Catalogue embedding: i18n/<lang>.json -> a C++ source defining
// comdev::i18n::embedded_catalogue() (see src/i18n/embedded.h), so the server carries its
// messages inside the binary.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace comdev::templatec {

// Reads a catalogue file: key -> is a plural message. Returns false and sets `error` when the
// file is not a flat object of strings and plural objects (with an "other" form).
bool read_keys(const std::string& json_path, std::map<std::string, bool>* keys, std::string* error);

// `files` are (lang code, json path) pairs, e.g. {"fr", "i18n/fr.json"}.
bool generate_catalogues(const std::vector<std::pair<std::string, std::string>>& files,
                         std::string* cpp, std::string* error);

}  // namespace comdev::templatec
