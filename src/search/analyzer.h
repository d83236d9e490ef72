// From text to index terms: normalise (normalize.h), drop stop words and one-letter words, stem
// with libstemmer (French, English, Arabic).
//
// A word may give several terms, so that writing with or without accents finds the same words:
// French stems differ with accents ("réalisée" → "réalis", "realisee" → "realise"), so a Latin
// word is indexed as both fold(stem(word)) and stem(fold(word)); an Arabic word as the stem of
// the word and of the word without its prefixes (و, ال, بال, لل…), which the Snowball stemmer
// leaves on some words. A query word becomes a group of such variants, for French and English
// (the reader's query language is unknown); a document matches the word when it has any of them.
//
// Thread-safety: an Analyzer owns libstemmer stemmers, which are not thread-safe: use one per
// thread (Analyzer::for_this_thread()).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "search/normalize.h"

namespace comdev::search {

// The language a document was written in: picks the stemmer of its Latin words.
enum class Lang : std::uint8_t { fr, ar, en };

// True for the normalised form of a French, English or Arabic stop word ("de", "the", "في").
bool is_stop_word(std::string_view normalised);

class Analyzer {
 public:
  Analyzer();
  ~Analyzer();
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;

  static Analyzer& for_this_thread();

  // The terms a document word is indexed under (empty for a stop word). `text` is the text the
  // token was cut from.
  std::vector<std::string> document_terms(std::string_view text, const Token& token, Lang lang);
  // The variants a query word matches (empty for a stop word).
  std::vector<std::string> query_terms(std::string_view text, const Token& token);

  // Every term of a text, in order (one entry per variant), for tests and length counts.
  std::vector<std::string> terms(std::string_view text, Lang lang);

  // One stem with the stemmer of `lang` (input: UTF-8, lower case).
  std::string stem(std::string_view word, Lang lang);

 private:
  struct Stemmers;
  std::unique_ptr<Stemmers> stemmers_;
  // Terms of words already seen, keyed by language and the word as written: a text's
  // vocabulary is small next to its length, so building an index stems each word once.
  std::unordered_map<std::string, std::vector<std::string>> cache_;
  void add_terms(std::string_view text, const Token& token, Lang lang,
                 std::vector<std::string>& out);
};

}  // namespace comdev::search
