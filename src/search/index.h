// An in-memory inverted index with BM25 ranking (std + analyzer only, no I/O).
//
// Documents are identified by (type, id): the caller's kind of thing (a project, a need, an
// organisation: any number below kMaxTypes) and its database id. Each has a title, weighted
// kTitleWeight times, and a body. A query matches the documents that contain every one of its
// words (each word through any of its variants, see analyzer.h); they are ranked by BM25 over
// the weighted term frequencies, ties broken by type then id so the order is stable.
//
// Thread-safety: put() and remove() take an exclusive lock, search() and get() a shared one; any
// number of threads may search while one writes.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "search/analyzer.h"

namespace comdev::search {

inline constexpr std::size_t kMaxTypes = 4;
inline constexpr int kTitleWeight = 3;

struct Document {
  std::uint8_t type = 0;  // < kMaxTypes
  std::int64_t id = 0;
  Lang lang = Lang::fr;
  std::string title;
  std::string body;
};

// The words of a query, each as the group of variants it matches (analyzer.h). Stop words and
// one-letter words are left out; so a query of stop words only has no words.
using QueryWords = std::vector<std::vector<std::string>>;
QueryWords parse_query(std::string_view query);

struct Query {
  std::string text;
  std::optional<std::uint8_t> type;  // only this type; the per-type counts still count all
  std::size_t offset = 0;
  std::size_t limit = 20;
};

struct Hit {
  std::uint8_t type = 0;
  std::int64_t id = 0;
  double score = 0;
};

struct Results {
  std::vector<Hit> hits;  // the requested page, best first
  std::size_t total = 0;  // matches of the requested type (all types when none)
  std::array<std::size_t, kMaxTypes> per_type{};  // matches of each type
  QueryWords words;                               // for highlighting
};

class Index {
 public:
  // Inserts, or replaces the document with the same (type, id).
  void put(const Document& doc);
  void remove(std::uint8_t type, std::int64_t id);
  // Many documents at once under one lock (building at start).
  void put_all(const std::vector<Document>& docs);

  Results search(const Query& query) const;
  std::optional<Document> get(std::uint8_t type, std::int64_t id) const;
  std::size_t size() const;

 private:
  struct Posting {
    std::uint32_t slot;
    std::uint16_t title_tf;
    std::uint16_t body_tf;
  };
  struct Slot {
    Document doc;
    std::vector<std::uint32_t> terms;  // distinct term ids, to remove its postings
  };
  static std::uint64_t key(std::uint8_t type, std::int64_t id) {
    return (static_cast<std::uint64_t>(id) << 3) | type;
  }
  void put_locked(const Document& doc, Analyzer& analyzer);
  void remove_locked(std::uint64_t k);
  std::uint32_t term_id(const std::string& term);

  mutable std::shared_mutex mu_;
  std::unordered_map<std::string, std::uint32_t> term_ids_;
  // By term id, each sorted by slot, so a query walks the per-slot arrays in order.
  std::vector<std::vector<Posting>> postings_;
  std::vector<Slot> slots_;
  // Per slot, apart from the documents so the ranking loop touches only compact arrays.
  std::vector<std::uint32_t> lengths_;  // weighted number of terms
  std::vector<std::uint8_t> types_;
  std::vector<std::int64_t> ids_;
  std::vector<std::uint32_t> free_slots_;
  std::unordered_map<std::uint64_t, std::uint32_t> by_key_;
  std::uint64_t total_length_ = 0;
  std::size_t live_ = 0;
};

}  // namespace comdev::search
