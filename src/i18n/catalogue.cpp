#include "i18n/catalogue.h"

#include <array>
#include <atomic>

#include "i18n/embedded.h"

namespace comdev::i18n {

void Catalogue::add(std::string key, Message message) {
  messages_.insert_or_assign(std::move(key), std::move(message));
}

const Message* Catalogue::find(std::string_view key) const {
  for (const Catalogue* c = this; c != nullptr; c = c->fallback_) {
    auto it = c->messages_.find(key);
    if (it != c->messages_.end()) return &it->second;
  }
  return nullptr;
}

std::string_view Catalogue::text(std::string_view key) const {
  const Message* m = find(key);
  return m ? std::string_view(m->forms[static_cast<std::size_t>(PluralForm::other)]) : key;
}

std::string_view Catalogue::form(std::string_view key, PluralForm form) const {
  const Message* m = find(key);
  if (!m) return key;
  const std::string& chosen = m->forms[static_cast<std::size_t>(form)];
  return chosen.empty() ? m->forms[static_cast<std::size_t>(PluralForm::other)] : chosen;
}

void Catalogue::for_each(
    const std::function<void(const std::string&, const Message&)>& visit) const {
  for (const auto& [key, message] : messages_) visit(key, message);
}

namespace {

Catalogue load_embedded(Lang lang, const Catalogue* fallback) {
  Catalogue c(fallback);
  EmbeddedCatalogue data = embedded_catalogue(lang);
  for (std::size_t i = 0; i < data.size; ++i) {
    const EmbeddedMessage& e = data.messages[i];
    Message m;
    m.plural = e.plural;
    for (std::size_t f = 0; f < kPluralFormCount; ++f) {
      if (e.forms[f]) m.forms[f] = e.forms[f];
    }
    c.add(e.key, std::move(m));
  }
  return c;
}

struct BuiltIn {
  Catalogue fr = load_embedded(Lang::fr, nullptr);
  Catalogue ar = load_embedded(Lang::ar, &fr);
  Catalogue en = load_embedded(Lang::en, &fr);
};

std::array<std::atomic<const Catalogue*>, 3> g_replacements{};

std::size_t index_of(Lang lang) {
  return static_cast<std::size_t>(lang);
}

}  // namespace

void replace_catalogue_for_tests(Lang lang, const Catalogue* replacement) {
  g_replacements[index_of(lang)].store(replacement, std::memory_order_release);
}

std::string text(Lang lang, std::string_view key) {
  return std::string(catalogue(lang).text(key));
}

const Catalogue& catalogue(Lang lang) {
  if (const Catalogue* r = g_replacements[index_of(lang)].load(std::memory_order_acquire)) {
    return *r;
  }
  static const BuiltIn built_in;  // initialised once, thread-safely, on first use
  switch (lang) {
    case Lang::ar:
      return built_in.ar;
    case Lang::en:
      return built_in.en;
    case Lang::fr:
      break;
  }
  return built_in.fr;
}

Catalogue make_pseudo(const Catalogue& fr) {
  Catalogue pseudo;
  fr.for_each([&](const std::string& key, const Message& message) {
    Message wrapped = message;
    for (std::string& f : wrapped.forms) {
      if (!f.empty()) f = std::string(kPseudoOpen) + f + std::string(kPseudoClose);
    }
    pseudo.add(key, std::move(wrapped));
  });
  return pseudo;
}

}  // namespace comdev::i18n
