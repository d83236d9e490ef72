#include "features/lessons/lesson_index.h"

#include <unordered_map>

#include "features/lessons/lesson_rules.h"
#include "features/lessons/lesson_store.h"
#include "i18n/catalogue.h"

namespace comdev::lessons {
namespace {

// Every published sheet is indexed whole up to here: a sheet is a few pages, not a book.
constexpr std::size_t kMaxBody = 40000;
constexpr std::size_t kSnippetBytes = 240;
constexpr int kMaxSheets = 100000;

search::Lang doc_lang(std::string_view code) {
  return code == "ar" ? search::Lang::ar : code == "en" ? search::Lang::en : search::Lang::fr;
}

void add_line(std::string& body, std::string_view text) {
  if (text.empty()) return;
  if (!body.empty()) body += '\n';
  body.append(text);
}

// The names of the sheet's commune, province and region (and the place itself), both languages.
std::vector<std::string> place_names(
    const Sheet& s, const Tree& tree,
    const std::unordered_map<std::int64_t, std::pair<std::string, std::string>>& names) {
  std::vector<std::string> out;
  auto p = place_of(s.text.territory_id, tree);
  for (auto id : {p.territory_id, p.commune_id, p.province_id, p.region_id}) {
    auto it = names.find(id);
    if (id == 0 || it == names.end()) continue;
    out.push_back(it->second.first);
    out.push_back(it->second.second);
  }
  return out;
}

}  // namespace

search::Document document_of(const Sheet& s, const std::vector<std::string>& places) {
  search::Document d;
  d.id = s.id;
  d.lang = doc_lang(s.text.lang);
  d.title = s.text.title;
  // The sections first, so snippets come from what the team wrote; then the words that only
  // help finding it.
  for (const auto& b : s.text.body) add_line(d.body, plain_text(b));
  add_line(d.body, s.text.period);
  add_line(d.body, s.carrier_name);
  for (const auto& p : places) add_line(d.body, p);
  for (const auto& code : s.text.sectors) {
    for (auto lang : {i18n::Lang::fr, i18n::Lang::ar, i18n::Lang::en}) {
      add_line(d.body, i18n::catalogue(lang).text("profiles.sector." + code));
    }
  }
  if (d.body.size() > kMaxBody) {
    std::size_t end = kMaxBody;
    while (end > 0 && (static_cast<unsigned char>(d.body[end]) & 0xC0) == 0x80) --end;
    d.body.resize(end);
  }
  return d;
}

Status LessonIndex::put(store::Conn& c, std::span<const std::int64_t> ids) {
  auto rows = lesson_store::territories(c);
  if (!rows) return rows.error();
  Tree tree;
  std::unordered_map<std::int64_t, std::pair<std::string, std::string>> names;
  for (const auto& r : *rows) {
    tree[r.id] = r.node;
    names[r.id] = {r.name_fr, r.name_ar};
  }
  std::vector<search::Document> docs;
  auto add = [&](const Sheet& s) { docs.push_back(document_of(s, place_names(s, tree, names))); };
  if (ids.empty()) {
    auto all = lesson_store::list(c, State::published, kMaxSheets);
    if (!all) return all.error();
    for (const auto& s : *all) add(s);
  } else {
    for (auto id : ids) {
      auto s = lesson_store::find(c, id);
      if (!s) return s.error();
      if (*s && (*s)->state == State::published) {
        add(**s);
      } else {
        index_.remove(0, id);
      }
    }
  }
  index_.put_all(docs);
  return {};
}

Status LessonIndex::build() {
  auto lease = db_.acquire();
  if (!lease) return lease.error();
  return put(**lease, {});
}

Status LessonIndex::refresh(std::span<const std::int64_t> ids) {
  if (ids.empty()) return {};
  auto lease = db_.acquire();
  if (!lease) return lease.error();
  return put(**lease, ids);
}

Found LessonIndex::search(std::string_view q) const {
  search::Query query;
  query.text = std::string(q);
  query.limit = kMaxSheets;
  auto results = index_.search(query);
  Found out;
  out.ids.reserve(results.hits.size());
  for (const auto& h : results.hits) out.ids.push_back(h.id);
  out.words = std::move(results.words);
  return out;
}

search::Snippet LessonIndex::snippet(std::int64_t id, const search::QueryWords& words) const {
  auto doc = index_.get(0, id);
  if (!doc) return {};
  return search::snippet(doc->body, words, doc->lang, kSnippetBytes);
}

}  // namespace comdev::lessons
