#include "search/analyzer.h"

#include <libstemmer.h>

#include <algorithm>
#include <array>
#include <unordered_set>

namespace comdev::search {

namespace {

const std::unordered_set<std::string>& stop_words() {
  static const std::unordered_set<std::string> words = [] {
    // Written as people write them; stored normalised, so "à", "a" and "إلى", "الى" all match.
    const char* list[] = {
        // French
        "au", "aux", "avec", "ce", "ces", "cet", "cette", "dans", "de", "des", "du", "elle", "en",
        "et", "est", "il", "ils", "la", "le", "les", "leur", "leurs", "mais", "ne", "nous", "on",
        "ou", "où", "par", "pas", "pour", "qu", "que", "qui", "sa", "se", "ses", "son", "sont",
        "sur", "un", "une", "vous",
        // English
        "an", "and", "are", "as", "at", "by", "for", "from", "in", "is", "it", "of", "on", "or",
        "the", "to", "with",
        // Arabic
        "في", "من", "إلى", "على", "عن", "مع", "هذا", "هذه", "ذلك", "تلك", "التي", "الذي", "الذين",
        "أن", "إن", "أو", "ثم", "قد", "كان", "ما", "لا", "لم", "لن", "هو", "هي", "هم", "كل", "بين",
        "عند", "حتى", "أي", "و"};
    std::unordered_set<std::string> set;
    for (const char* w : list) set.insert(normalize(w));
    return set;
  }();
  return words;
}

// The Arabic prefixes the Snowball stemmer sometimes leaves (normalised forms), longest first.
constexpr std::array<std::string_view, 8> kArabicPrefixes = {
    "\xD9\x88\xD8\xA7\xD9\x84",  // وال
    "\xD8\xA8\xD8\xA7\xD9\x84",  // بال
    "\xD9\x83\xD8\xA7\xD9\x84",  // كال
    "\xD9\x81\xD8\xA7\xD9\x84",  // فال
    "\xD9\x84\xD9\x84",          // لل
    "\xD8\xA7\xD9\x84",          // ال
    "\xD9\x88",                  // و
    "\xD9\x81",                  // ف
};

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string strip_arabic_prefixes(std::string_view word) {
  // Strip at most two prefixes (و then ال), keeping at least three letters.
  for (int round = 0; round < 2; ++round) {
    bool stripped = false;
    for (std::string_view p : kArabicPrefixes) {
      if (word.starts_with(p) && code_points(word.substr(p.size())) >= 3) {
        word.remove_prefix(p.size());
        stripped = true;
        break;
      }
    }
    if (!stripped) break;
  }
  return std::string(word);
}

// Lower case that keeps accents (A-Z and À-Þ), for the stem-then-fold variant.
std::string lower_keep_accents(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t start = pos;
    char32_t cp = next_code_point(s, pos);
    if (cp >= 'A' && cp <= 'Z') {
      out += static_cast<char>(cp + 32);
    } else if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) {
      append_utf8(out, cp + 32);
    } else if (cp == 0x152) {
      append_utf8(out, 0x153);
    } else {
      out.append(s.substr(start, pos - start));
    }
  }
  return out;
}

void add_unique(std::vector<std::string>& out, std::string term) {
  if (!term.empty() && std::find(out.begin(), out.end(), term) == out.end()) {
    out.push_back(std::move(term));
  }
}

}  // namespace

bool is_stop_word(std::string_view normalised) {
  return stop_words().contains(std::string(normalised));
}

struct Analyzer::Stemmers {
  sb_stemmer* fr = sb_stemmer_new("french", "UTF_8");
  sb_stemmer* en = sb_stemmer_new("english", "UTF_8");
  sb_stemmer* ar = sb_stemmer_new("arabic", "UTF_8");
  ~Stemmers() {
    for (sb_stemmer* s : {fr, en, ar}) {
      if (s) sb_stemmer_delete(s);
    }
  }
};

Analyzer::Analyzer() : stemmers_(std::make_unique<Stemmers>()) {}
Analyzer::~Analyzer() = default;

Analyzer& Analyzer::for_this_thread() {
  thread_local Analyzer analyzer;
  return analyzer;
}

std::string Analyzer::stem(std::string_view word, Lang lang) {
  sb_stemmer* s = lang == Lang::ar   ? stemmers_->ar
                  : lang == Lang::en ? stemmers_->en
                                     : stemmers_->fr;
  if (!s) return std::string(word);  // a libstemmer without this language: no stemming
  const sb_symbol* r = sb_stemmer_stem(s, reinterpret_cast<const sb_symbol*>(word.data()),
                                       static_cast<int>(word.size()));
  if (!r) return std::string(word);
  return std::string(reinterpret_cast<const char*>(r),
                     static_cast<std::size_t>(sb_stemmer_length(s)));
}

void Analyzer::add_terms(std::string_view text, const Token& token, Lang lang,
                         std::vector<std::string>& out) {
  if (code_points(token.text) < 2 || is_stop_word(token.text)) return;
  if (token.script == Script::arabic) {
    add_unique(out, stem(token.text, Lang::ar));
    add_unique(out, stem(strip_arabic_prefixes(token.text), Lang::ar));
  } else if (token.script == Script::latin) {
    Lang l = lang == Lang::en ? Lang::en : Lang::fr;
    std::string original = lower_keep_accents(text.substr(token.begin, token.end - token.begin));
    add_unique(out, normalize(stem(original, l)));
    add_unique(out, stem(token.text, l));
  } else {
    add_unique(out, token.text);  // numbers and other scripts: as written
  }
}

std::vector<std::string> Analyzer::document_terms(std::string_view text, const Token& token,
                                                  Lang lang) {
  constexpr std::size_t kMaxCached = 200000;
  std::string key(1, static_cast<char>('0' + static_cast<int>(lang)));
  key.append(text.substr(token.begin, token.end - token.begin));
  if (auto it = cache_.find(key); it != cache_.end()) return it->second;
  std::vector<std::string> out;
  add_terms(text, token, lang, out);
  if (cache_.size() >= kMaxCached) cache_.clear();
  cache_.emplace(std::move(key), out);
  return out;
}

std::vector<std::string> Analyzer::query_terms(std::string_view text, const Token& token) {
  std::vector<std::string> out;
  add_terms(text, token, Lang::fr, out);
  if (token.script == Script::latin) add_terms(text, token, Lang::en, out);
  return out;
}

std::vector<std::string> Analyzer::terms(std::string_view text, Lang lang) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(text)) {
    for (auto& term : document_terms(text, t, lang)) out.push_back(std::move(term));
  }
  return out;
}

}  // namespace comdev::search
