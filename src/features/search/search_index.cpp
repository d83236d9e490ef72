#include "features/search/search_index.h"

#include <algorithm>
#include <functional>
#include <mutex>
#include <unordered_set>

#include "features/search/search_store.h"
#include "i18n/catalogue.h"

namespace comdev::search_feature {

namespace {

// Long descriptions are indexed up to here: enough for their substance, bounded in memory.
constexpr std::size_t kMaxBody = 4000;
constexpr std::size_t kSnippetBytes = 240;

std::uint64_t key(Kind k, std::int64_t id) {
  return (static_cast<std::uint64_t>(id) << 2) | static_cast<std::uint64_t>(k);
}

search::Lang doc_lang(std::string_view code) {
  return code == "ar" ? search::Lang::ar : code == "en" ? search::Lang::en : search::Lang::fr;
}

// Cut at a character boundary at or below `max` bytes.
std::string_view cut(std::string_view s, std::size_t max) {
  if (s.size() <= max) return s;
  std::size_t end = max;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return s.substr(0, end);
}

// Markdown's markup characters become spaces, so snippets read as prose ("## Contexte" →
// "Contexte"); words are untouched.
std::string plain(std::string_view md) {
  std::string out(md);
  for (char& c : out) {
    if (c == '#' || c == '*' || c == '_' || c == '`' || c == '>' || c == '|' || c == '~' ||
        c == '[' || c == ']') {
      c = ' ';
    }
  }
  return out;
}

void add_line(std::string& body, std::string_view text) {
  if (text.empty()) return;
  if (!body.empty()) body += '\n';
  body.append(text);
}

// The sector's label in the three languages, so "santé", "صحة" and "health" find its projects.
void add_sector(std::string& body, const std::string& code) {
  std::string k = "profiles.sector." + code;
  for (auto lang : {i18n::Lang::fr, i18n::Lang::ar, i18n::Lang::en}) {
    add_line(body, i18n::catalogue(lang).text(k));
  }
}

template <class Row>
std::vector<std::int64_t> missing(std::span<const std::int64_t> ids, const std::vector<Row>& rows) {
  std::unordered_set<std::int64_t> found;
  for (const auto& r : rows) found.insert(r.id);
  std::vector<std::int64_t> out;
  for (auto id : ids) {
    if (!found.contains(id)) out.push_back(id);
  }
  return out;
}

}  // namespace

void SearchIndex::set_meta(Kind kind, std::int64_t id, Meta meta) {
  std::unique_lock lock(meta_mu_);
  meta_[key(kind, id)] = std::move(meta);
}

void SearchIndex::drop(Kind kind, std::int64_t id) {
  index_.remove(static_cast<std::uint8_t>(kind), id);
  std::unique_lock lock(meta_mu_);
  meta_.erase(key(kind, id));
}

Status SearchIndex::put_projects(std::span<const std::int64_t> ids) {
  auto rows = search_store::projects(db_, ids);
  if (!rows) return rows.error();
  std::vector<search::Document> docs;
  docs.reserve(rows->size());
  for (const auto& p : *rows) {
    search::Document d{
        static_cast<std::uint8_t>(Kind::project), p.id, doc_lang(p.lang), p.title, {}};
    add_line(d.body, p.summary);
    Meta m{p.place_fr, p.place_ar, {}, {}, {}};
    for (const auto& t : p.translations) {
      add_line(d.body, t.title);
      add_line(d.body, t.summary);
      (t.lang == "ar" ? m.title_ar : t.lang == "en" ? m.title_en : m.title_fr) = t.title;
    }
    // Words of the description first, then the place, carrier and sector labels: snippets are
    // cut from the densest part, so the prose wins over the lists when both match.
    add_line(d.body, plain(cut(p.description, kMaxBody)));
    add_line(d.body, p.place_fr);
    add_line(d.body, p.place_ar);
    add_line(d.body, p.carrier);
    for (const auto& s : p.sectors) add_sector(d.body, s);
    docs.push_back(std::move(d));
    set_meta(Kind::project, p.id, std::move(m));
  }
  index_.put_all(docs);
  for (auto id : missing(ids, *rows)) drop(Kind::project, id);
  return {};
}

Status SearchIndex::put_needs(std::span<const std::int64_t> ids) {
  auto rows = search_store::needs(db_, ids);
  if (!rows) return rows.error();
  std::vector<search::Document> docs;
  docs.reserve(rows->size());
  for (const auto& n : *rows) {
    search::Document d{static_cast<std::uint8_t>(Kind::need), n.id, doc_lang(n.lang), n.title, {}};
    add_line(d.body, cut(n.description, kMaxBody));
    add_line(d.body, n.item);
    for (const auto& s : n.skills) add_line(d.body, s);
    add_line(d.body, n.project_title);
    add_line(d.body, n.place_fr);
    add_line(d.body, n.place_ar);
    docs.push_back(std::move(d));
    set_meta(Kind::need, n.id, Meta{n.place_fr, n.place_ar, {}, {}, {}});
  }
  index_.put_all(docs);
  for (auto id : missing(ids, *rows)) drop(Kind::need, id);
  return {};
}

Status SearchIndex::put_organisations(std::span<const std::int64_t> ids) {
  auto rows = search_store::organisations(db_, ids);
  if (!rows) return rows.error();
  std::vector<search::Document> docs;
  for (const auto& o : *rows) {
    search::Document d{
        static_cast<std::uint8_t>(Kind::organisation), o.id, search::Lang::fr, o.name, {}};
    add_line(d.body, cut(o.description, kMaxBody));
    add_line(d.body, o.place_fr);
    add_line(d.body, o.place_ar);
    docs.push_back(std::move(d));
    set_meta(Kind::organisation, o.id, Meta{o.place_fr, o.place_ar, {}, {}, {}});
  }
  index_.put_all(docs);
  for (auto id : missing(ids, *rows)) drop(Kind::organisation, id);
  return {};
}

namespace {
// Runs `fn` between two bumps of the version (see SearchIndex::changed).
template <class F>
Status while_changing(F&& fn, const std::function<void()>& bump) {
  bump();
  Status st = fn();
  bump();
  return st;
}
}  // namespace

Status SearchIndex::build() {
  return while_changing(
      [&]() -> Status {
        if (auto st = put_organisations({}); !st) return st;
        if (auto st = put_projects({}); !st) return st;
        return put_needs({});
      },
      [this] { changed(); });
}

Status SearchIndex::refresh_projects(std::span<const std::int64_t> ids) {
  if (ids.empty()) return {};
  return while_changing(
      [&]() -> Status {
        if (auto st = put_projects(ids); !st) return st;
        // A need's document carries its project's title and place.
        auto needs = search_store::need_ids_of_projects(db_, ids);
        if (!needs) return needs.error();
        if (needs->empty()) return {};
        return put_needs(*needs);
      },
      [this] { changed(); });
}

Status SearchIndex::refresh_needs(std::span<const std::int64_t> ids) {
  if (ids.empty()) return {};
  return while_changing([&] { return put_needs(ids); }, [this] { changed(); });
}

Status SearchIndex::refresh_organisations(std::span<const std::int64_t> ids) {
  if (ids.empty()) return {};
  return while_changing([&] { return put_organisations(ids); }, [this] { changed(); });
}

Page SearchIndex::search(const Request& request, i18n::Lang reader) const {
  std::string key = request.q;
  key += '\x1f';
  key += request.kind ? std::to_string(static_cast<int>(*request.kind)) : "-";
  key += '\x1f' + std::to_string(request.page) + '\x1f' + std::to_string(request.per_page) +
         '\x1f' + std::string(i18n::code(reader));
  const auto version = version_.load(std::memory_order_acquire);
  {
    std::lock_guard lock(cache_mu_);
    if (cache_version_ != version) {
      cache_.clear();
      cache_version_ = version;
    } else if (auto it = cache_.find(key); it != cache_.end()) {
      return *it->second;
    }
  }
  auto page = std::make_shared<const Page>(compute(request, reader));
  std::lock_guard lock(cache_mu_);
  if (cache_version_ == version && version_.load(std::memory_order_acquire) == version) {
    if (cache_.size() >= kMaxCached) cache_.clear();
    cache_.emplace(std::move(key), page);
  }
  return *page;
}

Page SearchIndex::compute(const Request& request, i18n::Lang reader) const {
  Page page;
  search::Query q;
  q.text = request.q;
  if (request.kind) q.type = static_cast<std::uint8_t>(*request.kind);
  q.offset =
      static_cast<std::size_t>(request.page - 1) * static_cast<std::size_t>(request.per_page);
  q.limit = static_cast<std::size_t>(request.per_page);
  auto results = index_.search(q);
  page.searched = !results.words.empty();
  page.total = results.total;
  for (std::size_t k = 0; k < kKinds; ++k) page.counts[k] = results.per_type[k];
  for (const auto& hit : results.hits) {
    auto doc = index_.get(hit.type, hit.id);
    if (!doc) continue;  // removed between the search and now
    Found f;
    f.kind = static_cast<Kind>(hit.type);
    f.id = hit.id;
    f.url = url_of(f.kind, hit.id);
    Meta m;
    {
      std::shared_lock lock(meta_mu_);
      if (auto it = meta_.find(key(f.kind, hit.id)); it != meta_.end()) m = it->second;
    }
    // The title in the reader's language when the project has that translation.
    const std::string& translated = reader == i18n::Lang::ar   ? m.title_ar
                                    : reader == i18n::Lang::en ? m.title_en
                                                               : m.title_fr;
    bool use_translation = !translated.empty() && doc_lang(i18n::code(reader)) != doc->lang;
    f.title = search::highlight(use_translation ? translated : doc->title, results.words,
                                use_translation ? doc_lang(i18n::code(reader)) : doc->lang);
    f.snippet = search::snippet(doc->body, results.words, doc->lang, kSnippetBytes);
    f.place = reader == i18n::Lang::ar && !m.place_ar.empty() ? m.place_ar : m.place_fr;
    page.items.push_back(std::move(f));
  }
  return page;
}

}  // namespace comdev::search_feature
