#include "search/index.h"

#include <algorithm>
#include <cmath>
#include <mutex>

namespace comdev::search {

namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;
constexpr std::size_t kMaxQueryWords = 8;

// Per-thread scratch arrays sized to the index, reset through the list of touched slots, so a
// query costs what its posting lists cost, not the size of the index.
struct Scratch {
  std::vector<float> score;
  std::vector<std::uint32_t> word_tf;
  std::vector<std::uint8_t> matched;
  std::vector<std::uint32_t> touched, word_touched;
  void fit(std::size_t n) {
    if (score.size() < n) {
      score.resize(n, 0);
      word_tf.resize(n, 0);
      matched.resize(n, 0);
    }
  }
};

}  // namespace

QueryWords parse_query(std::string_view query) {
  Analyzer& analyzer = Analyzer::for_this_thread();
  QueryWords words;
  for (const Token& t : tokenize(query)) {
    auto variants = analyzer.query_terms(query, t);
    if (variants.empty()) continue;
    std::sort(variants.begin(), variants.end());
    if (std::find(words.begin(), words.end(), variants) != words.end()) continue;
    words.push_back(std::move(variants));
    if (words.size() == kMaxQueryWords) break;
  }
  return words;
}

std::uint32_t Index::term_id(const std::string& term) {
  auto [it, inserted] = term_ids_.try_emplace(term, static_cast<std::uint32_t>(postings_.size()));
  if (inserted) postings_.emplace_back();
  return it->second;
}

void Index::remove_locked(std::uint64_t k) {
  auto it = by_key_.find(k);
  if (it == by_key_.end()) return;
  std::uint32_t slot = it->second;
  Slot& s = slots_[slot];
  for (std::uint32_t term : s.terms) {
    auto& list = postings_[term];
    auto p = std::lower_bound(list.begin(), list.end(), slot,
                              [](const Posting& x, std::uint32_t v) { return x.slot < v; });
    if (p != list.end() && p->slot == slot) list.erase(p);
  }
  total_length_ -= lengths_[slot];
  lengths_[slot] = 0;
  --live_;
  s = Slot{};
  free_slots_.push_back(slot);
  by_key_.erase(it);
}

void Index::put_locked(const Document& doc, Analyzer& analyzer) {
  if (doc.type >= kMaxTypes) return;  // a caller's mistake: such a type could not be counted
  std::uint64_t k = key(doc.type, doc.id);
  // Term frequencies of the title and the body, by term id.
  std::unordered_map<std::uint32_t, std::pair<std::uint32_t, std::uint32_t>> tf;
  std::uint32_t length = 0;
  for (const Token& t : tokenize(doc.title)) {
    for (const auto& term : analyzer.document_terms(doc.title, t, doc.lang)) {
      ++tf[term_id(term)].first;
    }
    length += kTitleWeight;
  }
  for (const Token& t : tokenize(doc.body)) {
    for (const auto& term : analyzer.document_terms(doc.body, t, doc.lang)) {
      ++tf[term_id(term)].second;
    }
    ++length;
  }
  auto cap = [](std::uint32_t n) {
    return static_cast<std::uint16_t>(std::min<std::uint32_t>(n, 65535));
  };
  auto by_slot = [](const Posting& x, std::uint32_t v) { return x.slot < v; };
  std::uint32_t slot;
  if (auto it = by_key_.find(k); it != by_key_.end()) {
    // Replacing a document keeps its slot: the postings of the words it keeps are updated in
    // place, so an edit costs what its changed words cost, not two moves of every long list.
    slot = it->second;
    for (std::uint32_t term : slots_[slot].terms) {
      if (tf.contains(term)) continue;
      auto& list = postings_[term];
      auto p = std::lower_bound(list.begin(), list.end(), slot, by_slot);
      if (p != list.end() && p->slot == slot) list.erase(p);
    }
    total_length_ -= lengths_[slot];
    --live_;
  } else if (!free_slots_.empty()) {
    slot = free_slots_.back();
    free_slots_.pop_back();
  } else {
    slot = static_cast<std::uint32_t>(slots_.size());
    slots_.emplace_back();
    lengths_.push_back(0);
    types_.push_back(0);
    ids_.push_back(0);
  }
  Slot& s = slots_[slot];
  s.doc = doc;
  lengths_[slot] = length;
  types_[slot] = doc.type;
  ids_[slot] = doc.id;
  s.terms.clear();
  s.terms.reserve(tf.size());
  for (const auto& [term, counts] : tf) {
    s.terms.push_back(term);
    Posting posting{slot, cap(counts.first), cap(counts.second)};
    auto& list = postings_[term];
    if (list.empty() || list.back().slot < slot) {
      list.push_back(posting);  // the usual case: a new slot at the end
      continue;
    }
    auto p = std::lower_bound(list.begin(), list.end(), slot, by_slot);
    if (p != list.end() && p->slot == slot) {
      *p = posting;
    } else {
      list.insert(p, posting);
    }
  }
  total_length_ += length;
  ++live_;
  by_key_[k] = slot;
}

