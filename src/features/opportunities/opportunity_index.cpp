#include "features/opportunities/opportunity_index.h"

#include "features/opportunities/opportunity_store.h"
#include "i18n/catalogue.h"

namespace comdev::opportunities {
namespace {

constexpr int kMaxIndexed = 100000;

search::Lang doc_lang(std::string_view code) {
  return code == "ar" ? search::Lang::ar : code == "en" ? search::Lang::en : search::Lang::fr;
}

void add_line(std::string& body, std::string_view text) {
  if (text.empty()) return;
  if (!body.empty()) body += '\n';
  body.append(text);
}

bool is_public(State s) {
  return s == State::published;
}

}  // namespace

search::Document document_of(const Opportunity& o) {
  search::Document d;
  d.id = o.id;
  d.lang = doc_lang(o.text.lang);
  d.title = o.text.title;
  add_line(d.body, o.text.description_md);
  for (const auto* s : {&o.commune_fr, &o.commune_ar, &o.province_fr, &o.province_ar,
                        &o.publisher_org_name, &o.contact_org_name}) {
    add_line(d.body, *s);
  }
  for (auto lang : {i18n::Lang::fr, i18n::Lang::ar, i18n::Lang::en}) {
    add_line(d.body, i18n::catalogue(lang).text("profiles.sector." + o.text.sector));
  }
  return d;
}

Status OpportunityIndex::put(store::Conn& c, std::span<const std::int64_t> ids) {
  std::vector<search::Document> docs;
  if (ids.empty()) {
    auto all = opportunity_store::list(c, {State::published}, kMaxIndexed);
    if (!all) return all.error();
    for (const auto& o : *all) docs.push_back(document_of(o));
  } else {
    for (auto id : ids) {
      auto o = opportunity_store::find(c, id);
      if (!o) return o.error();
      if (*o && is_public((*o)->state)) {
        docs.push_back(document_of(**o));
      } else {
        index_.remove(0, id);
      }
    }
  }
  index_.put_all(docs);
  return {};
}

Status OpportunityIndex::build() {
  auto lease = db_.acquire();
  if (!lease) return lease.error();
  return put(**lease, {});
}

Status OpportunityIndex::refresh(std::span<const std::int64_t> ids) {
  if (ids.empty()) return {};
  auto lease = db_.acquire();
  if (!lease) return lease.error();
  return put(**lease, ids);
}

OpportunityIndex::Found OpportunityIndex::search(std::string_view q) const {
  search::Query query;
  query.text = std::string(q);
  query.limit = kMaxIndexed;
  auto results = index_.search(query);
  Found out;
  out.searchable = !results.words.empty();
  for (const auto& h : results.hits) out.ids.push_back(h.id);
  return out;
}

}  // namespace comdev::opportunities