void Index::put(const Document& doc) {
  Analyzer& analyzer = Analyzer::for_this_thread();
  std::unique_lock lock(mu_);
  put_locked(doc, analyzer);
}

void Index::put_all(const std::vector<Document>& docs) {
  Analyzer& analyzer = Analyzer::for_this_thread();
  std::unique_lock lock(mu_);
  for (const Document& d : docs) put_locked(d, analyzer);
}

void Index::remove(std::uint8_t type, std::int64_t id) {
  std::unique_lock lock(mu_);
  remove_locked(key(type, id));
}

std::size_t Index::size() const {
  std::shared_lock lock(mu_);
  return live_;
}

std::optional<Document> Index::get(std::uint8_t type, std::int64_t id) const {
  std::shared_lock lock(mu_);
  auto it = by_key_.find(key(type, id));
  if (it == by_key_.end()) return std::nullopt;
  return slots_[it->second].doc;
}

Results Index::search(const Query& query) const {
  Results results;
  results.words = parse_query(query.text);
  if (results.words.empty()) return results;
  thread_local Scratch scratch;
  std::shared_lock lock(mu_);
  if (live_ == 0) return results;
  scratch.fit(slots_.size());
  const double n = static_cast<double>(live_);
  const double avg_length = std::max(1.0, static_cast<double>(total_length_) / n);
  // Each word's posting lists and how many documents it may match; rarest word first, so the
  // later words only update the documents still in the running.
  struct Word {
    std::vector<const std::vector<Posting>*> lists;
    std::size_t df = 0;
  };
  std::vector<Word> words;
  for (const auto& variants : results.words) {
    Word w;
    for (const auto& v : variants) {
      auto t = term_ids_.find(v);
      if (t == term_ids_.end() || postings_[t->second].empty()) continue;
      w.lists.push_back(&postings_[t->second]);
      w.df += postings_[t->second].size();
    }
    if (w.df == 0) return results;  // a word found nowhere: no document has every word
    w.df = std::min<std::size_t>(w.df, live_);
    words.push_back(std::move(w));
  }
  std::sort(words.begin(), words.end(), [](const Word& a, const Word& b) { return a.df < b.df; });
  scratch.touched.clear();
  for (std::size_t wi = 0; wi < words.size(); ++wi) {
    // The word's frequency in a document is the best of its variants'.
    scratch.word_touched.clear();
    for (const auto* list : words[wi].lists) {
      for (const Posting& p : *list) {
        if (scratch.matched[p.slot] != wi) continue;  // lacks an earlier word
        std::uint32_t f = kTitleWeight * p.title_tf + p.body_tf;
        std::uint32_t& best = scratch.word_tf[p.slot];
        if (best == 0) scratch.word_touched.push_back(p.slot);
        best = std::max(best, f);
      }
    }
    const double df = static_cast<double>(words[wi].df);
    const double idf = std::log(1.0 + (n - df + 0.5) / (df + 0.5));
    for (std::uint32_t slot : scratch.word_touched) {
      const double f = scratch.word_tf[slot];
      const double norm = kK1 * (1 - kB + kB * lengths_[slot] / avg_length);
      if (wi == 0) scratch.touched.push_back(slot);
      scratch.score[slot] += static_cast<float>(idf * f * (kK1 + 1) / (f + norm));
      ++scratch.matched[slot];
      scratch.word_tf[slot] = 0;
    }
  }
  // Keep the documents with every word; count them per type.
  std::vector<Hit> hits;
  const auto all = words.size();
  for (std::uint32_t slot : scratch.touched) {
    if (scratch.matched[slot] == all) {
      const std::uint8_t type = types_[slot];
      ++results.per_type[type];
      if (!query.type || *query.type == type)
        hits.push_back(Hit{type, ids_[slot], scratch.score[slot]});
    }
    scratch.score[slot] = 0;
    scratch.matched[slot] = 0;
  }
  lock.unlock();
  results.total = hits.size();
  auto better = [](const Hit& a, const Hit& b) {
    if (a.score != b.score) return a.score > b.score;
    if (a.type != b.type) return a.type < b.type;
    return a.id < b.id;
  };
  std::size_t end = std::min(hits.size(), query.offset + query.limit);
  if (query.offset >= hits.size()) return results;
  std::partial_sort(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(end), hits.end(),
                    better);
  results.hits.assign(hits.begin() + static_cast<std::ptrdiff_t>(query.offset),
                      hits.begin() + static_cast<std::ptrdiff_t>(end));
  return results;
}

}  // namespace comdev::search
